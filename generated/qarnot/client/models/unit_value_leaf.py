# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitValueLeaf")


@_attrs_define
class UnitValueLeaf:
    """Condition value to which the value should be compared to

    Attributes:
        value (None | str): Value of the property in the filter operation Example: hello.
        field (None | str | Unset): Name of the field to filter Example: Name.
        operator (None | str | Unset): Operator to apply on the filter value.

            Available values:
            - Node: And, Or
            - Leaf: Equal, NotEqual, In, NotIn, LessThanOrEqual, LessThan, GreaterThanOrEqual, GreaterThan, Like Example:
            NotEqual.
    """

    value: None | str
    field: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value: None | str
        value = self.value

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        unit_value_leaf = cls(
            value=value,
            field=field,
            operator=operator,
        )

        return unit_value_leaf
