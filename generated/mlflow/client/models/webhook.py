# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_event import WebhookEvent


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """Webhook entity

    Attributes:
        webhook_id (str | Unset): Unique identifier for the webhook
        name (str | Unset): Name of the webhook
        description (str | Unset): Optional description for the webhook
        url (str | Unset): URL to send webhook events to
        events (list[WebhookEvent] | Unset): List of events this webhook is subscribed to
        status (WebhookStatus | Unset): Webhook status enumeration
            - ACTIVE: Webhook is active and receiving events
            - DISABLED: Webhook is disabled and not receiving events
        creation_timestamp (int | str | Unset): Timestamp when webhook was created
        last_updated_timestamp (int | str | Unset): Timestamp when webhook was last updated
    """

    webhook_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[WebhookEvent] | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    creation_timestamp: int | str | Unset = UNSET
    last_updated_timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        name = self.name

        description = self.description

        url = self.url

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        creation_timestamp: int | str | Unset
        if isinstance(self.creation_timestamp, Unset):
            creation_timestamp = UNSET
        else:
            creation_timestamp = self.creation_timestamp

        last_updated_timestamp: int | str | Unset
        if isinstance(self.last_updated_timestamp, Unset):
            last_updated_timestamp = UNSET
        else:
            last_updated_timestamp = self.last_updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if status is not UNSET:
            field_dict["status"] = status
        if creation_timestamp is not UNSET:
            field_dict["creation_timestamp"] = creation_timestamp
        if last_updated_timestamp is not UNSET:
            field_dict["last_updated_timestamp"] = last_updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_event import WebhookEvent

        d = dict(src_dict)
        webhook_id = d.pop("webhook_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEvent.from_dict(events_item_data)

                events.append(events_item)

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        def _parse_creation_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_timestamp = _parse_creation_timestamp(d.pop("creation_timestamp", UNSET))

        def _parse_last_updated_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_updated_timestamp = _parse_last_updated_timestamp(
            d.pop("last_updated_timestamp", UNSET)
        )

        webhook = cls(
            webhook_id=webhook_id,
            name=name,
            description=description,
            url=url,
            events=events,
            status=status,
            creation_timestamp=creation_timestamp,
            last_updated_timestamp=last_updated_timestamp,
        )

        webhook.additional_properties = d
        return webhook

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
