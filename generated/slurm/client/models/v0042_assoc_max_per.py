# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0042_assoc_max_per_account import V0042AssocMaxPerAccount


T = TypeVar("T", bound="V0042AssocMaxPer")


@_attrs_define
class V0042AssocMaxPer:
    """
    Attributes:
        account (V0042AssocMaxPerAccount | Unset):
    """

    account: V0042AssocMaxPerAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_assoc_max_per_account import V0042AssocMaxPerAccount

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: V0042AssocMaxPerAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = V0042AssocMaxPerAccount.from_dict(_account)

        v0042_assoc_max_per = cls(
            account=account,
        )

        v0042_assoc_max_per.additional_properties = d
        return v0042_assoc_max_per

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
