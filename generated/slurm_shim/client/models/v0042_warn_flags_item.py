# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from enum import StrEnum


class V0042WarnFlagsItem(StrEnum):
    ARRAY_TASK = "ARRAY_TASK"
    BATCH_JOB = "BATCH_JOB"
    CRON_JOBS = "CRON_JOBS"
    FEDERATION_REQUEUE = "FEDERATION_REQUEUE"
    FULL_JOB = "FULL_JOB"
    FULL_STEPS_ONLY = "FULL_STEPS_ONLY"
    HURRY = "HURRY"
    NO_SIBLING_JOBS = "NO_SIBLING_JOBS"
    OUT_OF_MEMORY = "OUT_OF_MEMORY"
    RESERVATION_JOB = "RESERVATION_JOB"
    VERBOSE = "VERBOSE"
    WARNING_SENT = "WARNING_SENT"

    def __str__(self) -> str:
        return str(self.value)
