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
    from ..models.cpu_model_execution_time_ghz_output import (
        CpuModelExecutionTimeGhzOutput,
    )
    from ..models.cpu_model_execution_time_output import CpuModelExecutionTimeOutput
    from ..models.q_running_instances_info_output import QRunningInstancesInfoOutput
    from ..models.time_by_instance_output import TimeByInstanceOutput
    from ..models.time_by_machine_specification_output import (
        TimeByMachineSpecificationOutput,
    )
    from ..models.time_by_site_and_machine_output import TimeBySiteAndMachineOutput


T = TypeVar("T", bound="QTaskStatusOutput")


@_attrs_define
class QTaskStatusOutput:
    """Detail of the task execution status

    Attributes:
        timestamp (datetime.datetime | Unset): Date of the status update Example: 2021-05-01T19:01:29Z.
        last_update_timestamp (datetime.datetime | Unset): Date of the last status update Example: 2021-05-01T19:01:29Z.
        download_progress (float | Unset): Resources download progress. Example: 100.
        execution_progress (float | Unset): Execution progress. Example: 0.
        upload_progress (float | Unset): TUpload progress. Example: 0.
        instance_count (int | Unset): Number of running instances. Example: 6.
        download_time (str | Unset): Time of the resources download. Example: 00:00:00.
        download_time_sec (float | Unset): Time of the resources download in seconds.
        environment_time (str | Unset): Environment set up time, ie. the time needed to boot. Example: 00:00:00.
        environment_time_sec (float | Unset): Time of the environment setup in seconds. Example: 0.
        execution_time (str | Unset): Execution time Example: 00:00:00.
        execution_time_sec (float | Unset): Execution time in seconds Example: 0.
        execution_time_by_cpu_model (list[CpuModelExecutionTimeOutput] | None | Unset): Time of the task execution with
            each cpu model
        execution_time_by_machine_specification (list[TimeByMachineSpecificationOutput] | None | Unset): Time of the
            task execution with each machine specification
        execution_time_by_site_and_machine (list[TimeBySiteAndMachineOutput] | None | Unset): Time of the task execution
            with each machine specification and site
        execution_time_by_instance_id (list[TimeByInstanceOutput] | None | Unset): Time of the task execution with each
            machine specification
        execution_time_ghz_by_cpu_model (list[CpuModelExecutionTimeGhzOutput] | None | Unset): Relative Time (Ghz) of
            the task execution with each cpu model
        upload_time (str | Unset): Time of the results upload. Example: 00:00:00.
        upload_time_sec (float | Unset): Time of the results upload in seconds. Example: 0.
        wall_time (str | Unset): Task's wall time.
        wall_time_sec (float | Unset): Task's wall time in seconds.
        succeeded_range (None | str | Unset): Succeeded instances range. Example: 0.
        executed_range (None | str | Unset): Executed instances range, ie. the succeeded range plus the failed range.
            Example: 0-2.
        failed_range (None | str | Unset): Failed instances range, if there is any. Example: 1-2.
        cancelled_range (None | str | Unset): Cancelled instances range, if there is any. Example: 1.
        failed_only_range (None | str | Unset): Failed instances range without the cancelled range, if there is any.
            Example: 2.
        started_once_range (None | str | Unset): Instances that have started at least once, used for minimum billing
            Example: 0-2.
        running_instances_info (QRunningInstancesInfoOutput | Unset): Description of the resources a job is currently
            executing on
    """

    timestamp: datetime.datetime | Unset = UNSET
    last_update_timestamp: datetime.datetime | Unset = UNSET
    download_progress: float | Unset = UNSET
    execution_progress: float | Unset = UNSET
    upload_progress: float | Unset = UNSET
    instance_count: int | Unset = UNSET
    download_time: str | Unset = UNSET
    download_time_sec: float | Unset = UNSET
    environment_time: str | Unset = UNSET
    environment_time_sec: float | Unset = UNSET
    execution_time: str | Unset = UNSET
    execution_time_sec: float | Unset = UNSET
    execution_time_by_cpu_model: list[CpuModelExecutionTimeOutput] | None | Unset = UNSET
    execution_time_by_machine_specification: (
        list[TimeByMachineSpecificationOutput] | None | Unset
    ) = UNSET
    execution_time_by_site_and_machine: list[TimeBySiteAndMachineOutput] | None | Unset = UNSET
    execution_time_by_instance_id: list[TimeByInstanceOutput] | None | Unset = UNSET
    execution_time_ghz_by_cpu_model: list[CpuModelExecutionTimeGhzOutput] | None | Unset = UNSET
    upload_time: str | Unset = UNSET
    upload_time_sec: float | Unset = UNSET
    wall_time: str | Unset = UNSET
    wall_time_sec: float | Unset = UNSET
    succeeded_range: None | str | Unset = UNSET
    executed_range: None | str | Unset = UNSET
    failed_range: None | str | Unset = UNSET
    cancelled_range: None | str | Unset = UNSET
    failed_only_range: None | str | Unset = UNSET
    started_once_range: None | str | Unset = UNSET
    running_instances_info: QRunningInstancesInfoOutput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        last_update_timestamp: str | Unset = UNSET
        if not isinstance(self.last_update_timestamp, Unset):
            last_update_timestamp = self.last_update_timestamp.isoformat()

        download_progress = self.download_progress

        execution_progress = self.execution_progress

        upload_progress = self.upload_progress

        instance_count = self.instance_count

        download_time = self.download_time

        download_time_sec = self.download_time_sec

        environment_time = self.environment_time

        environment_time_sec = self.environment_time_sec

        execution_time = self.execution_time

        execution_time_sec = self.execution_time_sec

        execution_time_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_cpu_model, Unset):
            execution_time_by_cpu_model = UNSET
        elif isinstance(self.execution_time_by_cpu_model, list):
            execution_time_by_cpu_model = []
            for execution_time_by_cpu_model_type_0_item_data in self.execution_time_by_cpu_model:
                execution_time_by_cpu_model_type_0_item = (
                    execution_time_by_cpu_model_type_0_item_data.to_dict()
                )
                execution_time_by_cpu_model.append(execution_time_by_cpu_model_type_0_item)

        else:
            execution_time_by_cpu_model = self.execution_time_by_cpu_model

        execution_time_by_machine_specification: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_machine_specification, Unset):
            execution_time_by_machine_specification = UNSET
        elif isinstance(self.execution_time_by_machine_specification, list):
            execution_time_by_machine_specification = []
            for (
                execution_time_by_machine_specification_type_0_item_data
            ) in self.execution_time_by_machine_specification:
                execution_time_by_machine_specification_type_0_item = (
                    execution_time_by_machine_specification_type_0_item_data.to_dict()
                )
                execution_time_by_machine_specification.append(
                    execution_time_by_machine_specification_type_0_item
                )

        else:
            execution_time_by_machine_specification = self.execution_time_by_machine_specification

        execution_time_by_site_and_machine: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_site_and_machine, Unset):
            execution_time_by_site_and_machine = UNSET
        elif isinstance(self.execution_time_by_site_and_machine, list):
            execution_time_by_site_and_machine = []
            for (
                execution_time_by_site_and_machine_type_0_item_data
            ) in self.execution_time_by_site_and_machine:
                execution_time_by_site_and_machine_type_0_item = (
                    execution_time_by_site_and_machine_type_0_item_data.to_dict()
                )
                execution_time_by_site_and_machine.append(
                    execution_time_by_site_and_machine_type_0_item
                )

        else:
            execution_time_by_site_and_machine = self.execution_time_by_site_and_machine

        execution_time_by_instance_id: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_instance_id, Unset):
            execution_time_by_instance_id = UNSET
        elif isinstance(self.execution_time_by_instance_id, list):
            execution_time_by_instance_id = []
            for (
                execution_time_by_instance_id_type_0_item_data
            ) in self.execution_time_by_instance_id:
                execution_time_by_instance_id_type_0_item = (
                    execution_time_by_instance_id_type_0_item_data.to_dict()
                )
                execution_time_by_instance_id.append(execution_time_by_instance_id_type_0_item)

        else:
            execution_time_by_instance_id = self.execution_time_by_instance_id

        execution_time_ghz_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_ghz_by_cpu_model, Unset):
            execution_time_ghz_by_cpu_model = UNSET
        elif isinstance(self.execution_time_ghz_by_cpu_model, list):
            execution_time_ghz_by_cpu_model = []
            for (
                execution_time_ghz_by_cpu_model_type_0_item_data
            ) in self.execution_time_ghz_by_cpu_model:
                execution_time_ghz_by_cpu_model_type_0_item = (
                    execution_time_ghz_by_cpu_model_type_0_item_data.to_dict()
                )
                execution_time_ghz_by_cpu_model.append(execution_time_ghz_by_cpu_model_type_0_item)

        else:
            execution_time_ghz_by_cpu_model = self.execution_time_ghz_by_cpu_model

        upload_time = self.upload_time

        upload_time_sec = self.upload_time_sec

        wall_time = self.wall_time

        wall_time_sec = self.wall_time_sec

        succeeded_range: None | str | Unset
        if isinstance(self.succeeded_range, Unset):
            succeeded_range = UNSET
        else:
            succeeded_range = self.succeeded_range

        executed_range: None | str | Unset
        if isinstance(self.executed_range, Unset):
            executed_range = UNSET
        else:
            executed_range = self.executed_range

        failed_range: None | str | Unset
        if isinstance(self.failed_range, Unset):
            failed_range = UNSET
        else:
            failed_range = self.failed_range

        cancelled_range: None | str | Unset
        if isinstance(self.cancelled_range, Unset):
            cancelled_range = UNSET
        else:
            cancelled_range = self.cancelled_range

        failed_only_range: None | str | Unset
        if isinstance(self.failed_only_range, Unset):
            failed_only_range = UNSET
        else:
            failed_only_range = self.failed_only_range

        started_once_range: None | str | Unset
        if isinstance(self.started_once_range, Unset):
            started_once_range = UNSET
        else:
            started_once_range = self.started_once_range

        running_instances_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_instances_info, Unset):
            running_instances_info = self.running_instances_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if last_update_timestamp is not UNSET:
            field_dict["lastUpdateTimestamp"] = last_update_timestamp
        if download_progress is not UNSET:
            field_dict["downloadProgress"] = download_progress
        if execution_progress is not UNSET:
            field_dict["executionProgress"] = execution_progress
        if upload_progress is not UNSET:
            field_dict["uploadProgress"] = upload_progress
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if download_time is not UNSET:
            field_dict["downloadTime"] = download_time
        if download_time_sec is not UNSET:
            field_dict["downloadTimeSec"] = download_time_sec
        if environment_time is not UNSET:
            field_dict["environmentTime"] = environment_time
        if environment_time_sec is not UNSET:
            field_dict["environmentTimeSec"] = environment_time_sec
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if execution_time_sec is not UNSET:
            field_dict["executionTimeSec"] = execution_time_sec
        if execution_time_by_cpu_model is not UNSET:
            field_dict["executionTimeByCpuModel"] = execution_time_by_cpu_model
        if execution_time_by_machine_specification is not UNSET:
            field_dict["executionTimeByMachineSpecification"] = (
                execution_time_by_machine_specification
            )
        if execution_time_by_site_and_machine is not UNSET:
            field_dict["executionTimeBySiteAndMachine"] = execution_time_by_site_and_machine
        if execution_time_by_instance_id is not UNSET:
            field_dict["executionTimeByInstanceId"] = execution_time_by_instance_id
        if execution_time_ghz_by_cpu_model is not UNSET:
            field_dict["executionTimeGhzByCpuModel"] = execution_time_ghz_by_cpu_model
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if upload_time_sec is not UNSET:
            field_dict["uploadTimeSec"] = upload_time_sec
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if wall_time_sec is not UNSET:
            field_dict["wallTimeSec"] = wall_time_sec
        if succeeded_range is not UNSET:
            field_dict["succeededRange"] = succeeded_range
        if executed_range is not UNSET:
            field_dict["executedRange"] = executed_range
        if failed_range is not UNSET:
            field_dict["failedRange"] = failed_range
        if cancelled_range is not UNSET:
            field_dict["cancelledRange"] = cancelled_range
        if failed_only_range is not UNSET:
            field_dict["failedOnlyRange"] = failed_only_range
        if started_once_range is not UNSET:
            field_dict["startedOnceRange"] = started_once_range
        if running_instances_info is not UNSET:
            field_dict["runningInstancesInfo"] = running_instances_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_execution_time_ghz_output import (
            CpuModelExecutionTimeGhzOutput,
        )
        from ..models.cpu_model_execution_time_output import CpuModelExecutionTimeOutput
        from ..models.q_running_instances_info_output import QRunningInstancesInfoOutput
        from ..models.time_by_instance_output import TimeByInstanceOutput
        from ..models.time_by_machine_specification_output import (
            TimeByMachineSpecificationOutput,
        )
        from ..models.time_by_site_and_machine_output import TimeBySiteAndMachineOutput

        d = dict(src_dict)
        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _last_update_timestamp = d.pop("lastUpdateTimestamp", UNSET)
        last_update_timestamp: datetime.datetime | Unset
        if isinstance(_last_update_timestamp, Unset):
            last_update_timestamp = UNSET
        else:
            last_update_timestamp = datetime.datetime.fromisoformat(_last_update_timestamp)

        download_progress = d.pop("downloadProgress", UNSET)

        execution_progress = d.pop("executionProgress", UNSET)

        upload_progress = d.pop("uploadProgress", UNSET)

        instance_count = d.pop("instanceCount", UNSET)

        download_time = d.pop("downloadTime", UNSET)

        download_time_sec = d.pop("downloadTimeSec", UNSET)

        environment_time = d.pop("environmentTime", UNSET)

        environment_time_sec = d.pop("environmentTimeSec", UNSET)

        execution_time = d.pop("executionTime", UNSET)

        execution_time_sec = d.pop("executionTimeSec", UNSET)

        def _parse_execution_time_by_cpu_model(
            data: object,
        ) -> list[CpuModelExecutionTimeOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_time_by_cpu_model_type_0 = []
                _execution_time_by_cpu_model_type_0 = data
                for (
                    execution_time_by_cpu_model_type_0_item_data
                ) in _execution_time_by_cpu_model_type_0:
                    execution_time_by_cpu_model_type_0_item = CpuModelExecutionTimeOutput.from_dict(
                        execution_time_by_cpu_model_type_0_item_data
                    )

                    execution_time_by_cpu_model_type_0.append(
                        execution_time_by_cpu_model_type_0_item
                    )

                return execution_time_by_cpu_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CpuModelExecutionTimeOutput] | None | Unset, data)

        execution_time_by_cpu_model = _parse_execution_time_by_cpu_model(
            d.pop("executionTimeByCpuModel", UNSET)
        )

        def _parse_execution_time_by_machine_specification(
            data: object,
        ) -> list[TimeByMachineSpecificationOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_time_by_machine_specification_type_0 = []
                _execution_time_by_machine_specification_type_0 = data
                for (
                    execution_time_by_machine_specification_type_0_item_data
                ) in _execution_time_by_machine_specification_type_0:
                    execution_time_by_machine_specification_type_0_item = (
                        TimeByMachineSpecificationOutput.from_dict(
                            execution_time_by_machine_specification_type_0_item_data
                        )
                    )

                    execution_time_by_machine_specification_type_0.append(
                        execution_time_by_machine_specification_type_0_item
                    )

                return execution_time_by_machine_specification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimeByMachineSpecificationOutput] | None | Unset, data)

        execution_time_by_machine_specification = _parse_execution_time_by_machine_specification(
            d.pop("executionTimeByMachineSpecification", UNSET)
        )

        def _parse_execution_time_by_site_and_machine(
            data: object,
        ) -> list[TimeBySiteAndMachineOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_time_by_site_and_machine_type_0 = []
                _execution_time_by_site_and_machine_type_0 = data
                for (
                    execution_time_by_site_and_machine_type_0_item_data
                ) in _execution_time_by_site_and_machine_type_0:
                    execution_time_by_site_and_machine_type_0_item = (
                        TimeBySiteAndMachineOutput.from_dict(
                            execution_time_by_site_and_machine_type_0_item_data
                        )
                    )

                    execution_time_by_site_and_machine_type_0.append(
                        execution_time_by_site_and_machine_type_0_item
                    )

                return execution_time_by_site_and_machine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimeBySiteAndMachineOutput] | None | Unset, data)

        execution_time_by_site_and_machine = _parse_execution_time_by_site_and_machine(
            d.pop("executionTimeBySiteAndMachine", UNSET)
        )

        def _parse_execution_time_by_instance_id(
            data: object,
        ) -> list[TimeByInstanceOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_time_by_instance_id_type_0 = []
                _execution_time_by_instance_id_type_0 = data
                for (
                    execution_time_by_instance_id_type_0_item_data
                ) in _execution_time_by_instance_id_type_0:
                    execution_time_by_instance_id_type_0_item = TimeByInstanceOutput.from_dict(
                        execution_time_by_instance_id_type_0_item_data
                    )

                    execution_time_by_instance_id_type_0.append(
                        execution_time_by_instance_id_type_0_item
                    )

                return execution_time_by_instance_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimeByInstanceOutput] | None | Unset, data)

        execution_time_by_instance_id = _parse_execution_time_by_instance_id(
            d.pop("executionTimeByInstanceId", UNSET)
        )

        def _parse_execution_time_ghz_by_cpu_model(
            data: object,
        ) -> list[CpuModelExecutionTimeGhzOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_time_ghz_by_cpu_model_type_0 = []
                _execution_time_ghz_by_cpu_model_type_0 = data
                for (
                    execution_time_ghz_by_cpu_model_type_0_item_data
                ) in _execution_time_ghz_by_cpu_model_type_0:
                    execution_time_ghz_by_cpu_model_type_0_item = (
                        CpuModelExecutionTimeGhzOutput.from_dict(
                            execution_time_ghz_by_cpu_model_type_0_item_data
                        )
                    )

                    execution_time_ghz_by_cpu_model_type_0.append(
                        execution_time_ghz_by_cpu_model_type_0_item
                    )

                return execution_time_ghz_by_cpu_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CpuModelExecutionTimeGhzOutput] | None | Unset, data)

        execution_time_ghz_by_cpu_model = _parse_execution_time_ghz_by_cpu_model(
            d.pop("executionTimeGhzByCpuModel", UNSET)
        )

        upload_time = d.pop("uploadTime", UNSET)

        upload_time_sec = d.pop("uploadTimeSec", UNSET)

        wall_time = d.pop("wallTime", UNSET)

        wall_time_sec = d.pop("wallTimeSec", UNSET)

        def _parse_succeeded_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        succeeded_range = _parse_succeeded_range(d.pop("succeededRange", UNSET))

        def _parse_executed_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_range = _parse_executed_range(d.pop("executedRange", UNSET))

        def _parse_failed_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_range = _parse_failed_range(d.pop("failedRange", UNSET))

        def _parse_cancelled_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancelled_range = _parse_cancelled_range(d.pop("cancelledRange", UNSET))

        def _parse_failed_only_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_only_range = _parse_failed_only_range(d.pop("failedOnlyRange", UNSET))

        def _parse_started_once_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_once_range = _parse_started_once_range(d.pop("startedOnceRange", UNSET))

        _running_instances_info = d.pop("runningInstancesInfo", UNSET)
        running_instances_info: QRunningInstancesInfoOutput | Unset
        if isinstance(_running_instances_info, Unset):
            running_instances_info = UNSET
        else:
            running_instances_info = QRunningInstancesInfoOutput.from_dict(_running_instances_info)

        q_task_status_output = cls(
            timestamp=timestamp,
            last_update_timestamp=last_update_timestamp,
            download_progress=download_progress,
            execution_progress=execution_progress,
            upload_progress=upload_progress,
            instance_count=instance_count,
            download_time=download_time,
            download_time_sec=download_time_sec,
            environment_time=environment_time,
            environment_time_sec=environment_time_sec,
            execution_time=execution_time,
            execution_time_sec=execution_time_sec,
            execution_time_by_cpu_model=execution_time_by_cpu_model,
            execution_time_by_machine_specification=execution_time_by_machine_specification,
            execution_time_by_site_and_machine=execution_time_by_site_and_machine,
            execution_time_by_instance_id=execution_time_by_instance_id,
            execution_time_ghz_by_cpu_model=execution_time_ghz_by_cpu_model,
            upload_time=upload_time,
            upload_time_sec=upload_time_sec,
            wall_time=wall_time,
            wall_time_sec=wall_time_sec,
            succeeded_range=succeeded_range,
            executed_range=executed_range,
            failed_range=failed_range,
            cancelled_range=cancelled_range,
            failed_only_range=failed_only_range,
            started_once_range=started_once_range,
            running_instances_info=running_instances_info,
        )

        return q_task_status_output
