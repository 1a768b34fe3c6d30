# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_log_entry_metrics import SystemLogEntryMetrics


T = TypeVar("T", bound="SystemLogEntry")


@_attrs_define
class SystemLogEntry:
    """
    Attributes:
        project (str | Unset):
        run (str | Unset):
        run_id (None | str | Unset):
        metrics (SystemLogEntryMetrics | Unset):
        timestamp (str | Unset):
        log_id (None | str | Unset):
    """

    project: str | Unset = UNSET
    run: str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    metrics: SystemLogEntryMetrics | Unset = UNSET
    timestamp: str | Unset = UNSET
    log_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        run = self.run

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        timestamp = self.timestamp

        log_id: None | str | Unset
        if isinstance(self.log_id, Unset):
            log_id = UNSET
        else:
            log_id = self.log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if run is not UNSET:
            field_dict["run"] = run
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if log_id is not UNSET:
            field_dict["log_id"] = log_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_log_entry_metrics import SystemLogEntryMetrics

        d = dict(src_dict)
        project = d.pop("project", UNSET)

        run = d.pop("run", UNSET)

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: SystemLogEntryMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = SystemLogEntryMetrics.from_dict(_metrics)

        timestamp = d.pop("timestamp", UNSET)

        def _parse_log_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_id = _parse_log_id(d.pop("log_id", UNSET))

        system_log_entry = cls(
            project=project,
            run=run,
            run_id=run_id,
            metrics=metrics,
            timestamp=timestamp,
            log_id=log_id,
        )

        system_log_entry.additional_properties = d
        return system_log_entry

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
