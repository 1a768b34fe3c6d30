# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_action import GuardrailAction
from ..models.guardrail_stage import GuardrailStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorer import Scorer


T = TypeVar("T", bound="GatewayGuardrail")


@_attrs_define
class GatewayGuardrail:
    """
    Attributes:
        guardrail_id (str | Unset):
        name (str | Unset):
        scorer (Scorer | Unset): Scorer entity representing a scorer in the database.
        stage (GuardrailStage | Unset): Whether a guardrail runs before or after LLM invocation
        action (GuardrailAction | Unset): Whether a guardrail blocks or modifies the request/response
        action_endpoint_id (str | Unset): Optional gateway endpoint ID for the LLM used by the action (e.g.
            sanitization).
        created_by (str | Unset):
        created_at (int | str | Unset):
        last_updated_by (str | Unset):
        last_updated_at (int | str | Unset):
    """

    guardrail_id: str | Unset = UNSET
    name: str | Unset = UNSET
    scorer: Scorer | Unset = UNSET
    stage: GuardrailStage | Unset = UNSET
    action: GuardrailAction | Unset = UNSET
    action_endpoint_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    last_updated_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_id = self.guardrail_id

        name = self.name

        scorer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scorer, Unset):
            scorer = self.scorer.to_dict()

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        action_endpoint_id = self.action_endpoint_id

        created_by = self.created_by

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_updated_by = self.last_updated_by

        last_updated_at: int | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if name is not UNSET:
            field_dict["name"] = name
        if scorer is not UNSET:
            field_dict["scorer"] = scorer
        if stage is not UNSET:
            field_dict["stage"] = stage
        if action is not UNSET:
            field_dict["action"] = action
        if action_endpoint_id is not UNSET:
            field_dict["action_endpoint_id"] = action_endpoint_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scorer import Scorer

        d = dict(src_dict)
        guardrail_id = d.pop("guardrail_id", UNSET)

        name = d.pop("name", UNSET)

        _scorer = d.pop("scorer", UNSET)
        scorer: Scorer | Unset
        if isinstance(_scorer, Unset):
            scorer = UNSET
        else:
            scorer = Scorer.from_dict(_scorer)

        _stage = d.pop("stage", UNSET)
        stage: GuardrailStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = GuardrailStage(_stage)

        _action = d.pop("action", UNSET)
        action: GuardrailAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = GuardrailAction(_action)

        action_endpoint_id = d.pop("action_endpoint_id", UNSET)

        created_by = d.pop("created_by", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        last_updated_by = d.pop("last_updated_by", UNSET)

        def _parse_last_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        gateway_guardrail = cls(
            guardrail_id=guardrail_id,
            name=name,
            scorer=scorer,
            stage=stage,
            action=action,
            action_endpoint_id=action_endpoint_id,
            created_by=created_by,
            created_at=created_at,
            last_updated_by=last_updated_by,
            last_updated_at=last_updated_at,
        )

        gateway_guardrail.additional_properties = d
        return gateway_guardrail

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
