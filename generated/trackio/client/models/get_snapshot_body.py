# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSnapshotBody")


@_attrs_define
class GetSnapshotBody:
    """
    Attributes:
        project (str):
        run (None | str | Unset):
        run_id (None | str | Unset):
        step (int | None | Unset):
        around_step (int | None | Unset):
        at_time (None | str | Unset):
        window (int | None | Unset):
    """

    project: str
    run: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    step: int | None | Unset = UNSET
    around_step: int | None | Unset = UNSET
    at_time: None | str | Unset = UNSET
    window: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        run: None | str | Unset
        if isinstance(self.run, Unset):
            run = UNSET
        else:
            run = self.run

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        step: int | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        around_step: int | None | Unset
        if isinstance(self.around_step, Unset):
            around_step = UNSET
        else:
            around_step = self.around_step

        at_time: None | str | Unset
        if isinstance(self.at_time, Unset):
            at_time = UNSET
        else:
            at_time = self.at_time

        window: int | None | Unset
        if isinstance(self.window, Unset):
            window = UNSET
        else:
            window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if run is not UNSET:
            field_dict["run"] = run
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if step is not UNSET:
            field_dict["step"] = step
        if around_step is not UNSET:
            field_dict["around_step"] = around_step
        if at_time is not UNSET:
            field_dict["at_time"] = at_time
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project = d.pop("project")

        def _parse_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run = _parse_run(d.pop("run", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_step(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_around_step(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        around_step = _parse_around_step(d.pop("around_step", UNSET))

        def _parse_at_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at_time = _parse_at_time(d.pop("at_time", UNSET))

        def _parse_window(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        window = _parse_window(d.pop("window", UNSET))

        get_snapshot_body = cls(
            project=project,
            run=run,
            run_id=run_id,
            step=step,
            around_step=around_step,
            at_time=at_time,
            window=window,
        )

        get_snapshot_body.additional_properties = d
        return get_snapshot_body

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
