# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogMetric")


@_attrs_define
class LogMetric:
    """
    Attributes:
        key (str): Name of the metric.
        value (float): Double value of the metric being logged.
        timestamp (int | str): Unix timestamp in milliseconds at the time metric was logged.
        run_id (str): ID of the run under which to log the metric. Must be provided.
        run_uuid (str | Unset): [Deprecated, use run_id instead] ID of the run under which to log the metric. This field
            will
            be removed in a future MLflow version.
        step (int | str | Unset): Step at which to log the metric Default: 0.
        model_id (str | Unset): ID of the logged model associated with the metric, if applicable
        dataset_name (str | Unset): The name of the dataset associated with the metric.
            E.g. "my.uc.table@2" "nyc-taxi-dataset", "fantastic-elk-3"
        dataset_digest (str | Unset): Dataset digest of the dataset associated with the metric,
            e.g. an md5 hash of the dataset that uniquely identifies it
            within datasets of the same name.
    """

    key: str
    value: float
    timestamp: int | str
    run_id: str
    run_uuid: str | Unset = UNSET
    step: int | str | Unset = 0
    model_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_digest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        timestamp: int | str
        timestamp = self.timestamp

        run_id = self.run_id

        run_uuid = self.run_uuid

        step: int | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        model_id = self.model_id

        dataset_name = self.dataset_name

        dataset_digest = self.dataset_digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "timestamp": timestamp,
                "run_id": run_id,
            }
        )
        if run_uuid is not UNSET:
            field_dict["run_uuid"] = run_uuid
        if step is not UNSET:
            field_dict["step"] = step
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_digest is not UNSET:
            field_dict["dataset_digest"] = dataset_digest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        def _parse_timestamp(data: object) -> int | str:
            return cast(int | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        run_id = d.pop("run_id")

        run_uuid = d.pop("run_uuid", UNSET)

        def _parse_step(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        model_id = d.pop("model_id", UNSET)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_digest = d.pop("dataset_digest", UNSET)

        log_metric = cls(
            key=key,
            value=value,
            timestamp=timestamp,
            run_id=run_id,
            run_uuid=run_uuid,
            step=step,
            model_id=model_id,
            dataset_name=dataset_name,
            dataset_digest=dataset_digest,
        )

        log_metric.additional_properties = d
        return log_metric

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
