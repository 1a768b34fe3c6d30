# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse",
)


@_attrs_define
class QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse:
    """
    Attributes:
        total_consumed_energy_wh (float | Unset): Total energy consumed during the computation (in Watt.hour) Example:
            306.043.
        total_energy_it_wh (float | Unset): Total energy purely consumed by the IT (in Watt.hour) Example: 300.064.
        total_reuse_energy_wh (float | Unset): Total energy reused for heating (in Watt.hour) Example: 294.041.
        carbon_footprint_c02_eq (float | Unset): Total Qarnot emissions, for providing computations and heat (in gCO2eq)
            Example: 17.7.
        pue (float | None | Unset): Power Usage Effectiveness Example: 1.001.
        ere (float | None | Unset): Energy Reuse Effectiveness Example: 0.036.
        erf (float | None | Unset): Energy Reuse Factor Example: 0.964.
        wue (float | None | Unset): Water Usage Effectiveness Example: 0.
        comparison_data_center_name (None | str | Unset): Name of the datacenter used for comparison Example: Common
            European Datacenter.
        equivalent_dc_carbon_footprint_c02_eq (float | Unset): Estimated emissions the computation would have emitted in
            the reference datacenter (in gCO2eq) Example: 84.5.
        saved_carbon_footprint_compute_c02_eq (float | Unset): Difference between the actual carbon emitted and the
            estimated emission in the reference datacenter (in gCO2eq) Example: 66.8.
        saved_carbon_footprint_heat_c02_eq (float | Unset): Difference between the actual carbon emitted and the
            estimated emission to produce same amount of heat by regular heating system (in gCO2eq) Example: 17.1.
        saved_carbon_footprint_compute_heat_c02_eq (float | Unset): Total saved carbon emissions from both Heat and
            Compute (in gCO2eq) Example: 83.8.
        saved_carbon_footprint_percentage (float | Unset): Saved carbon footprint divided by total estimated carbon
            footprint emitted by reference datacenter (in %) Example: 17.7.
    """

    total_consumed_energy_wh: float | Unset = UNSET
    total_energy_it_wh: float | Unset = UNSET
    total_reuse_energy_wh: float | Unset = UNSET
    carbon_footprint_c02_eq: float | Unset = UNSET
    pue: float | None | Unset = UNSET
    ere: float | None | Unset = UNSET
    erf: float | None | Unset = UNSET
    wue: float | None | Unset = UNSET
    comparison_data_center_name: None | str | Unset = UNSET
    equivalent_dc_carbon_footprint_c02_eq: float | Unset = UNSET
    saved_carbon_footprint_compute_c02_eq: float | Unset = UNSET
    saved_carbon_footprint_heat_c02_eq: float | Unset = UNSET
    saved_carbon_footprint_compute_heat_c02_eq: float | Unset = UNSET
    saved_carbon_footprint_percentage: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total_consumed_energy_wh = self.total_consumed_energy_wh

        total_energy_it_wh = self.total_energy_it_wh

        total_reuse_energy_wh = self.total_reuse_energy_wh

        carbon_footprint_c02_eq = self.carbon_footprint_c02_eq

        pue: float | None | Unset
        if isinstance(self.pue, Unset):
            pue = UNSET
        else:
            pue = self.pue

        ere: float | None | Unset
        if isinstance(self.ere, Unset):
            ere = UNSET
        else:
            ere = self.ere

        erf: float | None | Unset
        if isinstance(self.erf, Unset):
            erf = UNSET
        else:
            erf = self.erf

        wue: float | None | Unset
        if isinstance(self.wue, Unset):
            wue = UNSET
        else:
            wue = self.wue

        comparison_data_center_name: None | str | Unset
        if isinstance(self.comparison_data_center_name, Unset):
            comparison_data_center_name = UNSET
        else:
            comparison_data_center_name = self.comparison_data_center_name

        equivalent_dc_carbon_footprint_c02_eq = self.equivalent_dc_carbon_footprint_c02_eq

        saved_carbon_footprint_compute_c02_eq = self.saved_carbon_footprint_compute_c02_eq

        saved_carbon_footprint_heat_c02_eq = self.saved_carbon_footprint_heat_c02_eq

        saved_carbon_footprint_compute_heat_c02_eq = self.saved_carbon_footprint_compute_heat_c02_eq

        saved_carbon_footprint_percentage = self.saved_carbon_footprint_percentage

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if total_consumed_energy_wh is not UNSET:
            field_dict["totalConsumedEnergyWh"] = total_consumed_energy_wh
        if total_energy_it_wh is not UNSET:
            field_dict["totalEnergyITWh"] = total_energy_it_wh
        if total_reuse_energy_wh is not UNSET:
            field_dict["totalReuseEnergyWh"] = total_reuse_energy_wh
        if carbon_footprint_c02_eq is not UNSET:
            field_dict["carbonFootprintC02Eq"] = carbon_footprint_c02_eq
        if pue is not UNSET:
            field_dict["pue"] = pue
        if ere is not UNSET:
            field_dict["ere"] = ere
        if erf is not UNSET:
            field_dict["erf"] = erf
        if wue is not UNSET:
            field_dict["wue"] = wue
        if comparison_data_center_name is not UNSET:
            field_dict["comparisonDataCenterName"] = comparison_data_center_name
        if equivalent_dc_carbon_footprint_c02_eq is not UNSET:
            field_dict["equivalentDCCarbonFootprintC02Eq"] = equivalent_dc_carbon_footprint_c02_eq
        if saved_carbon_footprint_compute_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintComputeC02Eq"] = saved_carbon_footprint_compute_c02_eq
        if saved_carbon_footprint_heat_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintHeatC02Eq"] = saved_carbon_footprint_heat_c02_eq
        if saved_carbon_footprint_compute_heat_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintComputeHeatC02Eq"] = (
                saved_carbon_footprint_compute_heat_c02_eq
            )
        if saved_carbon_footprint_percentage is not UNSET:
            field_dict["savedCarbonFootprintPercentage"] = saved_carbon_footprint_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_consumed_energy_wh = d.pop("totalConsumedEnergyWh", UNSET)

        total_energy_it_wh = d.pop("totalEnergyITWh", UNSET)

        total_reuse_energy_wh = d.pop("totalReuseEnergyWh", UNSET)

        carbon_footprint_c02_eq = d.pop("carbonFootprintC02Eq", UNSET)

        def _parse_pue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pue = _parse_pue(d.pop("pue", UNSET))

        def _parse_ere(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ere = _parse_ere(d.pop("ere", UNSET))

        def _parse_erf(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        erf = _parse_erf(d.pop("erf", UNSET))

        def _parse_wue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        wue = _parse_wue(d.pop("wue", UNSET))

        def _parse_comparison_data_center_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comparison_data_center_name = _parse_comparison_data_center_name(
            d.pop("comparisonDataCenterName", UNSET)
        )

        equivalent_dc_carbon_footprint_c02_eq = d.pop("equivalentDCCarbonFootprintC02Eq", UNSET)

        saved_carbon_footprint_compute_c02_eq = d.pop("savedCarbonFootprintComputeC02Eq", UNSET)

        saved_carbon_footprint_heat_c02_eq = d.pop("savedCarbonFootprintHeatC02Eq", UNSET)

        saved_carbon_footprint_compute_heat_c02_eq = d.pop(
            "savedCarbonFootprintComputeHeatC02Eq", UNSET
        )

        saved_carbon_footprint_percentage = d.pop("savedCarbonFootprintPercentage", UNSET)

        qarnot_credits_public_api_use_cases_v1_get_task_carbon_facts_get_task_carbon_facts_response = cls(
            total_consumed_energy_wh=total_consumed_energy_wh,
            total_energy_it_wh=total_energy_it_wh,
            total_reuse_energy_wh=total_reuse_energy_wh,
            carbon_footprint_c02_eq=carbon_footprint_c02_eq,
            pue=pue,
            ere=ere,
            erf=erf,
            wue=wue,
            comparison_data_center_name=comparison_data_center_name,
            equivalent_dc_carbon_footprint_c02_eq=equivalent_dc_carbon_footprint_c02_eq,
            saved_carbon_footprint_compute_c02_eq=saved_carbon_footprint_compute_c02_eq,
            saved_carbon_footprint_heat_c02_eq=saved_carbon_footprint_heat_c02_eq,
            saved_carbon_footprint_compute_heat_c02_eq=saved_carbon_footprint_compute_heat_c02_eq,
            saved_carbon_footprint_percentage=saved_carbon_footprint_percentage,
        )

        return qarnot_credits_public_api_use_cases_v1_get_task_carbon_facts_get_task_carbon_facts_response
