# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Issue")


@_attrs_define
class Issue:
    """Represents an issue discovered in traces.

    Attributes:
        issue_id (str | Unset): Unique identifier for the issue.
        experiment_id (str | Unset): Experiment ID.
        name (str | Unset): Short descriptive name for the issue.
        description (str | Unset): Detailed description of the issue.
        status (str | Unset): Issue status.
        severity (str | Unset): Severity level indicator.
        root_causes (list[str] | Unset): Analysis of the root causes of the issue.
        source_run_id (str | Unset): MLflow run ID that discovered this issue.
        created_timestamp (int | str | Unset): Creation timestamp in milliseconds.
        last_updated_timestamp (int | str | Unset): Last update timestamp in milliseconds.
        created_by (str | Unset): Identifier for who created this issue.
        categories (list[str] | Unset): Categories of the issue.
        trace_count (int | Unset): Number of traces impacted by this issue. Only populated when explicitly requested.
    """

    issue_id: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    severity: str | Unset = UNSET
    root_causes: list[str] | Unset = UNSET
    source_run_id: str | Unset = UNSET
    created_timestamp: int | str | Unset = UNSET
    last_updated_timestamp: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    trace_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id = self.issue_id

        experiment_id = self.experiment_id

        name = self.name

        description = self.description

        status = self.status

        severity = self.severity

        root_causes: list[str] | Unset = UNSET
        if not isinstance(self.root_causes, Unset):
            root_causes = self.root_causes

        source_run_id = self.source_run_id

        created_timestamp: int | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        last_updated_timestamp: int | str | Unset
        if isinstance(self.last_updated_timestamp, Unset):
            last_updated_timestamp = UNSET
        else:
            last_updated_timestamp = self.last_updated_timestamp

        created_by = self.created_by

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        trace_count = self.trace_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issue_id is not UNSET:
            field_dict["issue_id"] = issue_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if root_causes is not UNSET:
            field_dict["root_causes"] = root_causes
        if source_run_id is not UNSET:
            field_dict["source_run_id"] = source_run_id
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if last_updated_timestamp is not UNSET:
            field_dict["last_updated_timestamp"] = last_updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if categories is not UNSET:
            field_dict["categories"] = categories
        if trace_count is not UNSET:
            field_dict["trace_count"] = trace_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        issue_id = d.pop("issue_id", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        severity = d.pop("severity", UNSET)

        root_causes = cast(list[str], d.pop("root_causes", UNSET))

        source_run_id = d.pop("source_run_id", UNSET)

        def _parse_created_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_timestamp = _parse_created_timestamp(d.pop("created_timestamp", UNSET))

        def _parse_last_updated_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_updated_timestamp = _parse_last_updated_timestamp(
            d.pop("last_updated_timestamp", UNSET)
        )

        created_by = d.pop("created_by", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        trace_count = d.pop("trace_count", UNSET)

        issue = cls(
            issue_id=issue_id,
            experiment_id=experiment_id,
            name=name,
            description=description,
            status=status,
            severity=severity,
            root_causes=root_causes,
            source_run_id=source_run_id,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
            created_by=created_by,
            categories=categories,
            trace_count=trace_count,
        )

        issue.additional_properties = d
        return issue

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
