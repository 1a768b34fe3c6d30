# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0042_job_desc_msg import V0042JobDescMsg


T = TypeVar("T", bound="V0042JobSubmitReq")


@_attrs_define
class V0042JobSubmitReq:
    """
    Attributes:
        script (str | Unset): Deprecated; Populate script field in jobs[0] or job
        jobs (list[V0042JobDescMsg] | Unset):
        job (V0042JobDescMsg | Unset):
    """

    script: str | Unset = UNSET
    jobs: list[V0042JobDescMsg] | Unset = UNSET
    job: V0042JobDescMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for componentsschemasv0_0_42_job_desc_msg_list_item_data in self.jobs:
                componentsschemasv0_0_42_job_desc_msg_list_item = (
                    componentsschemasv0_0_42_job_desc_msg_list_item_data.to_dict()
                )
                jobs.append(componentsschemasv0_0_42_job_desc_msg_list_item)

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script is not UNSET:
            field_dict["script"] = script
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_job_desc_msg import V0042JobDescMsg

        d = dict(src_dict)
        script = d.pop("script", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[V0042JobDescMsg] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for componentsschemasv0_0_42_job_desc_msg_list_item_data in _jobs:
                componentsschemasv0_0_42_job_desc_msg_list_item = V0042JobDescMsg.from_dict(
                    componentsschemasv0_0_42_job_desc_msg_list_item_data
                )

                jobs.append(componentsschemasv0_0_42_job_desc_msg_list_item)

        _job = d.pop("job", UNSET)
        job: V0042JobDescMsg | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = V0042JobDescMsg.from_dict(_job)

        v0042_job_submit_req = cls(
            script=script,
            jobs=jobs,
            job=job,
        )

        v0042_job_submit_req.additional_properties = d
        return v0042_job_submit_req

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
