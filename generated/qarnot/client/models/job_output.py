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

T = TypeVar("T", bound="JobOutput")


@_attrs_define
class JobOutput:
    """Output of the Get request for jobs

    Attributes:
        uuid (UUID | Unset): Uuid of the job Example: 12345678-1234-1234-1234-123456789012.
        name (None | str | Unset): Name of the job Example: my job.
        shortname (None | str | Unset): Unique name of the job (its Uuid by default) Example: first-job.
        pool_uuid (UUID | Unset): Uuid of the pool linked to the job (if any) Example:
            62e80aae-d20a-4608-b873-ec8bff991733.
        state (None | str | Unset): Current state of the job

            Can be: Active, Terminating, Completed, Deleting Example: FullyExecuting.
        previous_state (None | str | Unset): Previous state of the job Example: PartiallyExecuting.
        use_dependencies (bool | Unset): Whether the job's tasks can be dependent from each other,
            i.e. they be run in a specific order and should wait fot the previous task to end before starting Example: True.
        state_transition_time (datetime.datetime | Unset): Date of the last state transition Example:
            2021-05-01T19:00:00Z.
        previous_state_transition_time (datetime.datetime | Unset): Date of the previous state transition Example:
            2021-05-01T17:56:29Z.
        creation_date (datetime.datetime | Unset): Date of the task creation (UTC ISO 8601) Example:
            2021-05-01T15:04:27Z.
        last_modified (datetime.datetime | Unset): Date of the last modification (UTC ISO 8601) Example:
            2021-05-01T19:01:29Z.
        max_wall_time (None | str | Unset): Maximum real living time of the job Example: 1.03:16:50.5000000.
        tags (list[str] | None | Unset): Custom tags to use as filtering Example: ['t1', 't2,t3'].
        auto_delete_on_completion (bool | Unset): Whether the job should be deleted if completed and the job quota is
            reached Example: True.
        completion_time_to_live (str | Unset): Limit for the job execution time Example: 00:30:00.
    """

    uuid: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    pool_uuid: UUID | Unset = UNSET
    state: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    use_dependencies: bool | Unset = UNSET
    state_transition_time: datetime.datetime | Unset = UNSET
    previous_state_transition_time: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    max_wall_time: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    auto_delete_on_completion: bool | Unset = UNSET
    completion_time_to_live: str | Unset = UNSET

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

        pool_uuid: str | Unset = UNSET
        if not isinstance(self.pool_uuid, Unset):
            pool_uuid = str(self.pool_uuid)

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

        use_dependencies = self.use_dependencies

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

        max_wall_time: None | str | Unset
        if isinstance(self.max_wall_time, Unset):
            max_wall_time = UNSET
        else:
            max_wall_time = self.max_wall_time

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live = self.completion_time_to_live

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if use_dependencies is not UNSET:
            field_dict["useDependencies"] = use_dependencies
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if max_wall_time is not UNSET:
            field_dict["maxWallTime"] = max_wall_time
        if tags is not UNSET:
            field_dict["tags"] = tags
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live

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

        _pool_uuid = d.pop("poolUuid", UNSET)
        pool_uuid: UUID | Unset
        if isinstance(_pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = UUID(_pool_uuid)

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

        use_dependencies = d.pop("useDependencies", UNSET)

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

        def _parse_max_wall_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_wall_time = _parse_max_wall_time(d.pop("maxWallTime", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        auto_delete_on_completion = d.pop("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = d.pop("completionTimeToLive", UNSET)

        job_output = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            pool_uuid=pool_uuid,
            state=state,
            previous_state=previous_state,
            use_dependencies=use_dependencies,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            creation_date=creation_date,
            last_modified=last_modified,
            max_wall_time=max_wall_time,
            tags=tags,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
        )

        return job_output
