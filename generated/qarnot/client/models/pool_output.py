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
    from ..models.cpu_model_hardware import CpuModelHardware
    from ..models.elastic_property_output import ElasticPropertyOutput
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
    from ..models.pool_output_labels_type_0 import PoolOutputLabelsType0
    from ..models.pool_preparation_task_output import PoolPreparationTaskOutput
    from ..models.privileges import Privileges
    from ..models.q_error_public import QErrorPublic
    from ..models.q_task_status_output import QTaskStatusOutput
    from ..models.resources_bucket import ResourcesBucket
    from ..models.retry_settings import RetrySettings
    from ..models.scaling_output import ScalingOutput
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware import SpecificHardware
    from ..models.ssd_hardware import SSDHardware


T = TypeVar("T", bound="PoolOutput")


@_attrs_define
class PoolOutput:
    """Output of GET pool request

    Attributes:
        errors (list[QErrorPublic] | None | Unset): Errors that occurred in the pool
        elastic_property (ElasticPropertyOutput | Unset): Elastic configuration for pool with a flexible size
        scaling (ScalingOutput | Unset): Describing a scaling setup
        preparation_task (PoolPreparationTaskOutput | Unset): Actions to prepare the pool environment before any task is
            executed
        constants (list[KeyValue] | None | Unset): Constants of the pool.
            All secret constants with the prefix "QARNOT_SECRET__" will display "[SECRET]" value. Example: [{'key':
            'BLEND_FILE', 'value': 'qarnot.blend'}, {'key': 'QARNOT_SECRET__SENSITIVE_DATA', 'value': '[SECRET]'}].
        secrets_access_rights (SecretsAccessRights | Unset): Describe secrets the task or pool will have access to
            when running.
        tags (list[str] | None | Unset): Tags defining the pool
        resource_buckets (list[str] | None | Unset): Names of the buckets containing resources for the pool Example:
            ['bucket1'].
        advanced_resource_buckets (list[ResourcesBucket] | None | Unset): Detailed information on the resource buckets
            (including custom prefix)
        status (QTaskStatusOutput | Unset): Detail of the task execution status
        total_slot_capacity (int | Unset): Maximum instances of the pool Example: 10.
        pool_usage (float | Unset): Ratio between queued an running pool tasks and the maximum number of instances of
            the pool Example: 0.5.
        hardware_constraints (list[CpuModelHardware | GpuHardware | MaximumCoreHardware | MaximumRamCoreRatioHardware |
            MaximumRamHardware | MinimumCoreHardware | MinimumRamCoreRatioHardware | MinimumRamHardware | NoGpuHardware |
            NoSSDHardware | SpecificHardware | SSDHardware] | None | Unset): Constraints applied to hardware for executing
            the pool
        scheduling_type (SchedulingClass | Unset): Type of scheduling used when dispatching the tasks
        targeted_reserved_machine_key (None | str | Unset): The key of the reserved machine the user wanted the task to
            be dispatched on.
        auto_delete_on_completion (bool | Unset): Whether the pool should be deleted if the pool quota is reached and
            the pool is closed Example: False.
        completion_time_to_live (str | Unset): Pool life time limit Example: 30:00:00.
        labels (None | PoolOutputLabelsType0 | Unset): Pool labels : arbitrary key / value pairs attached
            to the pool in order to find it more easily.
        privileges (Privileges | Unset): List of privileges that can be granted for task execution
        default_retry_settings (RetrySettings | Unset): Configuration for instance or task retry
        uuid (UUID | Unset): Unique Id of the pool Example: 62e80aae-d20a-4608-b873-ec8bff991733.
        name (None | str | Unset): Given Name of the pool Example: my-pool.
        shortname (None | str | Unset): Shortname of the pool. Should be unique (is the pool's Uuid by default) Example:
            62e80aae-d20a-4608-b873-ec8bff991733.
        profile (None | str | Unset): Name of the profile used in the pool Example: blender.
        state (None | str | Unset): State of the pool.

            Can be: Submitted, PartiallyDispatched, FullyDispatched, PartiallyExecuting, FullyExecuting,
            Closed, Closing, PendingDelete or Failure Example: FullyExecuting.
        previous_state (None | str | Unset): Previous state of the pool Example: PartiallyExecuting.
        instance_count (int | Unset): Number of pool's instances asked by the user (only input). Not relevant when
            elastic/ scaling are used. Example: 2.
        target_running_instance_count (int | Unset): How many instance should be running (from scaling / policy)
            Example: 2.
        state_transition_time (datetime.datetime | Unset): Time of the last change of state Example:
            2021-04-25T12:34:56Z.
        previous_state_transition_time (datetime.datetime | Unset): Time of the beginning of the previous state Example:
            2021-04-25T12:00:19Z.
        creation_date (datetime.datetime | Unset): Date of the pool creation Example: 2021-04-25T11:50:19Z.
        last_modified (datetime.datetime | Unset): Date of the last modification Example: 2021-04-25T12:45:10Z".
        end_date (datetime.datetime | Unset): Date of the pool end
        running_instance_count (int | Unset): Number of running instances Example: 1.
        running_core_count (int | Unset): Number of cores used by the running instances Example: 16.
        queued_or_running_task_instances_count (int | Unset): Number of pool's tasks that are not finished Example: 2.
        execution_time (None | str | Unset): Duration of the pool's execution Example: 10:00:00.
        wall_time (None | str | Unset): The actual living time of the pool Example: 10:02:17.
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default value of
            WaitForPoolResourcesSynchronization for tasks in the pool.
            Whether the pool's tasks consider pool resources synchronization as a barrier for execution Example: False.
    """

    errors: list[QErrorPublic] | None | Unset = UNSET
    elastic_property: ElasticPropertyOutput | Unset = UNSET
    scaling: ScalingOutput | Unset = UNSET
    preparation_task: PoolPreparationTaskOutput | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    secrets_access_rights: SecretsAccessRights | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[ResourcesBucket] | None | Unset = UNSET
    status: QTaskStatusOutput | Unset = UNSET
    total_slot_capacity: int | Unset = UNSET
    pool_usage: float | Unset = UNSET
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
    scheduling_type: SchedulingClass | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    auto_delete_on_completion: bool | Unset = UNSET
    completion_time_to_live: str | Unset = UNSET
    labels: None | PoolOutputLabelsType0 | Unset = UNSET
    privileges: Privileges | Unset = UNSET
    default_retry_settings: RetrySettings | Unset = UNSET
    uuid: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    instance_count: int | Unset = UNSET
    target_running_instance_count: int | Unset = UNSET
    state_transition_time: datetime.datetime | Unset = UNSET
    previous_state_transition_time: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    queued_or_running_task_instances_count: int | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET

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
        from ..models.pool_output_labels_type_0 import PoolOutputLabelsType0
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

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

        elastic_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elastic_property, Unset):
            elastic_property = self.elastic_property.to_dict()

        scaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling, Unset):
            scaling = self.scaling.to_dict()

        preparation_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preparation_task, Unset):
            preparation_task = self.preparation_task.to_dict()

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

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        total_slot_capacity = self.total_slot_capacity

        pool_usage = self.pool_usage

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

        scheduling_type: str | Unset = UNSET
        if not isinstance(self.scheduling_type, Unset):
            scheduling_type = self.scheduling_type.value

        targeted_reserved_machine_key: None | str | Unset
        if isinstance(self.targeted_reserved_machine_key, Unset):
            targeted_reserved_machine_key = UNSET
        else:
            targeted_reserved_machine_key = self.targeted_reserved_machine_key

        auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live = self.completion_time_to_live

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, PoolOutputLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        default_retry_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_retry_settings, Unset):
            default_retry_settings = self.default_retry_settings.to_dict()

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

        instance_count = self.instance_count

        target_running_instance_count = self.target_running_instance_count

        state_transition_time: str | Unset = UNSET
        if not isinstance(self.state_transition_time, Unset):
            state_transition_time = self.state_transition_time.isoformat()

        previous_state_transition_time: str | Unset = UNSET
        if not isinstance(self.previous_state_transition_time, Unset):
            previous_state_transition_time = self.previous_state_transition_time.isoformat()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        queued_or_running_task_instances_count = self.queued_or_running_task_instances_count

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

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if elastic_property is not UNSET:
            field_dict["elasticProperty"] = elastic_property
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if preparation_task is not UNSET:
            field_dict["preparationTask"] = preparation_task
        if constants is not UNSET:
            field_dict["constants"] = constants
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights
        if tags is not UNSET:
            field_dict["tags"] = tags
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if status is not UNSET:
            field_dict["status"] = status
        if total_slot_capacity is not UNSET:
            field_dict["totalSlotCapacity"] = total_slot_capacity
        if pool_usage is not UNSET:
            field_dict["poolUsage"] = pool_usage
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if labels is not UNSET:
            field_dict["labels"] = labels
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if default_retry_settings is not UNSET:
            field_dict["defaultRetrySettings"] = default_retry_settings
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if target_running_instance_count is not UNSET:
            field_dict["targetRunningInstanceCount"] = target_running_instance_count
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if queued_or_running_task_instances_count is not UNSET:
            field_dict["queuedOrRunningTaskInstancesCount"] = queued_or_running_task_instances_count
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_hardware import CpuModelHardware
        from ..models.elastic_property_output import ElasticPropertyOutput
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
        from ..models.pool_output_labels_type_0 import PoolOutputLabelsType0
        from ..models.pool_preparation_task_output import PoolPreparationTaskOutput
        from ..models.privileges import Privileges
        from ..models.q_error_public import QErrorPublic
        from ..models.q_task_status_output import QTaskStatusOutput
        from ..models.resources_bucket import ResourcesBucket
        from ..models.retry_settings import RetrySettings
        from ..models.scaling_output import ScalingOutput
        from ..models.secrets_access_rights import SecretsAccessRights
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

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

        _elastic_property = d.pop("elasticProperty", UNSET)
        elastic_property: ElasticPropertyOutput | Unset
        if isinstance(_elastic_property, Unset):
            elastic_property = UNSET
        else:
            elastic_property = ElasticPropertyOutput.from_dict(_elastic_property)

        _scaling = d.pop("scaling", UNSET)
        scaling: ScalingOutput | Unset
        if isinstance(_scaling, Unset):
            scaling = UNSET
        else:
            scaling = ScalingOutput.from_dict(_scaling)

        _preparation_task = d.pop("preparationTask", UNSET)
        preparation_task: PoolPreparationTaskOutput | Unset
        if isinstance(_preparation_task, Unset):
            preparation_task = UNSET
        else:
            preparation_task = PoolPreparationTaskOutput.from_dict(_preparation_task)

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

        _status = d.pop("status", UNSET)
        status: QTaskStatusOutput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QTaskStatusOutput.from_dict(_status)

        total_slot_capacity = d.pop("totalSlotCapacity", UNSET)

        pool_usage = d.pop("poolUsage", UNSET)

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

        auto_delete_on_completion = d.pop("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = d.pop("completionTimeToLive", UNSET)

        def _parse_labels(data: object) -> None | PoolOutputLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = PoolOutputLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoolOutputLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        _privileges = d.pop("privileges", UNSET)
        privileges: Privileges | Unset
        if isinstance(_privileges, Unset):
            privileges = UNSET
        else:
            privileges = Privileges.from_dict(_privileges)

        _default_retry_settings = d.pop("defaultRetrySettings", UNSET)
        default_retry_settings: RetrySettings | Unset
        if isinstance(_default_retry_settings, Unset):
            default_retry_settings = UNSET
        else:
            default_retry_settings = RetrySettings.from_dict(_default_retry_settings)

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

        instance_count = d.pop("instanceCount", UNSET)

        target_running_instance_count = d.pop("targetRunningInstanceCount", UNSET)

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

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        running_instance_count = d.pop("runningInstanceCount", UNSET)

        running_core_count = d.pop("runningCoreCount", UNSET)

        queued_or_running_task_instances_count = d.pop("queuedOrRunningTaskInstancesCount", UNSET)

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

        def _parse_task_default_wait_for_pool_resources_synchronization(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        task_default_wait_for_pool_resources_synchronization = (
            _parse_task_default_wait_for_pool_resources_synchronization(
                d.pop("taskDefaultWaitForPoolResourcesSynchronization", UNSET)
            )
        )

        pool_output = cls(
            errors=errors,
            elastic_property=elastic_property,
            scaling=scaling,
            preparation_task=preparation_task,
            constants=constants,
            secrets_access_rights=secrets_access_rights,
            tags=tags,
            resource_buckets=resource_buckets,
            advanced_resource_buckets=advanced_resource_buckets,
            status=status,
            total_slot_capacity=total_slot_capacity,
            pool_usage=pool_usage,
            hardware_constraints=hardware_constraints,
            scheduling_type=scheduling_type,
            targeted_reserved_machine_key=targeted_reserved_machine_key,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
            labels=labels,
            privileges=privileges,
            default_retry_settings=default_retry_settings,
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            state=state,
            previous_state=previous_state,
            instance_count=instance_count,
            target_running_instance_count=target_running_instance_count,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            creation_date=creation_date,
            last_modified=last_modified,
            end_date=end_date,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            queued_or_running_task_instances_count=queued_or_running_task_instances_count,
            execution_time=execution_time,
            wall_time=wall_time,
            task_default_wait_for_pool_resources_synchronization=task_default_wait_for_pool_resources_synchronization,
        )

        return pool_output
