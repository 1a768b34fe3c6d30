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
    from ..models.trace_archival_config import TraceArchivalConfig


T = TypeVar("T", bound="UpdateWorkspace")


@_attrs_define
class UpdateWorkspace:
    """Update workspace metadata.

    Attributes:
        description (str | Unset): Optional description update.
        default_artifact_root (str | Unset): Optional default artifact root override update.
        trace_archival_config (TraceArchivalConfig | Unset):
    """

    description: str | Unset = UNSET
    default_artifact_root: str | Unset = UNSET
    trace_archival_config: TraceArchivalConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        default_artifact_root = self.default_artifact_root

        trace_archival_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace_archival_config, Unset):
            trace_archival_config = self.trace_archival_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if default_artifact_root is not UNSET:
            field_dict["default_artifact_root"] = default_artifact_root
        if trace_archival_config is not UNSET:
            field_dict["trace_archival_config"] = trace_archival_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_archival_config import TraceArchivalConfig

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        default_artifact_root = d.pop("default_artifact_root", UNSET)

        _trace_archival_config = d.pop("trace_archival_config", UNSET)
        trace_archival_config: TraceArchivalConfig | Unset
        if isinstance(_trace_archival_config, Unset):
            trace_archival_config = UNSET
        else:
            trace_archival_config = TraceArchivalConfig.from_dict(_trace_archival_config)

        update_workspace = cls(
            description=description,
            default_artifact_root=default_artifact_root,
            trace_archival_config=trace_archival_config,
        )

        update_workspace.additional_properties = d
        return update_workspace

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
