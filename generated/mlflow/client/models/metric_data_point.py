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
    from ..models.metric_data_point_dimensions import MetricDataPointDimensions
    from ..models.metric_data_point_values import MetricDataPointValues


T = TypeVar("T", bound="MetricDataPoint")


@_attrs_define
class MetricDataPoint:
    """A single data point with dimension values and metric values.

    Attributes:
        metric_name (str | Unset): Metric name, e.g. "latency"
        dimensions (MetricDataPointDimensions | Unset): Dimension values for this data point
            Keys correspond to dimensions
            e.g., {"status": "OK"}
        values (MetricDataPointValues | Unset): Metric values for this data point
            Keys are aggregation types
            e.g., {"AVG": 150, "P99": 234.5}
    """

    metric_name: str | Unset = UNSET
    dimensions: MetricDataPointDimensions | Unset = UNSET
    values: MetricDataPointValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_data_point_dimensions import MetricDataPointDimensions
        from ..models.metric_data_point_values import MetricDataPointValues

        d = dict(src_dict)
        metric_name = d.pop("metric_name", UNSET)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: MetricDataPointDimensions | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = MetricDataPointDimensions.from_dict(_dimensions)

        _values = d.pop("values", UNSET)
        values: MetricDataPointValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = MetricDataPointValues.from_dict(_values)

        metric_data_point = cls(
            metric_name=metric_name,
            dimensions=dimensions,
            values=values,
        )

        metric_data_point.additional_properties = d
        return metric_data_point

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
