# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700).
from enum import StrEnum


class V0042QosFlagsItem(StrEnum):
    ADD = "ADD"
    DENY_LIMIT = "DENY_LIMIT"
    ENFORCE_USAGE_THRESHOLD = "ENFORCE_USAGE_THRESHOLD"
    NOT_SET = "NOT_SET"
    NO_DECAY = "NO_DECAY"
    NO_RESERVE = "NO_RESERVE"
    OVERRIDE_PARTITION_QOS = "OVERRIDE_PARTITION_QOS"
    PARTITION_MAXIMUM_NODE = "PARTITION_MAXIMUM_NODE"
    PARTITION_MINIMUM_NODE = "PARTITION_MINIMUM_NODE"
    PARTITION_TIME_LIMIT = "PARTITION_TIME_LIMIT"
    RELATIVE = "RELATIVE"
    REMOVE = "REMOVE"
    REQUIRED_RESERVATION = "REQUIRED_RESERVATION"
    USAGE_FACTOR_SAFE = "USAGE_FACTOR_SAFE"

    def __str__(self) -> str:
        return str(self.value)
