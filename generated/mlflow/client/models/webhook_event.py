# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_action import WebhookAction
from ..models.webhook_entity import WebhookEntity

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """Webhook event definition

    Attributes:
        entity (WebhookEntity): Webhook entity types
            - ENTITY_UNSPECIFIED: Default/unknown entity
            - REGISTERED_MODEL: Registered model entity
            - MODEL_VERSION: Model version entity
            - MODEL_VERSION_TAG: Model version tag entity
            - MODEL_VERSION_ALIAS: Model version alias entity
            - PROMPT: Prompt entity
            - PROMPT_VERSION: Prompt version entity
            - PROMPT_TAG: Prompt tag entity
            - PROMPT_VERSION_TAG: Prompt version tag entity
            - PROMPT_ALIAS: Prompt alias entity
            - BUDGET_POLICY: Budget policy entity
        action (WebhookAction): Webhook action types
            - ACTION_UNSPECIFIED: Default/unknown action
            - CREATED: Entity was created
            - UPDATED: Entity was updated
            - DELETED: Entity was deleted
            - SET: Entity was set (e.g., tag set)
            - EXCEEDED: Budget limit was exceeded
    """

    entity: WebhookEntity
    action: WebhookAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entity = WebhookEntity(d.pop("entity"))

        action = WebhookAction(d.pop("action"))

        webhook_event = cls(
            entity=entity,
            action=action,
        )

        webhook_event.additional_properties = d
        return webhook_event

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
