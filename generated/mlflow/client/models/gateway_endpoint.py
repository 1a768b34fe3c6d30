# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_strategy import RoutingStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_config import FallbackConfig
    from ..models.gateway_endpoint_model_mapping import GatewayEndpointModelMapping
    from ..models.gateway_endpoint_tag import GatewayEndpointTag


T = TypeVar("T", bound="GatewayEndpoint")


@_attrs_define
class GatewayEndpoint:
    """Endpoint entity representing an LLM gateway endpoint

    Attributes:
        endpoint_id (str | Unset): Unique identifier for the endpoint
        name (str | Unset): User-friendly name for the endpoint
        created_at (int | str | Unset): Timestamp (milliseconds since epoch) when the endpoint was created
        last_updated_at (int | str | Unset): Timestamp (milliseconds since epoch) when the endpoint was last updated
        model_mappings (list[GatewayEndpointModelMapping] | Unset): List of model mappings bound to this endpoint
        created_by (str | Unset): User ID who created the endpoint
        last_updated_by (str | Unset): User ID who last updated the endpoint
        tags (list[GatewayEndpointTag] | Unset): Tags associated with the endpoint
        routing_strategy (RoutingStrategy | Unset): Routing strategy for endpoints
            - REQUEST_BASED_TRAFFIC_SPLIT: Request-based traffic split: distributes traffic based on weights
        fallback_config (FallbackConfig | Unset): Configuration for fallback routing
        experiment_id (str | Unset): ID of the MLflow experiment where traces for this endpoint are logged
        usage_tracking (bool | Unset): Whether usage tracking is enabled for this endpoint.
            When true, an experiment will be auto-created if not provided,
            and traces will be logged for endpoint invocations.
    """

    endpoint_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    last_updated_at: int | str | Unset = UNSET
    model_mappings: list[GatewayEndpointModelMapping] | Unset = UNSET
    created_by: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    tags: list[GatewayEndpointTag] | Unset = UNSET
    routing_strategy: RoutingStrategy | Unset = UNSET
    fallback_config: FallbackConfig | Unset = UNSET
    experiment_id: str | Unset = UNSET
    usage_tracking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        name = self.name

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

        model_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_mappings, Unset):
            model_mappings = []
            for model_mappings_item_data in self.model_mappings:
                model_mappings_item = model_mappings_item_data.to_dict()
                model_mappings.append(model_mappings_item)

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if model_mappings is not UNSET:
            field_dict["model_mappings"] = model_mappings
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if tags is not UNSET:
            field_dict["tags"] = tags
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
        from ..models.gateway_endpoint_model_mapping import GatewayEndpointModelMapping
        from ..models.gateway_endpoint_tag import GatewayEndpointTag

        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id", UNSET)

        name = d.pop("name", UNSET)

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

        _model_mappings = d.pop("model_mappings", UNSET)
        model_mappings: list[GatewayEndpointModelMapping] | Unset = UNSET
        if _model_mappings is not UNSET:
            model_mappings = []
            for model_mappings_item_data in _model_mappings:
                model_mappings_item = GatewayEndpointModelMapping.from_dict(
                    model_mappings_item_data
                )

                model_mappings.append(model_mappings_item)

        created_by = d.pop("created_by", UNSET)

        last_updated_by = d.pop("last_updated_by", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[GatewayEndpointTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = GatewayEndpointTag.from_dict(tags_item_data)

                tags.append(tags_item)

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

        gateway_endpoint = cls(
            endpoint_id=endpoint_id,
            name=name,
            created_at=created_at,
            last_updated_at=last_updated_at,
            model_mappings=model_mappings,
            created_by=created_by,
            last_updated_by=last_updated_by,
            tags=tags,
            routing_strategy=routing_strategy,
            fallback_config=fallback_config,
            experiment_id=experiment_id,
            usage_tracking=usage_tracking,
        )

        gateway_endpoint.additional_properties = d
        return gateway_endpoint

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
