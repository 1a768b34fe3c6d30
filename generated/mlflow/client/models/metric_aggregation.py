# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_type import AggregationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricAggregation")


@_attrs_define
class MetricAggregation:
    """
    Attributes:
        aggregation_type (AggregationType | Unset): Aggregation type for metrics.
            - COUNT: Count of entities.
            - SUM: Sum of values.
            - AVG: Average of values.
            - PERCENTILE: Percentile aggregation (requires percentile_value parameter).
            - MIN: Minimum value.
            - MAX: Maximum value.
        percentile_value (float | Unset): The percentile value to compute (0-100), required when aggregation_type is
            PERCENTILE.
            Examples: 50 (median), 75, 90, 95, 99.
            This field is ignored for other aggregation types.
    """

    aggregation_type: AggregationType | Unset = UNSET
    percentile_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregation_type: str | Unset = UNSET
        if not isinstance(self.aggregation_type, Unset):
            aggregation_type = self.aggregation_type.value

        percentile_value = self.percentile_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregation_type is not UNSET:
            field_dict["aggregation_type"] = aggregation_type
        if percentile_value is not UNSET:
            field_dict["percentile_value"] = percentile_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _aggregation_type = d.pop("aggregation_type", UNSET)
        aggregation_type: AggregationType | Unset
        if isinstance(_aggregation_type, Unset):
            aggregation_type = UNSET
        else:
            aggregation_type = AggregationType(_aggregation_type)

        percentile_value = d.pop("percentile_value", UNSET)

        metric_aggregation = cls(
            aggregation_type=aggregation_type,
            percentile_value=percentile_value,
        )

        metric_aggregation.additional_properties = d
        return metric_aggregation

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
