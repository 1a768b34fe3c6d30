# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_computing_quotas_output import UserComputingQuotasOutput


T = TypeVar("T", bound="ComputingQuotasOutput")


@_attrs_define
class ComputingQuotasOutput:
    """Computation quota description for a user

    Attributes:
        user (UserComputingQuotasOutput | Unset): User computation quota description
    """

    user: UserComputingQuotasOutput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_computing_quotas_output import UserComputingQuotasOutput

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: UserComputingQuotasOutput | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserComputingQuotasOutput.from_dict(_user)

        computing_quotas_output = cls(
            user=user,
        )

        return computing_quotas_output
