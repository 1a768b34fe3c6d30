# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from enum import StrEnum


class WebhookEntity(StrEnum):
    BUDGET_POLICY = "BUDGET_POLICY"
    ENTITY_UNSPECIFIED = "ENTITY_UNSPECIFIED"
    MODEL_VERSION = "MODEL_VERSION"
    MODEL_VERSION_ALIAS = "MODEL_VERSION_ALIAS"
    MODEL_VERSION_TAG = "MODEL_VERSION_TAG"
    PROMPT = "PROMPT"
    PROMPT_ALIAS = "PROMPT_ALIAS"
    PROMPT_TAG = "PROMPT_TAG"
    PROMPT_VERSION = "PROMPT_VERSION"
    PROMPT_VERSION_TAG = "PROMPT_VERSION_TAG"
    REGISTERED_MODEL = "REGISTERED_MODEL"

    def __str__(self) -> str:
        return str(self.value)
