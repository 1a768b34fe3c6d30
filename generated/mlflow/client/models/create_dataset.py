# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_record_source_source_type import DatasetRecordSourceSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataset")


@_attrs_define
class CreateDataset:
    """
    Attributes:
        name (str): Dataset name
        experiment_ids (list[str] | Unset): Associated experiment IDs. If not provided, defaults to the current active
            experiment.
        source_type (DatasetRecordSourceSourceType | Unset): Type of the dataset record source.
            - TRACE: Record from a trace/span.
            - HUMAN: Record from human annotation.
            - DOCUMENT: Record from a document.
            - CODE: Record from code/computation.
        source (str | Unset): Source information
        schema (str | Unset): Schema information (JSON)
        profile (str | Unset): Profile information (JSON)
        created_by (str | Unset): User creating the dataset
        tags (str | Unset): Tags to set on the dataset (JSON string mapping keys to values)
    """

    name: str
    experiment_ids: list[str] | Unset = UNSET
    source_type: DatasetRecordSourceSourceType | Unset = UNSET
    source: str | Unset = UNSET
    schema: str | Unset = UNSET
    profile: str | Unset = UNSET
    created_by: str | Unset = UNSET
    tags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        experiment_ids: list[str] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        source = self.source

        schema = self.schema

        profile = self.profile

        created_by = self.created_by

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if experiment_ids is not UNSET:
            field_dict["experiment_ids"] = experiment_ids
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source is not UNSET:
            field_dict["source"] = source
        if schema is not UNSET:
            field_dict["schema"] = schema
        if profile is not UNSET:
            field_dict["profile"] = profile
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        experiment_ids = cast(list[str], d.pop("experiment_ids", UNSET))

        _source_type = d.pop("source_type", UNSET)
        source_type: DatasetRecordSourceSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = DatasetRecordSourceSourceType(_source_type)

        source = d.pop("source", UNSET)

        schema = d.pop("schema", UNSET)

        profile = d.pop("profile", UNSET)

        created_by = d.pop("created_by", UNSET)

        tags = d.pop("tags", UNSET)

        create_dataset = cls(
            name=name,
            experiment_ids=experiment_ids,
            source_type=source_type,
            source=source,
            schema=schema,
            profile=profile,
            created_by=created_by,
            tags=tags,
        )

        create_dataset.additional_properties = d
        return create_dataset

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
