# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_action import GuardrailAction
from ..models.guardrail_stage import GuardrailStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGatewayGuardrail")


@_attrs_define
class CreateGatewayGuardrail:
    """
    Attributes:
        name (str):
        scorer_id (str):
        scorer_version (int | str):
        stage (GuardrailStage): Whether a guardrail runs before or after LLM invocation
        action (GuardrailAction): Whether a guardrail blocks or modifies the request/response
        action_endpoint_id (str | Unset): Optional gateway endpoint ID for the LLM used by the action.
    """

    name: str
    scorer_id: str
    scorer_version: int | str
    stage: GuardrailStage
    action: GuardrailAction
    action_endpoint_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scorer_id = self.scorer_id

        scorer_version: int | str
        scorer_version = self.scorer_version

        stage = self.stage.value

        action = self.action.value

        action_endpoint_id = self.action_endpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scorer_id": scorer_id,
                "scorer_version": scorer_version,
                "stage": stage,
                "action": action,
            }
        )
        if action_endpoint_id is not UNSET:
            field_dict["action_endpoint_id"] = action_endpoint_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        scorer_id = d.pop("scorer_id")

        def _parse_scorer_version(data: object) -> int | str:
            return cast(int | str, data)

        scorer_version = _parse_scorer_version(d.pop("scorer_version"))

        stage = GuardrailStage(d.pop("stage"))

        action = GuardrailAction(d.pop("action"))

        action_endpoint_id = d.pop("action_endpoint_id", UNSET)

        create_gateway_guardrail = cls(
            name=name,
            scorer_id=scorer_id,
            scorer_version=scorer_version,
            stage=stage,
            action=action,
            action_endpoint_id=action_endpoint_id,
        )

        create_gateway_guardrail.additional_properties = d
        return create_gateway_guardrail

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
