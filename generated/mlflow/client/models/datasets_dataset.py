# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetsDataset")


@_attrs_define
class DatasetsDataset:
    """
    Attributes:
        dataset_id (str | Unset): Unique identifier for the dataset
        name (str | Unset): Dataset name (user-friendly identifier)
        tags (str | Unset): Tags as JSON string (key-value pairs for metadata)
        schema (str | Unset): Schema information (JSON)
        profile (str | Unset): Profile information (JSON)
        digest (str | Unset): Dataset digest for integrity checking
        created_time (int | str | Unset): Creation timestamp in milliseconds
        last_update_time (int | str | Unset): Last update timestamp in milliseconds
        created_by (str | Unset): User who created the dataset
        last_updated_by (str | Unset): User who last updated the dataset
        experiment_ids (list[str] | Unset): Associated experiment IDs (populated from entity_associations table)
    """

    dataset_id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    schema: str | Unset = UNSET
    profile: str | Unset = UNSET
    digest: str | Unset = UNSET
    created_time: int | str | Unset = UNSET
    last_update_time: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    experiment_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        name = self.name

        tags = self.tags

        schema = self.schema

        profile = self.profile

        digest = self.digest

        created_time: int | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        last_update_time: int | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if schema is not UNSET:
            field_dict["schema"] = schema
        if profile is not UNSET:
            field_dict["profile"] = profile
        if digest is not UNSET:
            field_dict["digest"] = digest
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id", UNSET)

        name = d.pop("name", UNSET)

        tags = d.pop("tags", UNSET)

        schema = d.pop("schema", UNSET)

        profile = d.pop("profile", UNSET)

        digest = d.pop("digest", UNSET)

        def _parse_created_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_last_update_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_updated_by = d.pop("last_updated_by", UNSET)

        experiment_ids = cast(list[str], d.pop("experiment_ids", UNSET))

        datasets_dataset = cls(
            dataset_id=dataset_id,
            name=name,
            tags=tags,
            schema=schema,
            profile=profile,
            digest=digest,
            created_time=created_time,
            last_update_time=last_update_time,
            created_by=created_by,
            last_updated_by=last_updated_by,
            experiment_ids=experiment_ids,
        )

        datasets_dataset.additional_properties = d
        return datasets_dataset

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
