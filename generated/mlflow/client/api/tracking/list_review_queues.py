# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_review_queues_response import ListReviewQueuesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    experiment_id: str,
    user: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["experiment_id"] = experiment_id

    params["user"] = user

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["item_id"] = item_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/3.0/mlflow/review-queues/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListReviewQueuesResponse | None:
    if response.status_code == 200:
        response_200 = ListReviewQueuesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListReviewQueuesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str,
    user: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
) -> Response[ListReviewQueuesResponse]:
    """List review queues

     List review queues.

    Args:
        experiment_id (str):
        user (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReviewQueuesResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        user=user,
        max_results=max_results,
        page_token=page_token,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str,
    user: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
) -> ListReviewQueuesResponse | None:
    """List review queues

     List review queues.

    Args:
        experiment_id (str):
        user (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReviewQueuesResponse
    """

    return sync_detailed(
        client=client,
        experiment_id=experiment_id,
        user=user,
        max_results=max_results,
        page_token=page_token,
        item_id=item_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str,
    user: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
) -> Response[ListReviewQueuesResponse]:
    """List review queues

     List review queues.

    Args:
        experiment_id (str):
        user (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReviewQueuesResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        user=user,
        max_results=max_results,
        page_token=page_token,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str,
    user: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
) -> ListReviewQueuesResponse | None:
    """List review queues

     List review queues.

    Args:
        experiment_id (str):
        user (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReviewQueuesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            experiment_id=experiment_id,
            user=user,
            max_results=max_results,
            page_token=page_token,
            item_id=item_id,
        )
    ).parsed
