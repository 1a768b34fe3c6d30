# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_logged_models_dataset import SearchLoggedModelsDataset
    from ..models.search_logged_models_order_by import SearchLoggedModelsOrderBy


T = TypeVar("T", bound="SearchLoggedModels")


@_attrs_define
class SearchLoggedModels:
    """
    Attributes:
        experiment_ids (list[str]): IDs of the Experiments in which to search for Logged Models.
        filter_ (str | Unset): A filter expression over Logged Model info and data that allows returning a subset of
            Logged Models. The syntax is a subset of SQL that supports ANDing together binary operations
            Example: ``params.alpha < 0.3 AND metrics.accuracy > 0.9``.
        max_results (int | Unset): Maximum number of Logged Models to return. Max threshold is 50. Default: 50.
        order_by (list[SearchLoggedModelsOrderBy] | Unset): List of columns for ordering the results, with additional
            fields for sorting criteria.
        page_token (str | Unset): Token indicating the page of Logged Models to fetch.
        datasets (list[SearchLoggedModelsDataset] | Unset): List of datasets on which to apply the metrics filter
            clauses.
            For example, a filter with `metrics.accuracy > 0.9` and dataset info with name "test_dataset"
            means we will return all logged models with accuracy > 0.9 on the test_dataset.
            Metric values from ANY dataset matching the criteria are considered.
            If no datasets are specified, then metrics across all datasets are considered in the filter.
    """

    experiment_ids: list[str]
    filter_: str | Unset = UNSET
    max_results: int | Unset = 50
    order_by: list[SearchLoggedModelsOrderBy] | Unset = UNSET
    page_token: str | Unset = UNSET
    datasets: list[SearchLoggedModelsDataset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids = self.experiment_ids

        filter_ = self.filter_

        max_results = self.max_results

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        page_token = self.page_token

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_ids": experiment_ids,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if page_token is not UNSET:
            field_dict["page_token"] = page_token
        if datasets is not UNSET:
            field_dict["datasets"] = datasets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_logged_models_dataset import SearchLoggedModelsDataset
        from ..models.search_logged_models_order_by import SearchLoggedModelsOrderBy

        d = dict(src_dict)
        experiment_ids = cast(list[str], d.pop("experiment_ids"))

        filter_ = d.pop("filter", UNSET)

        max_results = d.pop("max_results", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: list[SearchLoggedModelsOrderBy] | Unset = UNSET
        if _order_by is not UNSET:
            order_by = []
            for order_by_item_data in _order_by:
                order_by_item = SearchLoggedModelsOrderBy.from_dict(order_by_item_data)

                order_by.append(order_by_item)

        page_token = d.pop("page_token", UNSET)

        _datasets = d.pop("datasets", UNSET)
        datasets: list[SearchLoggedModelsDataset] | Unset = UNSET
        if _datasets is not UNSET:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = SearchLoggedModelsDataset.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        search_logged_models = cls(
            experiment_ids=experiment_ids,
            filter_=filter_,
            max_results=max_results,
            order_by=order_by,
            page_token=page_token,
            datasets=datasets,
        )

        search_logged_models.additional_properties = d
        return search_logged_models

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
