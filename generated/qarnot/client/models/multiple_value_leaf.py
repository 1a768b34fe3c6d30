# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultipleValueLeaf")


@_attrs_define
class MultipleValueLeaf:
    """A List of condition values to which the value should be compared to

    Attributes:
        values (list[str] | None): List of values for the filter
        field (None | str | Unset): Name of the field to filter Example: Name.
        operator (None | str | Unset): Operator to apply on the filter value.

            Available values:
            - Node: And, Or
            - Leaf: Equal, NotEqual, In, NotIn, LessThanOrEqual, LessThan, GreaterThanOrEqual, GreaterThan, Like Example:
            NotEqual.
    """

    values: list[str] | None
    field: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        values: list[str] | None
        if isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

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
                "values": values,
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

        def _parse_values(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        values = _parse_values(d.pop("values"))

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

        multiple_value_leaf = cls(
            values=values,
            field=field,
            operator=operator,
        )

        return multiple_value_leaf
