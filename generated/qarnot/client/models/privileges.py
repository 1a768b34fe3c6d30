# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Privileges")


@_attrs_define
class Privileges:
    """List of privileges that can be granted for task execution

    Attributes:
        export_api_and_storage_credentials_in_environment (bool | None | Unset): Allow the api and storage credentials
            to be exported into the environment through constants
            Default value is false.
    """

    export_api_and_storage_credentials_in_environment: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        export_api_and_storage_credentials_in_environment: bool | None | Unset
        if isinstance(self.export_api_and_storage_credentials_in_environment, Unset):
            export_api_and_storage_credentials_in_environment = UNSET
        else:
            export_api_and_storage_credentials_in_environment = (
                self.export_api_and_storage_credentials_in_environment
            )

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if export_api_and_storage_credentials_in_environment is not UNSET:
            field_dict["exportApiAndStorageCredentialsInEnvironment"] = (
                export_api_and_storage_credentials_in_environment
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_export_api_and_storage_credentials_in_environment(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_api_and_storage_credentials_in_environment = (
            _parse_export_api_and_storage_credentials_in_environment(
                d.pop("exportApiAndStorageCredentialsInEnvironment", UNSET)
            )
        )

        privileges = cls(
            export_api_and_storage_credentials_in_environment=export_api_and_storage_credentials_in_environment,
        )

        return privileges
