# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_error import AssessmentError
    from ..models.assessment_metadata import AssessmentMetadata
    from ..models.assessment_source import AssessmentSource
    from ..models.expectation import Expectation
    from ..models.feedback import Feedback
    from ..models.issue_reference import IssueReference


T = TypeVar("T", bound="Assessment")


@_attrs_define
class Assessment:
    """Data and metadata for an assessment of a trace.

    Attributes:
        assessment_name (str): Name of the assessment. The name must not contain ".".
        assessment_id (str | Unset): Unique ID of the assessment.
            NB: This is not marked as required field via "validate_required", because the message is
             used in the context of creating a new assessment, where the ID is not known.
        trace_id (str | Unset): ID of the trace this assessment is associated with.
        span_id (str | Unset): ID of the span if the assessment is for a particular span (optional).
        source (AssessmentSource | Unset):
        create_time (datetime.datetime | Unset): The creation time of this assessment.
        last_update_time (datetime.datetime | Unset): The last update time of this assessment.
        feedback (Feedback | Unset): Feedback provided on the model / agent output(s) contained in the trace
        expectation (Expectation | Unset): An expectation for the values or guidelines for the outputs that a model or
            agent should produce
            from the inputs contained in the trace.
        rationale (str | Unset): Justification for the assessment.
        error (AssessmentError | Unset):
        metadata (AssessmentMetadata | Unset): Additional metadata describing the assessment and store additional
            information,
            such as the chunk relevance chunk_index. This metadata is required to be JSON-serializable.
        overrides (str | Unset): The ID of the assessment which this assessment overrides.
        valid (bool | Unset): Whether this assessment is valid (i.e. has not been superseded)
            defaults to true, and is set to false if a new superseding assessment
            is created. Default: True.
        issue (IssueReference | Unset): Reference to an issue associated with this trace
    """

    assessment_name: str
    assessment_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    span_id: str | Unset = UNSET
    source: AssessmentSource | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    feedback: Feedback | Unset = UNSET
    expectation: Expectation | Unset = UNSET
    rationale: str | Unset = UNSET
    error: AssessmentError | Unset = UNSET
    metadata: AssessmentMetadata | Unset = UNSET
    overrides: str | Unset = UNSET
    valid: bool | Unset = True
    issue: IssueReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_name = self.assessment_name

        assessment_id = self.assessment_id

        trace_id = self.trace_id

        span_id = self.span_id

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        expectation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expectation, Unset):
            expectation = self.expectation.to_dict()

        rationale = self.rationale

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        overrides = self.overrides

        valid = self.valid

        issue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue, Unset):
            issue = self.issue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_name": assessment_name,
            }
        )
        if assessment_id is not UNSET:
            field_dict["assessment_id"] = assessment_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if source is not UNSET:
            field_dict["source"] = source
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if expectation is not UNSET:
            field_dict["expectation"] = expectation
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if error is not UNSET:
            field_dict["error"] = error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if valid is not UNSET:
            field_dict["valid"] = valid
        if issue is not UNSET:
            field_dict["issue"] = issue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment_error import AssessmentError
        from ..models.assessment_metadata import AssessmentMetadata
        from ..models.assessment_source import AssessmentSource
        from ..models.expectation import Expectation
        from ..models.feedback import Feedback
        from ..models.issue_reference import IssueReference

        d = dict(src_dict)
        assessment_name = d.pop("assessment_name")

        assessment_id = d.pop("assessment_id", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        span_id = d.pop("span_id", UNSET)

        _source = d.pop("source", UNSET)
        source: AssessmentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = AssessmentSource.from_dict(_source)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _last_update_time = d.pop("last_update_time", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        _feedback = d.pop("feedback", UNSET)
        feedback: Feedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = Feedback.from_dict(_feedback)

        _expectation = d.pop("expectation", UNSET)
        expectation: Expectation | Unset
        if isinstance(_expectation, Unset):
            expectation = UNSET
        else:
            expectation = Expectation.from_dict(_expectation)

        rationale = d.pop("rationale", UNSET)

        _error = d.pop("error", UNSET)
        error: AssessmentError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AssessmentError.from_dict(_error)

        _metadata = d.pop("metadata", UNSET)
        metadata: AssessmentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssessmentMetadata.from_dict(_metadata)

        overrides = d.pop("overrides", UNSET)

        valid = d.pop("valid", UNSET)

        _issue = d.pop("issue", UNSET)
        issue: IssueReference | Unset
        if isinstance(_issue, Unset):
            issue = UNSET
        else:
            issue = IssueReference.from_dict(_issue)

        assessment = cls(
            assessment_name=assessment_name,
            assessment_id=assessment_id,
            trace_id=trace_id,
            span_id=span_id,
            source=source,
            create_time=create_time,
            last_update_time=last_update_time,
            feedback=feedback,
            expectation=expectation,
            rationale=rationale,
            error=error,
            metadata=metadata,
            overrides=overrides,
            valid=valid,
            issue=issue,
        )

        assessment.additional_properties = d
        return assessment

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
