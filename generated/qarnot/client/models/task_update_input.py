# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_value import KeyValue


T = TypeVar("T", bound="TaskUpdateInput")


@_attrs_define
class TaskUpdateInput:
    """Fields of the task to update

    Attributes:
        constants (list[KeyValue] | None | Unset): List of new constants for the pool Example: [{'key': 'BLEND_FILE',
            'value': 'newqarnot.blend'}].
        tags (list[str] | None | Unset): List of new tags for the pool Example: ['t1', 'newTag'].
    """

    constants: list[KeyValue] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if constants is not UNSET:
            field_dict["constants"] = constants
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.key_value import KeyValue

        d = dict(src_dict)

        def _parse_constants(data: object) -> list[KeyValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = data
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = KeyValue.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                return constants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyValue] | None | Unset, data)

        constants = _parse_constants(d.pop("constants", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        task_update_input = cls(
            constants=constants,
            tags=tags,
        )

        return task_update_input
