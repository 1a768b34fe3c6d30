# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_entry_uploaded_file import UploadEntryUploadedFile


T = TypeVar("T", bound="UploadEntry")


@_attrs_define
class UploadEntry:
    """
    Attributes:
        project (str):
        run (None | str):
        run_id (None | str):
        step (int | None):
        relative_path (None | str):
        uploaded_file (UploadEntryUploadedFile):
    """

    project: str
    run: None | str
    run_id: None | str
    step: int | None
    relative_path: None | str
    uploaded_file: UploadEntryUploadedFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        run: None | str
        run = self.run

        run_id: None | str
        run_id = self.run_id

        step: int | None
        step = self.step

        relative_path: None | str
        relative_path = self.relative_path

        uploaded_file = self.uploaded_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "run": run,
                "run_id": run_id,
                "step": step,
                "relative_path": relative_path,
                "uploaded_file": uploaded_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_entry_uploaded_file import UploadEntryUploadedFile

        d = dict(src_dict)
        project = d.pop("project")

        def _parse_run(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run = _parse_run(d.pop("run"))

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        def _parse_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        step = _parse_step(d.pop("step"))

        def _parse_relative_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relative_path = _parse_relative_path(d.pop("relative_path"))

        uploaded_file = UploadEntryUploadedFile.from_dict(d.pop("uploaded_file"))

        upload_entry = cls(
            project=project,
            run=run,
            run_id=run_id,
            step=step,
            relative_path=relative_path,
            uploaded_file=uploaded_file,
        )

        upload_entry.additional_properties = d
        return upload_entry

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
