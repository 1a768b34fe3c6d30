# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_value_leaf import MultipleValueLeaf
    from ..models.unit_value_leaf import UnitValueLeaf


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """Group of conditions

    Attributes:
        operator (None | str | Unset): Operator to apply on the filter value.

            Available values:
            - Node: And, Or
            - Leaf: Equal, NotEqual, In, NotIn, LessThanOrEqual, LessThan, GreaterThanOrEqual, GreaterThan, Like Example:
            NotEqual.
        filters (list[MultipleValueLeaf | Node | UnitValueLeaf] | None | Unset): List of filters to associate with the
            logical operator
    """

    operator: None | str | Unset = UNSET
    filters: list[MultipleValueLeaf | Node | UnitValueLeaf] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_value_leaf import UnitValueLeaf

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.unit_value_leaf import UnitValueLeaf

        d = dict(src_dict)

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_filters(
            data: object,
        ) -> list[MultipleValueLeaf | Node | UnitValueLeaf] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[MultipleValueLeaf | Node | UnitValueLeaf] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        node = cls(
            operator=operator,
            filters=filters,
        )

        node.additional_properties = d
        return node

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
