# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeBySiteAndMachineOutput")


@_attrs_define
class TimeBySiteAndMachineOutput:
    """Execution time by a machine specification in a specific site

    Attributes:
        site_uuid (None | str | Unset): Name of the site where the execution was done
        specification_key (None | str | Unset): Key of the hardware specification
        time (float | Unset): Execution time
    """

    site_uuid: None | str | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        site_uuid: None | str | Unset
        if isinstance(self.site_uuid, Unset):
            site_uuid = UNSET
        else:
            site_uuid = self.site_uuid

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        time = self.time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if site_uuid is not UNSET:
            field_dict["siteUuid"] = site_uuid
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_site_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_uuid = _parse_site_uuid(d.pop("siteUuid", UNSET))

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        time = d.pop("time", UNSET)

        time_by_site_and_machine_output = cls(
            site_uuid=site_uuid,
            specification_key=specification_key,
            time=time,
        )

        return time_by_site_and_machine_output
