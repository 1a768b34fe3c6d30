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
    from ..models.create_gateway_secret_auth_config import CreateGatewaySecretAuthConfig
    from ..models.create_gateway_secret_secret_value import (
        CreateGatewaySecretSecretValue,
    )


T = TypeVar("T", bound="CreateGatewaySecret")


@_attrs_define
class CreateGatewaySecret:
    """
    Attributes:
        secret_name (str): User-friendly name for the secret (must be unique)
        secret_value (CreateGatewaySecretSecretValue | Unset): The secret value(s) to encrypt as key-value pairs.
            For simple API keys: {"api_key": "sk-xxx"}
            For compound credentials: {"aws_access_key_id": "...", "aws_secret_access_key": "..."}
        provider (str | Unset): Optional LLM provider (e.g., "openai", "anthropic")
        auth_config (CreateGatewaySecretAuthConfig | Unset): Optional provider-specific auth configuration.
            For multi-auth providers, include "auth_mode" key (e.g., {"auth_mode": "access_keys", "aws_region_name": "us-
            east-1"})
        created_by (str | Unset): Username of the creator
    """

    secret_name: str
    secret_value: CreateGatewaySecretSecretValue | Unset = UNSET
    provider: str | Unset = UNSET
    auth_config: CreateGatewaySecretAuthConfig | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_name = self.secret_name

        secret_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_value, Unset):
            secret_value = self.secret_value.to_dict()

        provider = self.provider

        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret_name": secret_name,
            }
        )
        if secret_value is not UNSET:
            field_dict["secret_value"] = secret_value
        if provider is not UNSET:
            field_dict["provider"] = provider
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_gateway_secret_auth_config import (
            CreateGatewaySecretAuthConfig,
        )
        from ..models.create_gateway_secret_secret_value import (
            CreateGatewaySecretSecretValue,
        )

        d = dict(src_dict)
        secret_name = d.pop("secret_name")

        _secret_value = d.pop("secret_value", UNSET)
        secret_value: CreateGatewaySecretSecretValue | Unset
        if isinstance(_secret_value, Unset):
            secret_value = UNSET
        else:
            secret_value = CreateGatewaySecretSecretValue.from_dict(_secret_value)

        provider = d.pop("provider", UNSET)

        _auth_config = d.pop("auth_config", UNSET)
        auth_config: CreateGatewaySecretAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = CreateGatewaySecretAuthConfig.from_dict(_auth_config)

        created_by = d.pop("created_by", UNSET)

        create_gateway_secret = cls(
            secret_name=secret_name,
            secret_value=secret_value,
            provider=provider,
            auth_config=auth_config,
            created_by=created_by,
        )

        create_gateway_secret.additional_properties = d
        return create_gateway_secret

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
