# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reserved_scheduling_quotas_output import (
        ReservedSchedulingQuotasOutput,
    )
    from ..models.user_scheduling_quotas_output import UserSchedulingQuotasOutput


T = TypeVar("T", bound="UserComputingQuotasOutput")


@_attrs_define
class UserComputingQuotasOutput:
    """User computation quota description

    Attributes:
        flex (UserSchedulingQuotasOutput | Unset): Computation quota description
        on_demand (UserSchedulingQuotasOutput | Unset): Computation quota description
        reserved (list[ReservedSchedulingQuotasOutput] | None | Unset): List of quotas for each of the user reserved
            machines.
    """

    flex: UserSchedulingQuotasOutput | Unset = UNSET
    on_demand: UserSchedulingQuotasOutput | Unset = UNSET
    reserved: list[ReservedSchedulingQuotasOutput] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        flex: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flex, Unset):
            flex = self.flex.to_dict()

        on_demand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_demand, Unset):
            on_demand = self.on_demand.to_dict()

        reserved: list[dict[str, Any]] | None | Unset
        if isinstance(self.reserved, Unset):
            reserved = UNSET
        elif isinstance(self.reserved, list):
            reserved = []
            for reserved_type_0_item_data in self.reserved:
                reserved_type_0_item = reserved_type_0_item_data.to_dict()
                reserved.append(reserved_type_0_item)

        else:
            reserved = self.reserved

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if flex is not UNSET:
            field_dict["flex"] = flex
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if reserved is not UNSET:
            field_dict["reserved"] = reserved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reserved_scheduling_quotas_output import (
            ReservedSchedulingQuotasOutput,
        )
        from ..models.user_scheduling_quotas_output import UserSchedulingQuotasOutput

        d = dict(src_dict)
        _flex = d.pop("flex", UNSET)
        flex: UserSchedulingQuotasOutput | Unset
        if isinstance(_flex, Unset):
            flex = UNSET
        else:
            flex = UserSchedulingQuotasOutput.from_dict(_flex)

        _on_demand = d.pop("onDemand", UNSET)
        on_demand: UserSchedulingQuotasOutput | Unset
        if isinstance(_on_demand, Unset):
            on_demand = UNSET
        else:
            on_demand = UserSchedulingQuotasOutput.from_dict(_on_demand)

        def _parse_reserved(
            data: object,
        ) -> list[ReservedSchedulingQuotasOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reserved_type_0 = []
                _reserved_type_0 = data
                for reserved_type_0_item_data in _reserved_type_0:
                    reserved_type_0_item = ReservedSchedulingQuotasOutput.from_dict(
                        reserved_type_0_item_data
                    )

                    reserved_type_0.append(reserved_type_0_item)

                return reserved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReservedSchedulingQuotasOutput] | None | Unset, data)

        reserved = _parse_reserved(d.pop("reserved", UNSET))

        user_computing_quotas_output = cls(
            flex=flex,
            on_demand=on_demand,
            reserved=reserved,
        )

        return user_computing_quotas_output
