# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0042_kill_jobs_resp_job import V0042KillJobsRespJob
    from ..models.v0042_openapi_error import V0042OpenapiError
    from ..models.v0042_openapi_meta import V0042OpenapiMeta
    from ..models.v0042_openapi_warning import V0042OpenapiWarning


T = TypeVar("T", bound="V0042OpenapiKillJobsResp")


@_attrs_define
class V0042OpenapiKillJobsResp:
    """
    Attributes:
        status (list[V0042KillJobsRespJob]): List of jobs signal responses
        meta (V0042OpenapiMeta | Unset):
        errors (list[V0042OpenapiError] | Unset):
        warnings (list[V0042OpenapiWarning] | Unset):
    """

    status: list[V0042KillJobsRespJob]
    meta: V0042OpenapiMeta | Unset = UNSET
    errors: list[V0042OpenapiError] | Unset = UNSET
    warnings: list[V0042OpenapiWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = []
        for componentsschemasv0_0_42_kill_jobs_resp_msg_item_data in self.status:
            componentsschemasv0_0_42_kill_jobs_resp_msg_item = (
                componentsschemasv0_0_42_kill_jobs_resp_msg_item_data.to_dict()
            )
            status.append(componentsschemasv0_0_42_kill_jobs_resp_msg_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasv0_0_42_openapi_errors_item_data in self.errors:
                componentsschemasv0_0_42_openapi_errors_item = (
                    componentsschemasv0_0_42_openapi_errors_item_data.to_dict()
                )
                errors.append(componentsschemasv0_0_42_openapi_errors_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasv0_0_42_openapi_warnings_item_data in self.warnings:
                componentsschemasv0_0_42_openapi_warnings_item = (
                    componentsschemasv0_0_42_openapi_warnings_item_data.to_dict()
                )
                warnings.append(componentsschemasv0_0_42_openapi_warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v0042_kill_jobs_resp_job import V0042KillJobsRespJob
        from ..models.v0042_openapi_error import V0042OpenapiError
        from ..models.v0042_openapi_meta import V0042OpenapiMeta
        from ..models.v0042_openapi_warning import V0042OpenapiWarning

        d = dict(src_dict)
        status = []
        _status = d.pop("status")
        for componentsschemasv0_0_42_kill_jobs_resp_msg_item_data in _status:
            componentsschemasv0_0_42_kill_jobs_resp_msg_item = V0042KillJobsRespJob.from_dict(
                componentsschemasv0_0_42_kill_jobs_resp_msg_item_data
            )

            status.append(componentsschemasv0_0_42_kill_jobs_resp_msg_item)

        _meta = d.pop("meta", UNSET)
        meta: V0042OpenapiMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = V0042OpenapiMeta.from_dict(_meta)

        _errors = d.pop("errors", UNSET)
        errors: list[V0042OpenapiError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemasv0_0_42_openapi_errors_item_data in _errors:
                componentsschemasv0_0_42_openapi_errors_item = V0042OpenapiError.from_dict(
                    componentsschemasv0_0_42_openapi_errors_item_data
                )

                errors.append(componentsschemasv0_0_42_openapi_errors_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0042OpenapiWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for componentsschemasv0_0_42_openapi_warnings_item_data in _warnings:
                componentsschemasv0_0_42_openapi_warnings_item = V0042OpenapiWarning.from_dict(
                    componentsschemasv0_0_42_openapi_warnings_item_data
                )

                warnings.append(componentsschemasv0_0_42_openapi_warnings_item)

        v0042_openapi_kill_jobs_resp = cls(
            status=status,
            meta=meta,
            errors=errors,
            warnings=warnings,
        )

        v0042_openapi_kill_jobs_resp.additional_properties = d
        return v0042_openapi_kill_jobs_resp

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
