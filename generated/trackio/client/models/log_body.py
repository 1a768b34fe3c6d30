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
    from ..models.log_body_metrics import LogBodyMetrics


T = TypeVar("T", bound="LogBody")


@_attrs_define
class LogBody:
    """
    Attributes:
        project (str):
        run (str):
        metrics (LogBodyMetrics):
        step (int | None):
        hf_token (None | str):
        run_id (None | str | Unset):
    """

    project: str
    run: str
    metrics: LogBodyMetrics
    step: int | None
    hf_token: None | str
    run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        run = self.run

        metrics = self.metrics.to_dict()

        step: int | None
        step = self.step

        hf_token: None | str
        hf_token = self.hf_token

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "run": run,
                "metrics": metrics,
                "step": step,
                "hf_token": hf_token,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_body_metrics import LogBodyMetrics

        d = dict(src_dict)
        project = d.pop("project")

        run = d.pop("run")

        metrics = LogBodyMetrics.from_dict(d.pop("metrics"))

        def _parse_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        step = _parse_step(d.pop("step"))

        def _parse_hf_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hf_token = _parse_hf_token(d.pop("hf_token"))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        log_body = cls(
            project=project,
            run=run,
            metrics=metrics,
            step=step,
            hf_token=hf_token,
            run_id=run_id,
        )

        log_body.additional_properties = d
        return log_body

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
