# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
"""Contains all the data models used in inputs/outputs"""

from .abort_multipart_upload import AbortMultipartUpload
from .abort_multipart_upload_response import AbortMultipartUploadResponse
from .add_dataset_to_experiments import AddDatasetToExperiments
from .add_dataset_to_experiments_response import AddDatasetToExperimentsResponse
from .add_guardrail_to_endpoint import AddGuardrailToEndpoint
from .add_guardrail_to_endpoint_response import AddGuardrailToEndpointResponse
from .add_items_to_review_queue import AddItemsToReviewQueue
from .add_items_to_review_queue_response import AddItemsToReviewQueueResponse
from .aggregation_type import AggregationType
from .artifacts_file_info import ArtifactsFileInfo
from .artifacts_list_artifacts_response import ArtifactsListArtifactsResponse
from .assessment import Assessment
from .assessment_error import AssessmentError
from .assessment_metadata import AssessmentMetadata
from .assessment_source import AssessmentSource
from .assessment_source_source_type import AssessmentSourceSourceType
from .attach_model_to_gateway_endpoint import AttachModelToGatewayEndpoint
from .attach_model_to_gateway_endpoint_response import (
    AttachModelToGatewayEndpointResponse,
)
from .batch_get_trace_infos import BatchGetTraceInfos
from .batch_get_trace_infos_response import BatchGetTraceInfosResponse
from .batch_get_traces_response import BatchGetTracesResponse
from .budget_action import BudgetAction
from .budget_duration import BudgetDuration
from .budget_duration_unit import BudgetDurationUnit
from .budget_target_scope import BudgetTargetScope
from .budget_unit import BudgetUnit
from .calculate_trace_filter_correlation import CalculateTraceFilterCorrelation
from .calculate_trace_filter_correlation_response import (
    CalculateTraceFilterCorrelationResponse,
)
from .cancel_prompt_optimization_job import CancelPromptOptimizationJob
from .cancel_prompt_optimization_job_response import CancelPromptOptimizationJobResponse
from .complete_multipart_upload import CompleteMultipartUpload
from .complete_multipart_upload_response import CompleteMultipartUploadResponse
from .create_assessment import CreateAssessment
from .create_assessment_response import CreateAssessmentResponse
from .create_dataset import CreateDataset
from .create_dataset_response import CreateDatasetResponse
from .create_experiment import CreateExperiment
from .create_experiment_response import CreateExperimentResponse
from .create_gateway_budget_policy import CreateGatewayBudgetPolicy
from .create_gateway_budget_policy_response import CreateGatewayBudgetPolicyResponse
from .create_gateway_endpoint import CreateGatewayEndpoint
from .create_gateway_endpoint_binding import CreateGatewayEndpointBinding
from .create_gateway_endpoint_binding_response import (
    CreateGatewayEndpointBindingResponse,
)
from .create_gateway_endpoint_response import CreateGatewayEndpointResponse
from .create_gateway_guardrail import CreateGatewayGuardrail
from .create_gateway_guardrail_response import CreateGatewayGuardrailResponse
from .create_gateway_model_definition import CreateGatewayModelDefinition
from .create_gateway_model_definition_response import (
    CreateGatewayModelDefinitionResponse,
)
from .create_gateway_secret import CreateGatewaySecret
from .create_gateway_secret_auth_config import CreateGatewaySecretAuthConfig
from .create_gateway_secret_response import CreateGatewaySecretResponse
from .create_gateway_secret_secret_value import CreateGatewaySecretSecretValue
from .create_issue import CreateIssue
from .create_issue_response import CreateIssueResponse
from .create_label_schema import CreateLabelSchema
from .create_label_schema_response import CreateLabelSchemaResponse
from .create_logged_model import CreateLoggedModel
from .create_logged_model_response import CreateLoggedModelResponse
from .create_model_version import CreateModelVersion
from .create_model_version_response import CreateModelVersionResponse
from .create_multipart_upload import CreateMultipartUpload
from .create_multipart_upload_response import CreateMultipartUploadResponse
from .create_presigned_download_url import CreatePresignedDownloadUrl
from .create_presigned_download_url_response import CreatePresignedDownloadUrlResponse
from .create_presigned_download_url_response_headers import (
    CreatePresignedDownloadUrlResponseHeaders,
)
from .create_presigned_upload_url import CreatePresignedUploadUrl
from .create_presigned_upload_url_response import CreatePresignedUploadUrlResponse
from .create_presigned_upload_url_response_headers import (
    CreatePresignedUploadUrlResponseHeaders,
)
from .create_prompt_optimization_job import CreatePromptOptimizationJob
from .create_prompt_optimization_job_response import CreatePromptOptimizationJobResponse
from .create_registered_model import CreateRegisteredModel
from .create_registered_model_response import CreateRegisteredModelResponse
from .create_review_queue import CreateReviewQueue
from .create_review_queue_response import CreateReviewQueueResponse
from .create_run import CreateRun
from .create_run_response import CreateRunResponse
from .create_webhook import CreateWebhook
from .create_webhook_response import CreateWebhookResponse
from .create_workspace import CreateWorkspace
from .create_workspace_response import CreateWorkspaceResponse
from .dataset import Dataset
from .dataset_input import DatasetInput
from .dataset_record_source_source_type import DatasetRecordSourceSourceType
from .dataset_summary import DatasetSummary
from .datasets_dataset import DatasetsDataset
from .delete_artifact_response import DeleteArtifactResponse
from .delete_assessment_response import DeleteAssessmentResponse
from .delete_dataset_records import DeleteDatasetRecords
from .delete_dataset_records_response import DeleteDatasetRecordsResponse
from .delete_dataset_response import DeleteDatasetResponse
from .delete_dataset_tag_response import DeleteDatasetTagResponse
from .delete_experiment import DeleteExperiment
from .delete_experiment_response import DeleteExperimentResponse
from .delete_experiment_tag import DeleteExperimentTag
from .delete_experiment_tag_response import DeleteExperimentTagResponse
from .delete_gateway_budget_policy import DeleteGatewayBudgetPolicy
from .delete_gateway_budget_policy_response import DeleteGatewayBudgetPolicyResponse
from .delete_gateway_endpoint import DeleteGatewayEndpoint
from .delete_gateway_endpoint_binding import DeleteGatewayEndpointBinding
from .delete_gateway_endpoint_binding_response import (
    DeleteGatewayEndpointBindingResponse,
)
from .delete_gateway_endpoint_response import DeleteGatewayEndpointResponse
from .delete_gateway_endpoint_tag import DeleteGatewayEndpointTag
from .delete_gateway_endpoint_tag_response import DeleteGatewayEndpointTagResponse
from .delete_gateway_guardrail import DeleteGatewayGuardrail
from .delete_gateway_guardrail_response import DeleteGatewayGuardrailResponse
from .delete_gateway_model_definition import DeleteGatewayModelDefinition
from .delete_gateway_model_definition_response import (
    DeleteGatewayModelDefinitionResponse,
)
from .delete_gateway_secret import DeleteGatewaySecret
from .delete_gateway_secret_response import DeleteGatewaySecretResponse
from .delete_label_schema import DeleteLabelSchema
from .delete_label_schema_response import DeleteLabelSchemaResponse
from .delete_logged_model_response import DeleteLoggedModelResponse
from .delete_logged_model_tag_response import DeleteLoggedModelTagResponse
from .delete_model_version import DeleteModelVersion
from .delete_model_version_response import DeleteModelVersionResponse
from .delete_model_version_tag import DeleteModelVersionTag
from .delete_model_version_tag_response import DeleteModelVersionTagResponse
from .delete_prompt_optimization_job_response import DeletePromptOptimizationJobResponse
from .delete_registered_model import DeleteRegisteredModel
from .delete_registered_model_alias import DeleteRegisteredModelAlias
from .delete_registered_model_alias_response import DeleteRegisteredModelAliasResponse
from .delete_registered_model_response import DeleteRegisteredModelResponse
from .delete_registered_model_tag import DeleteRegisteredModelTag
from .delete_registered_model_tag_response import DeleteRegisteredModelTagResponse
from .delete_review_queue import DeleteReviewQueue
from .delete_review_queue_response import DeleteReviewQueueResponse
from .delete_run import DeleteRun
from .delete_run_response import DeleteRunResponse
from .delete_scorer import DeleteScorer
from .delete_scorer_response import DeleteScorerResponse
from .delete_tag import DeleteTag
from .delete_tag_response import DeleteTagResponse
from .delete_trace_tag import DeleteTraceTag
from .delete_trace_tag_response import DeleteTraceTagResponse
from .delete_trace_tag_v3 import DeleteTraceTagV3
from .delete_trace_tag_v3_response import DeleteTraceTagV3Response
from .delete_traces import DeleteTraces
from .delete_traces_response import DeleteTracesResponse
from .delete_traces_v3 import DeleteTracesV3
from .delete_traces_v3_response import DeleteTracesV3Response
from .delete_webhook_response import DeleteWebhookResponse
from .delete_workspace_response import DeleteWorkspaceResponse
from .deployment_job_connection_state import DeploymentJobConnectionState
from .detach_model_from_gateway_endpoint import DetachModelFromGatewayEndpoint
from .detach_model_from_gateway_endpoint_response import (
    DetachModelFromGatewayEndpointResponse,
)
from .end_trace import EndTrace
from .end_trace_response import EndTraceResponse
from .expectation import Expectation
from .expectation_serialized_value import ExpectationSerializedValue
from .experiment import Experiment
from .experiment_tag import ExperimentTag
from .fallback_config import FallbackConfig
from .fallback_strategy import FallbackStrategy
from .feedback import Feedback
from .file_info import FileInfo
from .finalize_logged_model import FinalizeLoggedModel
from .finalize_logged_model_response import FinalizeLoggedModelResponse
from .gateway_budget_policy import GatewayBudgetPolicy
from .gateway_endpoint import GatewayEndpoint
from .gateway_endpoint_binding import GatewayEndpointBinding
from .gateway_endpoint_model_config import GatewayEndpointModelConfig
from .gateway_endpoint_model_mapping import GatewayEndpointModelMapping
from .gateway_endpoint_tag import GatewayEndpointTag
from .gateway_guardrail import GatewayGuardrail
from .gateway_guardrail_config import GatewayGuardrailConfig
from .gateway_model_definition import GatewayModelDefinition
from .gateway_model_linkage_type import GatewayModelLinkageType
from .gateway_secret_info import GatewaySecretInfo
from .gateway_secret_info_auth_config import GatewaySecretInfoAuthConfig
from .gateway_secret_info_masked_values import GatewaySecretInfoMaskedValues
from .get_assessment_request_response import GetAssessmentRequestResponse
from .get_dataset_experiment_ids_response import GetDatasetExperimentIdsResponse
from .get_dataset_records_response import GetDatasetRecordsResponse
from .get_dataset_response import GetDatasetResponse
from .get_experiment_by_name_response import GetExperimentByNameResponse
from .get_experiment_response import GetExperimentResponse
from .get_gateway_budget_policy_response import GetGatewayBudgetPolicyResponse
from .get_gateway_endpoint_response import GetGatewayEndpointResponse
from .get_gateway_guardrail_response import GetGatewayGuardrailResponse
from .get_gateway_model_definition_response import GetGatewayModelDefinitionResponse
from .get_gateway_secret_info_response import GetGatewaySecretInfoResponse
from .get_issue_response import GetIssueResponse
from .get_label_schema_by_name_response import GetLabelSchemaByNameResponse
from .get_label_schema_response import GetLabelSchemaResponse
from .get_latest_versions import GetLatestVersions
from .get_latest_versions_response import GetLatestVersionsResponse
from .get_logged_model_response import GetLoggedModelResponse
from .get_metric_history_bulk_interval_response import (
    GetMetricHistoryBulkIntervalResponse,
)
from .get_metric_history_response import GetMetricHistoryResponse
from .get_model_version_by_alias_response import GetModelVersionByAliasResponse
from .get_model_version_download_uri_response import GetModelVersionDownloadUriResponse
from .get_model_version_response import GetModelVersionResponse
from .get_online_trace_details_response import GetOnlineTraceDetailsResponse
from .get_or_create_user_queue import GetOrCreateUserQueue
from .get_or_create_user_queue_response import GetOrCreateUserQueueResponse
from .get_presigned_download_url_response import GetPresignedDownloadUrlResponse
from .get_presigned_download_url_response_headers import (
    GetPresignedDownloadUrlResponseHeaders,
)
from .get_prompt_optimization_job_response import GetPromptOptimizationJobResponse
from .get_registered_model_response import GetRegisteredModelResponse
from .get_review_queue_by_name_response import GetReviewQueueByNameResponse
from .get_review_queue_response import GetReviewQueueResponse
from .get_run_response import GetRunResponse
from .get_scorer_response import GetScorerResponse
from .get_trace_info_response import GetTraceInfoResponse
from .get_trace_info_v3_response import GetTraceInfoV3Response
from .get_trace_response import GetTraceResponse
from .get_webhook_response import GetWebhookResponse
from .get_workspace_response import GetWorkspaceResponse
from .guardrail_action import GuardrailAction
from .guardrail_stage import GuardrailStage
from .input_categorical import InputCategorical
from .input_numeric import InputNumeric
from .input_pass_fail import InputPassFail
from .input_tag import InputTag
from .input_text import InputText
from .issue import Issue
from .issue_reference import IssueReference
from .job_progress import JobProgress
from .job_state import JobState
from .job_state_metadata import JobStateMetadata
from .job_status import JobStatus
from .label_schema import LabelSchema
from .label_schema_input import LabelSchemaInput
from .label_schema_type import LabelSchemaType
from .link_prompts_to_trace import LinkPromptsToTrace
from .link_prompts_to_trace_prompt_version_ref import LinkPromptsToTracePromptVersionRef
from .link_prompts_to_trace_response import LinkPromptsToTraceResponse
from .link_traces_to_run import LinkTracesToRun
from .link_traces_to_run_response import LinkTracesToRunResponse
from .list_artifacts_response import ListArtifactsResponse
from .list_endpoint_guardrail_configs_response import (
    ListEndpointGuardrailConfigsResponse,
)
from .list_gateway_budget_policies_response import ListGatewayBudgetPoliciesResponse
from .list_gateway_budget_windows_budget_window import (
    ListGatewayBudgetWindowsBudgetWindow,
)
from .list_gateway_budget_windows_response import ListGatewayBudgetWindowsResponse
from .list_gateway_endpoint_bindings_response import ListGatewayEndpointBindingsResponse
from .list_gateway_endpoints_response import ListGatewayEndpointsResponse
from .list_gateway_guardrails_response import ListGatewayGuardrailsResponse
from .list_gateway_model_definitions_response import ListGatewayModelDefinitionsResponse
from .list_gateway_secret_infos_response import ListGatewaySecretInfosResponse
from .list_label_schemas_response import ListLabelSchemasResponse
from .list_logged_model_artifacts_response import ListLoggedModelArtifactsResponse
from .list_review_queue_items_response import ListReviewQueueItemsResponse
from .list_review_queues_response import ListReviewQueuesResponse
from .list_scorer_versions_response import ListScorerVersionsResponse
from .list_scorers_response import ListScorersResponse
from .list_webhooks_response import ListWebhooksResponse
from .list_workspaces_response import ListWorkspacesResponse
from .log_batch import LogBatch
from .log_batch_response import LogBatchResponse
from .log_inputs import LogInputs
from .log_inputs_response import LogInputsResponse
from .log_logged_model_params_request import LogLoggedModelParamsRequest
from .log_logged_model_params_request_response import (
    LogLoggedModelParamsRequestResponse,
)
from .log_metric import LogMetric
from .log_metric_response import LogMetricResponse
from .log_model import LogModel
from .log_model_response import LogModelResponse
from .log_outputs import LogOutputs
from .log_outputs_response import LogOutputsResponse
from .log_param import LogParam
from .log_param_response import LogParamResponse
from .logged_model import LoggedModel
from .logged_model_data import LoggedModelData
from .logged_model_info import LoggedModelInfo
from .logged_model_parameter import LoggedModelParameter
from .logged_model_registration_info import LoggedModelRegistrationInfo
from .logged_model_status import LoggedModelStatus
from .logged_model_tag import LoggedModelTag
from .metric import Metric
from .metric_aggregation import MetricAggregation
from .metric_data_point import MetricDataPoint
from .metric_data_point_dimensions import MetricDataPointDimensions
from .metric_data_point_values import MetricDataPointValues
from .metric_view_type import MetricViewType
from .metric_with_run_id import MetricWithRunId
from .model_input import ModelInput
from .model_metric import ModelMetric
from .model_output import ModelOutput
from .model_param import ModelParam
from .model_version import ModelVersion
from .model_version_deployment_job_state import ModelVersionDeploymentJobState
from .model_version_deployment_job_state_deployment_job_run_state import (
    ModelVersionDeploymentJobStateDeploymentJobRunState,
)
from .model_version_status import ModelVersionStatus
from .model_version_tag import ModelVersionTag
from .multipart_upload_credential import MultipartUploadCredential
from .multipart_upload_credential_headers import MultipartUploadCredentialHeaders
from .multipart_upload_part import MultipartUploadPart
from .optimizer_type import OptimizerType
from .param import Param
from .prompt_optimization_job import PromptOptimizationJob
from .prompt_optimization_job_config import PromptOptimizationJobConfig
from .prompt_optimization_job_final_eval_scores import (
    PromptOptimizationJobFinalEvalScores,
)
from .prompt_optimization_job_initial_eval_scores import (
    PromptOptimizationJobInitialEvalScores,
)
from .prompt_optimization_job_tag import PromptOptimizationJobTag
from .query_trace_metrics import QueryTraceMetrics
from .query_trace_metrics_response import QueryTraceMetricsResponse
from .register_scorer import RegisterScorer
from .register_scorer_response import RegisterScorerResponse
from .registered_model import RegisteredModel
from .registered_model_alias import RegisteredModelAlias
from .registered_model_tag import RegisteredModelTag
from .remove_dataset_from_experiments import RemoveDatasetFromExperiments
from .remove_dataset_from_experiments_response import (
    RemoveDatasetFromExperimentsResponse,
)
from .remove_guardrail_from_endpoint import RemoveGuardrailFromEndpoint
from .remove_guardrail_from_endpoint_response import RemoveGuardrailFromEndpointResponse
from .remove_items_from_review_queue import RemoveItemsFromReviewQueue
from .remove_items_from_review_queue_response import RemoveItemsFromReviewQueueResponse
from .rename_registered_model import RenameRegisteredModel
from .rename_registered_model_response import RenameRegisteredModelResponse
from .restore_experiment import RestoreExperiment
from .restore_experiment_response import RestoreExperimentResponse
from .restore_run import RestoreRun
from .restore_run_response import RestoreRunResponse
from .review_item_type import ReviewItemType
from .review_queue import ReviewQueue
from .review_queue_item import ReviewQueueItem
from .review_queue_type import ReviewQueueType
from .review_status import ReviewStatus
from .routing_strategy import RoutingStrategy
from .run import Run
from .run_data import RunData
from .run_info import RunInfo
from .run_inputs import RunInputs
from .run_outputs import RunOutputs
from .run_status import RunStatus
from .run_tag import RunTag
from .scorer import Scorer
from .search_datasets import SearchDatasets
from .search_datasets_response import SearchDatasetsResponse
from .search_evaluation_datasets import SearchEvaluationDatasets
from .search_evaluation_datasets_response import SearchEvaluationDatasetsResponse
from .search_experiments import SearchExperiments
from .search_experiments_response import SearchExperimentsResponse
from .search_issues import SearchIssues
from .search_issues_response import SearchIssuesResponse
from .search_logged_models import SearchLoggedModels
from .search_logged_models_dataset import SearchLoggedModelsDataset
from .search_logged_models_order_by import SearchLoggedModelsOrderBy
from .search_logged_models_response import SearchLoggedModelsResponse
from .search_model_versions_response import SearchModelVersionsResponse
from .search_prompt_optimization_jobs import SearchPromptOptimizationJobs
from .search_prompt_optimization_jobs_response import (
    SearchPromptOptimizationJobsResponse,
)
from .search_registered_models_response import SearchRegisteredModelsResponse
from .search_runs import SearchRuns
from .search_runs_response import SearchRunsResponse
from .search_traces_response import SearchTracesResponse
from .search_traces_v3 import SearchTracesV3
from .search_traces_v3_response import SearchTracesV3Response
from .search_unified_traces_response import SearchUnifiedTracesResponse
from .set_dataset_tags import SetDatasetTags
from .set_dataset_tags_response import SetDatasetTagsResponse
from .set_experiment_tag import SetExperimentTag
from .set_experiment_tag_response import SetExperimentTagResponse
from .set_gateway_endpoint_tag import SetGatewayEndpointTag
from .set_gateway_endpoint_tag_response import SetGatewayEndpointTagResponse
from .set_logged_model_tags import SetLoggedModelTags
from .set_logged_model_tags_response import SetLoggedModelTagsResponse
from .set_model_version_tag import SetModelVersionTag
from .set_model_version_tag_response import SetModelVersionTagResponse
from .set_registered_model_alias import SetRegisteredModelAlias
from .set_registered_model_alias_response import SetRegisteredModelAliasResponse
from .set_registered_model_tag import SetRegisteredModelTag
from .set_registered_model_tag_response import SetRegisteredModelTagResponse
from .set_review_queue_item_status import SetReviewQueueItemStatus
from .set_review_queue_item_status_response import SetReviewQueueItemStatusResponse
from .set_tag import SetTag
from .set_tag_response import SetTagResponse
from .set_trace_tag import SetTraceTag
from .set_trace_tag_response import SetTraceTagResponse
from .set_trace_tag_v3 import SetTraceTagV3
from .set_trace_tag_v3_response import SetTraceTagV3Response
from .start_trace import StartTrace
from .start_trace_response import StartTraceResponse
from .start_trace_v3 import StartTraceV3
from .start_trace_v3_response import StartTraceV3Response
from .test_webhook import TestWebhook
from .test_webhook_response import TestWebhookResponse
from .trace import Trace
from .trace_archival_config import TraceArchivalConfig
from .trace_info import TraceInfo
from .trace_info_v3 import TraceInfoV3
from .trace_info_v3_state import TraceInfoV3State
from .trace_info_v3_tags import TraceInfoV3Tags
from .trace_info_v3_trace_metadata import TraceInfoV3TraceMetadata
from .trace_location import TraceLocation
from .trace_location_inference_table_location import TraceLocationInferenceTableLocation
from .trace_location_mlflow_experiment_location import (
    TraceLocationMlflowExperimentLocation,
)
from .trace_location_trace_location_type import TraceLocationTraceLocationType
from .trace_request_metadata import TraceRequestMetadata
from .trace_spans_item import TraceSpansItem
from .trace_status import TraceStatus
from .trace_tag import TraceTag
from .transition_model_version_stage import TransitionModelVersionStage
from .transition_model_version_stage_response import TransitionModelVersionStageResponse
from .update_assessment import UpdateAssessment
from .update_assessment_response import UpdateAssessmentResponse
from .update_endpoint_guardrail_config import UpdateEndpointGuardrailConfig
from .update_endpoint_guardrail_config_response import (
    UpdateEndpointGuardrailConfigResponse,
)
from .update_experiment import UpdateExperiment
from .update_experiment_response import UpdateExperimentResponse
from .update_gateway_budget_policy import UpdateGatewayBudgetPolicy
from .update_gateway_budget_policy_response import UpdateGatewayBudgetPolicyResponse
from .update_gateway_endpoint import UpdateGatewayEndpoint
from .update_gateway_endpoint_response import UpdateGatewayEndpointResponse
from .update_gateway_model_definition import UpdateGatewayModelDefinition
from .update_gateway_model_definition_response import (
    UpdateGatewayModelDefinitionResponse,
)
from .update_gateway_secret import UpdateGatewaySecret
from .update_gateway_secret_auth_config import UpdateGatewaySecretAuthConfig
from .update_gateway_secret_response import UpdateGatewaySecretResponse
from .update_gateway_secret_secret_value import UpdateGatewaySecretSecretValue
from .update_issue import UpdateIssue
from .update_issue_response import UpdateIssueResponse
from .update_label_schema import UpdateLabelSchema
from .update_label_schema_response import UpdateLabelSchemaResponse
from .update_model_version import UpdateModelVersion
from .update_model_version_response import UpdateModelVersionResponse
from .update_registered_model import UpdateRegisteredModel
from .update_registered_model_response import UpdateRegisteredModelResponse
from .update_review_queue import UpdateReviewQueue
from .update_review_queue_response import UpdateReviewQueueResponse
from .update_run import UpdateRun
from .update_run_response import UpdateRunResponse
from .update_webhook import UpdateWebhook
from .update_webhook_response import UpdateWebhookResponse
from .update_workspace import UpdateWorkspace
from .update_workspace_response import UpdateWorkspaceResponse
from .upload_artifact_response import UploadArtifactResponse
from .upsert_dataset_records import UpsertDatasetRecords
from .upsert_dataset_records_response import UpsertDatasetRecordsResponse
from .view_type import ViewType
from .webhook import Webhook
from .webhook_action import WebhookAction
from .webhook_entity import WebhookEntity
from .webhook_event import WebhookEvent
from .webhook_status import WebhookStatus
from .webhook_test_result import WebhookTestResult
from .workspace import Workspace

