# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from enum import StrEnum


class V0042JobMailFlagsItem(StrEnum):
    ARRAY_TASKS = "ARRAY_TASKS"
    BEGIN = "BEGIN"
    END = "END"
    FAIL = "FAIL"
    INVALID_DEPENDENCY = "INVALID_DEPENDENCY"
    REQUEUE = "REQUEUE"
    STAGE_OUT = "STAGE_OUT"
    TIME100 = "TIME=100%"
    TIME50 = "TIME=50%"
    TIME80 = "TIME=80%"
    TIME90 = "TIME=90%"

    def __str__(self) -> str:
        return str(self.value)
