# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_progress import JobProgress
    from ..models.job_state_metadata import JobStateMetadata


T = TypeVar("T", bound="JobState")


@_attrs_define
class JobState:
    """Generic job state message combining status with metadata.
    Provides a unified way to represent job state across different job types.

        Attributes:
            status (JobStatus | Unset): Generic status enum for MLflow jobs.
                Can be used across different job types (optimization, scorer, etc.).
                - JOB_STATUS_PENDING: Job is queued, waiting to start.
                - JOB_STATUS_IN_PROGRESS: Job is currently running.
                - JOB_STATUS_COMPLETED: Job completed successfully.
                - JOB_STATUS_FAILED: Job failed with an error.
                - JOB_STATUS_CANCELED: Job was canceled by user.
            error_message (str | Unset): Error message if the job failed.
                Only set when status is JOB_STATUS_FAILED.
            metadata (JobStateMetadata | Unset): Additional metadata as key-value pairs.
                Can be used to store job-specific state information.
            status_message (str | Unset):
            progress (JobProgress | Unset):
            progress_updated_at (int | str | Unset):
    """

    status: JobStatus | Unset = UNSET
    error_message: str | Unset = UNSET
    metadata: JobStateMetadata | Unset = UNSET
    status_message: str | Unset = UNSET
    progress: JobProgress | Unset = UNSET
    progress_updated_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_message = self.error_message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status_message = self.status_message

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        progress_updated_at: int | str | Unset
        if isinstance(self.progress_updated_at, Unset):
            progress_updated_at = UNSET
        else:
            progress_updated_at = self.progress_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if progress is not UNSET:
            field_dict["progress"] = progress
        if progress_updated_at is not UNSET:
            field_dict["progress_updated_at"] = progress_updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_progress import JobProgress
        from ..models.job_state_metadata import JobStateMetadata

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus(_status)

        error_message = d.pop("error_message", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JobStateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JobStateMetadata.from_dict(_metadata)

        status_message = d.pop("status_message", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: JobProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = JobProgress.from_dict(_progress)

        def _parse_progress_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        progress_updated_at = _parse_progress_updated_at(d.pop("progress_updated_at", UNSET))

        job_state = cls(
            status=status,
            error_message=error_message,
            metadata=metadata,
            status_message=status_message,
            progress=progress,
            progress_updated_at=progress_updated_at,
        )

        job_state.additional_properties = d
        return job_state

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