__all__ = (
    "AbortMultipartUpload",
    "AbortMultipartUploadResponse",
    "AddDatasetToExperiments",
    "AddDatasetToExperimentsResponse",
    "AddGuardrailToEndpoint",
    "AddGuardrailToEndpointResponse",
    "AddItemsToReviewQueue",
    "AddItemsToReviewQueueResponse",
    "AggregationType",
    "ArtifactsFileInfo",
    "ArtifactsListArtifactsResponse",
    "Assessment",
    "AssessmentError",
    "AssessmentMetadata",
    "AssessmentSource",
    "AssessmentSourceSourceType",
    "AttachModelToGatewayEndpoint",
    "AttachModelToGatewayEndpointResponse",
    "BatchGetTraceInfos",
    "BatchGetTraceInfosResponse",
    "BatchGetTracesResponse",
    "BudgetAction",
    "BudgetDuration",
    "BudgetDurationUnit",
    "BudgetTargetScope",
    "BudgetUnit",
    "CalculateTraceFilterCorrelation",
    "CalculateTraceFilterCorrelationResponse",
    "CancelPromptOptimizationJob",
    "CancelPromptOptimizationJobResponse",
    "CompleteMultipartUpload",
    "CompleteMultipartUploadResponse",
    "CreateAssessment",
    "CreateAssessmentResponse",
    "CreateDataset",
    "CreateDatasetResponse",
    "CreateExperiment",
    "CreateExperimentResponse",
    "CreateGatewayBudgetPolicy",
    "CreateGatewayBudgetPolicyResponse",
    "CreateGatewayEndpoint",
    "CreateGatewayEndpointBinding",
    "CreateGatewayEndpointBindingResponse",
    "CreateGatewayEndpointResponse",
    "CreateGatewayGuardrail",
    "CreateGatewayGuardrailResponse",
    "CreateGatewayModelDefinition",
    "CreateGatewayModelDefinitionResponse",
    "CreateGatewaySecret",
    "CreateGatewaySecretAuthConfig",
    "CreateGatewaySecretResponse",
    "CreateGatewaySecretSecretValue",
    "CreateIssue",
    "CreateIssueResponse",
    "CreateLabelSchema",
    "CreateLabelSchemaResponse",
    "CreateLoggedModel",
    "CreateLoggedModelResponse",
    "CreateModelVersion",
    "CreateModelVersionResponse",
    "CreateMultipartUpload",
    "CreateMultipartUploadResponse",
    "CreatePresignedDownloadUrl",
    "CreatePresignedDownloadUrlResponse",
    "CreatePresignedDownloadUrlResponseHeaders",
    "CreatePresignedUploadUrl",
    "CreatePresignedUploadUrlResponse",
    "CreatePresignedUploadUrlResponseHeaders",
    "CreatePromptOptimizationJob",
    "CreatePromptOptimizationJobResponse",
    "CreateRegisteredModel",
    "CreateRegisteredModelResponse",
    "CreateReviewQueue",
    "CreateReviewQueueResponse",
    "CreateRun",
    "CreateRunResponse",
    "CreateWebhook",
    "CreateWebhookResponse",
    "CreateWorkspace",
    "CreateWorkspaceResponse",
    "Dataset",
    "DatasetInput",
    "DatasetRecordSourceSourceType",
    "DatasetSummary",
    "DatasetsDataset",
    "DeleteArtifactResponse",
    "DeleteAssessmentResponse",
    "DeleteDatasetRecords",
    "DeleteDatasetRecordsResponse",
    "DeleteDatasetResponse",
    "DeleteDatasetTagResponse",
    "DeleteExperiment",
    "DeleteExperimentResponse",
    "DeleteExperimentTag",
    "DeleteExperimentTagResponse",
    "DeleteGatewayBudgetPolicy",
    "DeleteGatewayBudgetPolicyResponse",
    "DeleteGatewayEndpoint",
    "DeleteGatewayEndpointBinding",
    "DeleteGatewayEndpointBindingResponse",
    "DeleteGatewayEndpointResponse",
    "DeleteGatewayEndpointTag",
    "DeleteGatewayEndpointTagResponse",
    "DeleteGatewayGuardrail",
    "DeleteGatewayGuardrailResponse",
    "DeleteGatewayModelDefinition",
    "DeleteGatewayModelDefinitionResponse",
    "DeleteGatewaySecret",
    "DeleteGatewaySecretResponse",
    "DeleteLabelSchema",
    "DeleteLabelSchemaResponse",
    "DeleteLoggedModelResponse",
    "DeleteLoggedModelTagResponse",
    "DeleteModelVersion",
    "DeleteModelVersionResponse",
    "DeleteModelVersionTag",
    "DeleteModelVersionTagResponse",
    "DeletePromptOptimizationJobResponse",
    "DeleteRegisteredModel",
    "DeleteRegisteredModelAlias",
    "DeleteRegisteredModelAliasResponse",
    "DeleteRegisteredModelResponse",
    "DeleteRegisteredModelTag",
    "DeleteRegisteredModelTagResponse",
    "DeleteReviewQueue",
    "DeleteReviewQueueResponse",
    "DeleteRun",
    "DeleteRunResponse",
    "DeleteScorer",
    "DeleteScorerResponse",
    "DeleteTag",
    "DeleteTagResponse",
    "DeleteTraceTag",
    "DeleteTraceTagResponse",
    "DeleteTraceTagV3",
    "DeleteTraceTagV3Response",
    "DeleteTraces",
    "DeleteTracesResponse",
    "DeleteTracesV3",
    "DeleteTracesV3Response",
    "DeleteWebhookResponse",
    "DeleteWorkspaceResponse",
    "DeploymentJobConnectionState",
    "DetachModelFromGatewayEndpoint",
    "DetachModelFromGatewayEndpointResponse",
    "EndTrace",
    "EndTraceResponse",
    "Expectation",
    "ExpectationSerializedValue",
    "Experiment",
    "ExperimentTag",
    "FallbackConfig",
    "FallbackStrategy",
    "Feedback",
    "FileInfo",
    "FinalizeLoggedModel",
    "FinalizeLoggedModelResponse",
    "GatewayBudgetPolicy",
    "GatewayEndpoint",
    "GatewayEndpointBinding",
    "GatewayEndpointModelConfig",
    "GatewayEndpointModelMapping",
    "GatewayEndpointTag",
    "GatewayGuardrail",
    "GatewayGuardrailConfig",
    "GatewayModelDefinition",
    "GatewayModelLinkageType",
    "GatewaySecretInfo",
    "GatewaySecretInfoAuthConfig",
    "GatewaySecretInfoMaskedValues",
    "GetAssessmentRequestResponse",
    "GetDatasetExperimentIdsResponse",
    "GetDatasetRecordsResponse",
    "GetDatasetResponse",
    "GetExperimentByNameResponse",
    "GetExperimentResponse",
    "GetGatewayBudgetPolicyResponse",
    "GetGatewayEndpointResponse",
    "GetGatewayGuardrailResponse",
    "GetGatewayModelDefinitionResponse",
    "GetGatewaySecretInfoResponse",
    "GetIssueResponse",
    "GetLabelSchemaByNameResponse",
    "GetLabelSchemaResponse",
    "GetLatestVersions",
    "GetLatestVersionsResponse",
    "GetLoggedModelResponse",
    "GetMetricHistoryBulkIntervalResponse",
    "GetMetricHistoryResponse",
    "GetModelVersionByAliasResponse",
    "GetModelVersionDownloadUriResponse",
    "GetModelVersionResponse",
    "GetOnlineTraceDetailsResponse",
    "GetOrCreateUserQueue",
    "GetOrCreateUserQueueResponse",
    "GetPresignedDownloadUrlResponse",
    "GetPresignedDownloadUrlResponseHeaders",
    "GetPromptOptimizationJobResponse",
    "GetRegisteredModelResponse",
    "GetReviewQueueByNameResponse",
    "GetReviewQueueResponse",
    "GetRunResponse",
    "GetScorerResponse",
    "GetTraceInfoResponse",
    "GetTraceInfoV3Response",
    "GetTraceResponse",
    "GetWebhookResponse",
    "GetWorkspaceResponse",
    "GuardrailAction",
    "GuardrailStage",
    "InputCategorical",
    "InputNumeric",
    "InputPassFail",
    "InputTag",
    "InputText",
    "Issue",
    "IssueReference",
    "JobProgress",
    "JobState",
    "JobStateMetadata",
    "JobStatus",
    "LabelSchema",
    "LabelSchemaInput",
    "LabelSchemaType",
    "LinkPromptsToTrace",
    "LinkPromptsToTracePromptVersionRef",
    "LinkPromptsToTraceResponse",
    "LinkTracesToRun",
    "LinkTracesToRunResponse",
    "ListArtifactsResponse",
    "ListEndpointGuardrailConfigsResponse",
    "ListGatewayBudgetPoliciesResponse",
    "ListGatewayBudgetWindowsBudgetWindow",
    "ListGatewayBudgetWindowsResponse",
    "ListGatewayEndpointBindingsResponse",
    "ListGatewayEndpointsResponse",
    "ListGatewayGuardrailsResponse",
    "ListGatewayModelDefinitionsResponse",
    "ListGatewaySecretInfosResponse",
    "ListLabelSchemasResponse",
    "ListLoggedModelArtifactsResponse",
    "ListReviewQueueItemsResponse",
    "ListReviewQueuesResponse",
    "ListScorerVersionsResponse",
    "ListScorersResponse",
    "ListWebhooksResponse",
    "ListWorkspacesResponse",
    "LogBatch",
    "LogBatchResponse",
    "LogInputs",
    "LogInputsResponse",
    "LogLoggedModelParamsRequest",
    "LogLoggedModelParamsRequestResponse",
    "LogMetric",
    "LogMetricResponse",
    "LogModel",
    "LogModelResponse",
    "LogOutputs",
    "LogOutputsResponse",
    "LogParam",
    "LogParamResponse",
    "LoggedModel",
    "LoggedModelData",
    "LoggedModelInfo",
    "LoggedModelParameter",
    "LoggedModelRegistrationInfo",
    "LoggedModelStatus",
    "LoggedModelTag",
    "Metric",
    "MetricAggregation",
    "MetricDataPoint",
    "MetricDataPointDimensions",
    "MetricDataPointValues",
    "MetricViewType",
    "MetricWithRunId",
    "ModelInput",
    "ModelMetric",
    "ModelOutput",
    "ModelParam",
    "ModelVersion",
    "ModelVersionDeploymentJobState",
    "ModelVersionDeploymentJobStateDeploymentJobRunState",
    "ModelVersionStatus",
    "ModelVersionTag",
    "MultipartUploadCredential",
    "MultipartUploadCredentialHeaders",
    "MultipartUploadPart",
    "OptimizerType",
    "Param",
    "PromptOptimizationJob",
    "PromptOptimizationJobConfig",
    "PromptOptimizationJobFinalEvalScores",
    "PromptOptimizationJobInitialEvalScores",
    "PromptOptimizationJobTag",
    "QueryTraceMetrics",
    "QueryTraceMetricsResponse",
    "RegisterScorer",
    "RegisterScorerResponse",
    "RegisteredModel",
    "RegisteredModelAlias",
    "RegisteredModelTag",
    "RemoveDatasetFromExperiments",
    "RemoveDatasetFromExperimentsResponse",
    "RemoveGuardrailFromEndpoint",
    "RemoveGuardrailFromEndpointResponse",
    "RemoveItemsFromReviewQueue",
    "RemoveItemsFromReviewQueueResponse",
    "RenameRegisteredModel",
    "RenameRegisteredModelResponse",
    "RestoreExperiment",
    "RestoreExperimentResponse",
    "RestoreRun",
    "RestoreRunResponse",
    "ReviewItemType",
    "ReviewQueue",
    "ReviewQueueItem",
    "ReviewQueueType",
    "ReviewStatus",
    "RoutingStrategy",
    "Run",
    "RunData",
    "RunInfo",
    "RunInputs",
    "RunOutputs",
    "RunStatus",
    "RunTag",
    "Scorer",
    "SearchDatasets",
    "SearchDatasetsResponse",
    "SearchEvaluationDatasets",
    "SearchEvaluationDatasetsResponse",
    "SearchExperiments",
    "SearchExperimentsResponse",
    "SearchIssues",
    "SearchIssuesResponse",
    "SearchLoggedModels",
    "SearchLoggedModelsDataset",
    "SearchLoggedModelsOrderBy",
    "SearchLoggedModelsResponse",
    "SearchModelVersionsResponse",
    "SearchPromptOptimizationJobs",
    "SearchPromptOptimizationJobsResponse",
    "SearchRegisteredModelsResponse",
    "SearchRuns",
    "SearchRunsResponse",
    "SearchTracesResponse",
    "SearchTracesV3",
    "SearchTracesV3Response",
    "SearchUnifiedTracesResponse",
    "SetDatasetTags",
    "SetDatasetTagsResponse",
    "SetExperimentTag",
    "SetExperimentTagResponse",
    "SetGatewayEndpointTag",
    "SetGatewayEndpointTagResponse",
    "SetLoggedModelTags",
    "SetLoggedModelTagsResponse",
    "SetModelVersionTag",
    "SetModelVersionTagResponse",
    "SetRegisteredModelAlias",
    "SetRegisteredModelAliasResponse",
    "SetRegisteredModelTag",
    "SetRegisteredModelTagResponse",
    "SetReviewQueueItemStatus",
    "SetReviewQueueItemStatusResponse",
    "SetTag",
    "SetTagResponse",
    "SetTraceTag",
    "SetTraceTagResponse",
    "SetTraceTagV3",
    "SetTraceTagV3Response",
    "StartTrace",
    "StartTraceResponse",
    "StartTraceV3",
    "StartTraceV3Response",
    "TestWebhook",
    "TestWebhookResponse",
    "Trace",
    "TraceArchivalConfig",
    "TraceInfo",
    "TraceInfoV3",
    "TraceInfoV3State",
    "TraceInfoV3Tags",
    "TraceInfoV3TraceMetadata",
    "TraceLocation",
    "TraceLocationInferenceTableLocation",
    "TraceLocationMlflowExperimentLocation",
    "TraceLocationTraceLocationType",
    "TraceRequestMetadata",
    "TraceSpansItem",
    "TraceStatus",
    "TraceTag",
    "TransitionModelVersionStage",
    "TransitionModelVersionStageResponse",
    "UpdateAssessment",
    "UpdateAssessmentResponse",
    "UpdateEndpointGuardrailConfig",
    "UpdateEndpointGuardrailConfigResponse",
    "UpdateExperiment",
    "UpdateExperimentResponse",
    "UpdateGatewayBudgetPolicy",
    "UpdateGatewayBudgetPolicyResponse",
    "UpdateGatewayEndpoint",
    "UpdateGatewayEndpointResponse",
    "UpdateGatewayModelDefinition",
    "UpdateGatewayModelDefinitionResponse",
    "UpdateGatewaySecret",
    "UpdateGatewaySecretAuthConfig",
    "UpdateGatewaySecretResponse",
    "UpdateGatewaySecretSecretValue",
    "UpdateIssue",
    "UpdateIssueResponse",
    "UpdateLabelSchema",
    "UpdateLabelSchemaResponse",
    "UpdateModelVersion",
    "UpdateModelVersionResponse",
    "UpdateRegisteredModel",
    "UpdateRegisteredModelResponse",
    "UpdateReviewQueue",
    "UpdateReviewQueueResponse",
    "UpdateRun",
    "UpdateRunResponse",
    "UpdateWebhook",
    "UpdateWebhookResponse",
    "UpdateWorkspace",
    "UpdateWorkspaceResponse",
    "UploadArtifactResponse",
    "UpsertDatasetRecords",
    "UpsertDatasetRecordsResponse",
    "ViewType",
    "Webhook",
    "WebhookAction",
    "WebhookEntity",
    "WebhookEvent",
    "WebhookStatus",
    "WebhookTestResult",
    "Workspace",
)
