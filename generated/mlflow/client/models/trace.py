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
    from ..models.trace_info_v3 import TraceInfoV3
    from ..models.trace_spans_item import TraceSpansItem


T = TypeVar("T", bound="Trace")


@_attrs_define
class Trace:
    """
    Attributes:
        trace_info (TraceInfoV3 | Unset):
        spans (list[TraceSpansItem] | Unset):
    """

    trace_info: TraceInfoV3 | Unset = UNSET
    spans: list[TraceSpansItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace_info, Unset):
            trace_info = self.trace_info.to_dict()

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_info is not UNSET:
            field_dict["trace_info"] = trace_info
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_info_v3 import TraceInfoV3
        from ..models.trace_spans_item import TraceSpansItem

        d = dict(src_dict)
        _trace_info = d.pop("trace_info", UNSET)
        trace_info: TraceInfoV3 | Unset
        if isinstance(_trace_info, Unset):
            trace_info = UNSET
        else:
            trace_info = TraceInfoV3.from_dict(_trace_info)

        _spans = d.pop("spans", UNSET)
        spans: list[TraceSpansItem] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = TraceSpansItem.from_dict(spans_item_data)

                spans.append(spans_item)

        trace = cls(
            trace_info=trace_info,
            spans=spans,
        )

        trace.additional_properties = d
        return trace

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
