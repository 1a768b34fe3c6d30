# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.q_constant import QConstant
    from ..models.q_license import QLicense


T = TypeVar("T", bound="QProfile")


@_attrs_define
class QProfile:
    """This class gives details on a profile that can be used to launch a job with a given connection

    Attributes:
        name (None | str | Unset): Name of the profile. Example: blender-2.76.
        constants (list[QConstant] | None | Unset): All the predefined constants in the profile, overridable by the user
            to configure the job.
        licenses (list[QLicense] | None | Unset): Software Licenses that are available for the profile.
    """

    name: None | str | Unset = UNSET
    constants: list[QConstant] | None | Unset = UNSET
    licenses: list[QLicense] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        licenses: list[dict[str, Any]] | None | Unset
        if isinstance(self.licenses, Unset):
            licenses = UNSET
        elif isinstance(self.licenses, list):
            licenses = []
            for licenses_type_0_item_data in self.licenses:
                licenses_type_0_item = licenses_type_0_item_data.to_dict()
                licenses.append(licenses_type_0_item)

        else:
            licenses = self.licenses

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if constants is not UNSET:
            field_dict["constants"] = constants
        if licenses is not UNSET:
            field_dict["licenses"] = licenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.q_constant import QConstant
        from ..models.q_license import QLicense

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_constants(data: object) -> list[QConstant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = data
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = QConstant.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                return constants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QConstant] | None | Unset, data)

        constants = _parse_constants(d.pop("constants", UNSET))

        def _parse_licenses(data: object) -> list[QLicense] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                licenses_type_0 = []
                _licenses_type_0 = data
                for licenses_type_0_item_data in _licenses_type_0:
                    licenses_type_0_item = QLicense.from_dict(licenses_type_0_item_data)

                    licenses_type_0.append(licenses_type_0_item)

                return licenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QLicense] | None | Unset, data)

        licenses = _parse_licenses(d.pop("licenses", UNSET))

        q_profile = cls(
            name=name,
            constants=constants,
            licenses=licenses,
        )

        return q_profile
