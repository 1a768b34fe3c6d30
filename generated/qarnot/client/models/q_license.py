# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QLicense")


@_attrs_define
class QLicense:
    """This class represents information on a software license available for a profile

    Attributes:
        name (None | str | Unset): Name of the software
        max_instances (int | Unset): Maximum number of concurrent instances of a license that can be used
        max_cores (int | Unset): Maximum number of cores available for the license
    """

    name: None | str | Unset = UNSET
    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        max_instances = self.max_instances

        max_cores = self.max_cores

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        max_instances = d.pop("maxInstances", UNSET)

        max_cores = d.pop("maxCores", UNSET)

        q_license = cls(
            name=name,
            max_instances=max_instances,
            max_cores=max_cores,
        )

        return q_license
