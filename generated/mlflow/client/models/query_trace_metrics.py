# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_view_type import MetricViewType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_aggregation import MetricAggregation


T = TypeVar("T", bound="QueryTraceMetrics")


@_attrs_define
class QueryTraceMetrics:
    """Query aggregated metrics for traces, spans, or assessments.

    Attributes:
        experiment_ids (list[str]): Required: The experiment IDs to search traces.
        view_type (MetricViewType): View type for metrics aggregation.
            - TRACES: Aggregate at trace level.
            - SPANS: Aggregate at span level.
            - ASSESSMENTS: Aggregate at assessment level.
        metric_name (str): Required: The name of the metric to query (e.g. "latency").
        aggregations (list[MetricAggregation]): Required: The aggregations to apply.
        dimensions (list[str] | Unset): Optional: Dimensions to group metrics by. (e.g. "name", "status")
        filters (list[str] | Unset): Optional: Filter expressions to apply. (e.g. `trace.status="OK"`)
        time_interval_seconds (int | str | Unset): Optional: Time interval for grouping in seconds.
            When set, results automatically include a time dimension grouped by
            the specified interval.
            Examples: 60 (minute), 3600 (hour), 86400 (day), 604800 (week), 2592000 (month).
        start_time_ms (int | str | Unset): Optional: Start of time range in milliseconds since epoch.
            Required if time_interval_seconds is set.
        end_time_ms (int | str | Unset): Optional: End of time range in milliseconds since epoch.
            Required if time_interval_seconds is set.
        max_results (int | Unset): Optional: Maximum number of data points to return.
            Default: 1000 Default: 1000.
        page_token (str | Unset): Optional: Pagination token for fetching the next page of results.
    """

    experiment_ids: list[str]
    view_type: MetricViewType
    metric_name: str
    aggregations: list[MetricAggregation]
    dimensions: list[str] | Unset = UNSET
    filters: list[str] | Unset = UNSET
    time_interval_seconds: int | str | Unset = UNSET
    start_time_ms: int | str | Unset = UNSET
    end_time_ms: int | str | Unset = UNSET
    max_results: int | Unset = 1000
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids = self.experiment_ids

        view_type = self.view_type.value

        metric_name = self.metric_name

        aggregations = []
        for aggregations_item_data in self.aggregations:
            aggregations_item = aggregations_item_data.to_dict()
            aggregations.append(aggregations_item)

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        filters: list[str] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        time_interval_seconds: int | str | Unset
        if isinstance(self.time_interval_seconds, Unset):
            time_interval_seconds = UNSET
        else:
            time_interval_seconds = self.time_interval_seconds

        start_time_ms: int | str | Unset
        if isinstance(self.start_time_ms, Unset):
            start_time_ms = UNSET
        else:
            start_time_ms = self.start_time_ms

        end_time_ms: int | str | Unset
        if isinstance(self.end_time_ms, Unset):
            end_time_ms = UNSET
        else:
            end_time_ms = self.end_time_ms

        max_results = self.max_results

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_ids": experiment_ids,
                "view_type": view_type,
                "metric_name": metric_name,
                "aggregations": aggregations,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if time_interval_seconds is not UNSET:
            field_dict["time_interval_seconds"] = time_interval_seconds
        if start_time_ms is not UNSET:
            field_dict["start_time_ms"] = start_time_ms
        if end_time_ms is not UNSET:
            field_dict["end_time_ms"] = end_time_ms
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_aggregation import MetricAggregation

        d = dict(src_dict)
        experiment_ids = cast(list[str], d.pop("experiment_ids"))

        view_type = MetricViewType(d.pop("view_type"))

        metric_name = d.pop("metric_name")

        aggregations = []
        _aggregations = d.pop("aggregations")
        for aggregations_item_data in _aggregations:
            aggregations_item = MetricAggregation.from_dict(aggregations_item_data)

            aggregations.append(aggregations_item)

        dimensions = cast(list[str], d.pop("dimensions", UNSET))

        filters = cast(list[str], d.pop("filters", UNSET))

        def _parse_time_interval_seconds(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time_interval_seconds = _parse_time_interval_seconds(d.pop("time_interval_seconds", UNSET))

        def _parse_start_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        start_time_ms = _parse_start_time_ms(d.pop("start_time_ms", UNSET))

        def _parse_end_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        end_time_ms = _parse_end_time_ms(d.pop("end_time_ms", UNSET))

        max_results = d.pop("max_results", UNSET)

        page_token = d.pop("page_token", UNSET)

        query_trace_metrics = cls(
            experiment_ids=experiment_ids,
            view_type=view_type,
            metric_name=metric_name,
            aggregations=aggregations,
            dimensions=dimensions,
            filters=filters,
            time_interval_seconds=time_interval_seconds,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            max_results=max_results,
            page_token=page_token,
        )

        query_trace_metrics.additional_properties = d
        return query_trace_metrics

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
