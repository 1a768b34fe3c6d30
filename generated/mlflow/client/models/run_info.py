# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunInfo")


@_attrs_define
class RunInfo:
    """Metadata of a single run.

    Attributes:
        run_uuid (str | Unset): [Deprecated, use run_id instead] Unique identifier for the run. This field will
            be removed in a future MLflow version.
        experiment_id (str | Unset): The experiment ID.
        run_name (str | Unset): The name of the run.
        user_id (str | Unset): User who initiated the run.
            This field is deprecated as of MLflow 1.0, and will be removed in a future
            MLflow release. Use 'mlflow.user' tag instead.
        status (RunStatus | Unset): Status of a run.
            - RUNNING: Run has been initiated.
            - SCHEDULED: Run is scheduled to run at a later time.
            - FINISHED: Run has completed.
            - FAILED: Run execution failed.
            - KILLED: Run killed by user.
        start_time (int | str | Unset): Unix timestamp of when the run started in milliseconds.
        end_time (int | str | Unset): Unix timestamp of when the run ended in milliseconds.
        artifact_uri (str | Unset): URI of the directory where artifacts should be uploaded.
            This can be a local path (starting with "/"), or a distributed file system (DFS)
            path, like ``s3://bucket/directory`` or ``dbfs:/my/directory``.
            If not set, the local ``./mlruns`` directory is  chosen.
        lifecycle_stage (str | Unset): Current life cycle stage of the experiment : OneOf("active", "deleted")
        run_id (str | Unset): Unique identifier for the run.
    """

    run_uuid: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    run_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    status: RunStatus | Unset = UNSET
    start_time: int | str | Unset = UNSET
    end_time: int | str | Unset = UNSET
    artifact_uri: str | Unset = UNSET
    lifecycle_stage: str | Unset = UNSET
    run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_uuid = self.run_uuid

        experiment_id = self.experiment_id

        run_name = self.run_name

        user_id = self.user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        artifact_uri = self.artifact_uri

        lifecycle_stage = self.lifecycle_stage

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_uuid is not UNSET:
            field_dict["run_uuid"] = run_uuid
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if artifact_uri is not UNSET:
            field_dict["artifact_uri"] = artifact_uri
        if lifecycle_stage is not UNSET:
            field_dict["lifecycle_stage"] = lifecycle_stage
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_uuid = d.pop("run_uuid", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        run_name = d.pop("run_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        _status = d.pop("status", UNSET)
        status: RunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RunStatus(_status)

        def _parse_start_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        artifact_uri = d.pop("artifact_uri", UNSET)

        lifecycle_stage = d.pop("lifecycle_stage", UNSET)

        run_id = d.pop("run_id", UNSET)

        run_info = cls(
            run_uuid=run_uuid,
            experiment_id=experiment_id,
            run_name=run_name,
            user_id=user_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            artifact_uri=artifact_uri,
            lifecycle_stage=lifecycle_stage,
            run_id=run_id,
        )

        run_info.additional_properties = d
        return run_info

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
