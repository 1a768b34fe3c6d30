# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from enum import StrEnum


class V0042ReservationFlagsItem(StrEnum):
    ALL_NODES = "ALL_NODES"
    ANY_NODES = "ANY_NODES"
    DAILY = "DAILY"
    DURATION_MINUS = "DURATION_MINUS"
    DURATION_PLUS = "DURATION_PLUS"
    FLEX = "FLEX"
    HOURLY = "HOURLY"
    IGNORE_JOBS = "IGNORE_JOBS"
    MAGNETIC = "MAGNETIC"
    MAINT = "MAINT"
    NO_DAILY = "NO_DAILY"
    NO_FLEX = "NO_FLEX"
    NO_HOLD_JOBS_AFTER_END = "NO_HOLD_JOBS_AFTER_END"
    NO_HOURLY = "NO_HOURLY"
    NO_IGNORE_JOBS = "NO_IGNORE_JOBS"
    NO_MAINT = "NO_MAINT"
    NO_PART_NODES = "NO_PART_NODES"
    NO_PURGE_COMP = "NO_PURGE_COMP"
    NO_STATIC = "NO_STATIC"
    NO_USER_DELETE = "NO_USER_DELETE"
    NO_WEEKDAY = "NO_WEEKDAY"
    NO_WEEKEND = "NO_WEEKEND"
    NO_WEEKLY = "NO_WEEKLY"
    OVERLAP = "OVERLAP"
    PART_NODES = "PART_NODES"
    PURGE_COMP = "PURGE_COMP"
    REOCCURRING = "REOCCURRING"
    REPLACE = "REPLACE"
    SKIP = "SKIP"
    SPEC_NODES = "SPEC_NODES"
    STATIC = "STATIC"
    TIME_FLOAT = "TIME_FLOAT"
    USER_DELETE = "USER_DELETE"
    WEEKDAY = "WEEKDAY"
    WEEKEND = "WEEKEND"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
