# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchIssues")


@_attrs_define
class SearchIssues:
    """Request to search issues.

    Attributes:
        experiment_id (str | Unset): Filter by experiment ID.
        filter_string (str | Unset): Filter string for advanced filtering.
        max_results (int | Unset): Maximum number of results to return.
        page_token (str | Unset): Page token for pagination.
        include_trace_count (bool | Unset): Whether to include the count of traces impacted by each issue.
    """

    experiment_id: str | Unset = UNSET
    filter_string: str | Unset = UNSET
    max_results: int | Unset = UNSET
    page_token: str | Unset = UNSET
    include_trace_count: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        filter_string = self.filter_string

        max_results = self.max_results

        page_token = self.page_token

        include_trace_count = self.include_trace_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if filter_string is not UNSET:
            field_dict["filter_string"] = filter_string
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if page_token is not UNSET:
            field_dict["page_token"] = page_token
        if include_trace_count is not UNSET:
            field_dict["include_trace_count"] = include_trace_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id", UNSET)

        filter_string = d.pop("filter_string", UNSET)

        max_results = d.pop("max_results", UNSET)

        page_token = d.pop("page_token", UNSET)

        include_trace_count = d.pop("include_trace_count", UNSET)

        search_issues = cls(
            experiment_id=experiment_id,
            filter_string=filter_string,
            max_results=max_results,
            page_token=page_token,
            include_trace_count=include_trace_count,
        )

        search_issues.additional_properties = d
        return search_issues

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
