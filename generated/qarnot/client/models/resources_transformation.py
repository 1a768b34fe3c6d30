# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strip_prefix import StripPrefix


T = TypeVar("T", bound="ResourcesTransformation")


@_attrs_define
class ResourcesTransformation:
    """Transformation that should be done on resources paths

    Attributes:
        strip_prefix (StripPrefix | Unset): Transformation to remove a prefix to a path
    """

    strip_prefix: StripPrefix | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        strip_prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strip_prefix, Unset):
            strip_prefix = self.strip_prefix.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if strip_prefix is not UNSET:
            field_dict["stripPrefix"] = strip_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.strip_prefix import StripPrefix

        d = dict(src_dict)
        _strip_prefix = d.pop("stripPrefix", UNSET)
        strip_prefix: StripPrefix | Unset
        if isinstance(_strip_prefix, Unset):
            strip_prefix = UNSET
        else:
            strip_prefix = StripPrefix.from_dict(_strip_prefix)

        resources_transformation = cls(
            strip_prefix=strip_prefix,
        )

        return resources_transformation
