# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.specific_hardware_discriminator import SpecificHardwareDiscriminator
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecificHardware")


@_attrs_define
class SpecificHardware:
    """Constraint for a specific hardware

    Attributes:
        discriminator (SpecificHardwareDiscriminator): Type of hardware constraint Example: GpuHardwareConstraint.
        specification_key (None | str | Unset): Key name of the required specific hardware.
            All the hardware containing the value in their name will be accepted. Example: AMD Ryzen 7.
    """

    discriminator: SpecificHardwareDiscriminator
    specification_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator.value

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discriminator = SpecificHardwareDiscriminator(d.pop("discriminator"))

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        specific_hardware = cls(
            discriminator=discriminator,
            specification_key=specification_key,
        )

        specific_hardware.additional_properties = d
        return specific_hardware

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
