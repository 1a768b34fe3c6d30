# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0042_job_desc_msg import V0042JobDescMsg


T = TypeVar("T", bound="V0042JobAllocReq")


@_attrs_define
class V0042JobAllocReq:
    """
    Attributes:
        hetjob (list[V0042JobDescMsg] | Unset):
        job (V0042JobDescMsg | Unset):
    """

    hetjob: list[V0042JobDescMsg] | Unset = UNSET
    job: V0042JobDescMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hetjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hetjob, Unset):
            hetjob = []
            for componentsschemasv0_0_42_job_desc_msg_list_item_data in self.hetjob:
                componentsschemasv0_0_42_job_desc_msg_list_item = (
                    componentsschemasv0_0_42_job_desc_msg_list_item_data.to_dict()
                )
                hetjob.append(componentsschemasv0_0_42_job_desc_msg_list_item)

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hetjob is not UNSET:
            field_dict["hetjob"] = hetjob
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_job_desc_msg import V0042JobDescMsg

        d = dict(src_dict)
        _hetjob = d.pop("hetjob", UNSET)
        hetjob: list[V0042JobDescMsg] | Unset = UNSET
        if _hetjob is not UNSET:
            hetjob = []
            for componentsschemasv0_0_42_job_desc_msg_list_item_data in _hetjob:
                componentsschemasv0_0_42_job_desc_msg_list_item = V0042JobDescMsg.from_dict(
                    componentsschemasv0_0_42_job_desc_msg_list_item_data
                )

                hetjob.append(componentsschemasv0_0_42_job_desc_msg_list_item)

        _job = d.pop("job", UNSET)
        job: V0042JobDescMsg | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = V0042JobDescMsg.from_dict(_job)

        v0042_job_alloc_req = cls(
            hetjob=hetjob,
            job=job,
        )

        v0042_job_alloc_req.additional_properties = d
        return v0042_job_alloc_req

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
