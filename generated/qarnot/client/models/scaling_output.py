# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_scaling_policy import FixedScalingPolicy
    from ..models.managed_tasks_queue_scaling_policy import (
        ManagedTasksQueueScalingPolicy,
    )


T = TypeVar("T", bound="ScalingOutput")


@_attrs_define
class ScalingOutput:
    """Describing a scaling setup

    Attributes:
        policies (list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy] | None | Unset): List of individual scaling
            policies
        active_policy_name (None | str | Unset): Name of the currently active scaling policy
    """

    policies: list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy] | None | Unset = UNSET
    active_policy_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_scaling_policy import FixedScalingPolicy

        policies: list[dict[str, Any]] | None | Unset
        if isinstance(self.policies, Unset):
            policies = UNSET
        elif isinstance(self.policies, list):
            policies = []
            for policies_type_0_item_data in self.policies:
                policies_type_0_item: dict[str, Any]
                if isinstance(policies_type_0_item_data, FixedScalingPolicy):
                    policies_type_0_item = policies_type_0_item_data.to_dict()
                else:
                    policies_type_0_item = policies_type_0_item_data.to_dict()

                policies.append(policies_type_0_item)

        else:
            policies = self.policies

        active_policy_name: None | str | Unset
        if isinstance(self.active_policy_name, Unset):
            active_policy_name = UNSET
        else:
            active_policy_name = self.active_policy_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if policies is not UNSET:
            field_dict["policies"] = policies
        if active_policy_name is not UNSET:
            field_dict["activePolicyName"] = active_policy_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_scaling_policy import FixedScalingPolicy
        from ..models.managed_tasks_queue_scaling_policy import (
            ManagedTasksQueueScalingPolicy,
        )

        d = dict(src_dict)

        def _parse_policies(
            data: object,
        ) -> list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                policies_type_0 = []
                _policies_type_0 = data
                for policies_type_0_item_data in _policies_type_0:

                    def _parse_policies_type_0_item(
                        data: object,
                    ) -> FixedScalingPolicy | ManagedTasksQueueScalingPolicy:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            policies_type_0_item_type_0 = FixedScalingPolicy.from_dict(data)

                            return policies_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        policies_type_0_item_type_1 = ManagedTasksQueueScalingPolicy.from_dict(data)

                        return policies_type_0_item_type_1

                    policies_type_0_item = _parse_policies_type_0_item(policies_type_0_item_data)

                    policies_type_0.append(policies_type_0_item)

                return policies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy] | None | Unset,
                data,
            )

        policies = _parse_policies(d.pop("policies", UNSET))

        def _parse_active_policy_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_policy_name = _parse_active_policy_name(d.pop("activePolicyName", UNSET))

        scaling_output = cls(
            policies=policies,
            active_policy_name=active_policy_name,
        )

        return scaling_output
