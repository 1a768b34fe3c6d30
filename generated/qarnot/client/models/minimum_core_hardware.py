# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimum_core_hardware_discriminator import (
    MinimumCoreHardwareDiscriminator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimumCoreHardware")


@_attrs_define
class MinimumCoreHardware:
    """Constraint for minimum cores

    Attributes:
        discriminator (MinimumCoreHardwareDiscriminator): Type of hardware constraint Example: GpuHardwareConstraint.
        core_count (int | Unset): Minimum number of cores required Example: 16.
    """

    discriminator: MinimumCoreHardwareDiscriminator
    core_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator.value

        core_count = self.core_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discriminator = MinimumCoreHardwareDiscriminator(d.pop("discriminator"))

        core_count = d.pop("coreCount", UNSET)

        minimum_core_hardware = cls(
            discriminator=discriminator,
            core_count=core_count,
        )

        minimum_core_hardware.additional_properties = d
        return minimum_core_hardware

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
