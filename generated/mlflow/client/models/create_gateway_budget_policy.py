# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_action import BudgetAction
from ..models.budget_target_scope import BudgetTargetScope
from ..models.budget_unit import BudgetUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_duration import BudgetDuration


T = TypeVar("T", bound="CreateGatewayBudgetPolicy")


@_attrs_define
class CreateGatewayBudgetPolicy:
    """
    Attributes:
        budget_unit (BudgetUnit): Budget measurement unit
        budget_amount (float):
        duration (BudgetDuration): Fixed window duration: a (unit, value) pair that defines how long a budget window is
        target_scope (BudgetTargetScope): Target scope for a budget policy
        budget_action (BudgetAction): Action to take when a budget is exceeded
        created_by (str | Unset):
        target_value (str | Unset):
    """

    budget_unit: BudgetUnit
    budget_amount: float
    duration: BudgetDuration
    target_scope: BudgetTargetScope
    budget_action: BudgetAction
    created_by: str | Unset = UNSET
    target_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_unit = self.budget_unit.value

        budget_amount = self.budget_amount

        duration = self.duration.to_dict()

        target_scope = self.target_scope.value

        budget_action = self.budget_action.value

        created_by = self.created_by

        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_unit": budget_unit,
                "budget_amount": budget_amount,
                "duration": duration,
                "target_scope": target_scope,
                "budget_action": budget_action,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if target_value is not UNSET:
            field_dict["target_value"] = target_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_duration import BudgetDuration

        d = dict(src_dict)
        budget_unit = BudgetUnit(d.pop("budget_unit"))

        budget_amount = d.pop("budget_amount")

        duration = BudgetDuration.from_dict(d.pop("duration"))

        target_scope = BudgetTargetScope(d.pop("target_scope"))

        budget_action = BudgetAction(d.pop("budget_action"))

        created_by = d.pop("created_by", UNSET)

        target_value = d.pop("target_value", UNSET)

        create_gateway_budget_policy = cls(
            budget_unit=budget_unit,
            budget_amount=budget_amount,
            duration=duration,
            target_scope=target_scope,
            budget_action=budget_action,
            created_by=created_by,
            target_value=target_value,
        )

        create_gateway_budget_policy.additional_properties = d
        return create_gateway_budget_policy

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
