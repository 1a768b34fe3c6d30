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
    from ..models.registered_model_tag import RegisteredModelTag


T = TypeVar("T", bound="CreateRegisteredModel")


@_attrs_define
class CreateRegisteredModel:
    """
    Attributes:
        name (str): Register models under this name
        tags (list[RegisteredModelTag] | Unset): Additional metadata for registered model.
        description (str | Unset): Optional description for registered model.
        deployment_job_id (str | Unset): Deployment job id for this model.
    """

    name: str
    tags: list[RegisteredModelTag] | Unset = UNSET
    description: str | Unset = UNSET
    deployment_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        description = self.description

        deployment_job_id = self.deployment_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if deployment_job_id is not UNSET:
            field_dict["deployment_job_id"] = deployment_job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registered_model_tag import RegisteredModelTag

        d = dict(src_dict)
        name = d.pop("name")

        _tags = d.pop("tags", UNSET)
        tags: list[RegisteredModelTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = RegisteredModelTag.from_dict(tags_item_data)

                tags.append(tags_item)

        description = d.pop("description", UNSET)

        deployment_job_id = d.pop("deployment_job_id", UNSET)

        create_registered_model = cls(
            name=name,
            tags=tags,
            description=description,
            deployment_job_id=deployment_job_id,
        )

        create_registered_model.additional_properties = d
        return create_registered_model

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
