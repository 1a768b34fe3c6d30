# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeByMachineSpecificationOutput")


@_attrs_define
class TimeByMachineSpecificationOutput:
    """Execution time with a machine specification

    Attributes:
        specification_key (None | str | Unset): Specification key
        time (float | Unset): Execution time
    """

    specification_key: None | str | Unset = UNSET
    time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        time = self.time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        time = d.pop("time", UNSET)

        time_by_machine_specification_output = cls(
            specification_key=specification_key,
            time=time,
        )

        return time_by_machine_specification_output
