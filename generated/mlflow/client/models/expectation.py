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
    from ..models.expectation_serialized_value import ExpectationSerializedValue


T = TypeVar("T", bound="Expectation")


@_attrs_define
class Expectation:
    """An expectation for the values or guidelines for the outputs that a model or agent should produce
    from the inputs contained in the trace.

        Attributes:
            value (Any | Unset): The value of the expectation-based assessment. This uses ``google.protobuf.Value`` under
                the hood to support a
                flexible schema of expectation values but is validated to constrain it to specific types. This means the value
                must
                be JSON conforming to one of the following supported types:
                * Numeric values like integers or floats
                * Boolean values
                * Text value (can contain JSON text the user wishes to store, but it will only be searchable as text)
                * List values containing only strings (empty lists allowed).

                Other values like null, structs, non-string lists etc. will be rejected. However, they can instead be serialized
                as
                a string and stored in the ``serialized_value`` field instead. Only one of either ``serialized_value`` or
                ``value``
                may be defined. We do not support these other formats directly despite using google.protobuf.Value due to
                security
                risks around their serialization and deserialization.
            serialized_value (ExpectationSerializedValue | Unset):
    """

    value: Any | Unset = UNSET
    serialized_value: ExpectationSerializedValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        serialized_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serialized_value, Unset):
            serialized_value = self.serialized_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if serialized_value is not UNSET:
            field_dict["serialized_value"] = serialized_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expectation_serialized_value import ExpectationSerializedValue

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _serialized_value = d.pop("serialized_value", UNSET)
        serialized_value: ExpectationSerializedValue | Unset
        if isinstance(_serialized_value, Unset):
            serialized_value = UNSET
        else:
            serialized_value = ExpectationSerializedValue.from_dict(_serialized_value)

        expectation = cls(
            value=value,
            serialized_value=serialized_value,
        )

        expectation.additional_properties = d
        return expectation

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
