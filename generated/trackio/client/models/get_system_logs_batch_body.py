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
    from ..models.get_system_logs_batch_body_runs_item import (
        GetSystemLogsBatchBodyRunsItem,
    )


T = TypeVar("T", bound="GetSystemLogsBatchBody")


@_attrs_define
class GetSystemLogsBatchBody:
    """
    Attributes:
        project (str):
        runs (list[GetSystemLogsBatchBodyRunsItem]):
        max_points (int | None | Unset):  Default: 3000.
    """

    project: str
    runs: list[GetSystemLogsBatchBodyRunsItem]
    max_points: int | None | Unset = 3000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        max_points: int | None | Unset
        if isinstance(self.max_points, Unset):
            max_points = UNSET
        else:
            max_points = self.max_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "runs": runs,
            }
        )
        if max_points is not UNSET:
            field_dict["max_points"] = max_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_system_logs_batch_body_runs_item import (
            GetSystemLogsBatchBodyRunsItem,
        )

        d = dict(src_dict)
        project = d.pop("project")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = GetSystemLogsBatchBodyRunsItem.from_dict(runs_item_data)

            runs.append(runs_item)

        def _parse_max_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_points = _parse_max_points(d.pop("max_points", UNSET))

        get_system_logs_batch_body = cls(
            project=project,
            runs=runs,
            max_points=max_points,
        )

        get_system_logs_batch_body.additional_properties = d
        return get_system_logs_batch_body

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
