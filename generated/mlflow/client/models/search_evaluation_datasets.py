# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchEvaluationDatasets")


@_attrs_define
class SearchEvaluationDatasets:
    """
    Attributes:
        experiment_ids (list[str] | Unset): Associated experiment IDs to filter by
        filter_string (str | Unset): Filter string for dataset names
        max_results (int | Unset): Maximum number of results Default: 1000.
        order_by (list[str] | Unset): Ordering criteria
        page_token (str | Unset): Page token for pagination
    """

    experiment_ids: list[str] | Unset = UNSET
    filter_string: str | Unset = UNSET
    max_results: int | Unset = 1000
    order_by: list[str] | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        filter_string = self.filter_string

        max_results = self.max_results

        order_by: list[str] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if filter_string is not UNSET:
            field_dict["filter_string"] = filter_string
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_ids = cast(list[str], d.pop("experiment_ids", UNSET))

        filter_string = d.pop("filter_string", UNSET)

        max_results = d.pop("max_results", UNSET)

        order_by = cast(list[str], d.pop("order_by", UNSET))

        page_token = d.pop("page_token", UNSET)

        search_evaluation_datasets = cls(
            experiment_ids=experiment_ids,
            filter_string=filter_string,
            max_results=max_results,
            order_by=order_by,
            page_token=page_token,
        )

        search_evaluation_datasets.additional_properties = d
        return search_evaluation_datasets

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
