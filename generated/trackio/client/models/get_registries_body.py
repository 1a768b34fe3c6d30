# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRegistriesBody")


@_attrs_define
class GetRegistriesBody:
    """
    Attributes:
        bucket_id (None | str | Unset):
    """

    bucket_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_id: None | str | Unset
        if isinstance(self.bucket_id, Unset):
            bucket_id = UNSET
        else:
            bucket_id = self.bucket_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_id is not UNSET:
            field_dict["bucket_id"] = bucket_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_bucket_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_id = _parse_bucket_id(d.pop("bucket_id", UNSET))

        get_registries_body = cls(
            bucket_id=bucket_id,
        )

        get_registries_body.additional_properties = d
        return get_registries_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
