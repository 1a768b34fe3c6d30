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


T = TypeVar("T", bound="BatchGetTraceInfosResponse")


@_attrs_define
class BatchGetTraceInfosResponse:
    """
    Attributes:
        trace_infos (list[TraceInfoV3] | Unset): The fetched trace metadata.
    """

    trace_infos: list[TraceInfoV3] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trace_infos, Unset):
            trace_infos = []
            for trace_infos_item_data in self.trace_infos:
                trace_infos_item = trace_infos_item_data.to_dict()
                trace_infos.append(trace_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_infos is not UNSET:
            field_dict["trace_infos"] = trace_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_info_v3 import TraceInfoV3

        d = dict(src_dict)
        _trace_infos = d.pop("trace_infos", UNSET)
        trace_infos: list[TraceInfoV3] | Unset = UNSET
        if _trace_infos is not UNSET:
            trace_infos = []
            for trace_infos_item_data in _trace_infos:
                trace_infos_item = TraceInfoV3.from_dict(trace_infos_item_data)

                trace_infos.append(trace_infos_item)

        batch_get_trace_infos_response = cls(
            trace_infos=trace_infos,
        )

        batch_get_trace_infos_response.additional_properties = d
        return batch_get_trace_infos_response

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
