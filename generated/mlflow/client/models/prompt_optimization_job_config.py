# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimizer_type import OptimizerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptOptimizationJobConfig")


@_attrs_define
class PromptOptimizationJobConfig:
    """Configuration for a prompt optimization job.
    Stored as run parameters in the underlying MLflow run.

        Attributes:
            optimizer_type (OptimizerType | Unset): Type of optimizer algorithm to use.
                - OPTIMIZER_TYPE_GEPA: GEPA (Genetic Pareto) optimizer (https://github.com/gepa-ai/gepa)
                - OPTIMIZER_TYPE_METAPROMPT: MetaPrompt optimizer - uses metaprompting with LLMs to improve prompts in a single
                pass.
            dataset_id (str | Unset): ID of the EvaluationDataset containing training data.
            scorers (list[str] | Unset): List of scorer names. Can be built-in scorer class names
                (e.g., "Correctness", "Safety") or registered scorer names.
            optimizer_config_json (str | Unset): JSON-serialized optimizer-specific configuration.
                Different optimizers accept different parameters:
                - GEPA: {"reflection_model": "openai:/gpt-5", "max_metric_calls": 300}
                - MetaPrompt: {"reflection_model": "openai:/gpt-5", "guidelines": "...", "lm_kwargs": {...}}
    """

    optimizer_type: OptimizerType | Unset = UNSET
    dataset_id: str | Unset = UNSET
    scorers: list[str] | Unset = UNSET
    optimizer_config_json: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        optimizer_type: str | Unset = UNSET
        if not isinstance(self.optimizer_type, Unset):
            optimizer_type = self.optimizer_type.value

        dataset_id = self.dataset_id

        scorers: list[str] | Unset = UNSET
        if not isinstance(self.scorers, Unset):
            scorers = self.scorers

        optimizer_config_json = self.optimizer_config_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if optimizer_type is not UNSET:
            field_dict["optimizer_type"] = optimizer_type
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if scorers is not UNSET:
            field_dict["scorers"] = scorers
        if optimizer_config_json is not UNSET:
            field_dict["optimizer_config_json"] = optimizer_config_json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _optimizer_type = d.pop("optimizer_type", UNSET)
        optimizer_type: OptimizerType | Unset
        if isinstance(_optimizer_type, Unset):
            optimizer_type = UNSET
        else:
            optimizer_type = OptimizerType(_optimizer_type)

        dataset_id = d.pop("dataset_id", UNSET)

        scorers = cast(list[str], d.pop("scorers", UNSET))

        optimizer_config_json = d.pop("optimizer_config_json", UNSET)

        prompt_optimization_job_config = cls(
            optimizer_type=optimizer_type,
            dataset_id=dataset_id,
            scorers=scorers,
            optimizer_config_json=optimizer_config_json,
        )

        prompt_optimization_job_config.additional_properties = d
        return prompt_optimization_job_config

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
