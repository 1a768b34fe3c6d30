# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_tag import ExperimentTag


T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """Experiment

    Attributes:
        experiment_id (str | Unset): Unique identifier for the experiment.
        name (str | Unset): Human readable name that identifies the experiment.
        artifact_location (str | Unset): Location where artifacts for the experiment are stored.
        lifecycle_stage (str | Unset): Current life cycle stage of the experiment: "active" or "deleted".
            Deleted experiments are not returned by APIs.
        last_update_time (int | str | Unset): Last update time
        creation_time (int | str | Unset): Creation time
        tags (list[ExperimentTag] | Unset): Tags: Additional metadata key-value pairs.
        effective_trace_archival_retention (str | Unset):
        workspace (str | Unset):
    """

    experiment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    artifact_location: str | Unset = UNSET
    lifecycle_stage: str | Unset = UNSET
    last_update_time: int | str | Unset = UNSET
    creation_time: int | str | Unset = UNSET
    tags: list[ExperimentTag] | Unset = UNSET
    effective_trace_archival_retention: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        name = self.name

        artifact_location = self.artifact_location

        lifecycle_stage = self.lifecycle_stage

        last_update_time: int | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        creation_time: int | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        effective_trace_archival_retention = self.effective_trace_archival_retention

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if artifact_location is not UNSET:
            field_dict["artifact_location"] = artifact_location
        if lifecycle_stage is not UNSET:
            field_dict["lifecycle_stage"] = lifecycle_stage
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if tags is not UNSET:
            field_dict["tags"] = tags
        if effective_trace_archival_retention is not UNSET:
            field_dict["effective_trace_archival_retention"] = effective_trace_archival_retention
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.experiment_tag import ExperimentTag

        d = dict(src_dict)
        experiment_id = d.pop("experiment_id", UNSET)

        name = d.pop("name", UNSET)

        artifact_location = d.pop("artifact_location", UNSET)

        lifecycle_stage = d.pop("lifecycle_stage", UNSET)

        def _parse_last_update_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        def _parse_creation_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[ExperimentTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ExperimentTag.from_dict(tags_item_data)

                tags.append(tags_item)

        effective_trace_archival_retention = d.pop("effective_trace_archival_retention", UNSET)

        workspace = d.pop("workspace", UNSET)

        experiment = cls(
            experiment_id=experiment_id,
            name=name,
            artifact_location=artifact_location,
            lifecycle_stage=lifecycle_stage,
            last_update_time=last_update_time,
            creation_time=creation_time,
            tags=tags,
            effective_trace_archival_retention=effective_trace_archival_retention,
            workspace=workspace,
        )

        experiment.additional_properties = d
        return experiment

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
