# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElasticPropertyOutput")


@_attrs_define
class ElasticPropertyOutput:
    """Elastic configuration for pool with a flexible size

    Attributes:
        is_elastic (bool | Unset): Whether the elastic behavior is activated Example: True.
        min_total_slots (int | Unset): Lower bound of slots number Example: 2.
        max_total_slots (int | Unset): Upper bound of slots number Example: 10.
        min_idle_slots (int | Unset): Number of slots doing nothing that should be maintained.
            They are up and waiting for hot dispatch. Example: 1.
        resize_period (int | Unset): Time between the update Example: 30.
        ramp_resize_factor (float | Unset): Factor of resizing, in order to close or open progressively slots.
            Range: 0 <= x < 1 Example: 0.3.
        min_idle_time_seconds (int | Unset): Minimum time to wait for an idle slot:
            when a slot is empty, wait X seconds before allowing the slot to be closed or reused Example: 10.
    """

    is_elastic: bool | Unset = UNSET
    min_total_slots: int | Unset = UNSET
    max_total_slots: int | Unset = UNSET
    min_idle_slots: int | Unset = UNSET
    resize_period: int | Unset = UNSET
    ramp_resize_factor: float | Unset = UNSET
    min_idle_time_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_elastic = self.is_elastic

        min_total_slots = self.min_total_slots

        max_total_slots = self.max_total_slots

        min_idle_slots = self.min_idle_slots

        resize_period = self.resize_period

        ramp_resize_factor = self.ramp_resize_factor

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
        is_elastic = d.pop("isElastic", UNSET)

        min_total_slots = d.pop("minTotalSlots", UNSET)

        max_total_slots = d.pop("maxTotalSlots", UNSET)

        min_idle_slots = d.pop("minIdleSlots", UNSET)

        resize_period = d.pop("resizePeriod", UNSET)

        ramp_resize_factor = d.pop("rampResizeFactor", UNSET)

        min_idle_time_seconds = d.pop("minIdleTimeSeconds", UNSET)

        elastic_property_output = cls(
            is_elastic=is_elastic,
            min_total_slots=min_total_slots,
            max_total_slots=max_total_slots,
            min_idle_slots=min_idle_slots,
            resize_period=resize_period,
            ramp_resize_factor=ramp_resize_factor,
            min_idle_time_seconds=min_idle_time_seconds,
        )

        return elastic_property_output
