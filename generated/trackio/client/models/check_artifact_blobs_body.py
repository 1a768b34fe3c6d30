# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckArtifactBlobsBody")


@_attrs_define
class CheckArtifactBlobsBody:
    """
    Attributes:
        project (str):
        digests (list[str]):
        hf_token (None | str | Unset):
    """

    project: str
    digests: list[str]
    hf_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        digests = self.digests

        hf_token: None | str | Unset
        if isinstance(self.hf_token, Unset):
            hf_token = UNSET
        else:
            hf_token = self.hf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "digests": digests,
            }
        )
        if hf_token is not UNSET:
            field_dict["hf_token"] = hf_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project = d.pop("project")

        digests = cast(list[str], d.pop("digests"))

        def _parse_hf_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hf_token = _parse_hf_token(d.pop("hf_token", UNSET))

        check_artifact_blobs_body = cls(
            project=project,
            digests=digests,
            hf_token=hf_token,
        )

        check_artifact_blobs_body.additional_properties = d
        return check_artifact_blobs_body

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
