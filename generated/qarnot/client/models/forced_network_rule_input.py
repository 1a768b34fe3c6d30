# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForcedNetworkRuleInput")


@_attrs_define
class ForcedNetworkRuleInput:
    """Describe a network rule to be overridden for traffic to and from a running instance.

    Attributes:
        inbound (bool): Whether it concerns inbound or outbound traffic Example: True.
        proto (str): Allowed protocol (tcp or udp) Example: tcp.
        to_q_box (bool | Unset): Whether the network endpoint to access is on the qbox Example: False.
        to_payload (bool | Unset): Whether the network endpoint to access is in the payload Example: True.
        to (None | str | Unset): For inbound rules, allowed source address Example: qarnot.com.
        port (None | str | Unset): Inbound port on the running instance
        public_port (None | str | Unset): Outbound port allowed in the destination address Example: 22.
        public_host (None | str | Unset): For outbound rules, allowed destination address Example: 0.0.0.0.
        forwarder (None | str | Unset):  Example: common.
        priority (None | str | Unset): Priority of the rule Example: 1000.
        description (None | str | Unset): Description of the rule to help debugging Example: Ssh port rebounce.
    """

    inbound: bool
    proto: str
    to_q_box: bool | Unset = UNSET
    to_payload: bool | Unset = UNSET
    to: None | str | Unset = UNSET
    port: None | str | Unset = UNSET
    public_port: None | str | Unset = UNSET
    public_host: None | str | Unset = UNSET
    forwarder: None | str | Unset = UNSET
    priority: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inbound = self.inbound

        proto = self.proto

        to_q_box = self.to_q_box

        to_payload = self.to_payload

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        port: None | str | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        public_port: None | str | Unset
        if isinstance(self.public_port, Unset):
            public_port = UNSET
        else:
            public_port = self.public_port

        public_host: None | str | Unset
        if isinstance(self.public_host, Unset):
            public_host = UNSET
        else:
            public_host = self.public_host

        forwarder: None | str | Unset
        if isinstance(self.forwarder, Unset):
            forwarder = UNSET
        else:
            forwarder = self.forwarder

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inbound": inbound,
                "proto": proto,
            }
        )
        if to_q_box is not UNSET:
            field_dict["toQBox"] = to_q_box
        if to_payload is not UNSET:
            field_dict["toPayload"] = to_payload
        if to is not UNSET:
            field_dict["to"] = to
        if port is not UNSET:
            field_dict["port"] = port
        if public_port is not UNSET:
            field_dict["publicPort"] = public_port
        if public_host is not UNSET:
            field_dict["publicHost"] = public_host
        if forwarder is not UNSET:
            field_dict["forwarder"] = forwarder
        if priority is not UNSET:
            field_dict["priority"] = priority
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inbound = d.pop("inbound")

        proto = d.pop("proto")

        to_q_box = d.pop("toQBox", UNSET)

        to_payload = d.pop("toPayload", UNSET)

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_port(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_public_port(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_port = _parse_public_port(d.pop("publicPort", UNSET))

        def _parse_public_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_host = _parse_public_host(d.pop("publicHost", UNSET))

        def _parse_forwarder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forwarder = _parse_forwarder(d.pop("forwarder", UNSET))

        def _parse_priority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        forced_network_rule_input = cls(
            inbound=inbound,
            proto=proto,
            to_q_box=to_q_box,
            to_payload=to_payload,
            to=to,
            port=port,
            public_port=public_port,
            public_host=public_host,
            forwarder=forwarder,
            priority=priority,
            description=description,
        )

        return forced_network_rule_input
