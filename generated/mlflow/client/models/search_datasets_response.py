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
    from ..models.dataset_summary import DatasetSummary


T = TypeVar("T", bound="SearchDatasetsResponse")


@_attrs_define
class SearchDatasetsResponse:
    """
    Attributes:
        dataset_summaries (list[DatasetSummary] | Unset): Return the summary for most recently created N datasets, as
            configured in backend
    """

    dataset_summaries: list[DatasetSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dataset_summaries, Unset):
            dataset_summaries = []
            for dataset_summaries_item_data in self.dataset_summaries:
                dataset_summaries_item = dataset_summaries_item_data.to_dict()
                dataset_summaries.append(dataset_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_summaries is not UNSET:
            field_dict["dataset_summaries"] = dataset_summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_summary import DatasetSummary

        d = dict(src_dict)
        _dataset_summaries = d.pop("dataset_summaries", UNSET)
        dataset_summaries: list[DatasetSummary] | Unset = UNSET
        if _dataset_summaries is not UNSET:
            dataset_summaries = []
            for dataset_summaries_item_data in _dataset_summaries:
                dataset_summaries_item = DatasetSummary.from_dict(dataset_summaries_item_data)

                dataset_summaries.append(dataset_summaries_item)

        search_datasets_response = cls(
            dataset_summaries=dataset_summaries,
        )

        search_datasets_response.additional_properties = d
        return search_datasets_response

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
