# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_cluster_info import TaskClusterInfo


T = TypeVar("T", bound="TaskSummaryOutput")


@_attrs_define
class TaskSummaryOutput:
    """Output of the Get request for task summaries

    Attributes:
        uuid (UUID | Unset): Uuid of the task Example: 52c10b2d-0687-41e1-985e-7279f6dd543a.
        name (None | str | Unset): Given Name of the task Example: my blend.
        shortname (None | str | Unset): Shortname of the task Example: blend-task-1.
        profile (None | str | Unset): Profile used by the task Example: blender.
        pool_uuid (UUID | Unset): Uuid of the task's pool Example: 62e80aae-d20a-4608-b873-ec8bff991733.
        job_uuid (UUID | Unset): Uuid of the task's job Example: 12345678-1234-1234-1234-123456789012.
        progress (float | Unset): Progression of the task execution Example: 0.3.
        running_instance_count (int | Unset): Number of task instances that are currently running Example: 2.
        running_core_count (int | Unset): Number of cores currently used byt task instances Example: 16.
        cluster_info (TaskClusterInfo | Unset): Info about the cluster the task is in
        execution_time (None | str | Unset): Current execution time Example: 00:00:00.
        wall_time (None | str | Unset): Limit execution time for the task Example: 00:00:00.
        state (None | str | Unset): Current state of the task

            Can be: Submitted, PartiallyDispatched, FullyDispatched, PartiallyExecuting,
            FullyExecuting, UploadingResults, Cancelled, Success, Failure, PendingDelete or PendingCancel Example:
            FullyExecuting.
        previous_state (None | str | Unset): Previous state of the task Example: PartiallyExecuting.
        total_instance_count (int | Unset): Number of task instances used for this task Example: 4.
        instance_count (int | Unset): Number of task instances (Not use and set to 0 when AdvancedRanges is used)
            Example: 4.
        max_retries_per_instance (int | Unset): Maximum number of retries per instance

            *All retry settings are now part of the RetrySettings field* Example: 1.
        advanced_ranges (None | str | Unset): Range of task instances

            (Optional - replace InstanceCount) Specify an advanced range instead of a InstanceCount Example: 0-2,4-5,17.
        state_transition_time (datetime.datetime | Unset): Date of the last state transition Example:
            2021-05-01T19:00:00Z.
        previous_state_transition_time (datetime.datetime | Unset): Date of the previous state transition Example:
            2021-05-01T17:56:29Z.
        last_modified (datetime.datetime | Unset): Date of the last modification Example: 2021-05-01T19:01:29Z.
        creation_date (datetime.datetime | Unset): Date of the task creation (UTC ISO 8601) Example:
            2021-05-01T15:04:27Z.
        end_date (datetime.datetime | Unset): Date of the task end Example: 2021-05-01T21:13:14Z.
        wait_for_pool_resources_synchronization (bool | None | Unset): For in-pool tasks, whether to consider pool
            resources synchronization as a barrier for execution Example: 16.
    """

    uuid: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    pool_uuid: UUID | Unset = UNSET
    job_uuid: UUID | Unset = UNSET
    progress: float | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    cluster_info: TaskClusterInfo | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    total_instance_count: int | Unset = UNSET
    instance_count: int | Unset = UNSET
    max_retries_per_instance: int | Unset = UNSET
    advanced_ranges: None | str | Unset = UNSET
    state_transition_time: datetime.datetime | Unset = UNSET
    previous_state_transition_time: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    wait_for_pool_resources_synchronization: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        pool_uuid: str | Unset = UNSET
        if not isinstance(self.pool_uuid, Unset):
            pool_uuid = str(self.pool_uuid)

        job_uuid: str | Unset = UNSET
        if not isinstance(self.job_uuid, Unset):
            job_uuid = str(self.job_uuid)

        progress = self.progress

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        cluster_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_info, Unset):
            cluster_info = self.cluster_info.to_dict()

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = self.execution_time

        wall_time: None | str | Unset
        if isinstance(self.wall_time, Unset):
            wall_time = UNSET
        else:
            wall_time = self.wall_time

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = self.previous_state

        total_instance_count = self.total_instance_count

        instance_count = self.instance_count

        max_retries_per_instance = self.max_retries_per_instance

        advanced_ranges: None | str | Unset
        if isinstance(self.advanced_ranges, Unset):
            advanced_ranges = UNSET
        else:
            advanced_ranges = self.advanced_ranges

        state_transition_time: str | Unset = UNSET
        if not isinstance(self.state_transition_time, Unset):
            state_transition_time = self.state_transition_time.isoformat()

        previous_state_transition_time: str | Unset = UNSET
        if not isinstance(self.previous_state_transition_time, Unset):
            previous_state_transition_time = self.previous_state_transition_time.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.wait_for_pool_resources_synchronization, Unset):
            wait_for_pool_resources_synchronization = UNSET
        else:
            wait_for_pool_resources_synchronization = self.wait_for_pool_resources_synchronization

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if job_uuid is not UNSET:
            field_dict["jobUuid"] = job_uuid
        if progress is not UNSET:
            field_dict["progress"] = progress
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if cluster_info is not UNSET:
            field_dict["clusterInfo"] = cluster_info
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if max_retries_per_instance is not UNSET:
            field_dict["maxRetriesPerInstance"] = max_retries_per_instance
        if advanced_ranges is not UNSET:
            field_dict["advancedRanges"] = advanced_ranges
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if wait_for_pool_resources_synchronization is not UNSET:
            field_dict["waitForPoolResourcesSynchronization"] = (
                wait_for_pool_resources_synchronization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_cluster_info import TaskClusterInfo

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_shortname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortname = _parse_shortname(d.pop("shortname", UNSET))

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        _pool_uuid = d.pop("poolUuid", UNSET)
        pool_uuid: UUID | Unset
        if isinstance(_pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = UUID(_pool_uuid)

        _job_uuid = d.pop("jobUuid", UNSET)
        job_uuid: UUID | Unset
        if isinstance(_job_uuid, Unset):
            job_uuid = UNSET
        else:
            job_uuid = UUID(_job_uuid)

        progress = d.pop("progress", UNSET)

        running_instance_count = d.pop("runningInstanceCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        _cluster_info = d.pop("clusterInfo", UNSET)
        cluster_info: TaskClusterInfo | Unset
        if isinstance(_cluster_info, Unset):
            cluster_info = UNSET
        else:
            cluster_info = TaskClusterInfo.from_dict(_cluster_info)

        def _parse_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_time = _parse_execution_time(d.pop("executionTime", UNSET))

        def _parse_wall_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wall_time = _parse_wall_time(d.pop("wallTime", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_previous_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_state = _parse_previous_state(d.pop("previousState", UNSET))

        total_instance_count = d.pop("totalInstanceCount", UNSET)

        instance_count = d.pop("instanceCount", UNSET)

        max_retries_per_instance = d.pop("maxRetriesPerInstance", UNSET)

        def _parse_advanced_ranges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advanced_ranges = _parse_advanced_ranges(d.pop("advancedRanges", UNSET))

        _state_transition_time = d.pop("stateTransitionTime", UNSET)
        state_transition_time: datetime.datetime | Unset
        if isinstance(_state_transition_time, Unset):
            state_transition_time = UNSET
        else:
            state_transition_time = datetime.datetime.fromisoformat(_state_transition_time)

        _previous_state_transition_time = d.pop("previousStateTransitionTime", UNSET)
        previous_state_transition_time: datetime.datetime | Unset
        if isinstance(_previous_state_transition_time, Unset):
            previous_state_transition_time = UNSET
        else:
            previous_state_transition_time = datetime.datetime.fromisoformat(
                _previous_state_transition_time
            )

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        def _parse_wait_for_pool_resources_synchronization(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wait_for_pool_resources_synchronization = _parse_wait_for_pool_resources_synchronization(
            d.pop("waitForPoolResourcesSynchronization", UNSET)
        )

        task_summary_output = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            pool_uuid=pool_uuid,
            job_uuid=job_uuid,
            progress=progress,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            cluster_info=cluster_info,
            execution_time=execution_time,
            wall_time=wall_time,
            state=state,
            previous_state=previous_state,
            total_instance_count=total_instance_count,
            instance_count=instance_count,
            max_retries_per_instance=max_retries_per_instance,
            advanced_ranges=advanced_ranges,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            last_modified=last_modified,
            creation_date=creation_date,
            end_date=end_date,
            wait_for_pool_resources_synchronization=wait_for_pool_resources_synchronization,
        )

        return task_summary_output
