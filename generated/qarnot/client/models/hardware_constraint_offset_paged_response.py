# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_model_hardware import CpuModelHardware
    from ..models.gpu_hardware import GpuHardware
    from ..models.maximum_core_hardware import MaximumCoreHardware
    from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
    from ..models.maximum_ram_hardware import MaximumRamHardware
    from ..models.minimum_core_hardware import MinimumCoreHardware
    from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
    from ..models.minimum_ram_hardware import MinimumRamHardware
    from ..models.no_gpu_hardware import NoGpuHardware
    from ..models.no_ssd_hardware import NoSSDHardware
    from ..models.specific_hardware import SpecificHardware
    from ..models.ssd_hardware import SSDHardware


T = TypeVar("T", bound="HardwareConstraintOffsetPagedResponse")


@_attrs_define
class HardwareConstraintOffsetPagedResponse:
    """Response by batch of a specific type T

    Attributes:
        data (list[CpuModelHardware | GpuHardware | MaximumCoreHardware | MaximumRamCoreRatioHardware |
            MaximumRamHardware | MinimumCoreHardware | MinimumRamCoreRatioHardware | MinimumRamHardware | NoGpuHardware |
            NoSSDHardware | SpecificHardware | SSDHardware] | None | Unset):
        offset (int | Unset):
        limit (int | Unset):
        total (int | Unset):
    """

    data: (
        list[
            CpuModelHardware
            | GpuHardware
            | MaximumCoreHardware
            | MaximumRamCoreRatioHardware
            | MaximumRamHardware
            | MinimumCoreHardware
            | MinimumRamCoreRatioHardware
            | MinimumRamHardware
            | NoGpuHardware
            | NoSSDHardware
            | SpecificHardware
            | SSDHardware
        ]
        | None
        | Unset
    ) = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_hardware import GpuHardware
        from ..models.maximum_core_hardware import MaximumCoreHardware
        from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
        from ..models.maximum_ram_hardware import MaximumRamHardware
        from ..models.minimum_core_hardware import MinimumCoreHardware
        from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
        from ..models.minimum_ram_hardware import MinimumRamHardware
        from ..models.no_gpu_hardware import NoGpuHardware
        from ..models.no_ssd_hardware import NoSSDHardware
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if (
                    isinstance(data_type_0_item_data, MinimumCoreHardware)
                    or isinstance(data_type_0_item_data, MaximumCoreHardware)
                    or isinstance(data_type_0_item_data, MinimumRamHardware)
                    or isinstance(data_type_0_item_data, MaximumRamHardware)
                    or isinstance(data_type_0_item_data, SpecificHardware)
                    or isinstance(data_type_0_item_data, MinimumRamCoreRatioHardware)
                    or isinstance(data_type_0_item_data, MaximumRamCoreRatioHardware)
                    or isinstance(data_type_0_item_data, SSDHardware)
                    or isinstance(data_type_0_item_data, NoSSDHardware)
                    or isinstance(data_type_0_item_data, NoGpuHardware)
                    or isinstance(data_type_0_item_data, GpuHardware)
                ):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data.to_dict()

                data.append(data_type_0_item)

        else:
            data = self.data

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_hardware import CpuModelHardware
        from ..models.gpu_hardware import GpuHardware
        from ..models.maximum_core_hardware import MaximumCoreHardware
        from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
        from ..models.maximum_ram_hardware import MaximumRamHardware
        from ..models.minimum_core_hardware import MinimumCoreHardware
        from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
        from ..models.minimum_ram_hardware import MinimumRamHardware
        from ..models.no_gpu_hardware import NoGpuHardware
        from ..models.no_ssd_hardware import NoSSDHardware
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            list[
                CpuModelHardware
                | GpuHardware
                | MaximumCoreHardware
                | MaximumRamCoreRatioHardware
                | MaximumRamHardware
                | MinimumCoreHardware
                | MinimumRamCoreRatioHardware
                | MinimumRamHardware
                | NoGpuHardware
                | NoSSDHardware
                | SpecificHardware
                | SSDHardware
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:

                    def _parse_data_type_0_item(
                        data: object,
                    ) -> (
                        CpuModelHardware
                        | GpuHardware
                        | MaximumCoreHardware
                        | MaximumRamCoreRatioHardware
                        | MaximumRamHardware
                        | MinimumCoreHardware
                        | MinimumRamCoreRatioHardware
                        | MinimumRamHardware
                        | NoGpuHardware
                        | NoSSDHardware
                        | SpecificHardware
                        | SSDHardware
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_0 = MinimumCoreHardware.from_dict(data)

                            return data_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_1 = MaximumCoreHardware.from_dict(data)

                            return data_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_2 = MinimumRamHardware.from_dict(data)

                            return data_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_3 = MaximumRamHardware.from_dict(data)

                            return data_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_4 = SpecificHardware.from_dict(data)

                            return data_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_5 = MinimumRamCoreRatioHardware.from_dict(data)

                            return data_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_6 = MaximumRamCoreRatioHardware.from_dict(data)

                            return data_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_7 = SSDHardware.from_dict(data)

                            return data_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_8 = NoSSDHardware.from_dict(data)

                            return data_type_0_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_9 = NoGpuHardware.from_dict(data)

                            return data_type_0_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            data_type_0_item_type_10 = GpuHardware.from_dict(data)

                            return data_type_0_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        data_type_0_item_type_11 = CpuModelHardware.from_dict(data)

                        return data_type_0_item_type_11

                    data_type_0_item = _parse_data_type_0_item(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CpuModelHardware
                    | GpuHardware
                    | MaximumCoreHardware
                    | MaximumRamCoreRatioHardware
                    | MaximumRamHardware
                    | MinimumCoreHardware
                    | MinimumRamCoreRatioHardware
                    | MinimumRamHardware
                    | NoGpuHardware
                    | NoSSDHardware
                    | SpecificHardware
                    | SSDHardware
                ]
                | None
                | Unset,
                data,
            )

        data = _parse_data(d.pop("data", UNSET))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        total = d.pop("total", UNSET)

        hardware_constraint_offset_paged_response = cls(
            data=data,
            offset=offset,
            limit=limit,
            total=total,
        )

        return hardware_constraint_offset_paged_response
