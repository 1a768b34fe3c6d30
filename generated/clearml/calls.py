# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: clearml 2.34 from 21 pinned files under clearml/schema (combined sha256 98bf78124837).
"""One coroutine per clearml operation: arguments in, the typed client's request out."""

from __future__ import annotations

from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def auth_create_credentials(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.create_credentials"""
    from .client.models import AuthCreateCredentialsRequest

    v = _pick(args, ["label"], False)
    body = AuthCreateCredentialsRequest.model_validate(v) if v is not None else None
    return await client.auth_create_credentials(body)


async def auth_edit_credentials(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.edit_credentials"""
    from .client.models import AuthEditCredentialsRequest

    v = _pick(args, ["access_key", "label"], True)
    body = AuthEditCredentialsRequest.model_validate(v) if v is not None else None
    return await client.auth_edit_credentials(body)


async def auth_edit_user(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.edit_user"""
    from .client.models import AuthEditUserRequest

    v = _pick(args, ["role", "user"], False)
    body = AuthEditUserRequest.model_validate(v) if v is not None else None
    return await client.auth_edit_user(body)


async def auth_get_credentials(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.get_credentials"""
    from .client.models import AuthGetCredentialsRequest

    v = _pick(args, [], False)
    body = AuthGetCredentialsRequest.model_validate(v) if v is not None else None
    return await client.auth_get_credentials(body)


async def auth_login(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.login"""
    from .client.models import AuthLoginRequest

    v = _pick(args, ["expiration_sec"], False)
    body = AuthLoginRequest.model_validate(v) if v is not None else None
    return await client.auth_login(body)


async def auth_logout(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.logout"""
    from .client.models import AuthLogoutRequest

    v = args.get("body")
    body = AuthLogoutRequest.model_validate(v) if v is not None else None
    return await client.auth_logout(body)


async def auth_revoke_credentials(client: Any, args: dict[str, Any]) -> Any:
    """POST /auth.revoke_credentials"""
    from .client.models import AuthRevokeCredentialsRequest

    v = _pick(args, ["access_key"], True)
    body = AuthRevokeCredentialsRequest.model_validate(v) if v is not None else None
    return await client.auth_revoke_credentials(body)


async def debug_ping(client: Any, args: dict[str, Any]) -> Any:
    """POST /debug.ping"""
    from .client.models import DebugPingRequest

    v = args.get("body")
    body = DebugPingRequest.model_validate(v) if v is not None else None
    return await client.debug_ping(body)


async def events_add(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.add"""
    from .client.models import EventsAddRequest

    v = args.get("body")
    body = EventsAddRequest.model_validate(v) if v is not None else None
    return await client.events_add(body)


async def events_add_batch(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.add_batch"""
    from .client.models import EventsAddBatchRequest

    v = _pick(args, ["requests"], True)
    body = EventsAddBatchRequest.model_validate(v) if v is not None else None
    return await client.events_add_batch(body)


async def events_clear_scroll(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.clear_scroll"""
    from .client.models import EventsClearScrollRequest

    v = _pick(args, ["scroll_id"], True)
    body = EventsClearScrollRequest.model_validate(v) if v is not None else None
    return await client.events_clear_scroll(body)


async def events_clear_task_log(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.clear_task_log"""
    from .client.models import EventsClearTaskLogRequest

    v = _pick(
        args, ["allow_locked", "exclude_metrics", "include_metrics", "task", "threshold_sec"], True
    )
    body = EventsClearTaskLogRequest.model_validate(v) if v is not None else None
    return await client.events_clear_task_log(body)


async def events_debug_images(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.debug_images"""
    from .client.models import EventsDebugImagesRequest

    v = _pick(
        args, ["iters", "metrics", "model_events", "navigate_earlier", "refresh", "scroll_id"], True
    )
    body = EventsDebugImagesRequest.model_validate(v) if v is not None else None
    return await client.events_debug_images(body)


async def events_delete_for_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.delete_for_model"""
    from .client.models import EventsDeleteForModelRequest

    v = _pick(args, ["allow_locked", "model"], True)
    body = EventsDeleteForModelRequest.model_validate(v) if v is not None else None
    return await client.events_delete_for_model(body)


async def events_delete_for_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.delete_for_task"""
    from .client.models import EventsDeleteForTaskRequest

    v = _pick(args, ["allow_locked", "task"], True)
    body = EventsDeleteForTaskRequest.model_validate(v) if v is not None else None
    return await client.events_delete_for_task(body)


async def events_download_task_log(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.download_task_log"""
    from .client.models import EventsDownloadTaskLogRequest

    v = _pick(args, ["line_format", "line_type", "task"], True)
    body = EventsDownloadTaskLogRequest.model_validate(v) if v is not None else None
    return await client.events_download_task_log(body)


async def events_get_debug_image_sample(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_debug_image_sample"""
    from .client.models import EventsGetDebugImageSampleRequest

    v = _pick(
        args,
        [
            "iteration",
            "metric",
            "model_events",
            "navigate_current_metric",
            "refresh",
            "scroll_id",
            "task",
            "variant",
        ],
        True,
    )
    body = EventsGetDebugImageSampleRequest.model_validate(v) if v is not None else None
    return await client.events_get_debug_image_sample(body)


async def events_get_multi_task_metrics(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_multi_task_metrics"""
    from .client.models import EventsGetMultiTaskMetricsRequest

    v = _pick(args, ["event_type", "model_events", "tasks"], True)
    body = EventsGetMultiTaskMetricsRequest.model_validate(v) if v is not None else None
    return await client.events_get_multi_task_metrics(body)


async def events_get_multi_task_plots(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_multi_task_plots"""
    from .client.models import EventsGetMultiTaskPlotsRequest

    v = _pick(
        args,
        [
            "iters",
            "last_iters_per_task_metric",
            "metrics",
            "model_events",
            "no_scroll",
            "scroll_id",
            "tasks",
        ],
        True,
    )
    body = EventsGetMultiTaskPlotsRequest.model_validate(v) if v is not None else None
    return await client.events_get_multi_task_plots(body)


async def events_get_plot_sample(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_plot_sample"""
    from .client.models import EventsGetPlotSampleRequest

    v = _pick(
        args,
        [
            "iteration",
            "metric",
            "model_events",
            "navigate_current_metric",
            "refresh",
            "scroll_id",
            "task",
        ],
        True,
    )
    body = EventsGetPlotSampleRequest.model_validate(v) if v is not None else None
    return await client.events_get_plot_sample(body)


async def events_get_scalar_metric_data(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_scalar_metric_data"""
    from .client.models import EventsGetScalarMetricDataRequest

    v = _pick(args, ["metric", "model_events", "no_scroll", "scroll_id", "task"], False)
    body = EventsGetScalarMetricDataRequest.model_validate(v) if v is not None else None
    return await client.events_get_scalar_metric_data(body)


async def events_get_scalar_metrics_and_variants(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_scalar_metrics_and_variants"""
    from .client.models import EventsGetScalarMetricsAndVariantsRequest

    v = _pick(args, ["model_events", "task"], True)
    body = EventsGetScalarMetricsAndVariantsRequest.model_validate(v) if v is not None else None
    return await client.events_get_scalar_metrics_and_variants(body)


async def events_get_task_events(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_events"""
    from .client.models import EventsGetTaskEventsRequest

    v = _pick(
        args,
        ["batch_size", "event_type", "metrics", "model_events", "order", "scroll_id", "task"],
        True,
    )
    body = EventsGetTaskEventsRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_events(body)


async def events_get_task_latest_scalar_values(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_latest_scalar_values"""
    from .client.models import EventsGetTaskLatestScalarValuesRequest

    v = _pick(args, ["task"], True)
    body = EventsGetTaskLatestScalarValuesRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_latest_scalar_values(body)


async def events_get_task_log(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_log"""
    from .client.models import EventsGetTaskLogRequest

    v = _pick(
        args, ["batch_size", "from_timestamp", "metrics", "navigate_earlier", "order", "task"], True
    )
    body = EventsGetTaskLogRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_log(body)


async def events_get_task_metrics(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_metrics"""
    from .client.models import EventsGetTaskMetricsRequest

    v = _pick(args, ["event_type", "model_events", "tasks"], True)
    body = EventsGetTaskMetricsRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_metrics(body)


async def events_get_task_plots(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_plots"""
    from .client.models import EventsGetTaskPlotsRequest

    v = _pick(args, ["iters", "metrics", "model_events", "no_scroll", "scroll_id", "task"], True)
    body = EventsGetTaskPlotsRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_plots(body)


async def events_get_task_single_value_metrics(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_task_single_value_metrics"""
    from .client.models import EventsGetTaskSingleValueMetricsRequest

    v = _pick(args, ["metrics", "model_events", "tasks"], True)
    body = EventsGetTaskSingleValueMetricsRequest.model_validate(v) if v is not None else None
    return await client.events_get_task_single_value_metrics(body)


async def events_get_vector_metrics_and_variants(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.get_vector_metrics_and_variants"""
    from .client.models import EventsGetVectorMetricsAndVariantsRequest

    v = _pick(args, ["model_events", "task"], True)
    body = EventsGetVectorMetricsAndVariantsRequest.model_validate(v) if v is not None else None
    return await client.events_get_vector_metrics_and_variants(body)


async def events_multi_task_scalar_metrics_iter_histogram(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.multi_task_scalar_metrics_iter_histogram"""
    from .client.models import EventsMultiTaskScalarMetricsIterHistogramRequest

    v = _pick(args, ["key", "metrics", "model_events", "samples", "tasks"], True)
    body = (
        EventsMultiTaskScalarMetricsIterHistogramRequest.model_validate(v)
        if v is not None
        else None
    )
    return await client.events_multi_task_scalar_metrics_iter_histogram(body)


async def events_next_debug_image_sample(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.next_debug_image_sample"""
    from .client.models import EventsNextDebugImageSampleRequest

    v = _pick(
        args, ["model_events", "navigate_earlier", "next_iteration", "scroll_id", "task"], True
    )
    body = EventsNextDebugImageSampleRequest.model_validate(v) if v is not None else None
    return await client.events_next_debug_image_sample(body)


async def events_next_plot_sample(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.next_plot_sample"""
    from .client.models import EventsNextPlotSampleRequest

    v = _pick(
        args, ["model_events", "navigate_earlier", "next_iteration", "scroll_id", "task"], True
    )
    body = EventsNextPlotSampleRequest.model_validate(v) if v is not None else None
    return await client.events_next_plot_sample(body)


async def events_plots(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.plots"""
    from .client.models import EventsPlotsRequest

    v = _pick(
        args, ["iters", "metrics", "model_events", "navigate_earlier", "refresh", "scroll_id"], True
    )
    body = EventsPlotsRequest.model_validate(v) if v is not None else None
    return await client.events_plots(body)


async def events_scalar_metrics_iter_histogram(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.scalar_metrics_iter_histogram"""
    from .client.models import EventsScalarMetricsIterHistogramRequest

    v = _pick(args, ["key", "metrics", "model_events", "samples", "task"], True)
    body = EventsScalarMetricsIterHistogramRequest.model_validate(v) if v is not None else None
    return await client.events_scalar_metrics_iter_histogram(body)


async def events_scalar_metrics_iter_raw(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.scalar_metrics_iter_raw"""
    from .client.models import EventsScalarMetricsIterRawRequest

    v = _pick(
        args,
        ["batch_size", "count_total", "key", "metric", "model_events", "scroll_id", "task"],
        True,
    )
    body = EventsScalarMetricsIterRawRequest.model_validate(v) if v is not None else None
    return await client.events_scalar_metrics_iter_raw(body)


async def events_vector_metrics_iter_histogram(client: Any, args: dict[str, Any]) -> Any:
    """POST /events.vector_metrics_iter_histogram"""
    from .client.models import EventsVectorMetricsIterHistogramRequest

    v = _pick(args, ["metric", "model_events", "task", "variant"], True)
    body = EventsVectorMetricsIterHistogramRequest.model_validate(v) if v is not None else None
    return await client.events_vector_metrics_iter_histogram(body)


async def login_logout(client: Any, args: dict[str, Any]) -> Any:
    """POST /login.logout"""
    from .client.models import LoginLogoutRequest

    v = args.get("body")
    body = LoginLogoutRequest.model_validate(v) if v is not None else None
    return await client.login_logout(body)


async def login_supported_modes(client: Any, args: dict[str, Any]) -> Any:
    """POST /login.supported_modes"""
    from .client.models import LoginSupportedModesRequest

    v = args.get("body")
    body = LoginSupportedModesRequest.model_validate(v) if v is not None else None
    return await client.login_supported_modes(body)


async def models_add_or_update_metadata(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.add_or_update_metadata"""
    from .client.models import ModelsAddOrUpdateMetadataRequest

    v = _pick(args, ["metadata", "model", "replace_metadata"], True)
    body = ModelsAddOrUpdateMetadataRequest.model_validate(v) if v is not None else None
    return await client.models_add_or_update_metadata(body)


async def models_archive_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.archive_many"""
    from .client.models import ModelsArchiveManyRequest

    v = _pick(args, ["ids"], True)
    body = ModelsArchiveManyRequest.model_validate(v) if v is not None else None
    return await client.models_archive_many(body)


async def models_create(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.create"""
    from .client.models import ModelsCreateRequest

    v = _pick(
        args,
        [
            "comment",
            "design",
            "framework",
            "labels",
            "metadata",
            "name",
            "parent",
            "project",
            "public",
            "ready",
            "system_tags",
            "tags",
            "task",
            "uri",
        ],
        True,
    )
    body = ModelsCreateRequest.model_validate(v) if v is not None else None
    return await client.models_create(body)


async def models_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.delete"""
    from .client.models import ModelsDeleteRequest

    v = _pick(args, ["force", "model"], True)
    body = ModelsDeleteRequest.model_validate(v) if v is not None else None
    return await client.models_delete(body)


async def models_delete_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.delete_many"""
    from .client.models import ModelsDeleteManyRequest

    v = _pick(args, ["force", "ids"], True)
    body = ModelsDeleteManyRequest.model_validate(v) if v is not None else None
    return await client.models_delete_many(body)


async def models_delete_metadata(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.delete_metadata"""
    from .client.models import ModelsDeleteMetadataRequest

    v = _pick(args, ["keys", "model"], True)
    body = ModelsDeleteMetadataRequest.model_validate(v) if v is not None else None
    return await client.models_delete_metadata(body)


async def models_edit(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.edit"""
    from .client.models import ModelsEditRequest

    v = _pick(
        args,
        [
            "comment",
            "design",
            "framework",
            "iteration",
            "labels",
            "metadata",
            "model",
            "name",
            "parent",
            "project",
            "ready",
            "system_tags",
            "tags",
            "task",
            "uri",
        ],
        True,
    )
    body = ModelsEditRequest.model_validate(v) if v is not None else None
    return await client.models_edit(body)


async def models_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.get_all"""
    from .client.models import ModelsGetAllRequest

    v = _pick(
        args,
        [
            "_all_",
            "_any_",
            "framework",
            "id",
            "include_subprojects",
            "last_update",
            "name",
            "only_fields",
            "order_by",
            "page",
            "page_size",
            "project",
            "ready",
            "refresh_scroll",
            "scroll_id",
            "search_text",
            "size",
            "system_tags",
            "tags",
            "task",
            "uri",
            "user",
        ],
        False,
    )
    body = ModelsGetAllRequest.model_validate(v) if v is not None else None
    return await client.models_get_all(body)


async def models_get_by_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.get_by_id"""
    from .client.models import ModelsGetByIdRequest

    v = _pick(args, ["model"], True)
    body = ModelsGetByIdRequest.model_validate(v) if v is not None else None
    return await client.models_get_by_id(body)


async def models_get_by_task_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.get_by_task_id"""
    from .client.models import ModelsGetByTaskIdRequest

    v = _pick(args, ["task"], False)
    body = ModelsGetByTaskIdRequest.model_validate(v) if v is not None else None
    return await client.models_get_by_task_id(body)


async def models_get_frameworks(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.get_frameworks"""
    from .client.models import ModelsGetFrameworksRequest

    v = _pick(args, ["projects"], False)
    body = ModelsGetFrameworksRequest.model_validate(v) if v is not None else None
    return await client.models_get_frameworks(body)


async def models_make_private(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.make_private"""
    from .client.models import ModelsMakePrivateRequest

    v = _pick(args, ["ids"], False)
    body = ModelsMakePrivateRequest.model_validate(v) if v is not None else None
    return await client.models_make_private(body)


async def models_make_public(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.make_public"""
    from .client.models import ModelsMakePublicRequest

    v = _pick(args, ["ids"], False)
    body = ModelsMakePublicRequest.model_validate(v) if v is not None else None
    return await client.models_make_public(body)


async def models_move(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.move"""
    from .client.models import ModelsMoveRequest

    v = _pick(args, ["ids", "project", "project_name"], True)
    body = ModelsMoveRequest.model_validate(v) if v is not None else None
    return await client.models_move(body)


async def models_publish_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.publish_many"""
    from .client.models import ModelsPublishManyRequest

    v = _pick(args, ["force_publish_task", "ids", "publish_tasks"], True)
    body = ModelsPublishManyRequest.model_validate(v) if v is not None else None
    return await client.models_publish_many(body)


async def models_set_ready(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.set_ready"""
    from .client.models import ModelsSetReadyRequest

    v = _pick(args, ["force_publish_task", "model", "publish_task"], True)
    body = ModelsSetReadyRequest.model_validate(v) if v is not None else None
    return await client.models_set_ready(body)


async def models_unarchive_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.unarchive_many"""
    from .client.models import ModelsUnarchiveManyRequest

    v = _pick(args, ["ids"], True)
    body = ModelsUnarchiveManyRequest.model_validate(v) if v is not None else None
    return await client.models_unarchive_many(body)


async def models_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.update"""
    from .client.models import ModelsUpdateRequest

    v = _pick(
        args,
        [
            "comment",
            "created",
            "iteration",
            "metadata",
            "model",
            "name",
            "project",
            "ready",
            "system_tags",
            "tags",
            "task",
            "ui_cache",
        ],
        True,
    )
    body = ModelsUpdateRequest.model_validate(v) if v is not None else None
    return await client.models_update(body)


async def models_update_for_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.update_for_task"""
    from .client.models import ModelsUpdateForTaskRequest

    v = _pick(
        args,
        ["comment", "iteration", "name", "override_model_id", "system_tags", "tags", "task", "uri"],
        True,
    )
    body = ModelsUpdateForTaskRequest.model_validate(v) if v is not None else None
    return await client.models_update_for_task(body)


async def models_update_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /models.update_tags"""
    from .client.models import ModelsUpdateTagsRequest

    v = _pick(args, ["add_tags", "ids", "remove_tags"], False)
    body = ModelsUpdateTagsRequest.model_validate(v) if v is not None else None
    return await client.models_update_tags(body)


async def organization_download_for_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.download_for_get_all"""
    from .client.models import OrganizationDownloadForGetAllRequest

    v = _pick(args, ["prepare_id"], True)
    body = OrganizationDownloadForGetAllRequest.model_validate(v) if v is not None else None
    return await client.organization_download_for_get_all(body)


async def organization_get_entities_count(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.get_entities_count"""
    from .client.models import OrganizationGetEntitiesCountRequest

    v = _pick(
        args,
        [
            "active_users",
            "allow_public",
            "dataset_versions",
            "datasets",
            "limit",
            "models",
            "pipeline_runs",
            "pipelines",
            "projects",
            "reports",
            "search_hidden",
            "tasks",
        ],
        False,
    )
    body = OrganizationGetEntitiesCountRequest.model_validate(v) if v is not None else None
    return await client.organization_get_entities_count(body)


async def organization_get_project_usages(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.get_project_usages"""
    from .client.models import OrganizationGetProjectUsagesRequest

    v = _pick(
        args,
        [
            "breakdown_keys",
            "from_date",
            "include_development",
            "projects",
            "to_date",
            "usage_fields",
        ],
        True,
    )
    body = OrganizationGetProjectUsagesRequest.model_validate(v) if v is not None else None
    return await client.organization_get_project_usages(body)


async def organization_get_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.get_tags"""
    from .client.models import OrganizationGetTagsRequest

    v = _pick(args, ["filter", "include_system"], False)
    body = OrganizationGetTagsRequest.model_validate(v) if v is not None else None
    return await client.organization_get_tags(body)


async def organization_get_user_companies(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.get_user_companies"""
    from .client.models import OrganizationGetUserCompaniesRequest

    v = _pick(args, [], False)
    body = OrganizationGetUserCompaniesRequest.model_validate(v) if v is not None else None
    return await client.organization_get_user_companies(body)


async def organization_prepare_download_for_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /organization.prepare_download_for_get_all"""
    from .client.models import OrganizationPrepareDownloadForGetAllRequest

    v = _pick(
        args,
        ["allow_public", "entity_type", "field_mappings", "only_fields", "search_hidden"],
        True,
    )
    body = OrganizationPrepareDownloadForGetAllRequest.model_validate(v) if v is not None else None
    return await client.organization_prepare_download_for_get_all(body)


async def pipelines_delete_runs(client: Any, args: dict[str, Any]) -> Any:
    """POST /pipelines.delete_runs"""
    from .client.models import PipelinesDeleteRunsRequest

    v = _pick(args, ["ids", "project"], True)
    body = PipelinesDeleteRunsRequest.model_validate(v) if v is not None else None
    return await client.pipelines_delete_runs(body)


async def pipelines_start_pipeline(client: Any, args: dict[str, Any]) -> Any:
    """POST /pipelines.start_pipeline"""
    from .client.models import PipelinesStartPipelineRequest

    v = _pick(args, ["args", "queue", "task", "verify_watched_queue"], True)
    body = PipelinesStartPipelineRequest.model_validate(v) if v is not None else None
    return await client.pipelines_start_pipeline(body)


async def projects_create(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.create"""
    from .client.models import ProjectsCreateRequest

    v = _pick(
        args, ["default_output_destination", "description", "name", "system_tags", "tags"], True
    )
    body = ProjectsCreateRequest.model_validate(v) if v is not None else None
    return await client.projects_create(body)


async def projects_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.delete"""
    from .client.models import ProjectsDeleteRequest

    v = _pick(args, ["delete_contents", "delete_external_artifacts", "force", "project"], True)
    body = ProjectsDeleteRequest.model_validate(v) if v is not None else None
    return await client.projects_delete(body)


async def projects_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_all"""
    from .client.models import ProjectsGetAllRequest

    v = _pick(
        args,
        [
            "_all_",
            "_any_",
            "basename",
            "description",
            "id",
            "name",
            "only_fields",
            "order_by",
            "page",
            "page_size",
            "refresh_scroll",
            "scroll_id",
            "search_hidden",
            "search_text",
            "shallow_search",
            "size",
            "system_tags",
            "tags",
        ],
        False,
    )
    body = ProjectsGetAllRequest.model_validate(v) if v is not None else None
    return await client.projects_get_all(body)


async def projects_get_by_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_by_id"""
    from .client.models import ProjectsGetByIdRequest

    v = _pick(args, ["project"], True)
    body = ProjectsGetByIdRequest.model_validate(v) if v is not None else None
    return await client.projects_get_by_id(body)


async def projects_get_hyper_parameters(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_hyper_parameters"""
    from .client.models import ProjectsGetHyperParametersRequest

    v = _pick(args, ["include_subprojects", "page", "page_size", "project"], True)
    body = ProjectsGetHyperParametersRequest.model_validate(v) if v is not None else None
    return await client.projects_get_hyper_parameters(body)


async def projects_get_hyperparam_values(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_hyperparam_values"""
    from .client.models import ProjectsGetHyperparamValuesRequest

    v = _pick(
        args,
        [
            "allow_public",
            "include_subprojects",
            "name",
            "page",
            "page_size",
            "pattern",
            "projects",
            "section",
        ],
        True,
    )
    body = ProjectsGetHyperparamValuesRequest.model_validate(v) if v is not None else None
    return await client.projects_get_hyperparam_values(body)


async def projects_get_model_metadata_keys(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_model_metadata_keys"""
    from .client.models import ProjectsGetModelMetadataKeysRequest

    v = _pick(args, ["include_subprojects", "page", "page_size", "project"], True)
    body = ProjectsGetModelMetadataKeysRequest.model_validate(v) if v is not None else None
    return await client.projects_get_model_metadata_keys(body)


async def projects_get_model_metadata_values(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_model_metadata_values"""
    from .client.models import ProjectsGetModelMetadataValuesRequest

    v = _pick(
        args, ["allow_public", "include_subprojects", "key", "page", "page_size", "projects"], True
    )
    body = ProjectsGetModelMetadataValuesRequest.model_validate(v) if v is not None else None
    return await client.projects_get_model_metadata_values(body)


async def projects_get_model_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_model_tags"""
    from .client.models import ProjectsGetModelTagsRequest

    v = _pick(args, ["filter", "include_system", "projects"], False)
    body = ProjectsGetModelTagsRequest.model_validate(v) if v is not None else None
    return await client.projects_get_model_tags(body)


async def projects_get_project_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_project_tags"""
    from .client.models import ProjectsGetProjectTagsRequest

    v = _pick(args, ["filter", "include_system", "projects"], False)
    body = ProjectsGetProjectTagsRequest.model_validate(v) if v is not None else None
    return await client.projects_get_project_tags(body)


async def projects_get_task_parents(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_task_parents"""
    from .client.models import ProjectsGetTaskParentsRequest

    v = _pick(args, ["include_subprojects", "projects", "task_name", "tasks_state"], False)
    body = ProjectsGetTaskParentsRequest.model_validate(v) if v is not None else None
    return await client.projects_get_task_parents(body)


async def projects_get_task_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_task_tags"""
    from .client.models import ProjectsGetTaskTagsRequest

    v = _pick(args, ["filter", "include_system", "projects"], False)
    body = ProjectsGetTaskTagsRequest.model_validate(v) if v is not None else None
    return await client.projects_get_task_tags(body)


async def projects_get_unique_metric_variants(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_unique_metric_variants"""
    from .client.models import ProjectsGetUniqueMetricVariantsRequest

    v = _pick(args, ["ids", "include_subprojects", "model_metrics", "project"], False)
    body = ProjectsGetUniqueMetricVariantsRequest.model_validate(v) if v is not None else None
    return await client.projects_get_unique_metric_variants(body)


async def projects_get_user_names(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.get_user_names"""
    from .client.models import ProjectsGetUserNamesRequest

    v = _pick(args, ["entity", "include_subprojects", "projects"], False)
    body = ProjectsGetUserNamesRequest.model_validate(v) if v is not None else None
    return await client.projects_get_user_names(body)


async def projects_make_private(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.make_private"""
    from .client.models import ProjectsMakePrivateRequest

    v = _pick(args, ["ids"], False)
    body = ProjectsMakePrivateRequest.model_validate(v) if v is not None else None
    return await client.projects_make_private(body)


async def projects_make_public(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.make_public"""
    from .client.models import ProjectsMakePublicRequest

    v = _pick(args, ["ids"], False)
    body = ProjectsMakePublicRequest.model_validate(v) if v is not None else None
    return await client.projects_make_public(body)


async def projects_merge(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.merge"""
    from .client.models import ProjectsMergeRequest

    v = _pick(args, ["destination_project", "project"], True)
    body = ProjectsMergeRequest.model_validate(v) if v is not None else None
    return await client.projects_merge(body)


async def projects_move(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.move"""
    from .client.models import ProjectsMoveRequest

    v = _pick(args, ["new_location", "project"], True)
    body = ProjectsMoveRequest.model_validate(v) if v is not None else None
    return await client.projects_move(body)


async def projects_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.update"""
    from .client.models import ProjectsUpdateRequest

    v = _pick(
        args,
        ["default_output_destination", "description", "name", "project", "system_tags", "tags"],
        True,
    )
    body = ProjectsUpdateRequest.model_validate(v) if v is not None else None
    return await client.projects_update(body)


async def projects_validate_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /projects.validate_delete"""
    from .client.models import ProjectsValidateDeleteRequest

    v = _pick(args, ["project"], True)
    body = ProjectsValidateDeleteRequest.model_validate(v) if v is not None else None
    return await client.projects_validate_delete(body)


async def queues_add_or_update_metadata(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.add_or_update_metadata"""
    from .client.models import QueuesAddOrUpdateMetadataRequest

    v = _pick(args, ["metadata", "queue", "replace_metadata"], True)
    body = QueuesAddOrUpdateMetadataRequest.model_validate(v) if v is not None else None
    return await client.queues_add_or_update_metadata(body)


async def queues_add_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.add_task"""
    from .client.models import QueuesAddTaskRequest

    v = _pick(args, ["queue", "task", "update_execution_queue"], True)
    body = QueuesAddTaskRequest.model_validate(v) if v is not None else None
    return await client.queues_add_task(body)


async def queues_clear_queue(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.clear_queue"""
    from .client.models import QueuesClearQueueRequest

    v = _pick(args, ["queue"], True)
    body = QueuesClearQueueRequest.model_validate(v) if v is not None else None
    return await client.queues_clear_queue(body)


async def queues_create(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.create"""
    from .client.models import QueuesCreateRequest

    v = _pick(args, ["display_name", "metadata", "name", "system_tags", "tags"], True)
    body = QueuesCreateRequest.model_validate(v) if v is not None else None
    return await client.queues_create(body)


async def queues_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.delete"""
    from .client.models import QueuesDeleteRequest

    v = _pick(args, ["force", "queue"], True)
    body = QueuesDeleteRequest.model_validate(v) if v is not None else None
    return await client.queues_delete(body)


async def queues_delete_metadata(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.delete_metadata"""
    from .client.models import QueuesDeleteMetadataRequest

    v = _pick(args, ["keys", "queue"], True)
    body = QueuesDeleteMetadataRequest.model_validate(v) if v is not None else None
    return await client.queues_delete_metadata(body)


async def queues_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_all"""
    from .client.models import QueuesGetAllRequest

    v = _pick(
        args,
        [
            "id",
            "max_task_entries",
            "name",
            "only_fields",
            "order_by",
            "page",
            "page_size",
            "refresh_scroll",
            "scroll_id",
            "search_hidden",
            "search_text",
            "size",
            "system_tags",
            "tags",
        ],
        False,
    )
    body = QueuesGetAllRequest.model_validate(v) if v is not None else None
    return await client.queues_get_all(body)


async def queues_get_by_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_by_id"""
    from .client.models import QueuesGetByIdRequest

    v = _pick(args, ["max_task_entries", "queue"], True)
    body = QueuesGetByIdRequest.model_validate(v) if v is not None else None
    return await client.queues_get_by_id(body)


async def queues_get_default(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_default"""
    from .client.models import QueuesGetDefaultRequest

    v = _pick(args, [], False)
    body = QueuesGetDefaultRequest.model_validate(v) if v is not None else None
    return await client.queues_get_default(body)


async def queues_get_next_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_next_task"""
    from .client.models import QueuesGetNextTaskRequest

    v = _pick(args, ["get_task_info", "queue", "task"], True)
    body = QueuesGetNextTaskRequest.model_validate(v) if v is not None else None
    return await client.queues_get_next_task(body)


async def queues_get_num_entries(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_num_entries"""
    from .client.models import QueuesGetNumEntriesRequest

    v = _pick(args, ["queue"], True)
    body = QueuesGetNumEntriesRequest.model_validate(v) if v is not None else None
    return await client.queues_get_num_entries(body)


async def queues_get_queue_metrics(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.get_queue_metrics"""
    from .client.models import QueuesGetQueueMetricsRequest

    v = _pick(args, ["from_date", "interval", "queue_ids", "refresh", "to_date"], True)
    body = QueuesGetQueueMetricsRequest.model_validate(v) if v is not None else None
    return await client.queues_get_queue_metrics(body)


async def queues_move_task_backward(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.move_task_backward"""
    from .client.models import QueuesMoveTaskBackwardRequest

    v = _pick(args, ["count", "queue", "task"], True)
    body = QueuesMoveTaskBackwardRequest.model_validate(v) if v is not None else None
    return await client.queues_move_task_backward(body)


async def queues_move_task_forward(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.move_task_forward"""
    from .client.models import QueuesMoveTaskForwardRequest

    v = _pick(args, ["count", "queue", "task"], True)
    body = QueuesMoveTaskForwardRequest.model_validate(v) if v is not None else None
    return await client.queues_move_task_forward(body)


async def queues_move_task_to_back(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.move_task_to_back"""
    from .client.models import QueuesMoveTaskToBackRequest

    v = _pick(args, ["queue", "task"], True)
    body = QueuesMoveTaskToBackRequest.model_validate(v) if v is not None else None
    return await client.queues_move_task_to_back(body)


async def queues_move_task_to_front(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.move_task_to_front"""
    from .client.models import QueuesMoveTaskToFrontRequest

    v = _pick(args, ["queue", "task"], True)
    body = QueuesMoveTaskToFrontRequest.model_validate(v) if v is not None else None
    return await client.queues_move_task_to_front(body)


async def queues_peek_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.peek_task"""
    from .client.models import QueuesPeekTaskRequest

    v = _pick(args, ["queue"], True)
    body = QueuesPeekTaskRequest.model_validate(v) if v is not None else None
    return await client.queues_peek_task(body)


async def queues_remove_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.remove_task"""
    from .client.models import QueuesRemoveTaskRequest

    v = _pick(args, ["queue", "task", "update_task_status"], True)
    body = QueuesRemoveTaskRequest.model_validate(v) if v is not None else None
    return await client.queues_remove_task(body)


async def queues_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /queues.update"""
    from .client.models import QueuesUpdateRequest

    v = _pick(args, ["display_name", "metadata", "name", "queue", "system_tags", "tags"], True)
    body = QueuesUpdateRequest.model_validate(v) if v is not None else None
    return await client.queues_update(body)


async def reports_archive(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.archive"""
    from .client.models import ReportsArchiveRequest

    v = _pick(args, ["comment", "task"], True)
    body = ReportsArchiveRequest.model_validate(v) if v is not None else None
    return await client.reports_archive(body)


async def reports_create(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.create"""
    from .client.models import ReportsCreateRequest

    v = _pick(args, ["comment", "name", "project", "report", "report_assets", "tags"], True)
    body = ReportsCreateRequest.model_validate(v) if v is not None else None
    return await client.reports_create(body)


async def reports_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.delete"""
    from .client.models import ReportsDeleteRequest

    v = _pick(args, ["force", "task"], True)
    body = ReportsDeleteRequest.model_validate(v) if v is not None else None
    return await client.reports_delete(body)


async def reports_get_all_ex(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.get_all_ex"""
    from .client.models import ReportsGetAllExRequest

    v = _pick(
        args,
        [
            "_all_",
            "_any_",
            "allow_public",
            "filters",
            "id",
            "include_subprojects",
            "name",
            "only_fields",
            "order_by",
            "page",
            "page_size",
            "project",
            "refresh_scroll",
            "scroll_id",
            "search_text",
            "size",
            "status",
            "status_changed",
            "system_tags",
            "tags",
            "user",
        ],
        False,
    )
    body = ReportsGetAllExRequest.model_validate(v) if v is not None else None
    return await client.reports_get_all_ex(body)


async def reports_get_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.get_tags"""
    from .client.models import ReportsGetTagsRequest

    v = args.get("body")
    body = ReportsGetTagsRequest.model_validate(v) if v is not None else None
    return await client.reports_get_tags(body)


async def reports_get_task_data(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.get_task_data"""
    from .client.models import ReportsGetTaskDataRequest

    v = _pick(
        args,
        [
            "_all_",
            "_any_",
            "allow_public",
            "debug_images",
            "id",
            "include_subprojects",
            "input.view.entries.dataset",
            "input.view.entries.version",
            "model_events",
            "name",
            "only_fields",
            "order_by",
            "parent",
            "plots",
            "project",
            "scalar_metrics_iter_histogram",
            "search_hidden",
            "search_text",
            "single_value_metrics",
            "size",
            "status",
            "status_changed",
            "system_tags",
            "tags",
            "type",
            "user",
        ],
        False,
    )
    body = ReportsGetTaskDataRequest.model_validate(v) if v is not None else None
    return await client.reports_get_task_data(body)


async def reports_move(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.move"""
    from .client.models import ReportsMoveRequest

    v = _pick(args, ["project", "project_name", "task"], True)
    body = ReportsMoveRequest.model_validate(v) if v is not None else None
    return await client.reports_move(body)


async def reports_publish(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.publish"""
    from .client.models import ReportsPublishRequest

    v = _pick(args, ["comment", "task"], True)
    body = ReportsPublishRequest.model_validate(v) if v is not None else None
    return await client.reports_publish(body)


async def reports_unarchive(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.unarchive"""
    from .client.models import ReportsUnarchiveRequest

    v = _pick(args, ["comment", "task"], True)
    body = ReportsUnarchiveRequest.model_validate(v) if v is not None else None
    return await client.reports_unarchive(body)


async def reports_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /reports.update"""
    from .client.models import ReportsUpdateRequest

    v = _pick(args, ["comment", "name", "report", "report_assets", "tags", "task"], True)
    body = ReportsUpdateRequest.model_validate(v) if v is not None else None
    return await client.reports_update(body)


async def serving_container_status_report(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.container_status_report"""
    from .client.models import ServingContainerStatusReportRequest

    v = _pick(
        args,
        [
            "container_id",
            "endpoint_name",
            "endpoint_url",
            "input_size",
            "input_type",
            "latency_ms",
            "machine_stats",
            "model_name",
            "model_source",
            "model_version",
            "preprocess_artifact",
            "reference",
            "requests_min",
            "requests_num",
            "uptime_sec",
        ],
        True,
    )
    body = ServingContainerStatusReportRequest.model_validate(v) if v is not None else None
    return await client.serving_container_status_report(body)


async def serving_get_endpoint_details(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.get_endpoint_details"""
    from .client.models import ServingGetEndpointDetailsRequest

    v = _pick(args, ["endpoint_url"], True)
    body = ServingGetEndpointDetailsRequest.model_validate(v) if v is not None else None
    return await client.serving_get_endpoint_details(body)


async def serving_get_endpoint_metrics_history(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.get_endpoint_metrics_history"""
    from .client.models import ServingGetEndpointMetricsHistoryRequest

    v = _pick(
        args,
        ["endpoint_url", "from_date", "instance_charts", "interval", "metric_type", "to_date"],
        True,
    )
    body = ServingGetEndpointMetricsHistoryRequest.model_validate(v) if v is not None else None
    return await client.serving_get_endpoint_metrics_history(body)


async def serving_get_endpoints(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.get_endpoints"""
    from .client.models import ServingGetEndpointsRequest

    v = args.get("body")
    body = ServingGetEndpointsRequest.model_validate(v) if v is not None else None
    return await client.serving_get_endpoints(body)


async def serving_get_loading_instances(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.get_loading_instances"""
    from .client.models import ServingGetLoadingInstancesRequest

    v = args.get("body")
    body = ServingGetLoadingInstancesRequest.model_validate(v) if v is not None else None
    return await client.serving_get_loading_instances(body)


async def serving_register_container(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.register_container"""
    from .client.models import ServingRegisterContainerRequest

    v = _pick(
        args,
        [
            "container_id",
            "endpoint_name",
            "endpoint_url",
            "input_size",
            "input_type",
            "model_name",
            "model_source",
            "model_version",
            "preprocess_artifact",
            "reference",
            "timeout",
        ],
        True,
    )
    body = ServingRegisterContainerRequest.model_validate(v) if v is not None else None
    return await client.serving_register_container(body)


async def serving_unregister_container(client: Any, args: dict[str, Any]) -> Any:
    """POST /serving.unregister_container"""
    from .client.models import ServingUnregisterContainerRequest

    v = _pick(args, ["container_id"], True)
    body = ServingUnregisterContainerRequest.model_validate(v) if v is not None else None
    return await client.serving_unregister_container(body)


async def tasks_add_or_update_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.add_or_update_artifacts"""
    from .client.models import TasksAddOrUpdateArtifactsRequest

    v = _pick(args, ["artifacts", "force", "task"], True)
    body = TasksAddOrUpdateArtifactsRequest.model_validate(v) if v is not None else None
    return await client.tasks_add_or_update_artifacts(body)


async def tasks_add_or_update_model(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.add_or_update_model"""
    from .client.models import TasksAddOrUpdateModelRequest

    v = _pick(args, ["iteration", "model", "name", "task", "type"], True)
    body = TasksAddOrUpdateModelRequest.model_validate(v) if v is not None else None
    return await client.tasks_add_or_update_model(body)


async def tasks_archive(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.archive"""
    from .client.models import TasksArchiveRequest

    v = _pick(args, ["include_pipeline_steps", "status_message", "status_reason", "tasks"], True)
    body = TasksArchiveRequest.model_validate(v) if v is not None else None
    return await client.tasks_archive(body)


async def tasks_archive_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.archive_many"""
    from .client.models import TasksArchiveManyRequest

    v = _pick(args, ["ids", "include_pipeline_steps", "status_message", "status_reason"], True)
    body = TasksArchiveManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_archive_many(body)


async def tasks_clone(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.clone"""
    from .client.models import TasksCloneRequest

    v = _pick(
        args,
        [
            "execution_overrides",
            "new_project_name",
            "new_task_comment",
            "new_task_configuration",
            "new_task_container",
            "new_task_hyperparams",
            "new_task_input_models",
            "new_task_name",
            "new_task_parent",
            "new_task_project",
            "new_task_system_tags",
            "new_task_tags",
            "task",
            "validate_references",
        ],
        True,
    )
    body = TasksCloneRequest.model_validate(v) if v is not None else None
    return await client.tasks_clone(body)


async def tasks_close(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.close"""
    from .client.models import TasksCloseRequest

    v = _pick(args, ["force", "status_message", "status_reason", "task"], True)
    body = TasksCloseRequest.model_validate(v) if v is not None else None
    return await client.tasks_close(body)


async def tasks_completed(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.completed"""
    from .client.models import TasksCompletedRequest

    v = _pick(args, ["force", "publish", "status_message", "status_reason", "task"], True)
    body = TasksCompletedRequest.model_validate(v) if v is not None else None
    return await client.tasks_completed(body)


async def tasks_create(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.create"""
    from .client.models import TasksCreateRequest

    v = _pick(
        args,
        [
            "comment",
            "configuration",
            "container",
            "execution",
            "hyperparams",
            "models",
            "name",
            "output_dest",
            "parent",
            "project",
            "script",
            "system_tags",
            "tags",
            "type",
        ],
        True,
    )
    body = TasksCreateRequest.model_validate(v) if v is not None else None
    return await client.tasks_create(body)


async def tasks_delete(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete"""
    from .client.models import TasksDeleteRequest

    v = _pick(
        args,
        [
            "delete_external_artifacts",
            "delete_output_models",
            "force",
            "include_pipeline_steps",
            "move_to_trash",
            "return_file_urls",
            "status_message",
            "status_reason",
            "task",
        ],
        True,
    )
    body = TasksDeleteRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete(body)


async def tasks_delete_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete_artifacts"""
    from .client.models import TasksDeleteArtifactsRequest

    v = _pick(args, ["artifacts", "force", "task"], True)
    body = TasksDeleteArtifactsRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete_artifacts(body)


async def tasks_delete_configuration(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete_configuration"""
    from .client.models import TasksDeleteConfigurationRequest

    v = _pick(args, ["configuration", "force", "task"], True)
    body = TasksDeleteConfigurationRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete_configuration(body)


async def tasks_delete_hyper_params(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete_hyper_params"""
    from .client.models import TasksDeleteHyperParamsRequest

    v = _pick(args, ["force", "hyperparams", "task"], True)
    body = TasksDeleteHyperParamsRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete_hyper_params(body)


async def tasks_delete_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete_many"""
    from .client.models import TasksDeleteManyRequest

    v = _pick(
        args,
        [
            "delete_external_artifacts",
            "delete_output_models",
            "force",
            "ids",
            "include_pipeline_steps",
            "move_to_trash",
            "return_file_urls",
        ],
        True,
    )
    body = TasksDeleteManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete_many(body)


async def tasks_delete_models(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.delete_models"""
    from .client.models import TasksDeleteModelsRequest

    v = _pick(args, ["models", "task"], True)
    body = TasksDeleteModelsRequest.model_validate(v) if v is not None else None
    return await client.tasks_delete_models(body)


async def tasks_dequeue(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.dequeue"""
    from .client.models import TasksDequeueRequest

    v = _pick(
        args,
        ["new_status", "remove_from_all_queues", "status_message", "status_reason", "task"],
        True,
    )
    body = TasksDequeueRequest.model_validate(v) if v is not None else None
    return await client.tasks_dequeue(body)


async def tasks_dequeue_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.dequeue_many"""
    from .client.models import TasksDequeueManyRequest

    v = _pick(
        args,
        ["ids", "new_status", "remove_from_all_queues", "status_message", "status_reason"],
        True,
    )
    body = TasksDequeueManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_dequeue_many(body)


async def tasks_edit(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.edit"""
    from .client.models import TasksEditRequest

    v = _pick(
        args,
        [
            "comment",
            "configuration",
            "container",
            "execution",
            "force",
            "hyperparams",
            "models",
            "name",
            "output_dest",
            "parent",
            "project",
            "runtime",
            "script",
            "system_tags",
            "tags",
            "task",
            "type",
        ],
        True,
    )
    body = TasksEditRequest.model_validate(v) if v is not None else None
    return await client.tasks_edit(body)


async def tasks_edit_configuration(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.edit_configuration"""
    from .client.models import TasksEditConfigurationRequest

    v = _pick(args, ["configuration", "force", "replace_configuration", "task"], True)
    body = TasksEditConfigurationRequest.model_validate(v) if v is not None else None
    return await client.tasks_edit_configuration(body)


async def tasks_edit_hyper_params(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.edit_hyper_params"""
    from .client.models import TasksEditHyperParamsRequest

    v = _pick(args, ["force", "hyperparams", "replace_hyperparams", "task"], True)
    body = TasksEditHyperParamsRequest.model_validate(v) if v is not None else None
    return await client.tasks_edit_hyper_params(body)


async def tasks_edit_runtime(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.edit_runtime"""
    from .client.models import TasksEditRuntimeRequest

    v = _pick(args, ["add_or_update", "force", "remove", "task"], True)
    body = TasksEditRuntimeRequest.model_validate(v) if v is not None else None
    return await client.tasks_edit_runtime(body)


async def tasks_enqueue(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.enqueue"""
    from .client.models import TasksEnqueueRequest

    v = _pick(
        args,
        [
            "queue",
            "queue_name",
            "status_message",
            "status_reason",
            "task",
            "update_execution_queue",
            "verify_watched_queue",
        ],
        True,
    )
    body = TasksEnqueueRequest.model_validate(v) if v is not None else None
    return await client.tasks_enqueue(body)


async def tasks_enqueue_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.enqueue_many"""
    from .client.models import TasksEnqueueManyRequest

    v = _pick(
        args,
        [
            "ids",
            "queue",
            "queue_name",
            "status_message",
            "status_reason",
            "validate_tasks",
            "verify_watched_queue",
        ],
        True,
    )
    body = TasksEnqueueManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_enqueue_many(body)


async def tasks_failed(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.failed"""
    from .client.models import TasksFailedRequest

    v = _pick(args, ["force", "status_message", "status_reason", "task"], True)
    body = TasksFailedRequest.model_validate(v) if v is not None else None
    return await client.tasks_failed(body)


async def tasks_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_all"""
    from .client.models import TasksGetAllRequest

    v = _pick(
        args,
        [
            "_all_",
            "_any_",
            "id",
            "include_subprojects",
            "name",
            "only_fields",
            "order_by",
            "page",
            "page_size",
            "parent",
            "project",
            "refresh_scroll",
            "scroll_id",
            "search_hidden",
            "search_text",
            "size",
            "status",
            "status_changed",
            "system_tags",
            "tags",
            "type",
            "user",
        ],
        False,
    )
    body = TasksGetAllRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_all(body)


async def tasks_get_by_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_by_id"""
    from .client.models import TasksGetByIdRequest

    v = _pick(args, ["task"], True)
    body = TasksGetByIdRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_by_id(body)


async def tasks_get_configuration_names(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_configuration_names"""
    from .client.models import TasksGetConfigurationNamesRequest

    v = _pick(args, ["skip_empty", "tasks"], True)
    body = TasksGetConfigurationNamesRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_configuration_names(body)


async def tasks_get_configurations(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_configurations"""
    from .client.models import TasksGetConfigurationsRequest

    v = _pick(args, ["names", "tasks"], True)
    body = TasksGetConfigurationsRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_configurations(body)


async def tasks_get_hyper_params(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_hyper_params"""
    from .client.models import TasksGetHyperParamsRequest

    v = _pick(args, ["tasks"], True)
    body = TasksGetHyperParamsRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_hyper_params(body)


async def tasks_get_types(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.get_types"""
    from .client.models import TasksGetTypesRequest

    v = _pick(args, ["projects"], False)
    body = TasksGetTypesRequest.model_validate(v) if v is not None else None
    return await client.tasks_get_types(body)


async def tasks_make_private(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.make_private"""
    from .client.models import TasksMakePrivateRequest

    v = _pick(args, ["ids"], False)
    body = TasksMakePrivateRequest.model_validate(v) if v is not None else None
    return await client.tasks_make_private(body)


async def tasks_make_public(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.make_public"""
    from .client.models import TasksMakePublicRequest

    v = _pick(args, ["ids"], False)
    body = TasksMakePublicRequest.model_validate(v) if v is not None else None
    return await client.tasks_make_public(body)


async def tasks_move(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.move"""
    from .client.models import TasksMoveRequest

    v = _pick(args, ["ids", "project", "project_name"], True)
    body = TasksMoveRequest.model_validate(v) if v is not None else None
    return await client.tasks_move(body)


async def tasks_ping(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.ping"""
    from .client.models import TasksPingRequest

    v = _pick(args, ["task"], True)
    body = TasksPingRequest.model_validate(v) if v is not None else None
    return await client.tasks_ping(body)


async def tasks_publish(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.publish"""
    from .client.models import TasksPublishRequest

    v = _pick(args, ["force", "publish_model", "status_message", "status_reason", "task"], True)
    body = TasksPublishRequest.model_validate(v) if v is not None else None
    return await client.tasks_publish(body)


async def tasks_publish_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.publish_many"""
    from .client.models import TasksPublishManyRequest

    v = _pick(args, ["force", "ids", "publish_model", "status_message", "status_reason"], True)
    body = TasksPublishManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_publish_many(body)


async def tasks_reset(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.reset"""
    from .client.models import TasksResetRequest

    v = _pick(
        args,
        [
            "clear_all",
            "delete_external_artifacts",
            "delete_output_models",
            "force",
            "return_file_urls",
            "status_message",
            "status_reason",
            "task",
        ],
        True,
    )
    body = TasksResetRequest.model_validate(v) if v is not None else None
    return await client.tasks_reset(body)


async def tasks_reset_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.reset_many"""
    from .client.models import TasksResetManyRequest

    v = _pick(
        args,
        [
            "clear_all",
            "delete_external_artifacts",
            "delete_output_models",
            "force",
            "ids",
            "return_file_urls",
        ],
        True,
    )
    body = TasksResetManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_reset_many(body)


async def tasks_set_requirements(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.set_requirements"""
    from .client.models import TasksSetRequirementsRequest

    v = _pick(args, ["requirements", "task"], True)
    body = TasksSetRequirementsRequest.model_validate(v) if v is not None else None
    return await client.tasks_set_requirements(body)


async def tasks_started(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.started"""
    from .client.models import TasksStartedRequest

    v = _pick(args, ["force", "status_message", "status_reason", "task"], True)
    body = TasksStartedRequest.model_validate(v) if v is not None else None
    return await client.tasks_started(body)


async def tasks_stop(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.stop"""
    from .client.models import TasksStopRequest

    v = _pick(
        args, ["force", "include_pipeline_steps", "status_message", "status_reason", "task"], True
    )
    body = TasksStopRequest.model_validate(v) if v is not None else None
    return await client.tasks_stop(body)


async def tasks_stop_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.stop_many"""
    from .client.models import TasksStopManyRequest

    v = _pick(
        args, ["force", "ids", "include_pipeline_steps", "status_message", "status_reason"], True
    )
    body = TasksStopManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_stop_many(body)


async def tasks_stopped(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.stopped"""
    from .client.models import TasksStoppedRequest

    v = _pick(args, ["force", "status_message", "status_reason", "task"], True)
    body = TasksStoppedRequest.model_validate(v) if v is not None else None
    return await client.tasks_stopped(body)


async def tasks_unarchive_many(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.unarchive_many"""
    from .client.models import TasksUnarchiveManyRequest

    v = _pick(args, ["ids", "include_pipeline_steps", "status_message", "status_reason"], True)
    body = TasksUnarchiveManyRequest.model_validate(v) if v is not None else None
    return await client.tasks_unarchive_many(body)


async def tasks_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.update"""
    from .client.models import TasksUpdateRequest

    v = _pick(
        args,
        ["comment", "created", "name", "output__error", "project", "system_tags", "tags", "task"],
        True,
    )
    body = TasksUpdateRequest.model_validate(v) if v is not None else None
    return await client.tasks_update(body)


async def tasks_update_batch(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.update_batch"""
    from .client.models import TasksUpdateBatchRequest

    v = _pick(args, ["requests"], True)
    body = TasksUpdateBatchRequest.model_validate(v) if v is not None else None
    return await client.tasks_update_batch(body)


async def tasks_update_tags(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.update_tags"""
    from .client.models import TasksUpdateTagsRequest

    v = _pick(args, ["add_tags", "ids", "remove_tags"], False)
    body = TasksUpdateTagsRequest.model_validate(v) if v is not None else None
    return await client.tasks_update_tags(body)


async def tasks_validate(client: Any, args: dict[str, Any]) -> Any:
    """POST /tasks.validate"""
    from .client.models import TasksValidateRequest

    v = _pick(
        args,
        [
            "comment",
            "configuration",
            "container",
            "execution",
            "hyperparams",
            "models",
            "name",
            "output_dest",
            "parent",
            "project",
            "script",
            "system_tags",
            "tags",
            "type",
        ],
        True,
    )
    body = TasksValidateRequest.model_validate(v) if v is not None else None
    return await client.tasks_validate(body)


async def users_get_by_id(client: Any, args: dict[str, Any]) -> Any:
    """POST /users.get_by_id"""
    from .client.models import UsersGetByIdRequest

    v = _pick(args, ["user"], True)
    body = UsersGetByIdRequest.model_validate(v) if v is not None else None
    return await client.users_get_by_id(body)


async def users_get_current_user(client: Any, args: dict[str, Any]) -> Any:
    """POST /users.get_current_user"""
    from .client.models import UsersGetCurrentUserRequest

    v = args.get("body")
    body = UsersGetCurrentUserRequest.model_validate(v) if v is not None else None
    return await client.users_get_current_user(body)


async def users_get_preferences(client: Any, args: dict[str, Any]) -> Any:
    """POST /users.get_preferences"""
    from .client.models import UsersGetPreferencesRequest

    v = _pick(args, [], False)
    body = UsersGetPreferencesRequest.model_validate(v) if v is not None else None
    return await client.users_get_preferences(body)


async def users_set_preferences(client: Any, args: dict[str, Any]) -> Any:
    """POST /users.set_preferences"""
    from .client.models import UsersSetPreferencesRequest

    v = _pick(args, ["preferences", "return_updated"], True)
    body = UsersSetPreferencesRequest.model_validate(v) if v is not None else None
    return await client.users_set_preferences(body)


async def users_update(client: Any, args: dict[str, Any]) -> Any:
    """POST /users.update"""
    from .client.models import UsersUpdateRequest

    v = _pick(args, ["avatar", "family_name", "given_name", "name", "user"], True)
    body = UsersUpdateRequest.model_validate(v) if v is not None else None
    return await client.users_update(body)


async def workers_get_activity_report(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.get_activity_report"""
    from .client.models import WorkersGetActivityReportRequest

    v = _pick(args, ["from_date", "interval", "to_date"], True)
    body = WorkersGetActivityReportRequest.model_validate(v) if v is not None else None
    return await client.workers_get_activity_report(body)


async def workers_get_all(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.get_all"""
    from .client.models import WorkersGetAllRequest

    v = _pick(args, ["last_seen", "system_tags", "tags", "worker_pattern"], False)
    body = WorkersGetAllRequest.model_validate(v) if v is not None else None
    return await client.workers_get_all(body)


async def workers_get_count(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.get_count"""
    from .client.models import WorkersGetCountRequest

    v = _pick(args, ["last_seen", "system_tags", "tags", "worker_pattern"], False)
    body = WorkersGetCountRequest.model_validate(v) if v is not None else None
    return await client.workers_get_count(body)


async def workers_get_metric_keys(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.get_metric_keys"""
    from .client.models import WorkersGetMetricKeysRequest

    v = _pick(args, ["worker_ids"], False)
    body = WorkersGetMetricKeysRequest.model_validate(v) if v is not None else None
    return await client.workers_get_metric_keys(body)


async def workers_get_stats(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.get_stats"""
    from .client.models import WorkersGetStatsRequest

    v = _pick(
        args,
        [
            "from_date",
            "interval",
            "items",
            "split_by_resource",
            "split_by_variant",
            "to_date",
            "worker_ids",
        ],
        True,
    )
    body = WorkersGetStatsRequest.model_validate(v) if v is not None else None
    return await client.workers_get_stats(body)


async def workers_register(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.register"""
    from .client.models import WorkersRegisterRequest

    v = _pick(args, ["queues", "resources", "system_tags", "tags", "timeout", "worker"], True)
    body = WorkersRegisterRequest.model_validate(v) if v is not None else None
    return await client.workers_register(body)


async def workers_status_report(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.status_report"""
    from .client.models import WorkersStatusReportRequest

    v = _pick(
        args,
        ["machine_stats", "queue", "queues", "system_tags", "tags", "task", "timestamp", "worker"],
        True,
    )
    body = WorkersStatusReportRequest.model_validate(v) if v is not None else None
    return await client.workers_status_report(body)


async def workers_unregister(client: Any, args: dict[str, Any]) -> Any:
    """POST /workers.unregister"""
    from .client.models import WorkersUnregisterRequest

    v = _pick(args, ["worker"], True)
    body = WorkersUnregisterRequest.model_validate(v) if v is not None else None
    return await client.workers_unregister(body)
