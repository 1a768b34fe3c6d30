# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimePeriodWeeklyRecurring")


@_attrs_define
class TimePeriodWeeklyRecurring:
    """Describing times that are recurring every week

    Attributes:
        type_ (None | str): Discriminator allowing to know the concrete type of the period
        name (None | str | Unset): Human-friendly name for the period
        days (list[DayOfWeek] | None | Unset): Days this is active
        start_time_utc (str | Unset): Start time in the day (UTC) where this is active
        end_time_utc (str | Unset): End time in the day (UTC) where this is active
    """

    type_: None | str
    name: None | str | Unset = UNSET
    days: list[DayOfWeek] | None | Unset = UNSET
    start_time_utc: str | Unset = UNSET
    end_time_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        days: list[str] | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        elif isinstance(self.days, list):
            days = []
            for days_type_0_item_data in self.days:
                days_type_0_item = days_type_0_item_data.value
                days.append(days_type_0_item)

        else:
            days = self.days

        start_time_utc = self.start_time_utc

        end_time_utc = self.end_time_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if days is not UNSET:
            field_dict["days"] = days
        if start_time_utc is not UNSET:
            field_dict["startTimeUtc"] = start_time_utc
        if end_time_utc is not UNSET:
            field_dict["endTimeUtc"] = end_time_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_days(data: object) -> list[DayOfWeek] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_type_0 = []
                _days_type_0 = data
                for days_type_0_item_data in _days_type_0:
                    days_type_0_item = DayOfWeek(days_type_0_item_data)

                    days_type_0.append(days_type_0_item)

                return days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DayOfWeek] | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))

        start_time_utc = d.pop("startTimeUtc", UNSET)

        end_time_utc = d.pop("endTimeUtc", UNSET)

        time_period_weekly_recurring = cls(
            type_=type_,
            name=name,
            days=days,
            start_time_utc=start_time_utc,
            end_time_utc=end_time_utc,
        )

        time_period_weekly_recurring.additional_properties = d
        return time_period_weekly_recurring

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
