# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scheduling_class import SchedulingClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_model_hardware import CpuModelHardware
    from ..models.dependency_input import DependencyInput
    from ..models.forced_constant import ForcedConstant
    from ..models.gpu_hardware import GpuHardware
    from ..models.key_value import KeyValue
    from ..models.maximum_core_hardware import MaximumCoreHardware
    from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
    from ..models.maximum_ram_hardware import MaximumRamHardware
    from ..models.minimum_core_hardware import MinimumCoreHardware
    from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
    from ..models.minimum_ram_hardware import MinimumRamHardware
    from ..models.no_gpu_hardware import NoGpuHardware
    from ..models.no_ssd_hardware import NoSSDHardware
    from ..models.privileges import Privileges
    from ..models.resources_bucket import ResourcesBucket
    from ..models.retry_settings import RetrySettings
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware import SpecificHardware
    from ..models.ssd_hardware import SSDHardware
    from ..models.task_resume_input_labels_type_0 import TaskResumeInputLabelsType0


T = TypeVar("T", bound="TaskResumeInput")


@_attrs_define
class TaskResumeInput:
    """Configuration of the fields to change in the resumed task

    Attributes:
        name (None | str | Unset): Given Name of the cloned task. Same as the original by default.

            Should be less than 2048 characters. Example: my blend.
        resource_buckets (list[str] | None | Unset): Names of the buckets containing resources for the task.

             The buckets should already exist in the user storage account.

            If ```AdvancedResourceBuckets``` is set its value will be used instead.

            Maximum number of buckets: 100.
        advanced_resource_buckets (list[ResourcesBucket] | None | Unset): Names of the buckets containing resources for
            the task, with custom prefix.

             The buckets should already exist in the user storage account.

            Will override the value of ```ResourceBuckets```.

            Maximum number of buckets: 100.
        max_retries_per_instance (int | None | Unset): Maximum number of retries per instance.

            If ```RetrySettings.MaxPerInstanceRetries``` is set, it will be used instead.

            *Prefer the use of RetrySettings.MaxPerInstanceRetries field* Example: 1.
        shortname (None | str | Unset): Shortname of the task (default is its Uuid).

            Should be <b>unique</b>.
            >Available characters (all alphanumeric + hyphen): ```a-z```, ```A-Z```, ```0-9``` and ```-```.
            Should start with a letter or number and should not end with an hyphen (```-```). Example: blend-task-1.
        profile (None | str | Unset): Profile used by the task

            Should be one of the available profiles for the user.

            Should not be set if the task is using a pool Example: blender.
        job_uuid (None | Unset | UUID): Uuid of the task's job.

            Should be the uuid of an active job. Example: 12345678-1234-1234-1234-123456789012.
        result_bucket (None | str | Unset): Name of the bucket containing results of the task.

            If the bucket does not exist in the user storage account, it will be created. Example: mybucket.
        constants (list[KeyValue] | None | Unset): List of constants for the task.

            They are used to configure the profiles and can be overridden to change its parameters.
            New constants can also be added to use during the Task execution.

            Allowed characters for the constants' keys: ```a-z```, ```A-Z```, ```0-9```, ```_```, ```-```, ```.```
            The constants' keys and values should not be null.

            Maximum number of constants is 150. Maximum length of the key and value: 2048 characters.

            For secret constants with write-only rights, use the prefix ```'QARNOT_SECRET__'``` Example: [{'key':
            'BLEND_FILE', 'value': 'qarnot.blend'}, {'key': 'QARNOT_SECRET__SENSITIVE_DATA', 'value':
            'some_sensitive_data'}].
        forced_constants (list[ForcedConstant] | None | Unset): List of constants to be overriden for the task.

            This is expected to be used in a development context and requires specific permissions.

            The same restrictions that apply to regular constants also apply here.
        hardware_constraints (list[CpuModelHardware | GpuHardware | MaximumCoreHardware | MaximumRamCoreRatioHardware |
            MaximumRamHardware | MinimumCoreHardware | MinimumRamCoreRatioHardware | MinimumRamHardware | NoGpuHardware |
            NoSSDHardware | SpecificHardware | SSDHardware] | None | Unset): Constraints applied to hardware for executing
            the task.

            Cannot set new hardware constraints for a task in a pool.
        secrets_access_rights (SecretsAccessRights | Unset): Describe secrets the task or pool will have access to
            when running.
        tags (list[str] | None | Unset): (Optional) List of tags

            Should be less than 10.

            The tags values should not be null and should be less than 512 characters.
        snapshot_interval (int | None | Unset): Snapshot interval.

            *Cannot be set at task creation (reset to 0). Use periodic snapshot endpoint to set the snapshot interval*
        snapshot_whitelist (None | str | Unset): (Optional) Regex of whitelisted files for snapshots

            Should be less than 2048 characters.

            You can use the values of task constants in the regex using ```${CONSTANT_KEY}``` Example: .*wanted.*.
        snapshot_blacklist (None | str | Unset): (Optional) Regex of blacklisted files for snapshots

            Should be less than 2048 characters.

            You can use the values of task constants in the regex using ```${CONSTANT_KEY}``` Example: .*forbid.*.
        snapshot_bucket (None | str | Unset): Name of the snapshot bucket Example: snapshots.
        snapshot_bucket_prefix (None | str | Unset): Prefix for the snapshot bucket Example: prefix.
        results_whitelist (None | str | Unset): (Optional) Regex of whitelisted files for results

            Should be less than 2048 characters.

            You can use the values of task constants in the regex using ```${CONSTANT_KEY}``` Example: .*wanted.*.
        results_blacklist (None | str | Unset): (Optional) Regex of blacklisted files for results

            Should be less than 2048 characters.

            You can use the values of task constants in the regex using ```${CONSTANT_KEY}``` Example: .*forbid.*.
        results_bucket (None | str | Unset): Name of the buckets used for results Example: results.
        results_bucket_prefix (None | str | Unset): Prefix to add to bucket for results Example: prefix.
        dependencies (DependencyInput | Unset): Initial task dependency
        auto_delete_on_completion (bool | None | Unset): Whether the task should be deleted if completed and the task
            quota is reached Example: False.
        completion_time_to_live (None | str | Unset): Task life time limit Example: 10:00:00.
        wait_for_pool_resources_synchronization (bool | None | Unset): For in-pool tasks, whether to consider pool
            resources synchronization as a barrier for execution Example: 16.
        upload_results_on_cancellation (bool | None | Unset): Whether the results should be upload if the task is
            cancelled Example: False.
        labels (None | TaskResumeInputLabelsType0 | Unset): Task labels : arbitrary key / value pairs attached
            to the task in order to find it more easily.

            They do not affect the execution of the task.
        scheduling_type (SchedulingClass | Unset): Type of scheduling used when dispatching the tasks
        targeted_reserved_machine_key (None | str | Unset): The key of the reserved machine the task should be dispatch
            on.
            To use with ```"reserved"``` SchedulingType
        default_resources_cache_ttl_sec (int | None | Unset): The default TTL value for all the task resources cache.
            TTL is 7776000s by default.
        results_cache_ttl_sec (int | None | Unset): The TTL value for the task results cache.
        privileges (Privileges | Unset): List of privileges that can be granted for task execution
        retry_settings (RetrySettings | Unset): Configuration for instance or task retry
    """

    name: None | str | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[ResourcesBucket] | None | Unset = UNSET
    max_retries_per_instance: int | None | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    job_uuid: None | Unset | UUID = UNSET
    result_bucket: None | str | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    forced_constants: list[ForcedConstant] | None | Unset = UNSET
    hardware_constraints: (
        list[
            CpuModelHardware
            | GpuHardware
            | MaximumCoreHardware
            | MaximumRamCoreRatioHardware
            | MaximumRamHardware
            | MinimumCoreHardware
            | MinimumRamCoreRatioHardware
            | MinimumRamHardware
            | NoGpuHardware
            | NoSSDHardware
            | SpecificHardware
            | SSDHardware
        ]
        | None
        | Unset
    ) = UNSET
    secrets_access_rights: SecretsAccessRights | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    snapshot_interval: int | None | Unset = UNSET
    snapshot_whitelist: None | str | Unset = UNSET
    snapshot_blacklist: None | str | Unset = UNSET
    snapshot_bucket: None | str | Unset = UNSET
    snapshot_bucket_prefix: None | str | Unset = UNSET
    results_whitelist: None | str | Unset = UNSET
    results_blacklist: None | str | Unset = UNSET
    results_bucket: None | str | Unset = UNSET
    results_bucket_prefix: None | str | Unset = UNSET
    dependencies: DependencyInput | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    upload_results_on_cancellation: bool | None | Unset = UNSET
    labels: None | TaskResumeInputLabelsType0 | Unset = UNSET
    scheduling_type: SchedulingClass | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    default_resources_cache_ttl_sec: int | None | Unset = UNSET
    results_cache_ttl_sec: int | None | Unset = UNSET
    privileges: Privileges | Unset = UNSET
    retry_settings: RetrySettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_hardware import GpuHardware
        from ..models.maximum_core_hardware import MaximumCoreHardware
        from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
        from ..models.maximum_ram_hardware import MaximumRamHardware
        from ..models.minimum_core_hardware import MinimumCoreHardware
        from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
        from ..models.minimum_ram_hardware import MinimumRamHardware
        from ..models.no_gpu_hardware import NoGpuHardware
        from ..models.no_ssd_hardware import NoSSDHardware
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware
        from ..models.task_resume_input_labels_type_0 import TaskResumeInputLabelsType0

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        resource_buckets: list[str] | None | Unset
        if isinstance(self.resource_buckets, Unset):
            resource_buckets = UNSET
        elif isinstance(self.resource_buckets, list):
            resource_buckets = self.resource_buckets

        else:
            resource_buckets = self.resource_buckets

        advanced_resource_buckets: list[dict[str, Any]] | None | Unset
        if isinstance(self.advanced_resource_buckets, Unset):
            advanced_resource_buckets = UNSET
        elif isinstance(self.advanced_resource_buckets, list):
            advanced_resource_buckets = []
            for advanced_resource_buckets_type_0_item_data in self.advanced_resource_buckets:
                advanced_resource_buckets_type_0_item = (
                    advanced_resource_buckets_type_0_item_data.to_dict()
                )
                advanced_resource_buckets.append(advanced_resource_buckets_type_0_item)

        else:
            advanced_resource_buckets = self.advanced_resource_buckets

        max_retries_per_instance: int | None | Unset
        if isinstance(self.max_retries_per_instance, Unset):
            max_retries_per_instance = UNSET
        else:
            max_retries_per_instance = self.max_retries_per_instance

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        job_uuid: None | str | Unset
        if isinstance(self.job_uuid, Unset):
            job_uuid = UNSET
        elif isinstance(self.job_uuid, UUID):
            job_uuid = str(self.job_uuid)
        else:
            job_uuid = self.job_uuid

        result_bucket: None | str | Unset
        if isinstance(self.result_bucket, Unset):
            result_bucket = UNSET
        else:
            result_bucket = self.result_bucket

        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        forced_constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.forced_constants, Unset):
            forced_constants = UNSET
        elif isinstance(self.forced_constants, list):
            forced_constants = []
            for forced_constants_type_0_item_data in self.forced_constants:
                forced_constants_type_0_item = forced_constants_type_0_item_data.to_dict()
                forced_constants.append(forced_constants_type_0_item)

        else:
            forced_constants = self.forced_constants

        hardware_constraints: list[dict[str, Any]] | None | Unset
        if isinstance(self.hardware_constraints, Unset):
            hardware_constraints = UNSET
        elif isinstance(self.hardware_constraints, list):
            hardware_constraints = []
            for hardware_constraints_type_0_item_data in self.hardware_constraints:
                hardware_constraints_type_0_item: dict[str, Any]
                if (
                    isinstance(hardware_constraints_type_0_item_data, MinimumCoreHardware)
                    or isinstance(hardware_constraints_type_0_item_data, MaximumCoreHardware)
                    or isinstance(hardware_constraints_type_0_item_data, MinimumRamHardware)
                    or isinstance(hardware_constraints_type_0_item_data, MaximumRamHardware)
                    or isinstance(hardware_constraints_type_0_item_data, SpecificHardware)
                    or isinstance(
                        hardware_constraints_type_0_item_data,
                        MinimumRamCoreRatioHardware,
                    )
                    or isinstance(
                        hardware_constraints_type_0_item_data,
                        MaximumRamCoreRatioHardware,
                    )
                    or isinstance(hardware_constraints_type_0_item_data, SSDHardware)
                    or isinstance(hardware_constraints_type_0_item_data, NoSSDHardware)
                    or isinstance(hardware_constraints_type_0_item_data, NoGpuHardware)
                    or isinstance(hardware_constraints_type_0_item_data, GpuHardware)
                ):
                    hardware_constraints_type_0_item = (
                        hardware_constraints_type_0_item_data.to_dict()
                    )
                else:
                    hardware_constraints_type_0_item = (
                        hardware_constraints_type_0_item_data.to_dict()
                    )

                hardware_constraints.append(hardware_constraints_type_0_item)

        else:
            hardware_constraints = self.hardware_constraints

        secrets_access_rights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets_access_rights, Unset):
            secrets_access_rights = self.secrets_access_rights.to_dict()

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        snapshot_interval: int | None | Unset
        if isinstance(self.snapshot_interval, Unset):
            snapshot_interval = UNSET
        else:
            snapshot_interval = self.snapshot_interval

        snapshot_whitelist: None | str | Unset
        if isinstance(self.snapshot_whitelist, Unset):
            snapshot_whitelist = UNSET
        else:
            snapshot_whitelist = self.snapshot_whitelist

        snapshot_blacklist: None | str | Unset
        if isinstance(self.snapshot_blacklist, Unset):
            snapshot_blacklist = UNSET
        else:
            snapshot_blacklist = self.snapshot_blacklist

        snapshot_bucket: None | str | Unset
        if isinstance(self.snapshot_bucket, Unset):
            snapshot_bucket = UNSET
        else:
            snapshot_bucket = self.snapshot_bucket

        snapshot_bucket_prefix: None | str | Unset
        if isinstance(self.snapshot_bucket_prefix, Unset):
            snapshot_bucket_prefix = UNSET
        else:
            snapshot_bucket_prefix = self.snapshot_bucket_prefix

        results_whitelist: None | str | Unset
        if isinstance(self.results_whitelist, Unset):
            results_whitelist = UNSET
        else:
            results_whitelist = self.results_whitelist

        results_blacklist: None | str | Unset
        if isinstance(self.results_blacklist, Unset):
            results_blacklist = UNSET
        else:
            results_blacklist = self.results_blacklist

        results_bucket: None | str | Unset
        if isinstance(self.results_bucket, Unset):
            results_bucket = UNSET
        else:
            results_bucket = self.results_bucket

        results_bucket_prefix: None | str | Unset
        if isinstance(self.results_bucket_prefix, Unset):
            results_bucket_prefix = UNSET
        else:
            results_bucket_prefix = self.results_bucket_prefix

        dependencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies.to_dict()

        auto_delete_on_completion: bool | None | Unset
        if isinstance(self.auto_delete_on_completion, Unset):
            auto_delete_on_completion = UNSET
        else:
            auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live: None | str | Unset
        if isinstance(self.completion_time_to_live, Unset):
            completion_time_to_live = UNSET
        else:
            completion_time_to_live = self.completion_time_to_live

        wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.wait_for_pool_resources_synchronization, Unset):
            wait_for_pool_resources_synchronization = UNSET
        else:
            wait_for_pool_resources_synchronization = self.wait_for_pool_resources_synchronization

        upload_results_on_cancellation: bool | None | Unset
        if isinstance(self.upload_results_on_cancellation, Unset):
            upload_results_on_cancellation = UNSET
        else:
            upload_results_on_cancellation = self.upload_results_on_cancellation

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskResumeInputLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        scheduling_type: str | Unset = UNSET
        if not isinstance(self.scheduling_type, Unset):
            scheduling_type = self.scheduling_type.value

        targeted_reserved_machine_key: None | str | Unset
        if isinstance(self.targeted_reserved_machine_key, Unset):
            targeted_reserved_machine_key = UNSET
        else:
            targeted_reserved_machine_key = self.targeted_reserved_machine_key

        default_resources_cache_ttl_sec: int | None | Unset
        if isinstance(self.default_resources_cache_ttl_sec, Unset):
            default_resources_cache_ttl_sec = UNSET
        else:
            default_resources_cache_ttl_sec = self.default_resources_cache_ttl_sec

        results_cache_ttl_sec: int | None | Unset
        if isinstance(self.results_cache_ttl_sec, Unset):
            results_cache_ttl_sec = UNSET
        else:
            results_cache_ttl_sec = self.results_cache_ttl_sec

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        retry_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_settings, Unset):
            retry_settings = self.retry_settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if max_retries_per_instance is not UNSET:
            field_dict["maxRetriesPerInstance"] = max_retries_per_instance
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if job_uuid is not UNSET:
            field_dict["jobUuid"] = job_uuid
        if result_bucket is not UNSET:
            field_dict["resultBucket"] = result_bucket
        if constants is not UNSET:
            field_dict["constants"] = constants
        if forced_constants is not UNSET:
            field_dict["forcedConstants"] = forced_constants
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights
        if tags is not UNSET:
            field_dict["tags"] = tags
        if snapshot_interval is not UNSET:
            field_dict["snapshotInterval"] = snapshot_interval
        if snapshot_whitelist is not UNSET:
            field_dict["snapshotWhitelist"] = snapshot_whitelist
        if snapshot_blacklist is not UNSET:
            field_dict["snapshotBlacklist"] = snapshot_blacklist
        if snapshot_bucket is not UNSET:
            field_dict["snapshotBucket"] = snapshot_bucket
        if snapshot_bucket_prefix is not UNSET:
            field_dict["snapshotBucketPrefix"] = snapshot_bucket_prefix
        if results_whitelist is not UNSET:
            field_dict["resultsWhitelist"] = results_whitelist
        if results_blacklist is not UNSET:
            field_dict["resultsBlacklist"] = results_blacklist
        if results_bucket is not UNSET:
            field_dict["resultsBucket"] = results_bucket
        if results_bucket_prefix is not UNSET:
            field_dict["resultsBucketPrefix"] = results_bucket_prefix
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if wait_for_pool_resources_synchronization is not UNSET:
            field_dict["waitForPoolResourcesSynchronization"] = (
                wait_for_pool_resources_synchronization
            )
        if upload_results_on_cancellation is not UNSET:
            field_dict["uploadResultsOnCancellation"] = upload_results_on_cancellation
        if labels is not UNSET:
            field_dict["labels"] = labels
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if default_resources_cache_ttl_sec is not UNSET:
            field_dict["defaultResourcesCacheTTLSec"] = default_resources_cache_ttl_sec
        if results_cache_ttl_sec is not UNSET:
            field_dict["resultsCacheTTLSec"] = results_cache_ttl_sec
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if retry_settings is not UNSET:
            field_dict["retrySettings"] = retry_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_hardware import CpuModelHardware
        from ..models.dependency_input import DependencyInput
        from ..models.forced_constant import ForcedConstant
        from ..models.gpu_hardware import GpuHardware
        from ..models.key_value import KeyValue
        from ..models.maximum_core_hardware import MaximumCoreHardware
        from ..models.maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
        from ..models.maximum_ram_hardware import MaximumRamHardware
        from ..models.minimum_core_hardware import MinimumCoreHardware
        from ..models.minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
        from ..models.minimum_ram_hardware import MinimumRamHardware
        from ..models.no_gpu_hardware import NoGpuHardware
        from ..models.no_ssd_hardware import NoSSDHardware
        from ..models.privileges import Privileges
        from ..models.resources_bucket import ResourcesBucket
        from ..models.retry_settings import RetrySettings
        from ..models.secrets_access_rights import SecretsAccessRights
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware
        from ..models.task_resume_input_labels_type_0 import TaskResumeInputLabelsType0

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_resource_buckets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_buckets_type_0 = cast(list[str], data)

                return resource_buckets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        resource_buckets = _parse_resource_buckets(d.pop("resourceBuckets", UNSET))

        def _parse_advanced_resource_buckets(
            data: object,
        ) -> list[ResourcesBucket] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                advanced_resource_buckets_type_0 = []
                _advanced_resource_buckets_type_0 = data
                for advanced_resource_buckets_type_0_item_data in _advanced_resource_buckets_type_0:
                    advanced_resource_buckets_type_0_item = ResourcesBucket.from_dict(
                        advanced_resource_buckets_type_0_item_data
                    )

                    advanced_resource_buckets_type_0.append(advanced_resource_buckets_type_0_item)

                return advanced_resource_buckets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcesBucket] | None | Unset, data)

        advanced_resource_buckets = _parse_advanced_resource_buckets(
            d.pop("advancedResourceBuckets", UNSET)
        )

        def _parse_max_retries_per_instance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retries_per_instance = _parse_max_retries_per_instance(
            d.pop("maxRetriesPerInstance", UNSET)
        )

        def _parse_shortname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortname = _parse_shortname(d.pop("shortname", UNSET))

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_job_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_uuid_type_0 = UUID(data)

                return job_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        job_uuid = _parse_job_uuid(d.pop("jobUuid", UNSET))

        def _parse_result_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_bucket = _parse_result_bucket(d.pop("resultBucket", UNSET))

        def _parse_constants(data: object) -> list[KeyValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = data
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = KeyValue.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                return constants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyValue] | None | Unset, data)

        constants = _parse_constants(d.pop("constants", UNSET))

        def _parse_forced_constants(
            data: object,
        ) -> list[ForcedConstant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                forced_constants_type_0 = []
                _forced_constants_type_0 = data
                for forced_constants_type_0_item_data in _forced_constants_type_0:
                    forced_constants_type_0_item = ForcedConstant.from_dict(
                        forced_constants_type_0_item_data
                    )

                    forced_constants_type_0.append(forced_constants_type_0_item)

                return forced_constants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForcedConstant] | None | Unset, data)

        forced_constants = _parse_forced_constants(d.pop("forcedConstants", UNSET))

        def _parse_hardware_constraints(
            data: object,
        ) -> (
            list[
                CpuModelHardware
                | GpuHardware
                | MaximumCoreHardware
                | MaximumRamCoreRatioHardware
                | MaximumRamHardware
                | MinimumCoreHardware
                | MinimumRamCoreRatioHardware
                | MinimumRamHardware
                | NoGpuHardware
                | NoSSDHardware
                | SpecificHardware
                | SSDHardware
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hardware_constraints_type_0 = []
                _hardware_constraints_type_0 = data
                for hardware_constraints_type_0_item_data in _hardware_constraints_type_0:

                    def _parse_hardware_constraints_type_0_item(
                        data: object,
                    ) -> (
                        CpuModelHardware
                        | GpuHardware
                        | MaximumCoreHardware
                        | MaximumRamCoreRatioHardware
                        | MaximumRamHardware
                        | MinimumCoreHardware
                        | MinimumRamCoreRatioHardware
                        | MinimumRamHardware
                        | NoGpuHardware
                        | NoSSDHardware
                        | SpecificHardware
                        | SSDHardware
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_0 = MinimumCoreHardware.from_dict(
                                data
                            )

                            return hardware_constraints_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_1 = MaximumCoreHardware.from_dict(
                                data
                            )

                            return hardware_constraints_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_2 = MinimumRamHardware.from_dict(
                                data
                            )

                            return hardware_constraints_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_3 = MaximumRamHardware.from_dict(
                                data
                            )

                            return hardware_constraints_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_4 = SpecificHardware.from_dict(
                                data
                            )

                            return hardware_constraints_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_5 = (
                                MinimumRamCoreRatioHardware.from_dict(data)
                            )

                            return hardware_constraints_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_6 = (
                                MaximumRamCoreRatioHardware.from_dict(data)
                            )

                            return hardware_constraints_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_7 = SSDHardware.from_dict(data)

                            return hardware_constraints_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_8 = NoSSDHardware.from_dict(data)

                            return hardware_constraints_type_0_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_9 = NoGpuHardware.from_dict(data)

                            return hardware_constraints_type_0_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            hardware_constraints_type_0_item_type_10 = GpuHardware.from_dict(data)

                            return hardware_constraints_type_0_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        hardware_constraints_type_0_item_type_11 = CpuModelHardware.from_dict(data)

                        return hardware_constraints_type_0_item_type_11

                    hardware_constraints_type_0_item = _parse_hardware_constraints_type_0_item(
                        hardware_constraints_type_0_item_data
                    )

                    hardware_constraints_type_0.append(hardware_constraints_type_0_item)

                return hardware_constraints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CpuModelHardware
                    | GpuHardware
                    | MaximumCoreHardware
                    | MaximumRamCoreRatioHardware
                    | MaximumRamHardware
                    | MinimumCoreHardware
                    | MinimumRamCoreRatioHardware
                    | MinimumRamHardware
                    | NoGpuHardware
                    | NoSSDHardware
                    | SpecificHardware
                    | SSDHardware
                ]
                | None
                | Unset,
                data,
            )

        hardware_constraints = _parse_hardware_constraints(d.pop("hardwareConstraints", UNSET))

        _secrets_access_rights = d.pop("secretsAccessRights", UNSET)
        secrets_access_rights: SecretsAccessRights | Unset
        if isinstance(_secrets_access_rights, Unset):
            secrets_access_rights = UNSET
        else:
            secrets_access_rights = SecretsAccessRights.from_dict(_secrets_access_rights)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_snapshot_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        snapshot_interval = _parse_snapshot_interval(d.pop("snapshotInterval", UNSET))

        def _parse_snapshot_whitelist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_whitelist = _parse_snapshot_whitelist(d.pop("snapshotWhitelist", UNSET))

        def _parse_snapshot_blacklist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_blacklist = _parse_snapshot_blacklist(d.pop("snapshotBlacklist", UNSET))

        def _parse_snapshot_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_bucket = _parse_snapshot_bucket(d.pop("snapshotBucket", UNSET))

        def _parse_snapshot_bucket_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_bucket_prefix = _parse_snapshot_bucket_prefix(d.pop("snapshotBucketPrefix", UNSET))

        def _parse_results_whitelist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results_whitelist = _parse_results_whitelist(d.pop("resultsWhitelist", UNSET))

        def _parse_results_blacklist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results_blacklist = _parse_results_blacklist(d.pop("resultsBlacklist", UNSET))

        def _parse_results_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results_bucket = _parse_results_bucket(d.pop("resultsBucket", UNSET))

        def _parse_results_bucket_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results_bucket_prefix = _parse_results_bucket_prefix(d.pop("resultsBucketPrefix", UNSET))

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: DependencyInput | Unset
        if isinstance(_dependencies, Unset):
            dependencies = UNSET
        else:
            dependencies = DependencyInput.from_dict(_dependencies)

        def _parse_auto_delete_on_completion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_delete_on_completion = _parse_auto_delete_on_completion(
            d.pop("autoDeleteOnCompletion", UNSET)
        )

        def _parse_completion_time_to_live(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completion_time_to_live = _parse_completion_time_to_live(
            d.pop("completionTimeToLive", UNSET)
        )

        def _parse_wait_for_pool_resources_synchronization(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wait_for_pool_resources_synchronization = _parse_wait_for_pool_resources_synchronization(
            d.pop("waitForPoolResourcesSynchronization", UNSET)
        )

        def _parse_upload_results_on_cancellation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upload_results_on_cancellation = _parse_upload_results_on_cancellation(
            d.pop("uploadResultsOnCancellation", UNSET)
        )

        def _parse_labels(data: object) -> None | TaskResumeInputLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = TaskResumeInputLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskResumeInputLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        _scheduling_type = d.pop("schedulingType", UNSET)
        scheduling_type: SchedulingClass | Unset
        if isinstance(_scheduling_type, Unset):
            scheduling_type = UNSET
        else:
            scheduling_type = SchedulingClass(_scheduling_type)

        def _parse_targeted_reserved_machine_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        targeted_reserved_machine_key = _parse_targeted_reserved_machine_key(
            d.pop("targetedReservedMachineKey", UNSET)
        )

        def _parse_default_resources_cache_ttl_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_resources_cache_ttl_sec = _parse_default_resources_cache_ttl_sec(
            d.pop("defaultResourcesCacheTTLSec", UNSET)
        )

        def _parse_results_cache_ttl_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_cache_ttl_sec = _parse_results_cache_ttl_sec(d.pop("resultsCacheTTLSec", UNSET))

        _privileges = d.pop("privileges", UNSET)
        privileges: Privileges | Unset
        if isinstance(_privileges, Unset):
            privileges = UNSET
        else:
            privileges = Privileges.from_dict(_privileges)

        _retry_settings = d.pop("retrySettings", UNSET)
        retry_settings: RetrySettings | Unset
        if isinstance(_retry_settings, Unset):
            retry_settings = UNSET
        else:
            retry_settings = RetrySettings.from_dict(_retry_settings)

        task_resume_input = cls(
            name=name,
            resource_buckets=resource_buckets,
            advanced_resource_buckets=advanced_resource_buckets,
            max_retries_per_instance=max_retries_per_instance,
            shortname=shortname,
            profile=profile,
            job_uuid=job_uuid,
            result_bucket=result_bucket,
            constants=constants,
            forced_constants=forced_constants,
            hardware_constraints=hardware_constraints,
            secrets_access_rights=secrets_access_rights,
            tags=tags,
            snapshot_interval=snapshot_interval,
            snapshot_whitelist=snapshot_whitelist,
            snapshot_blacklist=snapshot_blacklist,
            snapshot_bucket=snapshot_bucket,
            snapshot_bucket_prefix=snapshot_bucket_prefix,
            results_whitelist=results_whitelist,
            results_blacklist=results_blacklist,
            results_bucket=results_bucket,
            results_bucket_prefix=results_bucket_prefix,
            dependencies=dependencies,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
            wait_for_pool_resources_synchronization=wait_for_pool_resources_synchronization,
            upload_results_on_cancellation=upload_results_on_cancellation,
            labels=labels,
            scheduling_type=scheduling_type,
            targeted_reserved_machine_key=targeted_reserved_machine_key,
            default_resources_cache_ttl_sec=default_resources_cache_ttl_sec,
            results_cache_ttl_sec=results_cache_ttl_sec,
            privileges=privileges,
            retry_settings=retry_settings,
        )

        return task_resume_input
