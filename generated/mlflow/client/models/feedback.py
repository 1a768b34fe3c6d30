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
    from ..models.assessment_error import AssessmentError


T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """Feedback provided on the model / agent output(s) contained in the trace

    Attributes:
        value (Any | Unset): Value of the feedback-based assessment.
            We use google.protobuf.Value to support a flexible schema of feedback values.
            Supported initial types:
            - Numeric values like integers or floats
            - Boolean values
            - Text value (can contain json text the user wishes to store, but it will only be searchable as text)
            - Non-empty list values containing only strings
            - Other values like structs, non-string lists etc. will be rejected for now
        error (AssessmentError | Unset):
    """

    value: Any | Unset = UNSET
    error: AssessmentError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment_error import AssessmentError

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _error = d.pop("error", UNSET)
        error: AssessmentError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AssessmentError.from_dict(_error)

        feedback = cls(
            value=value,
            error=error,
        )

        feedback.additional_properties = d
        return feedback

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
