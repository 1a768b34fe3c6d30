# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetReviewQueueItemStatus")


@_attrs_define
class SetReviewQueueItemStatus:
    """
    Attributes:
        queue_id (str):
        item_id (str):
        status (ReviewStatus):
        completed_by (str | Unset):
    """

    queue_id: str
    item_id: str
    status: ReviewStatus
    completed_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        item_id = self.item_id

        status = self.status.value

        completed_by = self.completed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_id": queue_id,
                "item_id": item_id,
                "status": status,
            }
        )
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        queue_id = d.pop("queue_id")

        item_id = d.pop("item_id")

        status = ReviewStatus(d.pop("status"))

        completed_by = d.pop("completed_by", UNSET)

        set_review_queue_item_status = cls(
            queue_id=queue_id,
            item_id=item_id,
            status=status,
            completed_by=completed_by,
        )

        set_review_queue_item_status.additional_properties = d
        return set_review_queue_item_status

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
