# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_assessment_response import DeleteAssessmentResponse
from ...types import Response


def _get_kwargs(
    trace_id: str,
    assessment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/3.0/mlflow/traces/{trace_id}/assessments/{assessment_id}".format(
            trace_id=quote(str(trace_id), safe=""),
            assessment_id=quote(str(assessment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAssessmentResponse | None:
    if response.status_code == 200:
        response_200 = DeleteAssessmentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteAssessmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_id: str,
    assessment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAssessmentResponse]:
    """Delete an assessment.

     Delete an assessment.

    Args:
        trace_id (str):
        assessment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssessmentResponse]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        assessment_id=assessment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trace_id: str,
    assessment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssessmentResponse | None:
    """Delete an assessment.

     Delete an assessment.

    Args:
        trace_id (str):
        assessment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssessmentResponse
    """

    return sync_detailed(
        trace_id=trace_id,
        assessment_id=assessment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trace_id: str,
    assessment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAssessmentResponse]:
    """Delete an assessment.

     Delete an assessment.

    Args:
        trace_id (str):
        assessment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssessmentResponse]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        assessment_id=assessment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trace_id: str,
    assessment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssessmentResponse | None:
    """Delete an assessment.

     Delete an assessment.

    Args:
        trace_id (str):
        assessment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssessmentResponse
    """

    return (
        await asyncio_detailed(
            trace_id=trace_id,
            assessment_id=assessment_id,
            client=client,
        )
    ).parsed
