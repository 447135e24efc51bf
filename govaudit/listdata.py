"""A document list served as data (the answer a script-built list page reads), read as the list it is.

Platforms that build their lists in the browser fetch the rows from a JSON API: Guangdong's
gkmlpt catalogue (`/gkmlpt/api/all/{catId}?page=N&sid=…` → `{"classify": {"name", "post_count"},
"articles": [{"title", "url", "display_publish_time", …}]}`), and many Vue/React portals with
`{"data": {"list": [...], "total": n}}`-style answers. The crawl follows such a list's item
URLs and its next page; the model reads it as a column page. Both use `as_html`: the JSON's
rows become the HTML list a reader would have seen, so the same extractors judge it.

Some platforms write the whole list as a JSON literal into the list page's own script and render it in
the browser (the 集约化 platform of `/<site>/<column>/pc/list.html`, 四川/江西/安徽: `{…,"articleList":
[{"title", "pubDate", "urls": "{\"pc\": …}"}]}`, with no row in the markup): `script_list` reads it, and
the shared parse step puts its rows in place of the script (htmlpage.expand_script_islands).

Hanweb JCMS's data proxy answers XML: `<datastore><recordset><record><![CDATA[<li>…</li>]]>
</record>…</recordset></datastore>`, the later groups of a script-island list (`answer_html`
reads both).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from govaudit.urls import PAGE_PARAMS

JSON_TYPES = ("application/json", "text/json", "application/javascript")  # what list APIs are served as
_DATASTORE = re.compile(rb"<datastore\b", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([\w-]+)""", re.I)
_TITLE_KEYS = ("title", "doctitle", "doc_title", "name", "biaoti", "subject")
_URL_KEYS = ("url", "post_url", "docurl", "doc_url", "link", "href", "linkurl", "detailurl", "pageurl")
# A record's addresses per device, as an object or as a JSON string of one (`"urls": "{\"pc\": …}"`).
_DEVICE_URL_KEYS = ("urls",)
_PC_KEYS = ("pc", "web", "pcurl", "url")
_DATE_KEYS = ("display_publish_time", "publish_time", "publishtime", "publishdate", "publish_date", "pubdate",
              "pub_date", "docreltime", "created_at", "createtime", "create_time", "date", "time")
_NAME_KEYS = ("name", "columnname", "channelname", "catname", "classname", "title")
_TOTAL_KEYS = ("post_count", "total", "totalcount", "total_count", "count", "recordcount", "totalrecord")
_SIZE_KEYS = ("page_size", "pagesize", "size", "rows", "limit", "per_page")
_CST = timezone(timedelta(hours=8))
_JSONP = re.compile(r"^\s*[\w$.]+\s*\(\s*([\[{].*[\]}])\s*\)\s*;?\s*$", re.S)
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")


@dataclass(frozen=True)
class JsonList:
    """Rows (title, URL as given, date text or "") and what the answer says about its list."""

    rows: tuple[tuple[str, str, str], ...]
    name: str = ""
    total: int | None = None
    page_size: int | None = None


def looks_json(content_type: str | None, body: bytes | None) -> bool:
    """A JSON answer, by media type or (none given) by its first byte."""
    if body is None:
        return False
    ctype = (content_type or "").lower()
    if any(t in ctype for t in JSON_TYPES):
        return True
    return not ctype and body.lstrip()[:1] in (b"{", b"[")


def read(body: bytes) -> JsonList | None:
    """The document list in a JSON answer, or None when it holds none (a config, an error)."""
    text = body.decode("utf-8-sig", "replace")
    # RecursionError: a hostile answer nesting arrays thousands deep; it holds no list either.
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        wrapped = _JSONP.match(text)  # JSONP: callback({...});
        try:
            data = json.loads(wrapped.group(1)) if wrapped else None
        except (ValueError, RecursionError):
            return None
    return _list_of(data)


# A script that may hold a list literal names a title key in JSON's quotes; the literal starts
# after an assignment, a call's parenthesis or a property's colon.
SCRIPT_TITLE_KEY = re.compile(r'"(?:%s)"\s*:' % "|".join(_TITLE_KEYS), re.I)
# …and, to hold a list of dated documents, a date key, an address key and an array of objects: most
# scripts naming a "title" or "name" (a page's settings, a menu) have none of them and are not parsed.
_SCRIPT_DATE_KEY = re.compile(r'"(?:%s)"\s*:' % "|".join(_DATE_KEYS), re.I)
_SCRIPT_URL_KEY = re.compile(r'"(?:%s)"\s*:' % "|".join(_URL_KEYS + _DEVICE_URL_KEYS), re.I)
_ARRAY_OF_OBJECTS = re.compile(r"\[\s*\{")
_DECODER = json.JSONDecoder()
_LITERAL_START = re.compile(r"[=(:]\s*([\[{])")
_LITERAL_TRIES = 64  # literals tried a script: each try may scan to the script's end
_EMPTY_ARRAY = re.compile(r'"\w+"\s*:\s*\[\s*\]')


