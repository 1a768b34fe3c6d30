# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolPreparationTaskOutput")


@_attrs_define
class PoolPreparationTaskOutput:
    """Actions to prepare the pool environment before any task is executed

    Attributes:
        command_line (None | str | Unset): Command to execute before any task is executed (if the profile allows it)
            Example: echo "pool setting up".
    """

    command_line: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command_line: None | str | Unset
        if isinstance(self.command_line, Unset):
            command_line = UNSET
        else:
            command_line = self.command_line

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if command_line is not UNSET:
            field_dict["commandLine"] = command_line

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_command_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_line = _parse_command_line(d.pop("commandLine", UNSET))

        pool_preparation_task_output = cls(
            command_line=command_line,
        )

        return pool_preparation_task_output
