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
    from ..models.update_gateway_secret_auth_config import UpdateGatewaySecretAuthConfig
    from ..models.update_gateway_secret_secret_value import (
        UpdateGatewaySecretSecretValue,
    )


T = TypeVar("T", bound="UpdateGatewaySecret")


@_attrs_define
class UpdateGatewaySecret:
    """
    Attributes:
        secret_id (str): ID of the secret to update
        secret_value (UpdateGatewaySecretSecretValue | Unset): Optional new secret value(s) for key rotation as key-
            value pairs (empty map = no change).
            For simple API keys: {"api_key": "sk-xxx"}
            For compound credentials: {"aws_access_key_id": "...", "aws_secret_access_key": "..."}
        auth_config (UpdateGatewaySecretAuthConfig | Unset): Optional new auth configuration.
            For multi-auth providers, include "auth_mode" key (e.g., {"auth_mode": "access_keys", "aws_region_name": "us-
            east-1"})
        updated_by (str | Unset): Username of the updater
    """

    secret_id: str
    secret_value: UpdateGatewaySecretSecretValue | Unset = UNSET
    auth_config: UpdateGatewaySecretAuthConfig | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        secret_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_value, Unset):
            secret_value = self.secret_value.to_dict()

        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret_id": secret_id,
            }
        )
        if secret_value is not UNSET:
            field_dict["secret_value"] = secret_value
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_gateway_secret_auth_config import (
            UpdateGatewaySecretAuthConfig,
        )
        from ..models.update_gateway_secret_secret_value import (
            UpdateGatewaySecretSecretValue,
        )

        d = dict(src_dict)
        secret_id = d.pop("secret_id")

        _secret_value = d.pop("secret_value", UNSET)
        secret_value: UpdateGatewaySecretSecretValue | Unset
        if isinstance(_secret_value, Unset):
            secret_value = UNSET
        else:
            secret_value = UpdateGatewaySecretSecretValue.from_dict(_secret_value)

        _auth_config = d.pop("auth_config", UNSET)
        auth_config: UpdateGatewaySecretAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = UpdateGatewaySecretAuthConfig.from_dict(_auth_config)

        updated_by = d.pop("updated_by", UNSET)

        update_gateway_secret = cls(
            secret_id=secret_id,
            secret_value=secret_value,
            auth_config=auth_config,
            updated_by=updated_by,
        )

        update_gateway_secret.additional_properties = d
        return update_gateway_secret

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
