# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0042_oversubscribe_flags_item import V0042OversubscribeFlagsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="V0042PartitionInfoMaximumsOversubscribe")


@_attrs_define
class V0042PartitionInfoMaximumsOversubscribe:
    """
    Attributes:
        jobs (int | Unset): Maximum number of jobs allowed to oversubscribe resources
        flags (list[V0042OversubscribeFlagsItem] | Unset):
    """

    jobs: int | Unset = UNSET
    flags: list[V0042OversubscribeFlagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = self.jobs

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for componentsschemasv0_0_42_oversubscribe_flags_item_data in self.flags:
                componentsschemasv0_0_42_oversubscribe_flags_item = (
                    componentsschemasv0_0_42_oversubscribe_flags_item_data.value
                )
                flags.append(componentsschemasv0_0_42_oversubscribe_flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jobs = d.pop("jobs", UNSET)

        _flags = d.pop("flags", UNSET)
        flags: list[V0042OversubscribeFlagsItem] | Unset = UNSET
        if _flags is not UNSET:
            flags = []
            for componentsschemasv0_0_42_oversubscribe_flags_item_data in _flags:
                componentsschemasv0_0_42_oversubscribe_flags_item = V0042OversubscribeFlagsItem(
                    componentsschemasv0_0_42_oversubscribe_flags_item_data
                )

                flags.append(componentsschemasv0_0_42_oversubscribe_flags_item)

        v0042_partition_info_maximums_oversubscribe = cls(
            jobs=jobs,
            flags=flags,
        )

        v0042_partition_info_maximums_oversubscribe.additional_properties = d
        return v0042_partition_info_maximums_oversubscribe

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
