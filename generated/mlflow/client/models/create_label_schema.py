# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_schema_type import LabelSchemaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_schema_input import LabelSchemaInput


T = TypeVar("T", bound="CreateLabelSchema")


@_attrs_define
class CreateLabelSchema:
    """
    Attributes:
        experiment_id (str):
        name (str):
        type_ (LabelSchemaType):
        input_ (LabelSchemaInput):
        instruction (str | Unset):
        enable_comment (bool | Unset):
    """

    experiment_id: str
    name: str
    type_: LabelSchemaType
    input_: LabelSchemaInput
    instruction: str | Unset = UNSET
    enable_comment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        name = self.name

        type_ = self.type_.value

        input_ = self.input_.to_dict()

        instruction = self.instruction

        enable_comment = self.enable_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
                "name": name,
                "type": type_,
                "input": input_,
            }
        )
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if enable_comment is not UNSET:
            field_dict["enable_comment"] = enable_comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_schema_input import LabelSchemaInput

        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")

        name = d.pop("name")

        type_ = LabelSchemaType(d.pop("type"))

        input_ = LabelSchemaInput.from_dict(d.pop("input"))

        instruction = d.pop("instruction", UNSET)

        enable_comment = d.pop("enable_comment", UNSET)

        create_label_schema = cls(
            experiment_id=experiment_id,
            name=name,
            type_=type_,
            input_=input_,
            instruction=instruction,
            enable_comment=enable_comment,
        )

        create_label_schema.additional_properties = d
        return create_label_schema

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
