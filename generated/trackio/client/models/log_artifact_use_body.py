# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LogArtifactUseBody")


@_attrs_define
class LogArtifactUseBody:
    """
    Attributes:
        project (str):
        version_id (int):
        run_name (None | str):
        run_id (None | str):
        hf_token (None | str):
    """

    project: str
    version_id: int
    run_name: None | str
    run_id: None | str
    hf_token: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        version_id = self.version_id

        run_name: None | str
        run_name = self.run_name

        run_id: None | str
        run_id = self.run_id

        hf_token: None | str
        hf_token = self.hf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "version_id": version_id,
                "run_name": run_name,
                "run_id": run_id,
                "hf_token": hf_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project = d.pop("project")

        version_id = d.pop("version_id")

        def _parse_run_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_name = _parse_run_name(d.pop("run_name"))

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        def _parse_hf_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hf_token = _parse_hf_token(d.pop("hf_token"))

        log_artifact_use_body = cls(
            project=project,
            version_id=version_id,
            run_name=run_name,
            run_id=run_id,
            hf_token=hf_token,
        )

        log_artifact_use_body.additional_properties = d
        return log_artifact_use_body

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