def may_hold_script_list(text: str) -> bool:
    """A cheap test that a page's text may hold a script's JSON document list (an array of objects
    first: ~0.02 ms on a 50 KB page, where the case-blind key search costs eight times that)."""
    return _ARRAY_OF_OBJECTS.search(text) is not None and SCRIPT_TITLE_KEY.search(text) is not None


def script_list(script: str) -> JsonList | None:
    """The dated document list a script's JSON literal holds, or None. Only a literal whose rows
    mostly carry dates counts: a menu or a slide show written as JSON is no document list."""
    if not (SCRIPT_TITLE_KEY.search(script) and _SCRIPT_DATE_KEY.search(script) and _SCRIPT_URL_KEY.search(script)
            and _ARRAY_OF_OBJECTS.search(script)):
        return None
    best: JsonList | None = None
    for value in _literals(script):
        found = _list_of(value)
        if found and found.rows and 2 * sum(1 for r in found.rows if r[2]) > len(found.rows) \
                and (best is None or len(found.rows) > len(best.rows)):
            best = found
    return best


def empty_script_list(script: str) -> bool:
    """True when a script's JSON literal is a document list stating that it holds none: an empty
    array beside a count of 0 (`{"channelName": "重大建设项目", "total": 0, "articleList": []}`),
    the server's own word, as an empty Hanweb island is."""
    if not _EMPTY_ARRAY.search(script):
        return False
    return any((found := _list_of(value)) is not None and not found.rows and found.total == 0
               for value in _literals(script))


def _literals(script: str) -> Iterator[Any]:
    """The JSON values written as literals in a script (after `=`, `(` or `:`), outermost first."""
    pos = 0
    for _ in range(_LITERAL_TRIES):
        if (m := _LITERAL_START.search(script, pos)) is None:
            return
        try:  # the decoder stops where the value closes, or fails at its first non-JSON character
            value, end = _DECODER.raw_decode(script, m.start(1))
        except (ValueError, RecursionError):
            value = None  # not JSON (a JS object literal): a literal inside it may be
        if value is None:
            pos = m.end()
            continue
        pos = end
        yield value


def _list_of(data: Any) -> JsonList | None:
    """The document list a parsed JSON value holds (its longest array of records), or None."""
    best: tuple[list[dict], dict | None] | None = None
    for items, holder in _arrays(data, None, 0):
        if best is None or len(items) > len(best[0]):
            best = (items, holder)
    if best is None:
        return None
    items, holder = best
    rows = tuple(r for r in (_row(it) for it in items) if r)
    if items and not rows:
        return None  # an array of something else (a menu, options)
    if not items and not _is_list_answer(holder):
        return None
    name, total, size = _list_facts(holder or {})
    return JsonList(rows, name, total, size)


def _arrays(node: Any, holder: dict | None, depth: int):
    """Every array of objects (and empty array) in `node`, with the object holding it."""
    if depth > 5:
        return
    if isinstance(node, dict):
        for value in node.values():
            if isinstance(value, list) and all(isinstance(v, dict) for v in value):
                yield value, node
            yield from _arrays(value, node, depth + 1)
    elif isinstance(node, list):
        if depth == 0 and node and all(isinstance(v, dict) for v in node):
            yield node, None  # the answer is the array of rows itself
        for value in node[:3]:
            yield from _arrays(value, holder, depth + 1)


def _is_list_answer(holder: dict | None) -> bool:
    """An empty array counts when its holder states a count (the list exists and has nothing)."""
    return bool(holder) and _list_facts(holder)[1] is not None


def _get(obj: dict, keys: tuple[str, ...]) -> Any:
    lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    return next((lowered[k] for k in keys if lowered.get(k) not in (None, "")), None)


def _device_url(value: Any) -> Any:
    """The desktop address of a per-device address object (or JSON string of one)."""
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return _get(value, _PC_KEYS) if isinstance(value, dict) else None


