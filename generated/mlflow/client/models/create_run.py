# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_tag import RunTag


T = TypeVar("T", bound="CreateRun")


@_attrs_define
class CreateRun:
    """
    Attributes:
        experiment_id (str | Unset): ID of the associated experiment.
        user_id (str | Unset): ID of the user executing the run.
            This field is deprecated as of MLflow 1.0, and will be removed in a future
            MLflow release. Use 'mlflow.user' tag instead.
        run_name (str | Unset): Name of the run.
        start_time (int | str | Unset): Unix timestamp in milliseconds of when the run started.
        tags (list[RunTag] | Unset): Additional metadata for run.
    """

    experiment_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    run_name: str | Unset = UNSET
    start_time: int | str | Unset = UNSET
    tags: list[RunTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        user_id = self.user_id

        run_name = self.run_name

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_tag import RunTag

        d = dict(src_dict)
        experiment_id = d.pop("experiment_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        run_name = d.pop("run_name", UNSET)

        def _parse_start_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[RunTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = RunTag.from_dict(tags_item_data)

                tags.append(tags_item)

        create_run = cls(
            experiment_id=experiment_id,
            user_id=user_id,
            run_name=run_name,
            start_time=start_time,
            tags=tags,
        )

        create_run.additional_properties = d
        return create_run

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
