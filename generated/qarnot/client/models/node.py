# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_value_leaf import MultipleValueLeaf
    from ..models.unit_value_leaf import UnitValueLeaf


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """Group of conditions

    Attributes:
        filters (list[MultipleValueLeaf | Node | UnitValueLeaf] | None): List of filters to associate with the logical
            operator
        operator (None | str | Unset): Operator to apply on the filter value.

            Available values:
            - Node: And, Or
            - Leaf: Equal, NotEqual, In, NotIn, LessThanOrEqual, LessThan, GreaterThanOrEqual, GreaterThan, Like Example:
            NotEqual.
    """

    filters: list[MultipleValueLeaf | Node | UnitValueLeaf] | None
    operator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_value_leaf import UnitValueLeaf

        filters: list[dict[str, Any]] | None
        if isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item: dict[str, Any]
                if isinstance(filters_type_0_item_data, Node) or isinstance(
                    filters_type_0_item_data, UnitValueLeaf
                ):
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                else:
                    filters_type_0_item = filters_type_0_item_data.to_dict()

                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filters": filters,
            }
        )
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.unit_value_leaf import UnitValueLeaf

        d = dict(src_dict)

        def _parse_filters(
            data: object,
        ) -> list[MultipleValueLeaf | Node | UnitValueLeaf] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:

                    def _parse_filters_type_0_item(
                        data: object,
                    ) -> MultipleValueLeaf | Node | UnitValueLeaf:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            filters_type_0_item_type_0 = Node.from_dict(data)

                            return filters_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            filters_type_0_item_type_1 = UnitValueLeaf.from_dict(data)

                            return filters_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_type_0_item_type_2 = MultipleValueLeaf.from_dict(data)

                        return filters_type_0_item_type_2

                    filters_type_0_item = _parse_filters_type_0_item(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MultipleValueLeaf | Node | UnitValueLeaf] | None, data)

        filters = _parse_filters(d.pop("filters"))

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        node = cls(
            filters=filters,
            operator=operator,
        )

        return node
