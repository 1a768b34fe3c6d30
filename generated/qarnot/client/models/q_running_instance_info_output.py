# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.q_task_execution_phase_output import QTaskExecutionPhaseOutput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.q_task_active_forward_output import QTaskActiveForwardOutput
    from ..models.task_vpn_connection_output import TaskVpnConnectionOutput


T = TypeVar("T", bound="QRunningInstanceInfoOutput")


@_attrs_define
class QRunningInstanceInfoOutput:
    """Details information about the execution of a running instance

    Attributes:
        active_forwards (list[QTaskActiveForwardOutput] | None | Unset): All active forwardings
        vpn_connections (list[TaskVpnConnectionOutput] | None | Unset): Vpn connections.
        phase (QTaskExecutionPhaseOutput | Unset): Possible execution state of the task
        instance_id (int | Unset): Instance Id executing on the CPU described here Example: 2467.
        max_frequency_g_hz (float | Unset): Maximum frequency the CPU can run at (in Ghz) Example: 4.
        current_frequency_g_hz (float | Unset): Current frequency the CPU is running at Example: 0.
        cpu_usage (float | Unset): Cpu usage Example: 0.
        max_memory_mb (int | Unset): Total size of the memory available for this CPU (in MegaBytes) Example: 16384.
        current_memory_mb (int | Unset): Memory currently used by the instance Example: 0.
        memory_usage (float | Unset): Ratio of used memory Example: 0.
        network_in_kbps (float | Unset): Current inbound network rate, in Kbps Example: 0.
        network_out_kbps (float | Unset): Current outbound network rate, in Kbps Example: 0.
        progress (float | Unset): Instance's current progress Example: 0.
        execution_time_sec (float | Unset): Instance's current execution time in seconds Example: 1132.7.
        execution_time_g_hz (float | Unset): Instance's Current number of computing operations (in seconds Ghz) Example:
            4368.437.
        specification_key (None | str | Unset): Instance's hardware specification key. Example:  8c-32g-amd-rz3700x .
        cpu_model (None | str | Unset): Instance's cpu model. Example:  AMD Ryzen 7 3700X 8-Core Processor .
        core_count (int | Unset): The core count. Example: 8.
        execution_attempt_count (int | Unset): The number of execution attempts. Example: 1.
        clock_ratio (float | Unset): Clock ratio. Example: 0.8.
    """

    active_forwards: list[QTaskActiveForwardOutput] | None | Unset = UNSET
    vpn_connections: list[TaskVpnConnectionOutput] | None | Unset = UNSET
    phase: QTaskExecutionPhaseOutput | Unset = UNSET
    instance_id: int | Unset = UNSET
    max_frequency_g_hz: float | Unset = UNSET
    current_frequency_g_hz: float | Unset = UNSET
    cpu_usage: float | Unset = UNSET
    max_memory_mb: int | Unset = UNSET
    current_memory_mb: int | Unset = UNSET
    memory_usage: float | Unset = UNSET
    network_in_kbps: float | Unset = UNSET
    network_out_kbps: float | Unset = UNSET
    progress: float | Unset = UNSET
    execution_time_sec: float | Unset = UNSET
    execution_time_g_hz: float | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    cpu_model: None | str | Unset = UNSET
    core_count: int | Unset = UNSET
    execution_attempt_count: int | Unset = UNSET
    clock_ratio: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active_forwards: list[dict[str, Any]] | None | Unset
        if isinstance(self.active_forwards, Unset):
            active_forwards = UNSET
        elif isinstance(self.active_forwards, list):
            active_forwards = []
            for active_forwards_type_0_item_data in self.active_forwards:
                active_forwards_type_0_item = active_forwards_type_0_item_data.to_dict()
                active_forwards.append(active_forwards_type_0_item)

        else:
            active_forwards = self.active_forwards

        vpn_connections: list[dict[str, Any]] | None | Unset
        if isinstance(self.vpn_connections, Unset):
            vpn_connections = UNSET
        elif isinstance(self.vpn_connections, list):
            vpn_connections = []
            for vpn_connections_type_0_item_data in self.vpn_connections:
                vpn_connections_type_0_item = vpn_connections_type_0_item_data.to_dict()
                vpn_connections.append(vpn_connections_type_0_item)

        else:
            vpn_connections = self.vpn_connections

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        instance_id = self.instance_id

        max_frequency_g_hz = self.max_frequency_g_hz

        current_frequency_g_hz = self.current_frequency_g_hz

        cpu_usage = self.cpu_usage

        max_memory_mb = self.max_memory_mb

        current_memory_mb = self.current_memory_mb

        memory_usage = self.memory_usage

        network_in_kbps = self.network_in_kbps

        network_out_kbps = self.network_out_kbps

        progress = self.progress

        execution_time_sec = self.execution_time_sec

        execution_time_g_hz = self.execution_time_g_hz

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        cpu_model: None | str | Unset
        if isinstance(self.cpu_model, Unset):
            cpu_model = UNSET
        else:
            cpu_model = self.cpu_model

        core_count = self.core_count

        execution_attempt_count = self.execution_attempt_count

        clock_ratio = self.clock_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active_forwards is not UNSET:
            field_dict["activeForwards"] = active_forwards
        if vpn_connections is not UNSET:
            field_dict["vpnConnections"] = vpn_connections
        if phase is not UNSET:
            field_dict["phase"] = phase
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if max_frequency_g_hz is not UNSET:
            field_dict["maxFrequencyGHz"] = max_frequency_g_hz
        if current_frequency_g_hz is not UNSET:
            field_dict["currentFrequencyGHz"] = current_frequency_g_hz
        if cpu_usage is not UNSET:
            field_dict["cpuUsage"] = cpu_usage
        if max_memory_mb is not UNSET:
            field_dict["maxMemoryMB"] = max_memory_mb
        if current_memory_mb is not UNSET:
            field_dict["currentMemoryMB"] = current_memory_mb
        if memory_usage is not UNSET:
            field_dict["memoryUsage"] = memory_usage
        if network_in_kbps is not UNSET:
            field_dict["networkInKbps"] = network_in_kbps
        if network_out_kbps is not UNSET:
            field_dict["networkOutKbps"] = network_out_kbps
        if progress is not UNSET:
            field_dict["progress"] = progress
        if execution_time_sec is not UNSET:
            field_dict["executionTimeSec"] = execution_time_sec
        if execution_time_g_hz is not UNSET:
            field_dict["executionTimeGHz"] = execution_time_g_hz
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count
        if execution_attempt_count is not UNSET:
            field_dict["executionAttemptCount"] = execution_attempt_count
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.q_task_active_forward_output import QTaskActiveForwardOutput
        from ..models.task_vpn_connection_output import TaskVpnConnectionOutput

        d = dict(src_dict)

        def _parse_active_forwards(
            data: object,
        ) -> list[QTaskActiveForwardOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                active_forwards_type_0 = []
                _active_forwards_type_0 = data
                for active_forwards_type_0_item_data in _active_forwards_type_0:
                    active_forwards_type_0_item = QTaskActiveForwardOutput.from_dict(
                        active_forwards_type_0_item_data
                    )

                    active_forwards_type_0.append(active_forwards_type_0_item)

                return active_forwards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QTaskActiveForwardOutput] | None | Unset, data)

        active_forwards = _parse_active_forwards(d.pop("activeForwards", UNSET))

        def _parse_vpn_connections(
            data: object,
        ) -> list[TaskVpnConnectionOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vpn_connections_type_0 = []
                _vpn_connections_type_0 = data
                for vpn_connections_type_0_item_data in _vpn_connections_type_0:
                    vpn_connections_type_0_item = TaskVpnConnectionOutput.from_dict(
                        vpn_connections_type_0_item_data
                    )

                    vpn_connections_type_0.append(vpn_connections_type_0_item)

                return vpn_connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskVpnConnectionOutput] | None | Unset, data)

        vpn_connections = _parse_vpn_connections(d.pop("vpnConnections", UNSET))

        _phase = d.pop("phase", UNSET)
        phase: QTaskExecutionPhaseOutput | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = QTaskExecutionPhaseOutput(_phase)

        instance_id = d.pop("instanceId", UNSET)

        max_frequency_g_hz = d.pop("maxFrequencyGHz", UNSET)

        current_frequency_g_hz = d.pop("currentFrequencyGHz", UNSET)

        cpu_usage = d.pop("cpuUsage", UNSET)

        max_memory_mb = d.pop("maxMemoryMB", UNSET)

        current_memory_mb = d.pop("currentMemoryMB", UNSET)

        memory_usage = d.pop("memoryUsage", UNSET)

        network_in_kbps = d.pop("networkInKbps", UNSET)

        network_out_kbps = d.pop("networkOutKbps", UNSET)

        progress = d.pop("progress", UNSET)

        execution_time_sec = d.pop("executionTimeSec", UNSET)

        execution_time_g_hz = d.pop("executionTimeGHz", UNSET)

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        def _parse_cpu_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_model = _parse_cpu_model(d.pop("cpuModel", UNSET))

        core_count = d.pop("coreCount", UNSET)

        execution_attempt_count = d.pop("executionAttemptCount", UNSET)

        clock_ratio = d.pop("clockRatio", UNSET)

        q_running_instance_info_output = cls(
            active_forwards=active_forwards,
            vpn_connections=vpn_connections,
            phase=phase,
            instance_id=instance_id,
            max_frequency_g_hz=max_frequency_g_hz,
            current_frequency_g_hz=current_frequency_g_hz,
            cpu_usage=cpu_usage,
            max_memory_mb=max_memory_mb,
            current_memory_mb=current_memory_mb,
            memory_usage=memory_usage,
            network_in_kbps=network_in_kbps,
            network_out_kbps=network_out_kbps,
            progress=progress,
            execution_time_sec=execution_time_sec,
            execution_time_g_hz=execution_time_g_hz,
            specification_key=specification_key,
            cpu_model=cpu_model,
            core_count=core_count,
            execution_attempt_count=execution_attempt_count,
            clock_ratio=clock_ratio,
        )

        return q_running_instance_info_output
