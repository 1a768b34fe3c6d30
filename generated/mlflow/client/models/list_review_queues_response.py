# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_queue import ReviewQueue


T = TypeVar("T", bound="ListReviewQueuesResponse")


@_attrs_define
class ListReviewQueuesResponse:
    """
    Attributes:
        review_queues (list[ReviewQueue] | Unset):
        next_page_token (str | Unset):
    """

    review_queues: list[ReviewQueue] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_queues, Unset):
            review_queues = []
            for review_queues_item_data in self.review_queues:
                review_queues_item = review_queues_item_data.to_dict()
                review_queues.append(review_queues_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if review_queues is not UNSET:
            field_dict["review_queues"] = review_queues
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.review_queue import ReviewQueue

        d = dict(src_dict)
        _review_queues = d.pop("review_queues", UNSET)
        review_queues: list[ReviewQueue] | Unset = UNSET
        if _review_queues is not UNSET:
            review_queues = []
            for review_queues_item_data in _review_queues:
                review_queues_item = ReviewQueue.from_dict(review_queues_item_data)

                review_queues.append(review_queues_item)

        next_page_token = d.pop("next_page_token", UNSET)

        list_review_queues_response = cls(
            review_queues=review_queues,
            next_page_token=next_page_token,
        )

        list_review_queues_response.additional_properties = d
        return list_review_queues_response

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
