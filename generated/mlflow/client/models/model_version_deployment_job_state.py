# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_job_connection_state import DeploymentJobConnectionState
from ..models.model_version_deployment_job_state_deployment_job_run_state import (
    ModelVersionDeploymentJobStateDeploymentJobRunState,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelVersionDeploymentJobState")


@_attrs_define
class ModelVersionDeploymentJobState:
    """
    Attributes:
        job_id (str | Unset):
        run_id (str | Unset):
        job_state (DeploymentJobConnectionState | Unset): - NOT_SET_UP: default state
            - CONNECTED: connected job: job exists, owner has ACLs, and required job parameters are present
            - NOT_FOUND: job was deleted OR owner had job ACLs removed
            - REQUIRED_PARAMETERS_CHANGED: required job parameters were changed
        run_state (ModelVersionDeploymentJobStateDeploymentJobRunState | Unset):
        current_task_name (str | Unset):
    """

    job_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    job_state: DeploymentJobConnectionState | Unset = UNSET
    run_state: ModelVersionDeploymentJobStateDeploymentJobRunState | Unset = UNSET
    current_task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        run_id = self.run_id

        job_state: str | Unset = UNSET
        if not isinstance(self.job_state, Unset):
            job_state = self.job_state.value

        run_state: str | Unset = UNSET
        if not isinstance(self.run_state, Unset):
            run_state = self.run_state.value

        current_task_name = self.current_task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if run_state is not UNSET:
            field_dict["run_state"] = run_state
        if current_task_name is not UNSET:
            field_dict["current_task_name"] = current_task_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        _job_state = d.pop("job_state", UNSET)
        job_state: DeploymentJobConnectionState | Unset
        if isinstance(_job_state, Unset):
            job_state = UNSET
        else:
            job_state = DeploymentJobConnectionState(_job_state)

        _run_state = d.pop("run_state", UNSET)
        run_state: ModelVersionDeploymentJobStateDeploymentJobRunState | Unset
        if isinstance(_run_state, Unset):
            run_state = UNSET
        else:
            run_state = ModelVersionDeploymentJobStateDeploymentJobRunState(_run_state)

        current_task_name = d.pop("current_task_name", UNSET)

        model_version_deployment_job_state = cls(
            job_id=job_id,
            run_id=run_id,
            job_state=job_state,
            run_state=run_state,
            current_task_name=current_task_name,
        )

        model_version_deployment_job_state.additional_properties = d
        return model_version_deployment_job_state

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
