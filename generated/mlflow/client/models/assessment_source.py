# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_source_source_type import AssessmentSourceSourceType

T = TypeVar("T", bound="AssessmentSource")


@_attrs_define
class AssessmentSource:
    """
    Attributes:
        source_type (AssessmentSourceSourceType): Type of the assessment source.
            - HUMAN: Assessment from a human.
            - LLM_JUDGE: Assessment from an LLM Judge.
            - CODE: Code-based assessment, (e.g. Python UDF).
        source_id (str): Identifier for the source.
            Example: For human -> user name; for LLM judge -> judge source (databricks or custom); for code -> empty.
    """

    source_type: AssessmentSourceSourceType
    source_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type.value

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "source_id": source_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_type = AssessmentSourceSourceType(d.pop("source_type"))

        source_id = d.pop("source_id")

        assessment_source = cls(
            source_type=source_type,
            source_id=source_id,
        )

        assessment_source.additional_properties = d
        return assessment_source

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
