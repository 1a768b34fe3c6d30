# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from enum import StrEnum


class SchedulingClass(StrEnum):
    FLEX = "flex"
    ONDEMAND = "onDemand"
    RESERVED = "reserved"

    def __str__(self) -> str:
        return str(self.value)
