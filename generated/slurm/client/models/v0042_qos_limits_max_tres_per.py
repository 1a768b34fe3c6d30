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
    from ..models.v0042_tres import V0042Tres


T = TypeVar("T", bound="V0042QosLimitsMaxTresPer")


@_attrs_define
class V0042QosLimitsMaxTresPer:
    """
    Attributes:
        account (list[V0042Tres] | Unset):
        job (list[V0042Tres] | Unset):
        node (list[V0042Tres] | Unset):
        user (list[V0042Tres] | Unset):
    """

    account: list[V0042Tres] | Unset = UNSET
    job: list[V0042Tres] | Unset = UNSET
    node: list[V0042Tres] | Unset = UNSET
    user: list[V0042Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for componentsschemasv0_0_42_tres_list_item_data in self.account:
                componentsschemasv0_0_42_tres_list_item = (
                    componentsschemasv0_0_42_tres_list_item_data.to_dict()
                )
                account.append(componentsschemasv0_0_42_tres_list_item)

        job: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for componentsschemasv0_0_42_tres_list_item_data in self.job:
                componentsschemasv0_0_42_tres_list_item = (
                    componentsschemasv0_0_42_tres_list_item_data.to_dict()
                )
                job.append(componentsschemasv0_0_42_tres_list_item)

        node: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = []
            for componentsschemasv0_0_42_tres_list_item_data in self.node:
                componentsschemasv0_0_42_tres_list_item = (
                    componentsschemasv0_0_42_tres_list_item_data.to_dict()
                )
                node.append(componentsschemasv0_0_42_tres_list_item)

        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for componentsschemasv0_0_42_tres_list_item_data in self.user:
                componentsschemasv0_0_42_tres_list_item = (
                    componentsschemasv0_0_42_tres_list_item_data.to_dict()
                )
                user.append(componentsschemasv0_0_42_tres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if job is not UNSET:
            field_dict["job"] = job
        if node is not UNSET:
            field_dict["node"] = node
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_tres import V0042Tres

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: list[V0042Tres] | Unset = UNSET
        if _account is not UNSET:
            account = []
            for componentsschemasv0_0_42_tres_list_item_data in _account:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(
                    componentsschemasv0_0_42_tres_list_item_data
                )

                account.append(componentsschemasv0_0_42_tres_list_item)

        _job = d.pop("job", UNSET)
        job: list[V0042Tres] | Unset = UNSET
        if _job is not UNSET:
            job = []
            for componentsschemasv0_0_42_tres_list_item_data in _job:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(
                    componentsschemasv0_0_42_tres_list_item_data
                )

                job.append(componentsschemasv0_0_42_tres_list_item)

        _node = d.pop("node", UNSET)
        node: list[V0042Tres] | Unset = UNSET
        if _node is not UNSET:
            node = []
            for componentsschemasv0_0_42_tres_list_item_data in _node:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(
                    componentsschemasv0_0_42_tres_list_item_data
                )

                node.append(componentsschemasv0_0_42_tres_list_item)

        _user = d.pop("user", UNSET)
        user: list[V0042Tres] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for componentsschemasv0_0_42_tres_list_item_data in _user:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(
                    componentsschemasv0_0_42_tres_list_item_data
                )

                user.append(componentsschemasv0_0_42_tres_list_item)

        v0042_qos_limits_max_tres_per = cls(
            account=account,
            job=job,
            node=node,
            user=user,
        )

        v0042_qos_limits_max_tres_per.additional_properties = d
        return v0042_qos_limits_max_tres_per

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
