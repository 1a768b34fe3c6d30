# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maximum_ram_hardware_discriminator import MaximumRamHardwareDiscriminator
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaximumRamHardware")


@_attrs_define
class MaximumRamHardware:
    """Constraint for maximum RAM

    Attributes:
        discriminator (MaximumRamHardwareDiscriminator): Type of hardware constraint Example: GpuHardwareConstraint.
        maximum_memory_mb (float | Unset): Maximum memory size required (in GB) Example: 100.
    """

    discriminator: MaximumRamHardwareDiscriminator
    maximum_memory_mb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator.value

        maximum_memory_mb = self.maximum_memory_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if maximum_memory_mb is not UNSET:
            field_dict["maximumMemoryMB"] = maximum_memory_mb

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discriminator = MaximumRamHardwareDiscriminator(d.pop("discriminator"))

        maximum_memory_mb = d.pop("maximumMemoryMB", UNSET)

        maximum_ram_hardware = cls(
            discriminator=discriminator,
            maximum_memory_mb=maximum_memory_mb,
        )

        maximum_ram_hardware.additional_properties = d
        return maximum_ram_hardware

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
