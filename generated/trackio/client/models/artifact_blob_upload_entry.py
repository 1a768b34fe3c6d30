# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.artifact_blob_upload_entry_uploaded_file import (
        ArtifactBlobUploadEntryUploadedFile,
    )


T = TypeVar("T", bound="ArtifactBlobUploadEntry")


@_attrs_define
class ArtifactBlobUploadEntry:
    """
    Attributes:
        project (str):
        digest (str):
        uploaded_file (ArtifactBlobUploadEntryUploadedFile):
    """

    project: str
    digest: str
    uploaded_file: ArtifactBlobUploadEntryUploadedFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        digest = self.digest

        uploaded_file = self.uploaded_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "digest": digest,
                "uploaded_file": uploaded_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_blob_upload_entry_uploaded_file import (
            ArtifactBlobUploadEntryUploadedFile,
        )

        d = dict(src_dict)
        project = d.pop("project")

        digest = d.pop("digest")

        uploaded_file = ArtifactBlobUploadEntryUploadedFile.from_dict(d.pop("uploaded_file"))

        artifact_blob_upload_entry = cls(
            project=project,
            digest=digest,
            uploaded_file=uploaded_file,
        )

        artifact_blob_upload_entry.additional_properties = d
        return artifact_blob_upload_entry

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
