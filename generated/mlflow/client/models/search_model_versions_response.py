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
    from ..models.model_version import ModelVersion


T = TypeVar("T", bound="SearchModelVersionsResponse")


@_attrs_define
class SearchModelVersionsResponse:
    """
    Attributes:
        model_versions (list[ModelVersion] | Unset): Models that match the search criteria
        next_page_token (str | Unset): Pagination token to request next page of models for the same search query.
    """

    model_versions: list[ModelVersion] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_versions, Unset):
            model_versions = []
            for model_versions_item_data in self.model_versions:
                model_versions_item = model_versions_item_data.to_dict()
                model_versions.append(model_versions_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_versions is not UNSET:
            field_dict["model_versions"] = model_versions
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_version import ModelVersion

        d = dict(src_dict)
        _model_versions = d.pop("model_versions", UNSET)
        model_versions: list[ModelVersion] | Unset = UNSET
        if _model_versions is not UNSET:
            model_versions = []
            for model_versions_item_data in _model_versions:
                model_versions_item = ModelVersion.from_dict(model_versions_item_data)

                model_versions.append(model_versions_item)

        next_page_token = d.pop("next_page_token", UNSET)

        search_model_versions_response = cls(
            model_versions=model_versions,
            next_page_token=next_page_token,
        )

        search_model_versions_response.additional_properties = d
        return search_model_versions_response

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
