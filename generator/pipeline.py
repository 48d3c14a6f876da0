"""The generator, top to bottom: load, select, name, emit models, emit resources, format, write."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .emit import models as model_stage
from .emit.extensions import extension_files
from .emit.format import FORMAT_KEY, import_black, submit_format
from .errors import SpecError, did_you_mean
from .machinery.cache import Cache
from .machinery.helper import one_process, start_early
from .machinery.jobs import Job, Jobs
from .machinery.stamp import folders_digest, sources
from .plan import polling, security
from .plan.ir import RUNTIME_TYPES, Api, Deprecated, resolve, tree
from .plan.names import name_classes, package_name, with_identity
from .plan.operations import Built, build
from .read.bundle import Sources
from .read.config import Config, load_config
from .read.load import load_spec

# A spec update that leaves at most this many schemas to re-emit is done in this process:
# starting the workers' fork server, which imports and warms up datamodel-code-generator and
# black (0.4 s), would cost more than the work itself.
SMALL_UPDATE = 100


@dataclass
class Result:
    files: dict[str, str]
    api: Api
    package: str
    config: Config
    # The other files of a multi-file spec: resolved path -> sha256 of what was read (the stamp
    # digests them too, or an edit of one would go unseen by the nothing-changed fast path).
    spec_files: dict[str, str] = dataclasses.field(default_factory=dict)


def generate(
    spec_path: Path,
    config_path: Path | None,
    cache: Cache,
    package_version: str | None = None,
    meanwhile: Callable[[str], object] | None = None,
) -> Result:
    """`package_version` replaces the config's `version` (the CLI passes a bumped one);
    `meanwhile(package)` is called while this process would only wait for the workers or
    the helper (the CLI reads the old side of its change summary then)."""
    sources = Sources(spec_path)
    start_early(cache.directory, spec_path)  # `__main__` did already, if it could
    with Jobs(cache) as jobs:  # the slow steps run on every core while this process goes on
        try:
            return _generate(
                spec_path, config_path, cache, package_version, jobs, sources, meanwhile
            )
        except SpecError as exc:  # found in a part of the spec that came from another file
            raise sources.relocate(exc) from None


@dataclass
class Plan:
    """What the spec and config say is to be generated, every name decided: the models and
    render stages work from this alone."""

    api: Api
    config: Config
    title: str
    built: Built
    param_class: dict[str, str]


def plan(doc: dict[str, Any], config_path: Path | None, package_version: str | None = None) -> Plan:
    """Select, lift and name: stages 2 and 3."""
    config = load_config(config_path)
    if package_version is not None:
        config = dataclasses.replace(config, version=package_version)
    title = str((doc.get("info") or {}).get("title") or config.package)
    if config_path is None:  # no config: the package is named after the API
        config = dataclasses.replace(
            config, package=package_name(title), distribution=package_name(title).replace("_", "-")
        )
    config = with_identity(config, title)  # class, error and env var names
    if config.default_base_url is None:  # else the spec's first server
        servers = doc.get("servers")
        if (
            isinstance(servers, list)
            and servers
            and isinstance(servers[0], dict)
            and isinstance(servers[0].get("url"), str)
        ):
            config = dataclasses.replace(config, default_base_url=servers[0]["url"])

    built = build(doc, config)  # selects the operations, lifts every schema they use
    client_names = {config.sync_class, config.async_class, config.error_class}
    names = name_classes(built.schemas, built.trails, {n for n in client_names if n})
    methods = {
        trail: tuple(resolve(m, names.of) for m in group) for trail, group in built.methods.items()
    }
    pollers = polling.pollers(methods, config.polling, built.schemas)  # poll / create_and_poll
    model_names = model_stage.closure(built.schemas, built.response_roots)
    param_names = [names.params[n] for n in model_stage.closure(built.schemas, built.request_roots)]
    api = Api(
        resources=tree(built.trails, methods, names.resources, names.modules, pollers),
        model_names=tuple(model_names),
        param_names=tuple(param_names),
        warnings=tuple(built.warnings),
        page_fields=built.page_fields,
        deprecated=tuple(deprecations(built.schemas, model_names)),
        type_aliases=tuple(type_aliases(config, config_path, model_names)),
        auth=_auth(doc, config, built),
    )
    return Plan(api, config, title, built, names.params)


def _auth(doc: dict[str, Any], config: Config, built: Built) -> security.ClientAuth:
    """The client's credentials, from what the selected operations need."""
    default = security.requirements(doc, doc.get("security"), "/security")
    needs = [
        default if m.operation.security is None else m.operation.security
        for group in built.methods.values()
        for m in group
    ]
    taken = (
        set(CONSTRUCTOR_ARGUMENTS)
        | set(config.header_options)
        | {trail[0] for trail in built.trails}
    )
    return security.client_auth(doc, config, needs, taken, built.warnings)


# The client constructor's own arguments, which a credential may not be called.
CONSTRUCTOR_ARGUMENTS = (
    "self",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
)


