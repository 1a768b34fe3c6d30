# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpectationSerializedValue")


@_attrs_define
class ExpectationSerializedValue:
    """
    Attributes:
        serialization_format (str | Unset): Marks the serialization format for the expectation value. This is a contract
            specific to the client. The service
            will not attempt to deserialize the value or validate the format. An example format is "JSON_FORMAT".
        value (str | Unset): The value of the expectation-based assessment serialized as a string in the format defined
            by ``serialization_format``.
    """

    serialization_format: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serialization_format = self.serialization_format

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serialization_format is not UNSET:
            field_dict["serialization_format"] = serialization_format
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        serialization_format = d.pop("serialization_format", UNSET)

        value = d.pop("value", UNSET)

        expectation_serialized_value = cls(
            serialization_format=serialization_format,
            value=value,
        )

        expectation_serialized_value.additional_properties = d
        return expectation_serialized_value

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
