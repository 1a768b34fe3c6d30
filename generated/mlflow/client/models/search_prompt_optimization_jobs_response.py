# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_optimization_job import PromptOptimizationJob


T = TypeVar("T", bound="SearchPromptOptimizationJobsResponse")


@_attrs_define
class SearchPromptOptimizationJobsResponse:
    """
    Attributes:
        jobs (list[PromptOptimizationJob] | Unset): List of optimization jobs.
    """

    jobs: list[PromptOptimizationJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_optimization_job import PromptOptimizationJob

        d = dict(src_dict)
        _jobs = d.pop("jobs", UNSET)
        jobs: list[PromptOptimizationJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = PromptOptimizationJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        search_prompt_optimization_jobs_response = cls(
            jobs=jobs,
        )

        search_prompt_optimization_jobs_response.additional_properties = d
        return search_prompt_optimization_jobs_response

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
