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
    from ..models.input_categorical import InputCategorical
    from ..models.input_numeric import InputNumeric
    from ..models.input_pass_fail import InputPassFail
    from ..models.input_text import InputText


T = TypeVar("T", bound="LabelSchemaInput")


@_attrs_define
class LabelSchemaInput:
    """
    Attributes:
        pass_fail (InputPassFail | Unset):
        categorical (InputCategorical | Unset):
        numeric (InputNumeric | Unset):
        text (InputText | Unset):
    """

    pass_fail: InputPassFail | Unset = UNSET
    categorical: InputCategorical | Unset = UNSET
    numeric: InputNumeric | Unset = UNSET
    text: InputText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pass_fail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pass_fail, Unset):
            pass_fail = self.pass_fail.to_dict()

        categorical: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categorical, Unset):
            categorical = self.categorical.to_dict()

        numeric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numeric, Unset):
            numeric = self.numeric.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pass_fail is not UNSET:
            field_dict["pass_fail"] = pass_fail
        if categorical is not UNSET:
            field_dict["categorical"] = categorical
        if numeric is not UNSET:
            field_dict["numeric"] = numeric
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_categorical import InputCategorical
        from ..models.input_numeric import InputNumeric
        from ..models.input_pass_fail import InputPassFail
        from ..models.input_text import InputText

        d = dict(src_dict)
        _pass_fail = d.pop("pass_fail", UNSET)
        pass_fail: InputPassFail | Unset
        if isinstance(_pass_fail, Unset):
            pass_fail = UNSET
        else:
            pass_fail = InputPassFail.from_dict(_pass_fail)

        _categorical = d.pop("categorical", UNSET)
        categorical: InputCategorical | Unset
        if isinstance(_categorical, Unset):
            categorical = UNSET
        else:
            categorical = InputCategorical.from_dict(_categorical)

        _numeric = d.pop("numeric", UNSET)
        numeric: InputNumeric | Unset
        if isinstance(_numeric, Unset):
            numeric = UNSET
        else:
            numeric = InputNumeric.from_dict(_numeric)

        _text = d.pop("text", UNSET)
        text: InputText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = InputText.from_dict(_text)

        label_schema_input = cls(
            pass_fail=pass_fail,
            categorical=categorical,
            numeric=numeric,
            text=text,
        )

        label_schema_input.additional_properties = d
        return label_schema_input

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
