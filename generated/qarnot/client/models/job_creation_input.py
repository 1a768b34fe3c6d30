# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCreationInput")


@_attrs_define
class JobCreationInput:
    """Configuration for the creation of a job

    Attributes:
        name (str): Name of the job

            Should be less than 2048 characters. Example: my job.
        shortname (None | str | Unset): Unique name of the job (its Uuid by default)

            >Should be <b>unique</b>.
            >Available characters (all alphanumeric + hyphen): ```a-z```, ```A-Z```, ```0-9``` and ```-```.
            Should start with a letter or number and should not end with an hyphen (```-```). Example: first-job.
        pool_uuid (None | Unset | UUID): Uuid of the job's pool if any

            Should be the uuid of an open pool. Example: 62e80aae-d20a-4608-b873-ec8bff991733.
        use_dependencies (bool | None | Unset): Whether the job's tasks can be dependent from each other,
            i.e. they be run in a specific order and should wait fot the previous task to end before starting Example: True.
        tags (list[str] | None | Unset): Custom tags to use as filtering

            Should be less than 10.

            The tags values should not be null and should be less than 512 characters.
        max_wall_time (None | str | Unset): Maximum real living time of the job Example: 10:00:00.
        auto_delete_on_completion (bool | None | Unset): Whether the job should be deleted if completed and the job
            quota is reached Example: True.
        completion_time_to_live (None | str | Unset): Limit for the job execution time Example: 00:30:00.
    """

    name: str
    shortname: None | str | Unset = UNSET
    pool_uuid: None | Unset | UUID = UNSET
    use_dependencies: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    max_wall_time: None | str | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        pool_uuid: None | str | Unset
        if isinstance(self.pool_uuid, Unset):
            pool_uuid = UNSET
        elif isinstance(self.pool_uuid, UUID):
            pool_uuid = str(self.pool_uuid)
        else:
            pool_uuid = self.pool_uuid

        use_dependencies: bool | None | Unset
        if isinstance(self.use_dependencies, Unset):
            use_dependencies = UNSET
        else:
            use_dependencies = self.use_dependencies

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        max_wall_time: None | str | Unset
        if isinstance(self.max_wall_time, Unset):
            max_wall_time = UNSET
        else:
            max_wall_time = self.max_wall_time

        auto_delete_on_completion: bool | None | Unset
        if isinstance(self.auto_delete_on_completion, Unset):
            auto_delete_on_completion = UNSET
        else:
            auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live: None | str | Unset
        if isinstance(self.completion_time_to_live, Unset):
            completion_time_to_live = UNSET
        else:
            completion_time_to_live = self.completion_time_to_live

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if use_dependencies is not UNSET:
            field_dict["useDependencies"] = use_dependencies
        if tags is not UNSET:
            field_dict["tags"] = tags
        if max_wall_time is not UNSET:
            field_dict["maxWallTime"] = max_wall_time
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_shortname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortname = _parse_shortname(d.pop("shortname", UNSET))

        def _parse_pool_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_uuid_type_0 = UUID(data)

                return pool_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pool_uuid = _parse_pool_uuid(d.pop("poolUuid", UNSET))

        def _parse_use_dependencies(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_dependencies = _parse_use_dependencies(d.pop("useDependencies", UNSET))

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

        def _parse_max_wall_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_wall_time = _parse_max_wall_time(d.pop("maxWallTime", UNSET))

        def _parse_auto_delete_on_completion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_delete_on_completion = _parse_auto_delete_on_completion(
            d.pop("autoDeleteOnCompletion", UNSET)
        )

        def _parse_completion_time_to_live(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completion_time_to_live = _parse_completion_time_to_live(
            d.pop("completionTimeToLive", UNSET)
        )

        job_creation_input = cls(
            name=name,
            shortname=shortname,
            pool_uuid=pool_uuid,
            use_dependencies=use_dependencies,
            tags=tags,
            max_wall_time=max_wall_time,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
        )

        return job_creation_input
