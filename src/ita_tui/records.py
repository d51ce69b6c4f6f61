"""``@record``: a dataclass that is cheaper to create, for classes defined at start-up.

On Python 3.11 ``@dataclass`` compiles each generated method (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__``...) with ``exec``: about 0.5 ms per frozen
class, and start-up creates about twenty of them. ``@record`` lets the real ``dataclass``
collect the fields (so ``fields``, ``replace``, ``asdict`` and ``match`` work unchanged) but
asks it for no methods, then installs ready-made ones that behave the same: keyword and
positional construction with defaults, default factories and ``__post_init__``; the same
``repr``; equality and ordering on the compared fields, only with the same class; a
hash when frozen (and ``__hash__ = None`` when not, as ``dataclass`` does); and
``FrozenInstanceError`` on assignment when frozen. Methods the class writes itself win.

Type checkers see the real ``dataclasses.dataclass`` (only ``frozen`` and ``order`` are
accepted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["record"]

if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:
    import dataclasses
    import reprlib
    from operator import attrgetter

    _MISSING = dataclasses.MISSING
    _object_setattr = object.__setattr__

    def record(cls=None, /, *, frozen=False, order=False):
        def wrap(cls):
            return _build(cls, frozen=frozen, order=order)

        return wrap if cls is None else wrap(cls)

    def _getter(names):
        if not names:
            return lambda obj: ()
        if len(names) == 1:
            one = attrgetter(names[0])
            return lambda obj: (one(obj),)
        return attrgetter(*names)

    def _set_new(cls, name, value):
        if name not in cls.__dict__:
            setattr(cls, name, value)
            if callable(value):
                value.__qualname__ = f"{cls.__qualname__}.{name}"

    def _build(cls, *, frozen, order):
        own = cls.__dict__
        had_doc = bool(own.get("__doc__"))
        explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
        if not had_doc:  # spare dataclass the slow inspect.signature it would write it with
            cls.__doc__ = "-"
        cls = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
        fields = dataclasses.fields(cls)
        names = tuple(f.name for f in fields if f.init)
        defaults = {f.name: f.default for f in fields if f.default is not _MISSING}
        factories = {f.name: f.default_factory for f in fields if f.default_factory is not _MISSING}
        has_post_init = hasattr(cls, "__post_init__")
        put = _object_setattr if frozen else setattr
        count = len(names)
        qualname = cls.__qualname__

        name_set = frozenset(names)
        # Each value is set on its own (``object.__setattr__`` when frozen), as dataclass
        # does: the instance keeps Python's compact shared-key layout. Filling
        # ``self.__dict__`` in one call was a little faster but gave every instance a dict
        # of its own, twice the memory (a 100,000-outcome plan: about 30 MB more).

        def __init__(self, *args, **kwargs):
            values = kwargs  # a new dict at every call: ours to fill
            if args:
                if len(args) > count:
                    raise TypeError(
                        f"{qualname}.__init__() takes {count + 1} positional arguments"
                        f" but {len(args) + 1} were given"
                    )
                for name, value in zip(names, args, strict=False):
                    if name in values:
                        raise TypeError(
                            f"{qualname}.__init__() got multiple values for argument {name!r}"
                        )
                    values[name] = value
            if len(values) != count or values.keys() != name_set:
                for name in values:
                    if name not in name_set:
                        raise TypeError(
                            f"{qualname}.__init__() got an unexpected keyword argument {name!r}"
                        )
                for name in names:
                    if name in values:
                        continue
                    if name in defaults:
                        values[name] = defaults[name]
                    elif name in factories:
                        values[name] = factories[name]()
                    else:
                        raise TypeError(
                            f"{qualname}.__init__() missing required argument: {name!r}"
                        )
            for name in names:
                put(self, name, values[name])
            if has_post_init:
                self.__post_init__()

        _set_new(cls, "__init__", __init__)
        if not had_doc:  # as dataclass does, now that the signature is known
            sig = ", ".join(names)
            cls.__doc__ = f"{cls.__name__}({sig})"

        shown = tuple(f.name for f in fields if f.repr)

        @reprlib.recursive_repr()
        def __repr__(self):
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
            return f"{self.__class__.__qualname__}({inner})"

        _set_new(cls, "__repr__", __repr__)

        key = _getter(tuple(f.name for f in fields if f.compare))

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented

        _set_new(cls, "__eq__", __eq__)

        if order:

            def __lt__(self, other):
                if other.__class__ is self.__class__:
                    return key(self) < key(other)
                return NotImplemented

            def __le__(self, other):
                if other.__class__ is self.__class__:
                    return key(self) <= key(other)
                return NotImplemented

            def __gt__(self, other):
                if other.__class__ is self.__class__:
                    return key(self) > key(other)
                return NotImplemented

            def __ge__(self, other):
                if other.__class__ is self.__class__:
                    return key(self) >= key(other)
                return NotImplemented

            for method in (__lt__, __le__, __gt__, __ge__):
                if method.__name__ in own:
                    raise TypeError(f"Cannot overwrite attribute {method.__name__} in {qualname}")
                _set_new(cls, method.__name__, method)

        if not explicit_hash:
            if frozen:
                hashed = _getter(
                    tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
                )

                def __hash__(self):
                    return hash(hashed(self))

                cls.__hash__ = __hash__
                __hash__.__qualname__ = f"{qualname}.__hash__"
            else:
                cls.__hash__ = None

        if frozen:
            for name in ("__setattr__", "__delattr__"):
                if name in own:
                    raise TypeError(f"Cannot overwrite attribute {name} in class {qualname}")
            field_names = frozenset(f.name for f in fields)

            def __setattr__(self, name, value):
                if type(self) is cls or name in field_names:
                    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
                super(cls, self).__setattr__(name, value)

            def __delattr__(self, name):
                if type(self) is cls or name in field_names:
                    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
                super(cls, self).__delattr__(name)

            _set_new(cls, "__setattr__", __setattr__)
            _set_new(cls, "__delattr__", __delattr__)
        return cls
