# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_type import ViewType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExperiments")


@_attrs_define
class SearchExperiments:
    """
    Attributes:
        max_results (int | str | Unset): Maximum number of experiments desired.
            Servers may select a desired default `max_results` value. All servers are
            guaranteed to support a `max_results` threshold of at least 1,000 but may
            support more. Callers of this endpoint are encouraged to pass max_results
            explicitly and leverage page_token to iterate through experiments.
        page_token (str | Unset): Token indicating the page of experiments to fetch
        filter_ (str | Unset): A filter expression over experiment attributes and tags that allows returning a subset of
            experiments. The syntax is a subset of SQL that supports ANDing together binary operations
            between an attribute or tag, and a constant.

            Example: ``name LIKE 'test-%' AND tags.key = 'value'``

            You can select columns with special characters (hyphen, space, period, etc.) by using
            double quotes or backticks.

            Example: ``tags."extra-key" = 'value'`` or ``tags.`extra-key` = 'value'``

            Supported operators are ``=``, ``!=``, ``LIKE``, and ``ILIKE``.
        order_by (list[str] | Unset): List of columns for ordering search results, which can include experiment name and
            id
            with an optional "DESC" or "ASC" annotation, where "ASC" is the default.
            Tiebreaks are done by experiment id DESC.
        view_type (ViewType | Unset): View type for ListExperiments query.
            - ACTIVE_ONLY: Default. Return only active experiments.
            - DELETED_ONLY: Return only deleted experiments.
            - ALL: Get all experiments.
    """

    max_results: int | str | Unset = UNSET
    page_token: str | Unset = UNSET
    filter_: str | Unset = UNSET
    order_by: list[str] | Unset = UNSET
    view_type: ViewType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_results: int | str | Unset
        if isinstance(self.max_results, Unset):
            max_results = UNSET
        else:
            max_results = self.max_results

        page_token = self.page_token

        filter_ = self.filter_

        order_by: list[str] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        view_type: str | Unset = UNSET
        if not isinstance(self.view_type, Unset):
            view_type = self.view_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if page_token is not UNSET:
            field_dict["page_token"] = page_token
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if view_type is not UNSET:
            field_dict["view_type"] = view_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_max_results(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_results = _parse_max_results(d.pop("max_results", UNSET))

        page_token = d.pop("page_token", UNSET)

        filter_ = d.pop("filter", UNSET)

        order_by = cast(list[str], d.pop("order_by", UNSET))

        _view_type = d.pop("view_type", UNSET)
        view_type: ViewType | Unset
        if isinstance(_view_type, Unset):
            view_type = UNSET
        else:
            view_type = ViewType(_view_type)

        search_experiments = cls(
            max_results=max_results,
            page_token=page_token,
            filter_=filter_,
            order_by=order_by,
            view_type=view_type,
        )

        search_experiments.additional_properties = d
        return search_experiments

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
