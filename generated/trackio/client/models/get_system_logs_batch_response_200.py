# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_system_logs_batch_response_200_data_item import (
        GetSystemLogsBatchResponse200DataItem,
    )


T = TypeVar("T", bound="GetSystemLogsBatchResponse200")


@_attrs_define
class GetSystemLogsBatchResponse200:
    """
    Attributes:
        data (list[GetSystemLogsBatchResponse200DataItem] | Unset):
    """

    data: list[GetSystemLogsBatchResponse200DataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_system_logs_batch_response_200_data_item import (
            GetSystemLogsBatchResponse200DataItem,
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[GetSystemLogsBatchResponse200DataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = GetSystemLogsBatchResponse200DataItem.from_dict(data_item_data)

                data.append(data_item)

        get_system_logs_batch_response_200 = cls(
            data=data,
        )

        get_system_logs_batch_response_200.additional_properties = d
        return get_system_logs_batch_response_200

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
