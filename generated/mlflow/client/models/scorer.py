# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Scorer")


@_attrs_define
class Scorer:
    """Scorer entity representing a scorer in the database.

    Attributes:
        experiment_id (int | Unset): The experiment ID.
        scorer_name (str | Unset): The scorer name.
        scorer_version (int | Unset): The scorer version.
        serialized_scorer (str | Unset): The serialized scorer string.
        creation_time (int | str | Unset): The creation time of the scorer version (in milliseconds since epoch).
        scorer_id (str | Unset): The unique identifier for the scorer.
    """

    experiment_id: int | Unset = UNSET
    scorer_name: str | Unset = UNSET
    scorer_version: int | Unset = UNSET
    serialized_scorer: str | Unset = UNSET
    creation_time: int | str | Unset = UNSET
    scorer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        scorer_name = self.scorer_name

        scorer_version = self.scorer_version

        serialized_scorer = self.serialized_scorer

        creation_time: int | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        scorer_id = self.scorer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if scorer_name is not UNSET:
            field_dict["scorer_name"] = scorer_name
        if scorer_version is not UNSET:
            field_dict["scorer_version"] = scorer_version
        if serialized_scorer is not UNSET:
            field_dict["serialized_scorer"] = serialized_scorer
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if scorer_id is not UNSET:
            field_dict["scorer_id"] = scorer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experiment_id = d.pop("experiment_id", UNSET)

        scorer_name = d.pop("scorer_name", UNSET)

        scorer_version = d.pop("scorer_version", UNSET)

        serialized_scorer = d.pop("serialized_scorer", UNSET)

        def _parse_creation_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        scorer_id = d.pop("scorer_id", UNSET)

        scorer = cls(
            experiment_id=experiment_id,
            scorer_name=scorer_name,
            scorer_version=scorer_version,
            serialized_scorer=serialized_scorer,
            creation_time=creation_time,
            scorer_id=scorer_id,
        )

        scorer.additional_properties = d
        return scorer

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
