# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_item_type import ReviewItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddItemsToReviewQueue")


@_attrs_define
class AddItemsToReviewQueue:
    """
    Attributes:
        queue_id (str):
        item_type (ReviewItemType | Unset):
        item_ids (list[str] | Unset):
    """

    queue_id: str
    item_type: ReviewItemType | Unset = UNSET
    item_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.value

        item_ids: list[str] | Unset = UNSET
        if not isinstance(self.item_ids, Unset):
            item_ids = self.item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_id": queue_id,
            }
        )
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_ids is not UNSET:
            field_dict["item_ids"] = item_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        queue_id = d.pop("queue_id")

        _item_type = d.pop("item_type", UNSET)
        item_type: ReviewItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = ReviewItemType(_item_type)

        item_ids = cast(list[str], d.pop("item_ids", UNSET))

        add_items_to_review_queue = cls(
            queue_id=queue_id,
            item_type=item_type,
            item_ids=item_ids,
        )

        add_items_to_review_queue.additional_properties = d
        return add_items_to_review_queue

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
