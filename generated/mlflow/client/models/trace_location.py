# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_location_trace_location_type import TraceLocationTraceLocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_location_inference_table_location import (
        TraceLocationInferenceTableLocation,
    )
    from ..models.trace_location_mlflow_experiment_location import (
        TraceLocationMlflowExperimentLocation,
    )


T = TypeVar("T", bound="TraceLocation")


@_attrs_define
class TraceLocation:
    """The location where the traces was stored and produced

    Attributes:
        type_ (TraceLocationTraceLocationType | Unset):
        mlflow_experiment (TraceLocationMlflowExperimentLocation | Unset):
        inference_table (TraceLocationInferenceTableLocation | Unset):
    """

    type_: TraceLocationTraceLocationType | Unset = UNSET
    mlflow_experiment: TraceLocationMlflowExperimentLocation | Unset = UNSET
    inference_table: TraceLocationInferenceTableLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        mlflow_experiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mlflow_experiment, Unset):
            mlflow_experiment = self.mlflow_experiment.to_dict()

        inference_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_table, Unset):
            inference_table = self.inference_table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mlflow_experiment is not UNSET:
            field_dict["mlflow_experiment"] = mlflow_experiment
        if inference_table is not UNSET:
            field_dict["inference_table"] = inference_table

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trace_location_inference_table_location import (
            TraceLocationInferenceTableLocation,
        )
        from ..models.trace_location_mlflow_experiment_location import (
            TraceLocationMlflowExperimentLocation,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TraceLocationTraceLocationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TraceLocationTraceLocationType(_type_)

        _mlflow_experiment = d.pop("mlflow_experiment", UNSET)
        mlflow_experiment: TraceLocationMlflowExperimentLocation | Unset
        if isinstance(_mlflow_experiment, Unset):
            mlflow_experiment = UNSET
        else:
            mlflow_experiment = TraceLocationMlflowExperimentLocation.from_dict(_mlflow_experiment)

        _inference_table = d.pop("inference_table", UNSET)
        inference_table: TraceLocationInferenceTableLocation | Unset
        if isinstance(_inference_table, Unset):
            inference_table = UNSET
        else:
            inference_table = TraceLocationInferenceTableLocation.from_dict(_inference_table)

        trace_location = cls(
            type_=type_,
            mlflow_experiment=mlflow_experiment,
            inference_table=inference_table,
        )

        trace_location.additional_properties = d
        return trace_location

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
