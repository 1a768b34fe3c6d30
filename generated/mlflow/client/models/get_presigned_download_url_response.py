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
    from ..models.get_presigned_download_url_response_headers import (
        GetPresignedDownloadUrlResponseHeaders,
    )


T = TypeVar("T", bound="GetPresignedDownloadUrlResponse")


@_attrs_define
class GetPresignedDownloadUrlResponse:
    """
    Attributes:
        url (str | Unset): The presigned URL for downloading the artifact directly from cloud storage.
        headers (GetPresignedDownloadUrlResponseHeaders | Unset): Optional headers that must be included in the download
            request.
        file_size (int | str | Unset): Optional size of the file in bytes.
    """

    url: str | Unset = UNSET
    headers: GetPresignedDownloadUrlResponseHeaders | Unset = UNSET
    file_size: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

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
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if file_size is not UNSET:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_presigned_download_url_response_headers import (
            GetPresignedDownloadUrlResponseHeaders,
        )

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: GetPresignedDownloadUrlResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = GetPresignedDownloadUrlResponseHeaders.from_dict(_headers)

        def _parse_file_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        get_presigned_download_url_response = cls(
            url=url,
            headers=headers,
            file_size=file_size,
        )

        get_presigned_download_url_response.additional_properties = d
        return get_presigned_download_url_response

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
