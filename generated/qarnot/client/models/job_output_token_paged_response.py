# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_output import JobOutput


T = TypeVar("T", bound="JobOutputTokenPagedResponse")


@_attrs_define
class JobOutputTokenPagedResponse:
    """Response with limited results

    Attributes:
        data (list[JobOutput] | None | Unset):
        count (int | Unset):  Example: 1.
        total (int | Unset):  Example: 1.
        is_truncated (bool | Unset):
        next_token (None | str | Unset):
    """

    data: list[JobOutput] | None | Unset = UNSET
    count: int | Unset = UNSET
    total: int | Unset = UNSET
    is_truncated: bool | Unset = UNSET
    next_token: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        count = self.count

        total = self.total

        is_truncated = self.is_truncated

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if count is not UNSET:
            field_dict["count"] = count
        if total is not UNSET:
            field_dict["total"] = total
        if is_truncated is not UNSET:
            field_dict["isTruncated"] = is_truncated
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_output import JobOutput

        d = dict(src_dict)

        def _parse_data(data: object) -> list[JobOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = JobOutput.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobOutput] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        count = d.pop("count", UNSET)

        total = d.pop("total", UNSET)

        is_truncated = d.pop("isTruncated", UNSET)

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("nextToken", UNSET))

        job_output_token_paged_response = cls(
            data=data,
            count=count,
            total=total,
            is_truncated=is_truncated,
            next_token=next_token,
        )

        return job_output_token_paged_response
