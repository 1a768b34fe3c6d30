# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from enum import StrEnum


class ReviewQueueType(StrEnum):
    CUSTOM = "CUSTOM"
    REVIEW_QUEUE_TYPE_UNSPECIFIED = "REVIEW_QUEUE_TYPE_UNSPECIFIED"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
