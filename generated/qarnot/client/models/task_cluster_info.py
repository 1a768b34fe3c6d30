# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskClusterInfo")


@_attrs_define
class TaskClusterInfo:
    """Info about the cluster the task is in

    Attributes:
        cluster_cores_count (int | None | Unset): Number of cores in the cluster
    """

    cluster_cores_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cluster_cores_count: int | None | Unset
        if isinstance(self.cluster_cores_count, Unset):
            cluster_cores_count = UNSET
        else:
            cluster_cores_count = self.cluster_cores_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cluster_cores_count is not UNSET:
            field_dict["clusterCoresCount"] = cluster_cores_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cluster_cores_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster_cores_count = _parse_cluster_cores_count(d.pop("clusterCoresCount", UNSET))

        task_cluster_info = cls(
            cluster_cores_count=cluster_cores_count,
        )

        return task_cluster_info
