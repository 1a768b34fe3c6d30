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
    from ..models.logged_model_data import LoggedModelData
    from ..models.logged_model_info import LoggedModelInfo


T = TypeVar("T", bound="LoggedModel")


@_attrs_define
class LoggedModel:
    """A LoggedModel message includes logged model attributes,
    tags, registration info, params, and linked run metrics.

        Attributes:
            info (LoggedModelInfo | Unset): A LoggedModelInfo includes logged model attributes,
                tags, and registration info.
            data (LoggedModelData | Unset): A LoggedModelData message includes logged model params and linked metrics.
    """

    info: LoggedModelInfo | Unset = UNSET
    data: LoggedModelData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.logged_model_data import LoggedModelData
        from ..models.logged_model_info import LoggedModelInfo

        d = dict(src_dict)
        _info = d.pop("info", UNSET)
        info: LoggedModelInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = LoggedModelInfo.from_dict(_info)

        _data = d.pop("data", UNSET)
        data: LoggedModelData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LoggedModelData.from_dict(_data)

        logged_model = cls(
            info=info,
            data=data,
        )

        logged_model.additional_properties = d
        return logged_model

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
