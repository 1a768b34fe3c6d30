# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DependencyInput")


@_attrs_define
class DependencyInput:
    """Initial task dependency

    Attributes:
        depends_on (list[UUID] | None | Unset): List of tasks' Uuid the task depends on.
            The task will start only if these tasks are completed
    """

    depends_on: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = []
            for depends_on_type_0_item_data in self.depends_on:
                depends_on_type_0_item = str(depends_on_type_0_item_data)
                depends_on.append(depends_on_type_0_item)

        else:
            depends_on = self.depends_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_depends_on(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                depends_on_type_0 = []
                _depends_on_type_0 = data
                for depends_on_type_0_item_data in _depends_on_type_0:
                    depends_on_type_0_item = UUID(depends_on_type_0_item_data)

                    depends_on_type_0.append(depends_on_type_0_item)

                return depends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        depends_on = _parse_depends_on(d.pop("dependsOn", UNSET))

        dependency_input = cls(
            depends_on=depends_on,
        )

        return dependency_input
