"""The plugin manager: loads built-in and third-party plugins safely and
collects the components they register.

Every plugin is an entry point of the ``toolkit`` group; the built-ins are
the entry points of the toolkit's own distribution (declared in its
``pyproject.toml``) and load first, in the order declared there. Each plugin
is registered with pluggy on its own, then each of its registration hooks is
called on its own. A plugin that fails to import, fails validation, raises
in a hook or registers a name that is already taken is recorded as failed
and left out as a whole; nothing it registered is used.

Environment variables (as in llm and datasette):

``TOOLKIT_LOAD_PLUGINS``
    Comma-separated names of the third-party plugins to load. Unset: all
    installed plugins load. Set to an empty string: none do (built-ins
    still load).
``TOOLKIT_DISABLE_PLUGINS``
    Comma-separated names of plugins, built-in or third-party, not to load
    (e.g. ``TOOLKIT_DISABLE_PLUGINS=tone`` runs without tone analysis).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from typing import Any

import pluggy

from toolkit import hookspecs
from toolkit.errors import OptionError, UnknownComponentError, describe

ENTRY_POINT_GROUP = "toolkit"
LOAD_ENV = "TOOLKIT_LOAD_PLUGINS"
DISABLE_ENV = "TOOLKIT_DISABLE_PLUGINS"

# the distribution whose entry points are the built-in plugins
DISTRIBUTION = "toolkit-news"

# hook name -> the kind of component it registers
KINDS = {
    "toolkit_register_html_extractors": "html_extractor",
    "toolkit_register_metadata_extractors": "metadata",
    "toolkit_register_cleaners": "cleaner",
    "toolkit_register_splitters": "splitter",
    "toolkit_register_scorers": "scorer",
    "toolkit_register_selectors": "selector",
    "toolkit_register_analyzers": "analyzer",
    "toolkit_register_formatters": "formatter",
    "toolkit_register_tone_scorers": "tone_scorer",
}


@dataclass
class Component:
    """One registered function and where it came from."""

    kind: str
    name: str
    function: Callable[..., Any]
    plugin: str
    order: int = 100
    priority: int = 0
    replace: bool = False
    weight: float = 0.0  # scorers: the weight in the default mix
    pages_only: bool = False  # a cleaner for scraped pages, skipped on text extracted from HTML


@dataclass
class PluginInfo:
    """What ``toolkit plugins`` shows about one plugin."""

    name: str
    source: str  # "builtin" or "entry point"
    module: str
    distribution: str | None = None
    version: str | None = None
    registered: dict[str, list[str]] = field(default_factory=dict)
    error: str | None = None
    disabled: bool = False

    @property
    def status(self) -> str:
        if self.disabled:
            return "disabled"
        return "failed" if self.error else "loaded"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "module": self.module,
            "distribution": self.distribution,
            "version": self.version,
            "status": self.status,
            "registered": {kind: list(names) for kind, names in self.registered.items()},
            "error": self.error,
        }


class PluginRegistrationError(Exception):
    pass


@dataclass
class Registry:
    """The components of all successfully loaded plugins, by kind and name."""

    plugins: list[PluginInfo] = field(default_factory=list)
    components: dict[str, dict[str, Component]] = field(
        default_factory=lambda: {kind: {} for kind in KINDS.values()}
    )

    @property
    def failures(self) -> list[PluginInfo]:
        return [info for info in self.plugins if info.error]

    def names(self, kind: str) -> list[str]:
        return sorted(self.components[kind])

    def get(self, kind: str, name: str) -> Component:
        try:
            return self.components[kind][name]
        except KeyError:
            raise UnknownComponentError(kind, name, self.components[kind]) from None

    def ordered(self, kind: str) -> list[Component]:
        """Components of an ordered kind (metadata, cleaner, analyzer, scorer) in order."""
        return sorted(self.components[kind].values(), key=lambda c: (c.order, c.name))

    def by_priority(self, kind: str) -> list[Component]:
        """Components of a prioritised kind (splitter, html_extractor), highest first."""
        return sorted(self.components[kind].values(), key=lambda c: (-c.priority, c.name))

    def splitter(self, name: str | None = None) -> Component:
        return self.chosen("splitter", name)

    def chosen(self, kind: str, name: str | None = None) -> Component:
        """The component ``name`` of a prioritised kind, else its highest-priority one."""
        if name:
            return self.get(kind, name)
        return self.highest(kind)

    def highest(self, kind: str) -> Component:
        """The component of ``kind`` with the highest priority (ties: the last name)."""
        candidates = self.components[kind].values()
        if not candidates:
            raise OptionError(f"no {kind} is loaded (the plugins that register one are off)")
        return max(candidates, key=lambda c: (c.priority, c.name))

    def default_weights(self) -> dict[str, float]:
        """The default scorer mix: every scorer registered with a weight above 0,
        in ascending ``order`` (ties by name), the order the scores are summed in."""
        return {c.name: c.weight for c in self.ordered("scorer") if c.weight > 0}


def _split_env(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {part.strip() for part in value.split(",") if part.strip()}


def _new_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    return manager


def _entry_point_candidates() -> list[tuple[PluginInfo, Callable[[], Any]]]:
    """Every entry point of the group: the built-ins (this distribution's) first,
    in the order they are declared, then the third-party ones."""
    builtins: list[tuple[PluginInfo, Callable[[], Any]]] = []
    others: list[tuple[PluginInfo, Callable[[], Any]]] = []
    # each read of a distribution's metadata parses its METADATA file again
    read: dict[Any, tuple[str | None, str | None]] = {}
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(entry_point, "dist", None)
        if dist not in read:
            fields = dist.metadata if dist else None
            read[dist] = (fields["Name"], fields["Version"]) if fields else (None, None)
        name, version = read[dist]
        builtin = name is not None and _normalise(name) == _normalise(DISTRIBUTION)
        kind = "builtin" if builtin else "entry point"
        info = PluginInfo(entry_point.name, kind, entry_point.value, name, version)
        (builtins if builtin else others).append((info, entry_point.load))
    if not builtins:
        builtins.append((_missing_builtins(), _no_plugin))
    return builtins + others


def _missing_builtins() -> PluginInfo:
    """Shown (and warned about) when the toolkit's own entry points are not found,
    typically a checkout whose entry points changed without a reinstall."""
    return PluginInfo(
        "builtins",
        "builtin",
        "",
        DISTRIBUTION,
        error=f"no entry point of {DISTRIBUTION} in the '{ENTRY_POINT_GROUP}' group "
        "(reinstall it: pip install -e .)",
    )


def _no_plugin() -> Any:
    raise PluginRegistrationError("no built-in plugins")


def _normalise(distribution: str) -> str:
    return distribution.lower().replace("_", "-").replace(".", "-")


def _call_registration_hooks(
    manager: pluggy.PluginManager, plugin: object, info: PluginInfo
) -> list[Component]:
    staged: list[Component] = []
    for caller in manager.get_hookcallers(plugin) or []:
        kind = KINDS.get(caller.name)
        if kind is None:
            continue
        for impl in caller.get_hookimpls():
            if impl.plugin is plugin:
                impl.function(register=_stager(kind, info.name, staged))
    return staged


def _stager(kind: str, plugin: str, staged: list[Component]) -> Callable[..., None]:
    def register(
        name: str,
        function: Callable[..., Any],
        order: int = 100,
        priority: int = 0,
        replace: bool = False,
        weight: float = 0.0,
        pages_only: bool = False,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise PluginRegistrationError(f"{kind} name must be a non-empty string")
        if not callable(function):
            raise PluginRegistrationError(f"{kind} '{name}' is not callable")
        if (
            isinstance(weight, bool)
            or not isinstance(weight, (int, float))
            or not (math.isfinite(weight) and weight >= 0)
        ):
            raise PluginRegistrationError(f"{kind} '{name}': weight must be a number >= 0")
        staged.append(
            Component(
                kind,
                name,
                function,
                plugin,
                order,
                priority,
                replace,
                float(weight),
                bool(pages_only),
            )
        )

    return register


def _commit(registry: Registry, staged: list[Component], info: PluginInfo) -> None:
    """Add a plugin's components, or fail the plugin without adding any."""
    for component in staged:
        taken = registry.components[component.kind].get(component.name)
        if taken and not component.replace:
            raise PluginRegistrationError(
                f"{component.kind} '{component.name}' is already registered by plugin "
                f"'{taken.plugin}' (pass replace=True to take it over)"
            )
    for component in staged:
        registry.components[component.kind][component.name] = component
        info.registered.setdefault(component.kind, []).append(component.name)


def _load_one(
    manager: pluggy.PluginManager,
    registry: Registry,
    info: PluginInfo,
    load: Callable[[], Any],
) -> None:
    try:
        plugin = load()
        if manager.has_plugin(info.name):
            raise PluginRegistrationError(f"a plugin named '{info.name}' is already loaded")
        manager.register(plugin, name=info.name)
    except Exception as exc:  # a broken plugin must not take the toolkit down
        info.error = describe(exc)
        return
    try:
        _commit(registry, _call_registration_hooks(manager, plugin, info), info)
    except Exception as exc:
        info.error = describe(exc)
        info.registered.clear()
        manager.unregister(plugin)


def load_registry(
    disable: Iterable[str] = (),
    load_only: Iterable[str] | None = None,
) -> Registry:
    """Load every plugin and return their components.

    ``disable`` names plugins not to load; ``load_only`` (if not None) lists
    the only third-party plugins to load. Both add to the environment
    variables described in the module docstring.
    """
    disabled = set(disable) | (_split_env(os.environ.get(DISABLE_ENV)) or set())
    allowed = _split_env(os.environ.get(LOAD_ENV))
    if load_only is not None:
        allowed = set(load_only) if allowed is None else allowed & set(load_only)

    manager = _new_manager()
    registry = Registry()
    for info, load in _entry_point_candidates():
        if info.source == "entry point" and allowed is not None and info.name not in allowed:
            continue
        registry.plugins.append(info)
        if info.error:
            continue
        if info.name in disabled:
            info.disabled = True
            continue
        _load_one(manager, registry, info, load)
    return registry


@lru_cache(maxsize=8)
def _cached_registry(disable: tuple[str, ...], env: tuple[str | None, str | None]) -> Registry:
    return load_registry(disable)


def get_registry(disable: Iterable[str] = ()) -> Registry:
    """The registry for this process, loaded once per set of settings."""
    env = (os.environ.get(LOAD_ENV), os.environ.get(DISABLE_ENV))
    return _cached_registry(tuple(sorted(set(disable))), env)
