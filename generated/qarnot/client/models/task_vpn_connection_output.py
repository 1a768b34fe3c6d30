# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskVpnConnectionOutput")


@_attrs_define
class TaskVpnConnectionOutput:
    """Vpn connection of the task

    Attributes:
        vpn_name (None | str | Unset): Name of the vpn Example: my-vpn.
        node_ip_address_cidr (None | str | Unset): IP Address of the vpn connection Example: 123.123.123.
    """

    vpn_name: None | str | Unset = UNSET
    node_ip_address_cidr: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vpn_name: None | str | Unset
        if isinstance(self.vpn_name, Unset):
            vpn_name = UNSET
        else:
            vpn_name = self.vpn_name

        node_ip_address_cidr: None | str | Unset
        if isinstance(self.node_ip_address_cidr, Unset):
            node_ip_address_cidr = UNSET
        else:
            node_ip_address_cidr = self.node_ip_address_cidr

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vpn_name is not UNSET:
            field_dict["vpnName"] = vpn_name
        if node_ip_address_cidr is not UNSET:
            field_dict["nodeIPAddressCidr"] = node_ip_address_cidr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_vpn_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vpn_name = _parse_vpn_name(d.pop("vpnName", UNSET))

        def _parse_node_ip_address_cidr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_ip_address_cidr = _parse_node_ip_address_cidr(d.pop("nodeIPAddressCidr", UNSET))

        task_vpn_connection_output = cls(
            vpn_name=vpn_name,
            node_ip_address_cidr=node_ip_address_cidr,
        )

        return task_vpn_connection_output
