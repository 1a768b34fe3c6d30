# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_period_always import TimePeriodAlways
    from ..models.time_period_weekly_recurring import TimePeriodWeeklyRecurring


T = TypeVar("T", bound="ScalingPolicy")


@_attrs_define
class ScalingPolicy:
    """One scaling policy, which may not always be enabled

    Attributes:
        type_ (None | str): Type of the policy
        name (None | str | Unset): Policy name
        enabled_periods (list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset): Times where this policy is
            enabled. Outside the specified periods, it'll be ignored
    """

    type_: None | str
    name: None | str | Unset = UNSET
    enabled_periods: list[TimePeriodAlways | TimePeriodWeeklyRecurring] | None | Unset = UNSET

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled_periods is not UNSET:
            field_dict["enabledPeriods"] = enabled_periods

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

        scaling_policy = cls(
            type_=type_,
            name=name,
            enabled_periods=enabled_periods,
        )

        return scaling_policy
