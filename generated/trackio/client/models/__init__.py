# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
"""Contains all the data models used in inputs/outputs"""

from .alert_entry import AlertEntry
from .artifact_blob_upload_entry import ArtifactBlobUploadEntry
from .artifact_blob_upload_entry_uploaded_file import (
    ArtifactBlobUploadEntryUploadedFile,
)
from .artifact_log_body import ArtifactLogBody
from .artifact_log_body_manifest_item import ArtifactLogBodyManifestItem
from .artifact_log_body_metadata_type_0 import ArtifactLogBodyMetadataType0
from .artifact_log_response_200 import ArtifactLogResponse200
from .artifact_log_response_200_data import ArtifactLogResponse200Data
from .bulk_alert_body import BulkAlertBody
from .bulk_alert_response_200 import BulkAlertResponse200
from .bulk_log_body import BulkLogBody
from .bulk_log_response_200 import BulkLogResponse200
from .bulk_log_system_body import BulkLogSystemBody
from .bulk_log_system_response_200 import BulkLogSystemResponse200
from .bulk_upload_artifact_blob_body import BulkUploadArtifactBlobBody
from .bulk_upload_artifact_blob_response_200 import BulkUploadArtifactBlobResponse200
from .bulk_upload_media_body import BulkUploadMediaBody
from .bulk_upload_media_response_200 import BulkUploadMediaResponse200
from .check_artifact_blobs_body import CheckArtifactBlobsBody
from .check_artifact_blobs_response_200 import CheckArtifactBlobsResponse200
from .check_artifact_blobs_response_200_data import CheckArtifactBlobsResponse200Data
from .delete_run_body import DeleteRunBody
from .delete_run_response_200 import DeleteRunResponse200
from .force_sync_response_200 import ForceSyncResponse200
from .get_alerts_body import GetAlertsBody
from .get_alerts_response_200 import GetAlertsResponse200
from .get_alerts_response_200_data_item import GetAlertsResponse200DataItem
from .get_all_projects_response_200 import GetAllProjectsResponse200
from .get_artifact_consumers_body import GetArtifactConsumersBody
from .get_artifact_consumers_response_200 import GetArtifactConsumersResponse200
from .get_artifact_consumers_response_200_data_item import (
    GetArtifactConsumersResponse200DataItem,
)
from .get_artifact_lineage_body import GetArtifactLineageBody
from .get_artifact_lineage_response_200 import GetArtifactLineageResponse200
from .get_artifact_lineage_response_200_data import GetArtifactLineageResponse200Data
from .get_artifact_manifest_body import GetArtifactManifestBody
from .get_artifact_manifest_response_200 import GetArtifactManifestResponse200
from .get_artifact_manifest_response_200_data_type_0 import (
    GetArtifactManifestResponse200DataType0,
)
from .get_artifacts_body import GetArtifactsBody
from .get_artifacts_response_200 import GetArtifactsResponse200
from .get_artifacts_response_200_data_item import GetArtifactsResponse200DataItem
from .get_logs_batch_body import GetLogsBatchBody
from .get_logs_batch_body_runs_item import GetLogsBatchBodyRunsItem
from .get_logs_batch_response_200 import GetLogsBatchResponse200
from .get_logs_batch_response_200_data_item import GetLogsBatchResponse200DataItem
from .get_logs_body import GetLogsBody
from .get_logs_response_200 import GetLogsResponse200
from .get_logs_response_200_data_item import GetLogsResponse200DataItem
from .get_metric_values_body import GetMetricValuesBody
from .get_metric_values_response_200 import GetMetricValuesResponse200
from .get_metric_values_response_200_data_item import GetMetricValuesResponse200DataItem
from .get_metrics_for_run_body import GetMetricsForRunBody
from .get_metrics_for_run_response_200 import GetMetricsForRunResponse200
from .get_project_files_body import GetProjectFilesBody
from .get_project_files_response_200 import GetProjectFilesResponse200
from .get_project_files_response_200_data_item import GetProjectFilesResponse200DataItem
from .get_project_summary_body import GetProjectSummaryBody
from .get_project_summary_response_200 import GetProjectSummaryResponse200
from .get_project_summary_response_200_data import GetProjectSummaryResponse200Data
from .get_registries_body import GetRegistriesBody
from .get_registries_response_200 import GetRegistriesResponse200
from .get_registries_response_200_data_item import GetRegistriesResponse200DataItem
from .get_registry_buckets_response_200 import GetRegistryBucketsResponse200
from .get_registry_buckets_response_200_data import GetRegistryBucketsResponse200Data
from .get_registry_details_body import GetRegistryDetailsBody
from .get_registry_details_response_200 import GetRegistryDetailsResponse200
from .get_registry_details_response_200_data import GetRegistryDetailsResponse200Data
from .get_run_artifact_counts_body import GetRunArtifactCountsBody
from .get_run_artifact_counts_response_200 import GetRunArtifactCountsResponse200
from .get_run_artifact_counts_response_200_data_item import (
    GetRunArtifactCountsResponse200DataItem,
)
from .get_run_artifacts_body import GetRunArtifactsBody
from .get_run_artifacts_response_200 import GetRunArtifactsResponse200
from .get_run_artifacts_response_200_data import GetRunArtifactsResponse200Data
from .get_run_artifacts_response_200_data_additional_property_item import (
    GetRunArtifactsResponse200DataAdditionalPropertyItem,
)
from .get_run_configs_body import GetRunConfigsBody
from .get_run_configs_response_200 import GetRunConfigsResponse200
from .get_run_configs_response_200_data import GetRunConfigsResponse200Data
from .get_run_mutation_status_response_200 import GetRunMutationStatusResponse200
from .get_run_mutation_status_response_200_data import (
    GetRunMutationStatusResponse200Data,
)
from .get_run_summary_body import GetRunSummaryBody
from .get_run_summary_response_200 import GetRunSummaryResponse200
from .get_run_summary_response_200_data import GetRunSummaryResponse200Data
from .get_runs_for_project_body import GetRunsForProjectBody
from .get_runs_for_project_response_200 import GetRunsForProjectResponse200
from .get_runs_for_project_response_200_data_item import (
    GetRunsForProjectResponse200DataItem,
)
from .get_settings_response_200 import GetSettingsResponse200
from .get_settings_response_200_data import GetSettingsResponse200Data
from .get_snapshot_body import GetSnapshotBody
from .get_snapshot_response_200 import GetSnapshotResponse200
from .get_snapshot_response_200_data import GetSnapshotResponse200Data
from .get_system_logs_batch_body import GetSystemLogsBatchBody
from .get_system_logs_batch_body_runs_item import GetSystemLogsBatchBodyRunsItem
from .get_system_logs_batch_response_200 import GetSystemLogsBatchResponse200
from .get_system_logs_batch_response_200_data_item import (
    GetSystemLogsBatchResponse200DataItem,
)
from .get_system_logs_body import GetSystemLogsBody
from .get_system_logs_response_200 import GetSystemLogsResponse200
from .get_system_logs_response_200_data_item import GetSystemLogsResponse200DataItem
from .get_system_metrics_for_run_body import GetSystemMetricsForRunBody
from .get_system_metrics_for_run_response_200 import GetSystemMetricsForRunResponse200
from .get_tab_availability_body import GetTabAvailabilityBody
from .get_tab_availability_response_200 import GetTabAvailabilityResponse200
from .get_tab_availability_response_200_data import GetTabAvailabilityResponse200Data
from .get_trace_steps_body import GetTraceStepsBody
from .get_trace_steps_response_200 import GetTraceStepsResponse200
from .get_trace_steps_response_200_data import GetTraceStepsResponse200Data
from .get_traces_body import GetTracesBody
from .get_traces_response_200 import GetTracesResponse200
from .get_traces_response_200_data_item import GetTracesResponse200DataItem
from .list_artifacts_body import ListArtifactsBody
from .list_artifacts_response_200 import ListArtifactsResponse200
from .list_artifacts_response_200_data_item import ListArtifactsResponse200DataItem
from .log_artifact_use_body import LogArtifactUseBody
from .log_artifact_use_response_200 import LogArtifactUseResponse200
from .log_body import LogBody
from .log_body_metrics import LogBodyMetrics
from .log_entry import LogEntry
from .log_entry_config_type_0 import LogEntryConfigType0
from .log_entry_metrics import LogEntryMetrics
from .log_response_200 import LogResponse200
from .query_project_body import QueryProjectBody
from .query_project_response_200 import QueryProjectResponse200
from .query_project_response_200_data import QueryProjectResponse200Data
from .rename_run_body import RenameRunBody
from .rename_run_response_200 import RenameRunResponse200
from .system_log_entry import SystemLogEntry
from .system_log_entry_metrics import SystemLogEntryMetrics
from .upload_db_to_space_body import UploadDbToSpaceBody
from .upload_db_to_space_body_uploaded_db import UploadDbToSpaceBodyUploadedDb
from .upload_db_to_space_response_200 import UploadDbToSpaceResponse200
from .upload_entry import UploadEntry
from .upload_entry_uploaded_file import UploadEntryUploadedFile

