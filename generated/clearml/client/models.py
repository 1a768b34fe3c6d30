# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: clearml 2.34 from 21 pinned files under clearml/schema (combined sha256 98bf78124837).
# ClearML request/response models, from the intermediate model's JSON Schemas.

from __future__ import annotations

from datetime import datetime as datetime_aliased
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, conint, constr


class AuthCreateCredentialsRequest(BaseModel):
    """
    Request of auth.create_credentials 2.17.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    label: str | None = None
    """
    Optional credentials label
    """


class AuthCreateUserResponse(BaseModel):
    """
    Data of auth.create_user 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    New user ID
    """


class AuthCredentialKey(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_key: str | None = None
    label: str | None = None
    """
    Optional credentials label
    """
    last_used: datetime_aliased | None = None
    last_used_from: str | None = None


class AuthEditCredentialsRequest(BaseModel):
    """
    Request of auth.edit_credentials 2.19.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_key: str
    """
    Existing credentials key
    """
    label: str | None = None
    """
    New credentials label
    """


class AuthEditCredentialsResponse(BaseModel):
    """
    Data of auth.edit_credentials 2.19 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of credentials updated
    """


class AuthEditUserRequest(BaseModel):
    """
    Request of auth.edit_user 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    role: str | None = None
    """
    The new user's role within the company
    """
    user: str | None = None
    """
    User ID
    """


class AuthEditUserResponse(BaseModel):
    """
    Data of auth.edit_user 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: float | None = None
    """
    Number of users updated (0 or 1)
    """


class AuthFixedUsersModeRequest(BaseModel):
    """
    Request of auth.fixed_users_mode 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AuthFixedUsersModeResponse(BaseModel):
    """
    Data of auth.fixed_users_mode 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    enabled: bool | None = None
    """
    Fixed users mode enabled
    """
    server_errors: dict[str, Any] | None = None
    """
    Server initialization errors
    """


class AuthGetCredentialsRequest(BaseModel):
    """
    Request of auth.get_credentials 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AuthGetCredentialsResponse(BaseModel):
    """
    Data of auth.get_credentials 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    credentials: list[AuthCredentialKey] | None = None
    """
    List of credentials, each with an empty secret field.
    """


class AuthGetTokenForUserRequest(BaseModel):
    """
    Request of auth.get_token_for_user 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    company: str | None = None
    """
    Company ID
    """
    expiration_sec: int | None = None
    """
    Requested token expiration time in seconds. Not guaranteed, might be overridden by the service
    """
    user: str
    """
    User ID
    """


class AuthGetTokenForUserResponse(BaseModel):
    """
    Data of auth.get_token_for_user 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    token: str | None = None


class AuthLoginRequest(BaseModel):
    """
    Request of auth.login 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    expiration_sec: int | None = None
    """
    Requested token expiration time in seconds. Not guaranteed, might be overridden by the service
    """


class AuthLoginResponse(BaseModel):
    """
    Data of auth.login 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    token: str | None = None
    """
    Token string
    """


class AuthLogoutRequest(BaseModel):
    """
    Request of auth.logout 2.2.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AuthLogoutResponse(BaseModel):
    """
    Data of auth.logout 2.2 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AuthRevokeCredentialsRequest(BaseModel):
    """
    Request of auth.revoke_credentials 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_key: str | None = None
    """
    Credentials key
    """


class AuthRevokeCredentialsResponse(BaseModel):
    """
    Data of auth.revoke_credentials 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    revoked: int | None = None
    """
    Number of credentials revoked
    """


class AuthRole(RootModel[str]):
    root: str


class AuthValidateTokenRequest(BaseModel):
    """
    Request of auth.validate_token 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    token: str
    """
    Token string
    """


class AuthValidateTokenResponse(BaseModel):
    """
    Data of auth.validate_token 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    company: str | None = None
    """
    Associated company ID
    """
    user: str | None = None
    """
    Associated user ID
    """
    valid: bool | None = None
    """
    Boolean indicating if the token is valid
    """


