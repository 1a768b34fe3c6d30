# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prefix_filter import PrefixFilter


T = TypeVar("T", bound="ResourcesFiltering")


@_attrs_define
class ResourcesFiltering:
    """Filters to select only a part of the resources

    Attributes:
        prefix_filtering (PrefixFilter | Unset): Filtering by prefix
    """

    prefix_filtering: PrefixFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prefix_filtering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prefix_filtering, Unset):
            prefix_filtering = self.prefix_filtering.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prefix_filtering is not UNSET:
            field_dict["prefixFiltering"] = prefix_filtering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prefix_filter import PrefixFilter

        d = dict(src_dict)
        _prefix_filtering = d.pop("prefixFiltering", UNSET)
        prefix_filtering: PrefixFilter | Unset
        if isinstance(_prefix_filtering, Unset):
            prefix_filtering = UNSET
        else:
            prefix_filtering = PrefixFilter.from_dict(_prefix_filtering)

        resources_filtering = cls(
            prefix_filtering=prefix_filtering,
        )

        return resources_filtering
