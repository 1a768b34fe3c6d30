# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_info_v3_state import TraceInfoV3State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment import Assessment
    from ..models.trace_info_v3_tags import TraceInfoV3Tags
    from ..models.trace_info_v3_trace_metadata import TraceInfoV3TraceMetadata
    from ..models.trace_location import TraceLocation


T = TypeVar("T", bound="TraceInfoV3")


@_attrs_define
class TraceInfoV3:
    """
    Attributes:
        trace_id (str | Unset): The primary key associated with the trace
        client_request_id (str | Unset): Client supplied request ID associated with the trace. This could be used to
            identify the trace/request from an
            external system that produced the trace.
        trace_location (TraceLocation | Unset): The location where the traces was stored and produced
        request (str | Unset): [Deprecated, please use `request_preview` instead.]
            Request to the model/agent.
            Equivalent to the input of the root span but added for ease of access.
            Represented as a JSON string.
        response (str | Unset): [Deprecated, please use `request_preview` instead.]
            Response of the model/agent.
            Equivalent to the output of the root span but added for ease of access.
            Represented as a JSON string.
        request_time (datetime.datetime | Unset): Start time of the trace
        execution_duration (str | Unset): Execution time of the trace
        state (TraceInfoV3State | Unset): Execution state of the trace at the time that it was logged.
            - OK: The operation being traced was successful.
            - ERROR: The operation being traced failed.
            - IN_PROGRESS: The operation being traced is still in progress. This is useful for incremental/distributed
            tracing logging in
            contrast with when the full trace is logged only upon its completion.
        trace_metadata (TraceInfoV3TraceMetadata | Unset): Metadata associated with the trace.
            Examples include:
            - run_id: The ID of the mlflow Run (i.e. evaluation job) that produced the trace. May not be
                      applicable in certain situations such as if the trace was created via interactive vibe checks)
            - model_id: The ID of the associated model that produced the trace.
            - dataset_id: The ID of the mlflow Dataset (usually used together with dataset_record_id)
            - dataset_record_id: The ID of the mlflow Dataset (usually used together with dataset_record_id)
            - session_id: The ID of the session (e.g. chat conversation) where the request came from
        assessments (list[Assessment] | Unset):
        tags (TraceInfoV3Tags | Unset): Mutable, user-defined tags for the trace, e.g. "question_topic": "DBSQL"
        request_preview (str | Unset): A preview of the request to the model/agent represented as a JSON string. This is
            equivalent to the input of the root
            span. This preview value is truncated to 10KB while the full request is stored in the trace data in blob
            storage.
        response_preview (str | Unset): A preview of the request to the model/agent represented as a JSON string. This
            is equivalent to the output of the root
            span. This preview value is truncated to 10KB while the full response is stored in the trace data in blob
            storage.
    """

    trace_id: str | Unset = UNSET
    client_request_id: str | Unset = UNSET
    trace_location: TraceLocation | Unset = UNSET
    request: str | Unset = UNSET
    response: str | Unset = UNSET
    request_time: datetime.datetime | Unset = UNSET
    execution_duration: str | Unset = UNSET
    state: TraceInfoV3State | Unset = UNSET
    trace_metadata: TraceInfoV3TraceMetadata | Unset = UNSET
    assessments: list[Assessment] | Unset = UNSET
    tags: TraceInfoV3Tags | Unset = UNSET
    request_preview: str | Unset = UNSET
    response_preview: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        client_request_id = self.client_request_id

        trace_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace_location, Unset):
            trace_location = self.trace_location.to_dict()

        request = self.request

        response = self.response

        request_time: str | Unset = UNSET
        if not isinstance(self.request_time, Unset):
            request_time = self.request_time.isoformat()

        execution_duration = self.execution_duration

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        trace_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace_metadata, Unset):
            trace_metadata = self.trace_metadata.to_dict()

        assessments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assessments, Unset):
            assessments = []
            for assessments_item_data in self.assessments:
                assessments_item = assessments_item_data.to_dict()
                assessments.append(assessments_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        request_preview = self.request_preview

        response_preview = self.response_preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if client_request_id is not UNSET:
            field_dict["client_request_id"] = client_request_id
        if trace_location is not UNSET:
            field_dict["trace_location"] = trace_location
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if request_time is not UNSET:
            field_dict["request_time"] = request_time
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if state is not UNSET:
            field_dict["state"] = state
        if trace_metadata is not UNSET:
            field_dict["trace_metadata"] = trace_metadata
        if assessments is not UNSET:
            field_dict["assessments"] = assessments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if request_preview is not UNSET:
            field_dict["request_preview"] = request_preview
        if response_preview is not UNSET:
            field_dict["response_preview"] = response_preview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment import Assessment
        from ..models.trace_info_v3_tags import TraceInfoV3Tags
        from ..models.trace_info_v3_trace_metadata import TraceInfoV3TraceMetadata
        from ..models.trace_location import TraceLocation

        d = dict(src_dict)
        trace_id = d.pop("trace_id", UNSET)

        client_request_id = d.pop("client_request_id", UNSET)

        _trace_location = d.pop("trace_location", UNSET)
        trace_location: TraceLocation | Unset
        if isinstance(_trace_location, Unset):
            trace_location = UNSET
        else:
            trace_location = TraceLocation.from_dict(_trace_location)

        request = d.pop("request", UNSET)

        response = d.pop("response", UNSET)

        _request_time = d.pop("request_time", UNSET)
        request_time: datetime.datetime | Unset
        if isinstance(_request_time, Unset):
            request_time = UNSET
        else:
            request_time = datetime.datetime.fromisoformat(_request_time)

        execution_duration = d.pop("execution_duration", UNSET)

        _state = d.pop("state", UNSET)
        state: TraceInfoV3State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TraceInfoV3State(_state)

        _trace_metadata = d.pop("trace_metadata", UNSET)
        trace_metadata: TraceInfoV3TraceMetadata | Unset
        if isinstance(_trace_metadata, Unset):
            trace_metadata = UNSET
        else:
            trace_metadata = TraceInfoV3TraceMetadata.from_dict(_trace_metadata)

        _assessments = d.pop("assessments", UNSET)
        assessments: list[Assessment] | Unset = UNSET
        if _assessments is not UNSET:
            assessments = []
            for assessments_item_data in _assessments:
                assessments_item = Assessment.from_dict(assessments_item_data)

                assessments.append(assessments_item)

        _tags = d.pop("tags", UNSET)
        tags: TraceInfoV3Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TraceInfoV3Tags.from_dict(_tags)

        request_preview = d.pop("request_preview", UNSET)

        response_preview = d.pop("response_preview", UNSET)

        trace_info_v3 = cls(
            trace_id=trace_id,
            client_request_id=client_request_id,
            trace_location=trace_location,
            request=request,
            response=response,
            request_time=request_time,
            execution_duration=execution_duration,
            state=state,
            trace_metadata=trace_metadata,
            assessments=assessments,
            tags=tags,
            request_preview=request_preview,
            response_preview=response_preview,
        )

        trace_info_v3.additional_properties = d
        return trace_info_v3

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
