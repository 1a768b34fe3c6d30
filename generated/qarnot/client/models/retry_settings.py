# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrySettings")


@_attrs_define
class RetrySettings:
    """Configuration for instance or task retry

    Attributes:
        max_total_retries (int | None | Unset): Maximum number of total retries for the whole task
        max_per_instance_retries (int | None | Unset): Maximum number of retries for each instance
    """

    max_total_retries: int | None | Unset = UNSET
    max_per_instance_retries: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_total_retries: int | None | Unset
        if isinstance(self.max_total_retries, Unset):
            max_total_retries = UNSET
        else:
            max_total_retries = self.max_total_retries

        max_per_instance_retries: int | None | Unset
        if isinstance(self.max_per_instance_retries, Unset):
            max_per_instance_retries = UNSET
        else:
            max_per_instance_retries = self.max_per_instance_retries

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_total_retries is not UNSET:
            field_dict["maxTotalRetries"] = max_total_retries
        if max_per_instance_retries is not UNSET:
            field_dict["maxPerInstanceRetries"] = max_per_instance_retries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_max_total_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_total_retries = _parse_max_total_retries(d.pop("maxTotalRetries", UNSET))

        def _parse_max_per_instance_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_per_instance_retries = _parse_max_per_instance_retries(
            d.pop("maxPerInstanceRetries", UNSET)
        )

        retry_settings = cls(
            max_total_retries=max_total_retries,
            max_per_instance_retries=max_per_instance_retries,
        )

        return retry_settings
