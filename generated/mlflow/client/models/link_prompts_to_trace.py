# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_prompts_to_trace_prompt_version_ref import (
        LinkPromptsToTracePromptVersionRef,
    )


T = TypeVar("T", bound="LinkPromptsToTrace")


@_attrs_define
class LinkPromptsToTrace:
    """
    Attributes:
        trace_id (str): ID of the trace to link prompt versions to.
        prompt_versions (list[LinkPromptsToTracePromptVersionRef]):
    """

    trace_id: str
    prompt_versions: list[LinkPromptsToTracePromptVersionRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        prompt_versions = []
        for prompt_versions_item_data in self.prompt_versions:
            prompt_versions_item = prompt_versions_item_data.to_dict()
            prompt_versions.append(prompt_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_id": trace_id,
                "prompt_versions": prompt_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link_prompts_to_trace_prompt_version_ref import (
            LinkPromptsToTracePromptVersionRef,
        )

        d = dict(src_dict)
        trace_id = d.pop("trace_id")

        prompt_versions = []
        _prompt_versions = d.pop("prompt_versions")
        for prompt_versions_item_data in _prompt_versions:
            prompt_versions_item = LinkPromptsToTracePromptVersionRef.from_dict(
                prompt_versions_item_data
            )

            prompt_versions.append(prompt_versions_item)

        link_prompts_to_trace = cls(
            trace_id=trace_id,
            prompt_versions=prompt_versions,
        )

        link_prompts_to_trace.additional_properties = d
        return link_prompts_to_trace

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
