# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """Dataset. Represents a reference to data used for training, testing, or evaluation during
    the model development process.

        Attributes:
            name (str): The name of the dataset. E.g. "my.uc.table@2" "nyc-taxi-dataset", "fantastic-elk-3"
            digest (str): Dataset digest, e.g. an md5 hash of the dataset that uniquely identifies it
                within datasets of the same name.
            source_type (str): The type of the dataset source, e.g. 'databricks-uc-table', 'DBFS', 'S3', ...
            source (str): Source information for the dataset. Note that the source may not exactly reproduce the
                dataset if it was transformed / modified before use with MLflow.
            schema (str | Unset): The schema of the dataset. E.g., MLflow ColSpec JSON for a dataframe, MLflow TensorSpec
                JSON
                for an ndarray, or another schema format.
            profile (str | Unset): The profile of the dataset. Summary statistics for the dataset, such as the number of
                rows
                in a table, the mean / std / mode of each column in a table, or the number of elements
                in an array.
    """

    name: str
    digest: str
    source_type: str
    source: str
    schema: str | Unset = UNSET
    profile: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        digest = self.digest

        source_type = self.source_type

        source = self.source

        schema = self.schema

        profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "digest": digest,
                "source_type": source_type,
                "source": source,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        digest = d.pop("digest")

        source_type = d.pop("source_type")

        source = d.pop("source")

        schema = d.pop("schema", UNSET)

        profile = d.pop("profile", UNSET)

        dataset = cls(
            name=name,
            digest=digest,
            source_type=source_type,
            source=source,
            schema=schema,
            profile=profile,
        )

        dataset.additional_properties = d
        return dataset

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
