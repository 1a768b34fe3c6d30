# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateTraceFilterCorrelation")


@_attrs_define
class CalculateTraceFilterCorrelation:
    """
    Attributes:
        experiment_ids (list[str]): List of experiment IDs to search within.
        filter_string1 (str): First filter condition (e.g., "span.type = 'LLM'").
        filter_string2 (str): Second filter condition (e.g., "feedback.quality > 0.8").
        base_filter (str | Unset): Optional base filter that both filter1 and filter2 are tested on top of
            (e.g., 'request_time > ... and request_time < ...' for time windows).
    """

    experiment_ids: list[str]
    filter_string1: str
    filter_string2: str
    base_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids = self.experiment_ids

        filter_string1 = self.filter_string1

        filter_string2 = self.filter_string2

        base_filter = self.base_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_ids": experiment_ids,
                "filter_string1": filter_string1,
                "filter_string2": filter_string2,
            }
        )
        if base_filter is not UNSET:
            field_dict["base_filter"] = base_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_ids = cast(list[str], d.pop("experiment_ids"))

        filter_string1 = d.pop("filter_string1")

        filter_string2 = d.pop("filter_string2")

        base_filter = d.pop("base_filter", UNSET)

        calculate_trace_filter_correlation = cls(
            experiment_ids=experiment_ids,
            filter_string1=filter_string1,
            filter_string2=filter_string2,
            base_filter=base_filter,
        )

        calculate_trace_filter_correlation.additional_properties = d
        return calculate_trace_filter_correlation

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
