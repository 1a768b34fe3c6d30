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
    from ..models.get_artifact_manifest_response_200_data_type_0 import (
        GetArtifactManifestResponse200DataType0,
    )


T = TypeVar("T", bound="GetArtifactManifestResponse200")


@_attrs_define
class GetArtifactManifestResponse200:
    """
    Attributes:
        data (GetArtifactManifestResponse200DataType0 | None | Unset):
    """

    data: GetArtifactManifestResponse200DataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_artifact_manifest_response_200_data_type_0 import (
            GetArtifactManifestResponse200DataType0,
        )

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetArtifactManifestResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_artifact_manifest_response_200_data_type_0 import (
            GetArtifactManifestResponse200DataType0,
        )

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> GetArtifactManifestResponse200DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetArtifactManifestResponse200DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetArtifactManifestResponse200DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        get_artifact_manifest_response_200 = cls(
            data=data,
        )

        get_artifact_manifest_response_200.additional_properties = d
        return get_artifact_manifest_response_200

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
