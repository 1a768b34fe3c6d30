# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGatewayEndpointBinding")


@_attrs_define
class CreateGatewayEndpointBinding:
    """
    Attributes:
        endpoint_id (str): ID of the endpoint to bind
        resource_type (str): Type of MLflow resource
        resource_id (str): ID of the resource instance
        created_by (str | Unset): Username of the creator
    """

    endpoint_id: str
    resource_type: str
    resource_id: str
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        resource_type = self.resource_type

        resource_id = self.resource_id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_id": endpoint_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id")

        resource_type = d.pop("resource_type")

        resource_id = d.pop("resource_id")

        created_by = d.pop("created_by", UNSET)

        create_gateway_endpoint_binding = cls(
            endpoint_id=endpoint_id,
            resource_type=resource_type,
            resource_id=resource_id,
            created_by=created_by,
        )

        create_gateway_endpoint_binding.additional_properties = d
        return create_gateway_endpoint_binding

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
