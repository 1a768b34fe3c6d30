# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.forced_constant_access import ForcedConstantAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForcedConstant")


@_attrs_define
class ForcedConstant:
    """Describe a constant to be overriden when running the task.

    This is meant to be used for development only and require
    specific permissions.

        Attributes:
            constant_name (None | str | Unset): The name of the constant to override.
            forced_value (None | str | Unset): The new value for the constant. The value is
                unchanged if the field is not present or null.
            force_export_in_environment (bool | None | Unset): Change whether the constant should be exported
                to the environment or not. The behaviour is unchanged
                if the field is not present or null.
            access (ForcedConstantAccess | Unset): Possible values for the Access property of a
                ForcedConstant object.
    """

    constant_name: None | str | Unset = UNSET
    forced_value: None | str | Unset = UNSET
    force_export_in_environment: bool | None | Unset = UNSET
    access: ForcedConstantAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        constant_name: None | str | Unset
        if isinstance(self.constant_name, Unset):
            constant_name = UNSET
        else:
            constant_name = self.constant_name

        forced_value: None | str | Unset
        if isinstance(self.forced_value, Unset):
            forced_value = UNSET
        else:
            forced_value = self.forced_value

        force_export_in_environment: bool | None | Unset
        if isinstance(self.force_export_in_environment, Unset):
            force_export_in_environment = UNSET
        else:
            force_export_in_environment = self.force_export_in_environment

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if constant_name is not UNSET:
            field_dict["constantName"] = constant_name
        if forced_value is not UNSET:
            field_dict["forcedValue"] = forced_value
        if force_export_in_environment is not UNSET:
            field_dict["forceExportInEnvironment"] = force_export_in_environment
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_constant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        constant_name = _parse_constant_name(d.pop("constantName", UNSET))

        def _parse_forced_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forced_value = _parse_forced_value(d.pop("forcedValue", UNSET))

        def _parse_force_export_in_environment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_export_in_environment = _parse_force_export_in_environment(
            d.pop("forceExportInEnvironment", UNSET)
        )

        _access = d.pop("access", UNSET)
        access: ForcedConstantAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ForcedConstantAccess(_access)

        forced_constant = cls(
            constant_name=constant_name,
            forced_value=forced_value,
            force_export_in_environment=force_export_in_environment,
            access=access,
        )

        return forced_constant
