# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scheduling_class import SchedulingClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_model_hardware import CpuModelHardware
    from ..models.elastic_property_input import ElasticPropertyInput
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
    from ..models.pool_creation_input_labels_type_0 import PoolCreationInputLabelsType0
    from ..models.pool_preparation_task_input import PoolPreparationTaskInput
    from ..models.privileges import Privileges
    from ..models.resources_bucket import ResourcesBucket
    from ..models.retry_settings import RetrySettings
    from ..models.scaling_input import ScalingInput
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware import SpecificHardware
    from ..models.ssd_hardware import SSDHardware


T = TypeVar("T", bound="PoolCreationInput")


@_attrs_define
class PoolCreationInput:
    """Configuration for the creation of a pool

    Attributes:
        name (str): Name of the pool Example: my blend.
        profile (str): Profile used by the tasks in the pool Example: blender.
        shortname (None | str | Unset): Unique name of the pool (its Uuid by default) Example: first-pool.
        instance_count (int | None | Unset): Number of pool instances Example: 4.
        elastic_property (ElasticPropertyInput | Unset): Elastic configuration for pool with a flexible size

            *Obsolete, use scaling configuration instead*
        scaling (ScalingInput | Unset): How a pool will be scaled dynamically
        constants (list[KeyValue] | None | Unset): List of constants for the pool.
            They are used to configure the profiles and can be overridden to change its parameters.
            New constants can also be added to use during the Pool execution.

            Allowed characters for the constants' keys: ```a-z```, ```A-Z```, ```0-9```, ```_```, ```-```, ```.```
            The constants' keys and values should not be null.

            Maximum number of constants is 50. Maximum length of the key and value: 2048 characters.

            For secret constants with write-only rights, use the prefix ```'QARNOT_SECRET__'``` Example: [{'key':
            'BLEND_FILE', 'value': 'qarnot.blend'}, {'key': 'QARNOT_SECRET__SENSITIVE_DATA', 'value':
            'some_sensitive_data'}].
        forced_constants (list[ForcedConstant] | None | Unset): List of constants to be overriden for the pool.

            This is expected to be used in a development context and requires specific permissions.

            The same restrictions that apply to regular constants also apply here.
        hardware_constraints (list[CpuModelHardware | GpuHardware | MaximumCoreHardware | MaximumRamCoreRatioHardware |
            MaximumRamHardware | MinimumCoreHardware | MinimumRamCoreRatioHardware | MinimumRamHardware | NoGpuHardware |
            NoSSDHardware | SpecificHardware | SSDHardware] | None | Unset): Constraints for the hardware used by the pool
        secrets_access_rights (SecretsAccessRights | Unset): Describe secrets the task or pool will have access to
            when running.
        tags (list[str] | None | Unset): Custom tags used for filtering

            Maximum number of tags: 10.

            The tags values should not be null and should be less than 512 characters. Example: ['t1', 't2,t3'].
        resource_buckets (list[str] | None | Unset): List of the pool's resources buckets names Example:
            ['resourcebucket'].
        advanced_resource_buckets (list[ResourcesBucket] | None | Unset): (Override ResourceBuckets)  List of resources
            buckets names, with custom prefix

             The buckets should already exist in the user storage account.

            Should not be set with ```ResourceBuckets```.

            The use of either ```ResourceBuckets``` or ```AdvancedResourceBuckets``` is required.

            Maximum number of buckets: 100.
        preparation_task (PoolPreparationTaskInput | Unset): Represents a task executed on a pool, before any tasks.
        auto_delete_on_completion (bool | None | Unset): Whether the pool should be deleted if completed and the pool
            quota is reached Example: True.
        completion_time_to_live (None | str | Unset): Task life tie limit Example: 10:00:00.
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default value of
            WaitForPoolResourcesSynchronization for tasks in the pool:
            Whether the pool's tasks should by default wait for the pool
            resources synchronization before starting. Example: True.
        labels (None | PoolCreationInputLabelsType0 | Unset): Pool labels : arbitrary key / value pairs attached
            to the pool in order to find it more easily.
            They do not affect the execution of the pool. Example: {'label-key': 'label-value'}.
        scheduling_type (SchedulingClass | Unset): Type of scheduling used when dispatching the tasks
        targeted_reserved_machine_key (None | str | Unset): The key of the reserved machine the pool should be dispatch
            on.
            To use with ```"reserved"``` SchedulingType Example: my-reserved-machine.
        default_resources_cache_ttl_sec (int | None | Unset): The default TTL value for all the pool resources cache.
            TTL is 7776000s by default. Example: 2592000.
        privileges (Privileges | Unset): List of privileges that can be granted for task execution
        default_retry_settings (RetrySettings | Unset): Configuration for instance or task retry
    """

    name: str
    profile: str
    shortname: None | str | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    elastic_property: ElasticPropertyInput | Unset = UNSET
    scaling: ScalingInput | Unset = UNSET
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
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[ResourcesBucket] | None | Unset = UNSET
    preparation_task: PoolPreparationTaskInput | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    labels: None | PoolCreationInputLabelsType0 | Unset = UNSET
    scheduling_type: SchedulingClass | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    default_resources_cache_ttl_sec: int | None | Unset = UNSET
    privileges: Privileges | Unset = UNSET
    default_retry_settings: RetrySettings | Unset = UNSET

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
        from ..models.pool_creation_input_labels_type_0 import (
            PoolCreationInputLabelsType0,
        )
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

        name = self.name

        profile = self.profile

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        elastic_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elastic_property, Unset):
            elastic_property = self.elastic_property.to_dict()

        scaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling, Unset):
            scaling = self.scaling.to_dict()

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

        preparation_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preparation_task, Unset):
            preparation_task = self.preparation_task.to_dict()

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

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, PoolCreationInputLabelsType0):
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

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        default_retry_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_retry_settings, Unset):
            default_retry_settings = self.default_retry_settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "profile": profile,
            }
        )
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if elastic_property is not UNSET:
            field_dict["elasticProperty"] = elastic_property
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
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
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if preparation_task is not UNSET:
            field_dict["preparationTask"] = preparation_task
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if default_resources_cache_ttl_sec is not UNSET:
            field_dict["defaultResourcesCacheTTLSec"] = default_resources_cache_ttl_sec
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if default_retry_settings is not UNSET:
            field_dict["defaultRetrySettings"] = default_retry_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cpu_model_hardware import CpuModelHardware
        from ..models.elastic_property_input import ElasticPropertyInput
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
        from ..models.pool_creation_input_labels_type_0 import (
            PoolCreationInputLabelsType0,
        )
        from ..models.pool_preparation_task_input import PoolPreparationTaskInput
        from ..models.privileges import Privileges
        from ..models.resources_bucket import ResourcesBucket
        from ..models.retry_settings import RetrySettings
        from ..models.scaling_input import ScalingInput
        from ..models.secrets_access_rights import SecretsAccessRights
        from ..models.specific_hardware import SpecificHardware
        from ..models.ssd_hardware import SSDHardware

        d = dict(src_dict)
        name = d.pop("name")

        profile = d.pop("profile")

        def _parse_shortname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortname = _parse_shortname(d.pop("shortname", UNSET))

        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("instanceCount", UNSET))

        _elastic_property = d.pop("elasticProperty", UNSET)
        elastic_property: ElasticPropertyInput | Unset
        if isinstance(_elastic_property, Unset):
            elastic_property = UNSET
        else:
            elastic_property = ElasticPropertyInput.from_dict(_elastic_property)

        _scaling = d.pop("scaling", UNSET)
        scaling: ScalingInput | Unset
        if isinstance(_scaling, Unset):
            scaling = UNSET
        else:
            scaling = ScalingInput.from_dict(_scaling)

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

        _preparation_task = d.pop("preparationTask", UNSET)
        preparation_task: PoolPreparationTaskInput | Unset
        if isinstance(_preparation_task, Unset):
            preparation_task = UNSET
        else:
            preparation_task = PoolPreparationTaskInput.from_dict(_preparation_task)

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

        def _parse_labels(data: object) -> None | PoolCreationInputLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = PoolCreationInputLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoolCreationInputLabelsType0 | Unset, data)

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

        pool_creation_input = cls(
            name=name,
            profile=profile,
            shortname=shortname,
            instance_count=instance_count,
            elastic_property=elastic_property,
            scaling=scaling,
            constants=constants,
            forced_constants=forced_constants,
            hardware_constraints=hardware_constraints,
            secrets_access_rights=secrets_access_rights,
            tags=tags,
            resource_buckets=resource_buckets,
            advanced_resource_buckets=advanced_resource_buckets,
            preparation_task=preparation_task,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
            task_default_wait_for_pool_resources_synchronization=task_default_wait_for_pool_resources_synchronization,
            labels=labels,
            scheduling_type=scheduling_type,
            targeted_reserved_machine_key=targeted_reserved_machine_key,
            default_resources_cache_ttl_sec=default_resources_cache_ttl_sec,
            privileges=privileges,
            default_retry_settings=default_retry_settings,
        )

        return pool_creation_input
