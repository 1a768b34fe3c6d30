# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_optimization_job_config import PromptOptimizationJobConfig
    from ..models.prompt_optimization_job_tag import PromptOptimizationJobTag


T = TypeVar("T", bound="CreatePromptOptimizationJob")


@_attrs_define
class CreatePromptOptimizationJob:
    """
    Attributes:
        source_prompt_uri (str): URI of the source prompt to optimize (e.g., "prompts:/my-prompt/1").
        config (PromptOptimizationJobConfig): Configuration for a prompt optimization job.
            Stored as run parameters in the underlying MLflow run.
        experiment_id (str | Unset): ID of the MLflow experiment to track the optimization job in.
        tags (list[PromptOptimizationJobTag] | Unset): Optional tags for the optimization job.
    """

    source_prompt_uri: str
    config: PromptOptimizationJobConfig
    experiment_id: str | Unset = UNSET
    tags: list[PromptOptimizationJobTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_prompt_uri = self.source_prompt_uri

        config = self.config.to_dict()

        experiment_id = self.experiment_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_prompt_uri": source_prompt_uri,
                "config": config,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_optimization_job_config import PromptOptimizationJobConfig
        from ..models.prompt_optimization_job_tag import PromptOptimizationJobTag

        d = dict(src_dict)
        source_prompt_uri = d.pop("source_prompt_uri")

        config = PromptOptimizationJobConfig.from_dict(d.pop("config"))

        experiment_id = d.pop("experiment_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[PromptOptimizationJobTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = PromptOptimizationJobTag.from_dict(tags_item_data)

                tags.append(tags_item)

        create_prompt_optimization_job = cls(
            source_prompt_uri=source_prompt_uri,
            config=config,
            experiment_id=experiment_id,
            tags=tags,
        )

        create_prompt_optimization_job.additional_properties = d
        return create_prompt_optimization_job

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
