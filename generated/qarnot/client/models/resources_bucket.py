# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resources_filtering import ResourcesFiltering
    from ..models.resources_transformation import ResourcesTransformation


T = TypeVar("T", bound="ResourcesBucket")


@_attrs_define
class ResourcesBucket:
    """Detailed resources bucket

    Attributes:
        bucket_name (None | str | Unset): Bucket name Example: bucket.
        filtering (ResourcesFiltering | Unset): Filters to select only a part of the resources
        resources_transformation (ResourcesTransformation | Unset): Transformation that should be done on resources
            paths
        cache_ttl_sec (int | None | Unset): Time to live for the resource cache entry (in seconds).
            Override the task default value DefaultResourcesCacheTTLSec Example: 2592000.
    """

    bucket_name: None | str | Unset = UNSET
    filtering: ResourcesFiltering | Unset = UNSET
    resources_transformation: ResourcesTransformation | Unset = UNSET
    cache_ttl_sec: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        filtering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = self.filtering.to_dict()

        resources_transformation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources_transformation, Unset):
            resources_transformation = self.resources_transformation.to_dict()

        cache_ttl_sec: int | None | Unset
        if isinstance(self.cache_ttl_sec, Unset):
            cache_ttl_sec = UNSET
        else:
            cache_ttl_sec = self.cache_ttl_sec

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if resources_transformation is not UNSET:
            field_dict["resourcesTransformation"] = resources_transformation
        if cache_ttl_sec is not UNSET:
            field_dict["cacheTTLSec"] = cache_ttl_sec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resources_filtering import ResourcesFiltering
        from ..models.resources_transformation import ResourcesTransformation

        d = dict(src_dict)

        def _parse_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_name = _parse_bucket_name(d.pop("bucketName", UNSET))

        _filtering = d.pop("filtering", UNSET)
        filtering: ResourcesFiltering | Unset
        if isinstance(_filtering, Unset):
            filtering = UNSET
        else:
            filtering = ResourcesFiltering.from_dict(_filtering)

        _resources_transformation = d.pop("resourcesTransformation", UNSET)
        resources_transformation: ResourcesTransformation | Unset
        if isinstance(_resources_transformation, Unset):
            resources_transformation = UNSET
        else:
            resources_transformation = ResourcesTransformation.from_dict(_resources_transformation)

        def _parse_cache_ttl_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_ttl_sec = _parse_cache_ttl_sec(d.pop("cacheTTLSec", UNSET))

        resources_bucket = cls(
            bucket_name=bucket_name,
            filtering=filtering,
            resources_transformation=resources_transformation,
            cache_ttl_sec=cache_ttl_sec,
        )

        return resources_bucket
