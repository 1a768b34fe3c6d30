# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_db_to_space_body_uploaded_db import (
        UploadDbToSpaceBodyUploadedDb,
    )


T = TypeVar("T", bound="UploadDbToSpaceBody")


@_attrs_define
class UploadDbToSpaceBody:
    """
    Attributes:
        project (str):
        uploaded_db (UploadDbToSpaceBodyUploadedDb):
        hf_token (None | str):
    """

    project: str
    uploaded_db: UploadDbToSpaceBodyUploadedDb
    hf_token: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        uploaded_db = self.uploaded_db.to_dict()

        hf_token: None | str
        hf_token = self.hf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "uploaded_db": uploaded_db,
                "hf_token": hf_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_db_to_space_body_uploaded_db import (
            UploadDbToSpaceBodyUploadedDb,
        )

        d = dict(src_dict)
        project = d.pop("project")

        uploaded_db = UploadDbToSpaceBodyUploadedDb.from_dict(d.pop("uploaded_db"))

        def _parse_hf_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hf_token = _parse_hf_token(d.pop("hf_token"))

        upload_db_to_space_body = cls(
            project=project,
            uploaded_db=uploaded_db,
            hf_token=hf_token,
        )

        upload_db_to_space_body.additional_properties = d
        return upload_db_to_space_body

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
