# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElasticPropertyInput")


@_attrs_define
class ElasticPropertyInput:
    """Elastic configuration for pool with a flexible size

    *Obsolete, use scaling configuration instead*

        Attributes:
            is_elastic (bool | None | Unset): Whether the elastic behavior (auto-scaling) is activated Example: True.
            min_total_slots (int | None | Unset): Lower bound of slots number There will always be at least
                max(MinTotalSlots, MinIdleSlots) slots running. Example: 2.
            max_total_slots (int | None | Unset): Upper bound of slots number Example: 10.
            min_idle_slots (int | None | Unset): Number of slots doing nothing that should be maintained to be available in
                advance. Example: 1.
            resize_period (int | None | Unset): Refresh rate in seconds between each resizing. Example: 30.
            ramp_resize_factor (float | None | Unset): Factor of resizing, i.e. fraction of the max session size that can be
                opened on each adjustment, in order to close or open progressively slots.
                Range: 0 <= x < 1 Example: 0.3.
            min_idle_time_seconds (int | None | Unset): Minimum time in seconds to wait for an idle slot (controls the
                "stiffness" of the elastic session):
                when a slot is empty, wait X seconds before allowing the slot to be closed or reused Example: 10.
    """

    is_elastic: bool | None | Unset = UNSET
    min_total_slots: int | None | Unset = UNSET
    max_total_slots: int | None | Unset = UNSET
    min_idle_slots: int | None | Unset = UNSET
    resize_period: int | None | Unset = UNSET
    ramp_resize_factor: float | None | Unset = UNSET
    min_idle_time_seconds: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_elastic: bool | None | Unset
        if isinstance(self.is_elastic, Unset):
            is_elastic = UNSET
        else:
            is_elastic = self.is_elastic

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

        resize_period: int | None | Unset
        if isinstance(self.resize_period, Unset):
            resize_period = UNSET
        else:
            resize_period = self.resize_period

        ramp_resize_factor: float | None | Unset
        if isinstance(self.ramp_resize_factor, Unset):
            ramp_resize_factor = UNSET
        else:
            ramp_resize_factor = self.ramp_resize_factor

        min_idle_time_seconds: int | None | Unset
        if isinstance(self.min_idle_time_seconds, Unset):
            min_idle_time_seconds = UNSET
        else:
            min_idle_time_seconds = self.min_idle_time_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_elastic is not UNSET:
            field_dict["isElastic"] = is_elastic
        if min_total_slots is not UNSET:
            field_dict["minTotalSlots"] = min_total_slots
        if max_total_slots is not UNSET:
            field_dict["maxTotalSlots"] = max_total_slots
        if min_idle_slots is not UNSET:
            field_dict["minIdleSlots"] = min_idle_slots
        if resize_period is not UNSET:
            field_dict["resizePeriod"] = resize_period
        if ramp_resize_factor is not UNSET:
            field_dict["rampResizeFactor"] = ramp_resize_factor
        if min_idle_time_seconds is not UNSET:
            field_dict["minIdleTimeSeconds"] = min_idle_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_is_elastic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_elastic = _parse_is_elastic(d.pop("isElastic", UNSET))

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

        def _parse_resize_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resize_period = _parse_resize_period(d.pop("resizePeriod", UNSET))

        def _parse_ramp_resize_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ramp_resize_factor = _parse_ramp_resize_factor(d.pop("rampResizeFactor", UNSET))

        def _parse_min_idle_time_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_idle_time_seconds = _parse_min_idle_time_seconds(d.pop("minIdleTimeSeconds", UNSET))

        elastic_property_input = cls(
            is_elastic=is_elastic,
            min_total_slots=min_total_slots,
            max_total_slots=max_total_slots,
            min_idle_slots=min_idle_slots,
            resize_period=resize_period,
            ramp_resize_factor=ramp_resize_factor,
            min_idle_time_seconds=min_idle_time_seconds,
        )

        return elastic_property_input
