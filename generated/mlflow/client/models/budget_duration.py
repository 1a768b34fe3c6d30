# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_duration_unit import BudgetDurationUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetDuration")


@_attrs_define
class BudgetDuration:
    """Fixed window duration: a (unit, value) pair that defines how long a budget window is

    Attributes:
        unit (BudgetDurationUnit | Unset): Duration unit for budget policy fixed windows
        value (int | Unset): Number of units per window
    """

    unit: BudgetDurationUnit | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _unit = d.pop("unit", UNSET)
        unit: BudgetDurationUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = BudgetDurationUnit(_unit)

        value = d.pop("value", UNSET)

        budget_duration = cls(
            unit=unit,
            value=value,
        )

        budget_duration.additional_properties = d
        return budget_duration

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
