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
    from ..models.gateway_endpoint_model_config import GatewayEndpointModelConfig


T = TypeVar("T", bound="AttachModelToGatewayEndpoint")


@_attrs_define
class AttachModelToGatewayEndpoint:
    """
    Attributes:
        endpoint_id (str): ID of the endpoint to attach the model to
        model_config (GatewayEndpointModelConfig): Configuration for a model attached to an endpoint
        created_by (str | Unset): Username of the creator
    """

    endpoint_id: str
    model_config: GatewayEndpointModelConfig
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        model_config = self.model_config.to_dict()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_id": endpoint_id,
                "model_config": model_config,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_endpoint_model_config import GatewayEndpointModelConfig

        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id")

        model_config = GatewayEndpointModelConfig.from_dict(d.pop("model_config"))

        created_by = d.pop("created_by", UNSET)

        attach_model_to_gateway_endpoint = cls(
            endpoint_id=endpoint_id,
            model_config=model_config,
            created_by=created_by,
        )

        attach_model_to_gateway_endpoint.additional_properties = d
        return attach_model_to_gateway_endpoint

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
