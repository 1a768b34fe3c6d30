# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_strategy import RoutingStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_config import FallbackConfig
    from ..models.gateway_endpoint_model_config import GatewayEndpointModelConfig


T = TypeVar("T", bound="UpdateGatewayEndpoint")


@_attrs_define
class UpdateGatewayEndpoint:
    """
    Attributes:
        endpoint_id (str): ID of the endpoint to update
        name (str | Unset): Optional new name for the endpoint
        updated_by (str | Unset): Username of the updater
        model_configs (list[GatewayEndpointModelConfig] | Unset): Optional new list of model configurations (replaces
            all existing model linkages)
        routing_strategy (RoutingStrategy | Unset): Routing strategy for endpoints
            - REQUEST_BASED_TRAFFIC_SPLIT: Request-based traffic split: distributes traffic based on weights
        fallback_config (FallbackConfig | Unset): Configuration for fallback routing
        experiment_id (str | Unset): Optional experiment ID for tracing. Only used when usage_tracking is true.
        usage_tracking (bool | Unset): Whether to enable usage tracking for this endpoint.
            When set to true, traces will be logged for endpoint invocations.
            When set to false, usage tracking is disabled and experiment_id is cleared.
    """

    endpoint_id: str
    name: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    model_configs: list[GatewayEndpointModelConfig] | Unset = UNSET
    routing_strategy: RoutingStrategy | Unset = UNSET
    fallback_config: FallbackConfig | Unset = UNSET
    experiment_id: str | Unset = UNSET
    usage_tracking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        name = self.name

        updated_by = self.updated_by

        model_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_configs, Unset):
            model_configs = []
            for model_configs_item_data in self.model_configs:
                model_configs_item = model_configs_item_data.to_dict()
                model_configs.append(model_configs_item)

        routing_strategy: str | Unset = UNSET
        if not isinstance(self.routing_strategy, Unset):
            routing_strategy = self.routing_strategy.value

        fallback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback_config, Unset):
            fallback_config = self.fallback_config.to_dict()

        experiment_id = self.experiment_id

        usage_tracking = self.usage_tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_id": endpoint_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if model_configs is not UNSET:
            field_dict["model_configs"] = model_configs
        if routing_strategy is not UNSET:
            field_dict["routing_strategy"] = routing_strategy
        if fallback_config is not UNSET:
            field_dict["fallback_config"] = fallback_config
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if usage_tracking is not UNSET:
            field_dict["usage_tracking"] = usage_tracking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fallback_config import FallbackConfig
        from ..models.gateway_endpoint_model_config import GatewayEndpointModelConfig

        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id")

        name = d.pop("name", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        _model_configs = d.pop("model_configs", UNSET)
        model_configs: list[GatewayEndpointModelConfig] | Unset = UNSET
        if _model_configs is not UNSET:
            model_configs = []
            for model_configs_item_data in _model_configs:
                model_configs_item = GatewayEndpointModelConfig.from_dict(model_configs_item_data)

                model_configs.append(model_configs_item)

        _routing_strategy = d.pop("routing_strategy", UNSET)
        routing_strategy: RoutingStrategy | Unset
        if isinstance(_routing_strategy, Unset):
            routing_strategy = UNSET
        else:
            routing_strategy = RoutingStrategy(_routing_strategy)

        _fallback_config = d.pop("fallback_config", UNSET)
        fallback_config: FallbackConfig | Unset
        if isinstance(_fallback_config, Unset):
            fallback_config = UNSET
        else:
            fallback_config = FallbackConfig.from_dict(_fallback_config)

        experiment_id = d.pop("experiment_id", UNSET)

        usage_tracking = d.pop("usage_tracking", UNSET)

        update_gateway_endpoint = cls(
            endpoint_id=endpoint_id,
            name=name,
            updated_by=updated_by,
            model_configs=model_configs,
            routing_strategy=routing_strategy,
            fallback_config=fallback_config,
            experiment_id=experiment_id,
            usage_tracking=usage_tracking,
        )

        update_gateway_endpoint.additional_properties = d
        return update_gateway_endpoint

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
