# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIssue")


@_attrs_define
class CreateIssue:
    """Request to create a new issue.

    Attributes:
        experiment_id (str): Experiment ID.
        name (str): Short descriptive name for the issue.
        description (str): Detailed description of the issue.
        status (str | Unset): Issue status.
        severity (str | Unset): Severity level indicator.
        root_causes (list[str] | Unset): Analysis of the root causes of the issue.
        source_run_id (str | Unset): MLflow run ID that discovered this issue.
        created_by (str | Unset): Identifier for who created this issue.
        categories (list[str] | Unset): Categories of the issue.
    """

    experiment_id: str
    name: str
    description: str
    status: str | Unset = UNSET
    severity: str | Unset = UNSET
    root_causes: list[str] | Unset = UNSET
    source_run_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        name = self.name

        description = self.description

        status = self.status

        severity = self.severity

        root_causes: list[str] | Unset = UNSET
        if not isinstance(self.root_causes, Unset):
            root_causes = self.root_causes

        source_run_id = self.source_run_id

        created_by = self.created_by

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
                "name": name,
                "description": description,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if root_causes is not UNSET:
            field_dict["root_causes"] = root_causes
        if source_run_id is not UNSET:
            field_dict["source_run_id"] = source_run_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")

        name = d.pop("name")

        description = d.pop("description")

        status = d.pop("status", UNSET)

        severity = d.pop("severity", UNSET)

        root_causes = cast(list[str], d.pop("root_causes", UNSET))

        source_run_id = d.pop("source_run_id", UNSET)

        created_by = d.pop("created_by", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        create_issue = cls(
            experiment_id=experiment_id,
            name=name,
            description=description,
            status=status,
            severity=severity,
            root_causes=root_causes,
            source_run_id=source_run_id,
            created_by=created_by,
            categories=categories,
        )

        create_issue.additional_properties = d
        return create_issue

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
