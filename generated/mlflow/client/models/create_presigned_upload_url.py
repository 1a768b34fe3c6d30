# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePresignedUploadUrl")


@_attrs_define
class CreatePresignedUploadUrl:
    """
    Attributes:
        run_id (str): Run ID that owns the artifact. Must be provided.
        path (str): Relative path within the run's artifact directory (e.g. "models/model.pkl").
            Must be provided.
        expiration (int | str | Unset): URL expiration time in seconds (default: 900).
        model_id (str | Unset):
    """

    run_id: str
    path: str
    expiration: int | str | Unset = UNSET
    model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        path = self.path

        expiration: int | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "path": path,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        path = d.pop("path")

        def _parse_expiration(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        model_id = d.pop("model_id", UNSET)

        create_presigned_upload_url = cls(
            run_id=run_id,
            path=path,
            expiration=expiration,
            model_id=model_id,
        )

        create_presigned_upload_url.additional_properties = d
        return create_presigned_upload_url

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
