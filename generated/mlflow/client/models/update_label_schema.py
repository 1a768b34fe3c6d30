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
    from ..models.label_schema_input import LabelSchemaInput


T = TypeVar("T", bound="UpdateLabelSchema")


@_attrs_define
class UpdateLabelSchema:
    """
    Attributes:
        schema_id (str):
        name (str | Unset):
        instruction (str | Unset):
        enable_comment (bool | Unset):
        input_ (LabelSchemaInput | Unset):
    """

    schema_id: str
    name: str | Unset = UNSET
    instruction: str | Unset = UNSET
    enable_comment: bool | Unset = UNSET
    input_: LabelSchemaInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        name = self.name

        instruction = self.instruction

        enable_comment = self.enable_comment

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema_id": schema_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if enable_comment is not UNSET:
            field_dict["enable_comment"] = enable_comment
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_schema_input import LabelSchemaInput

        d = dict(src_dict)
        schema_id = d.pop("schema_id")

        name = d.pop("name", UNSET)

        instruction = d.pop("instruction", UNSET)

        enable_comment = d.pop("enable_comment", UNSET)

        _input_ = d.pop("input", UNSET)
        input_: LabelSchemaInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = LabelSchemaInput.from_dict(_input_)

        update_label_schema = cls(
            schema_id=schema_id,
            name=name,
            instruction=instruction,
            enable_comment=enable_comment,
            input_=input_,
        )

        update_label_schema.additional_properties = d
        return update_label_schema

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
