# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UniqueSnapshot")


@_attrs_define
class UniqueSnapshot:
    """
    Attributes:
        whitelist (None | str | Unset): Whitelist filter. Example: .*white.*.
        blacklist (None | str | Unset): Blacklist filter. Example: .*black.*.
        bucket (None | str | Unset): Bucket name. Example: customBucket.
        bucket_prefix (None | str | Unset): Bucket prefix. Example: prefix-.
    """

    whitelist: None | str | Unset = UNSET
    blacklist: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    bucket_prefix: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        whitelist: None | str | Unset
        if isinstance(self.whitelist, Unset):
            whitelist = UNSET
        else:
            whitelist = self.whitelist

        blacklist: None | str | Unset
        if isinstance(self.blacklist, Unset):
            blacklist = UNSET
        else:
            blacklist = self.blacklist

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        bucket_prefix: None | str | Unset
        if isinstance(self.bucket_prefix, Unset):
            bucket_prefix = UNSET
        else:
            bucket_prefix = self.bucket_prefix

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if bucket_prefix is not UNSET:
            field_dict["bucketPrefix"] = bucket_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_whitelist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whitelist = _parse_whitelist(d.pop("whitelist", UNSET))

        def _parse_blacklist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blacklist = _parse_blacklist(d.pop("blacklist", UNSET))

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_bucket_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_prefix = _parse_bucket_prefix(d.pop("bucketPrefix", UNSET))

        unique_snapshot = cls(
            whitelist=whitelist,
            blacklist=blacklist,
            bucket=bucket,
            bucket_prefix=bucket_prefix,
        )

        return unique_snapshot
