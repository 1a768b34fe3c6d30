# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V0042BfExitFields")


@_attrs_define
class V0042BfExitFields:
    """
    Attributes:
        end_job_queue (int | Unset): Reached end of queue
        bf_max_job_start (int | Unset): Reached number of jobs allowed to start
        bf_max_job_test (int | Unset): Reached number of jobs allowed to be tested
        bf_max_time (int | Unset): Reached maximum allowed scheduler time
        bf_node_space_size (int | Unset): Reached table size limit
        state_changed (int | Unset): System state changed
    """

    end_job_queue: int | Unset = UNSET
    bf_max_job_start: int | Unset = UNSET
    bf_max_job_test: int | Unset = UNSET
    bf_max_time: int | Unset = UNSET
    bf_node_space_size: int | Unset = UNSET
    state_changed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_job_queue = self.end_job_queue

        bf_max_job_start = self.bf_max_job_start

        bf_max_job_test = self.bf_max_job_test

        bf_max_time = self.bf_max_time

        bf_node_space_size = self.bf_node_space_size

        state_changed = self.state_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_job_queue is not UNSET:
            field_dict["end_job_queue"] = end_job_queue
        if bf_max_job_start is not UNSET:
            field_dict["bf_max_job_start"] = bf_max_job_start
        if bf_max_job_test is not UNSET:
            field_dict["bf_max_job_test"] = bf_max_job_test
        if bf_max_time is not UNSET:
            field_dict["bf_max_time"] = bf_max_time
        if bf_node_space_size is not UNSET:
            field_dict["bf_node_space_size"] = bf_node_space_size
        if state_changed is not UNSET:
            field_dict["state_changed"] = state_changed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_job_queue = d.pop("end_job_queue", UNSET)

        bf_max_job_start = d.pop("bf_max_job_start", UNSET)

        bf_max_job_test = d.pop("bf_max_job_test", UNSET)

        bf_max_time = d.pop("bf_max_time", UNSET)

        bf_node_space_size = d.pop("bf_node_space_size", UNSET)

        state_changed = d.pop("state_changed", UNSET)

        v0042_bf_exit_fields = cls(
            end_job_queue=end_job_queue,
            bf_max_job_start=bf_max_job_start,
            bf_max_job_test=bf_max_job_test,
            bf_max_time=bf_max_time,
            bf_node_space_size=bf_node_space_size,
            state_changed=state_changed,
        )

        v0042_bf_exit_fields.additional_properties = d
        return v0042_bf_exit_fields

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
