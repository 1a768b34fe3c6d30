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

T = TypeVar("T", bound="SearchRuns")


@_attrs_define
class SearchRuns:
    """
    Attributes:
        experiment_ids (list[str] | Unset): List of experiment IDs to search over.
        run_view_type (ViewType | Unset): View type for ListExperiments query.
            - ACTIVE_ONLY: Default. Return only active experiments.
            - DELETED_ONLY: Return only deleted experiments.
            - ALL: Get all experiments.
        filter_ (str | Unset): A filter expression over params, metrics, and tags, that allows returning a subset of
            runs. The syntax is a subset of SQL that supports ANDing together binary operations
            between a param, metric, or tag and a constant.

            Example: ``metrics.rmse < 1 and params.model_class = 'LogisticRegression'``

            You can select columns with special characters (hyphen, space, period, etc.) by using double quotes:
            ``metrics."model class" = 'LinearRegression' and tags."user-name" = 'Tomas'``

            Supported operators are ``=``, ``!=``, ``>``, ``>=``, ``<``, and ``<=``.
        max_results (int | Unset): Maximum number of runs desired. If unspecified, defaults to 1000.
            All servers are guaranteed to support a `max_results` threshold of at least 50,000
            but may support more. Callers of this endpoint are encouraged to pass max_results
            explicitly and leverage page_token to iterate through experiments. Default: 1000.
        order_by (list[str] | Unset): List of columns to be ordered by, including attributes, params, metrics, and tags
            with an
            optional "DESC" or "ASC" annotation, where "ASC" is the default.
            Example: ["params.input DESC", "metrics.alpha ASC", "metrics.rmse"]
            Tiebreaks are done by start_time DESC followed by run_id for runs with the same start time
            (and this is the default ordering criterion if order_by is not provided).
        page_token (str | Unset):
    """

    experiment_ids: list[str] | Unset = UNSET
    run_view_type: ViewType | Unset = UNSET
    filter_: str | Unset = UNSET
    max_results: int | Unset = 1000
    order_by: list[str] | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        run_view_type: str | Unset = UNSET
        if not isinstance(self.run_view_type, Unset):
            run_view_type = self.run_view_type.value

        filter_ = self.filter_

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
        if run_view_type is not UNSET:
            field_dict["run_view_type"] = run_view_type
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
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

        _run_view_type = d.pop("run_view_type", UNSET)
        run_view_type: ViewType | Unset
        if isinstance(_run_view_type, Unset):
            run_view_type = UNSET
        else:
            run_view_type = ViewType(_run_view_type)

        filter_ = d.pop("filter", UNSET)

        max_results = d.pop("max_results", UNSET)

        order_by = cast(list[str], d.pop("order_by", UNSET))

        page_token = d.pop("page_token", UNSET)

        search_runs = cls(
            experiment_ids=experiment_ids,
            run_view_type=run_view_type,
            filter_=filter_,
            max_results=max_results,
            order_by=order_by,
            page_token=page_token,
        )

        search_runs.additional_properties = d
        return search_runs

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
