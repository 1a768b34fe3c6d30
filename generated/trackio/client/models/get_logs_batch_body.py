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
    from ..models.get_logs_batch_body_runs_item import GetLogsBatchBodyRunsItem


T = TypeVar("T", bound="GetLogsBatchBody")


@_attrs_define
class GetLogsBatchBody:
    """
    Attributes:
        project (str):
        runs (list[GetLogsBatchBodyRunsItem]):
        max_points (int | None | Unset):  Default: 3000.
        scalar_only (bool | Unset):  Default: False.
    """

    project: str
    runs: list[GetLogsBatchBodyRunsItem]
    max_points: int | None | Unset = 3000
    scalar_only: bool | Unset = False
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

        scalar_only = self.scalar_only

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
        if scalar_only is not UNSET:
            field_dict["scalar_only"] = scalar_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_logs_batch_body_runs_item import GetLogsBatchBodyRunsItem

        d = dict(src_dict)
        project = d.pop("project")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = GetLogsBatchBodyRunsItem.from_dict(runs_item_data)

            runs.append(runs_item)

        def _parse_max_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_points = _parse_max_points(d.pop("max_points", UNSET))

        scalar_only = d.pop("scalar_only", UNSET)

        get_logs_batch_body = cls(
            project=project,
            runs=runs,
            max_points=max_points,
            scalar_only=scalar_only,
        )

        get_logs_batch_body.additional_properties = d
        return get_logs_batch_body

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
