# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeByInstanceOutput")


@_attrs_define
class TimeByInstanceOutput:
    """Execution time by an instance

    Attributes:
        instance_id (int | Unset): Id of the instance
        specification_key (None | str | Unset): Key of the hardware specification
        site_uuid (None | str | Unset): Name of the site where the execution was done
        time (float | Unset): Execution time
        time_ghz (float | Unset): Relative execution time
        clock_ratio (float | Unset): Clock ratio
    """

    instance_id: int | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    site_uuid: None | str | Unset = UNSET
    time: float | Unset = UNSET
    time_ghz: float | Unset = UNSET
    clock_ratio: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        site_uuid: None | str | Unset
        if isinstance(self.site_uuid, Unset):
            site_uuid = UNSET
        else:
            site_uuid = self.site_uuid

        time = self.time

        time_ghz = self.time_ghz

        clock_ratio = self.clock_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if site_uuid is not UNSET:
            field_dict["siteUuid"] = site_uuid
        if time is not UNSET:
            field_dict["time"] = time
        if time_ghz is not UNSET:
            field_dict["timeGhz"] = time_ghz
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        instance_id = d.pop("instanceId", UNSET)

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        def _parse_site_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_uuid = _parse_site_uuid(d.pop("siteUuid", UNSET))

        time = d.pop("time", UNSET)

        time_ghz = d.pop("timeGhz", UNSET)

        clock_ratio = d.pop("clockRatio", UNSET)

        time_by_instance_output = cls(
            instance_id=instance_id,
            specification_key=specification_key,
            site_uuid=site_uuid,
            time=time,
            time_ghz=time_ghz,
            clock_ratio=clock_ratio,
        )

        return time_by_instance_output
