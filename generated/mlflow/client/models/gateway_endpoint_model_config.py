# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_model_linkage_type import GatewayModelLinkageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayEndpointModelConfig")


@_attrs_define
class GatewayEndpointModelConfig:
    """Configuration for a model attached to an endpoint

    Attributes:
        model_definition_id (str | Unset): ID of the model definition
        linkage_type (GatewayModelLinkageType | Unset): Type of linkage between endpoint and model definition
            - PRIMARY: Primary linkage: used for routing traffic
            - FALLBACK: Fallback linkage: used for failover
        weight (float | Unset): Routing weight for traffic distribution
        fallback_order (int | Unset): Order for fallback attempts (only for FALLBACK linkages, NULL for PRIMARY)
    """

    model_definition_id: str | Unset = UNSET
    linkage_type: GatewayModelLinkageType | Unset = UNSET
    weight: float | Unset = UNSET
    fallback_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_definition_id = self.model_definition_id

        linkage_type: str | Unset = UNSET
        if not isinstance(self.linkage_type, Unset):
            linkage_type = self.linkage_type.value

        weight = self.weight

        fallback_order = self.fallback_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_definition_id is not UNSET:
            field_dict["model_definition_id"] = model_definition_id
        if linkage_type is not UNSET:
            field_dict["linkage_type"] = linkage_type
        if weight is not UNSET:
            field_dict["weight"] = weight
        if fallback_order is not UNSET:
            field_dict["fallback_order"] = fallback_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_definition_id = d.pop("model_definition_id", UNSET)

        _linkage_type = d.pop("linkage_type", UNSET)
        linkage_type: GatewayModelLinkageType | Unset
        if isinstance(_linkage_type, Unset):
            linkage_type = UNSET
        else:
            linkage_type = GatewayModelLinkageType(_linkage_type)

        weight = d.pop("weight", UNSET)

        fallback_order = d.pop("fallback_order", UNSET)

        gateway_endpoint_model_config = cls(
            model_definition_id=model_definition_id,
            linkage_type=linkage_type,
            weight=weight,
            fallback_order=fallback_order,
        )

        gateway_endpoint_model_config.additional_properties = d
        return gateway_endpoint_model_config

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
