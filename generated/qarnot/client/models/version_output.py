# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionOutput")


@_attrs_define
class VersionOutput:
    """Information about the version of the API

    Attributes:
        version (None | str | Unset): Name of the supported Version of the API Example: v0.1.
        end_of_life (None | str | Unset): Date of the end of support for this version (null if not planned yet) Example:
            2020-03-16.
    """

    version: None | str | Unset = UNSET
    end_of_life: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        end_of_life: None | str | Unset
        if isinstance(self.end_of_life, Unset):
            end_of_life = UNSET
        else:
            end_of_life = self.end_of_life

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if end_of_life is not UNSET:
            field_dict["endOfLife"] = end_of_life

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_end_of_life(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_of_life = _parse_end_of_life(d.pop("endOfLife", UNSET))

        version_output = cls(
            version=version,
            end_of_life=end_of_life,
        )

        return version_output
