# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_item_type import ReviewItemType
from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewQueueItem")


@_attrs_define
class ReviewQueueItem:
    """
    Attributes:
        queue_id (str | Unset):
        item_type (ReviewItemType | Unset):
        item_id (str | Unset):
        status (ReviewStatus | Unset):
        completed_by (str | Unset):
        completed_time_ms (int | str | Unset):
        creation_time_ms (int | str | Unset):
        last_update_time_ms (int | str | Unset):
    """

    queue_id: str | Unset = UNSET
    item_type: ReviewItemType | Unset = UNSET
    item_id: str | Unset = UNSET
    status: ReviewStatus | Unset = UNSET
    completed_by: str | Unset = UNSET
    completed_time_ms: int | str | Unset = UNSET
    creation_time_ms: int | str | Unset = UNSET
    last_update_time_ms: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.value

        item_id = self.item_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        completed_by = self.completed_by

        completed_time_ms: int | str | Unset
        if isinstance(self.completed_time_ms, Unset):
            completed_time_ms = UNSET
        else:
            completed_time_ms = self.completed_time_ms

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if status is not UNSET:
            field_dict["status"] = status
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if completed_time_ms is not UNSET:
            field_dict["completed_time_ms"] = completed_time_ms
        if creation_time_ms is not UNSET:
            field_dict["creation_time_ms"] = creation_time_ms
        if last_update_time_ms is not UNSET:
            field_dict["last_update_time_ms"] = last_update_time_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        queue_id = d.pop("queue_id", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: ReviewItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = ReviewItemType(_item_type)

        item_id = d.pop("item_id", UNSET)

        _status = d.pop("status", UNSET)
        status: ReviewStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReviewStatus(_status)

        completed_by = d.pop("completed_by", UNSET)

        def _parse_completed_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        completed_time_ms = _parse_completed_time_ms(d.pop("completed_time_ms", UNSET))

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

        review_queue_item = cls(
            queue_id=queue_id,
            item_type=item_type,
            item_id=item_id,
            status=status,
            completed_by=completed_by,
            completed_time_ms=completed_time_ms,
            creation_time_ms=creation_time_ms,
            last_update_time_ms=last_update_time_ms,
        )

        review_queue_item.additional_properties = d
        return review_queue_item

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
