# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_logged_model_artifacts_response import (
    ListLoggedModelArtifactsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    artifact_directory_path: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["artifact_directory_path"] = artifact_directory_path

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/logged-models/{model_id}/artifacts/directories".format(
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListLoggedModelArtifactsResponse | None:
    if response.status_code == 200:
        response_200 = ListLoggedModelArtifactsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListLoggedModelArtifactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_directory_path: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ListLoggedModelArtifactsResponse]:
    """List artifacts for a LoggedModel.

     List artifacts for a LoggedModel. Takes an optional ``artifact_path`` prefix which if specified,
    the response contains only artifacts with the specified prefix.

    Args:
        model_id (str):
        artifact_directory_path (str | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListLoggedModelArtifactsResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        artifact_directory_path=artifact_directory_path,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_directory_path: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ListLoggedModelArtifactsResponse | None:
    """List artifacts for a LoggedModel.

     List artifacts for a LoggedModel. Takes an optional ``artifact_path`` prefix which if specified,
    the response contains only artifacts with the specified prefix.

    Args:
        model_id (str):
        artifact_directory_path (str | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListLoggedModelArtifactsResponse
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        artifact_directory_path=artifact_directory_path,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_directory_path: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ListLoggedModelArtifactsResponse]:
    """List artifacts for a LoggedModel.

     List artifacts for a LoggedModel. Takes an optional ``artifact_path`` prefix which if specified,
    the response contains only artifacts with the specified prefix.

    Args:
        model_id (str):
        artifact_directory_path (str | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListLoggedModelArtifactsResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        artifact_directory_path=artifact_directory_path,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_directory_path: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ListLoggedModelArtifactsResponse | None:
    """List artifacts for a LoggedModel.

     List artifacts for a LoggedModel. Takes an optional ``artifact_path`` prefix which if specified,
    the response contains only artifacts with the specified prefix.

    Args:
        model_id (str):
        artifact_directory_path (str | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListLoggedModelArtifactsResponse
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            artifact_directory_path=artifact_directory_path,
            page_token=page_token,
        )
    ).parsed
