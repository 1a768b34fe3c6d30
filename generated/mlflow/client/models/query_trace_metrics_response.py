# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_data_point import MetricDataPoint


T = TypeVar("T", bound="QueryTraceMetricsResponse")


@_attrs_define
class QueryTraceMetricsResponse:
    """
    Attributes:
        data_points (list[MetricDataPoint] | Unset): Data points grouped by dimensions.
        next_page_token (str | Unset): Pagination token for fetching the next page.
            Empty if no more results are available.
    """

    data_points: list[MetricDataPoint] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_points, Unset):
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_points is not UNSET:
            field_dict["data_points"] = data_points
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_data_point import MetricDataPoint

        d = dict(src_dict)
        _data_points = d.pop("data_points", UNSET)
        data_points: list[MetricDataPoint] | Unset = UNSET
        if _data_points is not UNSET:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = MetricDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        next_page_token = d.pop("next_page_token", UNSET)

        query_trace_metrics_response = cls(
            data_points=data_points,
            next_page_token=next_page_token,
        )

        query_trace_metrics_response.additional_properties = d
        return query_trace_metrics_response

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
