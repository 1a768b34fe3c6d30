# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransitionModelVersionStage")


@_attrs_define
class TransitionModelVersionStage:
    """
    Attributes:
        name (str): Name of the registered model
        version (str): Model version number
        stage (str): Transition `model_version` to new stage.
        archive_existing_versions (bool): When transitioning a model version to a particular stage, this flag dictates
            whether all
            existing model versions in that stage should be atomically moved to the "archived" stage.
            This ensures that at-most-one model version exists in the target stage.
            This field is *required* when transitioning a model versions's stage
    """

    name: str
    version: str
    stage: str
    archive_existing_versions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        stage = self.stage

        archive_existing_versions = self.archive_existing_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "stage": stage,
                "archive_existing_versions": archive_existing_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        stage = d.pop("stage")

        archive_existing_versions = d.pop("archive_existing_versions")

        transition_model_version_stage = cls(
            name=name,
            version=version,
            stage=stage,
            archive_existing_versions=archive_existing_versions,
        )

        transition_model_version_stage.additional_properties = d
        return transition_model_version_stage

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
