# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListGatewayBudgetWindowsBudgetWindow")


@_attrs_define
class ListGatewayBudgetWindowsBudgetWindow:
    """
    Attributes:
        budget_policy_id (str | Unset):
        window_start_ms (int | str | Unset):
        window_end_ms (int | str | Unset):
        current_spend (float | Unset):
    """

    budget_policy_id: str | Unset = UNSET
    window_start_ms: int | str | Unset = UNSET
    window_end_ms: int | str | Unset = UNSET
    current_spend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_policy_id = self.budget_policy_id

        window_start_ms: int | str | Unset
        if isinstance(self.window_start_ms, Unset):
            window_start_ms = UNSET
        else:
            window_start_ms = self.window_start_ms

        window_end_ms: int | str | Unset
        if isinstance(self.window_end_ms, Unset):
            window_end_ms = UNSET
        else:
            window_end_ms = self.window_end_ms

        current_spend = self.current_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_policy_id is not UNSET:
            field_dict["budget_policy_id"] = budget_policy_id
        if window_start_ms is not UNSET:
            field_dict["window_start_ms"] = window_start_ms
        if window_end_ms is not UNSET:
            field_dict["window_end_ms"] = window_end_ms
        if current_spend is not UNSET:
            field_dict["current_spend"] = current_spend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_policy_id = d.pop("budget_policy_id", UNSET)

        def _parse_window_start_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        window_start_ms = _parse_window_start_ms(d.pop("window_start_ms", UNSET))

        def _parse_window_end_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        window_end_ms = _parse_window_end_ms(d.pop("window_end_ms", UNSET))

        current_spend = d.pop("current_spend", UNSET)

        list_gateway_budget_windows_budget_window = cls(
            budget_policy_id=budget_policy_id,
            window_start_ms=window_start_ms,
            window_end_ms=window_end_ms,
            current_spend=current_spend,
        )

        list_gateway_budget_windows_budget_window.additional_properties = d
        return list_gateway_budget_windows_budget_window

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
