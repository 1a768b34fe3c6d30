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
    from ..models.node import Node
    from ..models.select import Select
    from ..models.unit_value_leaf import UnitValueLeaf


T = TypeVar("T", bound="DataDetailRequest")


@_attrs_define
class DataDetailRequest:
    """Detailed request for a limited response

    Attributes:
        select (Select | Unset): The results fields that should be displayed
        filter_ (MultipleValueLeaf | Node | None | UnitValueLeaf | Unset): Filter to apply on data
        maximum_results (int | None | Unset): Maximum number of results displayed Example: 1.
    """

    select: Select | Unset = UNSET
    filter_: MultipleValueLeaf | Node | None | UnitValueLeaf | Unset = UNSET
    maximum_results: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.node import Node
        from ..models.unit_value_leaf import UnitValueLeaf

        select: dict[str, Any] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = self.select.to_dict()

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif (
            isinstance(self.filter_, Node)
            or isinstance(self.filter_, UnitValueLeaf)
            or isinstance(self.filter_, MultipleValueLeaf)
        ):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        maximum_results: int | None | Unset
        if isinstance(self.maximum_results, Unset):
            maximum_results = UNSET
        else:
            maximum_results = self.maximum_results

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if select is not UNSET:
            field_dict["select"] = select
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if maximum_results is not UNSET:
            field_dict["maximumResults"] = maximum_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.node import Node
        from ..models.select import Select
        from ..models.unit_value_leaf import UnitValueLeaf

        d = dict(src_dict)
        _select = d.pop("select", UNSET)
        select: Select | Unset
        if isinstance(_select, Unset):
            select = UNSET
        else:
            select = Select.from_dict(_select)

        def _parse_filter_(
            data: object,
        ) -> MultipleValueLeaf | Node | None | UnitValueLeaf | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = Node.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_1 = UnitValueLeaf.from_dict(data)

                return filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_2 = MultipleValueLeaf.from_dict(data)

                return filter_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultipleValueLeaf | Node | None | UnitValueLeaf | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_maximum_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_results = _parse_maximum_results(d.pop("maximumResults", UNSET))

        data_detail_request = cls(
            select=select,
            filter_=filter_,
            maximum_results=maximum_results,
        )

        return data_detail_request
