# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
"""One coroutine per mlflow operation: arguments in, the typed client's request out."""

from __future__ import annotations

import io
from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def abort_multipart_upload(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow-artifacts/mpu/abort/{artifact_path}"""
    from .client.api.artifacts.abort_multipart_upload import _get_kwargs
    from .client.models.abort_multipart_upload import AbortMultipartUpload

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    if (v := _pick(args, ["path", "upload_id"], True)) is not None:
        kwargs["body"] = AbortMultipartUpload.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def add_dataset_to_experiments(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/datasets/{dataset_id}/add-experiments"""
    from .client.api.tracking.add_dataset_to_experiments import _get_kwargs
    from .client.models.add_dataset_to_experiments import AddDatasetToExperiments

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := _pick(args, ["experiment_ids"], True)) is not None:
        kwargs["body"] = AddDatasetToExperiments.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def add_guardrail_to_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/guardrails/add-to-endpoint"""
    from .client.api.tracking.add_guardrail_to_endpoint import _get_kwargs
    from .client.models.add_guardrail_to_endpoint import AddGuardrailToEndpoint

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "execution_order", "guardrail_id"], True)) is not None:
        kwargs["body"] = AddGuardrailToEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def add_items_to_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/items/add"""
    from .client.api.tracking.add_items_to_review_queue import _get_kwargs
    from .client.models.add_items_to_review_queue import AddItemsToReviewQueue

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["item_ids", "item_type", "queue_id"], True)) is not None:
        kwargs["body"] = AddItemsToReviewQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def attach_model_to_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/models/attach"""
    from .client.api.tracking.attach_model_to_endpoint import _get_kwargs
    from .client.models.attach_model_to_gateway_endpoint import AttachModelToGatewayEndpoint

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["created_by", "endpoint_id", "model_config"], True)) is not None:
        kwargs["body"] = AttachModelToGatewayEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def batch_get_trace_infos(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/batchGetInfos"""
    from .client.api.tracking.batch_get_trace_infos import _get_kwargs
    from .client.models.batch_get_trace_infos import BatchGetTraceInfos

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_ids", "trace_ids"], True)) is not None:
        kwargs["body"] = BatchGetTraceInfos.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def batch_get_traces(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/traces/batchGet"""
    from .client.api.tracking.batch_get_traces import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_ids")) is not None:
        kwargs["trace_ids"] = v
    if (v := args.get("experiment_ids")) is not None:
        kwargs["experiment_ids"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def calculate_trace_filter_correlation(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/calculate-filter-correlation"""
    from .client.api.tracking.calculate_trace_filter_correlation import _get_kwargs
    from .client.models.calculate_trace_filter_correlation import CalculateTraceFilterCorrelation

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["base_filter", "experiment_ids", "filter_string1", "filter_string2"], True
        )
    ) is not None:
        kwargs["body"] = CalculateTraceFilterCorrelation.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def cancel_prompt_optimization_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/prompt-optimization/jobs/{job_id}/cancel"""
    from .client.api.tracking.cancel_prompt_optimization_job import _get_kwargs
    from .client.models.cancel_prompt_optimization_job import CancelPromptOptimizationJob

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    if (v := _pick(args, [], True)) is not None:
        kwargs["body"] = CancelPromptOptimizationJob.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def complete_multipart_upload(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow-artifacts/mpu/complete/{artifact_path}"""
    from .client.api.artifacts.complete_multipart_upload import _get_kwargs
    from .client.models.complete_multipart_upload import CompleteMultipartUpload

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    if (v := _pick(args, ["parts", "path", "upload_id"], True)) is not None:
        kwargs["body"] = CompleteMultipartUpload.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_assessment(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/{trace_id}/assessments"""
    from .client.api.tracking.create_assessment import _get_kwargs
    from .client.models.create_assessment import CreateAssessment

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := _pick(args, ["assessment"], True)) is not None:
        kwargs["body"] = CreateAssessment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_budget_policy(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/budgets/create"""
    from .client.api.tracking.create_budget_policy import _get_kwargs
    from .client.models.create_gateway_budget_policy import CreateGatewayBudgetPolicy

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "budget_action",
                "budget_amount",
                "budget_unit",
                "created_by",
                "duration",
                "target_scope",
                "target_value",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = CreateGatewayBudgetPolicy.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_dataset(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/datasets/create"""
    from .client.api.tracking.create_dataset import _get_kwargs
    from .client.models.create_dataset import CreateDataset

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "created_by",
                "experiment_ids",
                "name",
                "profile",
                "schema",
                "source",
                "source_type",
                "tags",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = CreateDataset.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_endpoint_binding(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/bindings/create"""
    from .client.api.tracking.create_endpoint_binding import _get_kwargs
    from .client.models.create_gateway_endpoint_binding import CreateGatewayEndpointBinding

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["created_by", "endpoint_id", "resource_id", "resource_type"], True)
    ) is not None:
        kwargs["body"] = CreateGatewayEndpointBinding.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_experiment(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/create"""
    from .client.api.tracking.create_experiment import _get_kwargs
    from .client.models.create_experiment import CreateExperiment

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["artifact_location", "name", "tags"], True)) is not None:
        kwargs["body"] = CreateExperiment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_gateway_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/create"""
    from .client.api.tracking.create_gateway_endpoint import _get_kwargs
    from .client.models.create_gateway_endpoint import CreateGatewayEndpoint

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "created_by",
                "experiment_id",
                "fallback_config",
                "model_configs",
                "name",
                "routing_strategy",
                "usage_tracking",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = CreateGatewayEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_gateway_guardrail(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/guardrails/create"""
    from .client.api.tracking.create_gateway_guardrail import _get_kwargs
    from .client.models.create_gateway_guardrail import CreateGatewayGuardrail

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            ["action", "action_endpoint_id", "name", "scorer_id", "scorer_version", "stage"],
            True,
        )
    ) is not None:
        kwargs["body"] = CreateGatewayGuardrail.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_gateway_model_definition(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/model-definitions/create"""
    from .client.api.tracking.create_gateway_model_definition import _get_kwargs
    from .client.models.create_gateway_model_definition import CreateGatewayModelDefinition

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["created_by", "model_name", "name", "provider", "secret_id"], True)
    ) is not None:
        kwargs["body"] = CreateGatewayModelDefinition.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_gateway_secret(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/secrets/create"""
    from .client.api.tracking.create_gateway_secret import _get_kwargs
    from .client.models.create_gateway_secret import CreateGatewaySecret

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["auth_config", "created_by", "provider", "secret_name", "secret_value"], True
        )
    ) is not None:
        kwargs["body"] = CreateGatewaySecret.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_issue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/issues"""
    from .client.api.tracking.create_issue import _get_kwargs
    from .client.models.create_issue import CreateIssue

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "categories",
                "created_by",
                "description",
                "experiment_id",
                "name",
                "root_causes",
                "severity",
                "source_run_id",
                "status",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = CreateIssue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_label_schema(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/label-schemas/create"""
    from .client.api.tracking.create_label_schema import _get_kwargs
    from .client.models.create_label_schema import CreateLabelSchema

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["enable_comment", "experiment_id", "input", "instruction", "name", "type"], True
        )
    ) is not None:
        kwargs["body"] = CreateLabelSchema.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_logged_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/logged-models"""
    from .client.api.tracking.create_logged_model import _get_kwargs
    from .client.models.create_logged_model import CreateLoggedModel

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["experiment_id", "model_type", "name", "params", "source_run_id", "tags"], True
        )
    ) is not None:
        kwargs["body"] = CreateLoggedModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_model_version(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/model-versions/create"""
    from .client.api.model_registry.create_model_version import _get_kwargs
    from .client.models.create_model_version import CreateModelVersion

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["description", "model_id", "name", "run_id", "run_link", "source", "tags"], True
        )
    ) is not None:
        kwargs["body"] = CreateModelVersion.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_multipart_upload(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow-artifacts/mpu/create/{artifact_path}"""
    from .client.api.artifacts.create_multipart_upload import _get_kwargs
    from .client.models.create_multipart_upload import CreateMultipartUpload

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    if (v := _pick(args, ["num_parts", "path"], True)) is not None:
        kwargs["body"] = CreateMultipartUpload.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_presigned_download_url(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/artifacts/presigned-download-url"""
    from .client.api.tracking.create_presigned_download_url import _get_kwargs
    from .client.models.create_presigned_download_url import CreatePresignedDownloadUrl

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["expiration", "path", "run_id"], True)) is not None:
        kwargs["body"] = CreatePresignedDownloadUrl.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_presigned_upload_url(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/artifacts/presigned-upload-url"""
    from .client.api.tracking.create_presigned_upload_url import _get_kwargs
    from .client.models.create_presigned_upload_url import CreatePresignedUploadUrl

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["expiration", "model_id", "path", "run_id"], True)) is not None:
        kwargs["body"] = CreatePresignedUploadUrl.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_prompt_optimization_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/prompt-optimization/jobs"""
    from .client.api.tracking.create_prompt_optimization_job import _get_kwargs
    from .client.models.create_prompt_optimization_job import CreatePromptOptimizationJob

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["config", "experiment_id", "source_prompt_uri", "tags"], True)
    ) is not None:
        kwargs["body"] = CreatePromptOptimizationJob.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_registered_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/registered-models/create"""
    from .client.api.model_registry.create_registered_model import _get_kwargs
    from .client.models.create_registered_model import CreateRegisteredModel

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["deployment_job_id", "description", "name", "tags"], True)) is not None:
        kwargs["body"] = CreateRegisteredModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/create"""
    from .client.api.tracking.create_review_queue import _get_kwargs
    from .client.models.create_review_queue import CreateReviewQueue

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["created_by", "experiment_id", "name", "queue_type", "schema_ids", "users"], True
        )
    ) is not None:
        kwargs["body"] = CreateReviewQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/create"""
    from .client.api.tracking.create_run import _get_kwargs
    from .client.models.create_run import CreateRun

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["experiment_id", "run_name", "start_time", "tags", "user_id"], True)
    ) is not None:
        kwargs["body"] = CreateRun.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_webhook(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/webhooks"""
    from .client.api.webhooks.create_webhook import _get_kwargs
    from .client.models.create_webhook import CreateWebhook

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["description", "events", "name", "secret", "status", "url"], True)
    ) is not None:
        kwargs["body"] = CreateWebhook.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_workspace(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/workspaces"""
    from .client.api.tracking.create_workspace import _get_kwargs
    from .client.models.create_workspace import CreateWorkspace

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["default_artifact_root", "description", "name", "trace_archival_config"], True
        )
    ) is not None:
        kwargs["body"] = CreateWorkspace.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_artifact(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow-artifacts/artifacts/{artifact_path}"""
    from .client.api.artifacts.delete_artifact import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_assessment(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/traces/{trace_id}/assessments/{assessment_id}"""
    from .client.api.tracking.delete_assessment import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := args.get("assessment_id")) is not None:
        kwargs["assessment_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_budget_policy(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/budgets/delete"""
    from .client.api.tracking.delete_budget_policy import _get_kwargs
    from .client.models.delete_gateway_budget_policy import DeleteGatewayBudgetPolicy

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["budget_policy_id"], True)) is not None:
        kwargs["body"] = DeleteGatewayBudgetPolicy.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_dataset(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/datasets/{dataset_id}"""
    from .client.api.tracking.delete_dataset import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_dataset_records(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/datasets/{dataset_id}/records"""
    from .client.api.tracking.delete_dataset_records import _get_kwargs
    from .client.models.delete_dataset_records import DeleteDatasetRecords

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := _pick(args, ["dataset_record_ids"], False)) is not None:
        kwargs["body"] = DeleteDatasetRecords.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_dataset_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/datasets/{dataset_id}/tags/{key}"""
    from .client.api.tracking.delete_dataset_tag import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := args.get("key")) is not None:
        kwargs["key"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_endpoint_binding(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/endpoints/bindings/delete"""
    from .client.api.tracking.delete_endpoint_binding import _get_kwargs
    from .client.models.delete_gateway_endpoint_binding import DeleteGatewayEndpointBinding

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "resource_id", "resource_type"], True)) is not None:
        kwargs["body"] = DeleteGatewayEndpointBinding.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_experiment(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/delete"""
    from .client.api.tracking.delete_experiment import _get_kwargs
    from .client.models.delete_experiment import DeleteExperiment

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id"], True)) is not None:
        kwargs["body"] = DeleteExperiment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_experiment_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/delete-experiment-tag"""
    from .client.api.tracking.delete_experiment_tag import _get_kwargs
    from .client.models.delete_experiment_tag import DeleteExperimentTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id", "key"], True)) is not None:
        kwargs["body"] = DeleteExperimentTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_gateway_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/endpoints/delete"""
    from .client.api.tracking.delete_gateway_endpoint import _get_kwargs
    from .client.models.delete_gateway_endpoint import DeleteGatewayEndpoint

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id"], True)) is not None:
        kwargs["body"] = DeleteGatewayEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_gateway_endpoint_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/endpoints/delete-tag"""
    from .client.api.tracking.delete_gateway_endpoint_tag import _get_kwargs
    from .client.models.delete_gateway_endpoint_tag import DeleteGatewayEndpointTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "key"], True)) is not None:
        kwargs["body"] = DeleteGatewayEndpointTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_gateway_guardrail(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/guardrails/delete"""
    from .client.api.tracking.delete_gateway_guardrail import _get_kwargs
    from .client.models.delete_gateway_guardrail import DeleteGatewayGuardrail

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["guardrail_id"], True)) is not None:
        kwargs["body"] = DeleteGatewayGuardrail.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_gateway_model_definition(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/model-definitions/delete"""
    from .client.api.tracking.delete_gateway_model_definition import _get_kwargs
    from .client.models.delete_gateway_model_definition import DeleteGatewayModelDefinition

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["model_definition_id"], True)) is not None:
        kwargs["body"] = DeleteGatewayModelDefinition.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_gateway_secret(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/secrets/delete"""
    from .client.api.tracking.delete_gateway_secret import _get_kwargs
    from .client.models.delete_gateway_secret import DeleteGatewaySecret

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["secret_id"], True)) is not None:
        kwargs["body"] = DeleteGatewaySecret.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_label_schema(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/label-schemas/delete"""
    from .client.api.tracking.delete_label_schema import _get_kwargs
    from .client.models.delete_label_schema import DeleteLabelSchema

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["schema_id"], True)) is not None:
        kwargs["body"] = DeleteLabelSchema.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_logged_model(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/logged-models/{model_id}"""
    from .client.api.tracking.delete_logged_model import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_logged_model_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/logged-models/{model_id}/tags/{tag_key}"""
    from .client.api.tracking.delete_logged_model_tag import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    if (v := args.get("tag_key")) is not None:
        kwargs["tag_key"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_model_version(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/model-versions/delete"""
    from .client.api.model_registry.delete_model_version import _get_kwargs
    from .client.models.delete_model_version import DeleteModelVersion

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["name", "version"], True)) is not None:
        kwargs["body"] = DeleteModelVersion.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_model_version_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/model-versions/delete-tag"""
    from .client.api.model_registry.delete_model_version_tag import _get_kwargs
    from .client.models.delete_model_version_tag import DeleteModelVersionTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "name", "version"], True)) is not None:
        kwargs["body"] = DeleteModelVersionTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_prompt_optimization_job(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/prompt-optimization/jobs/{job_id}"""
    from .client.api.tracking.delete_prompt_optimization_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_registered_model(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/registered-models/delete"""
    from .client.api.model_registry.delete_registered_model import _get_kwargs
    from .client.models.delete_registered_model import DeleteRegisteredModel

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["name"], True)) is not None:
        kwargs["body"] = DeleteRegisteredModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_registered_model_alias(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/registered-models/alias"""
    from .client.api.model_registry.delete_registered_model_alias import _get_kwargs
    from .client.models.delete_registered_model_alias import DeleteRegisteredModelAlias

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["alias", "name"], True)) is not None:
        kwargs["body"] = DeleteRegisteredModelAlias.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_registered_model_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/registered-models/delete-tag"""
    from .client.api.model_registry.delete_registered_model_tag import _get_kwargs
    from .client.models.delete_registered_model_tag import DeleteRegisteredModelTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "name"], True)) is not None:
        kwargs["body"] = DeleteRegisteredModelTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/delete"""
    from .client.api.tracking.delete_review_queue import _get_kwargs
    from .client.models.delete_review_queue import DeleteReviewQueue

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["queue_id"], True)) is not None:
        kwargs["body"] = DeleteReviewQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/delete"""
    from .client.api.tracking.delete_run import _get_kwargs
    from .client.models.delete_run import DeleteRun

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["run_id"], True)) is not None:
        kwargs["body"] = DeleteRun.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_scorer(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/scorers/delete"""
    from .client.api.tracking.delete_scorer import _get_kwargs
    from .client.models.delete_scorer import DeleteScorer

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id", "name", "version"], True)) is not None:
        kwargs["body"] = DeleteScorer.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/delete-tag"""
    from .client.api.tracking.delete_tag import _get_kwargs
    from .client.models.delete_tag import DeleteTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "run_id"], True)) is not None:
        kwargs["body"] = DeleteTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_trace_tag(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/traces/{request_id}/tags"""
    from .client.api.tracking.delete_trace_tag import _get_kwargs
    from .client.models.delete_trace_tag import DeleteTraceTag

    kwargs: dict[str, Any] = {}
    if (v := args.get("request_id")) is not None:
        kwargs["request_id"] = v
    if (v := _pick(args, ["key"], True)) is not None:
        kwargs["body"] = DeleteTraceTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_trace_tag_v3(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/traces/{trace_id}/tags"""
    from .client.api.tracking.delete_trace_tag_v3 import _get_kwargs
    from .client.models.delete_trace_tag_v3 import DeleteTraceTagV3

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := _pick(args, ["key"], True)) is not None:
        kwargs["body"] = DeleteTraceTagV3.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_traces(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/traces/delete-traces"""
    from .client.api.tracking.delete_traces import _get_kwargs
    from .client.models.delete_traces import DeleteTraces

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["experiment_id", "max_timestamp_millis", "max_traces", "request_ids"], True
        )
    ) is not None:
        kwargs["body"] = DeleteTraces.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_traces_v3(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/delete-traces"""
    from .client.api.tracking.delete_traces_v3 import _get_kwargs
    from .client.models.delete_traces_v3 import DeleteTracesV3

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["experiment_id", "max_timestamp_millis", "max_traces", "request_ids"], True
        )
    ) is not None:
        kwargs["body"] = DeleteTracesV3.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_webhook(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/2.0/mlflow/webhooks/{webhook_id}"""
    from .client.api.webhooks.delete_webhook import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("webhook_id")) is not None:
        kwargs["webhook_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_workspace(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/workspaces/{workspace_name}"""
    from .client.api.tracking.delete_workspace import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("workspace_name")) is not None:
        kwargs["workspace_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def detach_model_from_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/models/detach"""
    from .client.api.tracking.detach_model_from_endpoint import _get_kwargs
    from .client.models.detach_model_from_gateway_endpoint import DetachModelFromGatewayEndpoint

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "model_definition_id"], True)) is not None:
        kwargs["body"] = DetachModelFromGatewayEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def download_artifact(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow-artifacts/artifacts/{artifact_path}"""
    from .client.api.artifacts.download_artifact import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def end_trace(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/traces/{request_id}"""
    from .client.api.tracking.end_trace import _get_kwargs
    from .client.models.end_trace import EndTrace

    kwargs: dict[str, Any] = {}
    if (v := args.get("request_id")) is not None:
        kwargs["request_id"] = v
    if (v := _pick(args, ["request_metadata", "status", "tags", "timestamp_ms"], True)) is not None:
        kwargs["body"] = EndTrace.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def finalize_logged_model(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/logged-models/{model_id}"""
    from .client.api.tracking.finalize_logged_model import _get_kwargs
    from .client.models.finalize_logged_model import FinalizeLoggedModel

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    if (v := _pick(args, ["status"], True)) is not None:
        kwargs["body"] = FinalizeLoggedModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_assessment(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/traces/{trace_id}/assessments/{assessment_id}"""
    from .client.api.tracking.get_assessment import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := args.get("assessment_id")) is not None:
        kwargs["assessment_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_budget_policy(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/budgets/get"""
    from .client.api.tracking.get_budget_policy import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("budget_policy_id")) is not None:
        kwargs["budget_policy_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_dataset(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/datasets/{dataset_id}"""
    from .client.api.tracking.get_dataset import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_dataset_experiment_ids(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/datasets/{dataset_id}/experiment-ids"""
    from .client.api.tracking.get_dataset_experiment_ids import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_dataset_records(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/datasets/{dataset_id}/records"""
    from .client.api.tracking.get_dataset_records import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_experiment(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/experiments/get"""
    from .client.api.tracking.get_experiment import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_experiment_by_name(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/experiments/get-by-name"""
    from .client.api.tracking.get_experiment_by_name import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_name")) is not None:
        kwargs["experiment_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_gateway_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/endpoints/get"""
    from .client.api.tracking.get_gateway_endpoint import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("endpoint_id")) is not None:
        kwargs["endpoint_id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_gateway_guardrail(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/guardrails/get"""
    from .client.api.tracking.get_gateway_guardrail import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("guardrail_id")) is not None:
        kwargs["guardrail_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_gateway_model_definition(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/model-definitions/get"""
    from .client.api.tracking.get_gateway_model_definition import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_definition_id")) is not None:
        kwargs["model_definition_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_gateway_secret_info(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/secrets/get"""
    from .client.api.tracking.get_gateway_secret_info import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("secret_id")) is not None:
        kwargs["secret_id"] = v
    if (v := args.get("secret_name")) is not None:
        kwargs["secret_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_issue(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/issues/{issue_id}"""
    from .client.api.tracking.get_issue import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("issue_id")) is not None:
        kwargs["issue_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_label_schema(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/label-schemas/get"""
    from .client.api.tracking.get_label_schema import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("schema_id")) is not None:
        kwargs["schema_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_label_schema_by_name(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/label-schemas/get-by-name"""
    from .client.api.tracking.get_label_schema_by_name import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_latest_versions(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/registered-models/get-latest-versions"""
    from .client.api.model_registry.get_latest_versions import _get_kwargs
    from .client.models.get_latest_versions import GetLatestVersions

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["name", "stages"], True)) is not None:
        kwargs["body"] = GetLatestVersions.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_logged_model(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/logged-models/{model_id}"""
    from .client.api.tracking.get_logged_model import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_metric_history(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/metrics/get-history"""
    from .client.api.tracking.get_metric_history import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("run_uuid")) is not None:
        kwargs["run_uuid"] = v
    if (v := args.get("metric_key")) is not None:
        kwargs["metric_key"] = v
    if (v := args.get("run_id")) is not None:
        kwargs["run_id"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_metric_history_bulk_interval(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/metrics/get-history-bulk-interval"""
    from .client.api.tracking.get_metric_history_bulk_interval import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("run_ids")) is not None:
        kwargs["run_ids"] = v
    if (v := args.get("metric_key")) is not None:
        kwargs["metric_key"] = v
    if (v := args.get("start_step")) is not None:
        kwargs["start_step"] = v
    if (v := args.get("end_step")) is not None:
        kwargs["end_step"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_model_version(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/model-versions/get"""
    from .client.api.model_registry.get_model_version import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("version")) is not None:
        kwargs["version"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_model_version_by_alias(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/registered-models/alias"""
    from .client.api.model_registry.get_model_version_by_alias import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("alias")) is not None:
        kwargs["alias"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_model_version_download_uri(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/model-versions/get-download-uri"""
    from .client.api.model_registry.get_model_version_download_uri import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("version")) is not None:
        kwargs["version"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_or_create_user_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/get-or-create-user"""
    from .client.api.tracking.get_or_create_user_queue import _get_kwargs
    from .client.models.get_or_create_user_queue import GetOrCreateUserQueue

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["created_by", "experiment_id", "user"], True)) is not None:
        kwargs["body"] = GetOrCreateUserQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_presigned_download_url(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow-artifacts/presigned/{artifact_path}"""
    from .client.api.artifacts.get_presigned_download_url import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_prompt_optimization_job(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/prompt-optimization/jobs/{job_id}"""
    from .client.api.tracking.get_prompt_optimization_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_registered_model(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/registered-models/get"""
    from .client.api.model_registry.get_registered_model import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/review-queues/get"""
    from .client.api.tracking.get_review_queue import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("queue_id")) is not None:
        kwargs["queue_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_review_queue_by_name(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/review-queues/get-by-name"""
    from .client.api.tracking.get_review_queue_by_name import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/runs/get"""
    from .client.api.tracking.get_run import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("run_uuid")) is not None:
        kwargs["run_uuid"] = v
    if (v := args.get("run_id")) is not None:
        kwargs["run_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_scorer(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/scorers/get"""
    from .client.api.tracking.get_scorer import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("version")) is not None:
        kwargs["version"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_trace(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/traces/get"""
    from .client.api.tracking.get_trace import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := args.get("allow_partial")) is not None:
        kwargs["allow_partial"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_trace_info(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/traces/{request_id}/info"""
    from .client.api.tracking.get_trace_info import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("request_id")) is not None:
        kwargs["request_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_trace_info_v3(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/traces/{trace_id}"""
    from .client.api.tracking.get_trace_info_v3 import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_webhook(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/webhooks/{webhook_id}"""
    from .client.api.webhooks.get_webhook import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("webhook_id")) is not None:
        kwargs["webhook_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_workspace(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/workspaces/{workspace_name}"""
    from .client.api.tracking.get_workspace import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("workspace_name")) is not None:
        kwargs["workspace_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def link_prompts_to_trace(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/traces/link-prompts"""
    from .client.api.tracking.link_prompts_to_trace import _get_kwargs
    from .client.models.link_prompts_to_trace import LinkPromptsToTrace

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["prompt_versions", "trace_id"], True)) is not None:
        kwargs["body"] = LinkPromptsToTrace.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def link_traces_to_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/traces/link-to-run"""
    from .client.api.tracking.link_traces_to_run import _get_kwargs
    from .client.models.link_traces_to_run import LinkTracesToRun

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["run_id", "trace_ids"], True)) is not None:
        kwargs["body"] = LinkTracesToRun.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/artifacts/list"""
    from .client.api.tracking.list_artifacts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("run_uuid")) is not None:
        kwargs["run_uuid"] = v
    if (v := args.get("path")) is not None:
        kwargs["path"] = v
    if (v := args.get("run_id")) is not None:
        kwargs["run_id"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_budget_policies(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/budgets/list"""
    from .client.api.tracking.list_budget_policies import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_budget_windows(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/budgets/windows"""
    from .client.api.tracking.list_budget_windows import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_endpoint_bindings(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/endpoints/bindings/list"""
    from .client.api.tracking.list_endpoint_bindings import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("endpoint_id")) is not None:
        kwargs["endpoint_id"] = v
    if (v := args.get("resource_type")) is not None:
        kwargs["resource_type"] = v
    if (v := args.get("resource_id")) is not None:
        kwargs["resource_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_endpoint_guardrail_configs(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/guardrails/list-for-endpoint"""
    from .client.api.tracking.list_endpoint_guardrail_configs import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("endpoint_id")) is not None:
        kwargs["endpoint_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_gateway_endpoints(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/endpoints/list"""
    from .client.api.tracking.list_gateway_endpoints import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("provider")) is not None:
        kwargs["provider"] = v
    if (v := args.get("secret_id")) is not None:
        kwargs["secret_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_gateway_guardrails(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/guardrails/list"""
    from .client.api.tracking.list_gateway_guardrails import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_gateway_model_definitions(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/model-definitions/list"""
    from .client.api.tracking.list_gateway_model_definitions import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("provider")) is not None:
        kwargs["provider"] = v
    if (v := args.get("secret_id")) is not None:
        kwargs["secret_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_gateway_secret_infos(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/gateway/secrets/list"""
    from .client.api.tracking.list_gateway_secret_infos import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("provider")) is not None:
        kwargs["provider"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_label_schemas(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/label-schemas/list"""
    from .client.api.tracking.list_label_schemas import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_logged_model_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/logged-models/{model_id}/artifacts/directories"""
    from .client.api.tracking.list_logged_model_artifacts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    if (v := args.get("artifact_directory_path")) is not None:
        kwargs["artifact_directory_path"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_proxied_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow-artifacts/artifacts"""
    from .client.api.artifacts.list_proxied_artifacts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("path")) is not None:
        kwargs["path"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_review_queue_items(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/review-queues/items/list"""
    from .client.api.tracking.list_review_queue_items import _get_kwargs
    from .client.models.review_status import ReviewStatus

    kwargs: dict[str, Any] = {}
    if (v := args.get("queue_id")) is not None:
        kwargs["queue_id"] = v
    if (v := args.get("status")) is not None:
        kwargs["status"] = ReviewStatus(v)
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_review_queues(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/review-queues/list"""
    from .client.api.tracking.list_review_queues import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    if (v := args.get("item_id")) is not None:
        kwargs["item_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_scorer_versions(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/scorers/versions"""
    from .client.api.tracking.list_scorer_versions import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_scorers(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/scorers/list"""
    from .client.api.tracking.list_scorers import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_id")) is not None:
        kwargs["experiment_id"] = v
    if (v := args.get("experiment_ids")) is not None:
        kwargs["experiment_ids"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_webhooks(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/webhooks"""
    from .client.api.webhooks.list_webhooks import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_workspaces(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/3.0/mlflow/workspaces"""
    from .client.api.tracking.list_workspaces import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_batch(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/log-batch"""
    from .client.api.tracking.log_batch import _get_kwargs
    from .client.models.log_batch import LogBatch

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["metrics", "params", "run_id", "tags"], True)) is not None:
        kwargs["body"] = LogBatch.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_inputs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/log-inputs"""
    from .client.api.tracking.log_inputs import _get_kwargs
    from .client.models.log_inputs import LogInputs

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["datasets", "models", "run_id"], True)) is not None:
        kwargs["body"] = LogInputs.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_logged_model_params(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/logged-models/{model_id}/params"""
    from .client.api.tracking.log_logged_model_params import _get_kwargs
    from .client.models.log_logged_model_params_request import LogLoggedModelParamsRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    if (v := _pick(args, ["params"], True)) is not None:
        kwargs["body"] = LogLoggedModelParamsRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_metric(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/log-metric"""
    from .client.api.tracking.log_metric import _get_kwargs
    from .client.models.log_metric import LogMetric

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "dataset_digest",
                "dataset_name",
                "key",
                "model_id",
                "run_id",
                "run_uuid",
                "step",
                "timestamp",
                "value",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = LogMetric.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/log-model"""
    from .client.api.tracking.log_model import _get_kwargs
    from .client.models.log_model import LogModel

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["model_json", "run_id"], True)) is not None:
        kwargs["body"] = LogModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_outputs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/outputs"""
    from .client.api.tracking.log_outputs import _get_kwargs
    from .client.models.log_outputs import LogOutputs

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["models", "run_id"], True)) is not None:
        kwargs["body"] = LogOutputs.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_param(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/log-parameter"""
    from .client.api.tracking.log_param import _get_kwargs
    from .client.models.log_param import LogParam

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "run_id", "run_uuid", "value"], True)) is not None:
        kwargs["body"] = LogParam.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def query_trace_metrics(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/metrics"""
    from .client.api.tracking.query_trace_metrics import _get_kwargs
    from .client.models.query_trace_metrics import QueryTraceMetrics

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "aggregations",
                "dimensions",
                "end_time_ms",
                "experiment_ids",
                "filters",
                "max_results",
                "metric_name",
                "page_token",
                "start_time_ms",
                "time_interval_seconds",
                "view_type",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = QueryTraceMetrics.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def register_scorer(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/scorers/register"""
    from .client.api.tracking.register_scorer import _get_kwargs
    from .client.models.register_scorer import RegisterScorer

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id", "name", "serialized_scorer"], True)) is not None:
        kwargs["body"] = RegisterScorer.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def remove_dataset_from_experiments(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/datasets/{dataset_id}/remove-experiments"""
    from .client.api.tracking.remove_dataset_from_experiments import _get_kwargs
    from .client.models.remove_dataset_from_experiments import RemoveDatasetFromExperiments

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := _pick(args, ["experiment_ids"], True)) is not None:
        kwargs["body"] = RemoveDatasetFromExperiments.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def remove_guardrail_from_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /api/3.0/mlflow/gateway/guardrails/remove-from-endpoint"""
    from .client.api.tracking.remove_guardrail_from_endpoint import _get_kwargs
    from .client.models.remove_guardrail_from_endpoint import RemoveGuardrailFromEndpoint

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "guardrail_id"], True)) is not None:
        kwargs["body"] = RemoveGuardrailFromEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def remove_items_from_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/items/remove"""
    from .client.api.tracking.remove_items_from_review_queue import _get_kwargs
    from .client.models.remove_items_from_review_queue import RemoveItemsFromReviewQueue

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["item_ids", "queue_id"], True)) is not None:
        kwargs["body"] = RemoveItemsFromReviewQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def rename_registered_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/registered-models/rename"""
    from .client.api.model_registry.rename_registered_model import _get_kwargs
    from .client.models.rename_registered_model import RenameRegisteredModel

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["name", "new_name"], True)) is not None:
        kwargs["body"] = RenameRegisteredModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def restore_experiment(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/restore"""
    from .client.api.tracking.restore_experiment import _get_kwargs
    from .client.models.restore_experiment import RestoreExperiment

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id"], True)) is not None:
        kwargs["body"] = RestoreExperiment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def restore_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/restore"""
    from .client.api.tracking.restore_run import _get_kwargs
    from .client.models.restore_run import RestoreRun

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["run_id"], True)) is not None:
        kwargs["body"] = RestoreRun.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_datasets(client: Any, args: dict[str, Any]) -> Any:
    """POST /ajax-api/2.0/mlflow/experiments/search-datasets"""
    from .client.api.tracking.search_datasets import _get_kwargs
    from .client.models.search_datasets import SearchDatasets

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_ids"], True)) is not None:
        kwargs["body"] = SearchDatasets.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_evaluation_datasets(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/datasets/search"""
    from .client.api.tracking.search_evaluation_datasets import _get_kwargs
    from .client.models.search_evaluation_datasets import SearchEvaluationDatasets

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["experiment_ids", "filter_string", "max_results", "order_by", "page_token"], True
        )
    ) is not None:
        kwargs["body"] = SearchEvaluationDatasets.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_experiments(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/search"""
    from .client.api.tracking.search_experiments import _get_kwargs
    from .client.models.search_experiments import SearchExperiments

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["filter", "max_results", "order_by", "page_token", "view_type"], True)
    ) is not None:
        kwargs["body"] = SearchExperiments.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_issues(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/issues/search"""
    from .client.api.tracking.search_issues import _get_kwargs
    from .client.models.search_issues import SearchIssues

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            ["experiment_id", "filter_string", "include_trace_count", "max_results", "page_token"],
            True,
        )
    ) is not None:
        kwargs["body"] = SearchIssues.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_logged_models(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/logged-models/search"""
    from .client.api.tracking.search_logged_models import _get_kwargs
    from .client.models.search_logged_models import SearchLoggedModels

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            ["datasets", "experiment_ids", "filter", "max_results", "order_by", "page_token"],
            True,
        )
    ) is not None:
        kwargs["body"] = SearchLoggedModels.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_model_versions(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/model-versions/search"""
    from .client.api.model_registry.search_model_versions import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("filter")) is not None:
        kwargs["filter_"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("order_by")) is not None:
        kwargs["order_by"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_prompt_optimization_jobs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/prompt-optimization/jobs/search"""
    from .client.api.tracking.search_prompt_optimization_jobs import _get_kwargs
    from .client.models.search_prompt_optimization_jobs import SearchPromptOptimizationJobs

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id"], True)) is not None:
        kwargs["body"] = SearchPromptOptimizationJobs.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_registered_models(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/registered-models/search"""
    from .client.api.model_registry.search_registered_models import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("filter")) is not None:
        kwargs["filter_"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("order_by")) is not None:
        kwargs["order_by"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_runs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/search"""
    from .client.api.tracking.search_runs import _get_kwargs
    from .client.models.search_runs import SearchRuns

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            ["experiment_ids", "filter", "max_results", "order_by", "page_token", "run_view_type"],
            True,
        )
    ) is not None:
        kwargs["body"] = SearchRuns.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_traces(client: Any, args: dict[str, Any]) -> Any:
    """GET /api/2.0/mlflow/traces"""
    from .client.api.tracking.search_traces import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("experiment_ids")) is not None:
        kwargs["experiment_ids"] = v
    if (v := args.get("filter")) is not None:
        kwargs["filter_"] = v
    if (v := args.get("max_results")) is not None:
        kwargs["max_results"] = v
    if (v := args.get("order_by")) is not None:
        kwargs["order_by"] = v
    if (v := args.get("page_token")) is not None:
        kwargs["page_token"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_traces_v3(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces/search"""
    from .client.api.tracking.search_traces_v3 import _get_kwargs
    from .client.models.search_traces_v3 import SearchTracesV3

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["filter", "locations", "max_results", "order_by", "page_token"], True)
    ) is not None:
        kwargs["body"] = SearchTracesV3.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_dataset_tags(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/datasets/{dataset_id}/tags"""
    from .client.api.tracking.set_dataset_tags import _get_kwargs
    from .client.models.set_dataset_tags import SetDatasetTags

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := _pick(args, ["tags"], True)) is not None:
        kwargs["body"] = SetDatasetTags.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_experiment_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/set-experiment-tag"""
    from .client.api.tracking.set_experiment_tag import _get_kwargs
    from .client.models.set_experiment_tag import SetExperimentTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id", "key", "value"], True)) is not None:
        kwargs["body"] = SetExperimentTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_gateway_endpoint_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/set-tag"""
    from .client.api.tracking.set_gateway_endpoint_tag import _get_kwargs
    from .client.models.set_gateway_endpoint_tag import SetGatewayEndpointTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "key", "value"], True)) is not None:
        kwargs["body"] = SetGatewayEndpointTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_logged_model_tags(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/logged-models/{model_id}/tags"""
    from .client.api.tracking.set_logged_model_tags import _get_kwargs
    from .client.models.set_logged_model_tags import SetLoggedModelTags

    kwargs: dict[str, Any] = {}
    if (v := args.get("model_id")) is not None:
        kwargs["model_id"] = v
    if (v := _pick(args, ["tags"], True)) is not None:
        kwargs["body"] = SetLoggedModelTags.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_model_version_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/model-versions/set-tag"""
    from .client.api.model_registry.set_model_version_tag import _get_kwargs
    from .client.models.set_model_version_tag import SetModelVersionTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "name", "value", "version"], True)) is not None:
        kwargs["body"] = SetModelVersionTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_registered_model_alias(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/registered-models/alias"""
    from .client.api.model_registry.set_registered_model_alias import _get_kwargs
    from .client.models.set_registered_model_alias import SetRegisteredModelAlias

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["alias", "name", "version"], True)) is not None:
        kwargs["body"] = SetRegisteredModelAlias.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_registered_model_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/registered-models/set-tag"""
    from .client.api.model_registry.set_registered_model_tag import _get_kwargs
    from .client.models.set_registered_model_tag import SetRegisteredModelTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "name", "value"], True)) is not None:
        kwargs["body"] = SetRegisteredModelTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_review_queue_item_status(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/items/set-status"""
    from .client.api.tracking.set_review_queue_item_status import _get_kwargs
    from .client.models.set_review_queue_item_status import SetReviewQueueItemStatus

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["completed_by", "item_id", "queue_id", "status"], True)) is not None:
        kwargs["body"] = SetReviewQueueItemStatus.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_tag(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/set-tag"""
    from .client.api.tracking.set_tag import _get_kwargs
    from .client.models.set_tag import SetTag

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["key", "run_id", "run_uuid", "value"], True)) is not None:
        kwargs["body"] = SetTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_trace_tag(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/traces/{request_id}/tags"""
    from .client.api.tracking.set_trace_tag import _get_kwargs
    from .client.models.set_trace_tag import SetTraceTag

    kwargs: dict[str, Any] = {}
    if (v := args.get("request_id")) is not None:
        kwargs["request_id"] = v
    if (v := _pick(args, ["key", "value"], True)) is not None:
        kwargs["body"] = SetTraceTag.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def set_trace_tag_v3(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/traces/{trace_id}/tags"""
    from .client.api.tracking.set_trace_tag_v3 import _get_kwargs
    from .client.models.set_trace_tag_v3 import SetTraceTagV3

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := _pick(args, ["key", "value"], True)) is not None:
        kwargs["body"] = SetTraceTagV3.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def start_trace(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/traces"""
    from .client.api.tracking.start_trace import _get_kwargs
    from .client.models.start_trace import StartTrace

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["experiment_id", "request_metadata", "tags", "timestamp_ms"], True)
    ) is not None:
        kwargs["body"] = StartTrace.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def start_trace_v3(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/traces"""
    from .client.api.tracking.start_trace_v3 import _get_kwargs
    from .client.models.start_trace_v3 import StartTraceV3

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["trace"], True)) is not None:
        kwargs["body"] = StartTraceV3.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def test_webhook(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/webhooks/{webhook_id}/test"""
    from .client.api.webhooks.test_webhook import _get_kwargs
    from .client.models.test_webhook import TestWebhook

    kwargs: dict[str, Any] = {}
    if (v := args.get("webhook_id")) is not None:
        kwargs["webhook_id"] = v
    if (v := _pick(args, ["event"], True)) is not None:
        kwargs["body"] = TestWebhook.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def transition_model_version_stage(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/model-versions/transition-stage"""
    from .client.api.model_registry.transition_model_version_stage import _get_kwargs
    from .client.models.transition_model_version_stage import TransitionModelVersionStage

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["archive_existing_versions", "name", "stage", "version"], True)
    ) is not None:
        kwargs["body"] = TransitionModelVersionStage.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_assessment(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/traces/{trace_id}/assessments/{assessment_id}"""
    from .client.api.tracking.update_assessment import _get_kwargs
    from .client.models.update_assessment import UpdateAssessment

    kwargs: dict[str, Any] = {}
    if (v := args.get("trace_id")) is not None:
        kwargs["trace_id"] = v
    if (v := args.get("assessment_id")) is not None:
        kwargs["assessment_id"] = v
    if (v := _pick(args, ["assessment", "update_mask"], True)) is not None:
        kwargs["body"] = UpdateAssessment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_budget_policy(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/budgets/update"""
    from .client.api.tracking.update_budget_policy import _get_kwargs
    from .client.models.update_gateway_budget_policy import UpdateGatewayBudgetPolicy

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "budget_action",
                "budget_amount",
                "budget_policy_id",
                "budget_unit",
                "duration",
                "target_scope",
                "target_value",
                "updated_by",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = UpdateGatewayBudgetPolicy.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_endpoint_guardrail_config(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/gateway/guardrails/update-config"""
    from .client.api.tracking.update_endpoint_guardrail_config import _get_kwargs
    from .client.models.update_endpoint_guardrail_config import UpdateEndpointGuardrailConfig

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["endpoint_id", "execution_order", "guardrail_id"], True)) is not None:
        kwargs["body"] = UpdateEndpointGuardrailConfig.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_experiment(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/experiments/update"""
    from .client.api.tracking.update_experiment import _get_kwargs
    from .client.models.update_experiment import UpdateExperiment

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["experiment_id", "new_name"], True)) is not None:
        kwargs["body"] = UpdateExperiment.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_gateway_endpoint(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/endpoints/update"""
    from .client.api.tracking.update_gateway_endpoint import _get_kwargs
    from .client.models.update_gateway_endpoint import UpdateGatewayEndpoint

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "endpoint_id",
                "experiment_id",
                "fallback_config",
                "model_configs",
                "name",
                "routing_strategy",
                "updated_by",
                "usage_tracking",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = UpdateGatewayEndpoint.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_gateway_model_definition(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/model-definitions/update"""
    from .client.api.tracking.update_gateway_model_definition import _get_kwargs
    from .client.models.update_gateway_model_definition import UpdateGatewayModelDefinition

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            ["model_definition_id", "model_name", "name", "provider", "secret_id", "updated_by"],
            True,
        )
    ) is not None:
        kwargs["body"] = UpdateGatewayModelDefinition.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_gateway_secret(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/gateway/secrets/update"""
    from .client.api.tracking.update_gateway_secret import _get_kwargs
    from .client.models.update_gateway_secret import UpdateGatewaySecret

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["auth_config", "secret_id", "secret_value", "updated_by"], True)
    ) is not None:
        kwargs["body"] = UpdateGatewaySecret.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_issue(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/issues/{issue_id}"""
    from .client.api.tracking.update_issue import _get_kwargs
    from .client.models.update_issue import UpdateIssue

    kwargs: dict[str, Any] = {}
    if (v := args.get("issue_id")) is not None:
        kwargs["issue_id"] = v
    if (v := _pick(args, ["description", "name", "severity", "status"], True)) is not None:
        kwargs["body"] = UpdateIssue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_label_schema(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/label-schemas/update"""
    from .client.api.tracking.update_label_schema import _get_kwargs
    from .client.models.update_label_schema import UpdateLabelSchema

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["enable_comment", "input", "instruction", "name", "schema_id"], True)
    ) is not None:
        kwargs["body"] = UpdateLabelSchema.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_model_version(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/model-versions/update"""
    from .client.api.model_registry.update_model_version import _get_kwargs
    from .client.models.update_model_version import UpdateModelVersion

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["description", "name", "version"], True)) is not None:
        kwargs["body"] = UpdateModelVersion.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_registered_model(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/registered-models/update"""
    from .client.api.model_registry.update_registered_model import _get_kwargs
    from .client.models.update_registered_model import UpdateRegisteredModel

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["deployment_job_id", "description", "name"], True)) is not None:
        kwargs["body"] = UpdateRegisteredModel.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_review_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/review-queues/update"""
    from .client.api.tracking.update_review_queue import _get_kwargs
    from .client.models.update_review_queue import UpdateReviewQueue

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "name",
                "new_owner",
                "queue_id",
                "schema_ids",
                "update_schema_ids",
                "update_users",
                "users",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = UpdateReviewQueue.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/2.0/mlflow/runs/update"""
    from .client.api.tracking.update_run import _get_kwargs
    from .client.models.update_run import UpdateRun

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["end_time", "run_id", "run_name", "run_uuid", "status"], True)
    ) is not None:
        kwargs["body"] = UpdateRun.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_webhook(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/2.0/mlflow/webhooks/{webhook_id}"""
    from .client.api.webhooks.update_webhook import _get_kwargs
    from .client.models.update_webhook import UpdateWebhook

    kwargs: dict[str, Any] = {}
    if (v := args.get("webhook_id")) is not None:
        kwargs["webhook_id"] = v
    if (
        v := _pick(args, ["description", "events", "name", "secret", "status", "url"], True)
    ) is not None:
        kwargs["body"] = UpdateWebhook.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_workspace(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /api/3.0/mlflow/workspaces/{workspace_name}"""
    from .client.api.tracking.update_workspace import _get_kwargs
    from .client.models.update_workspace import UpdateWorkspace

    kwargs: dict[str, Any] = {}
    if (v := args.get("workspace_name")) is not None:
        kwargs["workspace_name"] = v
    if (
        v := _pick(args, ["default_artifact_root", "description", "trace_archival_config"], True)
    ) is not None:
        kwargs["body"] = UpdateWorkspace.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def upload_artifact(client: Any, args: dict[str, Any]) -> Any:
    """PUT /api/2.0/mlflow-artifacts/artifacts/{artifact_path}"""
    from .client.api.artifacts.upload_artifact import _get_kwargs
    from .client.types import File

    kwargs: dict[str, Any] = {}
    if (v := args.get("artifact_path")) is not None:
        kwargs["artifact_path"] = v
    if (v := args.get("body")) is not None:
        kwargs["body"] = File(payload=io.BytesIO(v.encode() if isinstance(v, str) else v))
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def upsert_dataset_records(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/3.0/mlflow/datasets/{dataset_id}/records"""
    from .client.api.tracking.upsert_dataset_records import _get_kwargs
    from .client.models.upsert_dataset_records import UpsertDatasetRecords

    kwargs: dict[str, Any] = {}
    if (v := args.get("dataset_id")) is not None:
        kwargs["dataset_id"] = v
    if (v := _pick(args, ["records", "updated_by"], True)) is not None:
        kwargs["body"] = UpsertDatasetRecords.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))
