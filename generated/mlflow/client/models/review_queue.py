# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_queue_type import ReviewQueueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewQueue")


@_attrs_define
class ReviewQueue:
    """
    Attributes:
        queue_id (str | Unset):
        experiment_id (str | Unset):
        name (str | Unset):
        queue_type (ReviewQueueType | Unset):
        created_by (str | Unset):
        creation_time_ms (int | str | Unset):
        last_update_time_ms (int | str | Unset):
        users (list[str] | Unset):
        schema_ids (list[str] | Unset):
    """

    queue_id: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    queue_type: ReviewQueueType | Unset = UNSET
    created_by: str | Unset = UNSET
    creation_time_ms: int | str | Unset = UNSET
    last_update_time_ms: int | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    schema_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        experiment_id = self.experiment_id

        name = self.name

        queue_type: str | Unset = UNSET
        if not isinstance(self.queue_type, Unset):
            queue_type = self.queue_type.value

        created_by = self.created_by

        creation_time_ms: int | str | Unset
        if isinstance(self.creation_time_ms, Unset):
            creation_time_ms = UNSET
        else:
            creation_time_ms = self.creation_time_ms

        last_update_time_ms: int | str | Unset
        if isinstance(self.last_update_time_ms, Unset):
            last_update_time_ms = UNSET
        else:
            last_update_time_ms = self.last_update_time_ms

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        schema_ids: list[str] | Unset = UNSET
        if not isinstance(self.schema_ids, Unset):
            schema_ids = self.schema_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if queue_type is not UNSET:
            field_dict["queue_type"] = queue_type
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if creation_time_ms is not UNSET:
            field_dict["creation_time_ms"] = creation_time_ms
        if last_update_time_ms is not UNSET:
            field_dict["last_update_time_ms"] = last_update_time_ms
        if users is not UNSET:
            field_dict["users"] = users
        if schema_ids is not UNSET:
            field_dict["schema_ids"] = schema_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        queue_id = d.pop("queue_id", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        name = d.pop("name", UNSET)

        _queue_type = d.pop("queue_type", UNSET)
        queue_type: ReviewQueueType | Unset
        if isinstance(_queue_type, Unset):
            queue_type = UNSET
        else:
            queue_type = ReviewQueueType(_queue_type)

        created_by = d.pop("created_by", UNSET)

        def _parse_creation_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_time_ms = _parse_creation_time_ms(d.pop("creation_time_ms", UNSET))

        def _parse_last_update_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_update_time_ms = _parse_last_update_time_ms(d.pop("last_update_time_ms", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        schema_ids = cast(list[str], d.pop("schema_ids", UNSET))

        review_queue = cls(
            queue_id=queue_id,
            experiment_id=experiment_id,
            name=name,
            queue_type=queue_type,
            created_by=created_by,
            creation_time_ms=creation_time_ms,
            last_update_time_ms=last_update_time_ms,
            users=users,
            schema_ids=schema_ids,
        )

        review_queue.additional_properties = d
        return review_queue

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
