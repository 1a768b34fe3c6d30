# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_model_running_core import CpuModelRunningCore
    from ..models.q_running_instance_info_output import QRunningInstanceInfoOutput


T = TypeVar("T", bound="QRunningInstancesInfoOutput")


@_attrs_define
class QRunningInstancesInfoOutput:
    """Description of the resources a job is currently executing on

    Attributes:
        per_running_instance_info (list[QRunningInstanceInfoOutput] | None | Unset): List of all the
            Qarnot.Compute.Interface.QRunningInstanceInfoOutput each instance of the task is executing on
        snapshot_results (list[str] | None | Unset): Legacy list of snapshots results (deprecated)

            *snapshot results is deprecated*
        timestamp (datetime.datetime | Unset): Time at which this information has been reported (last update) Example:
            0001-01-01T00:00:00 .
        average_frequency_g_hz (float | Unset): Average frequency the CPUs executing this task are running at, in Ghz
            Example: 0.
        max_frequency_g_hz (float | Unset): Maximum frequency the CPUs executing this task are running at, in Ghz
            Example: 0.
        min_frequency_g_hz (float | Unset): Minimum frequency the CPUs executing this task are running at, inGhz
            Example: 0.
        average_max_frequency_g_hz (float | Unset): Average max frequency the CPUs could run at, in Ghz Example: 0.
        average_cpu_usage (float | Unset): Average cpu usage over all running CPUs Example: 0.
        cluster_power_indicator (float | Unset): Average ratio max frequency / actual frequency for CPUs executing the
            task. A good health status indicator for the cluster. Example: 1.
        average_memory_usage (float | Unset): Average used memory / total memory over all CPUs executing the task
            Example: 0.
        average_network_in_kbps (float | Unset): Average inbound network speed for all CPUs in Kbps Example: 0.
        average_network_out_kbps (float | Unset): Average outbound network speed for all CPUs in Kbps Example: 0.
        total_network_in_kbps (float | Unset): Total inbound network speed for all CPUs in Kbps Example: 0.
        total_network_out_kbps (float | Unset): Total outbound network speed for all CPUs in Kbps Example: 0.
        running_core_count_by_cpu_model (list[CpuModelRunningCore] | None | Unset): Core Information for each Cpu Model
    """

    per_running_instance_info: list[QRunningInstanceInfoOutput] | None | Unset = UNSET
    snapshot_results: list[str] | None | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    average_frequency_g_hz: float | Unset = UNSET
    max_frequency_g_hz: float | Unset = UNSET
    min_frequency_g_hz: float | Unset = UNSET
    average_max_frequency_g_hz: float | Unset = UNSET
    average_cpu_usage: float | Unset = UNSET
    cluster_power_indicator: float | Unset = UNSET
    average_memory_usage: float | Unset = UNSET
    average_network_in_kbps: float | Unset = UNSET
    average_network_out_kbps: float | Unset = UNSET
    total_network_in_kbps: float | Unset = UNSET
    total_network_out_kbps: float | Unset = UNSET
    running_core_count_by_cpu_model: list[CpuModelRunningCore] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        per_running_instance_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.per_running_instance_info, Unset):
            per_running_instance_info = UNSET
        elif isinstance(self.per_running_instance_info, list):
            per_running_instance_info = []
            for per_running_instance_info_type_0_item_data in self.per_running_instance_info:
                per_running_instance_info_type_0_item = (
                    per_running_instance_info_type_0_item_data.to_dict()
                )
                per_running_instance_info.append(per_running_instance_info_type_0_item)

        else:
            per_running_instance_info = self.per_running_instance_info

        snapshot_results: list[str] | None | Unset
        if isinstance(self.snapshot_results, Unset):
            snapshot_results = UNSET
        elif isinstance(self.snapshot_results, list):
            snapshot_results = self.snapshot_results

        else:
            snapshot_results = self.snapshot_results

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        average_frequency_g_hz = self.average_frequency_g_hz

        max_frequency_g_hz = self.max_frequency_g_hz

        min_frequency_g_hz = self.min_frequency_g_hz

        average_max_frequency_g_hz = self.average_max_frequency_g_hz

        average_cpu_usage = self.average_cpu_usage

        cluster_power_indicator = self.cluster_power_indicator

        average_memory_usage = self.average_memory_usage

        average_network_in_kbps = self.average_network_in_kbps

        average_network_out_kbps = self.average_network_out_kbps

        total_network_in_kbps = self.total_network_in_kbps

        total_network_out_kbps = self.total_network_out_kbps

        running_core_count_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.running_core_count_by_cpu_model, Unset):
            running_core_count_by_cpu_model = UNSET
        elif isinstance(self.running_core_count_by_cpu_model, list):
            running_core_count_by_cpu_model = []
            for (
                running_core_count_by_cpu_model_type_0_item_data
            ) in self.running_core_count_by_cpu_model:
                running_core_count_by_cpu_model_type_0_item = (
                    running_core_count_by_cpu_model_type_0_item_data.to_dict()
                )
                running_core_count_by_cpu_model.append(running_core_count_by_cpu_model_type_0_item)

        else:
            running_core_count_by_cpu_model = self.running_core_count_by_cpu_model

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if per_running_instance_info is not UNSET:
            field_dict["perRunningInstanceInfo"] = per_running_instance_info
        if snapshot_results is not UNSET:
            field_dict["snapshotResults"] = snapshot_results
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if average_frequency_g_hz is not UNSET:
            field_dict["averageFrequencyGHz"] = average_frequency_g_hz
        if max_frequency_g_hz is not UNSET:
            field_dict["maxFrequencyGHz"] = max_frequency_g_hz
        if min_frequency_g_hz is not UNSET:
            field_dict["minFrequencyGHz"] = min_frequency_g_hz
        if average_max_frequency_g_hz is not UNSET:
            field_dict["averageMaxFrequencyGHz"] = average_max_frequency_g_hz
        if average_cpu_usage is not UNSET:
            field_dict["averageCpuUsage"] = average_cpu_usage
        if cluster_power_indicator is not UNSET:
            field_dict["clusterPowerIndicator"] = cluster_power_indicator
        if average_memory_usage is not UNSET:
            field_dict["averageMemoryUsage"] = average_memory_usage
        if average_network_in_kbps is not UNSET:
            field_dict["averageNetworkInKbps"] = average_network_in_kbps
        if average_network_out_kbps is not UNSET:
            field_dict["averageNetworkOutKbps"] = average_network_out_kbps
        if total_network_in_kbps is not UNSET:
            field_dict["totalNetworkInKbps"] = total_network_in_kbps
        if total_network_out_kbps is not UNSET:
            field_dict["totalNetworkOutKbps"] = total_network_out_kbps
        if running_core_count_by_cpu_model is not UNSET:
            field_dict["runningCoreCountByCpuModel"] = running_core_count_by_cpu_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_running_core import CpuModelRunningCore
        from ..models.q_running_instance_info_output import QRunningInstanceInfoOutput

        d = dict(src_dict)

        def _parse_per_running_instance_info(
            data: object,
        ) -> list[QRunningInstanceInfoOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                per_running_instance_info_type_0 = []
                _per_running_instance_info_type_0 = data
                for per_running_instance_info_type_0_item_data in _per_running_instance_info_type_0:
                    per_running_instance_info_type_0_item = QRunningInstanceInfoOutput.from_dict(
                        per_running_instance_info_type_0_item_data
                    )

                    per_running_instance_info_type_0.append(per_running_instance_info_type_0_item)

                return per_running_instance_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QRunningInstanceInfoOutput] | None | Unset, data)

        per_running_instance_info = _parse_per_running_instance_info(
            d.pop("perRunningInstanceInfo", UNSET)
        )

        def _parse_snapshot_results(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                snapshot_results_type_0 = cast(list[str], data)

                return snapshot_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        snapshot_results = _parse_snapshot_results(d.pop("snapshotResults", UNSET))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        average_frequency_g_hz = d.pop("averageFrequencyGHz", UNSET)

        max_frequency_g_hz = d.pop("maxFrequencyGHz", UNSET)

        min_frequency_g_hz = d.pop("minFrequencyGHz", UNSET)

        average_max_frequency_g_hz = d.pop("averageMaxFrequencyGHz", UNSET)

        average_cpu_usage = d.pop("averageCpuUsage", UNSET)

        cluster_power_indicator = d.pop("clusterPowerIndicator", UNSET)

        average_memory_usage = d.pop("averageMemoryUsage", UNSET)

        average_network_in_kbps = d.pop("averageNetworkInKbps", UNSET)

        average_network_out_kbps = d.pop("averageNetworkOutKbps", UNSET)

        total_network_in_kbps = d.pop("totalNetworkInKbps", UNSET)

        total_network_out_kbps = d.pop("totalNetworkOutKbps", UNSET)

        def _parse_running_core_count_by_cpu_model(
            data: object,
        ) -> list[CpuModelRunningCore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                running_core_count_by_cpu_model_type_0 = []
                _running_core_count_by_cpu_model_type_0 = data
                for (
                    running_core_count_by_cpu_model_type_0_item_data
                ) in _running_core_count_by_cpu_model_type_0:
                    running_core_count_by_cpu_model_type_0_item = CpuModelRunningCore.from_dict(
                        running_core_count_by_cpu_model_type_0_item_data
                    )

                    running_core_count_by_cpu_model_type_0.append(
                        running_core_count_by_cpu_model_type_0_item
                    )

                return running_core_count_by_cpu_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CpuModelRunningCore] | None | Unset, data)

        running_core_count_by_cpu_model = _parse_running_core_count_by_cpu_model(
            d.pop("runningCoreCountByCpuModel", UNSET)
        )

        q_running_instances_info_output = cls(
            per_running_instance_info=per_running_instance_info,
            snapshot_results=snapshot_results,
            timestamp=timestamp,
            average_frequency_g_hz=average_frequency_g_hz,
            max_frequency_g_hz=max_frequency_g_hz,
            min_frequency_g_hz=min_frequency_g_hz,
            average_max_frequency_g_hz=average_max_frequency_g_hz,
            average_cpu_usage=average_cpu_usage,
            cluster_power_indicator=cluster_power_indicator,
            average_memory_usage=average_memory_usage,
            average_network_in_kbps=average_network_in_kbps,
            average_network_out_kbps=average_network_out_kbps,
            total_network_in_kbps=total_network_in_kbps,
            total_network_out_kbps=total_network_out_kbps,
            running_core_count_by_cpu_model=running_core_count_by_cpu_model,
        )

        return q_running_instances_info_output
