# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_trace_tag_v3 import SetTraceTagV3
from ...models.set_trace_tag_v3_response import SetTraceTagV3Response
from ...types import Response


def _get_kwargs(
    trace_id: str,
    *,
    body: SetTraceTagV3,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/3.0/mlflow/traces/{trace_id}/tags".format(
            trace_id=quote(str(trace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetTraceTagV3Response | None:
    if response.status_code == 200:
        response_200 = SetTraceTagV3Response.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetTraceTagV3Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTraceTagV3,
) -> Response[SetTraceTagV3Response]:
    """Set a tag on a trace.

     Set a tag on a trace. Tags are mutable and can be updated as desired.

    Args:
        trace_id (str):
        body (SetTraceTagV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetTraceTagV3Response]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTraceTagV3,
) -> SetTraceTagV3Response | None:
    """Set a tag on a trace.

     Set a tag on a trace. Tags are mutable and can be updated as desired.

    Args:
        trace_id (str):
        body (SetTraceTagV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetTraceTagV3Response
    """

    return sync_detailed(
        trace_id=trace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTraceTagV3,
) -> Response[SetTraceTagV3Response]:
    """Set a tag on a trace.

     Set a tag on a trace. Tags are mutable and can be updated as desired.

    Args:
        trace_id (str):
        body (SetTraceTagV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetTraceTagV3Response]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTraceTagV3,
) -> SetTraceTagV3Response | None:
    """Set a tag on a trace.

     Set a tag on a trace. Tags are mutable and can be updated as desired.

    Args:
        trace_id (str):
        body (SetTraceTagV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetTraceTagV3Response
    """

    return (
        await asyncio_detailed(
            trace_id=trace_id,
            client=client,
            body=body,
        )
    ).parsed
