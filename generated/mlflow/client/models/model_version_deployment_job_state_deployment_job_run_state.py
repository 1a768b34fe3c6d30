# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from enum import StrEnum


class ModelVersionDeploymentJobStateDeploymentJobRunState(StrEnum):
    APPROVAL = "APPROVAL"
    DEPLOYMENT_JOB_RUN_STATE_UNSPECIFIED = "DEPLOYMENT_JOB_RUN_STATE_UNSPECIFIED"
    FAILED = "FAILED"
    NO_VALID_DEPLOYMENT_JOB_FOUND = "NO_VALID_DEPLOYMENT_JOB_FOUND"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)
