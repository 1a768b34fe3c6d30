# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0042_partition_states_item import V0042PartitionStatesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="V0042PartitionInfoPartition")


@_attrs_define
class V0042PartitionInfoPartition:
    """
    Attributes:
        state (list[V0042PartitionStatesItem] | Unset):
    """

    state: list[V0042PartitionStatesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = []
            for componentsschemasv0_0_42_partition_states_item_data in self.state:
                componentsschemasv0_0_42_partition_states_item = (
                    componentsschemasv0_0_42_partition_states_item_data.value
                )
                state.append(componentsschemasv0_0_42_partition_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: list[V0042PartitionStatesItem] | Unset = UNSET
        if _state is not UNSET:
            state = []
            for componentsschemasv0_0_42_partition_states_item_data in _state:
                componentsschemasv0_0_42_partition_states_item = V0042PartitionStatesItem(
                    componentsschemasv0_0_42_partition_states_item_data
                )

                state.append(componentsschemasv0_0_42_partition_states_item)

        v0042_partition_info_partition = cls(
            state=state,
        )

        v0042_partition_info_partition.additional_properties = d
        return v0042_partition_info_partition

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
