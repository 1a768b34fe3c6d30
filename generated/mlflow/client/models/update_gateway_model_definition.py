# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGatewayModelDefinition")


@_attrs_define
class UpdateGatewayModelDefinition:
    """
    Attributes:
        model_definition_id (str): ID of the model definition to update
        name (str | Unset): Optional new name
        secret_id (str | Unset): Optional new secret ID
        model_name (str | Unset): Optional new model name
        updated_by (str | Unset): Username of the updater
        provider (str | Unset): Optional new provider
    """

    model_definition_id: str
    name: str | Unset = UNSET
    secret_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_definition_id = self.model_definition_id

        name = self.name

        secret_id = self.secret_id

        model_name = self.model_name

        updated_by = self.updated_by

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_definition_id": model_definition_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_definition_id = d.pop("model_definition_id")

        name = d.pop("name", UNSET)

        secret_id = d.pop("secret_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        provider = d.pop("provider", UNSET)

        update_gateway_model_definition = cls(
            model_definition_id=model_definition_id,
            name=name,
            secret_id=secret_id,
            model_name=model_name,
            updated_by=updated_by,
            provider=provider,
        )

        update_gateway_model_definition.additional_properties = d
        return update_gateway_model_definition

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
