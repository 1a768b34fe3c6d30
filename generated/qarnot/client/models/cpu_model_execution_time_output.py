# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuModelExecutionTimeOutput")


@_attrs_define
class CpuModelExecutionTimeOutput:
    """Execution time with a cpu model

    Attributes:
        model (None | str | Unset): Name of the cpu model
        time (float | Unset): Execution time
        core (int | Unset): Number of cores
    """

    model: None | str | Unset = UNSET
    time: float | Unset = UNSET
    core: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        time = self.time

        core = self.core

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if time is not UNSET:
            field_dict["time"] = time
        if core is not UNSET:
            field_dict["core"] = core

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        time = d.pop("time", UNSET)

        core = d.pop("core", UNSET)

        cpu_model_execution_time_output = cls(
            model=model,
            time=time,
            core=core,
        )

        return cpu_model_execution_time_output
