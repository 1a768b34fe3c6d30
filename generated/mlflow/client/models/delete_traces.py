# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteTraces")


@_attrs_define
class DeleteTraces:
    """
    Attributes:
        experiment_id (str): ID of the associated experiment.
        max_timestamp_millis (int | str | Unset): Case 1: max_timestamp_millis and max_traces must be specified for
            time-based deletion
            The maximum timestamp in milliseconds since the UNIX epoch for deleting traces.
        max_traces (int | Unset): The maximum number of traces to delete.
        request_ids (list[str] | Unset): Case 2: request_ids must be specified for ID-based deletion
            A set of request IDs to delete
    """

    experiment_id: str
    max_timestamp_millis: int | str | Unset = UNSET
    max_traces: int | Unset = UNSET
    request_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        max_timestamp_millis: int | str | Unset
        if isinstance(self.max_timestamp_millis, Unset):
            max_timestamp_millis = UNSET
        else:
            max_timestamp_millis = self.max_timestamp_millis

        max_traces = self.max_traces

        request_ids: list[str] | Unset = UNSET
        if not isinstance(self.request_ids, Unset):
            request_ids = self.request_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
            }
        )
        if max_timestamp_millis is not UNSET:
            field_dict["max_timestamp_millis"] = max_timestamp_millis
        if max_traces is not UNSET:
            field_dict["max_traces"] = max_traces
        if request_ids is not UNSET:
            field_dict["request_ids"] = request_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")

        def _parse_max_timestamp_millis(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_timestamp_millis = _parse_max_timestamp_millis(d.pop("max_timestamp_millis", UNSET))

        max_traces = d.pop("max_traces", UNSET)

        request_ids = cast(list[str], d.pop("request_ids", UNSET))

        delete_traces = cls(
            experiment_id=experiment_id,
            max_timestamp_millis=max_timestamp_millis,
            max_traces=max_traces,
            request_ids=request_ids,
        )

        delete_traces.additional_properties = d
        return delete_traces

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
