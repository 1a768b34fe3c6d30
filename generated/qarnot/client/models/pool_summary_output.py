# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolSummaryOutput")


@_attrs_define
class PoolSummaryOutput:
    """Output of the Get request for pool summaries

    Attributes:
        uuid (UUID | Unset): Unique Id of the pool Example: 62e80aae-d20a-4608-b873-ec8bff991733.
        name (None | str | Unset): Given Name of the pool Example: my-pool.
        shortname (None | str | Unset): Shortname of the pool. Should be unique (is the pool's Uuid by default) Example:
            62e80aae-d20a-4608-b873-ec8bff991733.
        profile (None | str | Unset): Name of the profile used in the pool Example: blender.
        state (None | str | Unset): State of the pool.

            Can be: Submitted, PartiallyDispatched, FullyDispatched, PartiallyExecuting, FullyExecuting,
            Closed, Closing, PendingDelete or Failure Example: FullyExecuting.
        previous_state (None | str | Unset): Previous state of the pool Example: PartiallyExecuting.
        instance_count (int | Unset): Number of pool's instances asked by the user (only input). Not relevant when
            elastic/ scaling are used. Example: 2.
        target_running_instance_count (int | Unset): How many instance should be running (from scaling / policy)
            Example: 2.
        state_transition_time (datetime.datetime | Unset): Time of the last change of state Example:
            2021-04-25T12:34:56Z.
        previous_state_transition_time (datetime.datetime | Unset): Time of the beginning of the previous state Example:
            2021-04-25T12:00:19Z.
        creation_date (datetime.datetime | Unset): Date of the pool creation Example: 2021-04-25T11:50:19Z.
        last_modified (datetime.datetime | Unset): Date of the last modification Example: 2021-04-25T12:45:10Z".
        end_date (datetime.datetime | Unset): Date of the pool end
        running_instance_count (int | Unset): Number of running instances Example: 1.
        running_core_count (int | Unset): Number of cores used by the running instances Example: 16.
        queued_or_running_task_instances_count (int | Unset): Number of pool's tasks that are not finished Example: 2.
        execution_time (None | str | Unset): Duration of the pool's execution Example: 10:00:00.
        wall_time (None | str | Unset): The actual living time of the pool Example: 10:02:17.
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default value of
            WaitForPoolResourcesSynchronization for tasks in the pool.
            Whether the pool's tasks consider pool resources synchronization as a barrier for execution Example: False.
    """

    uuid: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    instance_count: int | Unset = UNSET
    target_running_instance_count: int | Unset = UNSET
    state_transition_time: datetime.datetime | Unset = UNSET
    previous_state_transition_time: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    queued_or_running_task_instances_count: int | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET

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

        instance_count = self.instance_count

        target_running_instance_count = self.target_running_instance_count

        state_transition_time: str | Unset = UNSET
        if not isinstance(self.state_transition_time, Unset):
            state_transition_time = self.state_transition_time.isoformat()

        previous_state_transition_time: str | Unset = UNSET
        if not isinstance(self.previous_state_transition_time, Unset):
            previous_state_transition_time = self.previous_state_transition_time.isoformat()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        queued_or_running_task_instances_count = self.queued_or_running_task_instances_count

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

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

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
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if target_running_instance_count is not UNSET:
            field_dict["targetRunningInstanceCount"] = target_running_instance_count
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if queued_or_running_task_instances_count is not UNSET:
            field_dict["queuedOrRunningTaskInstancesCount"] = queued_or_running_task_instances_count
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        instance_count = d.pop("instanceCount", UNSET)

        target_running_instance_count = d.pop("targetRunningInstanceCount", UNSET)

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

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        running_instance_count = d.pop("runningInstanceCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        queued_or_running_task_instances_count = d.pop("queuedOrRunningTaskInstancesCount", UNSET)

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

        def _parse_task_default_wait_for_pool_resources_synchronization(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        task_default_wait_for_pool_resources_synchronization = (
            _parse_task_default_wait_for_pool_resources_synchronization(
                d.pop("taskDefaultWaitForPoolResourcesSynchronization", UNSET)
            )
        )

        pool_summary_output = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            state=state,
            previous_state=previous_state,
            instance_count=instance_count,
            target_running_instance_count=target_running_instance_count,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            creation_date=creation_date,
            last_modified=last_modified,
            end_date=end_date,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            queued_or_running_task_instances_count=queued_or_running_task_instances_count,
            execution_time=execution_time,
            wall_time=wall_time,
            task_default_wait_for_pool_resources_synchronization=task_default_wait_for_pool_resources_synchronization,
        )

        return pool_summary_output
