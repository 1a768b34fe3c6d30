# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metric")


@_attrs_define
class Metric:
    """Metric associated with a run, represented as a key-value pair.

    Attributes:
        key (str | Unset): Key identifying this metric.
        value (float | Unset): Value associated with this metric.
        timestamp (int | str | Unset): The timestamp at which this metric was recorded.
        step (int | str | Unset): Step at which to log the metric. Default: 0.
        dataset_name (str | Unset): The name of the dataset associated with the metric.
            E.g. "my.uc.table@2" "nyc-taxi-dataset", "fantastic-elk-3"
        dataset_digest (str | Unset): Dataset digest of the dataset associated with the metric,
            e.g. an md5 hash of the dataset that uniquely identifies it
            within datasets of the same name.
        model_id (str | Unset): The ID of the LoggedModel or Registered Model Version associated with
            the metric, if applicable.
        run_id (str | Unset): The ID of the run containing the metric.
    """

    key: str | Unset = UNSET
    value: float | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    step: int | str | Unset = 0
    dataset_name: str | Unset = UNSET
    dataset_digest: str | Unset = UNSET
    model_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        step: int | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        dataset_name = self.dataset_name

        dataset_digest = self.dataset_digest

        model_id = self.model_id

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if step is not UNSET:
            field_dict["step"] = step
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_digest is not UNSET:
            field_dict["dataset_digest"] = dataset_digest
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_step(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_digest = d.pop("dataset_digest", UNSET)

        model_id = d.pop("model_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        metric = cls(
            key=key,
            value=value,
            timestamp=timestamp,
            step=step,
            dataset_name=dataset_name,
            dataset_digest=dataset_digest,
            model_id=model_id,
            run_id=run_id,
        )

        metric.additional_properties = d
        return metric

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
