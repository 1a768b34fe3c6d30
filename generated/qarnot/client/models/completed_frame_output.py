# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.q_error_public import QErrorPublic


T = TypeVar("T", bound="CompletedFrameOutput")


@_attrs_define
class CompletedFrameOutput:
    """Information about the completed instance

    Attributes:
        results (list[str] | None | Unset): List of the instance results
        instance_id (int | Unset): Id of the completed instance Example: 1.
        wall_time_sec (float | Unset): Actual life time of the instance
        exec_time_sec (float | Unset): Execution time of the instance in seconds Example: 180.
        exec_time_sec_g_hz (float | Unset): Relative execution time Example: 200.3.
        peak_memory_mb (int | Unset): Maximum memory used in MB Example: 1200.
        state (None | str | Unset): State of the completed instance Example: Failure.
        error (QErrorPublic | Unset):
        specification_key (None | str | Unset): Specification Key of the hardware used to compute the instance Example:
            8c-32g-amd-rz3700x.
        cpu_model (None | str | Unset): Name of the cpu model used to compute the instance Example: AMD Ryzen 7 3700X
            8-Core Processor.
        core_count (int | Unset): Number of cores of the cpu model Example: 8.
        clock_ratio (float | Unset): Clock ratio Example: 0.8.
        average_g_hz (float | Unset): Average frequency (number of actions per second) during the execution (in GHz)
            Example: 3.7.
        execution_attempt_count (int | Unset): Number of execution attempts before completion Example: 1.
    """

    results: list[str] | None | Unset = UNSET
    instance_id: int | Unset = UNSET
    wall_time_sec: float | Unset = UNSET
    exec_time_sec: float | Unset = UNSET
    exec_time_sec_g_hz: float | Unset = UNSET
    peak_memory_mb: int | Unset = UNSET
    state: None | str | Unset = UNSET
    error: QErrorPublic | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    cpu_model: None | str | Unset = UNSET
    core_count: int | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    average_g_hz: float | Unset = UNSET
    execution_attempt_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        results: list[str] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = self.results

        else:
            results = self.results

        instance_id = self.instance_id

        wall_time_sec = self.wall_time_sec

        exec_time_sec = self.exec_time_sec

        exec_time_sec_g_hz = self.exec_time_sec_g_hz

        peak_memory_mb = self.peak_memory_mb

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

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

        clock_ratio = self.clock_ratio

        average_g_hz = self.average_g_hz

        execution_attempt_count = self.execution_attempt_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if wall_time_sec is not UNSET:
            field_dict["wallTimeSec"] = wall_time_sec
        if exec_time_sec is not UNSET:
            field_dict["execTimeSec"] = exec_time_sec
        if exec_time_sec_g_hz is not UNSET:
            field_dict["execTimeSecGHz"] = exec_time_sec_g_hz
        if peak_memory_mb is not UNSET:
            field_dict["peakMemoryMB"] = peak_memory_mb
        if state is not UNSET:
            field_dict["state"] = state
        if error is not UNSET:
            field_dict["error"] = error
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio
        if average_g_hz is not UNSET:
            field_dict["averageGHz"] = average_g_hz
        if execution_attempt_count is not UNSET:
            field_dict["executionAttemptCount"] = execution_attempt_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.q_error_public import QErrorPublic

        d = dict(src_dict)

        def _parse_results(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = cast(list[str], data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        instance_id = d.pop("instanceId", UNSET)

        wall_time_sec = d.pop("wallTimeSec", UNSET)

        exec_time_sec = d.pop("execTimeSec", UNSET)

        exec_time_sec_g_hz = d.pop("execTimeSecGHz", UNSET)

        peak_memory_mb = d.pop("peakMemoryMB", UNSET)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        _error = d.pop("error", UNSET)
        error: QErrorPublic | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = QErrorPublic.from_dict(_error)

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

        clock_ratio = d.pop("clockRatio", UNSET)

        average_g_hz = d.pop("averageGHz", UNSET)

        execution_attempt_count = d.pop("executionAttemptCount", UNSET)

        completed_frame_output = cls(
            results=results,
            instance_id=instance_id,
            wall_time_sec=wall_time_sec,
            exec_time_sec=exec_time_sec,
            exec_time_sec_g_hz=exec_time_sec_g_hz,
            peak_memory_mb=peak_memory_mb,
            state=state,
            error=error,
            specification_key=specification_key,
            cpu_model=cpu_model,
            core_count=core_count,
            clock_ratio=clock_ratio,
            average_g_hz=average_g_hz,
            execution_attempt_count=execution_attempt_count,
        )

        return completed_frame_output
