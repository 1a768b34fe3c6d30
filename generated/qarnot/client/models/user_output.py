# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computing_quotas_output import ComputingQuotasOutput


T = TypeVar("T", bound="UserOutput")


@_attrs_define
class UserOutput:
    """User information

    Attributes:
        email (None | str | Unset): Email of the user Example: some@user.com.
        max_bucket (int | Unset): Maximum number of buckets the user can create. Example: 100.
        max_task (int | Unset): Maximum number of tasks the user can have at the same time.
            When reached, some completed tasks should be deleted before
            being able to create a new one Example: 100.
        task_count (int | Unset): Number of the user's current tasks Example: 2.
        max_job (int | Unset): Maximum number of jobs the user can have at the same time.
            When reached, some completed jobs should be deleted before
            being able to create a new one Example: 100.
        job_count (int | Unset): Number of the user's current jobs Example: 1.
        max_pool (int | Unset): Maximum number of pools the user can have at the same time.
            When reached, some completed pools should be deleted before
            being able to create a new one Example: 50.
        pool_count (int | Unset): Number of the user's current pools Example: 1.
        max_running_task (int | Unset): Maximum number of tasks the user can have running at the same time.
            When reached, some running tasks should be aborted or waited for
            completion before being able to create a new one Example: 10.
        max_running_pool (int | Unset): Maximum number of pools the user can have running at the same time.
            When reached, some running pools should be closed
            before being able to create a new one Example: 50.
        running_task_count (int | Unset): Current number of running tasks Example: 1.
        running_pool_count (int | Unset): Current number of running pools Example: 1.
        running_instance_count (int | Unset): Current number of running instances Example: 2.
        running_core_count (int | Unset): Current number of running cores Example: 16.
        max_instances (int | Unset): Maximum number of instances

            *Quotas are now separated into the different scheduling types* Example: 64.
        max_cores (int | Unset): Maximum number of cores running at the same time for the user.

            *Quotas are now separated into the different scheduling types* Example: 512.
        max_flex_instances (int | Unset): Maximum number of instances

            *Quotas are now separated into the different scheduling types* Example: 64.
        max_flex_cores (int | Unset): Maximum number of cores running at the same time for the user.

            *Quotas are now separated into the different scheduling types* Example: 512.
        max_on_demand_instances (int | Unset): Maximum number of instances

            *Quotas are now separated into the different scheduling types* Example: 64.
        max_on_demand_cores (int | Unset): Maximum number of cores running at the same time for the user.

            *Quotas are now separated into the different scheduling types* Example: 512.
        computing_quotas (ComputingQuotasOutput | Unset): Computation quota description for a user
        quota_bytes (int | Unset): Maximum memory available for the user in the storage (in bytes) Example: 10737418240.
        quota_bytes_bucket (int | Unset): Maximum size available per bucket Example: 2147483648.
        used_quota_bytes_bucket (int | Unset): Currently used size per bucket
        used_quota_bytes (int | Unset): Currently used size in storage in bytes
        default_scheduling (None | str | Unset): User default scheduling for computing resources
        default_reserved_specification_key (None | str | Unset): User default reserved scheduling's specification key
    """

    email: None | str | Unset = UNSET
    max_bucket: int | Unset = UNSET
    max_task: int | Unset = UNSET
    task_count: int | Unset = UNSET
    max_job: int | Unset = UNSET
    job_count: int | Unset = UNSET
    max_pool: int | Unset = UNSET
    pool_count: int | Unset = UNSET
    max_running_task: int | Unset = UNSET
    max_running_pool: int | Unset = UNSET
    running_task_count: int | Unset = UNSET
    running_pool_count: int | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    max_flex_instances: int | Unset = UNSET
    max_flex_cores: int | Unset = UNSET
    max_on_demand_instances: int | Unset = UNSET
    max_on_demand_cores: int | Unset = UNSET
    computing_quotas: ComputingQuotasOutput | Unset = UNSET
    quota_bytes: int | Unset = UNSET
    quota_bytes_bucket: int | Unset = UNSET
    used_quota_bytes_bucket: int | Unset = UNSET
    used_quota_bytes: int | Unset = UNSET
    default_scheduling: None | str | Unset = UNSET
    default_reserved_specification_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        max_bucket = self.max_bucket

        max_task = self.max_task

        task_count = self.task_count

        max_job = self.max_job

        job_count = self.job_count

        max_pool = self.max_pool

        pool_count = self.pool_count

        max_running_task = self.max_running_task

        max_running_pool = self.max_running_pool

        running_task_count = self.running_task_count

        running_pool_count = self.running_pool_count

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        max_instances = self.max_instances

        max_cores = self.max_cores

        max_flex_instances = self.max_flex_instances

        max_flex_cores = self.max_flex_cores

        max_on_demand_instances = self.max_on_demand_instances

        max_on_demand_cores = self.max_on_demand_cores

        computing_quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.computing_quotas, Unset):
            computing_quotas = self.computing_quotas.to_dict()

        quota_bytes = self.quota_bytes

        quota_bytes_bucket = self.quota_bytes_bucket

        used_quota_bytes_bucket = self.used_quota_bytes_bucket

        used_quota_bytes = self.used_quota_bytes

        default_scheduling: None | str | Unset
        if isinstance(self.default_scheduling, Unset):
            default_scheduling = UNSET
        else:
            default_scheduling = self.default_scheduling

        default_reserved_specification_key: None | str | Unset
        if isinstance(self.default_reserved_specification_key, Unset):
            default_reserved_specification_key = UNSET
        else:
            default_reserved_specification_key = self.default_reserved_specification_key

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if max_bucket is not UNSET:
            field_dict["maxBucket"] = max_bucket
        if max_task is not UNSET:
            field_dict["maxTask"] = max_task
        if task_count is not UNSET:
            field_dict["taskCount"] = task_count
        if max_job is not UNSET:
            field_dict["maxJob"] = max_job
        if job_count is not UNSET:
            field_dict["jobCount"] = job_count
        if max_pool is not UNSET:
            field_dict["maxPool"] = max_pool
        if pool_count is not UNSET:
            field_dict["poolCount"] = pool_count
        if max_running_task is not UNSET:
            field_dict["maxRunningTask"] = max_running_task
        if max_running_pool is not UNSET:
            field_dict["maxRunningPool"] = max_running_pool
        if running_task_count is not UNSET:
            field_dict["runningTaskCount"] = running_task_count
        if running_pool_count is not UNSET:
            field_dict["runningPoolCount"] = running_pool_count
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores
        if max_flex_instances is not UNSET:
            field_dict["maxFlexInstances"] = max_flex_instances
        if max_flex_cores is not UNSET:
            field_dict["maxFlexCores"] = max_flex_cores
        if max_on_demand_instances is not UNSET:
            field_dict["maxOnDemandInstances"] = max_on_demand_instances
        if max_on_demand_cores is not UNSET:
            field_dict["maxOnDemandCores"] = max_on_demand_cores
        if computing_quotas is not UNSET:
            field_dict["computingQuotas"] = computing_quotas
        if quota_bytes is not UNSET:
            field_dict["quotaBytes"] = quota_bytes
        if quota_bytes_bucket is not UNSET:
            field_dict["quotaBytesBucket"] = quota_bytes_bucket
        if used_quota_bytes_bucket is not UNSET:
            field_dict["usedQuotaBytesBucket"] = used_quota_bytes_bucket
        if used_quota_bytes is not UNSET:
            field_dict["usedQuotaBytes"] = used_quota_bytes
        if default_scheduling is not UNSET:
            field_dict["defaultScheduling"] = default_scheduling
        if default_reserved_specification_key is not UNSET:
            field_dict["defaultReservedSpecificationKey"] = default_reserved_specification_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.computing_quotas_output import ComputingQuotasOutput

        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        max_bucket = d.pop("maxBucket", UNSET)

        max_task = d.pop("maxTask", UNSET)

        task_count = d.pop("taskCount", UNSET)

        max_job = d.pop("maxJob", UNSET)

        job_count = d.pop("jobCount", UNSET)

        max_pool = d.pop("maxPool", UNSET)

        pool_count = d.pop("poolCount", UNSET)

        max_running_task = d.pop("maxRunningTask", UNSET)

        max_running_pool = d.pop("maxRunningPool", UNSET)

        running_task_count = d.pop("runningTaskCount", UNSET)

        running_pool_count = d.pop("runningPoolCount", UNSET)

        running_instance_count = d.pop("runningInstanceCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        max_instances = d.pop("maxInstances", UNSET)

        max_cores = d.pop("maxCores", UNSET)

        max_flex_instances = d.pop("maxFlexInstances", UNSET)

        max_flex_cores = d.pop("maxFlexCores", UNSET)

        max_on_demand_instances = d.pop("maxOnDemandInstances", UNSET)

        max_on_demand_cores = d.pop("maxOnDemandCores", UNSET)

        _computing_quotas = d.pop("computingQuotas", UNSET)
        computing_quotas: ComputingQuotasOutput | Unset
        if isinstance(_computing_quotas, Unset):
            computing_quotas = UNSET
        else:
            computing_quotas = ComputingQuotasOutput.from_dict(_computing_quotas)

        quota_bytes = d.pop("quotaBytes", UNSET)

        quota_bytes_bucket = d.pop("quotaBytesBucket", UNSET)

        used_quota_bytes_bucket = d.pop("usedQuotaBytesBucket", UNSET)

        used_quota_bytes = d.pop("usedQuotaBytes", UNSET)

        def _parse_default_scheduling(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_scheduling = _parse_default_scheduling(d.pop("defaultScheduling", UNSET))

        def _parse_default_reserved_specification_key(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_reserved_specification_key = _parse_default_reserved_specification_key(
            d.pop("defaultReservedSpecificationKey", UNSET)
        )

        user_output = cls(
            email=email,
            max_bucket=max_bucket,
            max_task=max_task,
            task_count=task_count,
            max_job=max_job,
            job_count=job_count,
            max_pool=max_pool,
            pool_count=pool_count,
            max_running_task=max_running_task,
            max_running_pool=max_running_pool,
            running_task_count=running_task_count,
            running_pool_count=running_pool_count,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            max_instances=max_instances,
            max_cores=max_cores,
            max_flex_instances=max_flex_instances,
            max_flex_cores=max_flex_cores,
            max_on_demand_instances=max_on_demand_instances,
            max_on_demand_cores=max_on_demand_cores,
            computing_quotas=computing_quotas,
            quota_bytes=quota_bytes,
            quota_bytes_bucket=quota_bytes_bucket,
            used_quota_bytes_bucket=used_quota_bytes_bucket,
            used_quota_bytes=used_quota_bytes,
            default_scheduling=default_scheduling,
            default_reserved_specification_key=default_reserved_specification_key,
        )

        return user_output
