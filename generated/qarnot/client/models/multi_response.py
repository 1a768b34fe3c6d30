# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiResponse")


@_attrs_define
class MultiResponse:
    """Response of a multiple tasks creation operation

    Attributes:
        status_code (int | Unset): Status code of the sub task creation operation Example: 200.
        uuid (UUID | Unset): Uuid of the task if creation succeeded Example: ed823deb-1948-4731-a97c-254635fb1b99.
        message (None | str | Unset): Error message Example: Invalid task file. Invalid fields: name.
    """

    status_code: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        multi_response = cls(
            status_code=status_code,
            uuid=uuid,
            message=message,
        )

        return multi_response