def _row(item: dict) -> tuple[str, str, str] | None:
    title, url = _get(item, _TITLE_KEYS), _get(item, _URL_KEYS)
    if url is None:
        url = _device_url(_get(item, _DEVICE_URL_KEYS))
    if not isinstance(title, str) or not isinstance(url, str) or not title.strip() or "/" not in url:
        return None
    return title.strip(), url.strip(), _date_text(_get(item, _DATE_KEYS))


def _date_text(value: Any) -> str:
    """YYYY-MM-DD of a Unix time (seconds or milliseconds, Asia/Shanghai) or of a date string."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, _CST).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return ""
    if isinstance(value, str) and (m := _DATE_TEXT.search(value)):
        return m.group(0)
    return ""


def _list_facts(holder: dict) -> tuple[str, int | None, int | None]:
    """The list's name, total and page size, from the holder or an object beside the rows
    (gkmlpt's `classify`)."""
    name, total, size = "", None, None
    for obj in (holder, *(v for v in holder.values() if isinstance(v, dict))):
        n, t, s = _get(obj, _NAME_KEYS), _get(obj, _TOTAL_KEYS), _get(obj, _SIZE_KEYS)
        name = name or (n.strip() if isinstance(n, str) else "")
        total = total if total is not None else (t if isinstance(t, int) and not isinstance(t, bool) else None)
        size = size if size is not None else (s if isinstance(s, int) and not isinstance(s, bool) and s > 0 else None)
    return name, total, size


def next_page(url: str, jl: JsonList) -> str | None:
    """The URL of the list's next page when the answer states more rows than pages so far
    (the page number is a query parameter of the API URL), else None."""
    if jl.total is None or not jl.rows:
        return None
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    at = next((i for i, (k, v) in enumerate(query) if k.lower() in PAGE_PARAMS and v.isdigit()), None)
    if at is None:
        return None
    page = int(query[at][1])
    size = jl.page_size or len(jl.rows)
    if max(page, 1) * size >= jl.total:
        return None
    query[at] = (query[at][0], str(max(page, 1) + 1))
    return urlunsplit(parts._replace(query=urlencode(query, safe="/")))


def page_total(jl: JsonList) -> int | None:
    """The pages of a list whose answer states more rows than it holds (by its page size, else by the rows
    it holds a page), or None when it holds them all or states no count."""
    if jl.total is None or not jl.rows or jl.total <= len(jl.rows):
        return None
    size = jl.page_size or len(jl.rows)
    return -(-jl.total // size)


def rows_html(jl: JsonList) -> str:
    """The list's rows as the `<li>` rows a reader sees: the title linked, the date beside it."""
    return "".join(f'<li><a href="{escape(u, quote=True)}">{escape(t)}</a><span>{d}</span></li>' for t, u, d in jl.rows)


def as_html(url: str, jl: JsonList) -> str:
    """The list as the HTML page a reader would have seen: named by the answer, its rows with
    their dates, and a next-page link when the answer states more."""
    name = escape(jl.name)
    rows = rows_html(jl)
    nxt = next_page(url, jl)
    pager = f'<div class="pager">共{jl.total}条 <a href="{escape(nxt, quote=True)}">下一页</a></div>' if nxt else ""
    meta = f'<meta name="ColumnName" content="{name}">' if name else ""
    return (f"<html><head><meta charset=\"utf-8\">{meta}<title>{name}</title></head><body><h1>{name}</h1>"
            f'<div class="list"><ul class="list">{rows}</ul></div>{pager}</body></html>')


def answer_html(url: str, content_type: str | None, body: bytes | None) -> str | None:
    """The list page a data answer holds (JSON list or Hanweb XML datastore), as HTML; else None."""
    if body is None:
        return None
    ctype = (content_type or "").lower()
    if "html" in ctype:
        return None
    if "xml" in ctype or (not ctype and body.lstrip()[:5] == b"<?xml"):
        return _datastore_html(body)
    if looks_json(content_type, body):
        jl = read(body)
        return None if jl is None else as_html(url, jl)
    return None


def _datastore_html(body: bytes) -> str | None:
    """A Hanweb data-proxy answer as a page holding its script island (the shared parse step
    expands the records)."""
    if not _DATASTORE.search(body[:4000]):
        return None
    m = _XML_ENCODING.search(body[:200])
    encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
    encoding = "gb18030" if encoding in ("gbk", "gb2312", "gb18030") else encoding
    try:
        text = body.decode(encoding, "replace")
    except LookupError:
        text = body.decode("utf-8", "replace")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return ('<html><head><meta charset="utf-8"></head><body><div class="list">'
            f'<script type="text/xml">{text}</script></div></body></html>')