__all__ = (
    "AlertEntry",
    "ArtifactBlobUploadEntry",
    "ArtifactBlobUploadEntryUploadedFile",
    "ArtifactLogBody",
    "ArtifactLogBodyManifestItem",
    "ArtifactLogBodyMetadataType0",
    "ArtifactLogResponse200",
    "ArtifactLogResponse200Data",
    "BulkAlertBody",
    "BulkAlertResponse200",
    "BulkLogBody",
    "BulkLogResponse200",
    "BulkLogSystemBody",
    "BulkLogSystemResponse200",
    "BulkUploadArtifactBlobBody",
    "BulkUploadArtifactBlobResponse200",
    "BulkUploadMediaBody",
    "BulkUploadMediaResponse200",
    "CheckArtifactBlobsBody",
    "CheckArtifactBlobsResponse200",
    "CheckArtifactBlobsResponse200Data",
    "DeleteRunBody",
    "DeleteRunResponse200",
    "ForceSyncResponse200",
    "GetAlertsBody",
    "GetAlertsResponse200",
    "GetAlertsResponse200DataItem",
    "GetAllProjectsResponse200",
    "GetArtifactConsumersBody",
    "GetArtifactConsumersResponse200",
    "GetArtifactConsumersResponse200DataItem",
    "GetArtifactLineageBody",
    "GetArtifactLineageResponse200",
    "GetArtifactLineageResponse200Data",
    "GetArtifactManifestBody",
    "GetArtifactManifestResponse200",
    "GetArtifactManifestResponse200DataType0",
    "GetArtifactsBody",
    "GetArtifactsResponse200",
    "GetArtifactsResponse200DataItem",
    "GetLogsBatchBody",
    "GetLogsBatchBodyRunsItem",
    "GetLogsBatchResponse200",
    "GetLogsBatchResponse200DataItem",
    "GetLogsBody",
    "GetLogsResponse200",
    "GetLogsResponse200DataItem",
    "GetMetricValuesBody",
    "GetMetricValuesResponse200",
    "GetMetricValuesResponse200DataItem",
    "GetMetricsForRunBody",
    "GetMetricsForRunResponse200",
    "GetProjectFilesBody",
    "GetProjectFilesResponse200",
    "GetProjectFilesResponse200DataItem",
    "GetProjectSummaryBody",
    "GetProjectSummaryResponse200",
    "GetProjectSummaryResponse200Data",
    "GetRegistriesBody",
    "GetRegistriesResponse200",
    "GetRegistriesResponse200DataItem",
    "GetRegistryBucketsResponse200",
    "GetRegistryBucketsResponse200Data",
    "GetRegistryDetailsBody",
    "GetRegistryDetailsResponse200",
    "GetRegistryDetailsResponse200Data",
    "GetRunArtifactCountsBody",
    "GetRunArtifactCountsResponse200",
    "GetRunArtifactCountsResponse200DataItem",
    "GetRunArtifactsBody",
    "GetRunArtifactsResponse200",
    "GetRunArtifactsResponse200Data",
    "GetRunArtifactsResponse200DataAdditionalPropertyItem",
    "GetRunConfigsBody",
    "GetRunConfigsResponse200",
    "GetRunConfigsResponse200Data",
    "GetRunMutationStatusResponse200",
    "GetRunMutationStatusResponse200Data",
    "GetRunSummaryBody",
    "GetRunSummaryResponse200",
    "GetRunSummaryResponse200Data",
    "GetRunsForProjectBody",
    "GetRunsForProjectResponse200",
    "GetRunsForProjectResponse200DataItem",
    "GetSettingsResponse200",
    "GetSettingsResponse200Data",
    "GetSnapshotBody",
    "GetSnapshotResponse200",
    "GetSnapshotResponse200Data",
    "GetSystemLogsBatchBody",
    "GetSystemLogsBatchBodyRunsItem",
    "GetSystemLogsBatchResponse200",
    "GetSystemLogsBatchResponse200DataItem",
    "GetSystemLogsBody",
    "GetSystemLogsResponse200",
    "GetSystemLogsResponse200DataItem",
    "GetSystemMetricsForRunBody",
    "GetSystemMetricsForRunResponse200",
    "GetTabAvailabilityBody",
    "GetTabAvailabilityResponse200",
    "GetTabAvailabilityResponse200Data",
    "GetTraceStepsBody",
    "GetTraceStepsResponse200",
    "GetTraceStepsResponse200Data",
    "GetTracesBody",
    "GetTracesResponse200",
    "GetTracesResponse200DataItem",
    "ListArtifactsBody",
    "ListArtifactsResponse200",
    "ListArtifactsResponse200DataItem",
    "LogArtifactUseBody",
    "LogArtifactUseResponse200",
    "LogBody",
    "LogBodyMetrics",
    "LogEntry",
    "LogEntryConfigType0",
    "LogEntryMetrics",
    "LogResponse200",
    "QueryProjectBody",
    "QueryProjectResponse200",
    "QueryProjectResponse200Data",
    "RenameRunBody",
    "RenameRunResponse200",
    "SystemLogEntry",
    "SystemLogEntryMetrics",
    "UploadDbToSpaceBody",
    "UploadDbToSpaceBodyUploadedDb",
    "UploadDbToSpaceResponse200",
    "UploadEntry",
    "UploadEntryUploadedFile",
)
