# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.log_batch import LogBatch
from ...models.log_batch_response import LogBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LogBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/mlflow/runs/log-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LogBatchResponse | None:
    if response.status_code == 200:
        response_200 = LogBatchResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LogBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LogBatch,
) -> Response[LogBatchResponse]:
    """Log a batch of metrics, params, and tags for a run.

     Log a batch of metrics, params, and tags for a run.
    If any data failed to be persisted, the server will respond with an error (non-200 status code).
    In case of error (due to internal server error or an invalid request), partial data may
    be written.

    You can write metrics, params, and tags in interleaving fashion, but within a given entity
    type are guaranteed to follow the order specified in the request body. That is, for an API
    request like

    .. code-block:: json

      {
         "run_id": "2a14ed5c6a87499199e0106c3501eab8",
         "metrics": [
           {"key": "mae", "value": 2.5, "timestamp": 1552550804},
           {"key": "rmse", "value": 2.7, "timestamp": 1552550804},
         ],
         "params": [
           {"key": "model_class", "value": "LogisticRegression"},
         ]
      }

    the server is guaranteed to write metric "rmse" after "mae", though it may write param
    "model_class" before both metrics, after "mae", or after both metrics.

    The overwrite behavior for metrics, params, and tags is as follows:

    - Metrics: metric values are never overwritten. Logging a metric (key, value, timestamp) appends to
    the set of values for the metric with the provided key.

    - Tags: tag values can be overwritten by successive writes to the same tag key. That is, if multiple
    tag values with the same key are provided in the same API request, the last-provided tag value is
    written. Logging the same tag (key, value) is permitted - that is, logging a tag is idempotent.

    - Params: once written, param values cannot be changed (attempting to overwrite a param value will
    result in an error). However, logging the same param (key, value) is permitted - that is, logging a
    param is idempotent.

    Request Limits
    --------------
    A single JSON-serialized API request may be up to 1 MB in size and contain:

    - No more than 1000 metrics, params, and tags in total
    - Up to 1000 metrics
    - Up to 100 params
    - Up to 100 tags

    For example, a valid request might contain 900 metrics, 50 params, and 50 tags, but logging
    900 metrics, 50 params, and 51 tags is invalid. The following limits also apply
    to metric, param, and tag keys and values:

    - Metric, param, and tag keys can be up to 250 characters in length
    - Param and tag values can be up to 250 characters in length

    Args:
        body (LogBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LogBatch,
) -> LogBatchResponse | None:
    """Log a batch of metrics, params, and tags for a run.

     Log a batch of metrics, params, and tags for a run.
    If any data failed to be persisted, the server will respond with an error (non-200 status code).
    In case of error (due to internal server error or an invalid request), partial data may
    be written.

    You can write metrics, params, and tags in interleaving fashion, but within a given entity
    type are guaranteed to follow the order specified in the request body. That is, for an API
    request like

    .. code-block:: json

      {
         "run_id": "2a14ed5c6a87499199e0106c3501eab8",
         "metrics": [
           {"key": "mae", "value": 2.5, "timestamp": 1552550804},
           {"key": "rmse", "value": 2.7, "timestamp": 1552550804},
         ],
         "params": [
           {"key": "model_class", "value": "LogisticRegression"},
         ]
      }

    the server is guaranteed to write metric "rmse" after "mae", though it may write param
    "model_class" before both metrics, after "mae", or after both metrics.

    The overwrite behavior for metrics, params, and tags is as follows:

    - Metrics: metric values are never overwritten. Logging a metric (key, value, timestamp) appends to
    the set of values for the metric with the provided key.

    - Tags: tag values can be overwritten by successive writes to the same tag key. That is, if multiple
    tag values with the same key are provided in the same API request, the last-provided tag value is
    written. Logging the same tag (key, value) is permitted - that is, logging a tag is idempotent.

    - Params: once written, param values cannot be changed (attempting to overwrite a param value will
    result in an error). However, logging the same param (key, value) is permitted - that is, logging a
    param is idempotent.

    Request Limits
    --------------
    A single JSON-serialized API request may be up to 1 MB in size and contain:

    - No more than 1000 metrics, params, and tags in total
    - Up to 1000 metrics
    - Up to 100 params
    - Up to 100 tags

    For example, a valid request might contain 900 metrics, 50 params, and 50 tags, but logging
    900 metrics, 50 params, and 51 tags is invalid. The following limits also apply
    to metric, param, and tag keys and values:

    - Metric, param, and tag keys can be up to 250 characters in length
    - Param and tag values can be up to 250 characters in length

    Args:
        body (LogBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LogBatch,
) -> Response[LogBatchResponse]:
    """Log a batch of metrics, params, and tags for a run.

     Log a batch of metrics, params, and tags for a run.
    If any data failed to be persisted, the server will respond with an error (non-200 status code).
    In case of error (due to internal server error or an invalid request), partial data may
    be written.

    You can write metrics, params, and tags in interleaving fashion, but within a given entity
    type are guaranteed to follow the order specified in the request body. That is, for an API
    request like

    .. code-block:: json

      {
         "run_id": "2a14ed5c6a87499199e0106c3501eab8",
         "metrics": [
           {"key": "mae", "value": 2.5, "timestamp": 1552550804},
           {"key": "rmse", "value": 2.7, "timestamp": 1552550804},
         ],
         "params": [
           {"key": "model_class", "value": "LogisticRegression"},
         ]
      }

    the server is guaranteed to write metric "rmse" after "mae", though it may write param
    "model_class" before both metrics, after "mae", or after both metrics.

    The overwrite behavior for metrics, params, and tags is as follows:

    - Metrics: metric values are never overwritten. Logging a metric (key, value, timestamp) appends to
    the set of values for the metric with the provided key.

    - Tags: tag values can be overwritten by successive writes to the same tag key. That is, if multiple
    tag values with the same key are provided in the same API request, the last-provided tag value is
    written. Logging the same tag (key, value) is permitted - that is, logging a tag is idempotent.

    - Params: once written, param values cannot be changed (attempting to overwrite a param value will
    result in an error). However, logging the same param (key, value) is permitted - that is, logging a
    param is idempotent.

    Request Limits
    --------------
    A single JSON-serialized API request may be up to 1 MB in size and contain:

    - No more than 1000 metrics, params, and tags in total
    - Up to 1000 metrics
    - Up to 100 params
    - Up to 100 tags

    For example, a valid request might contain 900 metrics, 50 params, and 50 tags, but logging
    900 metrics, 50 params, and 51 tags is invalid. The following limits also apply
    to metric, param, and tag keys and values:

    - Metric, param, and tag keys can be up to 250 characters in length
    - Param and tag values can be up to 250 characters in length

    Args:
        body (LogBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LogBatch,
) -> LogBatchResponse | None:
    """Log a batch of metrics, params, and tags for a run.

     Log a batch of metrics, params, and tags for a run.
    If any data failed to be persisted, the server will respond with an error (non-200 status code).
    In case of error (due to internal server error or an invalid request), partial data may
    be written.

    You can write metrics, params, and tags in interleaving fashion, but within a given entity
    type are guaranteed to follow the order specified in the request body. That is, for an API
    request like

    .. code-block:: json

      {
         "run_id": "2a14ed5c6a87499199e0106c3501eab8",
         "metrics": [
           {"key": "mae", "value": 2.5, "timestamp": 1552550804},
           {"key": "rmse", "value": 2.7, "timestamp": 1552550804},
         ],
         "params": [
           {"key": "model_class", "value": "LogisticRegression"},
         ]
      }

    the server is guaranteed to write metric "rmse" after "mae", though it may write param
    "model_class" before both metrics, after "mae", or after both metrics.

    The overwrite behavior for metrics, params, and tags is as follows:

    - Metrics: metric values are never overwritten. Logging a metric (key, value, timestamp) appends to
    the set of values for the metric with the provided key.

    - Tags: tag values can be overwritten by successive writes to the same tag key. That is, if multiple
    tag values with the same key are provided in the same API request, the last-provided tag value is
    written. Logging the same tag (key, value) is permitted - that is, logging a tag is idempotent.

    - Params: once written, param values cannot be changed (attempting to overwrite a param value will
    result in an error). However, logging the same param (key, value) is permitted - that is, logging a
    param is idempotent.

    Request Limits
    --------------
    A single JSON-serialized API request may be up to 1 MB in size and contain:

    - No more than 1000 metrics, params, and tags in total
    - Up to 1000 metrics
    - Up to 100 params
    - Up to 100 tags

    For example, a valid request might contain 900 metrics, 50 params, and 50 tags, but logging
    900 metrics, 50 params, and 51 tags is invalid. The following limits also apply
    to metric, param, and tag keys and values:

    - Metric, param, and tag keys can be up to 250 characters in length
    - Param and tag values can be up to 250 characters in length

    Args:
        body (LogBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
