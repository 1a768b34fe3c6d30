# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuModelExecutionTimeGhzOutput")


@_attrs_define
class CpuModelExecutionTimeGhzOutput:
    """Relative execution time with a cpu model

    Attributes:
        model (None | str | Unset): Name of the cpu model
        time_ghz (float | Unset): Relative execution time
        clock_ratio (float | Unset): Clock ratio
        core (int | Unset): Number of cores
    """

    model: None | str | Unset = UNSET
    time_ghz: float | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    core: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        time_ghz = self.time_ghz

        clock_ratio = self.clock_ratio

        core = self.core

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if time_ghz is not UNSET:
            field_dict["timeGhz"] = time_ghz
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio
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

        time_ghz = d.pop("timeGhz", UNSET)

        clock_ratio = d.pop("clockRatio", UNSET)

        core = d.pop("core", UNSET)

        cpu_model_execution_time_ghz_output = cls(
            model=model,
            time_ghz=time_ghz,
            clock_ratio=clock_ratio,
            core=core,
        )

        return cpu_model_execution_time_ghz_output
