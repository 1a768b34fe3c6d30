# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSchedulingQuotasOutput")


@_attrs_define
class UserSchedulingQuotasOutput:
    """Computation quota description

    Attributes:
        max_instances (int | Unset): Maximum number of instances of the given scheduling type that the user can run
            simultaneously. Example: 64.
        max_cores (int | Unset): Maximum number of cores running at the same time for instances with the given
            scheduling type. Example: 512.
        running_instances_count (int | Unset): Current number of running instances scheduled for the given scheduling
            type. Example: 1.
        running_core_count (int | Unset): Current number of running cores scheduled for the given scheduling type.
            Example: 1.
    """

    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    running_instances_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_instances = self.max_instances

        max_cores = self.max_cores

        running_instances_count = self.running_instances_count

        running_core_count = self.running_core_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores
        if running_instances_count is not UNSET:
            field_dict["runningInstancesCount"] = running_instances_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_instances = d.pop("maxInstances", UNSET)

        max_cores = d.pop("maxCores", UNSET)

        running_instances_count = d.pop("runningInstancesCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        user_scheduling_quotas_output = cls(
            max_instances=max_instances,
            max_cores=max_cores,
            running_instances_count=running_instances_count,
            running_core_count=running_core_count,
        )

        return user_scheduling_quotas_output
