# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEndpointGuardrailConfig")


@_attrs_define
class UpdateEndpointGuardrailConfig:
    """
    Attributes:
        endpoint_id (str): The endpoint ID.
        guardrail_id (str): The guardrail ID.
        execution_order (int | str | Unset): The new execution order.
    """

    endpoint_id: str
    guardrail_id: str
    execution_order: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        guardrail_id = self.guardrail_id

        execution_order: int | str | Unset
        if isinstance(self.execution_order, Unset):
            execution_order = UNSET
        else:
            execution_order = self.execution_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_id": endpoint_id,
                "guardrail_id": guardrail_id,
            }
        )
        if execution_order is not UNSET:
            field_dict["execution_order"] = execution_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id")

        guardrail_id = d.pop("guardrail_id")

        def _parse_execution_order(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        execution_order = _parse_execution_order(d.pop("execution_order", UNSET))

        update_endpoint_guardrail_config = cls(
            endpoint_id=endpoint_id,
            guardrail_id=guardrail_id,
            execution_order=execution_order,
        )

        update_endpoint_guardrail_config.additional_properties = d
        return update_endpoint_guardrail_config

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
