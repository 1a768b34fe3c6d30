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


T = TypeVar("T", bound="UpdateGatewayBudgetPolicy")


@_attrs_define
class UpdateGatewayBudgetPolicy:
    """
    Attributes:
        budget_policy_id (str):
        budget_unit (BudgetUnit | Unset): Budget measurement unit
        budget_amount (float | Unset):
        duration (BudgetDuration | Unset): Fixed window duration: a (unit, value) pair that defines how long a budget
            window is
        target_scope (BudgetTargetScope | Unset): Target scope for a budget policy
        budget_action (BudgetAction | Unset): Action to take when a budget is exceeded
        updated_by (str | Unset):
        target_value (str | Unset):
    """

    budget_policy_id: str
    budget_unit: BudgetUnit | Unset = UNSET
    budget_amount: float | Unset = UNSET
    duration: BudgetDuration | Unset = UNSET
    target_scope: BudgetTargetScope | Unset = UNSET
    budget_action: BudgetAction | Unset = UNSET
    updated_by: str | Unset = UNSET
    target_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_policy_id = self.budget_policy_id

        budget_unit: str | Unset = UNSET
        if not isinstance(self.budget_unit, Unset):
            budget_unit = self.budget_unit.value

        budget_amount = self.budget_amount

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        target_scope: str | Unset = UNSET
        if not isinstance(self.target_scope, Unset):
            target_scope = self.target_scope.value

        budget_action: str | Unset = UNSET
        if not isinstance(self.budget_action, Unset):
            budget_action = self.budget_action.value

        updated_by = self.updated_by

        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_policy_id": budget_policy_id,
            }
        )
        if budget_unit is not UNSET:
            field_dict["budget_unit"] = budget_unit
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if duration is not UNSET:
            field_dict["duration"] = duration
        if target_scope is not UNSET:
            field_dict["target_scope"] = target_scope
        if budget_action is not UNSET:
            field_dict["budget_action"] = budget_action
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if target_value is not UNSET:
            field_dict["target_value"] = target_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_duration import BudgetDuration

        d = dict(src_dict)
        budget_policy_id = d.pop("budget_policy_id")

        _budget_unit = d.pop("budget_unit", UNSET)
        budget_unit: BudgetUnit | Unset
        if isinstance(_budget_unit, Unset):
            budget_unit = UNSET
        else:
            budget_unit = BudgetUnit(_budget_unit)

        budget_amount = d.pop("budget_amount", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: BudgetDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = BudgetDuration.from_dict(_duration)

        _target_scope = d.pop("target_scope", UNSET)
        target_scope: BudgetTargetScope | Unset
        if isinstance(_target_scope, Unset):
            target_scope = UNSET
        else:
            target_scope = BudgetTargetScope(_target_scope)

        _budget_action = d.pop("budget_action", UNSET)
        budget_action: BudgetAction | Unset
        if isinstance(_budget_action, Unset):
            budget_action = UNSET
        else:
            budget_action = BudgetAction(_budget_action)

        updated_by = d.pop("updated_by", UNSET)

        target_value = d.pop("target_value", UNSET)

        update_gateway_budget_policy = cls(
            budget_policy_id=budget_policy_id,
            budget_unit=budget_unit,
            budget_amount=budget_amount,
            duration=duration,
            target_scope=target_scope,
            budget_action=budget_action,
            updated_by=updated_by,
            target_value=target_value,
        )

        update_gateway_budget_policy.additional_properties = d
        return update_gateway_budget_policy

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
