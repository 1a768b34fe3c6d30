# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateReviewQueue")


@_attrs_define
class UpdateReviewQueue:
    """
    Attributes:
        queue_id (str):
        update_users (bool | Unset):
        users (list[str] | Unset):
        update_schema_ids (bool | Unset):
        schema_ids (list[str] | Unset):
        name (str | Unset):
        new_owner (str | Unset):
    """

    queue_id: str
    update_users: bool | Unset = UNSET
    users: list[str] | Unset = UNSET
    update_schema_ids: bool | Unset = UNSET
    schema_ids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    new_owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        update_users = self.update_users

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        update_schema_ids = self.update_schema_ids

        schema_ids: list[str] | Unset = UNSET
        if not isinstance(self.schema_ids, Unset):
            schema_ids = self.schema_ids

        name = self.name

        new_owner = self.new_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_id": queue_id,
            }
        )
        if update_users is not UNSET:
            field_dict["update_users"] = update_users
        if users is not UNSET:
            field_dict["users"] = users
        if update_schema_ids is not UNSET:
            field_dict["update_schema_ids"] = update_schema_ids
        if schema_ids is not UNSET:
            field_dict["schema_ids"] = schema_ids
        if name is not UNSET:
            field_dict["name"] = name
        if new_owner is not UNSET:
            field_dict["new_owner"] = new_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        queue_id = d.pop("queue_id")

        update_users = d.pop("update_users", UNSET)

        users = cast(list[str], d.pop("users", UNSET))

        update_schema_ids = d.pop("update_schema_ids", UNSET)

        schema_ids = cast(list[str], d.pop("schema_ids", UNSET))

        name = d.pop("name", UNSET)

        new_owner = d.pop("new_owner", UNSET)

        update_review_queue = cls(
            queue_id=queue_id,
            update_users=update_users,
            users=users,
            update_schema_ids=update_schema_ids,
            schema_ids=schema_ids,
            name=name,
            new_owner=new_owner,
        )

        update_review_queue.additional_properties = d
        return update_review_queue

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
