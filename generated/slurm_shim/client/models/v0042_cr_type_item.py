# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from enum import StrEnum


class V0042CrTypeItem(StrEnum):
    BOARD = "BOARD"
    CORE = "CORE"
    CORE_DEFAULT_DIST_BLOCK = "CORE_DEFAULT_DIST_BLOCK"
    CPU = "CPU"
    LINEAR = "LINEAR"
    LLN = "LLN"
    MEMORY = "MEMORY"
    ONE_TASK_PER_CORE = "ONE_TASK_PER_CORE"
    PACK_NODES = "PACK_NODES"
    SOCKET = "SOCKET"

    def __str__(self) -> str:
        return str(self.value)
