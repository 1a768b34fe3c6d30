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
    from ..models.unit_value_leaf import UnitValueLeaf


T = TypeVar("T", bound="PageDetailRequest")


@_attrs_define
class PageDetailRequest:
    """Detailed Request for a limited response

    Attributes:
        token (None | str | Unset): Token of the response. Example: token.
        filter_ (MultipleValueLeaf | Node | None | UnitValueLeaf | Unset): Filter to apply on data.
        maximum_results (int | None | Unset): Number maximal of results. Example: 1.
        order_by (None | str | Unset): Sorting property. Example: state.
        order_type (None | str | Unset): Type of ordering.

            ASC or DESC Example: ASC.
    """

    token: None | str | Unset = UNSET
    filter_: MultipleValueLeaf | Node | None | UnitValueLeaf | Unset = UNSET
    maximum_results: int | None | Unset = UNSET
    order_by: None | str | Unset = UNSET
    order_type: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.node import Node
        from ..models.unit_value_leaf import UnitValueLeaf

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

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

        order_by: None | str | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        else:
            order_by = self.order_by

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if maximum_results is not UNSET:
            field_dict["maximumResults"] = maximum_results
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiple_value_leaf import MultipleValueLeaf
        from ..models.node import Node
        from ..models.unit_value_leaf import UnitValueLeaf

        d = dict(src_dict)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

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

        def _parse_order_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

        def _parse_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_type = _parse_order_type(d.pop("orderType", UNSET))

        page_detail_request = cls(
            token=token,
            filter_=filter_,
            maximum_results=maximum_results,
            order_by=order_by,
            order_type=order_type,
        )

        return page_detail_request
