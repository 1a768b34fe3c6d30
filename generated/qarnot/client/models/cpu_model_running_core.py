# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuModelRunningCore")


@_attrs_define
class CpuModelRunningCore:
    """Information about the cpu model's cores

    Attributes:
        model (None | str | Unset): Name of the Cpu model
        core (int | Unset): Number total of cores of the cpu
        running_corecount (int | Unset): Number of running cores
    """

    model: None | str | Unset = UNSET
    core: int | Unset = UNSET
    running_corecount: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        core = self.core

        running_corecount = self.running_corecount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if core is not UNSET:
            field_dict["core"] = core
        if running_corecount is not UNSET:
            field_dict["runningCorecount"] = running_corecount

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

        core = d.pop("core", UNSET)

        running_corecount = d.pop("runningCorecount", UNSET)

        cpu_model_running_core = cls(
            model=model,
            core=core,
            running_corecount=running_corecount,
        )

        return cpu_model_running_core
