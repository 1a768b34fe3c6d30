# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_model_linkage_type import GatewayModelLinkageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_model_definition import GatewayModelDefinition


T = TypeVar("T", bound="GatewayEndpointModelMapping")


@_attrs_define
class GatewayEndpointModelMapping:
    """Mapping between an endpoint and a model definition

    Attributes:
        mapping_id (str | Unset): Unique identifier for this mapping
        endpoint_id (str | Unset): ID of the endpoint
        model_definition_id (str | Unset): ID of the model definition
        model_definition (GatewayModelDefinition | Unset): Reusable model definition that can be shared across endpoints
        weight (float | Unset): Routing weight for traffic distribution
        created_at (int | str | Unset): Timestamp (milliseconds since epoch) when the mapping was created
        created_by (str | Unset): User ID who created the mapping
        linkage_type (GatewayModelLinkageType | Unset): Type of linkage between endpoint and model definition
            - PRIMARY: Primary linkage: used for routing traffic
            - FALLBACK: Fallback linkage: used for failover
        fallback_order (int | Unset): Order for fallback attempts (only for FALLBACK linkages, NULL for PRIMARY)
    """

    mapping_id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    model_definition_id: str | Unset = UNSET
    model_definition: GatewayModelDefinition | Unset = UNSET
    weight: float | Unset = UNSET
    created_at: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    linkage_type: GatewayModelLinkageType | Unset = UNSET
    fallback_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping_id = self.mapping_id

        endpoint_id = self.endpoint_id

        model_definition_id = self.model_definition_id

        model_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_definition, Unset):
            model_definition = self.model_definition.to_dict()

        weight = self.weight

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by = self.created_by

        linkage_type: str | Unset = UNSET
        if not isinstance(self.linkage_type, Unset):
            linkage_type = self.linkage_type.value

        fallback_order = self.fallback_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping_id is not UNSET:
            field_dict["mapping_id"] = mapping_id
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if model_definition_id is not UNSET:
            field_dict["model_definition_id"] = model_definition_id
        if model_definition is not UNSET:
            field_dict["model_definition"] = model_definition
        if weight is not UNSET:
            field_dict["weight"] = weight
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if linkage_type is not UNSET:
            field_dict["linkage_type"] = linkage_type
        if fallback_order is not UNSET:
            field_dict["fallback_order"] = fallback_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_model_definition import GatewayModelDefinition

        d = dict(src_dict)
        mapping_id = d.pop("mapping_id", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        model_definition_id = d.pop("model_definition_id", UNSET)

        _model_definition = d.pop("model_definition", UNSET)
        model_definition: GatewayModelDefinition | Unset
        if isinstance(_model_definition, Unset):
            model_definition = UNSET
        else:
            model_definition = GatewayModelDefinition.from_dict(_model_definition)

        weight = d.pop("weight", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        created_by = d.pop("created_by", UNSET)

        _linkage_type = d.pop("linkage_type", UNSET)
        linkage_type: GatewayModelLinkageType | Unset
        if isinstance(_linkage_type, Unset):
            linkage_type = UNSET
        else:
            linkage_type = GatewayModelLinkageType(_linkage_type)

        fallback_order = d.pop("fallback_order", UNSET)

        gateway_endpoint_model_mapping = cls(
            mapping_id=mapping_id,
            endpoint_id=endpoint_id,
            model_definition_id=model_definition_id,
            model_definition=model_definition,
            weight=weight,
            created_at=created_at,
            created_by=created_by,
            linkage_type=linkage_type,
            fallback_order=fallback_order,
        )

        gateway_endpoint_model_mapping.additional_properties = d
        return gateway_endpoint_model_mapping

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
