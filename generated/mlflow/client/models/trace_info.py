# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_status import TraceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_request_metadata import TraceRequestMetadata
    from ..models.trace_tag import TraceTag


T = TypeVar("T", bound="TraceInfo")


@_attrs_define
class TraceInfo:
    """TraceInfo. Represents metadata of a trace.

    Attributes:
        request_id (str | Unset): Unique identifier for the trace.
        experiment_id (str | Unset): The ID of the experiment that contains the trace.
        timestamp_ms (int | str | Unset): Unix timestamp of when the trace started in milliseconds.
        execution_time_ms (int | str | Unset): Unix timestamp of the duration of the trace in milliseconds.
        status (TraceStatus | Unset): - OK: The operation being traced was successful.
            - ERROR: The operation being traced failed.
            - IN_PROGRESS: The operation being traced is still in progress.
        request_metadata (list[TraceRequestMetadata] | Unset): Other trace metadata.
        tags (list[TraceTag] | Unset): Tags for the trace.
    """

    request_id: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    timestamp_ms: int | str | Unset = UNSET
    execution_time_ms: int | str | Unset = UNSET
    status: TraceStatus | Unset = UNSET
    request_metadata: list[TraceRequestMetadata] | Unset = UNSET
    tags: list[TraceTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        experiment_id = self.experiment_id

        timestamp_ms: int | str | Unset
        if isinstance(self.timestamp_ms, Unset):
            timestamp_ms = UNSET
        else:
            timestamp_ms = self.timestamp_ms

        execution_time_ms: int | str | Unset
        if isinstance(self.execution_time_ms, Unset):
            execution_time_ms = UNSET
        else:
            execution_time_ms = self.execution_time_ms

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        request_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_metadata, Unset):
            request_metadata = []
            for request_metadata_item_data in self.request_metadata:
                request_metadata_item = request_metadata_item_data.to_dict()
                request_metadata.append(request_metadata_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if timestamp_ms is not UNSET:
            field_dict["timestamp_ms"] = timestamp_ms
        if execution_time_ms is not UNSET:
            field_dict["execution_time_ms"] = execution_time_ms
        if status is not UNSET:
            field_dict["status"] = status
        if request_metadata is not UNSET:
            field_dict["request_metadata"] = request_metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_request_metadata import TraceRequestMetadata
        from ..models.trace_tag import TraceTag

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        def _parse_timestamp_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp_ms = _parse_timestamp_ms(d.pop("timestamp_ms", UNSET))

        def _parse_execution_time_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        execution_time_ms = _parse_execution_time_ms(d.pop("execution_time_ms", UNSET))

        _status = d.pop("status", UNSET)
        status: TraceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TraceStatus(_status)

        _request_metadata = d.pop("request_metadata", UNSET)
        request_metadata: list[TraceRequestMetadata] | Unset = UNSET
        if _request_metadata is not UNSET:
            request_metadata = []
            for request_metadata_item_data in _request_metadata:
                request_metadata_item = TraceRequestMetadata.from_dict(request_metadata_item_data)

                request_metadata.append(request_metadata_item)

        _tags = d.pop("tags", UNSET)
        tags: list[TraceTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TraceTag.from_dict(tags_item_data)

                tags.append(tags_item)

        trace_info = cls(
            request_id=request_id,
            experiment_id=experiment_id,
            timestamp_ms=timestamp_ms,
            execution_time_ms=execution_time_ms,
            status=status,
            request_metadata=request_metadata,
            tags=tags,
        )

        trace_info.additional_properties = d
        return trace_info

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
