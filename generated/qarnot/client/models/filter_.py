# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """Filter to get only a part of the data

    Attributes:
        operator (None | str | Unset): Operator to apply on the filter value.

            Available values:
            - Node: And, Or
            - Leaf: Equal, NotEqual, In, NotIn, LessThanOrEqual, LessThan, GreaterThanOrEqual, GreaterThan, Like Example:
            NotEqual.
    """

    operator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        filter_ = cls(
            operator=operator,
        )

        return filter_
