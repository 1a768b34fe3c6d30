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
    from ..models.label_schema import LabelSchema


T = TypeVar("T", bound="ListLabelSchemasResponse")


@_attrs_define
class ListLabelSchemasResponse:
    """
    Attributes:
        label_schemas (list[LabelSchema] | Unset):
        next_page_token (str | Unset):
    """

    label_schemas: list[LabelSchema] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_schemas, Unset):
            label_schemas = []
            for label_schemas_item_data in self.label_schemas:
                label_schemas_item = label_schemas_item_data.to_dict()
                label_schemas.append(label_schemas_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_schemas is not UNSET:
            field_dict["label_schemas"] = label_schemas
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_schema import LabelSchema

        d = dict(src_dict)
        _label_schemas = d.pop("label_schemas", UNSET)
        label_schemas: list[LabelSchema] | Unset = UNSET
        if _label_schemas is not UNSET:
            label_schemas = []
            for label_schemas_item_data in _label_schemas:
                label_schemas_item = LabelSchema.from_dict(label_schemas_item_data)

                label_schemas.append(label_schemas_item)

        next_page_token = d.pop("next_page_token", UNSET)

        list_label_schemas_response = cls(
            label_schemas=label_schemas,
            next_page_token=next_page_token,
        )

        list_label_schemas_response.additional_properties = d
        return list_label_schemas_response

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
