# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateTraceFilterCorrelationResponse")


@_attrs_define
class CalculateTraceFilterCorrelationResponse:
    """
    Attributes:
        npmi (float | Unset): Normalized Pointwise Mutual Information score (-1 to 1).
        npmi_smoothed (float | Unset): Smoothed NPMI value with Jeffreys prior for robustness.
        filter1_count (int | Unset): Number of traces matching the first filter.
        filter2_count (int | Unset): Number of traces matching the second filter.
        joint_count (int | Unset): Number of traces matching both filters.
        total_count (int | Unset): Total number of traces in the experiments.
    """

    npmi: float | Unset = UNSET
    npmi_smoothed: float | Unset = UNSET
    filter1_count: int | Unset = UNSET
    filter2_count: int | Unset = UNSET
    joint_count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        npmi = self.npmi

        npmi_smoothed = self.npmi_smoothed

        filter1_count = self.filter1_count

        filter2_count = self.filter2_count

        joint_count = self.joint_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if npmi is not UNSET:
            field_dict["npmi"] = npmi
        if npmi_smoothed is not UNSET:
            field_dict["npmi_smoothed"] = npmi_smoothed
        if filter1_count is not UNSET:
            field_dict["filter1_count"] = filter1_count
        if filter2_count is not UNSET:
            field_dict["filter2_count"] = filter2_count
        if joint_count is not UNSET:
            field_dict["joint_count"] = joint_count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        npmi = d.pop("npmi", UNSET)

        npmi_smoothed = d.pop("npmi_smoothed", UNSET)

        filter1_count = d.pop("filter1_count", UNSET)

        filter2_count = d.pop("filter2_count", UNSET)

        joint_count = d.pop("joint_count", UNSET)

        total_count = d.pop("total_count", UNSET)

        calculate_trace_filter_correlation_response = cls(
            npmi=npmi,
            npmi_smoothed=npmi_smoothed,
            filter1_count=filter1_count,
            filter2_count=filter2_count,
            joint_count=joint_count,
            total_count=total_count,
        )

        calculate_trace_filter_correlation_response.additional_properties = d
        return calculate_trace_filter_correlation_response

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
