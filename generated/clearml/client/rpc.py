# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: clearml 2.34 from 21 pinned files under clearml/schema (combined sha256 98bf78124837).
"""Async RPC client for the ClearML API server (ClearML API server, schema 2.34).

Every call is `POST {api}/{service}.{action}` with a JSON body; the server wraps answers in
`{"meta": {...}, "data": {...}}` and this client returns `data` (or the text of a non-JSON
answer such as a log download), raising `ClearMLError` with meta.result_code/result_msg.

Auth: `auth.login` with HTTP basic (access key, secret key) gives a token sent as
`Authorization: Bearer <token>`; it is reused until its JWT `exp` is near, and renewed once
when a call answers 401.

Versions: no `/vX.Y/` prefix is sent unless `api_version` is pinned, so each server answers
with the newest version of the endpoint it has. The server's own API version (the token's
`api_version` claim) is compared with each endpoint's first version (`ENDPOINTS`): calling
an endpoint the server is too old for raises `ClearMLVersionError` without a round trip.

Imports only httpx and the standard library; `models` (pydantic) loads on first use.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
from collections.abc import Callable
from typing import Any, NamedTuple, Self

import httpx

SCHEMA_VERSION = "2.34"
REFRESH_MARGIN_SECONDS = 60.0


class Endpoint(NamedTuple):
    min_version: str  # the first API version that has the endpoint
    request: str  # request model in `models`
    response: str  # response (`data`) model in `models`
    internal: bool  # not a documented/public endpoint
    authorize: bool  # needs a token


ENDPOINTS: dict[str, Endpoint] = {
    "auth.create_credentials": Endpoint(
        "2.1", "AuthCreateCredentialsRequest", "AuthCreateCredentialsResponse", False, True
    ),
    "auth.create_user": Endpoint(
        "2.1", "AuthCreateUserRequest", "AuthCreateUserResponse", True, True
    ),
    "auth.edit_credentials": Endpoint(
        "2.19", "AuthEditCredentialsRequest", "AuthEditCredentialsResponse", False, True
    ),
    "auth.edit_user": Endpoint("2.1", "AuthEditUserRequest", "AuthEditUserResponse", False, True),
    "auth.fixed_users_mode": Endpoint(
        "2.1", "AuthFixedUsersModeRequest", "AuthFixedUsersModeResponse", True, False
    ),
    "auth.get_credentials": Endpoint(
        "2.1", "AuthGetCredentialsRequest", "AuthGetCredentialsResponse", False, True
    ),
    "auth.get_token_for_user": Endpoint(
        "2.1", "AuthGetTokenForUserRequest", "AuthGetTokenForUserResponse", True, True
    ),
    "auth.login": Endpoint("2.1", "AuthLoginRequest", "AuthLoginResponse", False, True),
    "auth.logout": Endpoint("2.2", "AuthLogoutRequest", "AuthLogoutResponse", False, True),
    "auth.revoke_credentials": Endpoint(
        "2.1", "AuthRevokeCredentialsRequest", "AuthRevokeCredentialsResponse", False, True
    ),
    "auth.validate_token": Endpoint(
        "2.1", "AuthValidateTokenRequest", "AuthValidateTokenResponse", True, True
    ),
    "debug.ping": Endpoint("2.9", "DebugPingRequest", "DebugPingResponse", False, False),
    "events.add": Endpoint("2.1", "EventsAddRequest", "EventsAddResponse", False, True),
    "events.add_batch": Endpoint(
        "2.1", "EventsAddBatchRequest", "EventsAddBatchResponse", False, True
    ),
    "events.clear_scroll": Endpoint(
        "2.18", "EventsClearScrollRequest", "EventsClearScrollResponse", False, True
    ),
    "events.clear_task_log": Endpoint(
        "2.19", "EventsClearTaskLogRequest", "EventsClearTaskLogResponse", False, True
    ),
    "events.debug_images": Endpoint(
        "2.1", "EventsDebugImagesRequest", "EventsDebugImagesResponse", False, True
    ),
    "events.delete_for_model": Endpoint(
        "2.22", "EventsDeleteForModelRequest", "EventsDeleteForModelResponse", False, True
    ),
    "events.delete_for_task": Endpoint(
        "2.1", "EventsDeleteForTaskRequest", "EventsDeleteForTaskResponse", False, True
    ),
    "events.download_task_log": Endpoint(
        "2.1", "EventsDownloadTaskLogRequest", "EventsDownloadTaskLogResponse", False, True
    ),
    "events.get_debug_image_sample": Endpoint(
        "2.12", "EventsGetDebugImageSampleRequest", "EventsGetDebugImageSampleResponse", False, True
    ),
    "events.get_multi_task_metrics": Endpoint(
        "2.28", "EventsGetMultiTaskMetricsRequest", "EventsGetMultiTaskMetricsResponse", False, True
    ),
    "events.get_multi_task_plots": Endpoint(
        "2.1", "EventsGetMultiTaskPlotsRequest", "EventsGetMultiTaskPlotsResponse", False, True
    ),
    "events.get_plot_sample": Endpoint(
        "2.20", "EventsGetPlotSampleRequest", "EventsGetPlotSampleResponse", False, True
    ),
    "events.get_scalar_metric_data": Endpoint(
        "2.1", "EventsGetScalarMetricDataRequest", "EventsGetScalarMetricDataResponse", False, True
    ),
    "events.get_scalar_metrics_and_variants": Endpoint(
        "2.1",
        "EventsGetScalarMetricsAndVariantsRequest",
        "EventsGetScalarMetricsAndVariantsResponse",
        False,
        True,
    ),
    "events.get_task_events": Endpoint(
        "2.1", "EventsGetTaskEventsRequest", "EventsGetTaskEventsResponse", False, True
    ),
    "events.get_task_latest_scalar_values": Endpoint(
        "2.1",
        "EventsGetTaskLatestScalarValuesRequest",
        "EventsGetTaskLatestScalarValuesResponse",
        False,
        True,
    ),
    "events.get_task_log": Endpoint(
        "1.5", "EventsGetTaskLogRequest", "EventsGetTaskLogResponse", False, True
    ),
    "events.get_task_metrics": Endpoint(
        "2.7", "EventsGetTaskMetricsRequest", "EventsGetTaskMetricsResponse", False, True
    ),
    "events.get_task_plots": Endpoint(
        "2.1", "EventsGetTaskPlotsRequest", "EventsGetTaskPlotsResponse", False, True
    ),
    "events.get_task_single_value_metrics": Endpoint(
        "2.20",
        "EventsGetTaskSingleValueMetricsRequest",
        "EventsGetTaskSingleValueMetricsResponse",
        False,
        True,
    ),
    "events.get_vector_metrics_and_variants": Endpoint(
        "2.1",
        "EventsGetVectorMetricsAndVariantsRequest",
        "EventsGetVectorMetricsAndVariantsResponse",
        False,
        True,
    ),
    "events.multi_task_scalar_metrics_iter_histogram": Endpoint(
        "2.1",
        "EventsMultiTaskScalarMetricsIterHistogramRequest",
        "EventsMultiTaskScalarMetricsIterHistogramResponse",
        False,
        True,
    ),
    "events.next_debug_image_sample": Endpoint(
        "2.12",
        "EventsNextDebugImageSampleRequest",
        "EventsNextDebugImageSampleResponse",
        False,
        True,
    ),
    "events.next_plot_sample": Endpoint(
        "2.20", "EventsNextPlotSampleRequest", "EventsNextPlotSampleResponse", False, True
    ),
    "events.plots": Endpoint("2.20", "EventsPlotsRequest", "EventsPlotsResponse", False, True),
    "events.scalar_metrics_iter_histogram": Endpoint(
        "2.1",
        "EventsScalarMetricsIterHistogramRequest",
        "EventsScalarMetricsIterHistogramResponse",
        False,
        True,
    ),
    "events.scalar_metrics_iter_raw": Endpoint(
        "2.16",
        "EventsScalarMetricsIterRawRequest",
        "EventsScalarMetricsIterRawResponse",
        False,
        True,
    ),
    "events.vector_metrics_iter_histogram": Endpoint(
        "2.1",
        "EventsVectorMetricsIterHistogramRequest",
        "EventsVectorMetricsIterHistogramResponse",
        False,
        True,
    ),
    "login.logout": Endpoint("2.13", "LoginLogoutRequest", "LoginLogoutResponse", False, False),
    "login.supported_modes": Endpoint(
        "2.9", "LoginSupportedModesRequest", "LoginSupportedModesResponse", False, False
    ),
    "models.add_or_update_metadata": Endpoint(
        "2.13", "ModelsAddOrUpdateMetadataRequest", "ModelsAddOrUpdateMetadataResponse", False, True
    ),
    "models.archive_many": Endpoint(
        "2.13", "ModelsArchiveManyRequest", "ModelsArchiveManyResponse", False, True
    ),
    "models.create": Endpoint("2.1", "ModelsCreateRequest", "ModelsCreateResponse", False, True),
    "models.delete": Endpoint("2.1", "ModelsDeleteRequest", "ModelsDeleteResponse", False, True),
    "models.delete_many": Endpoint(
        "2.13", "ModelsDeleteManyRequest", "ModelsDeleteManyResponse", False, True
    ),
    "models.delete_metadata": Endpoint(
        "2.13", "ModelsDeleteMetadataRequest", "ModelsDeleteMetadataResponse", False, True
    ),
    "models.edit": Endpoint("2.1", "ModelsEditRequest", "ModelsEditResponse", False, True),
    "models.get_all": Endpoint("2.1", "ModelsGetAllRequest", "ModelsGetAllResponse", False, True),
    "models.get_all_ex": Endpoint(
        "2.1", "ModelsGetAllExRequest", "ModelsGetAllExResponse", True, True
    ),
    "models.get_by_id": Endpoint(
        "2.1", "ModelsGetByIdRequest", "ModelsGetByIdResponse", False, True
    ),
    "models.get_by_id_ex": Endpoint(
        "2.11", "ModelsGetByIdExRequest", "ModelsGetByIdExResponse", True, True
    ),
    "models.get_by_task_id": Endpoint(
        "2.1", "ModelsGetByTaskIdRequest", "ModelsGetByTaskIdResponse", False, True
    ),
    "models.get_frameworks": Endpoint(
        "2.8", "ModelsGetFrameworksRequest", "ModelsGetFrameworksResponse", False, True
    ),
    "models.make_private": Endpoint(
        "2.9", "ModelsMakePrivateRequest", "ModelsMakePrivateResponse", False, True
    ),
    "models.make_public": Endpoint(
        "2.9", "ModelsMakePublicRequest", "ModelsMakePublicResponse", False, True
    ),
    "models.move": Endpoint("2.12", "ModelsMoveRequest", "ModelsMoveResponse", False, True),
    "models.publish_many": Endpoint(
        "2.13", "ModelsPublishManyRequest", "ModelsPublishManyResponse", False, True
    ),
    "models.set_ready": Endpoint(
        "2.1", "ModelsSetReadyRequest", "ModelsSetReadyResponse", False, True
    ),
    "models.unarchive_many": Endpoint(
        "2.13", "ModelsUnarchiveManyRequest", "ModelsUnarchiveManyResponse", False, True
    ),
    "models.update": Endpoint("2.1", "ModelsUpdateRequest", "ModelsUpdateResponse", False, True),
    "models.update_for_task": Endpoint(
        "2.1", "ModelsUpdateForTaskRequest", "ModelsUpdateForTaskResponse", False, True
    ),
    "models.update_tags": Endpoint(
        "2.27", "ModelsUpdateTagsRequest", "ModelsUpdateTagsResponse", False, True
    ),
    "organization.download_for_get_all": Endpoint(
        "2.26",
        "OrganizationDownloadForGetAllRequest",
        "OrganizationDownloadForGetAllResponse",
        False,
        True,
    ),
    "organization.get_entities_count": Endpoint(
        "2.20",
        "OrganizationGetEntitiesCountRequest",
        "OrganizationGetEntitiesCountResponse",
        False,
        True,
    ),
    "organization.get_project_usages": Endpoint(
        "2.34",
        "OrganizationGetProjectUsagesRequest",
        "OrganizationGetProjectUsagesResponse",
        False,
        True,
    ),
    "organization.get_tags": Endpoint(
        "2.8", "OrganizationGetTagsRequest", "OrganizationGetTagsResponse", False, True
    ),
    "organization.get_user_companies": Endpoint(
        "2.12",
        "OrganizationGetUserCompaniesRequest",
        "OrganizationGetUserCompaniesResponse",
        False,
        True,
    ),
    "organization.prepare_download_for_get_all": Endpoint(
        "2.26",
        "OrganizationPrepareDownloadForGetAllRequest",
        "OrganizationPrepareDownloadForGetAllResponse",
        False,
        True,
    ),
    "pipelines.delete_runs": Endpoint(
        "2.26", "PipelinesDeleteRunsRequest", "PipelinesDeleteRunsResponse", False, True
    ),
    "pipelines.start_pipeline": Endpoint(
        "2.17", "PipelinesStartPipelineRequest", "PipelinesStartPipelineResponse", False, True
    ),
    "projects.create": Endpoint(
        "2.1", "ProjectsCreateRequest", "ProjectsCreateResponse", False, True
    ),
    "projects.delete": Endpoint(
        "2.1", "ProjectsDeleteRequest", "ProjectsDeleteResponse", False, True
    ),
    "projects.get_all": Endpoint(
        "2.1", "ProjectsGetAllRequest", "ProjectsGetAllResponse", False, True
    ),
    "projects.get_all_ex": Endpoint(
        "2.1", "ProjectsGetAllExRequest", "ProjectsGetAllExResponse", True, True
    ),
    "projects.get_by_id": Endpoint(
        "2.1", "ProjectsGetByIdRequest", "ProjectsGetByIdResponse", False, True
    ),
    "projects.get_hyper_parameters": Endpoint(
        "2.9",
        "ProjectsGetHyperParametersRequest",
        "ProjectsGetHyperParametersResponse",
        False,
        True,
    ),
    "projects.get_hyperparam_values": Endpoint(
        "2.13",
        "ProjectsGetHyperparamValuesRequest",
        "ProjectsGetHyperparamValuesResponse",
        False,
        True,
    ),
    "projects.get_model_metadata_keys": Endpoint(
        "2.17",
        "ProjectsGetModelMetadataKeysRequest",
        "ProjectsGetModelMetadataKeysResponse",
        False,
        True,
    ),
    "projects.get_model_metadata_values": Endpoint(
        "2.17",
        "ProjectsGetModelMetadataValuesRequest",
        "ProjectsGetModelMetadataValuesResponse",
        False,
        True,
    ),
    "projects.get_model_tags": Endpoint(
        "2.8", "ProjectsGetModelTagsRequest", "ProjectsGetModelTagsResponse", False, True
    ),
    "projects.get_project_tags": Endpoint(
        "2.17", "ProjectsGetProjectTagsRequest", "ProjectsGetProjectTagsResponse", False, True
    ),
    "projects.get_task_parents": Endpoint(
        "2.12", "ProjectsGetTaskParentsRequest", "ProjectsGetTaskParentsResponse", False, True
    ),
    "projects.get_task_tags": Endpoint(
        "2.8", "ProjectsGetTaskTagsRequest", "ProjectsGetTaskTagsResponse", False, True
    ),
    "projects.get_unique_metric_variants": Endpoint(
        "2.1",
        "ProjectsGetUniqueMetricVariantsRequest",
        "ProjectsGetUniqueMetricVariantsResponse",
        False,
        True,
    ),
    "projects.get_user_names": Endpoint(
        "2.26", "ProjectsGetUserNamesRequest", "ProjectsGetUserNamesResponse", False, True
    ),
    "projects.make_private": Endpoint(
        "2.9", "ProjectsMakePrivateRequest", "ProjectsMakePrivateResponse", False, True
    ),
    "projects.make_public": Endpoint(
        "2.9", "ProjectsMakePublicRequest", "ProjectsMakePublicResponse", False, True
    ),
    "projects.merge": Endpoint(
        "2.13", "ProjectsMergeRequest", "ProjectsMergeResponse", False, True
    ),
    "projects.move": Endpoint("2.13", "ProjectsMoveRequest", "ProjectsMoveResponse", False, True),
    "projects.update": Endpoint(
        "2.1", "ProjectsUpdateRequest", "ProjectsUpdateResponse", False, True
    ),
    "projects.validate_delete": Endpoint(
        "2.14", "ProjectsValidateDeleteRequest", "ProjectsValidateDeleteResponse", False, True
    ),
    "queues.add_or_update_metadata": Endpoint(
        "2.13", "QueuesAddOrUpdateMetadataRequest", "QueuesAddOrUpdateMetadataResponse", False, True
    ),
    "queues.add_task": Endpoint(
        "2.4", "QueuesAddTaskRequest", "QueuesAddTaskResponse", False, True
    ),
    "queues.clear_queue": Endpoint(
        "2.31", "QueuesClearQueueRequest", "QueuesClearQueueResponse", False, True
    ),
    "queues.create": Endpoint("2.4", "QueuesCreateRequest", "QueuesCreateResponse", False, True),
    "queues.delete": Endpoint("2.4", "QueuesDeleteRequest", "QueuesDeleteResponse", False, True),
    "queues.delete_metadata": Endpoint(
        "2.13", "QueuesDeleteMetadataRequest", "QueuesDeleteMetadataResponse", False, True
    ),
    "queues.get_all": Endpoint("2.4", "QueuesGetAllRequest", "QueuesGetAllResponse", False, True),
    "queues.get_all_ex": Endpoint(
        "2.4", "QueuesGetAllExRequest", "QueuesGetAllExResponse", True, True
    ),
    "queues.get_by_id": Endpoint(
        "2.4", "QueuesGetByIdRequest", "QueuesGetByIdResponse", False, True
    ),
    "queues.get_default": Endpoint(
        "2.4", "QueuesGetDefaultRequest", "QueuesGetDefaultResponse", False, True
    ),
    "queues.get_next_task": Endpoint(
        "2.4", "QueuesGetNextTaskRequest", "QueuesGetNextTaskResponse", False, True
    ),
    "queues.get_num_entries": Endpoint(
        "2.15", "QueuesGetNumEntriesRequest", "QueuesGetNumEntriesResponse", False, True
    ),
    "queues.get_queue_metrics": Endpoint(
        "2.4", "QueuesGetQueueMetricsRequest", "QueuesGetQueueMetricsResponse", False, True
    ),
    "queues.move_task_backward": Endpoint(
        "2.4", "QueuesMoveTaskBackwardRequest", "QueuesMoveTaskBackwardResponse", False, True
    ),
    "queues.move_task_forward": Endpoint(
        "2.4", "QueuesMoveTaskForwardRequest", "QueuesMoveTaskForwardResponse", False, True
    ),
    "queues.move_task_to_back": Endpoint(
        "2.4", "QueuesMoveTaskToBackRequest", "QueuesMoveTaskToBackResponse", False, True
    ),
    "queues.move_task_to_front": Endpoint(
        "2.4", "QueuesMoveTaskToFrontRequest", "QueuesMoveTaskToFrontResponse", False, True
    ),
    "queues.peek_task": Endpoint(
        "2.15", "QueuesPeekTaskRequest", "QueuesPeekTaskResponse", False, True
    ),
    "queues.remove_task": Endpoint(
        "2.4", "QueuesRemoveTaskRequest", "QueuesRemoveTaskResponse", False, True
    ),
    "queues.update": Endpoint("2.4", "QueuesUpdateRequest", "QueuesUpdateResponse", False, True),
    "reports.archive": Endpoint(
        "2.23", "ReportsArchiveRequest", "ReportsArchiveResponse", False, True
    ),
    "reports.create": Endpoint(
        "2.23", "ReportsCreateRequest", "ReportsCreateResponse", False, True
    ),
    "reports.delete": Endpoint(
        "2.23", "ReportsDeleteRequest", "ReportsDeleteResponse", False, True
    ),
    "reports.get_all_ex": Endpoint(
        "2.23", "ReportsGetAllExRequest", "ReportsGetAllExResponse", False, True
    ),
    "reports.get_tags": Endpoint(
        "2.23", "ReportsGetTagsRequest", "ReportsGetTagsResponse", False, True
    ),
    "reports.get_task_data": Endpoint(
        "2.23", "ReportsGetTaskDataRequest", "ReportsGetTaskDataResponse", False, True
    ),
    "reports.move": Endpoint("2.23", "ReportsMoveRequest", "ReportsMoveResponse", False, True),
    "reports.publish": Endpoint(
        "2.23", "ReportsPublishRequest", "ReportsPublishResponse", False, True
    ),
    "reports.unarchive": Endpoint(
        "2.23", "ReportsUnarchiveRequest", "ReportsUnarchiveResponse", False, True
    ),
    "reports.update": Endpoint(
        "2.23", "ReportsUpdateRequest", "ReportsUpdateResponse", False, True
    ),
    "server.config": Endpoint("2.1", "ServerConfigRequest", "ServerConfigResponse", True, True),
    "server.endpoints": Endpoint(
        "2.1", "ServerEndpointsRequest", "ServerEndpointsResponse", True, True
    ),
    "server.get_stats": Endpoint(
        "2.1", "ServerGetStatsRequest", "ServerGetStatsResponse", True, True
    ),
    "server.info": Endpoint("2.1", "ServerInfoRequest", "ServerInfoResponse", True, True),
    "server.report_stats_option": Endpoint(
        "2.4", "ServerReportStatsOptionRequest", "ServerReportStatsOptionResponse", True, True
    ),
    "serving.container_status_report": Endpoint(
        "2.31",
        "ServingContainerStatusReportRequest",
        "ServingContainerStatusReportResponse",
        False,
        True,
    ),
    "serving.get_endpoint_details": Endpoint(
        "2.31", "ServingGetEndpointDetailsRequest", "ServingGetEndpointDetailsResponse", False, True
    ),
    "serving.get_endpoint_metrics_history": Endpoint(
        "2.31",
        "ServingGetEndpointMetricsHistoryRequest",
        "ServingGetEndpointMetricsHistoryResponse",
        False,
        True,
    ),
    "serving.get_endpoints": Endpoint(
        "2.31", "ServingGetEndpointsRequest", "ServingGetEndpointsResponse", False, True
    ),
    "serving.get_loading_instances": Endpoint(
        "2.31",
        "ServingGetLoadingInstancesRequest",
        "ServingGetLoadingInstancesResponse",
        False,
        True,
    ),
    "serving.register_container": Endpoint(
        "2.31", "ServingRegisterContainerRequest", "ServingRegisterContainerResponse", False, True
    ),
    "serving.unregister_container": Endpoint(
        "2.31",
        "ServingUnregisterContainerRequest",
        "ServingUnregisterContainerResponse",
        False,
        True,
    ),
    "storage.get_settings": Endpoint(
        "2.22", "StorageGetSettingsRequest", "StorageGetSettingsResponse", True, True
    ),
    "storage.reset_settings": Endpoint(
        "2.31", "StorageResetSettingsRequest", "StorageResetSettingsResponse", True, True
    ),
    "storage.set_settings": Endpoint(
        "2.31", "StorageSetSettingsRequest", "StorageSetSettingsResponse", True, True
    ),
    "tasks.add_or_update_artifacts": Endpoint(
        "2.10", "TasksAddOrUpdateArtifactsRequest", "TasksAddOrUpdateArtifactsResponse", False, True
    ),
    "tasks.add_or_update_model": Endpoint(
        "2.13", "TasksAddOrUpdateModelRequest", "TasksAddOrUpdateModelResponse", False, True
    ),
    "tasks.archive": Endpoint("2.12", "TasksArchiveRequest", "TasksArchiveResponse", False, True),
    "tasks.archive_many": Endpoint(
        "2.13", "TasksArchiveManyRequest", "TasksArchiveManyResponse", False, True
    ),
    "tasks.clone": Endpoint("2.5", "TasksCloneRequest", "TasksCloneResponse", False, True),
    "tasks.close": Endpoint("2.1", "TasksCloseRequest", "TasksCloseResponse", False, True),
    "tasks.completed": Endpoint(
        "2.2", "TasksCompletedRequest", "TasksCompletedResponse", False, True
    ),
    "tasks.create": Endpoint("2.1", "TasksCreateRequest", "TasksCreateResponse", False, True),
    "tasks.delete": Endpoint("2.1", "TasksDeleteRequest", "TasksDeleteResponse", False, True),
    "tasks.delete_artifacts": Endpoint(
        "2.10", "TasksDeleteArtifactsRequest", "TasksDeleteArtifactsResponse", False, True
    ),
    "tasks.delete_configuration": Endpoint(
        "2.9", "TasksDeleteConfigurationRequest", "TasksDeleteConfigurationResponse", False, True
    ),
    "tasks.delete_hyper_params": Endpoint(
        "2.9", "TasksDeleteHyperParamsRequest", "TasksDeleteHyperParamsResponse", False, True
    ),
    "tasks.delete_many": Endpoint(
        "2.13", "TasksDeleteManyRequest", "TasksDeleteManyResponse", False, True
    ),
    "tasks.delete_models": Endpoint(
        "2.13", "TasksDeleteModelsRequest", "TasksDeleteModelsResponse", False, True
    ),
    "tasks.dequeue": Endpoint("1.5", "TasksDequeueRequest", "TasksDequeueResponse", False, True),
    "tasks.dequeue_many": Endpoint(
        "2.13", "TasksDequeueManyRequest", "TasksDequeueManyResponse", False, True
    ),
    "tasks.edit": Endpoint("2.1", "TasksEditRequest", "TasksEditResponse", False, True),
    "tasks.edit_configuration": Endpoint(
        "2.9", "TasksEditConfigurationRequest", "TasksEditConfigurationResponse", False, True
    ),
    "tasks.edit_hyper_params": Endpoint(
        "2.9", "TasksEditHyperParamsRequest", "TasksEditHyperParamsResponse", False, True
    ),
    "tasks.edit_runtime": Endpoint(
        "2.34", "TasksEditRuntimeRequest", "TasksEditRuntimeResponse", False, True
    ),
    "tasks.enqueue": Endpoint("1.5", "TasksEnqueueRequest", "TasksEnqueueResponse", False, True),
    "tasks.enqueue_many": Endpoint(
        "2.13", "TasksEnqueueManyRequest", "TasksEnqueueManyResponse", False, True
    ),
    "tasks.failed": Endpoint("2.1", "TasksFailedRequest", "TasksFailedResponse", False, True),
    "tasks.get_all": Endpoint("2.1", "TasksGetAllRequest", "TasksGetAllResponse", False, True),
    "tasks.get_all_ex": Endpoint(
        "2.1", "TasksGetAllExRequest", "TasksGetAllExResponse", True, True
    ),
    "tasks.get_by_id": Endpoint("2.1", "TasksGetByIdRequest", "TasksGetByIdResponse", False, True),
    "tasks.get_by_id_ex": Endpoint(
        "2.11", "TasksGetByIdExRequest", "TasksGetByIdExResponse", True, True
    ),
    "tasks.get_configuration_names": Endpoint(
        "2.9",
        "TasksGetConfigurationNamesRequest",
        "TasksGetConfigurationNamesResponse",
        False,
        True,
    ),
    "tasks.get_configurations": Endpoint(
        "2.9", "TasksGetConfigurationsRequest", "TasksGetConfigurationsResponse", False, True
    ),
    "tasks.get_hyper_params": Endpoint(
        "2.9", "TasksGetHyperParamsRequest", "TasksGetHyperParamsResponse", False, True
    ),
    "tasks.get_types": Endpoint(
        "2.8", "TasksGetTypesRequest", "TasksGetTypesResponse", False, True
    ),
    "tasks.make_private": Endpoint(
        "2.9", "TasksMakePrivateRequest", "TasksMakePrivateResponse", False, True
    ),
    "tasks.make_public": Endpoint(
        "2.9", "TasksMakePublicRequest", "TasksMakePublicResponse", False, True
    ),
    "tasks.move": Endpoint("2.12", "TasksMoveRequest", "TasksMoveResponse", False, True),
    "tasks.ping": Endpoint("2.1", "TasksPingRequest", "TasksPingResponse", False, True),
    "tasks.publish": Endpoint("2.1", "TasksPublishRequest", "TasksPublishResponse", False, True),
    "tasks.publish_many": Endpoint(
        "2.13", "TasksPublishManyRequest", "TasksPublishManyResponse", False, True
    ),
    "tasks.reset": Endpoint("2.1", "TasksResetRequest", "TasksResetResponse", False, True),
    "tasks.reset_many": Endpoint(
        "2.13", "TasksResetManyRequest", "TasksResetManyResponse", False, True
    ),
    "tasks.set_requirements": Endpoint(
        "2.1", "TasksSetRequirementsRequest", "TasksSetRequirementsResponse", False, True
    ),
    "tasks.started": Endpoint("2.1", "TasksStartedRequest", "TasksStartedResponse", False, True),
    "tasks.stop": Endpoint("2.1", "TasksStopRequest", "TasksStopResponse", False, True),
    "tasks.stop_many": Endpoint(
        "2.13", "TasksStopManyRequest", "TasksStopManyResponse", False, True
    ),
    "tasks.stopped": Endpoint("2.1", "TasksStoppedRequest", "TasksStoppedResponse", False, True),
    "tasks.unarchive_many": Endpoint(
        "2.13", "TasksUnarchiveManyRequest", "TasksUnarchiveManyResponse", False, True
    ),
    "tasks.update": Endpoint("2.1", "TasksUpdateRequest", "TasksUpdateResponse", False, True),
    "tasks.update_batch": Endpoint(
        "2.1", "TasksUpdateBatchRequest", "TasksUpdateBatchResponse", False, True
    ),
    "tasks.update_tags": Endpoint(
        "2.27", "TasksUpdateTagsRequest", "TasksUpdateTagsResponse", False, True
    ),
    "tasks.validate": Endpoint("2.1", "TasksValidateRequest", "TasksValidateResponse", False, True),
    "users.create": Endpoint("2.1", "UsersCreateRequest", "UsersCreateResponse", True, True),
    "users.delete": Endpoint("2.1", "UsersDeleteRequest", "UsersDeleteResponse", True, True),
    "users.get_all": Endpoint("2.1", "UsersGetAllRequest", "UsersGetAllResponse", True, True),
    "users.get_all_ex": Endpoint(
        "2.1", "UsersGetAllExRequest", "UsersGetAllExResponse", True, True
    ),
    "users.get_by_id": Endpoint("2.1", "UsersGetByIdRequest", "UsersGetByIdResponse", False, True),
    "users.get_current_user": Endpoint(
        "2.1", "UsersGetCurrentUserRequest", "UsersGetCurrentUserResponse", False, True
    ),
    "users.get_preferences": Endpoint(
        "2.1", "UsersGetPreferencesRequest", "UsersGetPreferencesResponse", False, True
    ),
    "users.set_preferences": Endpoint(
        "2.1", "UsersSetPreferencesRequest", "UsersSetPreferencesResponse", False, True
    ),
    "users.update": Endpoint("2.1", "UsersUpdateRequest", "UsersUpdateResponse", False, True),
    "workers.get_activity_report": Endpoint(
        "2.4", "WorkersGetActivityReportRequest", "WorkersGetActivityReportResponse", False, True
    ),
    "workers.get_all": Endpoint(
        "2.4", "WorkersGetAllRequest", "WorkersGetAllResponse", False, True
    ),
    "workers.get_count": Endpoint(
        "2.26", "WorkersGetCountRequest", "WorkersGetCountResponse", False, True
    ),
    "workers.get_metric_keys": Endpoint(
        "2.4", "WorkersGetMetricKeysRequest", "WorkersGetMetricKeysResponse", False, True
    ),
    "workers.get_stats": Endpoint(
        "2.4", "WorkersGetStatsRequest", "WorkersGetStatsResponse", False, True
    ),
    "workers.register": Endpoint(
        "2.4", "WorkersRegisterRequest", "WorkersRegisterResponse", False, True
    ),
    "workers.status_report": Endpoint(
        "2.4", "WorkersStatusReportRequest", "WorkersStatusReportResponse", False, True
    ),
    "workers.unregister": Endpoint(
        "2.4", "WorkersUnregisterRequest", "WorkersUnregisterResponse", False, True
    ),
}
# Batch endpoints take {"requests": [...]} and send each request as one JSON line.
BATCH_ENDPOINTS = frozenset(
    {
        "events.add_batch",
        "tasks.update_batch",
    }
)


class ClearMLError(Exception):
    """A failed call: HTTP status and the envelope's result code, subcode and message."""

    def __init__(
        self,
        endpoint: str,
        status_code: int,
        result_code: int | None = None,
        result_subcode: int | None = None,
        result_msg: str = "",
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.status_code = status_code
        self.result_code = result_code
        self.result_subcode = result_subcode
        self.result_msg = result_msg
        self.meta = meta or {}
        code = result_code if result_code is not None else status_code
        super().__init__(f"{endpoint}: {code}/{result_subcode or 0} {result_msg}".rstrip())


class ClearMLAuthError(ClearMLError):
    """Login failed, or a call stayed unauthorized after one token renewal."""


class ClearMLVersionError(ClearMLError):
    """The server's API version predates the endpoint."""


def vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in str(version).split("."))


