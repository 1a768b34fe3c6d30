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
    from ..models.artifact_log_body_manifest_item import ArtifactLogBodyManifestItem
    from ..models.artifact_log_body_metadata_type_0 import ArtifactLogBodyMetadataType0


T = TypeVar("T", bound="ArtifactLogBody")


@_attrs_define
class ArtifactLogBody:
    """
    Attributes:
        project (str):
        name (str):
        type_ (str):
        description (None | str):
        metadata (ArtifactLogBodyMetadataType0 | None):
        manifest (list[ArtifactLogBodyManifestItem]):
        aliases (list[str] | None):
        run_name (None | str):
        run_id (None | str):
        hf_token (None | str):
        overwrite (bool | Unset):  Default: False.
    """

    project: str
    name: str
    type_: str
    description: None | str
    metadata: ArtifactLogBodyMetadataType0 | None
    manifest: list[ArtifactLogBodyManifestItem]
    aliases: list[str] | None
    run_name: None | str
    run_id: None | str
    hf_token: None | str
    overwrite: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_log_body_metadata_type_0 import (
            ArtifactLogBodyMetadataType0,
        )

        project = self.project

        name = self.name

        type_ = self.type_

        description: None | str
        description = self.description

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ArtifactLogBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        manifest = []
        for manifest_item_data in self.manifest:
            manifest_item = manifest_item_data.to_dict()
            manifest.append(manifest_item)

        aliases: list[str] | None
        if isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        run_name: None | str
        run_name = self.run_name

        run_id: None | str
        run_id = self.run_id

        hf_token: None | str
        hf_token = self.hf_token

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "name": name,
                "type": type_,
                "description": description,
                "metadata": metadata,
                "manifest": manifest,
                "aliases": aliases,
                "run_name": run_name,
                "run_id": run_id,
                "hf_token": hf_token,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_log_body_manifest_item import ArtifactLogBodyManifestItem
        from ..models.artifact_log_body_metadata_type_0 import (
            ArtifactLogBodyMetadataType0,
        )

        d = dict(src_dict)
        project = d.pop("project")

        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_metadata(data: object) -> ArtifactLogBodyMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ArtifactLogBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactLogBodyMetadataType0 | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        manifest = []
        _manifest = d.pop("manifest")
        for manifest_item_data in _manifest:
            manifest_item = ArtifactLogBodyManifestItem.from_dict(manifest_item_data)

            manifest.append(manifest_item)

        def _parse_aliases(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aliases_type_0 = cast(list[str], data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        aliases = _parse_aliases(d.pop("aliases"))

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

        overwrite = d.pop("overwrite", UNSET)

        artifact_log_body = cls(
            project=project,
            name=name,
            type_=type_,
            description=description,
            metadata=metadata,
            manifest=manifest,
            aliases=aliases,
            run_name=run_name,
            run_id=run_id,
            hf_token=hf_token,
            overwrite=overwrite,
        )

        artifact_log_body.additional_properties = d
        return artifact_log_body

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
