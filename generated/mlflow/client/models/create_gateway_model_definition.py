# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGatewayModelDefinition")


@_attrs_define
class CreateGatewayModelDefinition:
    """
    Attributes:
        name (str): User-friendly name for the model definition (must be unique)
        secret_id (str): ID of the secret containing authentication credentials
        provider (str): LLM provider (e.g., "openai", "anthropic")
        model_name (str): Provider-specific model identifier (e.g., "gpt-4o", "claude-3-5-sonnet")
        created_by (str | Unset): Username of the creator
    """

    name: str
    secret_id: str
    provider: str
    model_name: str
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        secret_id = self.secret_id

        provider = self.provider

        model_name = self.model_name

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "secret_id": secret_id,
                "provider": provider,
                "model_name": model_name,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        secret_id = d.pop("secret_id")

        provider = d.pop("provider")

        model_name = d.pop("model_name")

        created_by = d.pop("created_by", UNSET)

        create_gateway_model_definition = cls(
            name=name,
            secret_id=secret_id,
            provider=provider,
            model_name=model_name,
            created_by=created_by,
        )

        create_gateway_model_definition.additional_properties = d
        return create_gateway_model_definition

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
