# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogParam")


@_attrs_define
class LogParam:
    """
    Attributes:
        key (str): Name of the param. Maximum size is 255 bytes.
        value (str): String value of the param being logged. Maximum size is 6000 bytes.
        run_id (str): ID of the run under which to log the param. Must be provided.
        run_uuid (str | Unset): [Deprecated, use run_id instead] ID of the run under which to log the param. This field
            will
            be removed in a future MLflow version.
    """

    key: str
    value: str
    run_id: str
    run_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        run_id = self.run_id

        run_uuid = self.run_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "run_id": run_id,
            }
        )
        if run_uuid is not UNSET:
            field_dict["run_uuid"] = run_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        run_id = d.pop("run_id")

        run_uuid = d.pop("run_uuid", UNSET)

        log_param = cls(
            key=key,
            value=value,
            run_id=run_id,
            run_uuid=run_uuid,
        )

        log_param.additional_properties = d
        return log_param

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
