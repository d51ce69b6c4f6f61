"""``@record`` behaves like ``@dataclass`` (it only costs less to create)."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

import pytest

from ita_tui.records import record


def make(decorator: Any, **options: Any) -> type:
    class Thing:
        name: str
        size: int = 0
        tags: list[str] = field(default_factory=list)
        cache: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

        def __post_init__(self) -> None:
            self.cache["made"] = 1

    return decorator(**options)(Thing)  # type: ignore[no-any-return]


OPTIONS = [{}, {"frozen": True}, {"order": True}, {"frozen": True, "order": True}]


@pytest.mark.parametrize("options", OPTIONS)
def test_record_matches_dataclass(options: dict[str, bool]) -> None:
    real, fast = make(dataclass, **options), make(record, **options)
    for cls in (real, fast):
        cls.__qualname__ = "Thing"
    samples: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        (("a",), {}),
        (("a", 2), {}),
        (("a",), {"tags": ["x"]}),
        ((), {"name": "b", "size": 3, "tags": ["y"]}),
    ]
    for args, kwargs in samples:
        one, two = real(*args, **kwargs), fast(*args, **kwargs)
        assert repr(one) == repr(two)
        assert dataclasses.asdict(one) == dataclasses.asdict(two)
        assert two.cache == {"made": 1}
        assert two == fast(*args, **kwargs) and two != one
        assert (two == fast("other")) == (one == real("other"))
        assert dataclasses.replace(two, size=9).size == 9
    assert [f.name for f in dataclasses.fields(fast)] == ["name", "size", "tags", "cache"]
    assert fast.__match_args__ == real.__match_args__
    assert (fast.__hash__ is None) == (real.__hash__ is None)
    if options.get("frozen"):
        assert hash(fast("a", 1, ("x",))) == hash(fast("a", 1, ("x",)))
        assert len({fast("a", 1, ("x",)), fast("a", 1, ("x",)), fast("b", 0, ())}) == 2  # type: ignore[arg-type]
        with pytest.raises(FrozenInstanceError):
            fast("a").size = 2
        with pytest.raises(FrozenInstanceError):
            del fast("a").size
        thing = fast("a", 1)
        assert copy.deepcopy(thing) == thing
    else:
        thing = fast("a")
        thing.size = 5
        assert thing.size == 5
    if options.get("order"):
        assert fast("a", 1) < fast("a", 2) <= fast("b") and fast("b") > fast("a") >= fast("a")
        assert sorted([fast("b"), fast("a", 2), fast("a", 1)]) == [
            fast("a", 1),
            fast("a", 2),
            fast("b"),
        ]
    else:
        with pytest.raises(TypeError):
            fast("a") < fast("b")  # noqa: B015


def test_record_rejects_bad_calls_as_dataclass_does() -> None:
    fast = make(record)
    with pytest.raises(TypeError):
        fast()
    with pytest.raises(TypeError):
        fast("a", 1, [], {}, 5)
    with pytest.raises(TypeError):
        fast("a", name="b")
    with pytest.raises(TypeError):
        fast("a", colour="red")


def test_record_fields_go_through_setattr_where_the_class_needs_it() -> None:
    seen: list[str] = []

    @record
    class Watched:
        name: str
        size: int = 0

        def __setattr__(self, key: str, value: Any) -> None:
            seen.append(key)
            super().__setattr__(key, value)

    @record(frozen=True)
    class Checked:
        name: str

    thing = Watched("a", size=2)
    assert seen == ["name", "size"] and (thing.name, thing.size) == ("a", 2)
    assert Checked("b").name == "b"
    assert "name" in Checked("b").__dict__
