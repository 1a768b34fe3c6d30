# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scheduling_class import SchedulingClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completed_frame_output import CompletedFrameOutput
    from ..models.cpu_model_hardware import CpuModelHardware
    from ..models.dependency_output import DependencyOutput
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
    from ..models.q_error_public import QErrorPublic
    from ..models.q_task_status_output import QTaskStatusOutput
    from ..models.resources_bucket import ResourcesBucket
    from ..models.retry_settings import RetrySettings
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware import SpecificHardware
    from ..models.ssd_hardware import SSDHardware
    from ..models.task_cluster_info import TaskClusterInfo
    from ..models.task_output_labels_type_0 import TaskOutputLabelsType0


T = TypeVar("T", bound="TaskOutput")


@_attrs_define
class TaskOutput:
    """Output of GET tasks request

    Attributes:
        errors (list[QErrorPublic] | None | Unset): (Optional) Errors
        resource_buckets (list[str] | None | Unset): Names of the buckets containing resources for the task
        advanced_resource_buckets (list[ResourcesBucket] | None | Unset): (Override ResourceBuckets) Names of the
            buckets containing resources for the task, with custom prefix
        result_bucket (None | str | Unset): Name of the bucket containing results of the task Example: mybucket.
        results_cache_ttl_sec (int | None | Unset): The TTL value for the task results cache.
        completed_instances (list[CompletedFrameOutput] | None | Unset): Task instances that are completed (either
            succeeded or failed)
        status (QTaskStatusOutput | Unset): Detail of the task execution status
        snapshot_interval (int | Unset): Currently defined snapshot interval, 0 when off
        results_count (int | Unset): Number of available results (increased when snapshot or final results are ready)
        constants (list[KeyValue] | None | Unset): List of constants for the task.
            All secret constants with the prefix "QARNOT_SECRET__" will display "[SECRET]" value. Example: [{'key':
            'BLEND_FILE', 'value': 'qarnot.blend'}, {'key': 'QARNOT_SECRET__SENSITIVE_DATA', 'value': '[SECRET]'}].
        secrets_access_rights (SecretsAccessRights | Unset): Describe secrets the task or pool will have access to
            when running.
        tags (list[str] | None | Unset): (Optional) List of tags
        snapshot_whitelist (None | str | Unset): (Optional) Regex of whitelisted files for snapshots Example:
            .*wanted.*.
        snapshot_blacklist (None | str | Unset): (Optional) Regex of blacklisted files for snapshots Example:
            .*forbid.*.
        snapshot_bucket (None | str | Unset): Name of the snapshot bucket Example: snapshots.
        snapshot_bucket_prefix (None | str | Unset): Prefix for the snapshot bucket Example: prefix.
        results_whitelist (None | str | Unset): (Optional) Regex of whitelisted files for results Example: .*wanted.*.
        results_blacklist (None | str | Unset): (Optional) Regex of blacklisted files for results Example: .*forbid.*.
        results_bucket (None | str | Unset): Name of the buckets used for results Example: results.
        results_bucket_prefix (None | str | Unset): Prefix to add to bucket for results Example: prefix.
        upload_results_on_cancellation (bool | None | Unset): Whether the results should be upload if the task is
            cancelled Example: False.
        dependencies (DependencyOutput | Unset): Initial task dependency
        auto_delete_on_completion (bool | Unset): Whether the task should be deleted if the task quota is reached and
            the task is completed Example: False.
        completion_time_to_live (str | Unset): Task life time limit Example: 10:00:00.
        hardware_constraints (list[CpuModelHardware | GpuHardware | MaximumCoreHardware | MaximumRamCoreRatioHardware |
            MaximumRamHardware | MinimumCoreHardware | MinimumRamCoreRatioHardware | MinimumRamHardware | NoGpuHardware |
            NoSSDHardware | SpecificHardware | SSDHardware] | None | Unset): Constraints applied to hardware for executing
            the task
        labels (None | TaskOutputLabelsType0 | Unset): Task labels : arbitrary key / value pairs attached
            to the task in order to find it more easily.
        scheduling_type (SchedulingClass | Unset): Type of scheduling used when dispatching the tasks
        targeted_reserved_machine_key (None | str | Unset): The key of the reserved machine the user wanted the task to
            be dispatched on.
        privileges (Privileges | Unset): List of privileges that can be granted for task execution
        retry_settings (RetrySettings | Unset): Configuration for instance or task retry
        uuid (UUID | Unset): Uuid of the task Example: 52c10b2d-0687-41e1-985e-7279f6dd543a.
        name (None | str | Unset): Given Name of the task Example: my blend.
        shortname (None | str | Unset): Shortname of the task Example: blend-task-1.
        profile (None | str | Unset): Profile used by the task Example: blender.
        pool_uuid (UUID | Unset): Uuid of the task's pool Example: 62e80aae-d20a-4608-b873-ec8bff991733.
        job_uuid (UUID | Unset): Uuid of the task's job Example: 12345678-1234-1234-1234-123456789012.
        progress (float | Unset): Progression of the task execution Example: 0.3.
        running_instance_count (int | Unset): Number of task instances that are currently running Example: 2.
        running_core_count (int | Unset): Number of cores currently used byt task instances Example: 16.
        cluster_info (TaskClusterInfo | Unset): Info about the cluster the task is in
        execution_time (None | str | Unset): Current execution time Example: 00:00:00.
        wall_time (None | str | Unset): Limit execution time for the task Example: 00:00:00.
        state (None | str | Unset): Current state of the task

            Can be: Submitted, PartiallyDispatched, FullyDispatched, PartiallyExecuting,
            FullyExecuting, UploadingResults, Cancelled, Success, Failure, PendingDelete or PendingCancel Example:
            FullyExecuting.
        previous_state (None | str | Unset): Previous state of the task Example: PartiallyExecuting.
        total_instance_count (int | Unset): Number of task instances used for this task Example: 4.
        instance_count (int | Unset): Number of task instances (Not use and set to 0 when AdvancedRanges is used)
            Example: 4.
        max_retries_per_instance (int | Unset): Maximum number of retries per instance

            *All retry settings are now part of the RetrySettings field* Example: 1.
        advanced_ranges (None | str | Unset): Range of task instances

            (Optional - replace InstanceCount) Specify an advanced range instead of a InstanceCount Example: 0-2,4-5,17.
        state_transition_time (datetime.datetime | Unset): Date of the last state transition Example:
            2021-05-01T19:00:00Z.
        previous_state_transition_time (datetime.datetime | Unset): Date of the previous state transition Example:
            2021-05-01T17:56:29Z.
        last_modified (datetime.datetime | Unset): Date of the last modification Example: 2021-05-01T19:01:29Z.
        creation_date (datetime.datetime | Unset): Date of the task creation (UTC ISO 8601) Example:
            2021-05-01T15:04:27Z.
        end_date (datetime.datetime | Unset): Date of the task end Example: 2021-05-01T21:13:14Z.
        wait_for_pool_resources_synchronization (bool | None | Unset): For in-pool tasks, whether to consider pool
            resources synchronization as a barrier for execution Example: 16.
    """

    errors: list[QErrorPublic] | None | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[ResourcesBucket] | None | Unset = UNSET
    result_bucket: None | str | Unset = UNSET
    results_cache_ttl_sec: int | None | Unset = UNSET
    completed_instances: list[CompletedFrameOutput] | None | Unset = UNSET
    status: QTaskStatusOutput | Unset = UNSET
    snapshot_interval: int | Unset = UNSET
    results_count: int | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    secrets_access_rights: SecretsAccessRights | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    snapshot_whitelist: None | str | Unset = UNSET
    snapshot_blacklist: None | str | Unset = UNSET
    snapshot_bucket: None | str | Unset = UNSET
    snapshot_bucket_prefix: None | str | Unset = UNSET
    results_whitelist: None | str | Unset = UNSET
    results_blacklist: None | str | Unset = UNSET
    results_bucket: None | str | Unset = UNSET
    results_bucket_prefix: None | str | Unset = UNSET
    upload_results_on_cancellation: bool | None | Unset = UNSET
    dependencies: DependencyOutput | Unset = UNSET
    auto_delete_on_completion: bool | Unset = UNSET
    completion_time_to_live: str | Unset = UNSET
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
    labels: None | TaskOutputLabelsType0 | Unset = UNSET
    scheduling_type: SchedulingClass | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    privileges: Privileges | Unset = UNSET
    retry_settings: RetrySettings | Unset = UNSET
    uuid: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    pool_uuid: UUID | Unset = UNSET
    job_uuid: UUID | Unset = UNSET
    progress: float | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    cluster_info: TaskClusterInfo | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    total_instance_count: int | Unset = UNSET
    instance_count: int | Unset = UNSET
    max_retries_per_instance: int | Unset = UNSET
    advanced_ranges: None | str | Unset = UNSET
    state_transition_time: datetime.datetime | Unset = UNSET
    previous_state_transition_time: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    wait_for_pool_resources_synchronization: bool | None | Unset = UNSET

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
        from ..models.task_output_labels_type_0 import TaskOutputLabelsType0

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

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

        result_bucket: None | str | Unset
        if isinstance(self.result_bucket, Unset):
            result_bucket = UNSET
        else:
            result_bucket = self.result_bucket

        results_cache_ttl_sec: int | None | Unset
        if isinstance(self.results_cache_ttl_sec, Unset):
            results_cache_ttl_sec = UNSET
        else:
            results_cache_ttl_sec = self.results_cache_ttl_sec

        completed_instances: list[dict[str, Any]] | None | Unset
        if isinstance(self.completed_instances, Unset):
            completed_instances = UNSET
        elif isinstance(self.completed_instances, list):
            completed_instances = []
            for completed_instances_type_0_item_data in self.completed_instances:
                completed_instances_type_0_item = completed_instances_type_0_item_data.to_dict()
                completed_instances.append(completed_instances_type_0_item)

        else:
            completed_instances = self.completed_instances

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        snapshot_interval = self.snapshot_interval

        results_count = self.results_count

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

        upload_results_on_cancellation: bool | None | Unset
        if isinstance(self.upload_results_on_cancellation, Unset):
            upload_results_on_cancellation = UNSET
        else:
            upload_results_on_cancellation = self.upload_results_on_cancellation

        dependencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies.to_dict()

        auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live = self.completion_time_to_live

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

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskOutputLabelsType0):
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

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        retry_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_settings, Unset):
            retry_settings = self.retry_settings.to_dict()

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        pool_uuid: str | Unset = UNSET
        if not isinstance(self.pool_uuid, Unset):
            pool_uuid = str(self.pool_uuid)

        job_uuid: str | Unset = UNSET
        if not isinstance(self.job_uuid, Unset):
            job_uuid = str(self.job_uuid)

        progress = self.progress

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        cluster_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_info, Unset):
            cluster_info = self.cluster_info.to_dict()

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = self.execution_time

        wall_time: None | str | Unset
        if isinstance(self.wall_time, Unset):
            wall_time = UNSET
        else:
            wall_time = self.wall_time

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = self.previous_state

        total_instance_count = self.total_instance_count

        instance_count = self.instance_count

        max_retries_per_instance = self.max_retries_per_instance

        advanced_ranges: None | str | Unset
        if isinstance(self.advanced_ranges, Unset):
            advanced_ranges = UNSET
        else:
            advanced_ranges = self.advanced_ranges

        state_transition_time: str | Unset = UNSET
        if not isinstance(self.state_transition_time, Unset):
            state_transition_time = self.state_transition_time.isoformat()

        previous_state_transition_time: str | Unset = UNSET
        if not isinstance(self.previous_state_transition_time, Unset):
            previous_state_transition_time = self.previous_state_transition_time.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.wait_for_pool_resources_synchronization, Unset):
            wait_for_pool_resources_synchronization = UNSET
        else:
            wait_for_pool_resources_synchronization = self.wait_for_pool_resources_synchronization

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if result_bucket is not UNSET:
            field_dict["resultBucket"] = result_bucket
        if results_cache_ttl_sec is not UNSET:
            field_dict["resultsCacheTTLSec"] = results_cache_ttl_sec
        if completed_instances is not UNSET:
            field_dict["completedInstances"] = completed_instances
        if status is not UNSET:
            field_dict["status"] = status
        if snapshot_interval is not UNSET:
            field_dict["snapshotInterval"] = snapshot_interval
        if results_count is not UNSET:
            field_dict["resultsCount"] = results_count
        if constants is not UNSET:
            field_dict["constants"] = constants
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights
        if tags is not UNSET:
            field_dict["tags"] = tags
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
        if upload_results_on_cancellation is not UNSET:
            field_dict["uploadResultsOnCancellation"] = upload_results_on_cancellation
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if labels is not UNSET:
            field_dict["labels"] = labels
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if retry_settings is not UNSET:
            field_dict["retrySettings"] = retry_settings
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if job_uuid is not UNSET:
            field_dict["jobUuid"] = job_uuid
        if progress is not UNSET:
            field_dict["progress"] = progress
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if cluster_info is not UNSET:
            field_dict["clusterInfo"] = cluster_info
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if max_retries_per_instance is not UNSET:
            field_dict["maxRetriesPerInstance"] = max_retries_per_instance
        if advanced_ranges is not UNSET:
            field_dict["advancedRanges"] = advanced_ranges
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if wait_for_pool_resources_synchronization is not UNSET:
            field_dict["waitForPoolResourcesSynchronization"] = (
                wait_for_pool_resources_synchronization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.completed_frame_output import CompletedFrameOutput
        from ..models.cpu_model_hardware import CpuModelHardware
        from ..models.dependency_output import DependencyOutput
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
        from ..models.q_error_public import QErrorPublic
        from ..models.q_task_status_output import QTaskStatusOutput
        from ..models.resources_bucket import ResourcesBucket
        from ..models.retry_settings import RetrySettings
        from ..models.secrets_access_rights import SecretsAccessRights
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware
        from ..models.task_cluster_info import TaskClusterInfo
        from ..models.task_output_labels_type_0 import TaskOutputLabelsType0

        d = dict(src_dict)

        def _parse_errors(data: object) -> list[QErrorPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = QErrorPublic.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QErrorPublic] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

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

        def _parse_result_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_bucket = _parse_result_bucket(d.pop("resultBucket", UNSET))

        def _parse_results_cache_ttl_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_cache_ttl_sec = _parse_results_cache_ttl_sec(d.pop("resultsCacheTTLSec", UNSET))

        def _parse_completed_instances(
            data: object,
        ) -> list[CompletedFrameOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                completed_instances_type_0 = []
                _completed_instances_type_0 = data
                for completed_instances_type_0_item_data in _completed_instances_type_0:
                    completed_instances_type_0_item = CompletedFrameOutput.from_dict(
                        completed_instances_type_0_item_data
                    )

                    completed_instances_type_0.append(completed_instances_type_0_item)

                return completed_instances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompletedFrameOutput] | None | Unset, data)

        completed_instances = _parse_completed_instances(d.pop("completedInstances", UNSET))

        _status = d.pop("status", UNSET)
        status: QTaskStatusOutput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QTaskStatusOutput.from_dict(_status)

        snapshot_interval = d.pop("snapshotInterval", UNSET)

        results_count = d.pop("resultsCount", UNSET)

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

        def _parse_upload_results_on_cancellation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upload_results_on_cancellation = _parse_upload_results_on_cancellation(
            d.pop("uploadResultsOnCancellation", UNSET)
        )

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: DependencyOutput | Unset
        if isinstance(_dependencies, Unset):
            dependencies = UNSET
        else:
            dependencies = DependencyOutput.from_dict(_dependencies)

        auto_delete_on_completion = d.pop("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = d.pop("completionTimeToLive", UNSET)

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

        def _parse_labels(data: object) -> None | TaskOutputLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = TaskOutputLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskOutputLabelsType0 | Unset, data)

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

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        _pool_uuid = d.pop("poolUuid", UNSET)
        pool_uuid: UUID | Unset
        if isinstance(_pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = UUID(_pool_uuid)

        _job_uuid = d.pop("jobUuid", UNSET)
        job_uuid: UUID | Unset
        if isinstance(_job_uuid, Unset):
            job_uuid = UNSET
        else:
            job_uuid = UUID(_job_uuid)

        progress = d.pop("progress", UNSET)

        running_instance_count = d.pop("runningInstanceCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        _cluster_info = d.pop("clusterInfo", UNSET)
        cluster_info: TaskClusterInfo | Unset
        if isinstance(_cluster_info, Unset):
            cluster_info = UNSET
        else:
            cluster_info = TaskClusterInfo.from_dict(_cluster_info)

        def _parse_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_time = _parse_execution_time(d.pop("executionTime", UNSET))

        def _parse_wall_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wall_time = _parse_wall_time(d.pop("wallTime", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_previous_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_state = _parse_previous_state(d.pop("previousState", UNSET))

        total_instance_count = d.pop("totalInstanceCount", UNSET)

        instance_count = d.pop("instanceCount", UNSET)

        max_retries_per_instance = d.pop("maxRetriesPerInstance", UNSET)

        def _parse_advanced_ranges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advanced_ranges = _parse_advanced_ranges(d.pop("advancedRanges", UNSET))

        _state_transition_time = d.pop("stateTransitionTime", UNSET)
        state_transition_time: datetime.datetime | Unset
        if isinstance(_state_transition_time, Unset):
            state_transition_time = UNSET
        else:
            state_transition_time = datetime.datetime.fromisoformat(_state_transition_time)

        _previous_state_transition_time = d.pop("previousStateTransitionTime", UNSET)
        previous_state_transition_time: datetime.datetime | Unset
        if isinstance(_previous_state_transition_time, Unset):
            previous_state_transition_time = UNSET
        else:
            previous_state_transition_time = datetime.datetime.fromisoformat(
                _previous_state_transition_time
            )

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

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

        task_output = cls(
            errors=errors,
            resource_buckets=resource_buckets,
            advanced_resource_buckets=advanced_resource_buckets,
            result_bucket=result_bucket,
            results_cache_ttl_sec=results_cache_ttl_sec,
            completed_instances=completed_instances,
            status=status,
            snapshot_interval=snapshot_interval,
            results_count=results_count,
            constants=constants,
            secrets_access_rights=secrets_access_rights,
            tags=tags,
            snapshot_whitelist=snapshot_whitelist,
            snapshot_blacklist=snapshot_blacklist,
            snapshot_bucket=snapshot_bucket,
            snapshot_bucket_prefix=snapshot_bucket_prefix,
            results_whitelist=results_whitelist,
            results_blacklist=results_blacklist,
            results_bucket=results_bucket,
            results_bucket_prefix=results_bucket_prefix,
            upload_results_on_cancellation=upload_results_on_cancellation,
            dependencies=dependencies,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
            hardware_constraints=hardware_constraints,
            labels=labels,
            scheduling_type=scheduling_type,
            targeted_reserved_machine_key=targeted_reserved_machine_key,
            privileges=privileges,
            retry_settings=retry_settings,
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            pool_uuid=pool_uuid,
            job_uuid=job_uuid,
            progress=progress,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            cluster_info=cluster_info,
            execution_time=execution_time,
            wall_time=wall_time,
            state=state,
            previous_state=previous_state,
            total_instance_count=total_instance_count,
            instance_count=instance_count,
            max_retries_per_instance=max_retries_per_instance,
            advanced_ranges=advanced_ranges,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            last_modified=last_modified,
            creation_date=creation_date,
            end_date=end_date,
            wait_for_pool_resources_synchronization=wait_for_pool_resources_synchronization,
        )

        return task_output
