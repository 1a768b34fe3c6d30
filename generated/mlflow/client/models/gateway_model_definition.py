# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayModelDefinition")


@_attrs_define
class GatewayModelDefinition:
    """Reusable model definition that can be shared across endpoints

    Attributes:
        model_definition_id (str | Unset): Unique identifier for this model definition
        name (str | Unset): User-friendly name for identification and reuse
        secret_id (str | Unset): ID of the secret containing authentication credentials
        secret_name (str | Unset): Name of the secret for display purposes
        provider (str | Unset): LLM provider (e.g., "openai", "anthropic", "cohere", "bedrock")
        model_name (str | Unset): Provider-specific model identifier (e.g., "gpt-4o", "claude-3-5-sonnet")
        created_at (int | str | Unset): Timestamp (milliseconds since epoch) when the model definition was created
        last_updated_at (int | str | Unset): Timestamp (milliseconds since epoch) when the model definition was last
            updated
        created_by (str | Unset): User ID who created the model definition
        last_updated_by (str | Unset): User ID who last updated the model definition
    """

    model_definition_id: str | Unset = UNSET
    name: str | Unset = UNSET
    secret_id: str | Unset = UNSET
    secret_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    model_name: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    last_updated_at: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_definition_id = self.model_definition_id

        name = self.name

        secret_id = self.secret_id

        secret_name = self.secret_name

        provider = self.provider

        model_name = self.model_name

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_updated_at: int | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_definition_id is not UNSET:
            field_dict["model_definition_id"] = model_definition_id
        if name is not UNSET:
            field_dict["name"] = name
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_definition_id = d.pop("model_definition_id", UNSET)

        name = d.pop("name", UNSET)

        secret_id = d.pop("secret_id", UNSET)

        secret_name = d.pop("secret_name", UNSET)

        provider = d.pop("provider", UNSET)

        model_name = d.pop("model_name", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_last_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_updated_by = d.pop("last_updated_by", UNSET)

        gateway_model_definition = cls(
            model_definition_id=model_definition_id,
            name=name,
            secret_id=secret_id,
            secret_name=secret_name,
            provider=provider,
            model_name=model_name,
            created_at=created_at,
            last_updated_at=last_updated_at,
            created_by=created_by,
            last_updated_by=last_updated_by,
        )

        gateway_model_definition.additional_properties = d
        return gateway_model_definition

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
