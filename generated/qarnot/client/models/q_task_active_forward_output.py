# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QTaskActiveForwardOutput")


@_attrs_define
class QTaskActiveForwardOutput:
    """Forwarding information

    Attributes:
        application_port (int | Unset): Port listening inside the payload Example: 8000.
        forwarder_port (int | Unset): Port listening on the forwarder, forwarding traffic to PayloadPort inside the
            payload Example: 50123.
        forwarder_host (None | str | Unset): Forwarder host. Connecting to ForwarderHost:ForwarderPort will redirect to
            PayloadPort in the payload Example:  forward.qarnot.com .
        bind_address (None | str | Unset): Address the redirection is bound to on the forwarder server
    """

    application_port: int | Unset = UNSET
    forwarder_port: int | Unset = UNSET
    forwarder_host: None | str | Unset = UNSET
    bind_address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        application_port = self.application_port

        forwarder_port = self.forwarder_port

        forwarder_host: None | str | Unset
        if isinstance(self.forwarder_host, Unset):
            forwarder_host = UNSET
        else:
            forwarder_host = self.forwarder_host

        bind_address: None | str | Unset
        if isinstance(self.bind_address, Unset):
            bind_address = UNSET
        else:
            bind_address = self.bind_address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if application_port is not UNSET:
            field_dict["applicationPort"] = application_port
        if forwarder_port is not UNSET:
            field_dict["forwarderPort"] = forwarder_port
        if forwarder_host is not UNSET:
            field_dict["forwarderHost"] = forwarder_host
        if bind_address is not UNSET:
            field_dict["bindAddress"] = bind_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_port = d.pop("applicationPort", UNSET)

        forwarder_port = d.pop("forwarderPort", UNSET)

        def _parse_forwarder_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forwarder_host = _parse_forwarder_host(d.pop("forwarderHost", UNSET))

        def _parse_bind_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_address = _parse_bind_address(d.pop("bindAddress", UNSET))

        q_task_active_forward_output = cls(
            application_port=application_port,
            forwarder_port=forwarder_port,
            forwarder_host=forwarder_host,
            bind_address=bind_address,
        )

        return q_task_active_forward_output
