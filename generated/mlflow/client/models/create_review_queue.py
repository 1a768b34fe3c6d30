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

T = TypeVar("T", bound="CreateReviewQueue")


@_attrs_define
class CreateReviewQueue:
    """
    Attributes:
        experiment_id (str):
        name (str):
        queue_type (ReviewQueueType):
        created_by (str | Unset):
        users (list[str] | Unset):
        schema_ids (list[str] | Unset):
    """

    experiment_id: str
    name: str
    queue_type: ReviewQueueType
    created_by: str | Unset = UNSET
    users: list[str] | Unset = UNSET
    schema_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        name = self.name

        queue_type = self.queue_type.value

        created_by = self.created_by

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        schema_ids: list[str] | Unset = UNSET
        if not isinstance(self.schema_ids, Unset):
            schema_ids = self.schema_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
                "name": name,
                "queue_type": queue_type,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if users is not UNSET:
            field_dict["users"] = users
        if schema_ids is not UNSET:
            field_dict["schema_ids"] = schema_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")

        name = d.pop("name")

        queue_type = ReviewQueueType(d.pop("queue_type"))

        created_by = d.pop("created_by", UNSET)

        users = cast(list[str], d.pop("users", UNSET))

        schema_ids = cast(list[str], d.pop("schema_ids", UNSET))

        create_review_queue = cls(
            experiment_id=experiment_id,
            name=name,
            queue_type=queue_type,
            created_by=created_by,
            users=users,
            schema_ids=schema_ids,
        )

        create_review_queue.additional_properties = d
        return create_review_queue

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
