# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
"""Contains all the data models used in inputs/outputs"""

from .completed_frame_output import CompletedFrameOutput
from .computing_quotas_output import ComputingQuotasOutput
from .cpu_model_execution_time_ghz_output import CpuModelExecutionTimeGhzOutput
from .cpu_model_execution_time_output import CpuModelExecutionTimeOutput
from .cpu_model_hardware import CpuModelHardware
from .cpu_model_hardware_discriminator import CpuModelHardwareDiscriminator
from .cpu_model_running_core import CpuModelRunningCore
from .data_detail_request import DataDetailRequest
from .day_of_week import DayOfWeek
from .dependency_input import DependencyInput
from .dependency_output import DependencyOutput
from .elastic_property_input import ElasticPropertyInput
from .elastic_property_output import ElasticPropertyOutput
from .empty_result import EmptyResult
from .exact_secret_access_right import ExactSecretAccessRight
from .filter_ import Filter
from .fixed_scaling_policy import FixedScalingPolicy
from .forced_constant import ForcedConstant
from .forced_constant_access import ForcedConstantAccess
from .forced_network_rule_input import ForcedNetworkRuleInput
from .get_settings_response_200 import GetSettingsResponse200
from .gpu_hardware import GpuHardware
from .gpu_hardware_discriminator import GpuHardwareDiscriminator
from .hardware_constraint import HardwareConstraint
from .hardware_constraint_offset_paged_response import (
    HardwareConstraintOffsetPagedResponse,
)
from .id import ID
from .job_creation_input import JobCreationInput
from .job_output import JobOutput
from .job_output_token_paged_response import JobOutputTokenPagedResponse
from .key_value import KeyValue
from .managed_tasks_queue_scaling_policy import ManagedTasksQueueScalingPolicy
from .maximum_core_hardware import MaximumCoreHardware
from .maximum_core_hardware_discriminator import MaximumCoreHardwareDiscriminator
from .maximum_ram_core_ratio_hardware import MaximumRamCoreRatioHardware
from .maximum_ram_core_ratio_hardware_discriminator import (
    MaximumRamCoreRatioHardwareDiscriminator,
)
from .maximum_ram_hardware import MaximumRamHardware
from .maximum_ram_hardware_discriminator import MaximumRamHardwareDiscriminator
from .minimum_core_hardware import MinimumCoreHardware
from .minimum_core_hardware_discriminator import MinimumCoreHardwareDiscriminator
from .minimum_ram_core_ratio_hardware import MinimumRamCoreRatioHardware
from .minimum_ram_core_ratio_hardware_discriminator import (
    MinimumRamCoreRatioHardwareDiscriminator,
)
from .minimum_ram_hardware import MinimumRamHardware
from .minimum_ram_hardware_discriminator import MinimumRamHardwareDiscriminator
from .multi_response import MultiResponse
from .multiple_value_leaf import MultipleValueLeaf
from .no_gpu_hardware import NoGpuHardware
from .no_gpu_hardware_discriminator import NoGpuHardwareDiscriminator
from .no_ssd_hardware import NoSSDHardware
from .no_ssd_hardware_discriminator import NoSSDHardwareDiscriminator
from .node import Node
from .page_detail_request import PageDetailRequest
from .periodic_snapshot import PeriodicSnapshot
from .pool_clone_input import PoolCloneInput
from .pool_clone_input_labels_type_0 import PoolCloneInputLabelsType0
from .pool_creation_input import PoolCreationInput
from .pool_creation_input_labels_type_0 import PoolCreationInputLabelsType0
from .pool_output import PoolOutput
from .pool_output_labels_type_0 import PoolOutputLabelsType0
from .pool_output_token_paged_response import PoolOutputTokenPagedResponse
from .pool_preparation_task_input import PoolPreparationTaskInput
from .pool_preparation_task_output import PoolPreparationTaskOutput
from .pool_summary_output import PoolSummaryOutput
from .pool_summary_output_token_paged_response import (
    PoolSummaryOutputTokenPagedResponse,
)
from .pool_update_input import PoolUpdateInput
from .prefix_filter import PrefixFilter
from .prefix_secret_access_right import PrefixSecretAccessRight
from .privileges import Privileges
from .problem_details import ProblemDetails
from .problem_details_extensions_type_0 import ProblemDetailsExtensionsType0
from .q_constant import QConstant
from .q_error_public import QErrorPublic
from .q_license import QLicense
from .q_profile import QProfile
from .q_running_instance_info_output import QRunningInstanceInfoOutput
from .q_running_instances_info_output import QRunningInstancesInfoOutput
from .q_task_active_forward_output import QTaskActiveForwardOutput
from .q_task_execution_phase_output import QTaskExecutionPhaseOutput
from .q_task_status_output import QTaskStatusOutput
from .qarnot_credits_public_api_use_cases_v1_get_pool_carbon_facts_get_pool_carbon_facts_response import (
    QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse,
)
from .qarnot_credits_public_api_use_cases_v1_get_task_carbon_facts_get_task_carbon_facts_response import (
    QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse,
)
from .request_error_output import RequestErrorOutput
from .reserved_scheduling_quotas_output import ReservedSchedulingQuotasOutput
from .resources_bucket import ResourcesBucket
from .resources_filtering import ResourcesFiltering
from .resources_transformation import ResourcesTransformation
from .retry_settings import RetrySettings
from .scaling_input import ScalingInput
from .scaling_output import ScalingOutput
from .scaling_policy import ScalingPolicy
from .scheduling_class import SchedulingClass
from .secrets_access_rights import SecretsAccessRights
from .select import Select
from .specific_hardware import SpecificHardware
from .specific_hardware_discriminator import SpecificHardwareDiscriminator
from .ssd_hardware import SSDHardware
from .ssd_hardware_discriminator import SSDHardwareDiscriminator
from .strip_prefix import StripPrefix
from .task_clone_input import TaskCloneInput
from .task_clone_input_labels_type_0 import TaskCloneInputLabelsType0
from .task_cluster_info import TaskClusterInfo
from .task_creation_input import TaskCreationInput
from .task_creation_input_labels_type_0 import TaskCreationInputLabelsType0
from .task_output import TaskOutput
from .task_output_labels_type_0 import TaskOutputLabelsType0
from .task_output_token_paged_response import TaskOutputTokenPagedResponse
from .task_recover_input import TaskRecoverInput
from .task_recover_input_labels_type_0 import TaskRecoverInputLabelsType0
from .task_resume_input import TaskResumeInput
from .task_resume_input_labels_type_0 import TaskResumeInputLabelsType0
from .task_retry_input import TaskRetryInput
from .task_retry_input_labels_type_0 import TaskRetryInputLabelsType0
from .task_summary_output import TaskSummaryOutput
from .task_summary_output_token_paged_response import (
    TaskSummaryOutputTokenPagedResponse,
)
from .task_update_input import TaskUpdateInput
from .task_vpn_connection_output import TaskVpnConnectionOutput
from .time_by_instance_output import TimeByInstanceOutput
from .time_by_machine_specification_output import TimeByMachineSpecificationOutput
from .time_by_site_and_machine_output import TimeBySiteAndMachineOutput
from .time_period_always import TimePeriodAlways
from .time_period_specification import TimePeriodSpecification
from .time_period_weekly_recurring import TimePeriodWeeklyRecurring
from .unique_snapshot import UniqueSnapshot
from .unit_value_leaf import UnitValueLeaf
from .user_computing_quotas_output import UserComputingQuotasOutput
from .user_output import UserOutput
from .user_scheduling_quotas_output import UserSchedulingQuotasOutput
from .validation_problem_details import ValidationProblemDetails
from .validation_problem_details_errors_type_0 import (
    ValidationProblemDetailsErrorsType0,
)
from .validation_problem_details_extensions_type_0 import (
    ValidationProblemDetailsExtensionsType0,
)
from .version_output import VersionOutput

