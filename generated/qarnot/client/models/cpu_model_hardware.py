# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cpu_model_hardware_discriminator import CpuModelHardwareDiscriminator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuModelHardware")


@_attrs_define
class CpuModelHardware:
    """Constraint for CPU model

    Attributes:
        discriminator (CpuModelHardwareDiscriminator): Type of hardware constraint Example: GpuHardwareConstraint.
        cpu_model (None | str | Unset): Cpu model required Example: Ryzen 1700X.
    """

    discriminator: CpuModelHardwareDiscriminator
    cpu_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator.value

        cpu_model: None | str | Unset
        if isinstance(self.cpu_model, Unset):
            cpu_model = UNSET
        else:
            cpu_model = self.cpu_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discriminator = CpuModelHardwareDiscriminator(d.pop("discriminator"))

        def _parse_cpu_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_model = _parse_cpu_model(d.pop("cpuModel", UNSET))

        cpu_model_hardware = cls(
            discriminator=discriminator,
            cpu_model=cpu_model,
        )

        cpu_model_hardware.additional_properties = d
        return cpu_model_hardware

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
