# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimum_ram_core_ratio_hardware_discriminator import (
    MinimumRamCoreRatioHardwareDiscriminator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimumRamCoreRatioHardware")


@_attrs_define
class MinimumRamCoreRatioHardware:
    """Constraint for minimum ratio RAM/cores

    Attributes:
        discriminator (MinimumRamCoreRatioHardwareDiscriminator): Type of hardware constraint Example:
            GpuHardwareConstraint.
        minimum_memory_gb_core_ratio (float | Unset): Minimum memory per core ratio required (in GB) Example: 1.
    """

    discriminator: MinimumRamCoreRatioHardwareDiscriminator
    minimum_memory_gb_core_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator.value

        minimum_memory_gb_core_ratio = self.minimum_memory_gb_core_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if minimum_memory_gb_core_ratio is not UNSET:
            field_dict["minimumMemoryGBCoreRatio"] = minimum_memory_gb_core_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discriminator = MinimumRamCoreRatioHardwareDiscriminator(d.pop("discriminator"))

        minimum_memory_gb_core_ratio = d.pop("minimumMemoryGBCoreRatio", UNSET)

        minimum_ram_core_ratio_hardware = cls(
            discriminator=discriminator,
            minimum_memory_gb_core_ratio=minimum_memory_gb_core_ratio,
        )

        minimum_ram_core_ratio_hardware.additional_properties = d
        return minimum_ram_core_ratio_hardware

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
