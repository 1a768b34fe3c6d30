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
    from ..models.trace_location import TraceLocation


T = TypeVar("T", bound="SearchTracesV3")


@_attrs_define
class SearchTracesV3:
    """
    Attributes:
        locations (list[TraceLocation]): A list of MLflow experiments to search over.
        filter_ (str | Unset): A filter expression over trace attributes and tags that allows returning a subset of
            traces. The syntax is a subset of SQL that supports ANDing together binary operations
            Example: ``trace.status = 'OK' and trace.timestamp_ms > 1711089570679``.
        max_results (int | Unset): Maximum number of traces desired. Max threshold is 500. Default: 100.
        order_by (list[str] | Unset): List of columns for ordering the results, e.g. ``["timestamp_ms DESC"]``.
        page_token (str | Unset): Token indicating the page of traces to fetch.
    """

    locations: list[TraceLocation]
    filter_: str | Unset = UNSET
    max_results: int | Unset = 100
    order_by: list[str] | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        filter_ = self.filter_

        max_results = self.max_results

        order_by: list[str] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locations": locations,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_location import TraceLocation

        d = dict(src_dict)
        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = TraceLocation.from_dict(locations_item_data)

            locations.append(locations_item)

        filter_ = d.pop("filter", UNSET)

        max_results = d.pop("max_results", UNSET)

        order_by = cast(list[str], d.pop("order_by", UNSET))

        page_token = d.pop("page_token", UNSET)

        search_traces_v3 = cls(
            locations=locations,
            filter_=filter_,
            max_results=max_results,
            order_by=order_by,
            page_token=page_token,
        )

        search_traces_v3.additional_properties = d
        return search_traces_v3

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
