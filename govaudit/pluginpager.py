"""Pagers a script plugin draws from its settings (no pager link in the page): layui's laypage,
jqPaginator, jquery.pager and 龙讯 Lonsun's Ls.pagination. Read from the inline script text, never run.

Real settings, as the server renders them into the page (public templates quote them):
  - layui 2: `laypage.render({ elem: 'pages', count: 58, limit: 10, curr: 1, jump: function (obj,
    first) { if (!first) { location.href = "?page=" + obj.curr + "&pid=3"; } } })` (a ThinkPHP
    admin template; `limit` defaults to 10);
  - layui 1: `laypage({ cont: 'pagination', pages: 100, curr: current, jump: function (obj, first)
    { if (!first) { window.location.href = "?page=" + obj.curr; } } })`;
  - jqPaginator: `$.jqPaginator('#pagination', { totalPages: 12, visiblePages: 10, currentPage: 1,
    page: '<li class="page"><a href="/list?page={{page}}">{{page}}</a></li>', onPageChange: … })`,
    or `totalCounts: 58, pageSize: 20`; often every template is `javascript:;` and onPageChange loads
    the page's data by Ajax;
  - jquery.pager: `$("#pager").pager({ pagenumber: 1, pagecount: 9, buttonClickCallback: PageClick });`
    with `PageClick = function(pageclickednumber) { location.href="/eventsources/list?pageIndex="+
    pageclickednumber; }` (a JSP list), or the callback inline (`function(index){ if(index == 1){ … }
    else{ window.location.href="${path}/" + index +".html"; } }`).
The page total counts only when the settings state it in digits (a server-rendered value); the
later pages have an address only when the settings build one from a quoted prefix and suffix and
the page number alone (`"?page=" + obj.curr`, `'list_' + num + '.html'`, a `{{page}}` template). A
pager that states its total but no address leaves its later pages unobserved, never guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_CALL = re.compile(r"\b(laypage)(?:\.render)?\s*\(\s*\{|\.(jqPaginator)\s*\(\s*['\"][^'\"]*['\"]\s*,\s*\{|\.(pager)\s*\(\s*\{"
                   r"|\bLs\.(pagination)\s*\(\s*['\"][^'\"]*['\"]\s*,\s*function\s*\(\s*(\w+)[^)]*\)\s*\{")
_WORDS = ("laypage", "jqPaginator", ".pager(", "Ls.pagination")  # literal pre-check for _CALL
_SETTINGS_AFTER = re.compile(r"\s*,\s*\{")  # Ls.pagination's settings follow its callback
# Per plugin: the setting stating the page total; the record count and page size settings (and the
# size's default) that state it otherwise.
_TOTALS = {"laypage": ("pages", "count", "limit", 10), "jqPaginator": ("totalPages", "totalCounts", "pageSize", None),
           "pager": ("pagecount", None, None, None), "pagination": ("pageCount", None, None, None)}


def _number(settings: str, name: str) -> int | None:
    m = re.search(rf"\b{name}\s*:\s*['\"]?(\d+)['\"]?\s*(?:[,}}\n]|$)", settings)  # settings end before their brace
    return int(m.group(1)) if m else None


# The function a pager calls with the page number (inline, or a name), and the address it builds:
# a quoted prefix, the page number (`obj.curr`, `num`), quoted suffixes, and then the end of the
# expression (not another `+ obj.limit`).
_HANDLER = re.compile(r"\b(?:jump|onPageChange|buttonClickCallback)\s*:\s*(?:function\s*\(\s*(\w+)[^)]*\)\s*\{|([A-Za-z_$][\w$]*)\s*(?:[,}\n]|$))")
_SUFFIX = re.compile(r"""\s*\+\s*(['"])([^'"]*)\1""")
_END = re.compile(r"\s*[;}\n]")
# jqPaginator's page-link template (`page: '<li><a href="?page={{page}}">{{page}}</a></li>'`) and its href
_TEMPLATE = re.compile(r"""\bpage\s*:\s*(?:'([^']*)'|"([^"]*)")""")
_TEMPLATE_HREF = re.compile(r"""href\s*=\s*\\?["']([^"'\\]*\{\{page\}\}[^"'\\]*)""")


@dataclass(frozen=True)
class PluginPager:
    """A plugin pager's stated page total and, when its settings build one, its page-n address
    (`{n}` standing for the number; relative to the page)."""

    name: str  # laypage | jqPaginator | pager (jquery.pager)
    pages: int
    address: str | None


def _block(text: str, start: int) -> str:
    """The text of the brace block opening just before `start`, up to its closing brace."""
    depth = 1
    for i in range(start, min(len(text), start + 4000)):
        depth += (text[i] == "{") - (text[i] == "}")
        if depth == 0:
            return text[start:i]
    return text[start : start + 4000]


def _handler(settings: str, scripts: str) -> tuple[str, str] | None:
    """(parameter, body) of the function the settings call with the page number: written inline,
    or named and defined in the scripts (`PageClick = function(n) {…}`, `function PageClick(n) {…}`)."""
    m = _HANDLER.search(settings)
    if m is None:
        return None
    if m.group(1):
        return m.group(1), _block(settings, m.end())
    name = re.escape(m.group(2))
    defined = re.search(rf"(?:\bfunction\s+{name}|\b{name}\s*=\s*function)\s*\(\s*(\w+)[^)]*\)\s*\{{", scripts)
    return (defined.group(1), _block(scripts, defined.end())) if defined else None


def _address(settings: str, scripts: str, plugin: str, handler: tuple[str, str] | None = None) -> str | None:
    """The page-n address the settings (or the callback `handler` given apart: parameter, body) build,
    `{n}` standing for the number; None when they build none."""
    template = _TEMPLATE.search(settings)
    if template and (href := _TEMPLATE_HREF.search(template.group(1) or template.group(2) or "")):
        return href.group(1).replace("{{page}}", "{n}")
    handler = handler or _handler(settings, scripts)
    if handler is None:
        return None
    param, body = handler
    number = rf"{param}\.curr" if plugin == "laypage" else param
    # the last assignment builds page n (an `if (n == 1)` branch before it names page 1 alone)
    built = list(re.finditer(rf"""(?:location(?:\.href)?|href)\s*=\s*(['"])([^'"]*)\1\s*\+\s*\(?\s*{number}\b\s*\)?""", body))
    if not built:
        return None
    m = built[-1]
    suffix, at = "", m.end()
    while (more := _SUFFIX.match(body, at)) is not None:
        suffix, at = suffix + more.group(2), more.end()
    return f"{m.group(2)}{{n}}{suffix}" if _END.match(body, at) else None


def plugin_pagers(scripts: str) -> list[PluginPager]:
    """The plugin pagers whose settings in `scripts` (a page's inline script text) state a page
    total of two or more."""
    if not any(word in scripts for word in _WORDS):
        return []
    found = []
    for call in _CALL.finditer(scripts):
        plugin = next(name for name in call.groups()[:4] if name)
        handler = None
        if plugin == "pagination":  # Ls.pagination(selector, function (n) {…}, {settings})
            body = _block(scripts, call.end())
            after = _SETTINGS_AFTER.match(scripts, call.end() + len(body) + 1)
            if after is None:
                continue
            handler, settings = (call.group(5), body), _block(scripts, after.end())
        else:
            settings = _block(scripts, call.end())
        total, count_name, size_name, size_default = _TOTALS[plugin]
        pages = _number(settings, total)
        if pages is None and count_name:
            count = _number(settings, count_name)
            size = _number(settings, size_name) or size_default
            pages = math.ceil(count / size) if count is not None and size else None
        if pages is not None and pages >= 2:
            found.append(PluginPager(plugin, pages, _address(settings, scripts, plugin, handler)))
    return found