def deprecations(schemas: dict[str, Any], model_names: list[str]) -> list[Deprecated]:
    """The models and fields marked `deprecated: true`, for the README (their docstrings say
    so too: models.deprecation_noted)."""
    found: list[Deprecated] = []
    for name in sorted(model_names):
        schema = schemas.get(name)
        if not isinstance(schema, dict):
            continue
        if schema.get("deprecated") is True:
            found.append(Deprecated(name, None, str(schema.get("description") or "")))
        properties = schema.get("properties")
        for field, prop in (properties if isinstance(properties, dict) else {}).items():
            if isinstance(prop, dict) and prop.get("deprecated") is True:
                found.append(Deprecated(name, str(field), str(prop.get("description") or "")))
    return found


def type_aliases(
    config: Config, config_path: Path | None, model_names: list[str]
) -> list[tuple[str, str, str]]:
    """`port.types` checked: each names a model or a runtime class the methods return."""
    known = {**{name: "models" for name in model_names}, **RUNTIME_TYPES}
    aliases = []
    for alias, target in config.type_aliases:
        if target not in known:
            raise SpecError(
                f"{target!r} is neither a model nor a runtime class of the package"
                f"{did_you_mean(target, known)}",
                file=str(config_path),
                pointer=f"/port/types/{alias}",
            )
        aliases.append((alias, target, known[target]))
    return aliases


def _generate(
    spec_path: Path,
    config_path: Path | None,
    cache: Cache,
    package_version: str | None,
    jobs: Jobs,
    sources: Sources,
    meanwhile: Callable[[str], object] | None = None,
) -> Result:
    planned = plan(load_spec(spec_path, cache, sources), config_path, package_version)
    api, config, title, built = planned.api, planned.config, planned.title, planned.built
    param_class = planned.param_class
    pkg = config.package

    # Models and params are built per group of schemas, each group cached (models.py).
    modules = {
        f"{pkg}/models.py": model_stage.ModuleBuild(
            jobs,
            "models",
            model_stage.MODELS_HEADER,
            model_stage.model_inputs(built.schemas, built.response_roots),
            model_stage.MODELS_OPTIONS,
        ),
        f"{pkg}/params.py": model_stage.ModuleBuild(
            jobs,
            "params",
            model_stage.PARAMS_HEADER,
            model_stage.param_inputs(built.schemas, built.request_roots, param_class),
            model_stage.PARAMS_OPTIONS,
        ),
    }
    stale = sum(module.stale_schemas for module in modules.values())
    if stale and (stale <= SMALL_UPDATE or one_process(spec_path)):
        jobs.workers = 1  # one process (and the helper): the tools imported once
    else:
        jobs.no_helper()  # the workers, or no model to generate
        if not stale:
            jobs.workers = 1
    for module in modules.values():
        module.start()
    # The rendered files, formatted, are cached as a whole by what they are made of: an
    # update that changes no operation renders nothing (and does not import jinja2).
    rendered_key = _rendered_key(api, config, title)
    rendered = cache.lookup("rendered", rendered_key) if rendered_key else None
    if rendered is not None:
        formatted = {path: Job(text) for path, text in json.loads(rendered).items()}
    else:
        from .emit.render import render_package

        # Written in black's layout already; black only for what the layout left undecided.
        files, needs_black = render_package(api, config, title)
        formatted = {
            path: submit_format(jobs, path, text) if path in needs_black else Job(text)
            for path, text in sorted(files.items(), key=lambda f: -len(f[1]))
        }
    if stale and (jobs.helper is not None or jobs.workers > 1):  # idle until they answer
        if jobs.helper is not None:  # black is needed once the helper's first answer is in
            import_black()
        if meanwhile is not None:
            meanwhile(pkg)
    # The smaller module first: its pieces are formatted while the larger one is generated.
    for module in sorted(modules.values(), key=lambda m: len(m.inputs)):
        module.format()
    output = {path: formatted[path].result() for path in sorted(formatted)}
    if rendered is None and rendered_key:
        cache.store("rendered", rendered_key, json.dumps(output))
    output.update({path: module.result() for path, module in modules.items()})
    output.update(extension_files(api, config))  # hand-written: checked, copied as they are
    output = dict(sorted(output.items()))
    return Result(files=output, api=api, package=pkg, config=config, spec_files=dict(sources.files))


def _rendered_key(api: Api, config: Config, title: str) -> str | None:
    """Everything the rendered files depend on: the plain-data IR and config (their dataclass
    reprs), the title, every template and runtime file, the generator's own code (its filters
    and naming), and black."""
    extensions = [str(config.extensions_dir)] if config.extensions_dir else []
    code = folders_digest(sources() + extensions)  # extensions: the README quotes theirs
    key = json.dumps(
        [
            FORMAT_KEY,
            repr(api.resources),
            repr(api.model_names),
            repr(api.param_names),
            repr(api.deprecated),
            repr(api.type_aliases),
            repr(config),
            title,
            code,
        ]
    )
    return None if " object at 0x" in key else key  # an object without a data repr: no cache
