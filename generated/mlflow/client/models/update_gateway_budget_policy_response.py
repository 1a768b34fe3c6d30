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
    from ..models.gateway_budget_policy import GatewayBudgetPolicy


T = TypeVar("T", bound="UpdateGatewayBudgetPolicyResponse")


@_attrs_define
class UpdateGatewayBudgetPolicyResponse:
    """
    Attributes:
        budget_policy (GatewayBudgetPolicy | Unset): Represents a budget policy for the AI Gateway
    """

    budget_policy: GatewayBudgetPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget_policy, Unset):
            budget_policy = self.budget_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_policy is not UNSET:
            field_dict["budget_policy"] = budget_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_budget_policy import GatewayBudgetPolicy

        d = dict(src_dict)
        _budget_policy = d.pop("budget_policy", UNSET)
        budget_policy: GatewayBudgetPolicy | Unset
        if isinstance(_budget_policy, Unset):
            budget_policy = UNSET
        else:
            budget_policy = GatewayBudgetPolicy.from_dict(_budget_policy)

        update_gateway_budget_policy_response = cls(
            budget_policy=budget_policy,
        )

        update_gateway_budget_policy_response.additional_properties = d
        return update_gateway_budget_policy_response

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
