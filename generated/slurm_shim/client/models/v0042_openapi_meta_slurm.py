# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0042_openapi_meta_slurm_version import V0042OpenapiMetaSlurmVersion


T = TypeVar("T", bound="V0042OpenapiMetaSlurm")


@_attrs_define
class V0042OpenapiMetaSlurm:
    """
    Attributes:
        version (V0042OpenapiMetaSlurmVersion | Unset):
        release (str | Unset): Slurm release string
        cluster (str | Unset): Slurm cluster name
    """

    version: V0042OpenapiMetaSlurmVersion | Unset = UNSET
    release: str | Unset = UNSET
    cluster: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        release = self.release

        cluster = self.cluster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if release is not UNSET:
            field_dict["release"] = release
        if cluster is not UNSET:
            field_dict["cluster"] = cluster

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_openapi_meta_slurm_version import (
            V0042OpenapiMetaSlurmVersion,
        )

        d = dict(src_dict)
        _version = d.pop("version", UNSET)
        version: V0042OpenapiMetaSlurmVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = V0042OpenapiMetaSlurmVersion.from_dict(_version)

        release = d.pop("release", UNSET)

        cluster = d.pop("cluster", UNSET)

        v0042_openapi_meta_slurm = cls(
            version=version,
            release=release,
            cluster=cluster,
        )

        v0042_openapi_meta_slurm.additional_properties = d
        return v0042_openapi_meta_slurm

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
