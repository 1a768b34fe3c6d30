# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_guardrail import GatewayGuardrail


T = TypeVar("T", bound="GatewayGuardrailConfig")


@_attrs_define
class GatewayGuardrailConfig:
    """
    Attributes:
        endpoint_id (str | Unset):
        guardrail_id (str | Unset):
        execution_order (int | str | Unset):
        created_by (str | Unset):
        created_at (int | str | Unset):
        guardrail (GatewayGuardrail | Unset):
    """

    endpoint_id: str | Unset = UNSET
    guardrail_id: str | Unset = UNSET
    execution_order: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    guardrail: GatewayGuardrail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        guardrail_id = self.guardrail_id

        execution_order: int | str | Unset
        if isinstance(self.execution_order, Unset):
            execution_order = UNSET
        else:
            execution_order = self.execution_order

        created_by = self.created_by

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        guardrail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrail, Unset):
            guardrail = self.guardrail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if execution_order is not UNSET:
            field_dict["execution_order"] = execution_order
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if guardrail is not UNSET:
            field_dict["guardrail"] = guardrail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_guardrail import GatewayGuardrail

        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id", UNSET)

        guardrail_id = d.pop("guardrail_id", UNSET)

        def _parse_execution_order(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        execution_order = _parse_execution_order(d.pop("execution_order", UNSET))

        created_by = d.pop("created_by", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _guardrail = d.pop("guardrail", UNSET)
        guardrail: GatewayGuardrail | Unset
        if isinstance(_guardrail, Unset):
            guardrail = UNSET
        else:
            guardrail = GatewayGuardrail.from_dict(_guardrail)

        gateway_guardrail_config = cls(
            endpoint_id=endpoint_id,
            guardrail_id=guardrail_id,
            execution_order=execution_order,
            created_by=created_by,
            created_at=created_at,
            guardrail=guardrail,
        )

        gateway_guardrail_config.additional_properties = d
        return gateway_guardrail_config

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
