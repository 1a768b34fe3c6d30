# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abort_multipart_upload import AbortMultipartUpload
from ...models.abort_multipart_upload_response import AbortMultipartUploadResponse
from ...types import Response


def _get_kwargs(
    artifact_path: str,
    *,
    body: AbortMultipartUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/mlflow-artifacts/mpu/abort/{artifact_path}".format(
            artifact_path=quote(str(artifact_path), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbortMultipartUploadResponse | None:
    if response.status_code == 200:
        response_200 = AbortMultipartUploadResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AbortMultipartUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    artifact_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortMultipartUpload,
) -> Response[AbortMultipartUploadResponse]:
    """Abort an Artifact Multipart Upload

     Abort an Artifact Multipart Upload.

    Args:
        artifact_path (str):
        body (AbortMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortMultipartUploadResponse]
    """

    kwargs = _get_kwargs(
        artifact_path=artifact_path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    artifact_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortMultipartUpload,
) -> AbortMultipartUploadResponse | None:
    """Abort an Artifact Multipart Upload

     Abort an Artifact Multipart Upload.

    Args:
        artifact_path (str):
        body (AbortMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortMultipartUploadResponse
    """

    return sync_detailed(
        artifact_path=artifact_path,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    artifact_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortMultipartUpload,
) -> Response[AbortMultipartUploadResponse]:
    """Abort an Artifact Multipart Upload

     Abort an Artifact Multipart Upload.

    Args:
        artifact_path (str):
        body (AbortMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortMultipartUploadResponse]
    """

    kwargs = _get_kwargs(
        artifact_path=artifact_path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artifact_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortMultipartUpload,
) -> AbortMultipartUploadResponse | None:
    """Abort an Artifact Multipart Upload

     Abort an Artifact Multipart Upload.

    Args:
        artifact_path (str):
        body (AbortMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortMultipartUploadResponse
    """

    return (
        await asyncio_detailed(
            artifact_path=artifact_path,
            client=client,
            body=body,
        )
    ).parsed
