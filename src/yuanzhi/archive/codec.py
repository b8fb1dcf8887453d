"""Model records to JSON-ready dicts and back (what the archive stores).

``to_data`` is ``dataclasses.asdict`` with tuples as lists; ``from_data`` rebuilds
any record of model.py from such a dict, following the dataclass type hints, so
store → load round-trips exactly.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

from .. import model

T = TypeVar("T")


def to_data(record: Any) -> Any:
    """A record (or tuple/list of records) as plain JSON-ready data."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_data(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, tuple | list):
        return [to_data(item) for item in record]
    return record


def dumps(record: Any) -> str:
    return json.dumps(to_data(record), ensure_ascii=False, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild a model record of type ``cls`` from ``to_data`` output."""
    return typing.cast(T, _convert(cls, data))


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return _convert(option, value)
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=False))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        kwargs = {
            f.name: _convert(hints[f.name], value[f.name])
            for f in dataclasses.fields(hint)
            if f.name in value
        }
        return hint(**kwargs)
    return value


def article_from_data(data: dict[str, Any]) -> model.Article:
    return from_data(model.Article, data)


def issue_from_data(data: dict[str, Any]) -> model.Issue:
    return from_data(model.Issue, data)


def facts_from_data(data: dict[str, Any]) -> model.Facts:
    return from_data(model.Facts, data)
