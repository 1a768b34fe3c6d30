# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterScorerResponse")


@_attrs_define
class RegisterScorerResponse:
    """
    Attributes:
        version (int | Unset): The new version number for the scorer.
        scorer_id (str | Unset): The unique identifier for the scorer.
        experiment_id (str | Unset): The experiment ID (same as request).
        name (str | Unset): The scorer name (same as request).
        serialized_scorer (str | Unset): The serialized scorer string (same as request).
        creation_time (int | str | Unset): The creation time of the scorer version (in milliseconds since epoch).
    """

    version: int | Unset = UNSET
    scorer_id: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    serialized_scorer: str | Unset = UNSET
    creation_time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        scorer_id = self.scorer_id

        experiment_id = self.experiment_id

        name = self.name

        serialized_scorer = self.serialized_scorer

        creation_time: int | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if scorer_id is not UNSET:
            field_dict["scorer_id"] = scorer_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if serialized_scorer is not UNSET:
            field_dict["serialized_scorer"] = serialized_scorer
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        scorer_id = d.pop("scorer_id", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        name = d.pop("name", UNSET)

        serialized_scorer = d.pop("serialized_scorer", UNSET)

        def _parse_creation_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        register_scorer_response = cls(
            version=version,
            scorer_id=scorer_id,
            experiment_id=experiment_id,
            name=name,
            serialized_scorer=serialized_scorer,
            creation_time=creation_time,
        )

        register_scorer_response.additional_properties = d
        return register_scorer_response

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
