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
    from ..models.experiment_tag import ExperimentTag


T = TypeVar("T", bound="CreateExperiment")


@_attrs_define
class CreateExperiment:
    """
    Attributes:
        name (str): Experiment name.
        artifact_location (str | Unset): Location where all artifacts for the experiment are stored.
            If not provided, the remote server will select an appropriate default.
        tags (list[ExperimentTag] | Unset): A collection of tags to set on the experiment. Maximum tag size and number
            of tags per request
            depends on the storage backend. All storage backends are guaranteed to support tag keys up
            to 250 bytes in size and tag values up to 5000 bytes in size. All storage backends are also
            guaranteed to support up to 20 tags per request.
    """

    name: str
    artifact_location: str | Unset = UNSET
    tags: list[ExperimentTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        artifact_location = self.artifact_location

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if artifact_location is not UNSET:
            field_dict["artifact_location"] = artifact_location
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.experiment_tag import ExperimentTag

        d = dict(src_dict)
        name = d.pop("name")

        artifact_location = d.pop("artifact_location", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[ExperimentTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ExperimentTag.from_dict(tags_item_data)

                tags.append(tags_item)

        create_experiment = cls(
            name=name,
            artifact_location=artifact_location,
            tags=tags,
        )

        create_experiment.additional_properties = d
        return create_experiment

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
