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
    from ..models.list_gateway_budget_windows_budget_window import (
        ListGatewayBudgetWindowsBudgetWindow,
    )


T = TypeVar("T", bound="ListGatewayBudgetWindowsResponse")


@_attrs_define
class ListGatewayBudgetWindowsResponse:
    """
    Attributes:
        windows (list[ListGatewayBudgetWindowsBudgetWindow] | Unset):
    """

    windows: list[ListGatewayBudgetWindowsBudgetWindow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = []
            for windows_item_data in self.windows:
                windows_item = windows_item_data.to_dict()
                windows.append(windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if windows is not UNSET:
            field_dict["windows"] = windows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_gateway_budget_windows_budget_window import (
            ListGatewayBudgetWindowsBudgetWindow,
        )

        d = dict(src_dict)
        _windows = d.pop("windows", UNSET)
        windows: list[ListGatewayBudgetWindowsBudgetWindow] | Unset = UNSET
        if _windows is not UNSET:
            windows = []
            for windows_item_data in _windows:
                windows_item = ListGatewayBudgetWindowsBudgetWindow.from_dict(windows_item_data)

                windows.append(windows_item)

        list_gateway_budget_windows_response = cls(
            windows=windows,
        )

        list_gateway_budget_windows_response.additional_properties = d
        return list_gateway_budget_windows_response

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
