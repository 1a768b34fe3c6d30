# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorer import Scorer


T = TypeVar("T", bound="GetScorerResponse")


@_attrs_define
class GetScorerResponse:
    """
    Attributes:
        scorer (Scorer | Unset): Scorer entity representing a scorer in the database.
    """

    scorer: Scorer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scorer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scorer, Unset):
            scorer = self.scorer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scorer is not UNSET:
            field_dict["scorer"] = scorer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scorer import Scorer

        d = dict(src_dict)
        _scorer = d.pop("scorer", UNSET)
        scorer: Scorer | Unset
        if isinstance(_scorer, Unset):
            scorer = UNSET
        else:
            scorer = Scorer.from_dict(_scorer)

        get_scorer_response = cls(
            scorer=scorer,
        )

        get_scorer_response.additional_properties = d
        return get_scorer_response

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