class CommonCredentials(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_key: str | None = None
    """
    Credentials access key
    """
    label: str | None = None
    """
    Optional credentials label
    """
    secret_key: str | None = None
    """
    Credentials secret key
    """


class CommonFieldFilterAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class CommonFieldFilterAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class CommonFieldFilter(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: CommonFieldFilterAll | None = Field(None, title="CommonFieldFilterAll")
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: CommonFieldFilterAny | None = Field(None, title="CommonFieldFilterAny")
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class CommonMetadataItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str | None = None
    """
    The key uniquely identifying the metadata item inside the given entity
    """
    type: str | None = None
    """
    The type of the metadata item
    """
    value: str | None = None
    """
    The value stored in the metadata item
    """


class CommonMultiFieldPatternData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    datetime: str | None = None
    """
    Date time conditions (applicable only to datetime fields). Either 'pattern' or 'datetime' should be specified
    """
    fields: list[str] | None = None
    """
    List of field names
    """
    pattern: str | None = None
    """
    Pattern string (regex). Either 'pattern' or 'datetime' should be specified
    """


class CommonTaskStatusEnum(RootModel[str]):
    root: str


class DebugPingRequest(BaseModel):
    """
    Request of debug.ping 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class DebugPingResponse(BaseModel):
    """
    Data of debug.ping 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class EventsAddBatchResponse(BaseModel):
    """
    Data of events.add_batch 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    added: int | None = None
    errors: int | None = None
    errors_info: dict[str, Any] | None = None


class EventsAddResponse(BaseModel):
    """
    Data of events.add 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class EventsClearScrollRequest(BaseModel):
    """
    Request of events.clear_scroll 2.18.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    scroll_id: str
    """
    Scroll ID as returned by previous events service calls
    """


class EventsClearScrollResponse(BaseModel):
    """
    Data of events.clear_scroll 2.18 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class EventsClearTaskLogRequest(BaseModel):
    """
    Request of events.clear_task_log 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow deleting events even if the task is locked
    """
    exclude_metrics: list[str] | None = None
    """
    If passed then events for these metrics are retained
    """
    include_metrics: list[str] | None = None
    """
    If passed then only events for these metrics are deleted
    """
    task: str
    """
    Task ID
    """
    threshold_sec: int | None = None
    """
    The amount of seconds ago to retain the log records. The older log records will be deleted. If not passed or 0 then all the log records for the task will be deleted
    """


class EventsClearTaskLogResponse(BaseModel):
    """
    Data of events.clear_task_log 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    The number of deleted log records
    """


class EventsCommonDebugImagesResponseTaskMetricsIterationsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    iter: int | None = None
    """
    Iteration number
    """


class EventsCommonDebugImagesResponseTaskMetrics(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iterations: list[EventsCommonDebugImagesResponseTaskMetricsIterationsItem] | None = None
    task: str | None = None
    """
    Task ID
    """


class EventsCommonMetricVariants(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    The metric name
    """
    variants: list[str] | None = None
    """
    The names of the metric variants
    """


class EventsCommonPlotsResponseTaskMetricsIterationsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    iter: int | None = None
    """
    Iteration number
    """


class EventsCommonPlotsResponseTaskMetrics(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iterations: list[EventsCommonPlotsResponseTaskMetricsIterationsItem] | None = None
    task: str | None = None
    """
    Task ID
    """


class EventsCommonScalarKeyEnum(RootModel[str]):
    root: str


class EventsCommonSingleValueTaskMetricsValuesItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    timestamp: float | None = None
    value: float | None = None
    variant: str | None = None


class EventsCommonSingleValueTaskMetrics(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str | None = None
    """
    Task ID
    """
    task_name: str | None = None
    """
    Task name
    """
    values: list[EventsCommonSingleValueTaskMetricsValuesItem] | None = None


class EventsDebugImageSampleResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: dict[str, Any] | None = None
    """
    Debug image event
    """
    max_iteration: int | None = None
    """
    maximal valid iteration for the variant
    """
    min_iteration: int | None = None
    """
    minimal valid iteration for the variant
    """
    scroll_id: str | None = None
    """
    Scroll ID to pass to the next calls to get_debug_image_sample or next_debug_image_sample
    """


class EventsDeleteForModelRequest(BaseModel):
    """
    Request of events.delete_for_model 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow deleting events even if the model is locked
    """
    model: str
    """
    Model ID
    """


class EventsDeleteForModelResponse(BaseModel):
    """
    Data of events.delete_for_model 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Number of deleted events
    """


class EventsDeleteForTaskRequest(BaseModel):
    """
    Request of events.delete_for_task 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow deleting events even if the task is locked
    """
    task: str
    """
    Task ID
    """


class EventsDeleteForTaskResponse(BaseModel):
    """
    Data of events.delete_for_task 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Number of deleted events
    """


class EventsDownloadTaskLogRequest(BaseModel):
    """
    Request of events.download_task_log 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    line_format: str | None = "{asctime} {worker} {level} {msg}"
    """
    Line string format. Used if the line type is 'text'
    """
    line_type: str | None = None
    """
    Line format type
    """
    task: str
    """
    Task ID
    """


class EventsDownloadTaskLogResponse(RootModel[str]):
    root: str
    """
    Data of events.download_task_log 2.1 responses.
    """


class EventsEventTypeEnum(RootModel[str]):
    root: str


class EventsGetDebugImageSampleRequest(BaseModel):
    """
    Request of events.get_debug_image_sample 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iteration: int | None = None
    """
    The iteration to bring debug image from. If not specified then the latest reported image is retrieved
    """
    metric: str
    """
    Metric name
    """
    model_events: bool | None = False
    """
    If set then the retrieving model debug images. Otherwise task debug images
    """
    navigate_current_metric: bool | None = True
    """
    If set then subsequent navigation with next_debug_image_sample is done on the debug images for the passed metric only. Otherwise for all the metrics
    """
    refresh: bool | None = None
    """
    If set then scroll state will be refreshed to reflect the latest changes in the debug images
    """
    scroll_id: str | None = None
    """
    Scroll ID from the previous call to get_debug_image_sample or empty
    """
    task: str
    """
    Task ID
    """
    variant: str
    """
    Metric variant
    """


class EventsGetDebugImageSampleResponse(RootModel[EventsDebugImageSampleResponse]):
    root: EventsDebugImageSampleResponse
    """
    Data of events.get_debug_image_sample 2.22 responses.
    """


class EventsGetMultiTaskMetricsRequest(BaseModel):
    """
    Request of events.get_multi_task_metrics 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_type: EventsEventTypeEnum | None = None
    """
    Event type. If not specified then metrics are collected from the reported events of all types
    """
    model_events: bool | None = False
    """
    If not set or set to Falsethen passed ids are task ids otherwise model ids
    """
    tasks: list[str]
    """
    task ids to get metrics from
    """


class EventsGetMultiTaskMetricsResponse(BaseModel):
    """
    Data of events.get_multi_task_metrics 2.28 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """


class EventsGetMultiTaskPlotsRequest(BaseModel):
    """
    Request of events.get_multi_task_plots 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return plots
    """
    last_iters_per_task_metric: bool | None = True
    """
    If set to 'true' and iters passed then last iterations for each task metrics are retrieved. Otherwise last iterations for the whole task are retrieved
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    no_scroll: bool | None = False
    """
    If Truethen no scroll is created. Suitable for one time calls
    """
    scroll_id: str | None = None
    """
    Scroll ID of previous call (used for getting more results)
    """
    tasks: list[str]
    """
    List of task IDs
    """


class EventsGetMultiTaskPlotsResponse(BaseModel):
    """
    Data of events.get_multi_task_plots 2.28 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    plots: dict[str, Any] | None = None
    """
    Plots mapping (keyed by task name)
    """
    returned: int | None = None
    """
    Number of results returned
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """
    total: float | None = None
    """
    Total number of results available for this query. In case there are more than 10000 results it is set to 10000
    """


class EventsGetPlotSampleRequest(BaseModel):
    """
    Request of events.get_plot_sample 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iteration: int | None = None
    """
    The iteration to bring plot from. If not specified then the latest reported plot is retrieved
    """
    metric: str
    """
    Metric name
    """
    model_events: bool | None = False
    """
    If set then the retrieving model plots. Otherwise task plots
    """
    navigate_current_metric: bool | None = True
    """
    If set then subsequent navigation with next_plot_sample is done on the plots for the passed metric only. Otherwise for all the metrics
    """
    refresh: bool | None = None
    """
    If set then scroll state will be refreshed to reflect the latest changes in the plots
    """
    scroll_id: str | None = None
    """
    Scroll ID from the previous call to get_plot_sample or empty
    """
    task: str
    """
    Task ID
    """


class EventsGetScalarMetricDataRequest(BaseModel):
    """
    Request of events.get_scalar_metric_data 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    type of metric
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    no_scroll: bool | None = False
    """
    If Truethen no scroll is created. Suitable for one time calls
    """
    scroll_id: str | None = None
    """
    Scroll ID of previous call (used for getting more results)
    """
    task: str | None = None
    """
    task ID
    """


class EventsGetScalarMetricDataResponse(BaseModel):
    """
    Data of events.get_scalar_metric_data 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    """
    task scalar metric events
    """
    returned: int | None = None
    """
    amount of events returned
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """
    total: int | None = None
    """
    amount of events in task
    """


class EventsGetScalarMetricsAndVariantsRequest(BaseModel):
    """
    Request of events.get_scalar_metrics_and_variants 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    task: str
    """
    task ID
    """


class EventsGetScalarMetricsAndVariantsResponse(BaseModel):
    """
    Data of events.get_scalar_metrics_and_variants 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: dict[str, Any] | None = None


class EventsGetTaskEventsRequest(BaseModel):
    """
    Request of events.get_task_events 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    batch_size: int | None = None
    """
    Number of events to return each time (default 500)
    """
    event_type: str | None = None
    """
    Return only events of this type
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then get retrieving model events. Otherwise task events
    """
    order: str | None = None
    """
    'asc' (default) or 'desc'.
    """
    scroll_id: str | None = None
    """
    Pass this value on next call to get next page
    """
    task: str
    """
    Task ID
    """


class EventsGetTaskEventsResponse(BaseModel):
    """
    Data of events.get_task_events 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    """
    Events list
    """
    returned: int | None = None
    """
    Number of results returned
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """
    total: float | None = None
    """
    Total number of results available for this query. In case there are more than 10000 results it is set to 10000
    """


class EventsGetTaskLatestScalarValuesRequest(BaseModel):
    """
    Request of events.get_task_latest_scalar_values 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str
    """
    Task ID
    """


class EventsGetTaskLatestScalarValuesResponseMetricsItemVariantsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    last_100_value: float | None = None
    """
    Average of 100 last reported values
    """
    last_value: float | None = None
    """
    Last reported value
    """
    name: str | None = None
    """
    Variant name
    """


class EventsGetTaskLatestScalarValuesResponseMetricsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    Metric name
    """
    variants: list[EventsGetTaskLatestScalarValuesResponseMetricsItemVariantsItem] | None = None


class EventsGetTaskLatestScalarValuesResponse(BaseModel):
    """
    Data of events.get_task_latest_scalar_values 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[EventsGetTaskLatestScalarValuesResponseMetricsItem] | None = None


class EventsGetTaskLogRequest(BaseModel):
    """
    Request of events.get_task_log 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    batch_size: int | None = None
    """
    The amount of log events to return
    """
    from_timestamp: float | None = None
    """
    Epoch time in UTC ms to use as the navigation start. Optional. If not provided, reference timestamp is determined by the 'navigate_earlier' parameter (if true, reference timestamp is the last timestamp and if false, reference timestamp is the first timestamp)
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    navigate_earlier: bool | None = None
    """
    If set then log events are retreived from the latest to the earliest ones (in timestamp descending order, unless order='asc'). Otherwise from the earliest to the latest ones (in timestamp ascending order, unless order='desc'). The default is True
    """
    order: str | None = None
    """
    If set, changes the order in which log events are returned based on the value of 'navigate_earlier'
    """
    task: str
    """
    Task ID
    """


class EventsGetTaskLogResponse(BaseModel):
    """
    Data of events.get_task_log 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    """
    Log items list
    """
    returned: int | None = None
    """
    Number of log events returned
    """
    total: float | None = None
    """
    Total number of log events available for this query. In case there are more than 10000 events it is set to 10000
    """


class EventsGetTaskMetricsRequest(BaseModel):
    """
    Request of events.get_task_metrics 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_type: EventsEventTypeEnum | None = None
    """
    Event type
    """
    model_events: bool | None = False
    """
    If set then get metrics from model events. Otherwise from task events
    """
    tasks: list[str]
    """
    Task IDs
    """


class EventsGetTaskMetricsResponse(BaseModel):
    """
    Data of events.get_task_metrics 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[dict[str, Any]] | None = None
    """
    List of task with their metrics
    """


class EventsGetTaskPlotsRequest(BaseModel):
    """
    Request of events.get_task_plots 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return plots
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    no_scroll: bool | None = False
    """
    If Truethen no scroll is created. Suitable for one time calls
    """
    scroll_id: str | None = None
    """
    Scroll ID of previous call (used for getting more results)
    """
    task: str
    """
    Task ID
    """


class EventsGetTaskPlotsResponse(BaseModel):
    """
    Data of events.get_task_plots 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    plots: list[dict[str, Any]] | None = None
    """
    Plots list
    """
    returned: int | None = None
    """
    Number of results returned
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """
    total: float | None = None
    """
    Total number of results available for this query. In case there are more than 10000 results it is set to 10000
    """


class EventsGetTaskSingleValueMetricsRequest(BaseModel):
    """
    Request of events.get_task_single_value_metrics 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    tasks: list[str]
    """
    List of task Task IDs
    """


class EventsGetVectorMetricsAndVariantsRequest(BaseModel):
    """
    Request of events.get_vector_metrics_and_variants 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    task: str
    """
    Task ID
    """


class EventsGetVectorMetricsAndVariantsResponse(BaseModel):
    """
    Data of events.get_vector_metrics_and_variants 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[dict[str, Any]] | None = None


class EventsLogLevelEnum(RootModel[str]):
    root: str


class EventsMetricsImageEvent(BaseModel):
    """
    An image or video was dumped to storage for debugging
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iter: int | None = None
    """
    Iteration
    """
    key: str | None = None
    """
    File key
    """
    metric: str | None = None
    """
    Metric name, e.g. 'count', 'loss', 'accuracy'
    """
    task: str
    """
    Task ID (required)
    """
    timestamp: float | None = None
    """
    Epoch milliseconds UTC, will be set by the server if not set.
    """
    type: str
    """
    'training_debug_image'
    """
    url: str | None = None
    """
    File URL
    """
    variant: str | None = None
    """
    E.g. 'class_1', 'total', 'average
    """


class EventsMetricsPlotEvent(BaseModel):
    """
    An entire plot (not single datapoint) and it's layout. Used for plotting ROC curves, confidence matrices, etc. when evaluating the net.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iter: int | None = None
    """
    Iteration
    """
    metric: str | None = None
    """
    Metric name, e.g. 'count', 'loss', 'accuracy'
    """
    plot_str: str | None = None
    """
    An entire plot (not single datapoint) and it's layout. Used for plotting ROC curves, confidence matrices, etc. when evaluating the net.
    """
    skip_validation: bool | None = None
    """
    If set then plot_str is not checked for a valid json. The default is False
    """
    task: str
    """
    Task ID (required)
    """
    timestamp: float | None = None
    """
    Epoch milliseconds UTC, will be set by the server if not set.
    """
    type: str
    """
    'plot'
    """
    variant: str | None = None
    """
    E.g. 'class_1', 'total', 'average
    """


class EventsMetricsScalarEvent(BaseModel):
    """
    Used for reporting scalar metrics during training task
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iter: int | None = None
    """
    Iteration
    """
    metric: str | None = None
    """
    Metric name, e.g. 'count', 'loss', 'accuracy'
    """
    task: str
    """
    Task ID (required)
    """
    timestamp: float | None = None
    """
    Epoch milliseconds UTC, will be set by the server if not set.
    """
    type: str
    """
    'training_stats_scalar'
    """
    value: float | None = None
    variant: str | None = None
    """
    E.g. 'class_1', 'total', 'average'
    """
    x_axis_label: str | None = None
    """
    Custom X-Axis label to be used when displaying the scalars histogram
    """


class EventsMetricsVectorEvent(BaseModel):
    """
    Used for reporting vector metrics during training task
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iter: int | None = None
    """
    Iteration
    """
    metric: str | None = None
    """
    Metric name, e.g. 'count', 'loss', 'accuracy'
    """
    task: str
    """
    Task ID (required)
    """
    timestamp: float | None = None
    """
    Epoch milliseconds UTC, will be set by the server if not set.
    """
    type: str | None = None
    """
    'training_stats_vector'
    """
    values: list[float] | None = None
    """
    vector of float values
    """
    variant: str | None = None
    """
    E.g. 'class_1', 'total', 'average
    """


class EventsMultiTaskScalarMetricsIterHistogramRequest(BaseModel):
    """
    Request of events.multi_task_scalar_metrics_iter_histogram 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: EventsCommonScalarKeyEnum | None = None
    """
    Histogram x axis to use: iter - iteration number iso_time - event time as ISO formatted string timestamp - event timestamp as milliseconds since epoch
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    samples: int | None = None
    """
    The amount of histogram points to return. Optional, the default value is 6000
    """
    tasks: list[str]
    """
    List of task Task IDs. Maximum amount of tasks is 100
    """


class EventsMultiTaskScalarMetricsIterHistogramResponse(BaseModel):
    """
    Data of events.multi_task_scalar_metrics_iter_histogram 2.28 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class EventsNextDebugImageSampleRequest(BaseModel):
    """
    Request of events.next_debug_image_sample 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model_events: bool | None = False
    """
    If set then the retrieving model debug images. Otherwise task debug images
    """
    navigate_earlier: bool | None = None
    """
    If set then get the either previous variant event from the current iteration or (if does not exist) the last variant event from the previous iteration. Otherwise next variant event from the current iteration or first variant event from the next iteration
    """
    next_iteration: bool | None = False
    """
    If set then navigate to the next/previous iteration
    """
    scroll_id: str
    """
    Scroll ID from the previous call to get_debug_image_sample
    """
    task: str
    """
    Task ID
    """


class EventsNextDebugImageSampleResponse(RootModel[EventsDebugImageSampleResponse]):
    root: EventsDebugImageSampleResponse
    """
    Data of events.next_debug_image_sample 2.22 responses.
    """


class EventsNextPlotSampleRequest(BaseModel):
    """
    Request of events.next_plot_sample 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model_events: bool | None = False
    """
    If set then the retrieving model plots. Otherwise task plots
    """
    navigate_earlier: bool | None = None
    """
    If set then get the either previous metric events from the current iteration or (if does not exist) the last metric events from the previous iteration. Otherwise next metric events from the current iteration or first metric events from the next iteration
    """
    next_iteration: bool | None = False
    """
    If set then navigate to the next/previous iteration
    """
    scroll_id: str
    """
    Scroll ID from the previous call to get_plot_sample
    """
    task: str
    """
    Task ID
    """


class EventsPlotSampleResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    events: list[dict[str, Any]] | None = None
    """
    Plot events
    """
    max_iteration: int | None = None
    """
    maximal valid iteration for the metric
    """
    min_iteration: int | None = None
    """
    minimal valid iteration for the metric
    """
    scroll_id: str | None = None
    """
    Scroll ID to pass to the next calls to get_plot_sample or next_plot_sample
    """


class EventsScalarMetricsIterHistogramRequest(BaseModel):
    """
    Request of events.scalar_metrics_iter_histogram 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: EventsCommonScalarKeyEnum | None = None
    """
    Histogram x axis to use: iter - iteration number iso_time - event time as ISO formatted string timestamp - event timestamp as milliseconds since epoch
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    samples: int | None = None
    """
    The amount of histogram points to return (0 to return all the points). Optional, the default value is 6000.
    """
    task: str
    """
    Task ID
    """


class EventsScalarMetricsIterHistogramResponse(BaseModel):
    """
    Data of events.scalar_metrics_iter_histogram 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    images: list[dict[str, Any]] | None = None


class EventsScalarMetricsIterRawRequest(BaseModel):
    """
    Request of events.scalar_metrics_iter_raw 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    batch_size: int | None = 10000
    """
    The number of data points to return for this call. Optional, the default value is 10000. Maximum batch size is 200000
    """
    count_total: bool | None = False
    """
    Count the total number of data points. If false, total number of data points is not counted and null is returned
    """
    key: EventsCommonScalarKeyEnum | None = None
    """
    Array of x axis to return. Supported values: iter - iteration number timestamp - event timestamp as milliseconds since epoch
    """
    metric: EventsCommonMetricVariants
    """
    Metric and variants for which to return data points
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    scroll_id: str | None = None
    """
    Optional Scroll ID. Use to get more data points following a previous call
    """
    task: str
    """
    Task ID
    """


class EventsScalarMetricsIterRawResponse(BaseModel):
    """
    Data of events.scalar_metrics_iter_raw 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    returned: int | None = None
    """
    Number of data points returned in this call. If 0 results were returned, no more results are avilable
    """
    scroll_id: str | None = None
    """
    Scroll ID. Use to get more data points when calling this endpoint again
    """
    total: int | None = None
    """
    Total data points count. If count_total is false, null is returned
    """
    variants: dict[str, Any] | None = None
    """
    Raw data points for each variant
    """


class EventsTaskLogEvent(BaseModel):
    """
    A log event associated with a task.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    level: EventsLogLevelEnum | None = None
    """
    Log level.
    """
    msg: str | None = None
    """
    Log message.
    """
    task: str
    """
    Task ID (required)
    """
    timestamp: float | None = None
    """
    Epoch milliseconds UTC, will be set by the server if not set.
    """
    type: str
    """
    'log'
    """
    worker: str | None = None
    """
    Name of machine running the task.
    """


class EventsTaskMetric(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    Metric name
    """
    task: str
    """
    Task ID
    """


class EventsTaskMetricVariants(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    Metric name
    """
    task: str
    """
    Task ID
    """
    variants: list[str] | None = None
    """
    Metric variant names
    """


class EventsVectorMetricsIterHistogramRequest(BaseModel):
    """
    Request of events.vector_metrics_iter_histogram 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    task: str
    """
    Task ID
    """
    variant: str


class EventsVectorMetricsIterHistogramResponse(BaseModel):
    """
    Data of events.vector_metrics_iter_histogram 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    images: list[dict[str, Any]] | None = None


class LoginLogoutRequest(BaseModel):
    """
    Request of login.logout 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class LoginLogoutResponse(BaseModel):
    """
    Data of login.logout 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class LoginSupportedModesRequest(BaseModel):
    """
    Request of login.supported_modes 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class LoginSupportedModesResponseBasicGuest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    enabled: bool | None = None
    """
    Basic aothentication guest mode enabled
    """
    name: str | None = None
    """
    Guest name
    """
    password: str | None = None
    """
    Guest password
    """
    username: str | None = None
    """
    Guest username
    """


class LoginSupportedModesResponseBasic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    enabled: bool | None = None
    """
    Basic aothentication (fixed users mode) mode enabled
    """
    guest: LoginSupportedModesResponseBasicGuest | None = Field(
        None, title="LoginSupportedModesResponseBasicGuest"
    )


class LoginSupportedModesResponseServerErrors(BaseModel):
    """
    Server initialization errors
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    es_connection_error: bool | None = None
    """
    Indicate an error communicating to Elasticsearch
    """
    missed_es_upgrade: bool | None = None
    """
    Indicate that Elasticsearch database was not upgraded from version 5
    """


class LoginSupportedModesResponse(BaseModel):
    """
    Data of login.supported_modes 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    authenticated: bool | None = None
    """
    Is user authenticated
    """
    basic: LoginSupportedModesResponseBasic | None = Field(
        None, title="LoginSupportedModesResponseBasic"
    )
    server_errors: LoginSupportedModesResponseServerErrors | None = Field(
        None, title="LoginSupportedModesResponseServerErrors"
    )
    """
    Server initialization errors
    """
    sso: dict[str, str] | None = None
    """
    SSO authentication providers
    """
    sso_providers: list[dict[str, Any]] | None = None
    """
    The list of SSO authentication providers
    """


class ModelsAddOrUpdateMetadataRequest(BaseModel):
    """
    Request of models.add_or_update_metadata 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metadata: list[CommonMetadataItem]
    """
    Metadata items to add or update
    """
    model: str
    """
    ID of the model
    """
    replace_metadata: bool | None = False
    """
    If set then the all the metadata items will be replaced with the provided ones. Otherwise only the provided metadata items will be updated or added
    """


class ModelsAddOrUpdateMetadataResponse(BaseModel):
    """
    Data of models.add_or_update_metadata 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsArchiveManyRequest(BaseModel):
    """
    Request of models.archive_many 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the models to archive
    """


class ModelsArchiveManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class ModelsArchiveManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: ModelsArchiveManyResponseFailedItemError | None = Field(
        None, title="ModelsArchiveManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class ModelsArchiveManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    archived: bool | None = None
    """
    Indicates whether the model was archived
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """


class ModelsArchiveManyResponse(BaseModel):
    """
    Data of models.archive_many 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[ModelsArchiveManyResponseFailedItem] | None = None
    succeeded: list[ModelsArchiveManyResponseSucceededItem] | None = None


class ModelsCreateRequest(BaseModel):
    """
    Request of models.create 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Model comment
    """
    design: dict[str, Any] | None = None
    """
    Json[d] object representing the model design. Should be identical to the network design of the task which created the model
    """
    framework: str | None = None
    """
    Framework on which the model is based. Case insensitive. Should be identical to the framework of the task which created the model.
    """
    labels: dict[str, int] | None = None
    """
    Json object
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Model metadata
    """
    name: str
    """
    Model name Unique within the company.
    """
    parent: str | None = None
    """
    Parent model
    """
    project: str | None = None
    """
    Project to which to model belongs
    """
    public: bool | None = False
    """
    Create a public model Default is false.
    """
    ready: bool | None = False
    """
    Indication if the model is final and can be used by other tasks. Default is false.
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str | None = None
    """
    Associated task ID
    """
    uri: str
    """
    URI for the model
    """


class ModelsCreateResponse(BaseModel):
    """
    Data of models.create 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    created: bool | None = None
    """
    Was the model created
    """
    id: str | None = None
    """
    ID of the model
    """


class ModelsDeleteManyRequest(BaseModel):
    """
    Request of models.delete_many 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = None
    """
    Force. Required if there are tasks that use the model as an execution model, or if the model's creating task is published.
    """
    ids: list[str]
    """
    IDs of the models to delete
    """


class ModelsDeleteManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class ModelsDeleteManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: ModelsDeleteManyResponseFailedItemError | None = Field(
        None, title="ModelsDeleteManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class ModelsDeleteManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Indicates whether the model was deleted
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    url: str | None = None
    """
    The url of the model file
    """


class ModelsDeleteManyResponse(BaseModel):
    """
    Data of models.delete_many 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[ModelsDeleteManyResponseFailedItem] | None = None
    succeeded: list[ModelsDeleteManyResponseSucceededItem] | None = None


class ModelsDeleteMetadataRequest(BaseModel):
    """
    Request of models.delete_metadata 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    keys: list[str]
    """
    The list of metadata keys to delete
    """
    model: str
    """
    ID of the model
    """


class ModelsDeleteMetadataResponse(BaseModel):
    """
    Data of models.delete_metadata 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsDeleteRequest(BaseModel):
    """
    Request of models.delete 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = None
    """
    Force. Required if there are tasks that use the model as an execution model, or if the model's creating task is published.
    """
    model: str
    """
    Model ID
    """


class ModelsDeleteResponse(BaseModel):
    """
    Data of models.delete 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Indicates whether the model was deleted
    """
    url: str | None = None
    """
    The url of the model file
    """


class ModelsEditRequest(BaseModel):
    """
    Request of models.edit 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Model comment
    """
    design: dict[str, Any] | None = None
    """
    Json[d] object representing the model design. Should be identical to the network design of the task which created the model
    """
    framework: str | None = None
    """
    Framework on which the model is based. Case insensitive. Should be identical to the framework of the task which created the model.
    """
    iteration: int | None = None
    """
    Iteration (used to update task statistics)
    """
    labels: dict[str, int] | None = None
    """
    Json object
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Model metadata
    """
    model: str
    """
    Model ID
    """
    name: str | None = None
    """
    Model name Unique within the company.
    """
    parent: str | None = None
    """
    Parent model
    """
    project: str | None = None
    """
    Project to which to model belongs
    """
    ready: bool | None = None
    """
    Indication if the model is final and can be used by other tasks
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str | None = None
    """
    Associated task ID
    """
    uri: str | None = None
    """
    URI for the model
    """


class ModelsEditResponse(BaseModel):
    """
    Data of models.edit 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsGetAllExRequestFiltersValueAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ModelsGetAllExRequestFiltersValueAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ModelsGetAllExRequestFiltersValue(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: ModelsGetAllExRequestFiltersValueAll | None = Field(
        None, title="ModelsGetAllExRequestFiltersValueAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: ModelsGetAllExRequestFiltersValueAny | None = Field(
        None, title="ModelsGetAllExRequestFiltersValueAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class ModelsGetAllExRequest(BaseModel):
    """
    Request of models.get_all_ex 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    allow_public: bool | None = True
    """
    Allow public models to be returned in the results
    """
    filters: dict[str, ModelsGetAllExRequestFiltersValue] | None = None
    framework: list[str] | None = None
    """
    List of frameworks
    """
    id: list[str] | None = None
    """
    List of model IDs
    """
    include_stats: bool | None = False
    """
    If true, include models statistic in response
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then models from the subprojects are searched too
    """
    last_update: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of last_update constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    name: str | None = None
    """
    Get only models whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of model field names (if applicable, nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of models
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    project: list[str] | None = None
    """
    List of associated project IDs
    """
    ready: bool | None = None
    """
    Indication whether to retrieve only models that are marked ready If not supplied returns both ready and not-ready projects.
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all_ex
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of models to retrieve
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """
    task: list[str] | None = None
    """
    List of associated task IDs
    """
    uri: list[str] | None = None
    """
    List of model URIs
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the model's creating user
    """


class ModelsGetAllRequest(BaseModel):
    """
    Request of models.get_all 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    framework: list[str] | None = None
    """
    List of frameworks
    """
    id: list[str] | None = None
    """
    List of model IDs
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then models from the subprojects are searched too
    """
    last_update: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of last_update constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    name: str | None = None
    """
    Get only models whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of model field names (if applicable, nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of models
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    project: list[str] | None = None
    """
    List of associated project IDs
    """
    ready: bool | None = None
    """
    Indication whether to retrieve only models that are marked ready If not supplied returns both ready and not-ready projects.
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of models to retrieve
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """
    task: list[str] | None = None
    """
    List of associated task IDs
    """
    uri: list[str] | None = None
    """
    List of model URIs
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the model's creating user
    """


class ModelsGetByIdExRequest(BaseModel):
    """
    Request of models.get_by_id_ex 2.11.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    framework: list[str] | None = None
    """
    List of frameworks
    """
    id: list[str] | None = None
    """
    List of model IDs
    """
    last_update: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of last_update constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    name: str | None = None
    """
    Get only models whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of model field names (if applicable, nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of models
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    project: list[str] | None = None
    """
    List of associated project IDs
    """
    ready: bool | None = None
    """
    Indication whether to retrieve only models that are marked ready If not supplied returns both ready and not-ready projects.
    """
    search_text: str | None = None
    """
    Free text search query
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """
    task: list[str] | None = None
    """
    List of associated task IDs
    """
    uri: list[str] | None = None
    """
    List of model URIs
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the model's creating user
    """


class ModelsGetByIdRequest(BaseModel):
    """
    Request of models.get_by_id 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model: str
    """
    Model id
    """


class ModelsGetByTaskIdRequest(BaseModel):
    """
    Request of models.get_by_task_id 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str | None = None
    """
    Task id
    """


class ModelsGetFrameworksRequest(BaseModel):
    """
    Request of models.get_frameworks 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    projects: list[str] | None = None
    """
    The list of projects which models will be analyzed. If not passed or empty then all the company and public models will be analyzed
    """


class ModelsGetFrameworksResponse(BaseModel):
    """
    Data of models.get_frameworks 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    frameworks: list[str] | None = None
    """
    Unique list of the frameworks used in the company models
    """


class ModelsMakePrivateRequest(BaseModel):
    """
    Request of models.make_private 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the models to convert. Only the models originated by the company can be converted
    """


class ModelsMakePrivateResponse(BaseModel):
    """
    Data of models.make_private 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of models updated
    """


class ModelsMakePublicRequest(BaseModel):
    """
    Request of models.make_public 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the models to convert
    """


class ModelsMakePublicResponse(BaseModel):
    """
    Data of models.make_public 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of models updated
    """


class ModelsModelStats(BaseModel):
    """
    Model statistics
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    labels_count: int | None = None
    """
    Number of the model labels
    """


class ModelsMoveRequest(BaseModel):
    """
    Request of models.move 2.12.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    Models to move
    """
    project: str | None = None
    """
    Target project ID. If not provided, `project_name` must be provided. Use null for the root project
    """
    project_name: str | None = None
    """
    Target project name. If provided and a project with this name does not exist, a new project will be created. If not provided, `project` must be provided.
    """


class ModelsMoveResponse(BaseModel):
    """
    Data of models.move 2.12 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ModelsPublishManyRequest(BaseModel):
    """
    Request of models.publish_many 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force_publish_task: bool | None = None
    """
    Publish the associated tasks (if exist) even if they are not in the 'stopped' state. Optional, the default value is False.
    """
    ids: list[str]
    """
    IDs of the models to publish
    """
    publish_tasks: bool | None = None
    """
    Indicates that the associated tasks (if exist) should be published. Optional, the default value is True.
    """


class ModelsPublishManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class ModelsPublishManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: ModelsPublishManyResponseFailedItemError | None = Field(
        None, title="ModelsPublishManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class ModelsPublishManyResponseSucceededItemPublishedTaskData(BaseModel):
    """
    Data returned from the task publishing operation.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class ModelsPublishManyResponseSucceededItemPublishedTask(BaseModel):
    """
    Result of publishing of the model's associated task (if exists). Returned only if the task was published successfully as part of the model publishing.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: ModelsPublishManyResponseSucceededItemPublishedTaskData | None = Field(
        None, title="ModelsPublishManyResponseSucceededItemPublishedTaskData"
    )
    """
    Data returned from the task publishing operation.
    """
    id: str | None = None
    """
    Task id
    """


class ModelsPublishManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the succeeded entity
    """
    published_task: ModelsPublishManyResponseSucceededItemPublishedTask | None = Field(
        None, title="ModelsPublishManyResponseSucceededItemPublishedTask"
    )
    """
    Result of publishing of the model's associated task (if exists). Returned only if the task was published successfully as part of the model publishing.
    """
    updated: bool | None = None
    """
    Indicates whether the model was updated
    """


class ModelsPublishManyResponse(BaseModel):
    """
    Data of models.publish_many 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[ModelsPublishManyResponseFailedItem] | None = None
    succeeded: list[ModelsPublishManyResponseSucceededItem] | None = None


class ModelsPublishedTaskItemData(BaseModel):
    """
    Data returned from the task publishing operation.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class ModelsPublishedTaskItem(BaseModel):
    """
    Result of publishing of the model's associated task (if exists). Returned only if the task was published successfully as part of the model publishing.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: ModelsPublishedTaskItemData | None = Field(None, title="ModelsPublishedTaskItemData")
    """
    Data returned from the task publishing operation.
    """
    id: str | None = None
    """
    Task id
    """


class ModelsSetReadyRequest(BaseModel):
    """
    Request of models.set_ready 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force_publish_task: bool | None = None
    """
    Publish the associated task (if exists) even if it is not in the 'stopped' state. Optional, the default value is False.
    """
    model: str
    """
    Model id
    """
    publish_task: bool | None = None
    """
    Indicates that the associated task (if exists) should be published. Optional, the default value is True.
    """


class ModelsSetReadyResponsePublishedTaskData(BaseModel):
    """
    Data returned from the task publishing operation.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class ModelsSetReadyResponsePublishedTask(BaseModel):
    """
    Result of publishing of the model's associated task (if exists). Returned only if the task was published successfully as part of the model publishing.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: ModelsSetReadyResponsePublishedTaskData | None = Field(
        None, title="ModelsSetReadyResponsePublishedTaskData"
    )
    """
    Data returned from the task publishing operation.
    """
    id: str | None = None
    """
    Task id
    """


class ModelsSetReadyResponse(BaseModel):
    """
    Data of models.set_ready 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    published_task: ModelsSetReadyResponsePublishedTask | None = Field(
        None, title="ModelsSetReadyResponsePublishedTask"
    )
    """
    Result of publishing of the model's associated task (if exists). Returned only if the task was published successfully as part of the model publishing.
    """
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsUnarchiveManyRequest(BaseModel):
    """
    Request of models.unarchive_many 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the models to unarchive
    """


class ModelsUnarchiveManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class ModelsUnarchiveManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: ModelsUnarchiveManyResponseFailedItemError | None = Field(
        None, title="ModelsUnarchiveManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class ModelsUnarchiveManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the succeeded entity
    """
    unarchived: bool | None = None
    """
    Indicates whether the model was unarchived
    """


class ModelsUnarchiveManyResponse(BaseModel):
    """
    Data of models.unarchive_many 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[ModelsUnarchiveManyResponseFailedItem] | None = None
    succeeded: list[ModelsUnarchiveManyResponseSucceededItem] | None = None


class ModelsUpdateForTaskRequest(BaseModel):
    """
    Request of models.update_for_task 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Model comment
    """
    iteration: int | None = None
    """
    Iteration (used to update task statistics)
    """
    name: str | None = None
    """
    Model name Unique within the company.
    """
    override_model_id: str | None = None
    """
    Override model ID. If provided, this model is updated in the task. Exactly one of override_model_id or uri is required.
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str
    """
    Task id
    """
    uri: str | None = None
    """
    URI for the model. Exactly one of uri or override_model_id is a required.
    """


class ModelsUpdateForTaskResponse(BaseModel):
    """
    Data of models.update_for_task 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    created: bool | None = None
    """
    Was the model created
    """
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the model
    """
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsUpdateRequest(BaseModel):
    """
    Request of models.update 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Model comment
    """
    created: datetime_aliased | None = None
    """
    Model creation time (UTC)
    """
    iteration: int | None = None
    """
    Iteration (used to update task statistics if an associated task is reported)
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Model metadata
    """
    model: str
    """
    Model id
    """
    name: str | None = None
    """
    Model name Unique within the company.
    """
    project: str | None = None
    """
    Project to which to model belongs
    """
    ready: bool | None = False
    """
    Indication if the model is final and can be used by other tasks Default is false.
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str | None = None
    """
    Associated task ID
    """
    ui_cache: dict[str, Any] | None = None
    """
    UI cache for this model
    """


class ModelsUpdateResponse(BaseModel):
    """
    Data of models.update 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of models updated (0 or 1)
    """


class ModelsUpdateTagsRequest(BaseModel):
    """
    Request of models.update_tags 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    add_tags: list[str] | None = None
    """
    User tags to add
    """
    ids: list[str] | None = None
    """
    IDs of the models to update
    """
    remove_tags: list[str] | None = None
    """
    User tags to remove
    """


class ModelsUpdateTagsResponse(BaseModel):
    """
    Data of models.update_tags 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    The number of updated models
    """


class OrganizationDownloadForGetAllRequest(BaseModel):
    """
    Request of organization.download_for_get_all 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    prepare_id: str
    """
    Call ID returned by a call to prepare_download_for_get_all
    """


class OrganizationDownloadForGetAllResponse(RootModel[str]):
    root: str
    """
    Data of organization.download_for_get_all 2.26 responses.
    """


class OrganizationGetEntitiesCountRequest(BaseModel):
    """
    Request of organization.get_entities_count 2.34.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active_users: list[str] | None = None
    """
    The list of users that were active in the project. If passes then the resulting projects are filtered to the ones that have tasks created by these users
    """
    allow_public: bool | None = True
    """
    Allow public entities to be counted in the results
    """
    dataset_versions: dict[str, Any] | None = None
    """
    Search criteria for dataset versions
    """
    datasets: dict[str, Any] | None = None
    """
    Search criteria for datasets
    """
    limit: int | None = None
    """
    If specified then items only up to this limit are counted
    """
    models: dict[str, Any] | None = None
    """
    Search criteria for models
    """
    pipeline_runs: dict[str, Any] | None = None
    """
    Search criteria for pipeline runs
    """
    pipelines: dict[str, Any] | None = None
    """
    Search criteria for pipelines
    """
    projects: dict[str, Any] | None = None
    """
    Search criteria for projects
    """
    reports: dict[str, Any] | None = None
    """
    Search criteria for reports
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden projects and tasks are included in the search results
    """
    tasks: dict[str, Any] | None = None
    """
    Search criteria for experiments
    """


class OrganizationGetEntitiesCountResponseErrors(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dataset_versions: str | None = None
    datasets: str | None = None
    models: str | None = None
    pipeline_runs: str | None = None
    pipelines: str | None = None
    projects: str | None = None
    reports: str | None = None
    tasks: str | None = None


class OrganizationGetEntitiesCountResponse(BaseModel):
    """
    Data of organization.get_entities_count 2.34 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dataset_versions: int | None = None
    """
    The number of dataset versions matching the criteria
    """
    datasets: int | None = None
    """
    The number of datasets matching the criteria
    """
    errors: OrganizationGetEntitiesCountResponseErrors | None = Field(
        None, title="OrganizationGetEntitiesCountResponseErrors"
    )
    models: int | None = None
    """
    The number of models matching the criteria
    """
    pipeline_runs: int | None = None
    """
    The number of pipeline runs matching the criteria
    """
    pipelines: int | None = None
    """
    The number of pipelines matching the criteria
    """
    projects: int | None = None
    """
    The number of projects matching the criteria
    """
    reports: int | None = None
    """
    The number of reports matching the criteria
    """
    tasks: int | None = None
    """
    The number of experiments matching the criteria
    """


class OrganizationGetProjectUsagesRequest(BaseModel):
    """
    Request of organization.get_project_usages 2.34.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    breakdown_keys: list[str] | None = None
    from_date: datetime_aliased
    """
    Starting time (in seconds from epoch) for collecting statistics
    """
    include_development: bool | None = False
    """
    If set to 'true' then development tasks are also returned
    """
    projects: list[str]
    """
    Project IDs
    """
    to_date: datetime_aliased
    """
    Ending time (in seconds from epoch) for collecting statistics. Pass null for now
    """
    usage_fields: list[str] | None = None


class OrganizationGetTagsRequestFilter(BaseModel):
    """
    Filter on entities to collect tags from
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of system tag values to filter by. Use 'null' value to specify empty system tags. Use '__Snot' value to specify that the following value should be excluded
    """
    tags: list[str] | None = None
    """
    The list of tag values to filter by. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """


class OrganizationGetTagsRequest(BaseModel):
    """
    Request of organization.get_tags 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filter: OrganizationGetTagsRequestFilter | None = Field(
        None, title="OrganizationGetTagsRequestFilter"
    )
    """
    Filter on entities to collect tags from
    """
    include_system: bool | None = False
    """
    If set to 'true' then the list of the system tags is also returned. The default value is 'false'
    """


class OrganizationGetTagsResponse(BaseModel):
    """
    Data of organization.get_tags 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of unique system tag values. Returned only if 'include_system' is set to 'true' in the request
    """
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class OrganizationGetUserCompaniesRequest(BaseModel):
    """
    Request of organization.get_user_companies 2.12.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class OrganizationGetUserCompaniesResponseCompaniesItemOwnersItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    """
    User avatar (URL or base64-encoded data)
    """
    id: str | None = None
    """
    User ID
    """
    name: str | None = None
    """
    User Name
    """


class OrganizationGetUserCompaniesResponseCompaniesItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allocated: int | None = None
    """
    Number of users allocated for company
    """
    id: str | None = None
    """
    Company ID
    """
    name: str | None = None
    """
    Company name
    """
    owners: list[OrganizationGetUserCompaniesResponseCompaniesItemOwnersItem] | None = None
    """
    Company owners
    """


class OrganizationGetUserCompaniesResponse(BaseModel):
    """
    Data of organization.get_user_companies 2.12 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    companies: list[OrganizationGetUserCompaniesResponseCompaniesItem] | None = None
    """
    List of company information entries. First company is the user's own company
    """


class OrganizationPrepareDownloadForGetAllResponse(BaseModel):
    """
    Data of organization.prepare_download_for_get_all 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    prepare_id: str | None = None
    """
    Prepare ID (use when calling 'download_for_get_all')
    """


class OrganizationUsagesSeriesItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cpu_usage: list[float] | None = None
    """
    Tasks running task multiplied by cpu resource
    """
    cpu_usage_artifical_weights: bool | None = None
    """
    Indicate whether artificial cpu resource weights were used
    """
    dates: list[float] | None = None
    """
    Date timestamp in seconds
    """
    duration: list[float] | None = None
    """
    Tasks running time in seconds
    """
    gpu_usage: list[float] | None = None
    """
    Tasks running task multiplied by gpu resource
    """
    gpu_usage_artifical_weights: bool | None = None
    """
    Indicate whether artificial gpu resource weights were used
    """
    id: str | None = None
    name: str | None = None


class OrganizationUsagesTotalItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cpu_artificial_weights: bool | None = None
    """
    Indicate whether artificial cpu resource weights were used
    """
    cpu_usage: float | None = None
    """
    Tasks running task multiplied by cpu resource
    """
    duration: int | None = None
    """
    Tasks running time in seconds
    """
    gpu_artificial_weights: bool | None = None
    """
    Indicate whether artificial gpu resource weights were used
    """
    gpu_usage: float | None = None
    """
    Tasks running task multiplied by gpu resource
    """
    id: str | None = None
    name: str | None = None


class OrganizationUsages(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    series: list[OrganizationUsagesSeriesItem] | None = None
    total: list[OrganizationUsagesTotalItem] | None = None


class OrganizationValueMapping(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: dict[str, Any]
    """
    Original value
    """
    value: dict[str, Any]
    """
    Translated value
    """


class PipelinesDeleteRunsRequest(BaseModel):
    """
    Request of pipelines.delete_runs 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the pipeline runs to delete. Should be the ids of pipeline controller tasks
    """
    project: str
    """
    Pipeline project ids. When deleting at least one run should be left
    """


class PipelinesDeleteRunsResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class PipelinesDeleteRunsResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: PipelinesDeleteRunsResponseFailedItemError | None = Field(
        None, title="PipelinesDeleteRunsResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class PipelinesDeleteRunsResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Indicates whether the task was deleted
    """
    deleted_models: int | None = None
    """
    Number of deleted output models
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated_children: int | None = None
    """
    Number of child tasks whose parent property was updated
    """
    updated_models: int | None = None
    """
    Number of models whose task property was updated
    """


class PipelinesDeleteRunsResponse(BaseModel):
    """
    Data of pipelines.delete_runs 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[PipelinesDeleteRunsResponseFailedItem] | None = None
    succeeded: list[PipelinesDeleteRunsResponseSucceededItem] | None = None


class PipelinesStartPipelineRequestArgsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    value: str | None = None


class PipelinesStartPipelineRequest(BaseModel):
    """
    Request of pipelines.start_pipeline 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    args: list[PipelinesStartPipelineRequestArgsItem] | None = None
    """
    Task arguments, name/value to be placed in the hyperparameters Args section
    """
    queue: str | None = None
    """
    Queue ID in which the created pipeline task will be enqueued
    """
    task: str
    """
    ID of the task on which the pipeline will be based
    """
    verify_watched_queue: bool | None = False
    """
    If passed then check wheter there are any workers watiching the queue
    """


class PipelinesStartPipelineResponse(BaseModel):
    """
    Data of pipelines.start_pipeline 2.28 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    enqueued: bool | None = None
    """
    True if the task was successfuly enqueued
    """
    pipeline: str | None = None
    """
    ID of the new pipeline task
    """
    queue_watched: bool | None = None
    """
    Returns Trueif there are workers or autscalers working with the queue
    """


class ProjectsCreateRequest(BaseModel):
    """
    Request of projects.create 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    default_output_destination: str | None = None
    """
    The default output destination URL for new tasks under this project
    """
    description: str | None = None
    """
    Project description.
    """
    name: str
    """
    Project name Unique within the company.
    """
    system_tags: list[str] | None = None
    """
    System tags. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags
    """


class ProjectsCreateResponse(BaseModel):
    """
    Data of projects.create 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    Project id
    """


class ProjectsDeleteRequest(BaseModel):
    """
    Request of projects.delete 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    delete_contents: bool | None = None
    """
    If set to 'true' then the project tasks and models will be deleted. Otherwise their project property will be unassigned. Default value is 'false'
    """
    delete_external_artifacts: bool | None = True
    """
    If set to 'true' then BE will try to delete the extenal artifacts associated with the project tasks and models from the fileserver (if configured to do so)
    """
    force: bool | None = False
    """
    If not true, fails if project has tasks. If true, and project has tasks, they will be unassigned
    """
    project: str
    """
    Project ID
    """


class ProjectsGetAllExRequestChildrenTagsFilterAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ProjectsGetAllExRequestChildrenTagsFilterAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ProjectsGetAllExRequestChildrenTagsFilter(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: ProjectsGetAllExRequestChildrenTagsFilterAll | None = Field(
        None, title="ProjectsGetAllExRequestChildrenTagsFilterAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: ProjectsGetAllExRequestChildrenTagsFilterAny | None = Field(
        None, title="ProjectsGetAllExRequestChildrenTagsFilterAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class ProjectsGetAllExRequestFiltersValueAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ProjectsGetAllExRequestFiltersValueAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ProjectsGetAllExRequestFiltersValue(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: ProjectsGetAllExRequestFiltersValueAll | None = Field(
        None, title="ProjectsGetAllExRequestFiltersValueAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: ProjectsGetAllExRequestFiltersValueAny | None = Field(
        None, title="ProjectsGetAllExRequestFiltersValueAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class ProjectsGetAllExRequest(BaseModel):
    """
    Request of projects.get_all_ex 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    active_users: list[str] | None = None
    """
    The list of users that were active in the project. If passes then the resulting projects are filtered to the ones that have tasks created by these users
    """
    allow_public: bool | None = True
    """
    Allow public projects to be returned in the results
    """
    basename: str | None = None
    """
    Project base name
    """
    check_own_contents: bool | None = False
    """
    If set to 'true' and project ids are passed to the query then for these projects their own tasks and models are counted
    """
    children_tags: list[str] | None = None
    """
    The list of tag values to filter children by. Takes effect only if children_type is set. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """
    children_tags_filter: ProjectsGetAllExRequestChildrenTagsFilter | None = Field(
        None, title="ProjectsGetAllExRequestChildrenTagsFilter"
    )
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """
    children_type: str | None = None
    """
    If specified that only the projects under which the entities of this type can be found will be returned
    """
    description: str | None = None
    """
    Get only projects whose description matches this pattern (python regular expression syntax)
    """
    filters: dict[str, ProjectsGetAllExRequestFiltersValue] | None = None
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    include_dataset_stats: bool | None = False
    """
    If true, include project dataset statistic in response
    """
    include_stats: bool | None = False
    """
    If true, include project statistic in response.
    """
    include_stats_filter: dict[str, Any] | None = None
    """
    The filter for selecting entities that participate in statistics calculation. For each task field that you want to filter on pass the list of allowed values. Prepend the value with '-' to exclude
    """
    name: str | None = None
    """
    Get only projects whose name matches this pattern (python regular expression syntax)
    """
    non_public: bool | None = False
    """
    Return only non-public projects
    """
    only_fields: list[str] | None = None
    """
    List of document's field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of projects
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden projects are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    shallow_search: bool | None = False
    """
    If set to 'true' then the search with the specified criteria is performed among top level projects only (or if parents specified, among the direct children of the these parents). Otherwise the search is performed among all the company projects (or among all of the descendants of the specified parents).
    """
    size: conint(ge=1) | None = None
    """
    The number of projects to retrieve
    """
    stats_for_state: str | None = "active"
    """
    Obsolete! Statistics is calculated always for the 'active' state
    """
    stats_with_children: bool | None = True
    """
    If include_stats flag is set then this flag contols whether the child projects tasks are taken into statistics or not
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """


class ProjectsGetAllRequest(BaseModel):
    """
    Request of projects.get_all 2.15.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    basename: str | None = None
    """
    Project base name
    """
    description: str | None = None
    """
    Get only projects whose description matches this pattern (python regular expression syntax)
    """
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    name: str | None = None
    """
    Get only projects whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of document's field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of projects
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all_ex
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden projects are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    shallow_search: bool | None = False
    """
    If set to 'true' then the search with the specified criteria is performed among top level projects only (or if parents specified, among the direct children of the these parents). Otherwise the search is performed among all the company projects (or among all of the descendants of the specified parents).
    """
    size: conint(ge=1) | None = None
    """
    The number of projects to retrieve
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """


class ProjectsGetByIdRequest(BaseModel):
    """
    Request of projects.get_by_id 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project: str
    """
    Project id
    """


class ProjectsGetHyperParametersRequest(BaseModel):
    """
    Request of projects.get_hyper_parameters 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    include_subprojects: bool | None = True
    """
    If set to 'true' and the project field is set then the result includes hyper parameters from the subproject tasks
    """
    page: int | None = 0
    """
    Page number
    """
    page_size: int | None = 500
    """
    Page size
    """
    project: str
    """
    Project ID
    """


class ProjectsGetHyperParametersResponse(BaseModel):
    """
    Data of projects.get_hyper_parameters 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    parameters: list[dict[str, Any]] | None = None
    """
    A list of parameter sections and names
    """
    remaining: int | None = None
    """
    Remaining results
    """
    total: int | None = None
    """
    Total number of results
    """


class ProjectsGetHyperparamValuesRequest(BaseModel):
    """
    Request of projects.get_hyperparam_values 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_public: bool | None = None
    """
    If set to 'true' then collect values from both company and public tasks otherwise company tasks only. The default is 'true'
    """
    include_subprojects: bool | None = True
    """
    If set to 'true' and the project field is set then the result includes hyper parameters values from the subproject tasks
    """
    name: str
    """
    Hyperparameter name
    """
    page: int | None = 0
    """
    Page number
    """
    page_size: int | None = 500
    """
    Page size
    """
    pattern: str | None = None
    """
    The search pattern regex
    """
    projects: list[str] | None = None
    """
    Project IDs
    """
    section: str
    """
    Hyperparameter section name
    """


class ProjectsGetHyperparamValuesResponse(BaseModel):
    """
    Data of projects.get_hyperparam_values 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    total: int | None = None
    """
    Total number of distinct parameter values
    """
    values: list[str] | None = None
    """
    The list of the unique values for the parameter
    """


class ProjectsGetModelMetadataKeysRequest(BaseModel):
    """
    Request of projects.get_model_metadata_keys 2.17.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    include_subprojects: bool | None = True
    """
    If set to 'true' and the project field is set then the result includes metadate keys from the subproject models
    """
    page: int | None = 0
    """
    Page number
    """
    page_size: int | None = 500
    """
    Page size
    """
    project: str
    """
    Project ID
    """


class ProjectsGetModelMetadataKeysResponse(BaseModel):
    """
    Data of projects.get_model_metadata_keys 2.17 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    keys: list[str] | None = None
    """
    A list of model keys
    """
    remaining: int | None = None
    """
    Remaining results
    """
    total: int | None = None
    """
    Total number of results
    """


class ProjectsGetModelMetadataValuesRequest(BaseModel):
    """
    Request of projects.get_model_metadata_values 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_public: bool | None = None
    """
    If set to 'true' then collect values from both company and public models otherwise company modeels only. The default is 'true'
    """
    include_subprojects: bool | None = True
    """
    If set to 'true' and the project field is set then the result includes metadata values from the subproject models
    """
    key: str
    """
    Metadata key
    """
    page: int | None = 0
    """
    Page number
    """
    page_size: int | None = 500
    """
    Page size
    """
    projects: list[str] | None = None
    """
    Project IDs
    """


class ProjectsGetModelMetadataValuesResponse(BaseModel):
    """
    Data of projects.get_model_metadata_values 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    total: int | None = None
    """
    Total number of distinct values
    """
    values: list[str] | None = None
    """
    The list of the unique values
    """


class ProjectsGetModelTagsRequestFilter(BaseModel):
    """
    Filter on entities to collect tags from
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of system tag values to filter by. Use 'null' value to specify empty system tags. Use '__Snot' value to specify that the following value should be excluded
    """
    tags: list[str] | None = None
    """
    The list of tag values to filter by. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """


class ProjectsGetModelTagsRequest(BaseModel):
    """
    Request of projects.get_model_tags 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filter: ProjectsGetModelTagsRequestFilter | None = Field(
        None, title="ProjectsGetModelTagsRequestFilter"
    )
    """
    Filter on entities to collect tags from
    """
    include_system: bool | None = False
    """
    If set to 'true' then the list of the system tags is also returned. The default value is 'false'
    """
    projects: list[str] | None = None
    """
    The list of projects under which the tags are searched. If not passed or empty then all the projects are searched
    """


class ProjectsGetModelTagsResponse(BaseModel):
    """
    Data of projects.get_model_tags 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of unique system tag values. Returned only if 'include_system' is set to 'true' in the request
    """
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class ProjectsGetProjectTagsRequestFilter(BaseModel):
    """
    Filter on entities to collect tags from
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of system tag values to filter by. Use 'null' value to specify empty system tags. Use '__Snot' value to specify that the following value should be excluded
    """
    tags: list[str] | None = None
    """
    The list of tag values to filter by. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """


class ProjectsGetProjectTagsRequest(BaseModel):
    """
    Request of projects.get_project_tags 2.17.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filter: ProjectsGetProjectTagsRequestFilter | None = Field(
        None, title="ProjectsGetProjectTagsRequestFilter"
    )
    """
    Filter on entities to collect tags from
    """
    include_system: bool | None = False
    """
    If set to 'true' then the list of the system tags is also returned. The default value is 'false'
    """
    projects: list[str] | None = None
    """
    The list of projects under which the tags are searched. If not passed or empty then all the projects are searched
    """


class ProjectsGetProjectTagsResponse(BaseModel):
    """
    Data of projects.get_project_tags 2.17 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of unique system tag values. Returned only if 'include_system' is set to 'true' in the request
    """
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class ProjectsGetTaskParentsRequest(BaseModel):
    """
    Request of projects.get_task_parents 2.25.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    include_subprojects: bool | None = True
    """
    If set to 'true' and the projects field is not empty then the result includes tasks parents from the subproject tasks
    """
    projects: list[str] | None = None
    """
    The list of projects which task parents are retieved. If not passed or empty then all the projects are searched
    """
    task_name: str | None = None
    """
    Task name pattern for the returned parent tasks
    """
    tasks_state: str | None = "active"
    """
    Return parents for tasks in the specified state. If Null is provided, parents for all task states will be returned.
    """


class ProjectsGetTaskParentsResponseParentsItemProject(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    The ID of the parent task project
    """
    name: str | None = None
    """
    The name of the parent task project
    """


class ProjectsGetTaskParentsResponseParentsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    The ID of the parent task
    """
    name: str | None = None
    """
    The name of the parent task
    """
    project: ProjectsGetTaskParentsResponseParentsItemProject | None = Field(
        None, title="ProjectsGetTaskParentsResponseParentsItemProject"
    )


class ProjectsGetTaskParentsResponse(BaseModel):
    """
    Data of projects.get_task_parents 2.25 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    parents: list[ProjectsGetTaskParentsResponseParentsItem] | None = None
    """
    The list of unique task parents sorted by their names
    """


class ProjectsGetTaskTagsRequestFilter(BaseModel):
    """
    Filter on entities to collect tags from
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of system tag values to filter by. Use 'null' value to specify empty system tags. Use '__Snot' value to specify that the following value should be excluded
    """
    tags: list[str] | None = None
    """
    The list of tag values to filter by. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """


class ProjectsGetTaskTagsRequest(BaseModel):
    """
    Request of projects.get_task_tags 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filter: ProjectsGetTaskTagsRequestFilter | None = Field(
        None, title="ProjectsGetTaskTagsRequestFilter"
    )
    """
    Filter on entities to collect tags from
    """
    include_system: bool | None = False
    """
    If set to 'true' then the list of the system tags is also returned. The default value is 'false'
    """
    projects: list[str] | None = None
    """
    The list of projects under which the tags are searched. If not passed or empty then all the projects are searched
    """


class ProjectsGetTaskTagsResponse(BaseModel):
    """
    Data of projects.get_task_tags 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of unique system tag values. Returned only if 'include_system' is set to 'true' in the request
    """
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class ProjectsGetUniqueMetricVariantsRequest(BaseModel):
    """
    Request of projects.get_unique_metric_variants 2.28.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    IDs of the tasks or models to get metrics from
    """
    include_subprojects: bool | None = True
    """
    If set to 'true' and the project field is set then the result includes metrics/variants from the subproject tasks
    """
    model_metrics: bool | None = False
    """
    If set to Truethen bring unique metric and variant names from the project models otherwise from the project tasks
    """
    project: str | None = None
    """
    Project ID
    """


class ProjectsGetUserNamesRequest(BaseModel):
    """
    Request of projects.get_user_names 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entity: str | None = "task"
    """
    The type of the child entity to look for
    """
    include_subprojects: bool | None = True
    """
    If set to 'true' and the projects field is not empty then the result includes user name from the subprojects children
    """
    projects: list[str] | None = None
    """
    The list of projects. If not passed or empty then all the projects are searched
    """


class ProjectsGetUserNamesResponseUsersItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    The ID of the user
    """
    name: str | None = None
    """
    The name of the user
    """


class ProjectsGetUserNamesResponse(BaseModel):
    """
    Data of projects.get_user_names 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    users: list[ProjectsGetUserNamesResponseUsersItem] | None = None
    """
    The list of users sorted by their names
    """


class ProjectsMakePrivateRequest(BaseModel):
    """
    Request of projects.make_private 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the projects to convert. Only the projects originated by the company can be converted
    """


class ProjectsMakePrivateResponse(BaseModel):
    """
    Data of projects.make_private 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of projects updated
    """


class ProjectsMakePublicRequest(BaseModel):
    """
    Request of projects.make_public 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the projects to convert
    """


class ProjectsMakePublicResponse(BaseModel):
    """
    Data of projects.make_public 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of projects updated
    """


class ProjectsMergeRequest(BaseModel):
    """
    Request of projects.merge 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    destination_project: str | None = None
    """
    The ID of the destination project
    """
    project: str
    """
    Project id
    """


class ProjectsMergeResponse(BaseModel):
    """
    Data of projects.merge 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    moved_entities: int | None = None
    """
    The number of tasks and models moved from the merged project into the destination
    """
    moved_projects: int | None = None
    """
    The number of child projects moved from the merged project into the destination
    """


class ProjectsMetricVariantResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    Metric name
    """
    metric_hash: str | None = None
    """
    Metric name hash. Used instead of the metric name when categorizing last metrics events in task objects.
    """
    variant: str | None = None
    """
    Variant name
    """
    variant_hash: str | None = None
    """
    Variant name hash. Used instead of the variant name when categorizing last metrics events in task objects.
    """


class ProjectsMoveRequest(BaseModel):
    """
    Request of projects.move 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    new_location: str | None = None
    """
    The name location for the project
    """
    project: str
    """
    Project id
    """


class ProjectsMoveResponse(BaseModel):
    """
    Data of projects.move 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    moved: int | None = None
    """
    The number of projects moved
    """


class ProjectsProject(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    basename: str | None = None
    """
    Project base name
    """
    company: str | None = None
    """
    Company id
    """
    created: datetime_aliased | None = None
    """
    Creation time
    """
    default_output_destination: str | None = None
    """
    The default output destination URL for new tasks under this project
    """
    description: str | None = None
    """
    Project description
    """
    id: str | None = None
    """
    Project id
    """
    last_update: datetime_aliased | None = None
    """
    Last project update time. Reflects the last time the project metadata was changed or a task in this project has changed status
    """
    name: str | None = None
    """
    Project name
    """
    system_tags: list[str] | None = None
    """
    System tags. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags
    """
    user: str | None = None
    """
    Associated user id
    """


class ProjectsProjectsGetAllResponseSingleDatasetStats(BaseModel):
    """
    Project dataset statistics
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file_count: int | None = None
    """
    The number of files stored in the dataset
    """
    total_size: int | None = None
    """
    The total dataset size in bytes
    """


class ProjectsProjectsGetAllResponseSingleSubProjectsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    Subproject ID
    """
    name: str | None = None
    """
    Subproject name
    """


class ProjectsStatsDatasets(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = None
    """
    Number of datasets
    """
    tags: list[str] | None = None
    """
    Dataset tags
    """


class ProjectsStatsStatusCountStatusCount(BaseModel):
    """
    Status counts
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    closed: int | None = None
    """
    Number of 'closed' tasks in project
    """
    completed: int | None = None
    """
    Number of 'completed' tasks in project
    """
    created: int | None = None
    """
    Number of 'created' tasks in project
    """
    failed: int | None = None
    """
    Number of 'failed' tasks in project
    """
    in_progress: int | None = None
    """
    Number of 'in_progress' tasks in project
    """
    published: int | None = None
    """
    Number of 'published' tasks in project
    """
    queued: int | None = None
    """
    Number of 'queued' tasks in project
    """
    stopped: int | None = None
    """
    Number of 'stopped' tasks in project
    """
    unknown: int | None = None
    """
    Number of 'unknown' tasks in project
    """


class ProjectsStatsStatusCount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    completed_tasks_24h: int | None = None
    """
    Number of tasks completed in the last 24 hours
    """
    last_task_run: int | None = None
    """
    The most recent started time of a task
    """
    status_count: ProjectsStatsStatusCountStatusCount | None = Field(
        None, title="ProjectsStatsStatusCountStatusCount"
    )
    """
    Status counts
    """
    total_runtime: int | None = None
    """
    Total run time of all tasks in project (in seconds)
    """
    total_tasks: int | None = None
    """
    Number of tasks
    """


class ProjectsTagsRequestFilter(BaseModel):
    """
    Filter on entities to collect tags from
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of system tag values to filter by. Use 'null' value to specify empty system tags. Use '__Snot' value to specify that the following value should be excluded
    """
    tags: list[str] | None = None
    """
    The list of tag values to filter by. Use 'null' value to specify empty tags. Use '__Snot' value to specify that the following value should be excluded
    """


class ProjectsTagsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filter: ProjectsTagsRequestFilter | None = Field(None, title="ProjectsTagsRequestFilter")
    """
    Filter on entities to collect tags from
    """
    include_system: bool | None = False
    """
    If set to 'true' then the list of the system tags is also returned. The default value is 'false'
    """
    projects: list[str] | None = None
    """
    The list of projects under which the tags are searched. If not passed or empty then all the projects are searched
    """


class ProjectsTagsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    system_tags: list[str] | None = None
    """
    The list of unique system tag values. Returned only if 'include_system' is set to 'true' in the request
    """
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class ProjectsUpdateRequest(BaseModel):
    """
    Request of projects.update 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    default_output_destination: str | None = None
    """
    The default output destination URL for new tasks under this project
    """
    description: str | None = None
    """
    Project description
    """
    name: str | None = None
    """
    Project name. Unique within the company.
    """
    project: str
    """
    Project id
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """


class ProjectsUpdateResponse(BaseModel):
    """
    Data of projects.update 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of projects updated (0 or 1)
    """


class ProjectsUrls(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    artifact_urls: list[str] | None = None
    event_urls: list[str] | None = None
    model_urls: list[str] | None = None


class ProjectsValidateDeleteRequest(BaseModel):
    """
    Request of projects.validate_delete 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project: str
    """
    Project ID
    """


class ProjectsValidateDeleteResponse(BaseModel):
    """
    Data of projects.validate_delete 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    datasets: int | None = None
    """
    The total number of non-empty datasets under the project and all its children
    """
    models: int | None = None
    """
    The total number of models under the project and all its children
    """
    non_archived_models: int | None = None
    """
    The total number of non-archived models under the project and all its children
    """
    non_archived_reports: int | None = None
    """
    The total number of non-archived reports under the project and all its children
    """
    non_archived_tasks: int | None = None
    """
    The total number of non-archived tasks under the project and all its children
    """
    pipelines: int | None = None
    """
    The total number of pipelines with active controllers under the project and all its children
    """
    reports: int | None = None
    """
    The total number of reports under the project and all its children
    """
    tasks: int | None = None
    """
    The total number of tasks under the project and all its children
    """


class QueuesAddOrUpdateMetadataRequest(BaseModel):
    """
    Request of queues.add_or_update_metadata 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metadata: list[CommonMetadataItem]
    """
    Metadata items to add or update
    """
    queue: str
    """
    ID of the queue
    """
    replace_metadata: bool | None = False
    """
    If set then the all the metadata items will be replaced with the provided ones. Otherwise only the provided metadata items will be updated or added
    """


class QueuesAddOrUpdateMetadataResponse(BaseModel):
    """
    Data of queues.add_or_update_metadata 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of queues updated (0 or 1)
    """


class QueuesAddTaskRequest(BaseModel):
    """
    Request of queues.add_task 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """
    update_execution_queue: bool | None = True
    """
    If set to Falsethen the task 'execution.queue' is not updated
    """


class QueuesAddTaskResponse(BaseModel):
    """
    Data of queues.add_task 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    added: int | None = None
    """
    Number of tasks added (0 or 1)
    """


class QueuesClearQueueRequest(BaseModel):
    """
    Request of queues.clear_queue 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    Queue id
    """


class QueuesClearQueueResponse(BaseModel):
    """
    Data of queues.clear_queue 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    removed_tasks: list[str] | None = None
    """
    IDs of the removed tasks
    """


class QueuesCreateRequest(BaseModel):
    """
    Request of queues.create 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    display_name: str | None = None
    """
    Display name
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Queue metadata
    """
    name: str
    """
    Queue name Unique within the company.
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """


class QueuesCreateResponse(BaseModel):
    """
    Data of queues.create 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    New queue ID
    """


class QueuesDeleteMetadataRequest(BaseModel):
    """
    Request of queues.delete_metadata 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    keys: list[str]
    """
    The list of metadata keys to delete
    """
    queue: str
    """
    ID of the queue
    """


class QueuesDeleteMetadataResponse(BaseModel):
    """
    Data of queues.delete_metadata 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of queues updated (0 or 1)
    """


class QueuesDeleteRequest(BaseModel):
    """
    Request of queues.delete 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    Force delete of non-empty queue. Defaults to false
    """
    queue: str
    """
    Queue id
    """


class QueuesDeleteResponse(BaseModel):
    """
    Data of queues.delete 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Number of queues deleted (0 or 1)
    """


class QueuesEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    added: datetime_aliased | None = None
    """
    Time this entry was added to the queue
    """
    task: str | None = None
    """
    Queued task ID
    """


class QueuesGetAllExRequestFiltersValueAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class QueuesGetAllExRequestFiltersValueAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class QueuesGetAllExRequestFiltersValue(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: QueuesGetAllExRequestFiltersValueAll | None = Field(
        None, title="QueuesGetAllExRequestFiltersValueAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: QueuesGetAllExRequestFiltersValueAny | None = Field(
        None, title="QueuesGetAllExRequestFiltersValueAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class QueuesGetAllExRequest(BaseModel):
    """
    Request of queues.get_all_ex 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    filters: dict[str, QueuesGetAllExRequestFiltersValue] | None = None
    id: list[str] | None = None
    """
    List of Queue IDs used to filter results
    """
    max_task_entries: int | None = None
    """
    Max number of queue task entries to return
    """
    name: str | None = None
    """
    Get only queues whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of document field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the result list of results.
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all_ex
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden queues are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of queues to retrieve
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """


class QueuesGetAllRequest(BaseModel):
    """
    Request of queues.get_all 2.21.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: list[str] | None = None
    """
    List of Queue IDs used to filter results
    """
    max_task_entries: int | None = None
    """
    Max number of queue task entries to return
    """
    name: str | None = None
    """
    Get only queues whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of document field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the result list of results.
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden queues are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of queues to retrieve
    """
    system_tags: list[str] | None = None
    """
    System tags list used to filter results. Prepend '-' to system tag name to indicate exclusion
    """
    tags: list[str] | None = None
    """
    User-defined tags list used to filter results. Prepend '-' to tag name to indicate exclusion
    """


class QueuesGetByIdRequest(BaseModel):
    """
    Request of queues.get_by_id 2.20.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    max_task_entries: int | None = None
    """
    Max number of queue task entries to return
    """
    queue: str
    """
    Queue ID
    """


class QueuesGetDefaultRequest(BaseModel):
    """
    Request of queues.get_default 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class QueuesGetDefaultResponse(BaseModel):
    """
    Data of queues.get_default 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    Queue id
    """
    name: str | None = None
    """
    Queue name
    """


class QueuesGetNextTaskRequest(BaseModel):
    """
    Request of queues.get_next_task 2.21.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    get_task_info: bool | None = False
    """
    If set then additional task info is returned
    """
    queue: str
    """
    Queue id
    """
    task: str | None = None
    """
    Task company ID
    """


class QueuesGetNextTaskResponseTaskInfo(BaseModel):
    """
    Info about the returned task. Returned only if get_task_info is set to True
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    company: str | None = None
    """
    Task company ID
    """
    user: str | None = None
    """
    ID of the user who created the task
    """


class QueuesGetNextTaskResponse(BaseModel):
    """
    Data of queues.get_next_task 2.21 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entry: QueuesEntry | None = None
    """
    Entry information
    """
    task_info: QueuesGetNextTaskResponseTaskInfo | None = Field(
        None, title="QueuesGetNextTaskResponseTaskInfo"
    )
    """
    Info about the returned task. Returned only if get_task_info is set to True
    """


class QueuesGetNumEntriesRequest(BaseModel):
    """
    Request of queues.get_num_entries 2.15.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    ID of the queue
    """


class QueuesGetNumEntriesResponse(BaseModel):
    """
    Data of queues.get_num_entries 2.15 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    num: int | None = None
    """
    Number of entries
    """


class QueuesGetQueueMetricsRequest(BaseModel):
    """
    Request of queues.get_queue_metrics 2.20.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    from_date: float
    """
    Starting time (in seconds from epoch) for collecting metrics
    """
    interval: int
    """
    Time interval in seconds for a single metrics point. The minimal value is 1
    """
    queue_ids: list[str] | None = None
    """
    List of queue ids to collect metrics for. If not provided or empty then all then average metrics across all the company queues will be returned.
    """
    refresh: bool | None = False
    """
    If set then the new queue metrics is taken
    """
    to_date: float
    """
    Ending time (in seconds from epoch) for collecting metrics
    """


class QueuesMoveTaskBackwardRequest(BaseModel):
    """
    Request of queues.move_task_backward 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = None
    """
    Number of positions in the queue to move the task forward relative to the current position. Optional, the default value is 1.
    """
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """


class QueuesMoveTaskBackwardResponse(BaseModel):
    """
    Data of queues.move_task_backward 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position: int | None = None
    """
    The new position of the task entry in the queue (index, -1 represents bottom of queue)
    """


class QueuesMoveTaskForwardRequest(BaseModel):
    """
    Request of queues.move_task_forward 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = None
    """
    Number of positions in the queue to move the task forward relative to the current position. Optional, the default value is 1.
    """
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """


class QueuesMoveTaskForwardResponse(BaseModel):
    """
    Data of queues.move_task_forward 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position: int | None = None
    """
    The new position of the task entry in the queue (index, -1 represents bottom of queue)
    """


class QueuesMoveTaskToBackRequest(BaseModel):
    """
    Request of queues.move_task_to_back 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """


class QueuesMoveTaskToBackResponse(BaseModel):
    """
    Data of queues.move_task_to_back 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position: int | None = None
    """
    The new position of the task entry in the queue (index, -1 represents bottom of queue)
    """


class QueuesMoveTaskToFrontRequest(BaseModel):
    """
    Request of queues.move_task_to_front 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """


class QueuesMoveTaskToFrontResponse(BaseModel):
    """
    Data of queues.move_task_to_front 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position: int | None = None
    """
    The new position of the task entry in the queue (index, -1 represents bottom of queue)
    """


class QueuesPeekTaskRequest(BaseModel):
    """
    Request of queues.peek_task 2.15.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    ID of the queue
    """


class QueuesPeekTaskResponse(BaseModel):
    """
    Data of queues.peek_task 2.15 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str | None = None
    """
    Task ID
    """


class QueuesQueue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    company: str | None = None
    """
    Company id
    """
    created: datetime_aliased | None = None
    """
    Queue creation time
    """
    display_name: str | None = None
    """
    Display name
    """
    entries: list[QueuesEntry] | None = None
    """
    List of ordered queue entries
    """
    id: str | None = None
    """
    Queue id
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Queue metadata
    """
    name: str | None = None
    """
    Queue name
    """
    system_tags: list[str] | None = None
    """
    System tags. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags
    """
    user: str | None = None
    """
    Associated user id
    """


class QueuesQueueMetrics(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avg_waiting_times: list[float] | None = None
    """
    List of average waiting times for tasks in the queue. The points correspond to the timestamps in the dates list. If more than one value exists for the given interval then the maximum value is taken.
    """
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval. Timestamps where no queue status change was recorded are omitted.
    """
    queue: str | None = None
    """
    ID of the queue
    """
    queue_lengths: list[int] | None = None
    """
    List of tasks counts in the queue. The points correspond to the timestamps in the dates list. If more than one value exists for the given interval then the count that corresponds to the maximum average value is taken.
    """


class QueuesRemoveTaskRequest(BaseModel):
    """
    Request of queues.remove_task 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str
    """
    Queue id
    """
    task: str
    """
    Task id
    """
    update_task_status: bool | None = False
    """
    If set to 'true' then change the removed task status to the one it had prior to enqueuing or 'created'
    """


class QueuesRemoveTaskResponse(BaseModel):
    """
    Data of queues.remove_task 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    removed: int | None = None
    """
    Number of tasks removed (0 or 1)
    """


class QueuesUpdateRequest(BaseModel):
    """
    Request of queues.update 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    display_name: str | None = None
    """
    Display name
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Queue metadata
    """
    name: str | None = None
    """
    Queue name Unique within the company.
    """
    queue: str
    """
    Queue id
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """


class QueuesUpdateResponse(BaseModel):
    """
    Data of queues.update 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of queues updated (0 or 1)
    """


class ReportsArchiveRequest(BaseModel):
    """
    Request of reports.archive 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    The client message
    """
    task: str
    """
    The ID of the report task to archive
    """


class ReportsArchiveResponse(BaseModel):
    """
    Data of reports.archive 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    archived: int | None = None
    """
    Number of reports archived (0 or 1)
    """


class ReportsCreateRequest(BaseModel):
    """
    Request of reports.create 2.24.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    name: str
    """
    Report name. Unique within the company.
    """
    project: str | None = None
    """
    Project ID of the project to which this report is assigned Must exist[ab]
    """
    report: str | None = None
    """
    Report template
    """
    report_assets: list[str] | None = None
    """
    List of the external report assets
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """


class ReportsCreateResponse(BaseModel):
    """
    Data of reports.create 2.24 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the report
    """
    project_id: str | None = None
    """
    ID of the project that the report belongs to
    """


class ReportsDeleteRequest(BaseModel):
    """
    Request of reports.delete 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not set then published or unarchived reports cannot be deleted
    """
    task: str
    """
    The ID of the report task to delete
    """


class ReportsDeleteResponse(BaseModel):
    """
    Data of reports.delete 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Number of deleted reports (0 or 1)
    """


class ReportsGetAllExRequestFiltersValueAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ReportsGetAllExRequestFiltersValueAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class ReportsGetAllExRequestFiltersValue(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: ReportsGetAllExRequestFiltersValueAll | None = Field(
        None, title="ReportsGetAllExRequestFiltersValueAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: ReportsGetAllExRequestFiltersValueAny | None = Field(
        None, title="ReportsGetAllExRequestFiltersValueAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class ReportsGetTagsRequest(BaseModel):
    """
    Request of reports.get_tags 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ReportsGetTagsResponse(BaseModel):
    """
    Data of reports.get_tags 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tags: list[str] | None = None
    """
    The list of unique tag values
    """


class ReportsGetTaskDataRequestDebugImages(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return debug images
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """


class ReportsGetTaskDataRequestPlots(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return plots
    """
    last_iters_per_task_metric: bool | None = True
    """
    If set to 'true' and iters passed then last iterations for each task metrics are retrieved. Otherwise last iterations for the whole task are retrieved
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """


class ReportsGetTaskDataRequestScalarMetricsIterHistogram(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: EventsCommonScalarKeyEnum | None = None
    """
    Histogram x axis to use: iter - iteration number iso_time - event time as ISO formatted string timestamp - event timestamp as milliseconds since epoch
    """
    metrics: list[EventsCommonMetricVariants] | None = None
    """
    List of metrics and variants
    """
    samples: int | None = None
    """
    The amount of histogram points to return (0 to return all the points). Optional, the default value is 6000.
    """


class ReportsGetTaskDataRequest(BaseModel):
    """
    Request of reports.get_task_data 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    allow_public: bool | None = True
    """
    Allow public tasks to be returned in the results
    """
    debug_images: ReportsGetTaskDataRequestDebugImages | None = Field(
        None, title="ReportsGetTaskDataRequestDebugImages"
    )
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then tasks from the subprojects are searched too
    """
    input_view_entries_dataset: list[str] | None = Field(None, alias="input.view.entries.dataset")
    """
    List of input dataset IDs
    """
    input_view_entries_version: list[str] | None = Field(None, alias="input.view.entries.version")
    """
    List of input dataset version IDs
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    name: str | None = None
    """
    Get only tasks whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of task field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    parent: str | None = None
    """
    Parent ID
    """
    plots: ReportsGetTaskDataRequestPlots | None = Field(
        None, title="ReportsGetTaskDataRequestPlots"
    )
    project: list[str] | None = None
    """
    List of project IDs
    """
    scalar_metrics_iter_histogram: ReportsGetTaskDataRequestScalarMetricsIterHistogram | None = (
        Field(None, title="ReportsGetTaskDataRequestScalarMetricsIterHistogram")
    )
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden tasks are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    single_value_metrics: dict[str, Any] | None = Field(None, max_length=0)
    """
    If passed then task single value metrics are returned
    """
    size: conint(ge=1) | None = None
    """
    The number of tasks to retrieve
    """
    status: list[CommonTaskStatusEnum] | None = None
    """
    List of task status.
    """
    status_changed: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of status changed constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    system_tags: list[str] | None = None
    """
    List of task system tags. Use '-' prefix to exclude system tags
    """
    tags: list[str] | None = None
    """
    List of task user-defined tags. Use '-' prefix to exclude tags
    """
    type: list[str] | None = None
    """
    List of task types. One or more of: 'import', 'annotation', 'training' or 'testing' (case insensitive)
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the task's creating user
    """


class ReportsMoveRequest(BaseModel):
    """
    Request of reports.move 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project: str | None = None
    """
    Target project ID. If not provided, `project_name` must be provided. Use null for the root project
    """
    project_name: str | None = None
    """
    Target project name. If provided and a project with this name does not exist, a new project will be created. If not provided, `project` must be provided.
    """
    task: str
    """
    ID of the report to move
    """


class ReportsMoveResponse(BaseModel):
    """
    Data of reports.move 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project_id: str | None = None
    """
    The ID of the target project
    """


class ReportsPublishRequest(BaseModel):
    """
    Request of reports.publish 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    The client message
    """
    task: str
    """
    The ID of the report task to publish
    """


class ReportsPublishResponse(BaseModel):
    """
    Data of reports.publish 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of reports updated (0 or 1)
    """


class ReportsReportStatusEnum(RootModel[str]):
    root: str


class ReportsUnarchiveRequest(BaseModel):
    """
    Request of reports.unarchive 2.23.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    The client message
    """
    task: str
    """
    The ID of the report task to unarchive
    """


class ReportsUnarchiveResponse(BaseModel):
    """
    Data of reports.unarchive 2.23 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    unarchived: int | None = None
    """
    Number of reports unarchived (0 or 1)
    """


class ReportsUpdateRequest(BaseModel):
    """
    Request of reports.update 2.24.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    name: str | None = None
    """
    Report name. Unique within the company.
    """
    report: str | None = None
    """
    Report template
    """
    report_assets: list[str] | None = None
    """
    List of the external report assets
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str
    """
    The ID of the report task to update
    """


class ReportsUpdateResponse(BaseModel):
    """
    Data of reports.update 2.24 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of reports updated (0 or 1)
    """


class ReportsUpdateResponseModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of reports updated (0 or 1)
    """


class ServerConfigRequest(BaseModel):
    """
    Request of server.config 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    path: str | None = None
    """
    Path of config value. Defaults to root
    """


class ServerConfigResponse(BaseModel):
    """
    Data of server.config 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServerEndpointsRequest(BaseModel):
    """
    Request of server.endpoints 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServerEndpointsResponse(BaseModel):
    """
    Data of server.endpoints 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServerGetStatsRequest(BaseModel):
    """
    Request of server.get_stats 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    interval: int | None = None
    """
    The period for statistics collection in seconds.
    """


class ServerGetStatsResponse(BaseModel):
    """
    Data of server.get_stats 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServerInfoRequest(BaseModel):
    """
    Request of server.info 2.12.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServerInfoResponse(BaseModel):
    """
    Data of server.info 2.12 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    api_version: str | None = None
    """
    Max API version supported
    """
    build: str | None = None
    """
    Build number
    """
    commit: str | None = None
    """
    VCS commit number
    """
    uid: str | None = None
    """
    Server UID
    """
    version: str | None = None
    """
    Version string
    """


class ServerReportStatsOptionRequest(BaseModel):
    """
    Request of server.report_stats_option 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    enabled: bool | None = None
    """
    If provided, sets the report statistics option (true/false)
    """


class ServerReportStatsOptionResponse(BaseModel):
    """
    Data of server.report_stats_option 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    current_version: str | None = None
    """
    Returns the current server version
    """
    enabled: bool | None = None
    """
    Returns the current report stats option value
    """
    enabled_time: datetime_aliased | None = None
    """
    If enabled, returns the time at which option was enabled
    """
    enabled_user: str | None = None
    """
    If enabled, returns Id of the user who enabled the option
    """
    enabled_version: str | None = None
    """
    If enabled, returns the server version at the time option was enabled
    """
    supported: bool | None = None
    """
    Is this feature supported by the server
    """


class ServingContainerInfo(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    age_sec: int | None = None
    """
    Amount of seconds since the container registration
    """
    endpoint: str | None = None
    """
    Endpoint name
    """
    id: str | None = None
    """
    Container ID
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    last_update: datetime_aliased | None = None
    """
    The latest time when the container instance sent update
    """
    model: str | None = None
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    uptime_sec: int | None = None
    """
    Model instance uptime in seconds
    """
    url: str | None = None
    """
    Model url
    """


class ServingContainerInstanceStatsReferenceItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    The type of the reference item
    """
    value: str
    """
    The reference item value
    """


class ServingContainerInstanceStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cpu_count: int | None = None
    """
    CPU Count
    """
    gpu_count: int | None = None
    """
    GPU Count
    """
    id: str | None = None
    """
    Container ID
    """
    last_update: datetime_aliased | None = None
    """
    The latest time when the container instance sent update
    """
    latency_ms: int | None = None
    """
    Average request latency in ms
    """
    reference: list[ServingContainerInstanceStatsReferenceItem] | None = None
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """
    requests: int | None = None
    """
    Number of requests
    """
    requests_min: float | None = None
    """
    Average requests per minute
    """
    uptime_sec: int | None = None
    """
    Uptime in seconds
    """


class ServingContainerStatusReportRequestReferenceItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    The type of the reference item
    """
    value: str
    """
    The reference item value
    """


class ServingContainerStatusReportResponse(BaseModel):
    """
    Data of serving.container_status_report 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServingEndpointStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoint: str | None = None
    """
    Endpoint name
    """
    instances: int | None = None
    """
    The number of model serving instances
    """
    last_update: datetime_aliased | None = None
    """
    The latest time when one of the model instances was updated
    """
    latency_ms: int | None = None
    """
    Average of latency of model instances in ms
    """
    model: str | None = None
    """
    Model name
    """
    requests: int | None = None
    """
    Total requests processed by model instances
    """
    requests_min: float | None = None
    """
    Average of request rate of model instances per minute
    """
    uptime_sec: int | None = None
    """
    Max of model instance uptime in seconds
    """
    url: str | None = None
    """
    Model url
    """


class ServingGetEndpointDetailsRequest(BaseModel):
    """
    Request of serving.get_endpoint_details 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoint_url: str
    """
    Endpoint URL
    """


class ServingGetEndpointDetailsResponse(BaseModel):
    """
    Data of serving.get_endpoint_details 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoint: str | None = None
    """
    Endpoint name
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    instances: list[ServingContainerInstanceStats] | None = None
    last_update: datetime_aliased | None = None
    """
    The latest time when one of the model instances was updated
    """
    model: str | None = None
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    uptime_sec: int | None = None
    """
    Max of model instance uptime in seconds
    """
    url: str | None = None
    """
    Model url
    """


class ServingGetEndpointMetricsHistoryRequest(BaseModel):
    """
    Request of serving.get_endpoint_metrics_history 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoint_url: str
    """
    Endpoint Url
    """
    from_date: float
    """
    Starting time (in seconds from epoch) for collecting statistics
    """
    instance_charts: bool | None = True
    """
    If set then return instance charts and total. Otherwise total only
    """
    interval: int
    """
    Time interval in seconds for a single statistics point. The minimal value is 1
    """
    metric_type: str | None = "requests"
    """
    The type of the metrics to return on the chart
    """
    to_date: float
    """
    Ending time (in seconds from epoch) for collecting statistics
    """


class ServingGetEndpointMetricsHistoryResponseInstancesValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval.
    """
    title: str | None = None
    """
    The title of the series
    """
    values: list[float] | None = None
    """
    List of values corresponding to the timestamps in the dates list.
    """


class ServingGetEndpointMetricsHistoryResponseTotal(BaseModel):
    """
    The total histogram
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval.
    """
    title: str | None = None
    """
    The title of the series
    """
    values: list[float] | None = None
    """
    List of values corresponding to the timestamps in the dates list.
    """


class ServingGetEndpointMetricsHistoryResponse(BaseModel):
    """
    Data of serving.get_endpoint_metrics_history 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    computed_interval: int | None = None
    """
    The inteval that was actually used for the histogram. May be larger then the requested one
    """
    instances: dict[str, ServingGetEndpointMetricsHistoryResponseInstancesValue] | None = None
    """
    Instance charts
    """
    total: ServingGetEndpointMetricsHistoryResponseTotal | None = Field(
        None, title="ServingGetEndpointMetricsHistoryResponseTotal"
    )
    """
    The total histogram
    """


class ServingGetEndpointsRequest(BaseModel):
    """
    Request of serving.get_endpoints 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServingGetEndpointsResponse(BaseModel):
    """
    Data of serving.get_endpoints 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoints: list[ServingEndpointStats] | None = None


class ServingGetLoadingInstancesRequest(BaseModel):
    """
    Request of serving.get_loading_instances 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServingGetLoadingInstancesResponse(BaseModel):
    """
    Data of serving.get_loading_instances 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    instances: list[ServingContainerInfo] | None = None


class ServingMetricsHistorySeries(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval.
    """
    title: str | None = None
    """
    The title of the series
    """
    values: list[float] | None = None
    """
    List of values corresponding to the timestamps in the dates list.
    """


class ServingReferenceItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    The type of the reference item
    """
    value: str
    """
    The reference item value
    """


class ServingReference(RootModel[list[ServingReferenceItem]]):
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """

    root: list[ServingReferenceItem]
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """


class ServingRegisterContainerRequestReferenceItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    The type of the reference item
    """
    value: str
    """
    The reference item value
    """


class ServingRegisterContainerRequest(BaseModel):
    """
    Request of serving.register_container 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    container_id: str
    """
    Container ID. Should uniquely identify a specific container instance
    """
    endpoint_name: str
    """
    Endpoint name
    """
    endpoint_url: str | None = None
    """
    Endpoint URL
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    model_name: str
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    reference: list[ServingRegisterContainerRequestReferenceItem] | None = None
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """
    timeout: int | None = 600
    """
    Registration timeout in seconds. If timeout seconds have passed since the service container last call to register or status_report, the container is automatically removed from the list of registered containers.
    """


class ServingRegisterContainerResponse(BaseModel):
    """
    Data of serving.register_container 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ServingServingModelInfo(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    endpoint: str | None = None
    """
    Endpoint name
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    model: str | None = None
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    url: str | None = None
    """
    Model url
    """


class ServingServingModelReportReferenceItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    The type of the reference item
    """
    value: str
    """
    The reference item value
    """


class ServingServingModelReport(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    container_id: str
    """
    Container ID. Should uniquely identify a specific container instance
    """
    endpoint_name: str
    """
    Endpoint name
    """
    endpoint_url: str | None = None
    """
    Endpoint URL
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    model_name: str
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    reference: list[ServingServingModelReportReferenceItem] | None = None
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """


class ServingUnregisterContainerRequest(BaseModel):
    """
    Request of serving.unregister_container 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    container_id: str
    """
    Container ID
    """


class ServingUnregisterContainerResponse(BaseModel):
    """
    Data of serving.unregister_container 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class StorageAwsBucket(BaseModel):
    """
    Settings per S3 bucket
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    acl: str | None = None
    """
    ACL
    """
    bucket: str | None = None
    """
    The name of the bucket
    """
    host: str | None = None
    """
    Host address (for minio servers)
    """
    key: str | None = None
    """
    Access key
    """
    multipart: bool | None = True
    """
    Multipart upload
    """
    region: str | None = None
    """
    AWS Region
    """
    secret: str | None = None
    """
    Secret key
    """
    secure: bool | None = True
    """
    Use SSL connection
    """
    subdir: str | None = None
    """
    The path to match
    """
    token: str | None = None
    """
    Access token
    """
    use_credentials_chain: bool | None = False
    """
    Use host configured credentials
    """
    verify: bool | None = True
    """
    Verify server certificate
    """


class StorageAzureContainer(BaseModel):
    """
    Azure container settings
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_key: str | None = None
    """
    Account key
    """
    account_name: str | None = None
    """
    Account name
    """
    container_name: str | None = None
    """
    The name of the container
    """


class StorageGetSettingsRequest(BaseModel):
    """
    Request of storage.get_settings 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class StorageGoogleBucket(BaseModel):
    """
    Settings per Google storage bucket
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    bucket: str | None = None
    """
    The name of the bucket
    """
    credentials_json: str | None = None
    """
    The contents of the credentials json file
    """
    project: str | None = None
    """
    The name of the project
    """
    subdir: str | None = None
    """
    The path to match
    """


class StorageResetSettingsRequest(BaseModel):
    """
    Request of storage.reset_settings 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    keys: list[str] | None = None
    """
    The names of the settings to delete
    """


class StorageResetSettingsResponse(BaseModel):
    """
    Data of storage.reset_settings 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of settings documents updated (0 or 1)
    """


class StorageSetSettingsResponse(BaseModel):
    """
    Data of storage.set_settings 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of settings documents updated (0 or 1)
    """


class TasksAddOrUpdateArtifactsResponse(BaseModel):
    """
    Data of tasks.add_or_update_artifacts 2.10 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksAddOrUpdateModelResponse(BaseModel):
    """
    Data of tasks.add_or_update_model 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksArchiveManyRequest(BaseModel):
    """
    Request of tasks.archive_many 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the tasks to archive
    """
    include_pipeline_steps: bool | None = False
    """
    If set then for the passed pipeline controller tasks also archive the pipeline steps
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """


class TasksArchiveManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksArchiveManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksArchiveManyResponseFailedItemError | None = Field(
        None, title="TasksArchiveManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksArchiveManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    archived: bool | None = None
    """
    Indicates whether the task was archived
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """


class TasksArchiveManyResponse(BaseModel):
    """
    Data of tasks.archive_many 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksArchiveManyResponseFailedItem] | None = None
    succeeded: list[TasksArchiveManyResponseSucceededItem] | None = None


class TasksArchiveRequest(BaseModel):
    """
    Request of tasks.archive 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    include_pipeline_steps: bool | None = False
    """
    If set then for the passed pipeline controller tasks also archive the pipeline steps
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    tasks: list[str]
    """
    List of task ids
    """


class TasksArchiveResponse(BaseModel):
    """
    Data of tasks.archive 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    archived: int | None = None
    """
    Indicates number of archived tasks
    """


class TasksCloneResponseNewProject(BaseModel):
    """
    In case the new_project_name was specified returns the target project details
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    The ID of the target project
    """
    name: str | None = None
    """
    The name of the target project
    """


class TasksCloneResponse(BaseModel):
    """
    Data of tasks.clone 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the new task
    """
    new_project: TasksCloneResponseNewProject | None = Field(
        None, title="TasksCloneResponseNewProject"
    )
    """
    In case the new_project_name was specified returns the target project details
    """


class TasksCloseRequest(BaseModel):
    """
    Request of tasks.close 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    Allows forcing state change even if transition is not supported
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksCloseResponse(BaseModel):
    """
    Data of tasks.close 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksCommonArtifactModeEnum(RootModel[str]):
    root: str = "output"


class TasksCommonArtifactTypeData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    content_type: str | None = None
    """
    System defined raw data content type
    """
    data_hash: str | None = None
    """
    Hash of raw data, without any headers or descriptive parts
    """
    preview: str | None = None
    """
    Description or textual data
    """


class TasksCommonConfigurationItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = None
    """
    The parameter description. Optional
    """
    name: str | None = None
    """
    Name of the parameter. Should be unique
    """
    type: str | None = None
    """
    Type of the parameter. Optional
    """
    value: str | None = None
    """
    Value of the parameter
    """


class TasksCommonLastMetricsEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = None
    """
    The total count of reported values
    """
    first_value: float | None = None
    """
    First value reported
    """
    first_value_iteration: int | None = None
    """
    The iteration at which the first value was reported
    """
    max_value: float | None = None
    """
    Maximum value reported
    """
    max_value_iteration: int | None = None
    """
    The iteration at which the maximum value was reported
    """
    mean_value: float | None = None
    """
    The mean value
    """
    metric: str | None = None
    """
    Metric name
    """
    min_value: float | None = None
    """
    Minimum value reported
    """
    min_value_iteration: int | None = None
    """
    The iteration at which the minimum value was reported
    """
    value: float | None = None
    """
    Last value reported
    """
    variant: str | None = None
    """
    Variant name
    """
    x_axis_label: str | None = None
    """
    The user defined value for the X-Axis name stored with the event
    """


class TasksCommonLastMetricsVariants(RootModel[dict[str, TasksCommonLastMetricsEvent]]):
    """
    Last metric events, one for each variant hash
    """

    root: dict[str, TasksCommonLastMetricsEvent]


class TasksCommonModelTypeEnum(RootModel[str]):
    root: str


class TasksCommonOutput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    destination: str | None = None
    """
    Storage id. This is where output files will be stored.
    """
    error: str | None = None
    """
    Last error text
    """
    model: str | None = None
    """
    Model id.
    """
    result: str | None = None
    """
    Task result. Values: 'success', 'failure'
    """


class TasksCommonParamsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = None
    """
    The parameter description. Optional
    """
    name: str | None = None
    """
    Name of the parameter. The combination of section and name should be unique
    """
    section: str | None = None
    """
    Section that the parameter belongs to
    """
    type: str | None = None
    """
    Type of the parameter. Optional
    """
    value: str | None = None
    """
    Value of the parameter
    """


class TasksCommonScript(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    binary: str | None = "python"
    """
    Binary to use when running the script
    """
    branch: str | None = None
    """
    Repository branch id If not provided and tag not provided, default repository branch is used.
    """
    diff: str | None = None
    """
    Uncommitted changes found in the repository when task was run
    """
    entry_point: str | None = None
    """
    Path to execute within the repository
    """
    repository: str | None = None
    """
    Name of the repository where the script is located
    """
    requirements: dict[str, Any] | None = None
    """
    A JSON object containing requirements strings by key
    """
    tag: str | None = None
    """
    Repository tag
    """
    version_num: str | None = None
    """
    Version (changeset) number. Optional (default is head version) Unused if tag is provided.
    """
    working_dir: str | None = None
    """
    Path to the folder from which to run the script Default - root folder of repository
    """


class TasksCommonSectionParams(RootModel[dict[str, TasksCommonParamsItem]]):
    """
    Task section params
    """

    root: dict[str, TasksCommonParamsItem]


class TasksCommonTaskExecutionProgressEnum(RootModel[str]):
    root: str


class TasksCommonTaskModelItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model: str
    """
    The model ID
    """
    name: str
    """
    The task model name
    """


class TasksCommonTaskModels(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    input: list[TasksCommonTaskModelItem] | None = None
    """
    The list of task input models
    """
    output: list[TasksCommonTaskModelItem] | None = None
    """
    The list of task output models
    """


class TasksCommonTaskTypeEnum(RootModel[str]):
    root: str


class TasksCompletedRequest(BaseModel):
    """
    Request of tasks.completed 2.20.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not in_progress/stopped
    """
    publish: bool | None = False
    """
    If set and the task is completed successfully then it is published
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksCompletedResponse(BaseModel):
    """
    Data of tasks.completed 2.20 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    published: int | None = None
    """
    Number of tasks published (0 or 1)
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksCreateResponse(BaseModel):
    """
    Data of tasks.create 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the task
    """


class TasksDeleteArtifactsResponse(BaseModel):
    """
    Data of tasks.delete_artifacts 2.10 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksDeleteConfigurationRequest(BaseModel):
    """
    Request of tasks.delete_configuration 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configuration: list[str]
    """
    List of configuration itemss to delete
    """
    force: bool | None = None
    """
    If set to True then both new and running task configuration can be deleted. Otherwise only the new task ones. Default is False
    """
    task: str
    """
    Task ID
    """


class TasksDeleteConfigurationResponse(BaseModel):
    """
    Data of tasks.delete_configuration 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksDeleteHyperParamsResponse(BaseModel):
    """
    Data of tasks.delete_hyper_params 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksDeleteManyRequest(BaseModel):
    """
    Request of tasks.delete_many 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    delete_external_artifacts: bool | None = True
    """
    If set to 'true' then BE will try to delete the extenal artifacts associated with the tasks from the fileserver (if configured to do so)
    """
    delete_output_models: bool | None = None
    """
    If set to 'true' then delete output models of the tasks that are not referenced by other tasks. Default value is 'true'
    """
    force: bool | None = False
    """
    If not true, call fails if the task status is 'in_progress'
    """
    ids: list[str]
    """
    IDs of the tasks to delete
    """
    include_pipeline_steps: bool | None = False
    """
    If set then for the passed pipeline controller tasks the pipeline steps will be also deleted
    """
    move_to_trash: bool | None = False
    """
    Move task to trash instead of deleting it. For internal use only, tasks in the trash are not visible from the API and cannot be restored!
    """
    return_file_urls: bool | None = None
    """
    If set to 'true' then return the urls of the files that were uploaded by the tasks. Default value is 'false'
    """


class TasksDeleteManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksDeleteManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksDeleteManyResponseFailedItemError | None = Field(
        None, title="TasksDeleteManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksDeleteModelsRequestModelsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str
    """
    The task model name
    """
    type: TasksCommonModelTypeEnum
    """
    The task model type
    """


class TasksDeleteModelsRequest(BaseModel):
    """
    Request of tasks.delete_models 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    models: list[TasksDeleteModelsRequestModelsItem]
    """
    The list of models to delete
    """
    task: str
    """
    ID of the task
    """


class TasksDeleteModelsResponse(BaseModel):
    """
    Data of tasks.delete_models 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksDeleteRequest(BaseModel):
    """
    Request of tasks.delete 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    delete_external_artifacts: bool | None = True
    """
    If set to 'true' then BE will try to delete the extenal artifacts associated with the task from the fileserver (if configured to do so)
    """
    delete_output_models: bool | None = None
    """
    If set to 'true' then delete output models of this task that are not referenced by other tasks. Default value is 'true'
    """
    force: bool | None = False
    """
    If not true, call fails if the task status is 'in_progress'
    """
    include_pipeline_steps: bool | None = False
    """
    If set then and the passed task is a pipeline controller then delete the pipeline tasks too
    """
    move_to_trash: bool | None = False
    """
    Move task to trash instead of deleting it. For internal use only, tasks in the trash are not visible from the API and cannot be restored!
    """
    return_file_urls: bool | None = None
    """
    If set to 'true' then return the urls of the files that were uploaded by this task. Default value is 'false'
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksDequeueManyRequest(BaseModel):
    """
    Request of tasks.dequeue_many 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the tasks to dequeue
    """
    new_status: str | None = None
    """
    The new status to assign to the task after the dequeue instead of the default one
    """
    remove_from_all_queues: bool | None = False
    """
    If set to 'true' then the tasks are searched and removed from all the queues. Otherwise only from the queue stored in the task execution parameters
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """


class TasksDequeueManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksDequeueManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksDequeueManyResponseFailedItemError | None = Field(
        None, title="TasksDequeueManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksDequeueManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dequeued: bool | None = None
    """
    Indicates whether the task was dequeued
    """
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksDequeueManyResponse(BaseModel):
    """
    Data of tasks.dequeue_many 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksDequeueManyResponseFailedItem] | None = None
    succeeded: list[TasksDequeueManyResponseSucceededItem] | None = None


class TasksDequeueRequest(BaseModel):
    """
    Request of tasks.dequeue 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    new_status: str | None = None
    """
    The new status to assign to the task after the dequeue instead of the default one
    """
    remove_from_all_queues: bool | None = False
    """
    If set to 'true' then the task is searched and removed from all the queues. Otherwise only from the queue stored in the task execution parameters
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksDequeueResponse(BaseModel):
    """
    Data of tasks.dequeue 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dequeued: int | None = None
    """
    Number of tasks dequeued (0 or 1)
    """
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksEditConfigurationRequest(BaseModel):
    """
    Request of tasks.edit_configuration 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configuration: list[TasksCommonConfigurationItem]
    """
    Task configuration items. The new ones will be added and the already existing ones will be updated
    """
    force: bool | None = None
    """
    If set to True then both new and running task configuration can be edited. Otherwise only the new task ones. Default is False
    """
    replace_configuration: bool | None = None
    """
    If set then the all the configuration items will be replaced with the provided ones. Otherwise only the provided configuration items will be updated or added
    """
    task: str
    """
    Task ID
    """


class TasksEditConfigurationResponse(BaseModel):
    """
    Data of tasks.edit_configuration 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksEditHyperParamsResponse(BaseModel):
    """
    Data of tasks.edit_hyper_params 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksEditResponse(BaseModel):
    """
    Data of tasks.edit 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksEditRuntimeRequest(BaseModel):
    """
    Request of tasks.edit_runtime 2.34.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    add_or_update: dict[str, str] | None = None
    """
    Runtime properties to be updated or added (key/value)
    """
    force: bool | None = None
    """
    If set to 'true' then both new and running task runtime can be edited. Otherwise only the new task ones. Default is 'false'
    """
    remove: list[str] | None = None
    """
    Runtime properties to be removed (list of keys)
    """
    task: str
    """
    Task ID
    """


class TasksEditRuntimeResponse(BaseModel):
    """
    Data of tasks.edit_runtime 2.34 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Indicates if the task was updated successfully
    """


class TasksEnqueueManyRequest(BaseModel):
    """
    Request of tasks.enqueue_many 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the tasks to enqueue
    """
    queue: str | None = None
    """
    Queue id. If not provided and no queue name is passed then tasks are added to the default queue.
    """
    queue_name: str | None = None
    """
    The name of the queue. If the queue does not exist then it is auto-created. Cannot be used together with the queue id
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    validate_tasks: bool | None = False
    """
    If set then tasks are validated before enqueue
    """
    verify_watched_queue: bool | None = False
    """
    If passed then check wheter there are any workers watiching the queue
    """


class TasksEnqueueManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksEnqueueManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksEnqueueManyResponseFailedItemError | None = Field(
        None, title="TasksEnqueueManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksEnqueueManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    queued: bool | None = None
    """
    Indicates whether the task was queued
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksEnqueueManyResponse(BaseModel):
    """
    Data of tasks.enqueue_many 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksEnqueueManyResponseFailedItem] | None = None
    queue_watched: bool | None = None
    """
    Returns Trueif there are workers or autscalers working with the queue
    """
    succeeded: list[TasksEnqueueManyResponseSucceededItem] | None = None


class TasksEnqueueRequest(BaseModel):
    """
    Request of tasks.enqueue 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: str | None = None
    """
    Queue id. If not provided and no queue name is passed then task is added to the default queue.
    """
    queue_name: str | None = None
    """
    The name of the queue. If the queue does not exist then it is auto-created. Cannot be used together with the queue id
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """
    update_execution_queue: bool | None = True
    """
    If set to Falsethen the task 'execution.queue' is not updated. This can be done only for the task that is already enqueued
    """
    verify_watched_queue: bool | None = False
    """
    If passed then check wheter there are any workers watiching the queue
    """


class TasksEnqueueResponse(BaseModel):
    """
    Data of tasks.enqueue 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    queue_watched: bool | None = None
    """
    Returns Trueif there are workers or autscalers working with the queue
    """
    queued: int | None = None
    """
    Number of tasks queued (0 or 1)
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksFailedRequest(BaseModel):
    """
    Request of tasks.failed 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    Allows forcing state change even if transition is not supported
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksFailedResponse(BaseModel):
    """
    Data of tasks.failed 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksGetAllExRequestFiltersValueAll(BaseModel):
    """
    All the terms in 'all' condition are combined with 'and' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class TasksGetAllExRequestFiltersValueAny(BaseModel):
    """
    All the terms in 'any' condition are combined with 'or' operation
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    exclude: list[str] | None = None
    include: list[str] | None = None


class TasksGetAllExRequestFiltersValue(BaseModel):
    """
    Filter on a field that includes combination of 'any' or 'all' included and excluded terms
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    all: TasksGetAllExRequestFiltersValueAll | None = Field(
        None, title="TasksGetAllExRequestFiltersValueAll"
    )
    """
    All the terms in 'all' condition are combined with 'and' operation
    """
    any: TasksGetAllExRequestFiltersValueAny | None = Field(
        None, title="TasksGetAllExRequestFiltersValueAny"
    )
    """
    All the terms in 'any' condition are combined with 'or' operation
    """
    op: str | None = "and"
    """
    The operation between 'any' and 'all' parts of the filter if both are provided
    """


class TasksGetAllExRequest(BaseModel):
    """
    Request of tasks.get_all_ex 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    allow_public: bool | None = True
    """
    Allow public tasks to be returned in the results
    """
    filters: dict[str, TasksGetAllExRequestFiltersValue] | None = None
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then tasks from the subprojects are searched too
    """
    name: str | None = None
    """
    Get only tasks whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of task field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page. If the first order field is a hyper parameter or metric then string values are ordered according to numeric ordering rules where applicable
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of tasks
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    parent: str | None = None
    """
    Parent ID
    """
    project: list[str] | None = None
    """
    List of project IDs
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all_ex
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden tasks are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of tasks to retrieve
    """
    status: list[CommonTaskStatusEnum] | None = None
    """
    List of task status.
    """
    status_changed: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of status changed constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    system_tags: list[str] | None = None
    """
    List of task system tags. Use '-' prefix to exclude system tags
    """
    tags: list[str] | None = None
    """
    List of task user-defined tags. Use '-' prefix to exclude tags
    """
    type: list[str] | None = None
    """
    List of task types. One or more of: 'import', 'annotation', 'training' or 'testing' (case insensitive)
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the task's creating user
    """


class TasksGetAllRequest(BaseModel):
    """
    Request of tasks.get_all 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then tasks from the subprojects are searched too
    """
    name: str | None = None
    """
    Get only tasks whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of task field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page. If the first order field is a hyper parameter or metric then string values are ordered according to numeric ordering rules where applicable
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of tasks
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    parent: str | None = None
    """
    Parent ID
    """
    project: list[str] | None = None
    """
    List of project IDs
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden tasks are included in the search results
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of tasks to retrieve
    """
    status: list[CommonTaskStatusEnum] | None = None
    """
    List of task status.
    """
    status_changed: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of status changed constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    system_tags: list[str] | None = None
    """
    List of task system tags. Use '-' prefix to exclude system tags
    """
    tags: list[str] | None = None
    """
    List of task user-defined tags. Use '-' prefix to exclude tags
    """
    type: list[str] | None = None
    """
    List of task types. One or more of: 'import', 'annotation', 'training' or 'testing' (case insensitive)
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the task's creating user
    """


class TasksGetByIdExRequest(BaseModel):
    """
    Request of tasks.get_by_id_ex 2.11.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    name: str | None = None
    """
    Get only tasks whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of task field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page. If the first order field is a hyper parameter or metric then string values are ordered according to numeric ordering rules where applicable
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of tasks
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    parent: str | None = None
    """
    Parent ID
    """
    project: list[str] | None = None
    """
    List of project IDs
    """
    search_text: str | None = None
    """
    Free text search query
    """
    status: list[CommonTaskStatusEnum] | None = None
    """
    List of task status.
    """
    status_changed: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of status changed constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    system_tags: list[str] | None = None
    """
    List of task system tags. Use '-' prefix to exclude system tags
    """
    tags: list[str] | None = None
    """
    List of task user-defined tags. Use '-' prefix to exclude tags
    """
    type: list[str] | None = None
    """
    List of task types. One or more of: 'import', 'annotation', 'training' or 'testing' (case insensitive)
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the task's creating user
    """


class TasksGetByIdRequest(BaseModel):
    """
    Request of tasks.get_by_id 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str
    """
    Task ID
    """


class TasksGetConfigurationNamesRequest(BaseModel):
    """
    Request of tasks.get_configuration_names 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    skip_empty: bool | None = True
    """
    If set to 'true' then the names for configurations with missing values are not returned
    """
    tasks: list[str]
    """
    Task IDs
    """


class TasksGetConfigurationNamesResponseConfigurations(BaseModel):
    """
    Names of task configuration items (keyed by task ID)
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    names: list[str] | None = None
    """
    Configuration names
    """
    task: str | None = None
    """
    Task ID
    """


class TasksGetConfigurationNamesResponse(BaseModel):
    """
    Data of tasks.get_configuration_names 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configurations: TasksGetConfigurationNamesResponseConfigurations | None = Field(
        None, title="TasksGetConfigurationNamesResponseConfigurations"
    )
    """
    Names of task configuration items (keyed by task ID)
    """


class TasksGetConfigurationsRequest(BaseModel):
    """
    Request of tasks.get_configurations 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    names: list[str] | None = None
    """
    Names of the configuration items to retreive. If not passed or empty then all the configurations will be retreived.
    """
    tasks: list[str]
    """
    Task IDs
    """


class TasksGetConfigurationsResponseConfigurationsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configuration: list[TasksCommonConfigurationItem] | None = None
    """
    Configuration list
    """
    task: str | None = None
    """
    Task ID
    """


class TasksGetConfigurationsResponse(BaseModel):
    """
    Data of tasks.get_configurations 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configurations: list[TasksGetConfigurationsResponseConfigurationsItem] | None = None
    """
    Configurations (keyed by task ID)
    """


class TasksGetHyperParamsRequest(BaseModel):
    """
    Request of tasks.get_hyper_params 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tasks: list[str]
    """
    Task IDs
    """


class TasksGetHyperParamsResponseParamsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    hyperparams: list[TasksCommonParamsItem] | None = None
    """
    Hyper parameters
    """
    task: str | None = None
    """
    Task ID
    """


class TasksGetHyperParamsResponse(BaseModel):
    """
    Data of tasks.get_hyper_params 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    params: list[TasksGetHyperParamsResponseParamsItem] | None = None
    """
    Hyper parameters (keyed by task ID)
    """


class TasksGetTypesRequest(BaseModel):
    """
    Request of tasks.get_types 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    projects: list[str] | None = None
    """
    The list of projects which tasks will be analyzed. If not passed or empty then all the company and public tasks will be analyzed
    """


class TasksGetTypesResponse(BaseModel):
    """
    Data of tasks.get_types 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    types: list[str] | None = None
    """
    Unique list of the task types used in the requested projects
    """


class TasksMakePrivateRequest(BaseModel):
    """
    Request of tasks.make_private 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the tasks to convert. Only the tasks originated by the company can be converted
    """


class TasksMakePrivateResponse(BaseModel):
    """
    Data of tasks.make_private 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of tasks updated
    """


class TasksMakePublicRequest(BaseModel):
    """
    Request of tasks.make_public 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str] | None = None
    """
    Ids of the tasks to convert
    """


class TasksMakePublicResponse(BaseModel):
    """
    Data of tasks.make_public 2.9 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of tasks updated
    """


class TasksMoveRequest(BaseModel):
    """
    Request of tasks.move 2.12.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    Tasks to move
    """
    project: str | None = None
    """
    Target project ID. If not provided, `project_name` must be provided. Use null for the root project
    """
    project_name: str | None = None
    """
    Target project name. If provided and a project with this name does not exist, a new project will be created. If not provided, `project` must be provided.
    """


class TasksMoveResponse(BaseModel):
    """
    Data of tasks.move 2.12 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class TasksParamKey(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    Name of the parameter. If the name is ommitted then the corresponding operation is performed on the whole section
    """
    section: str | None = None
    """
    Section that the parameter belongs to
    """


class TasksPingRequest(BaseModel):
    """
    Request of tasks.ping 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: str
    """
    Task ID
    """


class TasksPingResponse(BaseModel):
    """
    Data of tasks.ping 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class TasksPublishManyRequest(BaseModel):
    """
    Request of tasks.publish_many 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'stopped'
    """
    ids: list[str]
    """
    IDs of the tasks to publish
    """
    publish_model: bool | None = None
    """
    Indicates that the task output model (if exists) should be published. Optional, the default value is True.
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """


class TasksPublishManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksPublishManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksPublishManyResponseFailedItemError | None = Field(
        None, title="TasksPublishManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksPublishManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksPublishManyResponse(BaseModel):
    """
    Data of tasks.publish_many 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksPublishManyResponseFailedItem] | None = None
    succeeded: list[TasksPublishManyResponseSucceededItem] | None = None


class TasksPublishRequest(BaseModel):
    """
    Request of tasks.publish 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'stopped'
    """
    publish_model: bool | None = None
    """
    Indicates that the task output model (if exists) should be published. Optional, the default value is True.
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksPublishResponse(BaseModel):
    """
    Data of tasks.publish 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksReplaceHyperparamsEnum(RootModel[str]):
    root: str


class TasksResetManyRequest(BaseModel):
    """
    Request of tasks.reset_many 2.21.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    clear_all: bool | None = False
    """
    Clear script and execution sections completely
    """
    delete_external_artifacts: bool | None = True
    """
    If set to 'true' then BE will try to delete the extenal artifacts associated with the tasks from the fileserver (if configured to do so)
    """
    delete_output_models: bool | None = None
    """
    If set to 'true' then delete output models of the tasks that are not referenced by other tasks. Default value is 'true'
    """
    force: bool | None = False
    """
    If not true, call fails if the task status is 'completed'
    """
    ids: list[str]
    """
    IDs of the tasks to reset
    """
    return_file_urls: bool | None = None
    """
    If set to 'true' then return the urls of the files that were uploaded by the tasks. Default value is 'false'
    """


class TasksResetManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksResetManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksResetManyResponseFailedItemError | None = Field(
        None, title="TasksResetManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksResetRequest(BaseModel):
    """
    Request of tasks.reset 2.21.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    clear_all: bool | None = False
    """
    Clear script and execution sections completely
    """
    delete_external_artifacts: bool | None = True
    """
    If set to 'true' then BE will try to delete the extenal artifacts associated with the task from the fileserver (if configured to do so)
    """
    delete_output_models: bool | None = None
    """
    If set to 'true' then delete output models of this task that are not referenced by other tasks. Default value is 'true'
    """
    force: bool | None = False
    """
    If not true, call fails if the task status is 'completed'
    """
    return_file_urls: bool | None = None
    """
    If set to 'true' then return the urls of the files that were uploaded by this task. Default value is 'false'
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksSetRequirementsRequest(BaseModel):
    """
    Request of tasks.set_requirements 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    requirements: dict[str, Any]
    """
    A JSON object containing requirements strings by key
    """
    task: str
    """
    Task ID
    """


class TasksSetRequirementsResponse(BaseModel):
    """
    Data of tasks.set_requirements 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksStartedRequest(BaseModel):
    """
    Request of tasks.started 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'not_started'
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksStartedResponse(BaseModel):
    """
    Data of tasks.started 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    started: int | None = None
    """
    Number of tasks started (0 or 1)
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksStopManyRequest(BaseModel):
    """
    Request of tasks.stop_many 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'in_progress'
    """
    ids: list[str]
    """
    IDs of the tasks to stop
    """
    include_pipeline_steps: bool | None = False
    """
    If set then for all the passed pipeline controller tasks stop their steps too
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """


class TasksStopManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksStopManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksStopManyResponseFailedItemError | None = Field(
        None, title="TasksStopManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksStopManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksStopManyResponse(BaseModel):
    """
    Data of tasks.stop_many 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksStopManyResponseFailedItem] | None = None
    succeeded: list[TasksStopManyResponseSucceededItem] | None = None


class TasksStopRequest(BaseModel):
    """
    Request of tasks.stop 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'in_progress'
    """
    include_pipeline_steps: bool | None = False
    """
    If set and the passed task is a pipeline controller then stop all its steps too
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksStopResponse(BaseModel):
    """
    Data of tasks.stop 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksStoppedRequest(BaseModel):
    """
    Request of tasks.stopped 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'stopped'
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """
    task: str
    """
    Task ID
    """


class TasksStoppedResponse(BaseModel):
    """
    Data of tasks.stopped 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksTaskUrls(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    artifact_urls: list[str] | None = None
    event_urls: list[str] | None = None
    model_urls: list[str] | None = None


class TasksUnarchiveManyRequest(BaseModel):
    """
    Request of tasks.unarchive_many 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]
    """
    IDs of the tasks to unarchive
    """
    include_pipeline_steps: bool | None = False
    """
    If set then for the passed pipeline controller tasks also archive the pipeline steps
    """
    status_message: str | None = None
    """
    Extra information regarding status change
    """
    status_reason: str | None = None
    """
    Reason for status change
    """


class TasksUnarchiveManyResponseFailedItemError(BaseModel):
    """
    Error info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    codes: list[int] | None = None
    data: dict[str, Any] | None = None
    msg: str | None = None


class TasksUnarchiveManyResponseFailedItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: TasksUnarchiveManyResponseFailedItemError | None = Field(
        None, title="TasksUnarchiveManyResponseFailedItemError"
    )
    """
    Error info
    """
    id: str | None = None
    """
    ID of the failed entity
    """


class TasksUnarchiveManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    ID of the succeeded entity
    """
    unarchived: bool | None = None
    """
    Indicates whether the task was unarchived
    """


class TasksUnarchiveManyResponse(BaseModel):
    """
    Data of tasks.unarchive_many 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksUnarchiveManyResponseFailedItem] | None = None
    succeeded: list[TasksUnarchiveManyResponseSucceededItem] | None = None


class TasksUpdateBatchResponse(BaseModel):
    """
    Data of tasks.update_batch 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksUpdateRequest(BaseModel):
    """
    Request of tasks.update 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    created: datetime_aliased | None = None
    """
    Task creation time (UTC)
    """
    name: str | None = None
    """
    Task name Unique within the company.
    """
    output__error: str | None = None
    """
    Free text error
    """
    project: str | None = None
    """
    Project ID of the project to which this task is assigned
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str
    """
    ID of the task
    """


class TasksUpdateResponse(BaseModel):
    """
    Data of tasks.update 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksUpdateResponseModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """


class TasksUpdateTagsRequest(BaseModel):
    """
    Request of tasks.update_tags 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    add_tags: list[str] | None = None
    """
    User tags to add
    """
    ids: list[str] | None = None
    """
    IDs of the tasks to update
    """
    remove_tags: list[str] | None = None
    """
    User tags to remove
    """


class TasksUpdateTagsResponse(BaseModel):
    """
    Data of tasks.update_tags 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    updated: int | None = None
    """
    The number of updated tasks
    """


class TasksValidateResponse(BaseModel):
    """
    Data of tasks.validate 2.13 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class UsersCreateRequest(BaseModel):
    """
    Request of users.create 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    """
    Avatar URL
    """
    company: str
    """
    Company ID
    """
    family_name: str | None = None
    """
    Family name
    """
    given_name: str | None = None
    """
    Given name
    """
    id: str
    """
    User ID
    """
    name: str
    """
    Full name
    """


class UsersCreateResponse(BaseModel):
    """
    Data of users.create 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class UsersDeleteRequest(BaseModel):
    """
    Request of users.delete 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user: str
    """
    ID of user to delete
    """


class UsersDeleteResponse(BaseModel):
    """
    Data of users.delete 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class UsersGetAllExRequest(BaseModel):
    """
    Request of users.get_all_ex 2.8.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active_in_projects: list[str] | None = None
    """
    List of project IDs. If provided, return only users that were active in these projects. If empty list is provided, return users that were active in all projects
    """
    id: list[str] | None = None
    """
    List of user IDs used to filter results
    """
    name: str | None = None
    """
    Get only users whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of user field names (if applicable, nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of users
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """


class UsersGetAllRequest(BaseModel):
    """
    Request of users.get_all 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: list[str] | None = None
    """
    List of user IDs used to filter results
    """
    name: str | None = None
    """
    Get only users whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of user field names (if applicable, nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of users
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """


class UsersGetByIdRequest(BaseModel):
    """
    Request of users.get_by_id 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user: str
    """
    User ID
    """


class UsersGetCurrentUserRequest(BaseModel):
    """
    Request of users.get_current_user 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class UsersGetCurrentUserResponseSettings(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    max_download_items: str | None = None
    """
    The maximum items downloaded for this user in csv file downloads
    """


class UsersGetCurrentUserResponseUserObjectCompany(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    name: str | None = None


class UsersGetCurrentUserResponseUser(BaseModel):
    """
    User info
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    company: UsersGetCurrentUserResponseUserObjectCompany | None = Field(
        None, title="UsersGetCurrentUserResponseUserObjectCompany"
    )
    family_name: str | None = None
    given_name: str | None = None
    id: str | None = None
    name: str | None = None
    preferences: dict[str, Any] | None = None
    """
    User preferences
    """
    role: str | None = None
    created: datetime_aliased | None = None
    """
    User creation time
    """
    created_in_version: str | None = None
    """
    Server version at user creation time
    """


class UsersGetCurrentUserResponse(BaseModel):
    """
    Data of users.get_current_user 2.31 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    getting_started: dict[str, Any] | None = None
    """
    Getting stated info
    """
    settings: UsersGetCurrentUserResponseSettings | None = Field(
        None, title="UsersGetCurrentUserResponseSettings"
    )
    user: UsersGetCurrentUserResponseUser | None = Field(
        None, title="UsersGetCurrentUserResponseUser"
    )
    """
    User info
    """


class UsersGetCurrentUserResponseUserObject(BaseModel):
    """
    like user, but returns company object instead of ID
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    company: UsersGetCurrentUserResponseUserObjectCompany | None = Field(
        None, title="UsersGetCurrentUserResponseUserObjectCompany"
    )
    family_name: str | None = None
    given_name: str | None = None
    id: str | None = None
    name: str | None = None
    preferences: dict[str, Any] | None = None
    """
    User preferences
    """
    role: str | None = None


class UsersGetPreferencesRequest(BaseModel):
    """
    Request of users.get_preferences 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class UsersGetPreferencesResponse(BaseModel):
    """
    Data of users.get_preferences 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    preferences: dict[str, Any] | None = None


class UsersSetPreferencesRequest(BaseModel):
    """
    Request of users.set_preferences 2.33.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    preferences: dict[str, Any]
    """
    Updates to user preferences. A mapping from keys in dot notation to values. For example, `{"a.b": 0}` will set the key "b" in object "a" to 0.
    """
    return_updated: bool | None = True
    """
    If set to 'true' and update was succcessful then return updated preferences
    """


class UsersSetPreferencesResponse(BaseModel):
    """
    Data of users.set_preferences 2.33 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    If the preferences were updated successfully then return the updated preferences
    """
    updated: int | None = None
    """
    Number of updated user objects (0 or 1)
    """


class UsersUpdateRequest(BaseModel):
    """
    Request of users.update 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    """
    Avatar URL
    """
    family_name: str | None = None
    """
    Family name
    """
    given_name: str | None = None
    """
    Given name
    """
    name: str | None = None
    """
    Full name
    """
    user: str
    """
    User ID
    """


class UsersUpdateResponse(BaseModel):
    """
    Data of users.update 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of updated user objects (0 or 1)
    """


class UsersUser(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    """
    Avatar URL
    """
    company: str | None = None
    """
    Company ID
    """
    created: datetime_aliased | None = None
    """
    User creation date
    """
    email: str | None = None
    """
    User email
    """
    family_name: str | None = None
    """
    Family name
    """
    given_name: str | None = None
    """
    Given name
    """
    id: str | None = None
    """
    User ID
    """
    name: str | None = None
    """
    Full name
    """
    providers: dict[str, Any] | None = None
    """
    Providers uses has logged-in with
    """
    role: str | None = None
    """
    User's role (admin only)
    """


class WorkersActivitySeries(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    counts: list[int] | None = None
    """
    List of worker counts corresponding to the timestamps in the dates list. None values are returned for the dates with no workers.
    """
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval.
    """


class WorkersAggregationType(RootModel[str]):
    root: str
    """
    Metric aggregation type
    """


class WorkersCommonMachineStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cpu_temperature: list[float] | None = None
    """
    CPU temperature
    """
    cpu_usage: list[float] | None = None
    """
    Average CPU usage per core
    """
    disk_free_home: float | None = None
    """
    Free space in % of /home drive
    """
    disk_free_temp: float | None = None
    """
    Free space in % of /tmp drive
    """
    disk_read: float | None = None
    """
    Mbytes read per second
    """
    disk_write: float | None = None
    """
    Mbytes write per second
    """
    gpu_memory_free: list[float] | None = None
    """
    GPU free memory MBs
    """
    gpu_memory_used: list[float] | None = None
    """
    GPU used memory MBs
    """
    gpu_temperature: list[float] | None = None
    """
    GPU temperature
    """
    gpu_usage: list[float] | None = None
    """
    Average GPU usage per GPU card
    """
    memory_free: float | None = None
    """
    Free memory MBs
    """
    memory_used: float | None = None
    """
    Used memory MBs
    """
    network_rx: float | None = None
    """
    Mbytes per second
    """
    network_tx: float | None = None
    """
    Mbytes per second
    """


class WorkersCurrentTaskEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    Worker ID
    """
    last_iteration: int | None = None
    """
    Last task iteration
    """
    name: str | None = None
    """
    Worker name
    """
    running_time: int | None = None
    """
    Task running time
    """


class WorkersGetActivityReportRequest(BaseModel):
    """
    Request of workers.get_activity_report 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    from_date: float
    """
    Starting time (in seconds from epoch) for collecting statistics
    """
    interval: int
    """
    Time interval in seconds for a single statistics point. The minimal value is 1
    """
    to_date: float
    """
    Ending time (in seconds from epoch) for collecting statistics
    """


class WorkersGetActivityReportResponse(BaseModel):
    """
    Data of workers.get_activity_report 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active: WorkersActivitySeries | None = None
    """
    Activity series that include only workers that worked on a task in the given time interval.
    """
    total: WorkersActivitySeries | None = None
    """
    Activity series that include all the workers that sent reports in the given time interval.
    """


class WorkersGetAllRequest(BaseModel):
    """
    Request of workers.get_all 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    last_seen: int | None = 3600
    """
    Filter out workers not active for more than last_seen seconds. A value or 0 or 'none' will disable the filter.
    """
    system_tags: list[str] | None = None
    """
    The list of allowed worker system tags. Prepend tag value with '-' in order to exclude
    """
    tags: list[str] | None = None
    """
    The list of allowed worker tags. Prepend tag value with '-' in order to exclude
    """
    worker_pattern: str | None = None
    """
    The worker name pattern. If specified then only matching keys returned
    """


class WorkersGetCountRequest(BaseModel):
    """
    Request of workers.get_count 2.30.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    last_seen: int | None = 0
    """
    Filter out workers not active for more than last_seen seconds. A value or 0 or 'none' will disable the filter.
    """
    system_tags: list[str] | None = None
    """
    The list of allowed worker system tags. Prepend tag value with '-' in order to exclude
    """
    tags: list[str] | None = None
    """
    The list of allowed worker tags. Prepend tag value with '-' in order to exclude
    """
    worker_pattern: str | None = None
    """
    The worker name pattern. If specified then only matching keys are counted
    """


class WorkersGetCountResponse(BaseModel):
    """
    Data of workers.get_count 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = None
    """
    Workers count
    """


class WorkersGetMetricKeysRequest(BaseModel):
    """
    Request of workers.get_metric_keys 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    worker_ids: list[str] | None = None
    """
    List of worker ids to collect metrics for. If not provided or empty then all the company workers metrics are analyzed.
    """


class WorkersIdNameEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    """
    Worker ID
    """
    name: str | None = None
    """
    Worker name
    """


class WorkersMetricResourceSeries(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    Resource name
    """
    values: list[float] | None = None
    """
    List of values corresponding to the dates in metric statistics
    """


class WorkersMetricsCategory(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric_keys: list[str] | None = None
    """
    The names of the metrics in the category.
    """
    name: str | None = None
    """
    Name of the metrics category.
    """


class WorkersQueueEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    display_name: str | None = None
    """
    Display name for the queue (if defined)
    """
    id: str | None = None
    """
    Worker ID
    """
    name: str | None = None
    """
    Worker name
    """
    next_task: WorkersIdNameEntry | None = None
    """
    Next task in the queue
    """
    num_tasks: int | None = None
    """
    Number of task entries in the queue
    """


class WorkersRegisterRequestResources(BaseModel):
    """
    Resources that this worker uses
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cpu_usage: float | None = None
    """
    CPU Usage
    """
    gpu_usage: float | None = None
    """
    GPU Usage
    """


class WorkersRegisterRequest(BaseModel):
    """
    Request of workers.register 2.34.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queues: list[str] | None = None
    """
    List of queue IDs on which the worker is listening.
    """
    resources: WorkersRegisterRequestResources | None = Field(
        None, title="WorkersRegisterRequestResources"
    )
    """
    Resources that this worker uses
    """
    system_tags: list[str] | None = None
    """
    System tags for the worker
    """
    tags: list[str] | None = None
    """
    User tags for the worker
    """
    timeout: int | None = 600
    """
    Registration timeout in seconds. If timeout seconds have passed since the worker's last call to register or status_report, the worker is automatically removed from the list of registered workers.
    """
    worker: str
    """
    Worker id. Must be unique in company.
    """


class WorkersRegisterResponse(BaseModel):
    """
    Data of workers.register 2.34 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class WorkersStatItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: WorkersAggregationType | None = None
    key: str | None = None
    """
    Name of a metric
    """


class WorkersStatusReportRequest(BaseModel):
    """
    Request of workers.status_report 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    machine_stats: WorkersCommonMachineStats | None = None
    """
    The machine statistics.
    """
    queue: str | None = None
    """
    ID of the queue from which task was received. If no queue is sent, the worker's queue field will be cleared.
    """
    queues: list[str] | None = None
    """
    List of queue IDs on which the worker is listening. If null, the worker's queues list will not be updated.
    """
    system_tags: list[str] | None = None
    """
    New system tags for the worker
    """
    tags: list[str] | None = None
    """
    New user tags for the worker
    """
    task: str | None = None
    """
    ID of a task currently being run by the worker. If no task is sent, the worker's task field will be cleared.
    """
    timestamp: int
    """
    UNIX time in seconds since epoch.
    """
    worker: str
    """
    Worker id.
    """


class WorkersStatusReportResponse(BaseModel):
    """
    Data of workers.status_report 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class WorkersUnregisterRequest(BaseModel):
    """
    Request of workers.unregister 2.4.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    worker: str
    """
    Worker id. Must be unique in company.
    """


class WorkersUnregisterResponse(BaseModel):
    """
    Data of workers.unregister 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class WorkersWorker(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    company: WorkersIdNameEntry | None = None
    """
    Associated company
    """
    id: str | None = None
    """
    Worker ID
    """
    ip: str | None = None
    """
    IP of the worker
    """
    key: str | None = None
    """
    Worker entry key
    """
    last_activity_time: datetime_aliased | None = None
    """
    Last activity time (even if an error occurred)
    """
    last_report_time: datetime_aliased | None = None
    """
    Last successful report time
    """
    project: WorkersIdNameEntry | None = None
    """
    Project in which currently executing task resides
    """
    queue: WorkersQueueEntry | None = None
    """
    Queue from which running task was taken
    """
    queues: list[WorkersQueueEntry] | None = None
    """
    List of queues on which the worker is listening
    """
    register_time: datetime_aliased | None = None
    """
    Registration time
    """
    system_tags: list[str] | None = None
    """
    System tags for the worker
    """
    tags: list[str] | None = None
    """
    User tags for the worker
    """
    task: WorkersCurrentTaskEntry | None = None
    """
    Task currently being run by the worker
    """
    user: WorkersIdNameEntry | None = None
    """
    Associated user (under whose credentials are used by the worker daemon)
    """


class WorkersWorkerStatKey(RootModel[str]):
    root: str


class AuthCreateCredentialsResponse(BaseModel):
    """
    Data of auth.create_credentials 2.17 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    credentials: CommonCredentials | None = None
    """
    Created credentials
    """


class AuthCreateUserRequest(BaseModel):
    """
    Request of auth.create_user 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    avatar: str | None = None
    """
    Avatar URL
    """
    company: str
    """
    Associated company ID
    """
    email: str
    """
    Email address uniquely identifying the user
    """
    family_name: str | None = None
    """
    Family name
    """
    given_name: str | None = None
    """
    Given name
    """
    name: str
    """
    User name (makes the auth entry more readable)
    """
    role: AuthRole | None = Field("user", validate_default=True)
    """
    User role
    """


class EventsAddRequest1(EventsMetricsScalarEvent):
    """
    Request of events.add 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow adding events to published tasks or models
    """
    model_event: bool | None = False
    """
    If set then the event is for a model. Otherwise for a task. Cannot be used with task log events. If used in batch then all the events should be marked the same
    """


class EventsAddRequest2(EventsMetricsVectorEvent):
    """
    Request of events.add 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow adding events to published tasks or models
    """
    model_event: bool | None = False
    """
    If set then the event is for a model. Otherwise for a task. Cannot be used with task log events. If used in batch then all the events should be marked the same
    """


class EventsAddRequest3(EventsMetricsImageEvent):
    """
    Request of events.add 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow adding events to published tasks or models
    """
    model_event: bool | None = False
    """
    If set then the event is for a model. Otherwise for a task. Cannot be used with task log events. If used in batch then all the events should be marked the same
    """


class EventsAddRequest4(EventsMetricsPlotEvent):
    """
    Request of events.add 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow adding events to published tasks or models
    """
    model_event: bool | None = False
    """
    If set then the event is for a model. Otherwise for a task. Cannot be used with task log events. If used in batch then all the events should be marked the same
    """


class EventsAddRequest5(EventsTaskLogEvent):
    """
    Request of events.add 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_locked: bool | None = False
    """
    Allow adding events to published tasks or models
    """
    model_event: bool | None = False
    """
    If set then the event is for a model. Otherwise for a task. Cannot be used with task log events. If used in batch then all the events should be marked the same
    """


class EventsAddRequest(
    RootModel[
        EventsAddRequest1
        | EventsAddRequest2
        | EventsAddRequest3
        | EventsAddRequest4
        | EventsAddRequest5
    ]
):
    root: (
        EventsAddRequest1
        | EventsAddRequest2
        | EventsAddRequest3
        | EventsAddRequest4
        | EventsAddRequest5
    )
    """
    Request of events.add 2.22.
    """


class EventsCommonDebugImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[EventsCommonDebugImagesResponseTaskMetrics] | None = None
    """
    Debug image events grouped by tasks and iterations
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """


class EventsCommonPlotsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[EventsCommonPlotsResponseTaskMetrics] | None = None
    """
    Plot events grouped by tasks and iterations
    """
    scroll_id: str | None = None
    """
    Scroll ID for getting more results
    """


class EventsCommonSingleValueMetricsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tasks: list[EventsCommonSingleValueTaskMetrics] | None = None
    """
    Single value metrics grouped by task
    """


class EventsDebugImagesRequest(BaseModel):
    """
    Request of events.debug_images 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return debug images
    """
    metrics: list[EventsTaskMetricVariants]
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model events. Otherwise task events
    """
    navigate_earlier: bool | None = None
    """
    If set then events are retreived from latest iterations to earliest ones. Otherwise from earliest iterations to the latest. The default is True
    """
    refresh: bool | None = None
    """
    If set then scroll will be moved to the latest iterations. The default is False
    """
    scroll_id: str | None = None
    """
    Scroll ID of previous call (used for getting more results)
    """


class EventsDebugImagesResponse(RootModel[EventsCommonDebugImagesResponse]):
    root: EventsCommonDebugImagesResponse
    """
    Data of events.debug_images 2.22 responses.
    """


class EventsGetPlotSampleResponse(RootModel[EventsPlotSampleResponse]):
    root: EventsPlotSampleResponse
    """
    Data of events.get_plot_sample 2.22 responses.
    """


class EventsGetTaskSingleValueMetricsResponse(RootModel[EventsCommonSingleValueMetricsResponse]):
    root: EventsCommonSingleValueMetricsResponse
    """
    Data of events.get_task_single_value_metrics 2.28 responses.
    """


class EventsNextPlotSampleResponse(RootModel[EventsPlotSampleResponse]):
    root: EventsPlotSampleResponse
    """
    Data of events.next_plot_sample 2.22 responses.
    """


class EventsPlotsRequest(BaseModel):
    """
    Request of events.plots 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iters: int | None = None
    """
    Max number of latest iterations for which to return plots
    """
    metrics: list[EventsTaskMetricVariants]
    """
    List of metrics and variants
    """
    model_events: bool | None = False
    """
    If set then the retrieving model plots. Otherwise task plots
    """
    navigate_earlier: bool | None = None
    """
    If set then events are retreived from latest iterations to earliest ones. Otherwise from earliest iterations to the latest. The default is True
    """
    refresh: bool | None = None
    """
    If set then scroll will be moved to the latest iterations. The default is False
    """
    scroll_id: str | None = None
    """
    Scroll ID of previous call (used for getting more results)
    """


class EventsPlotsResponse(RootModel[EventsCommonPlotsResponse]):
    root: EventsCommonPlotsResponse
    """
    Data of events.plots 2.22 responses.
    """


class ModelsModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Model comment
    """
    company: str | None = None
    """
    Company id
    """
    created: datetime_aliased | None = None
    """
    Model creation time
    """
    design: dict[str, Any] | None = None
    """
    Json object representing the model design. Should be identical to the network design of the task which created the model
    """
    framework: str | None = None
    """
    Framework on which the model is based. Should be identical to the framework of the task which created the model
    """
    id: str | None = None
    """
    Model id
    """
    labels: dict[str, int] | None = None
    """
    Json object representing the ids of the labels in the model. The keys are the layers' names and the values are the ids.
    """
    last_iteration: int | None = None
    """
    Last iteration reported for this model
    """
    last_metrics: dict[str, TasksCommonLastMetricsVariants] | None = None
    """
    Last metric variants (hash to events), one for each metric hash
    """
    last_update: datetime_aliased | None = None
    """
    Model last update time
    """
    metadata: dict[str, CommonMetadataItem] | None = None
    """
    Model metadata
    """
    name: str | None = None
    """
    Model name
    """
    parent: str | None = None
    """
    Parent model ID
    """
    project: str | None = None
    """
    Associated project ID
    """
    ready: bool | None = None
    """
    Indication if the model is final and can be used by other tasks
    """
    stats: ModelsModelStats | None = Field(None, title="ModelsModelStats")
    """
    Model statistics
    """
    system_tags: list[str] | None = None
    """
    System tags. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags
    """
    task: str | None = None
    """
    Task ID of task in which the model was created
    """
    ui_cache: dict[str, Any] | None = None
    """
    UI cache for this model
    """
    uri: str | None = None
    """
    URI for the model, pointing to the destination storage.
    """
    user: str | None = None
    """
    Associated user id
    """


class OrganizationFieldMapping(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field: str
    """
    The source field name as specified in the only_fields
    """
    name: str | None = None
    """
    The column name in the exported csv file
    """
    values: list[OrganizationValueMapping] | None = None


class OrganizationGetProjectUsagesResponse(BaseModel):
    """
    Data of organization.get_project_usages 2.34 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    projects: OrganizationUsages | None = None
    """
    Usages by project
    """
    queues: OrganizationUsages | None = None
    """
    Usages by user
    """
    users: OrganizationUsages | None = None
    """
    Usages by user
    """


class OrganizationPrepareDownloadForGetAllRequest(BaseModel):
    """
    Request of organization.prepare_download_for_get_all 2.26.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    allow_public: bool | None = True
    """
    Allow public entities to be returned in the results
    """
    entity_type: str
    """
    The type of the entity to retrieve
    """
    field_mappings: list[OrganizationFieldMapping]
    """
    The name and value mappings for the exported fields. The fields that are not in the mappings will not be exported
    """
    only_fields: list[str]
    """
    List of task field names (nesting is supported using '.', e.g. execution.model_labels). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    search_hidden: bool | None = False
    """
    If set to 'true' then hidden entities are included in the search results
    """


class ProjectsDeleteResponse(BaseModel):
    """
    Data of projects.delete 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: int | None = None
    """
    Number of projects deleted (0 or 1)
    """
    deleted_models: int | None = None
    """
    Number of models deleted
    """
    deleted_tasks: int | None = None
    """
    Number of tasks deleted
    """
    disassociated_tasks: int | None = None
    """
    Number of tasks disassociated from the deleted project
    """
    urls: ProjectsUrls | None = None
    """
    The urls of the files that were uploaded by the project tasks and models. Returned if the 'delete_contents' was set to 'true'
    """


class ProjectsGetByIdResponse(BaseModel):
    """
    Data of projects.get_by_id 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project: ProjectsProject | None = None
    """
    Project info
    """


class ProjectsGetUniqueMetricVariantsResponse(BaseModel):
    """
    Data of projects.get_unique_metric_variants 2.28 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[ProjectsMetricVariantResult] | None = None
    """
    A list of metric variants reported for tasks in this project
    """


class ProjectsStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active: ProjectsStatsStatusCount | None = None
    """
    Stats for active tasks
    """
    archived: ProjectsStatsStatusCount | None = None
    """
    Stats for archived tasks
    """
    datasets: ProjectsStatsDatasets | None = None
    """
    Stats for childrent datasets
    """


class QueuesGetAllExResponse(BaseModel):
    """
    Data of queues.get_all_ex 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queues: list[QueuesQueue] | None = None
    """
    Queues list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all_ex to retrieve more data
    """


class QueuesGetAllResponse(BaseModel):
    """
    Data of queues.get_all 2.21 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queues: list[QueuesQueue] | None = None
    """
    Queues list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all to retrieve more data
    """


class QueuesGetByIdResponse(BaseModel):
    """
    Data of queues.get_by_id 2.20 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queue: QueuesQueue | None = None
    """
    Queue info
    """


class QueuesGetQueueMetricsResponse(BaseModel):
    """
    Data of queues.get_queue_metrics 2.20 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    queues: list[QueuesQueueMetrics] | None = None
    """
    List of the requested queues with their metrics. If no queue ids were requested then 'all' queue is returned with the metrics averaged accross all the company queues.
    """


class ReportsGetAllExRequest(BaseModel):
    """
    Request of reports.get_all_ex 2.27.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_all_: CommonMultiFieldPatternData | None = Field(None, alias="_all_")
    """
    Multi-field pattern condition (all fields match pattern)
    """
    field_any_: CommonMultiFieldPatternData | None = Field(None, alias="_any_")
    """
    Multi-field pattern condition (any field matches pattern)
    """
    allow_public: bool | None = True
    """
    Allow public reports to be returned in the results
    """
    filters: dict[str, ReportsGetAllExRequestFiltersValue] | None = None
    id: list[str] | None = None
    """
    List of IDs to filter by
    """
    include_subprojects: bool | None = False
    """
    If set to 'true' and project field is set then reports from the subprojects are searched too
    """
    name: str | None = None
    """
    Get only reports whose name matches this pattern (python regular expression syntax)
    """
    only_fields: list[str] | None = None
    """
    List of report field names (nesting is supported using '.'). If provided, this list defines the query's projection (only these fields will be returned for each result entry)
    """
    order_by: list[str] | None = None
    """
    List of field names to order by. When search_text is used, '@text_score' can be used as a field representing the text score of returned documents. Use '-' prefix to specify descending order. Optional, recommended when using page
    """
    page: conint(ge=0) | None = None
    """
    Page number, returns a specific page out of the resulting list of reports
    """
    page_size: conint(ge=1) | None = None
    """
    Page size, specifies the number of results returned in each page (last page may contain fewer results)
    """
    project: list[str] | None = None
    """
    List of project IDs
    """
    refresh_scroll: bool | None = None
    """
    If set then all the data received with this scroll will be requeried
    """
    scroll_id: str | None = None
    """
    Scroll ID returned from the previos calls to get_all
    """
    search_text: str | None = None
    """
    Free text search query
    """
    size: conint(ge=1) | None = None
    """
    The number of tasks to retrieve
    """
    status: list[ReportsReportStatusEnum] | None = None
    """
    List of report status.
    """
    status_changed: list[constr(pattern=r"^(>=|>|<=|<)?.*$")] | None = None
    """
    List of status changed constraint strings (utcformat, epoch) with an optional prefix modifier (\\>, \\>=, \\<, \\<=)
    """
    system_tags: list[str] | None = None
    """
    List of report system tags. Use '-' prefix to exclude system tags
    """
    tags: list[str] | None = None
    """
    List of report user-defined tags. Use '-' prefix to exclude tags
    """
    user: list[str] | None = None
    """
    List of user IDs used to filter results by the reports's creating user
    """


class ReportsReport(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    company: str | None = None
    """
    Company ID
    """
    created: datetime_aliased | None = None
    """
    Report creation time (UTC)
    """
    id: str | None = None
    """
    Report id
    """
    last_update: datetime_aliased | None = None
    """
    Last time this report was created, edited, changed
    """
    name: str | None = None
    """
    Report Name
    """
    project: str | None = None
    """
    Project ID of the project to which this report is assigned
    """
    published: datetime_aliased | None = None
    """
    Report publish time
    """
    report: str | None = None
    """
    Report template
    """
    report_assets: list[str] | None = None
    """
    List of the external report assets
    """
    status: ReportsReportStatusEnum | None = None
    status_changed: datetime_aliased | None = None
    """
    Last status change time
    """
    status_message: str | None = None
    """
    free text string representing info about the status
    """
    status_reason: str | None = None
    """
    Reason for last status change
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    user: str | None = None
    """
    Associated user id
    """


class ServingContainerStatusReportRequest(BaseModel):
    """
    Request of serving.container_status_report 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    container_id: str
    """
    Container ID. Should uniquely identify a specific container instance
    """
    endpoint_name: str
    """
    Endpoint name
    """
    endpoint_url: str | None = None
    """
    Endpoint URL
    """
    input_size: str | None = None
    """
    Input size
    """
    input_type: str | None = None
    """
    Input type
    """
    latency_ms: int | None = None
    """
    Average request latency in ms
    """
    machine_stats: WorkersCommonMachineStats | None = None
    """
    The machine statistics
    """
    model_name: str
    """
    Model name
    """
    model_source: str | None = None
    """
    Model source
    """
    model_version: str | None = None
    """
    Model version
    """
    preprocess_artifact: str | None = None
    """
    Preprocess Artifact
    """
    reference: list[ServingContainerStatusReportRequestReferenceItem] | None = None
    """
    Array of reference items provided by the container instance. Can contain multiple reference items with the same type
    """
    requests_min: float | None = None
    """
    Average requests per minute
    """
    requests_num: int | None = None
    """
    Number of requests
    """
    uptime_sec: int | None = None
    """
    Uptime in seconds
    """


class StorageAws(BaseModel):
    """
    AWS S3 storage settings
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    buckets: list[StorageAwsBucket] | None = None
    """
    Credential settings per bucket
    """
    key: str | None = None
    """
    Access key
    """
    region: str | None = None
    """
    AWS region
    """
    secret: str | None = None
    """
    Secret key
    """
    token: str | None = None
    """
    Access token
    """
    use_credentials_chain: bool | None = False
    """
    If set then use host credentials
    """


class StorageAzure(BaseModel):
    """
    Azure storage settings
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    containers: list[StorageAzureContainer] | None = None
    """
    Credentials per container
    """


class StorageGoogle(BaseModel):
    """
    Google storage settings
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    buckets: list[StorageGoogleBucket] | None = None
    """
    Credentials per bucket
    """
    credentials_json: str | None = None
    """
    The contents of the credentials json file
    """
    project: str | None = None
    """
    Project name
    """


class StorageSetSettingsRequest(BaseModel):
    """
    Request of storage.set_settings 2.31.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aws: StorageAws | None = None
    azure: StorageAzure | None = None
    google: StorageGoogle | None = None


class TasksAddOrUpdateModelRequest(BaseModel):
    """
    Request of tasks.add_or_update_model 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iteration: int | None = None
    """
    Iteration (used to update task statistics)
    """
    model: str
    """
    The model ID
    """
    name: str
    """
    The task model name
    """
    task: str
    """
    ID of the task
    """
    type: TasksCommonModelTypeEnum
    """
    The task model type
    """


class TasksCommonArtifact(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    content_size: int | None = None
    """
    Raw data length in bytes
    """
    display_data: list[list[str]] | None = None
    """
    User-defined list of key/value pairs, sorted
    """
    hash: str | None = None
    """
    Hash of entire raw data
    """
    key: str
    """
    Entry key
    """
    mode: TasksCommonArtifactModeEnum | None = Field("output", validate_default=True)
    """
    System defined input/output indication
    """
    timestamp: int | None = None
    """
    Epoch time when artifact was created
    """
    type: str
    """
    System defined type
    """
    type_data: TasksCommonArtifactTypeData | None = None
    """
    Additional fields defined by the system
    """
    uri: str | None = None
    """
    Raw data location
    """


class TasksCommonArtifactId(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str
    """
    Entry key
    """
    mode: TasksCommonArtifactModeEnum | None = Field("output", validate_default=True)
    """
    System defined input/output indication
    """


class TasksCommonExecution(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    artifacts: list[TasksCommonArtifact] | None = None
    """
    Task artifacts
    """
    docker_cmd: str | None = None
    """
    Command for running docker script for the execution of the task
    """
    framework: str | None = None
    """
    Framework related to the task. Case insensitive. Mandatory for Training tasks.
    """
    model: str | None = None
    """
    Execution input model ID Not applicable for Register (Import) tasks
    """
    model_desc: dict[str, Any] | None = None
    """
    Json object representing the Model descriptors
    """
    model_labels: dict[str, int] | None = None
    """
    Json object representing the ids of the labels in the model. The keys are the layers' names and the values are the IDs. Not applicable for Register (Import) tasks. Mandatory for Training tasks
    """
    parameters: dict[str, Any] | None = None
    """
    Json object containing the Task parameters
    """
    queue: str | None = None
    """
    Queue ID where task was queued.
    """


class TasksCommonTask(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active_duration: int | None = None
    """
    Task duration time (seconds)
    """
    comment: str | None = None
    """
    Free text comment
    """
    company: str | None = None
    """
    Company ID
    """
    completed: datetime_aliased | None = None
    """
    Task end time (UTC)
    """
    configuration: dict[str, TasksCommonConfigurationItem] | None = None
    """
    Task configuration params
    """
    container: dict[str, str] | None = None
    """
    Docker container parameters
    """
    created: datetime_aliased | None = None
    """
    Task creation time (UTC)
    """
    execution: TasksCommonExecution | None = None
    """
    Task execution params
    """
    hyperparams: dict[str, TasksCommonSectionParams] | None = None
    """
    Task hyper params per section
    """
    id: str | None = None
    """
    Task id
    """
    last_change: datetime_aliased | None = None
    """
    Last time any update was done to the task
    """
    last_iteration: int | None = None
    """
    Last iteration reported for this task
    """
    last_metrics: dict[str, TasksCommonLastMetricsVariants] | None = None
    """
    Last metric variants (hash to events), one for each metric hash
    """
    last_update: datetime_aliased | None = None
    """
    Last time this task was created, edited, changed or events for this task were reported
    """
    last_worker: str | None = None
    """
    ID of last worker that handled the task
    """
    last_worker_report: datetime_aliased | None = None
    """
    Last time a worker reported while working on this task
    """
    models: TasksCommonTaskModels | None = None
    """
    Task models
    """
    name: str | None = None
    """
    Task Name
    """
    output: TasksCommonOutput | None = None
    """
    Task output params
    """
    parent: str | None = None
    """
    Parent task id
    """
    project: str | None = None
    """
    Project ID of the project to which this task is assigned
    """
    published: datetime_aliased | None = None
    """
    Task publish time
    """
    runtime: dict[str, Any] | None = None
    """
    Task runtime mapping
    """
    script: TasksCommonScript | None = None
    """
    Script info
    """
    started: datetime_aliased | None = None
    """
    Task start time (UTC)
    """
    status: CommonTaskStatusEnum | None = None
    status_changed: datetime_aliased | None = None
    """
    Last status change time
    """
    status_message: str | None = None
    """
    free text string representing info about the status
    """
    status_reason: str | None = None
    """
    Reason for last status change
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    type: TasksCommonTaskTypeEnum | None = None
    """
    Type of task. Values: 'training', 'testing'
    """
    user: str | None = None
    """
    Associated user id
    """


class TasksCreateRequest(BaseModel):
    """
    Request of tasks.create 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    configuration: dict[str, TasksCommonConfigurationItem] | None = None
    """
    Task configuration params
    """
    container: dict[str, str] | None = None
    """
    Docker container parameters
    """
    execution: TasksCommonExecution | None = None
    """
    Task execution params
    """
    hyperparams: dict[str, TasksCommonSectionParams] | None = None
    """
    Task hyper params per section
    """
    models: TasksCommonTaskModels | None = None
    """
    Task models
    """
    name: str
    """
    Task name. Unique within the company.
    """
    output_dest: str | None = None
    """
    Output storage id Must be a reference to an existing storage.
    """
    parent: str | None = None
    """
    Parent task id Must be a completed task.
    """
    project: str | None = None
    """
    Project ID of the project to which this task is assigned Must exist[ab]
    """
    script: TasksCommonScript | None = None
    """
    Script info
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    type: TasksCommonTaskTypeEnum
    """
    Type of task
    """


class TasksDeleteArtifactsRequest(BaseModel):
    """
    Request of tasks.delete_artifacts 2.10.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    artifacts: list[TasksCommonArtifactId]
    """
    Artifacts to delete
    """
    force: bool | None = None
    """
    If set to True then both new and running task artifacts can be deleted. Otherwise only the new task ones. Default is False
    """
    task: str
    """
    Task ID
    """


class TasksDeleteHyperParamsRequest(BaseModel):
    """
    Request of tasks.delete_hyper_params 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = None
    """
    If set to True then both new and running task hyper params can be deleted. Otherwise only the new task ones. Default is False
    """
    hyperparams: list[TasksParamKey]
    """
    List of hyper parameters to delete. In case a parameter with an empty name is passed all the section will be deleted
    """
    task: str
    """
    Task ID
    """


class TasksDeleteManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Indicates whether the task was deleted
    """
    deleted_models: int | None = None
    """
    Number of deleted output models
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated_children: int | None = None
    """
    Number of child tasks whose parent property was updated
    """
    updated_models: int | None = None
    """
    Number of models whose task property was updated
    """
    urls: TasksTaskUrls | None = None
    """
    The urls of the files that were uploaded by the task. Returned if the 'return_file_urls' was set to 'true'
    """


class TasksDeleteManyResponse(BaseModel):
    """
    Data of tasks.delete_many 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksDeleteManyResponseFailedItem] | None = None
    succeeded: list[TasksDeleteManyResponseSucceededItem] | None = None


class TasksDeleteResponse(BaseModel):
    """
    Data of tasks.delete 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted: bool | None = None
    """
    Indicates whether the task was deleted
    """
    events: dict[str, Any] | None = None
    """
    Response from events.delete_for_task
    """
    updated_children: int | None = None
    """
    Number of child tasks whose parent property was updated
    """
    updated_models: int | None = None
    """
    Number of models whose task property was updated
    """
    urls: TasksTaskUrls | None = None
    """
    The urls of the files that were uploaded by this task. Returned if the 'return_file_urls' was set to 'true'
    """


class TasksEditHyperParamsRequest(BaseModel):
    """
    Request of tasks.edit_hyper_params 2.9.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    force: bool | None = None
    """
    If set to True then both new and running task hyper params can be edited. Otherwise only the new task ones. Default is False
    """
    hyperparams: list[TasksCommonParamsItem]
    """
    Task hyper parameters. The new ones will be added and the already existing ones will be updated
    """
    replace_hyperparams: TasksReplaceHyperparamsEnum | None = None
    """
    Can be set to one of the following: 'all' - all the hyper parameters will be replaced with the provided ones 'section' - the sections that present in the new parameters will be replaced with the provided parameters 'none' (the default value) - only the specific parameters will be updated or added
    """
    task: str
    """
    Task ID
    """


class TasksEditRequest(BaseModel):
    """
    Request of tasks.edit 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    configuration: dict[str, TasksCommonConfigurationItem] | None = None
    """
    Task configuration params
    """
    container: dict[str, str] | None = None
    """
    Docker container parameters
    """
    execution: TasksCommonExecution | None = None
    """
    Task execution params
    """
    force: bool | None = False
    """
    If not true, call fails if the task status is not 'created'
    """
    hyperparams: dict[str, TasksCommonSectionParams] | None = None
    """
    Task hyper params per section
    """
    models: TasksCommonTaskModels | None = None
    """
    Task models
    """
    name: str | None = None
    """
    Task name Unique within the company.
    """
    output_dest: str | None = None
    """
    Output storage id Must be a reference to an existing storage.
    """
    parent: str | None = None
    """
    Parent task id Must be a completed task.
    """
    project: str | None = None
    """
    Project ID of the project to which this task is assigned Must exist[ab]
    """
    runtime: dict[str, Any] | None = None
    """
    Task runtime mapping
    """
    script: TasksCommonScript | None = None
    """
    Script info
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    task: str
    """
    ID of the task
    """
    type: TasksCommonTaskTypeEnum | None = None
    """
    Type of task
    """


class TasksGetAllExResponse(BaseModel):
    """
    Data of tasks.get_all_ex 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all_ex to retrieve more data
    """
    tasks: list[TasksCommonTask] | None = None
    """
    List of tasks
    """


class TasksGetAllResponse(BaseModel):
    """
    Data of tasks.get_all 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all to retrieve more data
    """
    tasks: list[TasksCommonTask] | None = None
    """
    List of tasks
    """


class TasksGetByIdExResponse(BaseModel):
    """
    Data of tasks.get_by_id_ex 2.11 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tasks: list[TasksCommonTask] | None = None
    """
    List of tasks
    """


class TasksGetByIdResponse(BaseModel):
    """
    Data of tasks.get_by_id 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    task: TasksCommonTask | None = None
    """
    Task info
    """


class TasksResetManyResponseSucceededItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted_models: int | None = None
    """
    Number of output models deleted by the reset
    """
    dequeued: bool | None = None
    """
    Indicates whether the task was dequeued
    """
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    id: str | None = None
    """
    ID of the succeeded entity
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """
    urls: TasksTaskUrls | None = None
    """
    The urls of the files that were uploaded by the task. Returned if the 'return_file_urls' was set to 'true'
    """


class TasksResetManyResponse(BaseModel):
    """
    Data of tasks.reset_many 2.21 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failed: list[TasksResetManyResponseFailedItem] | None = None
    succeeded: list[TasksResetManyResponseSucceededItem] | None = None


class TasksResetResponse(BaseModel):
    """
    Data of tasks.reset 2.21 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    deleted_models: int | None = None
    """
    Number of output models deleted by the reset
    """
    dequeued: dict[str, Any] | None = None
    """
    Response from queues.remove_task
    """
    events: dict[str, Any] | None = None
    """
    Response from events.delete_for_task
    """
    fields: dict[str, Any] | None = None
    """
    Updated fields names and values
    """
    updated: int | None = None
    """
    Number of tasks updated (0 or 1)
    """
    urls: TasksTaskUrls | None = None
    """
    The urls of the files that were uploaded by this task. Returned if the 'return_file_urls' was set to 'true'
    """


class TasksUpdateBatchRequest(BaseModel):
    """
    Request of tasks.update_batch 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    requests: list[TasksUpdateRequest] = Field(..., min_length=1)
    """
    tasks.update requests, sent as one JSON line each
    """


class TasksValidateRequest(BaseModel):
    """
    Request of tasks.validate 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: str | None = None
    """
    Free text comment
    """
    configuration: dict[str, TasksCommonConfigurationItem] | None = None
    """
    Task configuration params
    """
    container: dict[str, str] | None = None
    """
    Docker container parameters
    """
    execution: TasksCommonExecution | None = None
    """
    Task execution params
    """
    hyperparams: dict[str, TasksCommonSectionParams] | None = None
    """
    Task hyper params per section
    """
    models: TasksCommonTaskModels | None = None
    """
    Task models
    """
    name: str
    """
    Task name. Unique within the company.
    """
    output_dest: str | None = None
    """
    Output storage id Must be a reference to an existing storage.
    """
    parent: str | None = None
    """
    Parent task id Must be a completed task.
    """
    project: str | None = None
    """
    Project ID of the project to which this task is assigned Must exist[ab]
    """
    script: TasksCommonScript | None = None
    """
    Script info
    """
    system_tags: list[str] | None = None
    """
    System tags list. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags list
    """
    type: TasksCommonTaskTypeEnum
    """
    Type of task
    """


class UsersGetAllExResponse(BaseModel):
    """
    Data of users.get_all_ex 2.8 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    users: list[UsersUser] | None = None
    """
    User list
    """


class UsersGetAllResponse(BaseModel):
    """
    Data of users.get_all 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    users: list[UsersUser] | None = None
    """
    User list
    """


class UsersGetByIdResponse(BaseModel):
    """
    Data of users.get_by_id 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user: UsersUser | None = None
    """
    User info
    """


class WorkersAggregationStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aggregation: WorkersAggregationType | None = None
    dates: list[int] | None = None
    """
    List of timestamps (in seconds from epoch) in the acceding order. The timestamps are separated by the requested interval. Timestamps where no workers activity was recorded are omitted.
    """
    resource_series: list[WorkersMetricResourceSeries] | None = None
    """
    Metric data per single resource. Return only if split_by_resource request parameter is set to True
    """
    values: list[float] | None = None
    """
    List of values corresponding to the dates in metric statistics
    """


class WorkersGetAllResponse(BaseModel):
    """
    Data of workers.get_all 2.30 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    workers: list[WorkersWorker] | None = None


class WorkersGetMetricKeysResponse(BaseModel):
    """
    Data of workers.get_metric_keys 2.4 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    categories: list[WorkersMetricsCategory] | None = None
    """
    List of unique metric categories found in the statistics of the requested workers.
    """


class WorkersGetStatsRequest(BaseModel):
    """
    Request of workers.get_stats 2.32.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    from_date: float
    """
    Starting time (in seconds from epoch) for collecting statistics
    """
    interval: int
    """
    Time interval in seconds for a single statistics point. The minimal value is 1
    """
    items: list[WorkersStatItem]
    """
    List of metric keys and requested statistics
    """
    split_by_resource: bool | None = False
    """
    If set then for GPU related keys return the per GPU charts in addition to the aggregated one
    """
    split_by_variant: bool | None = False
    """
    Obsolete, please do not use
    """
    to_date: float
    """
    Ending time (in seconds from epoch) for collecting statistics
    """
    worker_ids: list[str] | None = None
    """
    List of worker ids to collect metrics for. If not provided or empty then all the company workers metrics are analyzed.
    """


class WorkersMetricStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metric: str | None = None
    """
    Name of the metric (cpu_usage, memory_used etc.)
    """
    stats: list[WorkersAggregationStats] | None = None
    """
    Statistics data by type
    """
    variant: str | None = None
    """
    Name of the metric component. Set only if 'split_by_variant' was set in the request
    """


class WorkersWorkerStats(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    metrics: list[WorkersMetricStats] | None = None
    """
    List of the metrics statistics for the worker
    """
    worker: str | None = None
    """
    ID of the worker
    """


class EventsAddBatchRequest(BaseModel):
    """
    Request of events.add_batch 2.22.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    requests: list[EventsAddRequest] = Field(..., min_length=1)
    """
    events.add requests, sent as one JSON line each
    """


class ModelsGetAllExResponse(BaseModel):
    """
    Data of models.get_all_ex 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    models: list[ModelsModel] | None = None
    """
    Models list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all_ex to retrieve more data
    """


class ModelsGetAllResponse(BaseModel):
    """
    Data of models.get_all 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    models: list[ModelsModel] | None = None
    """
    Models list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all to retrieve more data
    """


class ModelsGetByIdExResponse(BaseModel):
    """
    Data of models.get_by_id_ex 2.11 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    models: list[ModelsModel] | None = None
    """
    Models list
    """


class ModelsGetByIdResponse(BaseModel):
    """
    Data of models.get_by_id 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model: ModelsModel | None = None
    """
    Model info
    """


class ModelsGetByTaskIdResponse(BaseModel):
    """
    Data of models.get_by_task_id 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    model: ModelsModel | None = None
    """
    Model info
    """


class ProjectsProjectsGetAllResponseSingle(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    basename: str | None = None
    """
    Project base name
    """
    company: str | None = None
    """
    Company id
    """
    created: datetime_aliased | None = None
    """
    Creation time
    """
    dataset_stats: ProjectsProjectsGetAllResponseSingleDatasetStats | None = Field(
        None, title="ProjectsProjectsGetAllResponseSingleDatasetStats"
    )
    """
    Project dataset statistics
    """
    default_output_destination: str | None = None
    """
    The default output destination URL for new tasks under this project
    """
    description: str | None = None
    """
    Project description
    """
    hidden: bool | None = None
    """
    Returned if the search_hidden flag was specified in the get_all_ex call and the project is hidden
    """
    id: str | None = None
    """
    Project id
    """
    last_update: datetime_aliased | None = None
    """
    Last project update time. Reflects the last time the project metadata was changed or a task in this project has changed status
    """
    name: str | None = None
    """
    Project name
    """
    own_datasets: int | None = None
    """
    The amount of datasets/hyperdatasers under this project (without children projects). Returned if 'check_own_contents' flag is set in the request and children_type is set to 'dataset' or 'hyperdataset'
    """
    own_models: int | None = None
    """
    The amount of models under this project (without children projects). Returned if 'check_own_contents' flag is set in the request
    """
    own_tasks: int | None = None
    """
    The amount of tasks under this project (without children projects). Returned if 'check_own_contents' flag is set in the request
    """
    stats: ProjectsStats | None = None
    """
    Additional project stats
    """
    sub_projects: list[ProjectsProjectsGetAllResponseSingleSubProjectsItem] | None = None
    """
    The list of sub projects
    """
    system_tags: list[str] | None = None
    """
    System tags. This field is reserved for system use, please don't use it.
    """
    tags: list[str] | None = None
    """
    User-defined tags
    """
    user: str | None = None
    """
    Associated user id
    """


class ReportsGetAllExResponse(BaseModel):
    """
    Data of reports.get_all_ex 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all to retrieve more data
    """
    tasks: list[ReportsReport] | None = None
    """
    List of report tasks
    """


class ReportsGetTaskDataResponse(BaseModel):
    """
    Data of reports.get_task_data 2.26 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    debug_images: list[EventsCommonDebugImagesResponseTaskMetrics] | None = None
    """
    Debug image events grouped by tasks and iterations
    """
    plots: dict[str, Any] | None = None
    """
    Plots mapped by metric, variant, task and iteration
    """
    scalar_metrics_iter_histogram: dict[str, Any] | None = None
    single_value_metrics: list[EventsCommonSingleValueTaskMetrics] | None = None
    """
    Single value metrics grouped by task
    """
    tasks: list[TasksCommonTask] | None = None
    """
    List of tasks
    """


class StorageGetSettingsResponse(BaseModel):
    """
    Data of storage.get_settings 2.22 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aws: StorageAws | None = None
    azure: StorageAzure | None = None
    google: StorageGoogle | None = None
    last_update: datetime_aliased | None = None
    """
    Settings last update time (UTC)
    """


class TasksAddOrUpdateArtifactsRequest(BaseModel):
    """
    Request of tasks.add_or_update_artifacts 2.10.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    artifacts: list[TasksCommonArtifact]
    """
    Artifacts to add or update
    """
    force: bool | None = None
    """
    If set to True then both new and running task artifacts can be edited. Otherwise only the new task ones. Default is False
    """
    task: str
    """
    Task ID
    """


class TasksCloneRequest(BaseModel):
    """
    Request of tasks.clone 2.13.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    execution_overrides: TasksCommonExecution | None = None
    """
    The execution params for the cloned task. The params not specified are taken from the original task
    """
    new_project_name: str | None = None
    """
    Clone task to a new project by this name (only if `new_task_project` is not provided). If a project by this name already exists, task will be cloned to existing project.
    """
    new_task_comment: str | None = None
    """
    The comment of the cloned task. If not provided then taken from the original task
    """
    new_task_configuration: dict[str, TasksCommonConfigurationItem] | None = None
    """
    The configuration for the new task. If not provided then taken from the original task
    """
    new_task_container: dict[str, str] | None = None
    """
    The docker container properties for the new task. If not provided then taken from the original task
    """
    new_task_hyperparams: dict[str, TasksCommonSectionParams] | None = None
    """
    The hyper params for the new task. If not provided then taken from the original task
    """
    new_task_input_models: list[TasksCommonTaskModelItem] | None = None
    """
    The list of input models for the cloned task. If not specifed then copied from the original task
    """
    new_task_name: str | None = None
    """
    The name of the cloned task. If not provided then taken from the original task
    """
    new_task_parent: str | None = None
    """
    The parent of the cloned task. If not provided then taken from the original task
    """
    new_task_project: str | None = None
    """
    The project of the cloned task. If not provided then taken from the original task
    """
    new_task_system_tags: list[str] | None = None
    """
    The system tags of the cloned task. If not provided then empty
    """
    new_task_tags: list[str] | None = None
    """
    The user-defined tags of the cloned task. If not provided then taken from the original task
    """
    task: str
    """
    ID of the task
    """
    validate_references: bool | None = None
    """
    If set to 'false' then the task fields that are copied from the original task are not validated. The default is false.
    """


class WorkersGetStatsResponse(BaseModel):
    """
    Data of workers.get_stats 2.32 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    workers: list[WorkersWorkerStats] | None = None
    """
    List of the requested workers with their statistics
    """


class ProjectsGetAllExResponse(BaseModel):
    """
    Data of projects.get_all_ex 2.27 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    projects: list[ProjectsProjectsGetAllResponseSingle] | None = None
    """
    Projects list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all to retrieve more data
    """


class ProjectsGetAllResponse(BaseModel):
    """
    Data of projects.get_all 2.15 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    projects: list[ProjectsProjectsGetAllResponseSingle] | None = None
    """
    Projects list
    """
    scroll_id: str | None = None
    """
    Scroll ID that can be used with the next calls to get_all_ex to retrieve more data
    """