__all__ = (
    "ID",
    "CompletedFrameOutput",
    "ComputingQuotasOutput",
    "CpuModelExecutionTimeGhzOutput",
    "CpuModelExecutionTimeOutput",
    "CpuModelHardware",
    "CpuModelHardwareDiscriminator",
    "CpuModelRunningCore",
    "DataDetailRequest",
    "DayOfWeek",
    "DependencyInput",
    "DependencyOutput",
    "ElasticPropertyInput",
    "ElasticPropertyOutput",
    "EmptyResult",
    "ExactSecretAccessRight",
    "Filter",
    "FixedScalingPolicy",
    "ForcedConstant",
    "ForcedConstantAccess",
    "ForcedNetworkRuleInput",
    "GetSettingsResponse200",
    "GpuHardware",
    "GpuHardwareDiscriminator",
    "HardwareConstraint",
    "HardwareConstraintOffsetPagedResponse",
    "JobCreationInput",
    "JobOutput",
    "JobOutputTokenPagedResponse",
    "KeyValue",
    "ManagedTasksQueueScalingPolicy",
    "MaximumCoreHardware",
    "MaximumCoreHardwareDiscriminator",
    "MaximumRamCoreRatioHardware",
    "MaximumRamCoreRatioHardwareDiscriminator",
    "MaximumRamHardware",
    "MaximumRamHardwareDiscriminator",
    "MinimumCoreHardware",
    "MinimumCoreHardwareDiscriminator",
    "MinimumRamCoreRatioHardware",
    "MinimumRamCoreRatioHardwareDiscriminator",
    "MinimumRamHardware",
    "MinimumRamHardwareDiscriminator",
    "MultiResponse",
    "MultipleValueLeaf",
    "NoGpuHardware",
    "NoGpuHardwareDiscriminator",
    "NoSSDHardware",
    "NoSSDHardwareDiscriminator",
    "Node",
    "PageDetailRequest",
    "PeriodicSnapshot",
    "PoolCloneInput",
    "PoolCloneInputLabelsType0",
    "PoolCreationInput",
    "PoolCreationInputLabelsType0",
    "PoolOutput",
    "PoolOutputLabelsType0",
    "PoolOutputTokenPagedResponse",
    "PoolPreparationTaskInput",
    "PoolPreparationTaskOutput",
    "PoolSummaryOutput",
    "PoolSummaryOutputTokenPagedResponse",
    "PoolUpdateInput",
    "PrefixFilter",
    "PrefixSecretAccessRight",
    "Privileges",
    "ProblemDetails",
    "ProblemDetailsExtensionsType0",
    "QConstant",
    "QErrorPublic",
    "QLicense",
    "QProfile",
    "QRunningInstanceInfoOutput",
    "QRunningInstancesInfoOutput",
    "QTaskActiveForwardOutput",
    "QTaskExecutionPhaseOutput",
    "QTaskStatusOutput",
    "QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse",
    "QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse",
    "RequestErrorOutput",
    "ReservedSchedulingQuotasOutput",
    "ResourcesBucket",
    "ResourcesFiltering",
    "ResourcesTransformation",
    "RetrySettings",
    "SSDHardware",
    "SSDHardwareDiscriminator",
    "ScalingInput",
    "ScalingOutput",
    "ScalingPolicy",
    "SchedulingClass",
    "SecretsAccessRights",
    "Select",
    "SpecificHardware",
    "SpecificHardwareDiscriminator",
    "StripPrefix",
    "TaskCloneInput",
    "TaskCloneInputLabelsType0",
    "TaskClusterInfo",
    "TaskCreationInput",
    "TaskCreationInputLabelsType0",
    "TaskOutput",
    "TaskOutputLabelsType0",
    "TaskOutputTokenPagedResponse",
    "TaskRecoverInput",
    "TaskRecoverInputLabelsType0",
    "TaskResumeInput",
    "TaskResumeInputLabelsType0",
    "TaskRetryInput",
    "TaskRetryInputLabelsType0",
    "TaskSummaryOutput",
    "TaskSummaryOutputTokenPagedResponse",
    "TaskUpdateInput",
    "TaskVpnConnectionOutput",
    "TimeByInstanceOutput",
    "TimeByMachineSpecificationOutput",
    "TimeBySiteAndMachineOutput",
    "TimePeriodAlways",
    "TimePeriodSpecification",
    "TimePeriodWeeklyRecurring",
    "UniqueSnapshot",
    "UnitValueLeaf",
    "UserComputingQuotasOutput",
    "UserOutput",
    "UserSchedulingQuotasOutput",
    "ValidationProblemDetails",
    "ValidationProblemDetailsErrorsType0",
    "ValidationProblemDetailsExtensionsType0",
    "VersionOutput",
)
