# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from enum import StrEnum


class V0042SlurmdbJobFlagsItem(StrEnum):
    CLEAR_SCHEDULING = "CLEAR_SCHEDULING"
    NONE = "NONE"
    NOT_SET = "NOT_SET"
    STARTED_ON_BACKFILL = "STARTED_ON_BACKFILL"
    STARTED_ON_SCHEDULE = "STARTED_ON_SCHEDULE"
    STARTED_ON_SUBMIT = "STARTED_ON_SUBMIT"
    START_RECEIVED = "START_RECEIVED"

    def __str__(self) -> str:
        return str(self.value)
