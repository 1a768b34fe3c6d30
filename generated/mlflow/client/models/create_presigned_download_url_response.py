# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_presigned_download_url_response_headers import (
        CreatePresignedDownloadUrlResponseHeaders,
    )


T = TypeVar("T", bound="CreatePresignedDownloadUrlResponse")


@_attrs_define
class CreatePresignedDownloadUrlResponse:
    """
    Attributes:
        presigned_url (str | Unset):
        headers (CreatePresignedDownloadUrlResponseHeaders | Unset):
        file_size (int | str | Unset):
    """

    presigned_url: str | Unset = UNSET
    headers: CreatePresignedDownloadUrlResponseHeaders | Unset = UNSET
    file_size: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presigned_url = self.presigned_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        file_size: int | str | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if file_size is not UNSET:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_presigned_download_url_response_headers import (
            CreatePresignedDownloadUrlResponseHeaders,
        )

        d = dict(src_dict)
        presigned_url = d.pop("presigned_url", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: CreatePresignedDownloadUrlResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CreatePresignedDownloadUrlResponseHeaders.from_dict(_headers)

        def _parse_file_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        create_presigned_download_url_response = cls(
            presigned_url=presigned_url,
            headers=headers,
            file_size=file_size,
        )

        create_presigned_download_url_response.additional_properties = d
        return create_presigned_download_url_response

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
