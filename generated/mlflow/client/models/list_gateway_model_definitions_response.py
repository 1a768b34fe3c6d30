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
    from ..models.gateway_model_definition import GatewayModelDefinition


T = TypeVar("T", bound="ListGatewayModelDefinitionsResponse")


@_attrs_define
class ListGatewayModelDefinitionsResponse:
    """
    Attributes:
        model_definitions (list[GatewayModelDefinition] | Unset): List of model definitions
    """

    model_definitions: list[GatewayModelDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_definitions, Unset):
            model_definitions = []
            for model_definitions_item_data in self.model_definitions:
                model_definitions_item = model_definitions_item_data.to_dict()
                model_definitions.append(model_definitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_definitions is not UNSET:
            field_dict["model_definitions"] = model_definitions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_model_definition import GatewayModelDefinition

        d = dict(src_dict)
        _model_definitions = d.pop("model_definitions", UNSET)
        model_definitions: list[GatewayModelDefinition] | Unset = UNSET
        if _model_definitions is not UNSET:
            model_definitions = []
            for model_definitions_item_data in _model_definitions:
                model_definitions_item = GatewayModelDefinition.from_dict(
                    model_definitions_item_data
                )

                model_definitions.append(model_definitions_item)

        list_gateway_model_definitions_response = cls(
            model_definitions=model_definitions,
        )

        list_gateway_model_definitions_response.additional_properties = d
        return list_gateway_model_definitions_response

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
