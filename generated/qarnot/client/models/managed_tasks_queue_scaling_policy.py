# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_period_always import TimePeriodAlways
    from ..models.time_period_weekly_recurring import TimePeriodWeeklyRecurring


T = TypeVar("T", bound="ManagedTasksQueueScalingPolicy")


@_attrs_define
class ManagedTasksQueueScalingPolicy:
    """Details for a scaling policy based on the tasks in queue on the pool

    Attributes:
        type_ (None | str): Type of the policy
        name (None | str | Unset): Policy name
        enabled_periods (list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset): Times where this policy is
            enabled. Outside the specified periods, it'll be ignored
        min_total_slots (int | None | Unset): Minimum number of slots that should be provisioned at all times, even if
            there is nothing in queue
        max_total_slots (int | None | Unset): Maximum number of slots that should be provisioned at any times, whatever
            the number of tasks in queue
        min_idle_slots (int | None | Unset): Minimum number of slots that should be provisioned AND idle at all times
        min_idle_time_seconds (int | None | Unset): Number of seconds without executing a task after which a slot is
            considered idle
        scaling_factor (float | None | Unset): Proportion relative to MaxTotalSlots of new slots that will be
            provisioned at once when scaling up
    """

    type_: None | str
    name: None | str | Unset = UNSET
    enabled_periods: list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset = UNSET
    min_total_slots: int | None | Unset = UNSET
    max_total_slots: int | None | Unset = UNSET
    min_idle_slots: int | None | Unset = UNSET
    min_idle_time_seconds: int | None | Unset = UNSET
    scaling_factor: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_period_always import TimePeriodAlways

        type_: None | str
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_periods, Unset):
            enabled_periods = UNSET
        elif isinstance(self.enabled_periods, list):
            enabled_periods = []
            for enabled_periods_type_0_item_data in self.enabled_periods:
                enabled_periods_type_0_item: dict[str, Any]
                if isinstance(enabled_periods_type_0_item_data, TimePeriodAlways):
                    enabled_periods_type_0_item = enabled_periods_type_0_item_data.to_dict()
                else:
                    enabled_periods_type_0_item = enabled_periods_type_0_item_data.to_dict()

                enabled_periods.append(enabled_periods_type_0_item)

        else:
            enabled_periods = self.enabled_periods

        min_total_slots: int | None | Unset
        if isinstance(self.min_total_slots, Unset):
            min_total_slots = UNSET
        else:
            min_total_slots = self.min_total_slots

        max_total_slots: int | None | Unset
        if isinstance(self.max_total_slots, Unset):
            max_total_slots = UNSET
        else:
            max_total_slots = self.max_total_slots

        min_idle_slots: int | None | Unset
        if isinstance(self.min_idle_slots, Unset):
            min_idle_slots = UNSET
        else:
            min_idle_slots = self.min_idle_slots

        min_idle_time_seconds: int | None | Unset
        if isinstance(self.min_idle_time_seconds, Unset):
            min_idle_time_seconds = UNSET
        else:
            min_idle_time_seconds = self.min_idle_time_seconds

        scaling_factor: float | None | Unset
        if isinstance(self.scaling_factor, Unset):
            scaling_factor = UNSET
        else:
            scaling_factor = self.scaling_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled_periods is not UNSET:
            field_dict["enabledPeriods"] = enabled_periods
        if min_total_slots is not UNSET:
            field_dict["minTotalSlots"] = min_total_slots
        if max_total_slots is not UNSET:
            field_dict["maxTotalSlots"] = max_total_slots
        if min_idle_slots is not UNSET:
            field_dict["minIdleSlots"] = min_idle_slots
        if min_idle_time_seconds is not UNSET:
            field_dict["minIdleTimeSeconds"] = min_idle_time_seconds
        if scaling_factor is not UNSET:
            field_dict["scalingFactor"] = scaling_factor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_period_always import TimePeriodAlways
        from ..models.time_period_weekly_recurring import TimePeriodWeeklyRecurring

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_enabled_periods(
            data: object,
        ) -> list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_periods_type_0 = []
                _enabled_periods_type_0 = data
                for enabled_periods_type_0_item_data in _enabled_periods_type_0:

                    def _parse_enabled_periods_type_0_item(
                        data: object,
                    ) -> TimePeriodAlways | TimePeriodWeeklyRecurring:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            enabled_periods_type_0_item_type_0 = TimePeriodAlways.from_dict(data)

                            return enabled_periods_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        enabled_periods_type_0_item_type_1 = TimePeriodWeeklyRecurring.from_dict(
                            data
                        )

                        return enabled_periods_type_0_item_type_1

                    enabled_periods_type_0_item = _parse_enabled_periods_type_0_item(
                        enabled_periods_type_0_item_data
                    )

                    enabled_periods_type_0.append(enabled_periods_type_0_item)

                return enabled_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset, data)

        enabled_periods = _parse_enabled_periods(d.pop("enabledPeriods", UNSET))

        def _parse_min_total_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_total_slots = _parse_min_total_slots(d.pop("minTotalSlots", UNSET))

        def _parse_max_total_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_total_slots = _parse_max_total_slots(d.pop("maxTotalSlots", UNSET))

        def _parse_min_idle_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_idle_slots = _parse_min_idle_slots(d.pop("minIdleSlots", UNSET))

        def _parse_min_idle_time_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_idle_time_seconds = _parse_min_idle_time_seconds(d.pop("minIdleTimeSeconds", UNSET))

        def _parse_scaling_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        scaling_factor = _parse_scaling_factor(d.pop("scalingFactor", UNSET))

        managed_tasks_queue_scaling_policy = cls(
            type_=type_,
            name=name,
            enabled_periods=enabled_periods,
            min_total_slots=min_total_slots,
            max_total_slots=max_total_slots,
            min_idle_slots=min_idle_slots,
            min_idle_time_seconds=min_idle_time_seconds,
            scaling_factor=scaling_factor,
        )

        managed_tasks_queue_scaling_policy.additional_properties = d
        return managed_tasks_queue_scaling_policy

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
