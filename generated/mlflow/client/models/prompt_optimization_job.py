# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_state import JobState
    from ..models.prompt_optimization_job_config import PromptOptimizationJobConfig
    from ..models.prompt_optimization_job_final_eval_scores import (
        PromptOptimizationJobFinalEvalScores,
    )
    from ..models.prompt_optimization_job_initial_eval_scores import (
        PromptOptimizationJobInitialEvalScores,
    )
    from ..models.prompt_optimization_job_tag import PromptOptimizationJobTag


T = TypeVar("T", bound="PromptOptimizationJob")


@_attrs_define
class PromptOptimizationJob:
    """Represents a prompt optimization job entity.

    Attributes:
        job_id (str | Unset): Unique identifier for the optimization job.
            Used to poll job execution status (pending/running/completed/failed).
        run_id (str | Unset): MLflow run ID where optimization metrics and results are stored.
            Use this to view results in MLflow UI. Only available after job starts running.
        state (JobState | Unset): Generic job state message combining status with metadata.
            Provides a unified way to represent job state across different job types.
        experiment_id (str | Unset): ID of the MLflow experiment where this optimization job is tracked.
        source_prompt_uri (str | Unset): URI of the source prompt that optimization started from (e.g., "prompts:/my-
            prompt/1").
        optimized_prompt_uri (str | Unset): URI of the optimized prompt (e.g., "prompts:/my-prompt/2").
            Only set if optimization completed successfully.
        config (PromptOptimizationJobConfig | Unset): Configuration for a prompt optimization job.
            Stored as run parameters in the underlying MLflow run.
        creation_timestamp_ms (int | str | Unset): Timestamp when the job was created (milliseconds since epoch).
        completion_timestamp_ms (int | str | Unset): Timestamp when the job completed (milliseconds since epoch).
            Only set if status is COMPLETED, FAILED, or CANCELED.
        tags (list[PromptOptimizationJobTag] | Unset): Tags associated with this job.
        initial_eval_scores (PromptOptimizationJobInitialEvalScores | Unset): Initial evaluation scores before
            optimization, keyed by scorer name.
            Example: {"Correctness": 0.65, "Safety": 0.80}
        final_eval_scores (PromptOptimizationJobFinalEvalScores | Unset): Final evaluation scores after optimization,
            keyed by scorer name.
            Example: {"Correctness": 0.89, "Safety": 0.95}
    """

    job_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    state: JobState | Unset = UNSET
    experiment_id: str | Unset = UNSET
    source_prompt_uri: str | Unset = UNSET
    optimized_prompt_uri: str | Unset = UNSET
    config: PromptOptimizationJobConfig | Unset = UNSET
    creation_timestamp_ms: int | str | Unset = UNSET
    completion_timestamp_ms: int | str | Unset = UNSET
    tags: list[PromptOptimizationJobTag] | Unset = UNSET
    initial_eval_scores: PromptOptimizationJobInitialEvalScores | Unset = UNSET
    final_eval_scores: PromptOptimizationJobFinalEvalScores | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        run_id = self.run_id

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        experiment_id = self.experiment_id

        source_prompt_uri = self.source_prompt_uri

        optimized_prompt_uri = self.optimized_prompt_uri

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        creation_timestamp_ms: int | str | Unset
        if isinstance(self.creation_timestamp_ms, Unset):
            creation_timestamp_ms = UNSET
        else:
            creation_timestamp_ms = self.creation_timestamp_ms

        completion_timestamp_ms: int | str | Unset
        if isinstance(self.completion_timestamp_ms, Unset):
            completion_timestamp_ms = UNSET
        else:
            completion_timestamp_ms = self.completion_timestamp_ms

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        initial_eval_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_eval_scores, Unset):
            initial_eval_scores = self.initial_eval_scores.to_dict()

        final_eval_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_eval_scores, Unset):
            final_eval_scores = self.final_eval_scores.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if state is not UNSET:
            field_dict["state"] = state
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if source_prompt_uri is not UNSET:
            field_dict["source_prompt_uri"] = source_prompt_uri
        if optimized_prompt_uri is not UNSET:
            field_dict["optimized_prompt_uri"] = optimized_prompt_uri
        if config is not UNSET:
            field_dict["config"] = config
        if creation_timestamp_ms is not UNSET:
            field_dict["creation_timestamp_ms"] = creation_timestamp_ms
        if completion_timestamp_ms is not UNSET:
            field_dict["completion_timestamp_ms"] = completion_timestamp_ms
        if tags is not UNSET:
            field_dict["tags"] = tags
        if initial_eval_scores is not UNSET:
            field_dict["initial_eval_scores"] = initial_eval_scores
        if final_eval_scores is not UNSET:
            field_dict["final_eval_scores"] = final_eval_scores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_state import JobState
        from ..models.prompt_optimization_job_config import PromptOptimizationJobConfig
        from ..models.prompt_optimization_job_final_eval_scores import (
            PromptOptimizationJobFinalEvalScores,
        )
        from ..models.prompt_optimization_job_initial_eval_scores import (
            PromptOptimizationJobInitialEvalScores,
        )
        from ..models.prompt_optimization_job_tag import PromptOptimizationJobTag

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        _state = d.pop("state", UNSET)
        state: JobState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobState.from_dict(_state)

        experiment_id = d.pop("experiment_id", UNSET)

        source_prompt_uri = d.pop("source_prompt_uri", UNSET)

        optimized_prompt_uri = d.pop("optimized_prompt_uri", UNSET)

        _config = d.pop("config", UNSET)
        config: PromptOptimizationJobConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = PromptOptimizationJobConfig.from_dict(_config)

        def _parse_creation_timestamp_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_timestamp_ms = _parse_creation_timestamp_ms(d.pop("creation_timestamp_ms", UNSET))

        def _parse_completion_timestamp_ms(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        completion_timestamp_ms = _parse_completion_timestamp_ms(
            d.pop("completion_timestamp_ms", UNSET)
        )

        _tags = d.pop("tags", UNSET)
        tags: list[PromptOptimizationJobTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = PromptOptimizationJobTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _initial_eval_scores = d.pop("initial_eval_scores", UNSET)
        initial_eval_scores: PromptOptimizationJobInitialEvalScores | Unset
        if isinstance(_initial_eval_scores, Unset):
            initial_eval_scores = UNSET
        else:
            initial_eval_scores = PromptOptimizationJobInitialEvalScores.from_dict(
                _initial_eval_scores
            )

        _final_eval_scores = d.pop("final_eval_scores", UNSET)
        final_eval_scores: PromptOptimizationJobFinalEvalScores | Unset
        if isinstance(_final_eval_scores, Unset):
            final_eval_scores = UNSET
        else:
            final_eval_scores = PromptOptimizationJobFinalEvalScores.from_dict(_final_eval_scores)

        prompt_optimization_job = cls(
            job_id=job_id,
            run_id=run_id,
            state=state,
            experiment_id=experiment_id,
            source_prompt_uri=source_prompt_uri,
            optimized_prompt_uri=optimized_prompt_uri,
            config=config,
            creation_timestamp_ms=creation_timestamp_ms,
            completion_timestamp_ms=completion_timestamp_ms,
            tags=tags,
            initial_eval_scores=initial_eval_scores,
            final_eval_scores=final_eval_scores,
        )

        prompt_optimization_job.additional_properties = d
        return prompt_optimization_job

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
