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


T = TypeVar("T", bound="CreateGatewayEndpoint")


@_attrs_define
class CreateGatewayEndpoint:
    """
    Attributes:
        name (str): Optional user-friendly name for the endpoint
        model_configs (list[GatewayEndpointModelConfig]): List of model configurations
        created_by (str | Unset): Username of the creator
        routing_strategy (RoutingStrategy | Unset): Routing strategy for endpoints
            - REQUEST_BASED_TRAFFIC_SPLIT: Request-based traffic split: distributes traffic based on weights
        fallback_config (FallbackConfig | Unset): Configuration for fallback routing
        experiment_id (str | Unset): Optional experiment ID for tracing. Only used when usage_tracking is true.
            If not provided and usage_tracking is true, an experiment will be auto-created.
        usage_tracking (bool | Unset): Whether to enable usage tracking for this endpoint. Defaults to false.
            When true, traces will be logged for endpoint invocations.
    """

    name: str
    model_configs: list[GatewayEndpointModelConfig]
    created_by: str | Unset = UNSET
    routing_strategy: RoutingStrategy | Unset = UNSET
    fallback_config: FallbackConfig | Unset = UNSET
    experiment_id: str | Unset = UNSET
    usage_tracking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model_configs = []
        for model_configs_item_data in self.model_configs:
            model_configs_item = model_configs_item_data.to_dict()
            model_configs.append(model_configs_item)

        created_by = self.created_by

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
                "name": name,
                "model_configs": model_configs,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
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
        name = d.pop("name")

        model_configs = []
        _model_configs = d.pop("model_configs")
        for model_configs_item_data in _model_configs:
            model_configs_item = GatewayEndpointModelConfig.from_dict(model_configs_item_data)

            model_configs.append(model_configs_item)

        created_by = d.pop("created_by", UNSET)

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

        create_gateway_endpoint = cls(
            name=name,
            model_configs=model_configs,
            created_by=created_by,
            routing_strategy=routing_strategy,
            fallback_config=fallback_config,
            experiment_id=experiment_id,
            usage_tracking=usage_tracking,
        )

        create_gateway_endpoint.additional_properties = d
        return create_gateway_endpoint

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
