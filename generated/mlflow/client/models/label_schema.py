# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_schema_type import LabelSchemaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_schema_input import LabelSchemaInput


T = TypeVar("T", bound="LabelSchema")


@_attrs_define
class LabelSchema:
    """
    Attributes:
        schema_id (str | Unset):
        experiment_id (str | Unset):
        name (str | Unset):
        type_ (LabelSchemaType | Unset):
        instruction (str | Unset):
        enable_comment (bool | Unset):
        input_ (LabelSchemaInput | Unset):
        created_by (str | Unset):
        created_at (int | str | Unset):
        last_updated_at (int | str | Unset):
        is_default (bool | Unset):
    """

    schema_id: str | Unset = UNSET
    experiment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: LabelSchemaType | Unset = UNSET
    instruction: str | Unset = UNSET
    enable_comment: bool | Unset = UNSET
    input_: LabelSchemaInput | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    last_updated_at: int | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        experiment_id = self.experiment_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        instruction = self.instruction

        enable_comment = self.enable_comment

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        created_by = self.created_by

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_updated_at: int | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_id is not UNSET:
            field_dict["schema_id"] = schema_id
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if enable_comment is not UNSET:
            field_dict["enable_comment"] = enable_comment
        if input_ is not UNSET:
            field_dict["input"] = input_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_schema_input import LabelSchemaInput

        d = dict(src_dict)
        schema_id = d.pop("schema_id", UNSET)

        experiment_id = d.pop("experiment_id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LabelSchemaType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LabelSchemaType(_type_)

        instruction = d.pop("instruction", UNSET)

        enable_comment = d.pop("enable_comment", UNSET)

        _input_ = d.pop("input", UNSET)
        input_: LabelSchemaInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = LabelSchemaInput.from_dict(_input_)

        created_by = d.pop("created_by", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_last_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        is_default = d.pop("is_default", UNSET)

        label_schema = cls(
            schema_id=schema_id,
            experiment_id=experiment_id,
            name=name,
            type_=type_,
            instruction=instruction,
            enable_comment=enable_comment,
            input_=input_,
            created_by=created_by,
            created_at=created_at,
            last_updated_at=last_updated_at,
            is_default=is_default,
        )

        label_schema.additional_properties = d
        return label_schema

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
