"""Jinja2 environments for the report templates in reports/templates/."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from govaudit.report.escape import md_code, md_escape, md_link, reveal_invisible, safe_href, scope_hosts
from govaudit.report.view import ReportView
from govaudit.resources import bundled

if TYPE_CHECKING:
    import jinja2

TEMPLATES = {"html": "report.html.j2", "md": "report.md.j2"}


@cache
def _environment(fmt: str) -> jinja2.Environment:
    import jinja2  # here: `check` and `build` import the report registry but seldom render a template

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(bundled("templates")),
        bytecode_cache=_compiled_cache(),
        autoescape=fmt == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_href"] = safe_href
    env.filters["timestamp"] = _timestamp
    if fmt == "md":
        env.filters["md"] = md_escape
        env.filters["md_link"] = jinja2.pass_context(_md_link)
        env.filters["md_code"] = md_code
    return env


def _compiled_cache() -> jinja2.BytecodeCache | None:
    """The templates' compiled code kept between runs, in Jinja's own per-user cache folder
    (FileSystemBytecodeCache: written atomically, used only while the template's source and
    Python's version match): compiling the two report templates was ~0.1 s of every `check`
    that renders its reports again. None where no such folder can be made; a cache that cannot
    be written costs the next run a compile, nothing else."""
    import jinja2

    class Cache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    try:
        return Cache(pattern="govaudit-%s.cache")
    except (OSError, RuntimeError):  # RuntimeError: Jinja found no safe folder
        return None


def render(view: ReportView, fmt: str, **context: Any) -> str:
    """Render `view` in format `fmt` ("html" or "md"); `context` holds the template's options."""
    text = _environment(fmt).get_template(TEMPLATES[fmt]).render(report=view, link_hosts=scope_hosts(view.site), **context)
    return reveal_invisible(text)  # the templates have none: every one came from crawled text


def _md_link(context: jinja2.runtime.Context, url: object, text: object | None = None) -> str:
    """md_link limited to the audited site's hosts: other URLs are shown as code."""
    return md_link(url, text, context["link_hosts"])


def _timestamp(value: str) -> str:
    """ISO 8601 capture time shown with a space instead of "T"."""
    return value.replace("T", " ", 1)
