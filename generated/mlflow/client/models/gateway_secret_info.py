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
    from ..models.gateway_secret_info_auth_config import GatewaySecretInfoAuthConfig
    from ..models.gateway_secret_info_masked_values import GatewaySecretInfoMaskedValues


T = TypeVar("T", bound="GatewaySecretInfo")


@_attrs_define
class GatewaySecretInfo:
    """Secret metadata entity (does not include the decrypted secret value)

    Attributes:
        secret_id (str | Unset): Unique identifier for the secret (UUID)
        secret_name (str | Unset): User-friendly name for the secret (must be unique)
        masked_values (GatewaySecretInfoMaskedValues | Unset): Masked version of the secret values for display as key-
            value pairs.
            For simple API keys: {"api_key": "sk-...xyz123"}
            For compound credentials: ``{"aws_access_key_id": "AKI...1234", "aws_secret_access_key": "***"}``
        created_at (int | str | Unset): Timestamp (milliseconds since epoch) when the secret was created
        last_updated_at (int | str | Unset): Timestamp (milliseconds since epoch) when the secret was last updated
        provider (str | Unset): LLM provider identifier (e.g., "openai", "anthropic", "cohere")
        created_by (str | Unset): User ID who created the secret
        last_updated_by (str | Unset): User ID who last updated the secret
        auth_config (GatewaySecretInfoAuthConfig | Unset): Provider-specific auth configuration (e.g., auth_mode,
            region, project_id)
    """

    secret_id: str | Unset = UNSET
    secret_name: str | Unset = UNSET
    masked_values: GatewaySecretInfoMaskedValues | Unset = UNSET
    created_at: int | str | Unset = UNSET
    last_updated_at: int | str | Unset = UNSET
    provider: str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    auth_config: GatewaySecretInfoAuthConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        secret_name = self.secret_name

        masked_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.masked_values, Unset):
            masked_values = self.masked_values.to_dict()

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

        provider = self.provider

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name
        if masked_values is not UNSET:
            field_dict["masked_values"] = masked_values
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if provider is not UNSET:
            field_dict["provider"] = provider
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_secret_info_auth_config import GatewaySecretInfoAuthConfig
        from ..models.gateway_secret_info_masked_values import (
            GatewaySecretInfoMaskedValues,
        )

        d = dict(src_dict)
        secret_id = d.pop("secret_id", UNSET)

        secret_name = d.pop("secret_name", UNSET)

        _masked_values = d.pop("masked_values", UNSET)
        masked_values: GatewaySecretInfoMaskedValues | Unset
        if isinstance(_masked_values, Unset):
            masked_values = UNSET
        else:
            masked_values = GatewaySecretInfoMaskedValues.from_dict(_masked_values)

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

        provider = d.pop("provider", UNSET)

        created_by = d.pop("created_by", UNSET)

        last_updated_by = d.pop("last_updated_by", UNSET)

        _auth_config = d.pop("auth_config", UNSET)
        auth_config: GatewaySecretInfoAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = GatewaySecretInfoAuthConfig.from_dict(_auth_config)

        gateway_secret_info = cls(
            secret_id=secret_id,
            secret_name=secret_name,
            masked_values=masked_values,
            created_at=created_at,
            last_updated_at=last_updated_at,
            provider=provider,
            created_by=created_by,
            last_updated_by=last_updated_by,
            auth_config=auth_config,
        )

        gateway_secret_info.additional_properties = d
        return gateway_secret_info

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