def jwt_claims(token: str) -> dict[str, Any]:
    """The unverified payload of a JWT ({} when the token is not one)."""
    try:
        part = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (IndexError, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


def to_json(body: Any) -> Any:
    """A pydantic request model (only the fields that were set, by alias) or plain JSON."""
    if body is None:
        return {}
    dump = getattr(body, "model_dump", None)
    return dump(mode="json", by_alias=True, exclude_unset=True) if dump else body


def encode(endpoint: str, body: Any) -> tuple[bytes, str]:
    payload = to_json(body)
    if endpoint not in BATCH_ENDPOINTS:
        return json.dumps(payload).encode(), "application/json"
    items = payload.get("requests", []) if isinstance(payload, dict) else payload
    lines = "\n".join(json.dumps(to_json(item)) for item in items)
    return lines.encode(), "application/json-lines"


def unwrap(endpoint: str, response: httpx.Response) -> Any:
    """The envelope's `data`, or raise ClearMLError from its `meta`."""
    try:
        doc = response.json()
    except ValueError:
        doc = None
    meta = doc.get("meta") if isinstance(doc, dict) else None
    meta = meta if isinstance(meta, dict) else {}
    code = meta.get("result_code")
    if response.status_code >= 400 or (isinstance(code, int) and code >= 400):
        error = ClearMLAuthError if 401 in (response.status_code, code) else ClearMLError
        msg = meta.get("result_msg") or response.reason_phrase or response.text[:200]
        raise error(endpoint, response.status_code, code, meta.get("result_subcode"), msg, meta)
    if not isinstance(doc, dict) or "meta" not in doc:
        return response.text  # attachments (task log, CSV downloads) are not enveloped
    return doc.get("data") or {}


class ClearMLClient:
    """One ClearML API server. Use `async with ClearMLClient(...)` or call `aclose()`.

    `api_version` pins every call to `/v{api_version}/`; by default no prefix is sent.
    `token` may be given instead of (or besides) the key pair; without a key pair it is
    never renewed. `on_token` is called with every session token before it is used (a caller
    that masks credentials registers it); `event_hooks` go to the httpx client.
    """

    def __init__(
        self,
        base_url: str,
        access_key: str | None = None,
        secret_key: str | None = None,
        *,
        token: str | None = None,
        api_version: str | None = None,
        token_expiration_sec: int | None = None,
        timeout: float = 30.0,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: dict[str, list[Callable[..., Any]]] | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version
        self.server_api_version: str | None = None
        self._key = (access_key, secret_key) if access_key and secret_key else None
        self._expiration = token_expiration_sec
        self._token: str | None = None
        self._expires_at: float | None = None
        self._lock = asyncio.Lock()
        self._on_token = on_token
        self._http = httpx.AsyncClient(
            timeout=timeout, headers=headers, transport=transport, event_hooks=event_hooks
        )
        if token:
            self._set_token(token)

    @classmethod
    def from_env(cls, **kwargs: Any) -> ClearMLClient:
        """CLEARML_API_HOST, CLEARML_API_ACCESS_KEY, CLEARML_API_SECRET_KEY (as the SDK)."""
        host = kwargs.pop("base_url", None) or os.environ.get("CLEARML_API_HOST")
        if not host:
            raise ValueError("CLEARML_API_HOST is not set")
        kwargs.setdefault("access_key", os.environ.get("CLEARML_API_ACCESS_KEY"))
        kwargs.setdefault("secret_key", os.environ.get("CLEARML_API_SECRET_KEY"))
        return cls(host, **kwargs)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- auth ----------------------------------------------------------------------------

    def _set_token(self, token: str) -> None:
        if self._on_token is not None:
            self._on_token(token)
        claims = jwt_claims(token)
        self._token = token
        exp = claims.get("exp")
        self._expires_at = float(exp) if isinstance(exp, (int, float)) else None
        if claims.get("api_version"):
            self.server_api_version = str(claims["api_version"])

    def _token_fresh(self) -> bool:
        if self._token is None:
            return False
        if self._expires_at is None or self._key is None:
            return True
        return time.time() < self._expires_at - REFRESH_MARGIN_SECONDS

    async def login(self) -> str:
        """`auth.login` with the key pair; stores and returns the new token."""
        if self._key is None:
            raise ClearMLAuthError("auth.login", 401, result_msg="no access key / secret key")
        body = {"expiration_sec": self._expiration} if self._expiration else {}
        response = await self._http.post(self._url("auth.login"), json=body, auth=self._key)
        data = unwrap("auth.login", response)
        if not isinstance(data, dict) or not data.get("token"):
            raise ClearMLAuthError(
                "auth.login", response.status_code, result_msg="no token in answer"
            )
        self._set_token(data["token"])
        return data["token"]

    async def token(self) -> str | None:
        """A usable token, logging in when there is none or it is about to expire."""
        if not self._token_fresh():
            async with self._lock:
                if not self._token_fresh():
                    await self.login()
        return self._token

    async def _renew(self, stale: str | None) -> None:
        async with self._lock:
            if self._token == stale:  # another call may have renewed it already
                await self.login()

    # --- calls ---------------------------------------------------------------------------

    def _url(self, endpoint: str) -> str:
        prefix = f"/v{self.api_version}" if self.api_version else ""
        return f"{self.base_url}{prefix}/{endpoint}"

    def check_version(self, endpoint: str) -> None:
        server = self.api_version or self.server_api_version
        known = ENDPOINTS.get(endpoint)
        first = known.min_version if known else None
        if server and first and vkey(first) > vkey(server):
            raise ClearMLVersionError(
                endpoint, 404, 404, 0, f"needs API {first}, the server speaks {server}"
            )

    def supports(self, endpoint: str) -> bool:
        """False when the server's API version (known once logged in) predates `endpoint`."""
        try:
            self.check_version(endpoint)
        except ClearMLVersionError:
            return False
        return True

    async def _post(
        self, endpoint: str, content: bytes, ctype: str, token: str | None
    ) -> httpx.Response:
        headers = {"Content-Type": ctype}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return await self._http.post(self._url(endpoint), content=content, headers=headers)

    async def call(self, endpoint: str, body: Any = None) -> Any:
        """POST one endpoint ("service.action") with a dict or request model; returns `data`."""
        content, ctype = encode(endpoint, body)
        known = ENDPOINTS.get(endpoint)
        token = await self.token() if known is None or known.authorize else self._token
        self.check_version(endpoint)
        response = await self._post(endpoint, content, ctype, token)
        if response.status_code == 401 and self._key is not None:
            await self._renew(token)
            response = await self._post(endpoint, content, ctype, self._token)
        return unwrap(endpoint, response)

    @staticmethod
    def models(endpoint: str) -> tuple[type, type]:
        """(request model, response model) of an endpoint; imports pydantic on first use."""
        from . import models

        known = ENDPOINTS[endpoint]
        return getattr(models, known.request), getattr(models, known.response)

    # --- one method per public endpoint --------------------------------------------------

    async def auth_create_credentials(self, body: Any = None) -> Any:
        """Creates a new set of credentials for the authenticated user. (auth.create_credentials, API ≥ 2.1, schema 2.17)"""
        return await self.call("auth.create_credentials", body)

    async def auth_edit_credentials(self, body: Any = None) -> Any:
        """Updates the label of the existing credentials for the authenticated user. (auth.edit_credentials, API ≥ 2.19, schema 2.19)"""
        return await self.call("auth.edit_credentials", body)

    async def auth_edit_user(self, body: Any = None) -> Any:
        """Edit a users' auth data properties (auth.edit_user, API ≥ 2.1, schema 2.1)"""
        return await self.call("auth.edit_user", body)

    async def auth_get_credentials(self, body: Any = None) -> Any:
        """Returns all existing credential keys for the authenticated user. (auth.get_credentials, API ≥ 2.1, schema 2.1)"""
        return await self.call("auth.get_credentials", body)

    async def auth_login(self, body: Any = None) -> Any:
        """Get a token based on supplied credentials (key/secret). (auth.login, API ≥ 2.1, schema 2.1)"""
        return await self.call("auth.login", body)

    async def auth_logout(self, body: Any = None) -> Any:
        """Removes the authentication cookie from the current session (auth.logout, API ≥ 2.2, schema 2.2)"""
        return await self.call("auth.logout", body)

    async def auth_revoke_credentials(self, body: Any = None) -> Any:
        """Revokes (and deletes) a set (key, secret) of credentials for the authenticated user. (auth.revoke_credentials, API ≥ 2.1, schema 2.1)"""
        return await self.call("auth.revoke_credentials", body)

    async def debug_ping(self, body: Any = None) -> Any:
        """Ping server (debug.ping, API ≥ 2.9, schema 2.9)"""
        return await self.call("debug.ping", body)

    async def events_add(self, body: Any = None) -> Any:
        """Adds a single event (events.add, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.add", body)

    async def events_add_batch(self, body: Any = None) -> Any:
        """Adds a batch of events in a single call (json-lines format, stream-friendly) (events.add_batch, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.add_batch", body)

    async def events_clear_scroll(self, body: Any = None) -> Any:
        """Clear an open Scroll ID (events.clear_scroll, API ≥ 2.18, schema 2.18)"""
        return await self.call("events.clear_scroll", body)

    async def events_clear_task_log(self, body: Any = None) -> Any:
        """Remove old logs from task (events.clear_task_log, API ≥ 2.19, schema 2.30)"""
        return await self.call("events.clear_task_log", body)

    async def events_debug_images(self, body: Any = None) -> Any:
        """Get the debug image events for the requested amount of iterations per each task (events.debug_images, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.debug_images", body)

    async def events_delete_for_model(self, body: Any = None) -> Any:
        """Delete all model events. (events.delete_for_model, API ≥ 2.22, schema 2.22)"""
        return await self.call("events.delete_for_model", body)

    async def events_delete_for_task(self, body: Any = None) -> Any:
        """Delete all task events. (events.delete_for_task, API ≥ 2.1, schema 2.1)"""
        return await self.call("events.delete_for_task", body)

    async def events_download_task_log(self, body: Any = None) -> Any:
        """Get an attachment containing the task's log (events.download_task_log, API ≥ 2.1, schema 2.1)"""
        return await self.call("events.download_task_log", body)

    async def events_get_debug_image_sample(self, body: Any = None) -> Any:
        """Return the debug image per metric and variant for the provided iteration (events.get_debug_image_sample, API ≥ 2.12, schema 2.22)"""
        return await self.call("events.get_debug_image_sample", body)

    async def events_get_multi_task_metrics(self, body: Any = None) -> Any:
        """Get unique metrics and variants from the events of the specified type. (events.get_multi_task_metrics, API ≥ 2.28, schema 2.28)"""
        return await self.call("events.get_multi_task_metrics", body)

    async def events_get_multi_task_plots(self, body: Any = None) -> Any:
        """Get 'plot' events for the given tasks (events.get_multi_task_plots, API ≥ 2.1, schema 2.28)"""
        return await self.call("events.get_multi_task_plots", body)

    async def events_get_plot_sample(self, body: Any = None) -> Any:
        """Return plots for the provided iteration (events.get_plot_sample, API ≥ 2.20, schema 2.22)"""
        return await self.call("events.get_plot_sample", body)

    async def events_get_scalar_metric_data(self, body: Any = None) -> Any:
        """get scalar metric data for task (events.get_scalar_metric_data, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.get_scalar_metric_data", body)

    async def events_get_scalar_metrics_and_variants(self, body: Any = None) -> Any:
        """get task scalar metrics and variants (events.get_scalar_metrics_and_variants, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.get_scalar_metrics_and_variants", body)

    async def events_get_task_events(self, body: Any = None) -> Any:
        """Scroll through task events, sorted by timestamp (events.get_task_events, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.get_task_events", body)

    async def events_get_task_latest_scalar_values(self, body: Any = None) -> Any:
        """Get the tasks's latest scalar values (events.get_task_latest_scalar_values, API ≥ 2.1, schema 2.1)"""
        return await self.call("events.get_task_latest_scalar_values", body)

    async def events_get_task_log(self, body: Any = None) -> Any:
        """Get 'log' events for this task (events.get_task_log, API ≥ 1.5, schema 2.30)"""
        return await self.call("events.get_task_log", body)

    async def events_get_task_metrics(self, body: Any = None) -> Any:
        """For each task, get a list of metrics for which the requested event type was reported (events.get_task_metrics, API ≥ 2.7, schema 2.22)"""
        return await self.call("events.get_task_metrics", body)

    async def events_get_task_plots(self, body: Any = None) -> Any:
        """Get all 'plot' events for this task (events.get_task_plots, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.get_task_plots", body)

    async def events_get_task_single_value_metrics(self, body: Any = None) -> Any:
        """Get single value metrics for the passed tasks (events.get_task_single_value_metrics, API ≥ 2.20, schema 2.28)"""
        return await self.call("events.get_task_single_value_metrics", body)

    async def events_get_vector_metrics_and_variants(self, body: Any = None) -> Any:
        """POST /events.get_vector_metrics_and_variants (events.get_vector_metrics_and_variants, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.get_vector_metrics_and_variants", body)

    async def events_multi_task_scalar_metrics_iter_histogram(self, body: Any = None) -> Any:
        """Used to compare scalar stats histogram of multiple tasks (events.multi_task_scalar_metrics_iter_histogram, API ≥ 2.1, schema 2.28)"""
        return await self.call("events.multi_task_scalar_metrics_iter_histogram", body)

    async def events_next_debug_image_sample(self, body: Any = None) -> Any:
        """Get the image for the next variant for the same iteration or for the next iteration (events.next_debug_image_sample, API ≥ 2.12, schema 2.22)"""
        return await self.call("events.next_debug_image_sample", body)

    async def events_next_plot_sample(self, body: Any = None) -> Any:
        """Get the plot for the next metric for the same iteration or for the next iteration (events.next_plot_sample, API ≥ 2.20, schema 2.22)"""
        return await self.call("events.next_plot_sample", body)

    async def events_plots(self, body: Any = None) -> Any:
        """Get plot events for the requested amount of iterations per each task (events.plots, API ≥ 2.20, schema 2.22)"""
        return await self.call("events.plots", body)

    async def events_scalar_metrics_iter_histogram(self, body: Any = None) -> Any:
        """Get histogram data of all the vector metrics and variants in the task (events.scalar_metrics_iter_histogram, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.scalar_metrics_iter_histogram", body)

    async def events_scalar_metrics_iter_raw(self, body: Any = None) -> Any:
        """Get raw data for a specific metric variants in the task (events.scalar_metrics_iter_raw, API ≥ 2.16, schema 2.22)"""
        return await self.call("events.scalar_metrics_iter_raw", body)

    async def events_vector_metrics_iter_histogram(self, body: Any = None) -> Any:
        """Get histogram data of all the scalar metrics and variants in the task (events.vector_metrics_iter_histogram, API ≥ 2.1, schema 2.22)"""
        return await self.call("events.vector_metrics_iter_histogram", body)

    async def login_logout(self, body: Any = None) -> Any:
        """Logout (including SSO, if used)) (login.logout, API ≥ 2.13, schema 2.13)"""
        return await self.call("login.logout", body)

    async def login_supported_modes(self, body: Any = None) -> Any:
        """Return supported login modes. (login.supported_modes, API ≥ 2.9, schema 2.9)"""
        return await self.call("login.supported_modes", body)

    async def models_add_or_update_metadata(self, body: Any = None) -> Any:
        """Add or update model metadata (models.add_or_update_metadata, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.add_or_update_metadata", body)

    async def models_archive_many(self, body: Any = None) -> Any:
        """Archive models (models.archive_many, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.archive_many", body)

    async def models_create(self, body: Any = None) -> Any:
        """Create a new model not associated with a task (models.create, API ≥ 2.1, schema 2.13)"""
        return await self.call("models.create", body)

    async def models_delete(self, body: Any = None) -> Any:
        """Delete a model. (models.delete, API ≥ 2.1, schema 2.13)"""
        return await self.call("models.delete", body)

    async def models_delete_many(self, body: Any = None) -> Any:
        """Delete models (models.delete_many, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.delete_many", body)

    async def models_delete_metadata(self, body: Any = None) -> Any:
        """Delete metadata from model (models.delete_metadata, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.delete_metadata", body)

    async def models_edit(self, body: Any = None) -> Any:
        """Edit an existing model (models.edit, API ≥ 2.1, schema 2.13)"""
        return await self.call("models.edit", body)

    async def models_get_all(self, body: Any = None) -> Any:
        """Get all models (models.get_all, API ≥ 2.1, schema 2.26)"""
        return await self.call("models.get_all", body)

    async def models_get_by_id(self, body: Any = None) -> Any:
        """Gets model information (models.get_by_id, API ≥ 2.1, schema 2.1)"""
        return await self.call("models.get_by_id", body)

    async def models_get_by_task_id(self, body: Any = None) -> Any:
        """Gets model information (models.get_by_task_id, API ≥ 2.1, schema 2.1)"""
        return await self.call("models.get_by_task_id", body)

    async def models_get_frameworks(self, body: Any = None) -> Any:
        """Get the list of frameworks used in the company models (models.get_frameworks, API ≥ 2.8, schema 2.8)"""
        return await self.call("models.get_frameworks", body)

    async def models_make_private(self, body: Any = None) -> Any:
        """Convert public models to private (models.make_private, API ≥ 2.9, schema 2.9)"""
        return await self.call("models.make_private", body)

    async def models_make_public(self, body: Any = None) -> Any:
        """Convert company models to public (models.make_public, API ≥ 2.9, schema 2.9)"""
        return await self.call("models.make_public", body)

    async def models_move(self, body: Any = None) -> Any:
        """Move models to a project (models.move, API ≥ 2.12, schema 2.12)"""
        return await self.call("models.move", body)

    async def models_publish_many(self, body: Any = None) -> Any:
        """Publish models (models.publish_many, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.publish_many", body)

    async def models_set_ready(self, body: Any = None) -> Any:
        """Set the model ready flag to True. (models.set_ready, API ≥ 2.1, schema 2.1)"""
        return await self.call("models.set_ready", body)

    async def models_unarchive_many(self, body: Any = None) -> Any:
        """Unarchive models (models.unarchive_many, API ≥ 2.13, schema 2.13)"""
        return await self.call("models.unarchive_many", body)

    async def models_update(self, body: Any = None) -> Any:
        """Update a model (models.update, API ≥ 2.1, schema 2.13)"""
        return await self.call("models.update", body)

    async def models_update_for_task(self, body: Any = None) -> Any:
        """Create or update a new model for a task (models.update_for_task, API ≥ 2.1, schema 2.1)"""
        return await self.call("models.update_for_task", body)

    async def models_update_tags(self, body: Any = None) -> Any:
        """Add or remove tags from multiple models (models.update_tags, API ≥ 2.27, schema 2.27)"""
        return await self.call("models.update_tags", body)

    async def organization_download_for_get_all(self, body: Any = None) -> Any:
        """Generates a file for the download (organization.download_for_get_all, API ≥ 2.26, schema 2.26)"""
        return await self.call("organization.download_for_get_all", body)

    async def organization_get_entities_count(self, body: Any = None) -> Any:
        """Get counts for the company entities according to the passed search criteria (organization.get_entities_count, API ≥ 2.20, schema 2.34)"""
        return await self.call("organization.get_entities_count", body)

    async def organization_get_project_usages(self, body: Any = None) -> Any:
        """Get projects usage breakdown (organization.get_project_usages, API ≥ 2.34, schema 2.34)"""
        return await self.call("organization.get_project_usages", body)

    async def organization_get_tags(self, body: Any = None) -> Any:
        """Get all the user and system tags used for the company tasks and models (organization.get_tags, API ≥ 2.8, schema 2.8)"""
        return await self.call("organization.get_tags", body)

    async def organization_get_user_companies(self, body: Any = None) -> Any:
        """Get details for all companies associated with the current user (organization.get_user_companies, API ≥ 2.12, schema 2.12)"""
        return await self.call("organization.get_user_companies", body)

    async def organization_prepare_download_for_get_all(self, body: Any = None) -> Any:
        """Prepares download from get_all_ex parameters (organization.prepare_download_for_get_all, API ≥ 2.26, schema 2.26)"""
        return await self.call("organization.prepare_download_for_get_all", body)

    async def pipelines_delete_runs(self, body: Any = None) -> Any:
        """Delete pipeline runs (pipelines.delete_runs, API ≥ 2.26, schema 2.26)"""
        return await self.call("pipelines.delete_runs", body)

    async def pipelines_start_pipeline(self, body: Any = None) -> Any:
        """Start a pipeline (pipelines.start_pipeline, API ≥ 2.17, schema 2.28)"""
        return await self.call("pipelines.start_pipeline", body)

    async def projects_create(self, body: Any = None) -> Any:
        """Create a new project (projects.create, API ≥ 2.1, schema 2.1)"""
        return await self.call("projects.create", body)

    async def projects_delete(self, body: Any = None) -> Any:
        """Deletes a project (projects.delete, API ≥ 2.1, schema 2.26)"""
        return await self.call("projects.delete", body)

    async def projects_get_all(self, body: Any = None) -> Any:
        """Get all the company's projects and all public projects (projects.get_all, API ≥ 2.1, schema 2.15)"""
        return await self.call("projects.get_all", body)

    async def projects_get_by_id(self, body: Any = None) -> Any:
        """POST /projects.get_by_id (projects.get_by_id, API ≥ 2.1, schema 2.1)"""
        return await self.call("projects.get_by_id", body)

    async def projects_get_hyper_parameters(self, body: Any = None) -> Any:
        """Get a list of all hyper parameter sections and names used in tasks within the given project. (projects.get_hyper_parameters, API ≥ 2.9, schema 2.13)"""
        return await self.call("projects.get_hyper_parameters", body)

    async def projects_get_hyperparam_values(self, body: Any = None) -> Any:
        """Get a list of distinct values for the chosen hyperparameter (projects.get_hyperparam_values, API ≥ 2.13, schema 2.27)"""
        return await self.call("projects.get_hyperparam_values", body)

    async def projects_get_model_metadata_keys(self, body: Any = None) -> Any:
        """Get a list of all metadata keys used in models within the given project. (projects.get_model_metadata_keys, API ≥ 2.17, schema 2.17)"""
        return await self.call("projects.get_model_metadata_keys", body)

    async def projects_get_model_metadata_values(self, body: Any = None) -> Any:
        """Get a list of distinct values for the chosen model metadata key (projects.get_model_metadata_values, API ≥ 2.17, schema 2.26)"""
        return await self.call("projects.get_model_metadata_values", body)

    async def projects_get_model_tags(self, body: Any = None) -> Any:
        """Get user and system tags used for the models under the specified projects (projects.get_model_tags, API ≥ 2.8, schema 2.8)"""
        return await self.call("projects.get_model_tags", body)

    async def projects_get_project_tags(self, body: Any = None) -> Any:
        """Get user and system tags used for the specified projects and their children (projects.get_project_tags, API ≥ 2.17, schema 2.17)"""
        return await self.call("projects.get_project_tags", body)

    async def projects_get_task_parents(self, body: Any = None) -> Any:
        """Get unique parent tasks for the tasks in the specified projects (projects.get_task_parents, API ≥ 2.12, schema 2.25)"""
        return await self.call("projects.get_task_parents", body)

    async def projects_get_task_tags(self, body: Any = None) -> Any:
        """Get user and system tags used for the tasks under the specified projects (projects.get_task_tags, API ≥ 2.8, schema 2.8)"""
        return await self.call("projects.get_task_tags", body)

    async def projects_get_unique_metric_variants(self, body: Any = None) -> Any:
        """Get all metric/variant pairs reported for tasks in a specific project. (projects.get_unique_metric_variants, API ≥ 2.1, schema 2.28)"""
        return await self.call("projects.get_unique_metric_variants", body)

    async def projects_get_user_names(self, body: Any = None) -> Any:
        """Get names and ids of the users who created child entitites under the passed projects (projects.get_user_names, API ≥ 2.26, schema 2.26)"""
        return await self.call("projects.get_user_names", body)

    async def projects_make_private(self, body: Any = None) -> Any:
        """Convert public projects to private (projects.make_private, API ≥ 2.9, schema 2.9)"""
        return await self.call("projects.make_private", body)

    async def projects_make_public(self, body: Any = None) -> Any:
        """Convert company projects to public (projects.make_public, API ≥ 2.9, schema 2.9)"""
        return await self.call("projects.make_public", body)

    async def projects_merge(self, body: Any = None) -> Any:
        """Moves all the source project's contents to the destination project and remove the source project (projects.merge, API ≥ 2.13, schema 2.13)"""
        return await self.call("projects.merge", body)

    async def projects_move(self, body: Any = None) -> Any:
        """Moves a project and all of its subprojects under the different location (projects.move, API ≥ 2.13, schema 2.13)"""
        return await self.call("projects.move", body)

    async def projects_update(self, body: Any = None) -> Any:
        """Update project information (projects.update, API ≥ 2.1, schema 2.1)"""
        return await self.call("projects.update", body)

    async def projects_validate_delete(self, body: Any = None) -> Any:
        """Validates that the project existis and can be deleted (projects.validate_delete, API ≥ 2.14, schema 2.26)"""
        return await self.call("projects.validate_delete", body)

    async def queues_add_or_update_metadata(self, body: Any = None) -> Any:
        """Add or update queue metadata (queues.add_or_update_metadata, API ≥ 2.13, schema 2.13)"""
        return await self.call("queues.add_or_update_metadata", body)

    async def queues_add_task(self, body: Any = None) -> Any:
        """Adds a task entry to the queue. (queues.add_task, API ≥ 2.4, schema 2.31)"""
        return await self.call("queues.add_task", body)

    async def queues_clear_queue(self, body: Any = None) -> Any:
        """Remove all tasks from the queue and change their statuses to what they were prior to enqueuing or 'created' (queues.clear_queue, API ≥ 2.31, schema 2.31)"""
        return await self.call("queues.clear_queue", body)

    async def queues_create(self, body: Any = None) -> Any:
        """Create a new queue (queues.create, API ≥ 2.4, schema 2.31)"""
        return await self.call("queues.create", body)

    async def queues_delete(self, body: Any = None) -> Any:
        """Deletes a queue. (queues.delete, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.delete", body)

    async def queues_delete_metadata(self, body: Any = None) -> Any:
        """Delete metadata from queue (queues.delete_metadata, API ≥ 2.13, schema 2.13)"""
        return await self.call("queues.delete_metadata", body)

    async def queues_get_all(self, body: Any = None) -> Any:
        """Get all queues (queues.get_all, API ≥ 2.4, schema 2.21)"""
        return await self.call("queues.get_all", body)

    async def queues_get_by_id(self, body: Any = None) -> Any:
        """Gets queue information (queues.get_by_id, API ≥ 2.4, schema 2.20)"""
        return await self.call("queues.get_by_id", body)

    async def queues_get_default(self, body: Any = None) -> Any:
        """POST /queues.get_default (queues.get_default, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.get_default", body)

    async def queues_get_next_task(self, body: Any = None) -> Any:
        """Gets the next task from the top of the queue (FIFO). (queues.get_next_task, API ≥ 2.4, schema 2.21)"""
        return await self.call("queues.get_next_task", body)

    async def queues_get_num_entries(self, body: Any = None) -> Any:
        """Get the number of task entries in the given queue (queues.get_num_entries, API ≥ 2.15, schema 2.15)"""
        return await self.call("queues.get_num_entries", body)

    async def queues_get_queue_metrics(self, body: Any = None) -> Any:
        """Returns metrics of the company queues. (queues.get_queue_metrics, API ≥ 2.4, schema 2.20)"""
        return await self.call("queues.get_queue_metrics", body)

    async def queues_move_task_backward(self, body: Any = None) -> Any:
        """POST /queues.move_task_backward (queues.move_task_backward, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.move_task_backward", body)

    async def queues_move_task_forward(self, body: Any = None) -> Any:
        """Moves a task entry one step forward towards the top of the queue. (queues.move_task_forward, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.move_task_forward", body)

    async def queues_move_task_to_back(self, body: Any = None) -> Any:
        """POST /queues.move_task_to_back (queues.move_task_to_back, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.move_task_to_back", body)

    async def queues_move_task_to_front(self, body: Any = None) -> Any:
        """POST /queues.move_task_to_front (queues.move_task_to_front, API ≥ 2.4, schema 2.4)"""
        return await self.call("queues.move_task_to_front", body)

    async def queues_peek_task(self, body: Any = None) -> Any:
        """Peek the next task from a given queue (queues.peek_task, API ≥ 2.15, schema 2.15)"""
        return await self.call("queues.peek_task", body)

    async def queues_remove_task(self, body: Any = None) -> Any:
        """Removes a task entry from the queue. (queues.remove_task, API ≥ 2.4, schema 2.31)"""
        return await self.call("queues.remove_task", body)

    async def queues_update(self, body: Any = None) -> Any:
        """Update queue information (queues.update, API ≥ 2.4, schema 2.31)"""
        return await self.call("queues.update", body)

    async def reports_archive(self, body: Any = None) -> Any:
        """Archive report (reports.archive, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.archive", body)

    async def reports_create(self, body: Any = None) -> Any:
        """Create a new report (reports.create, API ≥ 2.23, schema 2.24)"""
        return await self.call("reports.create", body)

    async def reports_delete(self, body: Any = None) -> Any:
        """Delete report (reports.delete, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.delete", body)

    async def reports_get_all_ex(self, body: Any = None) -> Any:
        """Get all the company's and public report tasks (reports.get_all_ex, API ≥ 2.23, schema 2.27)"""
        return await self.call("reports.get_all_ex", body)

    async def reports_get_tags(self, body: Any = None) -> Any:
        """Get all the user tags used for the company reports (reports.get_tags, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.get_tags", body)

    async def reports_get_task_data(self, body: Any = None) -> Any:
        """Get the tasks data according the passed search criteria + requested events (reports.get_task_data, API ≥ 2.23, schema 2.26)"""
        return await self.call("reports.get_task_data", body)

    async def reports_move(self, body: Any = None) -> Any:
        """Move reports to a project (reports.move, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.move", body)

    async def reports_publish(self, body: Any = None) -> Any:
        """Publish report (reports.publish, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.publish", body)

    async def reports_unarchive(self, body: Any = None) -> Any:
        """Unarchive report (reports.unarchive, API ≥ 2.23, schema 2.23)"""
        return await self.call("reports.unarchive", body)

    async def reports_update(self, body: Any = None) -> Any:
        """Create a new report (reports.update, API ≥ 2.23, schema 2.24)"""
        return await self.call("reports.update", body)

    async def serving_container_status_report(self, body: Any = None) -> Any:
        """Container status report (serving.container_status_report, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.container_status_report", body)

    async def serving_get_endpoint_details(self, body: Any = None) -> Any:
        """Get endpoint details (serving.get_endpoint_details, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.get_endpoint_details", body)

    async def serving_get_endpoint_metrics_history(self, body: Any = None) -> Any:
        """Get endpoint charts (serving.get_endpoint_metrics_history, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.get_endpoint_metrics_history", body)

    async def serving_get_endpoints(self, body: Any = None) -> Any:
        """Get all the registered endpoints (serving.get_endpoints, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.get_endpoints", body)

    async def serving_get_loading_instances(self, body: Any = None) -> Any:
        """Get loading instances (enpoint_url not set yet) (serving.get_loading_instances, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.get_loading_instances", body)

    async def serving_register_container(self, body: Any = None) -> Any:
        """Register container (serving.register_container, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.register_container", body)

    async def serving_unregister_container(self, body: Any = None) -> Any:
        """Unregister container (serving.unregister_container, API ≥ 2.31, schema 2.31)"""
        return await self.call("serving.unregister_container", body)

    async def tasks_add_or_update_artifacts(self, body: Any = None) -> Any:
        """Update existing artifacts (search by key/mode) and add new ones (tasks.add_or_update_artifacts, API ≥ 2.10, schema 2.10)"""
        return await self.call("tasks.add_or_update_artifacts", body)

    async def tasks_add_or_update_model(self, body: Any = None) -> Any:
        """Add or update task model (tasks.add_or_update_model, API ≥ 2.13, schema 2.13)"""
        return await self.call("tasks.add_or_update_model", body)

    async def tasks_archive(self, body: Any = None) -> Any:
        """Archive tasks. (tasks.archive, API ≥ 2.12, schema 2.30)"""
        return await self.call("tasks.archive", body)

    async def tasks_archive_many(self, body: Any = None) -> Any:
        """Archive tasks (tasks.archive_many, API ≥ 2.13, schema 2.30)"""
        return await self.call("tasks.archive_many", body)

    async def tasks_clone(self, body: Any = None) -> Any:
        """Clone an existing task (tasks.clone, API ≥ 2.5, schema 2.13)"""
        return await self.call("tasks.clone", body)

    async def tasks_close(self, body: Any = None) -> Any:
        """Indicates that task is closed (tasks.close, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.close", body)

    async def tasks_completed(self, body: Any = None) -> Any:
        """Signal a task has completed (tasks.completed, API ≥ 2.2, schema 2.20)"""
        return await self.call("tasks.completed", body)

    async def tasks_create(self, body: Any = None) -> Any:
        """Create a new task (tasks.create, API ≥ 2.1, schema 2.13)"""
        return await self.call("tasks.create", body)

    async def tasks_delete(self, body: Any = None) -> Any:
        """Delete a task along with any information stored for it (statistics, frame updates etc.) Unless Force flag is provided, operation will fail if task has objects associated with it - i.e. (tasks.delete, API ≥ 2.1, schema 2.30)"""
        return await self.call("tasks.delete", body)

    async def tasks_delete_artifacts(self, body: Any = None) -> Any:
        """Delete existing artifacts (search by key/mode) (tasks.delete_artifacts, API ≥ 2.10, schema 2.10)"""
        return await self.call("tasks.delete_artifacts", body)

    async def tasks_delete_configuration(self, body: Any = None) -> Any:
        """Delete task configuration items (tasks.delete_configuration, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.delete_configuration", body)

    async def tasks_delete_hyper_params(self, body: Any = None) -> Any:
        """Delete task hyper parameters (tasks.delete_hyper_params, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.delete_hyper_params", body)

    async def tasks_delete_many(self, body: Any = None) -> Any:
        """Delete tasks (tasks.delete_many, API ≥ 2.13, schema 2.30)"""
        return await self.call("tasks.delete_many", body)

    async def tasks_delete_models(self, body: Any = None) -> Any:
        """Delete models from task (tasks.delete_models, API ≥ 2.13, schema 2.13)"""
        return await self.call("tasks.delete_models", body)

    async def tasks_dequeue(self, body: Any = None) -> Any:
        """Remove a task from its queue. (tasks.dequeue, API ≥ 1.5, schema 2.26)"""
        return await self.call("tasks.dequeue", body)

    async def tasks_dequeue_many(self, body: Any = None) -> Any:
        """Dequeue tasks (tasks.dequeue_many, API ≥ 2.13, schema 2.26)"""
        return await self.call("tasks.dequeue_many", body)

    async def tasks_edit(self, body: Any = None) -> Any:
        """Edit task's details. (tasks.edit, API ≥ 2.1, schema 2.13)"""
        return await self.call("tasks.edit", body)

    async def tasks_edit_configuration(self, body: Any = None) -> Any:
        """Add or update task configuration (tasks.edit_configuration, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.edit_configuration", body)

    async def tasks_edit_hyper_params(self, body: Any = None) -> Any:
        """Add or update task hyper parameters (tasks.edit_hyper_params, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.edit_hyper_params", body)

    async def tasks_edit_runtime(self, body: Any = None) -> Any:
        """Edit task's runtime properties by adding, updating or removing existing fields (tasks.edit_runtime, API ≥ 2.34, schema 2.34)"""
        return await self.call("tasks.edit_runtime", body)

    async def tasks_enqueue(self, body: Any = None) -> Any:
        """Adds a task into a queue. (tasks.enqueue, API ≥ 1.5, schema 2.31)"""
        return await self.call("tasks.enqueue", body)

    async def tasks_enqueue_many(self, body: Any = None) -> Any:
        """Enqueue tasks (tasks.enqueue_many, API ≥ 2.13, schema 2.22)"""
        return await self.call("tasks.enqueue_many", body)

    async def tasks_failed(self, body: Any = None) -> Any:
        """Indicates that task has failed (tasks.failed, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.failed", body)

    async def tasks_get_all(self, body: Any = None) -> Any:
        """Get all the company's tasks and all public tasks (tasks.get_all, API ≥ 2.1, schema 2.26)"""
        return await self.call("tasks.get_all", body)

    async def tasks_get_by_id(self, body: Any = None) -> Any:
        """Gets task information (tasks.get_by_id, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.get_by_id", body)

    async def tasks_get_configuration_names(self, body: Any = None) -> Any:
        """Get the list of task configuration items names (tasks.get_configuration_names, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.get_configuration_names", body)

    async def tasks_get_configurations(self, body: Any = None) -> Any:
        """Get the list of task configurations (tasks.get_configurations, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.get_configurations", body)

    async def tasks_get_hyper_params(self, body: Any = None) -> Any:
        """Get the list of task hyper parameters (tasks.get_hyper_params, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.get_hyper_params", body)

    async def tasks_get_types(self, body: Any = None) -> Any:
        """Get the list of task types used in the specified projects (tasks.get_types, API ≥ 2.8, schema 2.8)"""
        return await self.call("tasks.get_types", body)

    async def tasks_make_private(self, body: Any = None) -> Any:
        """Convert public tasks to private (tasks.make_private, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.make_private", body)

    async def tasks_make_public(self, body: Any = None) -> Any:
        """Convert company tasks to public (tasks.make_public, API ≥ 2.9, schema 2.9)"""
        return await self.call("tasks.make_public", body)

    async def tasks_move(self, body: Any = None) -> Any:
        """Move tasks to a project (tasks.move, API ≥ 2.12, schema 2.12)"""
        return await self.call("tasks.move", body)

    async def tasks_ping(self, body: Any = None) -> Any:
        """Refresh the task's last update time (tasks.ping, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.ping", body)

    async def tasks_publish(self, body: Any = None) -> Any:
        """Mark a task status as published. (tasks.publish, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.publish", body)

    async def tasks_publish_many(self, body: Any = None) -> Any:
        """Publish tasks (tasks.publish_many, API ≥ 2.13, schema 2.13)"""
        return await self.call("tasks.publish_many", body)

    async def tasks_reset(self, body: Any = None) -> Any:
        """Reset a task to its initial state, along with any information stored for it (statistics, frame updates etc.). (tasks.reset, API ≥ 2.1, schema 2.21)"""
        return await self.call("tasks.reset", body)

    async def tasks_reset_many(self, body: Any = None) -> Any:
        """Reset tasks (tasks.reset_many, API ≥ 2.13, schema 2.21)"""
        return await self.call("tasks.reset_many", body)

    async def tasks_set_requirements(self, body: Any = None) -> Any:
        """Set the script requirements for a task (tasks.set_requirements, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.set_requirements", body)

    async def tasks_started(self, body: Any = None) -> Any:
        """Mark a task status as in_progress. (tasks.started, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.started", body)

    async def tasks_stop(self, body: Any = None) -> Any:
        """Request to stop a running task (tasks.stop, API ≥ 2.1, schema 2.30)"""
        return await self.call("tasks.stop", body)

    async def tasks_stop_many(self, body: Any = None) -> Any:
        """Request to stop running tasks (tasks.stop_many, API ≥ 2.13, schema 2.30)"""
        return await self.call("tasks.stop_many", body)

    async def tasks_stopped(self, body: Any = None) -> Any:
        """Signal a task has stopped (tasks.stopped, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.stopped", body)

    async def tasks_unarchive_many(self, body: Any = None) -> Any:
        """Unarchive tasks (tasks.unarchive_many, API ≥ 2.13, schema 2.30)"""
        return await self.call("tasks.unarchive_many", body)

    async def tasks_update(self, body: Any = None) -> Any:
        """Update task's runtime parameters (tasks.update, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.update", body)

    async def tasks_update_batch(self, body: Any = None) -> Any:
        """Updates a batch of tasks. (tasks.update_batch, API ≥ 2.1, schema 2.1)"""
        return await self.call("tasks.update_batch", body)

    async def tasks_update_tags(self, body: Any = None) -> Any:
        """Add or remove tags from multiple tasks (tasks.update_tags, API ≥ 2.27, schema 2.27)"""
        return await self.call("tasks.update_tags", body)

    async def tasks_validate(self, body: Any = None) -> Any:
        """Validate task properties (before create) (tasks.validate, API ≥ 2.1, schema 2.13)"""
        return await self.call("tasks.validate", body)

    async def users_get_by_id(self, body: Any = None) -> Any:
        """Gets user information (users.get_by_id, API ≥ 2.1, schema 2.1)"""
        return await self.call("users.get_by_id", body)

    async def users_get_current_user(self, body: Any = None) -> Any:
        """Gets current user information, based on the authenticated user making the call. (users.get_current_user, API ≥ 2.1, schema 2.31)"""
        return await self.call("users.get_current_user", body)

    async def users_get_preferences(self, body: Any = None) -> Any:
        """Get user preferences (users.get_preferences, API ≥ 2.1, schema 2.1)"""
        return await self.call("users.get_preferences", body)

    async def users_set_preferences(self, body: Any = None) -> Any:
        """Set user preferences (users.set_preferences, API ≥ 2.1, schema 2.33)"""
        return await self.call("users.set_preferences", body)

    async def users_update(self, body: Any = None) -> Any:
        """Update a user object (users.update, API ≥ 2.1, schema 2.1)"""
        return await self.call("users.update", body)

    async def workers_get_activity_report(self, body: Any = None) -> Any:
        """Returns count of active company workers in the selected time range. (workers.get_activity_report, API ≥ 2.4, schema 2.4)"""
        return await self.call("workers.get_activity_report", body)

    async def workers_get_all(self, body: Any = None) -> Any:
        """Returns information on all registered workers. (workers.get_all, API ≥ 2.4, schema 2.30)"""
        return await self.call("workers.get_all", body)

    async def workers_get_count(self, body: Any = None) -> Any:
        """Returns the number of registered workers. (workers.get_count, API ≥ 2.26, schema 2.30)"""
        return await self.call("workers.get_count", body)

    async def workers_get_metric_keys(self, body: Any = None) -> Any:
        """Returns worker statistics metric keys grouped by categories. (workers.get_metric_keys, API ≥ 2.4, schema 2.4)"""
        return await self.call("workers.get_metric_keys", body)

    async def workers_get_stats(self, body: Any = None) -> Any:
        """Returns statistics for the selected workers and time range aggregated by date intervals. (workers.get_stats, API ≥ 2.4, schema 2.32)"""
        return await self.call("workers.get_stats", body)

    async def workers_register(self, body: Any = None) -> Any:
        """Register a worker in the system. (workers.register, API ≥ 2.4, schema 2.34)"""
        return await self.call("workers.register", body)

    async def workers_status_report(self, body: Any = None) -> Any:
        """Called periodically by the worker daemon to report machine status (workers.status_report, API ≥ 2.4, schema 2.22)"""
        return await self.call("workers.status_report", body)

    async def workers_unregister(self, body: Any = None) -> Any:
        """Unregister a worker in the system. (workers.unregister, API ≥ 2.4, schema 2.4)"""
        return await self.call("workers.unregister", body)
