"""The "gkmlpt" sample site (a Guangdong county whose catalogue is the gkmlpt script app over a
JSON API) is what its answer key says: deterministic, served as declared, every planted defect
present in the served bytes, nothing outside the key defective. A catalogue category is read
here as the app reads it: `window._CONFIG.TREE` for its id, the API pages for its rows. (The
tool's findings are not asserted here.)"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import gkmlpt
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page

_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_DOC = re.compile(r"^/gkmlpt/content/\d+/\d+/post_\d+\.html$|^/zwgk/\w+/content/post_\d+\.html$")
_CST = timezone(timedelta(hours=8))
_PORTAL_ROW = re.compile(r'<li><a href="([^"]+)"[^>]*>[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})</span></li>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return gkmlpt.build()


def _html(site: SampleSite, url: str) -> str:
    return site.resources[url].body.decode("utf-8")


def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "utf-8")


def _tree(base: str) -> list[dict]:
    html = _page(base, "/gkmlpt/index")
    m = re.search(r"TREE: (\[.*?\]), SERVICE_AREA_ID", html)
    return json.loads(m.group(1))


def _api_pages(base: str, cat: int) -> list[dict]:
    """Every API page of a category, as the app pages through it."""
    sid = re.search(r"SID: '(\d+)'", _page(base, "/gkmlpt/index")).group(1)
    pages, n = [], 1
    while True:
        status, ctype, body = fetch(base, f"/gkmlpt/api/all/{cat}?page={n}&sid={sid}")
        assert status == 200 and ctype.startswith("application/json")
        pages.append(json.loads(body))
        if n * pages[-1]["page_size"] >= pages[-1]["classify"]["post_count"]:
            return pages
        n += 1


def _rows(site: SampleSite, base: str, url: str) -> tuple[str, list[tuple[str, date]]]:
    """(column name, [(document URL, shown date)]) of a column: a catalogue hash route or a portal list."""
    if "#" in url:
        cat = int(url.split("#")[1])
        node = next(n for top in _tree(base) for n in [top, *top.get("children", [])] if n["id"] == cat)
        rows = [(a["url"], datetime.fromtimestamp(a["display_publish_time"], _CST).date())
                for p in _api_pages(base, cat) for a in p["articles"]]
        return node["name"], rows
    html = _page(base, url)
    name = re.search(r'name="ColumnName" content="([^"]+)"', html).group(1)
    return name, [(u, date.fromisoformat(d)) for u, d in _PORTAL_ROW.findall(html)]


def _columns(site: SampleSite, base: str) -> list[str]:
    """Every list column: catalogue categories (hash routes) and portal lists (page 1)."""
    later = {t.url for t in site.traps if t.note == LATER_PAGE}
    cats = [f"/gkmlpt/index#{n['id']}" for top in _tree(base) for n in top.get("children", [])]
    portal = [u for u in site.html_urls if u.endswith("/index.html") and u not in later
              and "list-title" in _html(site, u)]
    return cats + portal


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="first">{label}：</td><td class="td-value"(?: colspan="3")?><span>([^<]*)</span>', html)
    return m.group(1) or None if m else None


_FIELDS = ("索引号", "发布机构", "成文日期", "文号", "发布日期", "有效性")


def _category_of(html: str) -> str:
    m = re.search(r'<a href="/gkmlpt/index#\d+">([^<]+)</a></div>', html)
    return m.group(1) if m else ""


def _related(html: str) -> list[str]:
    start = html.find('<div class="related">')
    box = html[start:html.find("</div>", start)] if start >= 0 else ""
    return [unescape(h) for h in _REF.findall(box)]


def _shown(html: str) -> date:
    return date.fromisoformat(re.search(r'name="PubDate" content="(\d{4}-\d{2}-\d{2})', html).group(1))


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        title = re.search(r'name="ArticleTitle" content="([^"]*)"', _html(site, url))
        if title and "政府信息公开工作年度报告" in title.group(1):
            out.append((url, int(re.search(r"(20\d{2})年", title.group(1)).group(1)), _shown(_html(site, url))))
    return out


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and "页面不存在" in body.decode("utf-8")
        assert entry.url not in site.resources
    elif kind == "no-rows":
        name, rows = _rows(site, base, entry.url)
        assert name and not rows
        if "#" not in entry.url:
            assert name in _page(base, entry.url) and "情况说明" not in _page(base, entry.url)
    elif kind == "newest":
        _, rows = _rows(site, base, entry.url)
        assert rows and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        html = _page(base, entry.url)
        assert not _related(html)
        short = re.search(r"《([^》]+)》", re.search(r'name="ArticleTitle" content="([^"]*)"', html).group(1)).group(1)
        _, interps = _rows(site, base, "/gkmlpt/index#2585")
        assert interps and not [u for u, _ in interps if short in _page(base, u)]
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        _, rows = _rows(site, base, entry.url)
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _, _ in _reports(site)} == {u for u, _ in rows}
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _page(base, entry.url) and arg in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = gkmlpt.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_the_catalogue_is_an_app_over_a_json_api(base: str) -> None:
    html = _page(base, "/gkmlpt/index")
    assert '<div id="app"><noscript>' in html and "post_" not in html  # no document link without the app
    assert fetch(base, "/gkmlpt/gkml/pc/js/app.8d41e7.js")[1] == "application/javascript"
    (first,) = _api_pages(base, 2592)
    assert first["classify"]["name"] == "工作动态" and "\\u" in fetch(base, "/gkmlpt/api/all/2592?page=1&sid=441823")[2].decode()
    assert fetch(base, "/gkmlpt/api/all/9999?page=1&sid=441823")[0] == 404


def test_unknown_content_urls_get_the_platform_message_and_files_a_real_404(base: str) -> None:
    status, _, body = fetch(base, "/gkmlpt/content/0/1/post_1.html")
    assert status == 200 and "页面不存在" in body.decode("utf-8")
    assert fetch(base, "/attachment/0/1/1/1.pdf")[0] == 404 and fetch(base, "/zwgk/none/index.html")[0] == 404


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and {e.family for e in site.key} == {
        "empty-columns", "stale-columns", "interpretations", "normative-metadata", "broken-links",
        "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    keyed = {e.url for e in site.key}
    _, normative = _rows(site, base, "/gkmlpt/index#2583")
    ok_doc = next(u for u, _ in normative if u not in keyed)
    cases = [Expected("x", ok_doc, "", probe="no-interp"), Expected("x", ok_doc, "", probe="meta-missing:有效性"),
             Expected("x", "/", "", probe="status:404"), Expected("x", "/gkmlpt/index#2583", "", probe="no-rows"),
             Expected("x", "/zwgk/xwdt/index.html", "", probe="no-rows"),
             Expected("x", "/gkmlpt/index#2587", "", probe="newest:2026-10-24"),
             Expected("x", "/gkmlpt/index#2590", "", probe="no-report:2022"), Expected("x", ok_doc, "", probe="soft404"),
             Expected("x", "/", "", probe="footer-lacks:网站标识码")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_later_pages_belong_to_their_list(site: SampleSite, base: str) -> None:
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert any("/api/all/" in u for u in later) and any(re.search(r"/index_2\.html$", u) for u in later)
    for url in later:
        if "/api/all/" in url:
            cat = int(re.search(r"/api/all/(\d+)", url).group(1))
            one, two = _api_pages(base, cat)[:2]
            assert one["classify"] == two["classify"] and two["articles"]
            assert {a["id"] for a in one["articles"]}.isdisjoint(a["id"] for a in two["articles"])
        else:
            one, two = _page(base, url.replace("index_2", "index")), _page(base, url)
            assert _PORTAL_ROW.findall(two) and set(_PORTAL_ROW.findall(one)).isdisjoint(_PORTAL_ROW.findall(two))


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        text = res.body.decode("utf-8") if res.is_html else ""
        refs = _REF.findall(text) if res.is_html else []
        if res.content_type.startswith("application/json"):
            refs = [a["url"] for a in json.loads(res.body)["articles"]]
        for ref in refs:
            target = urljoin("http://site" + url, unescape(ref))
            if not target.startswith("http://site/") or "#" in ref or ref.startswith("javascript"):
                continue
            parts = urlsplit(target)
            got = site.lookup(parts.path, parts.query)
            if got.status != 200 or "页面不存在".encode() in got.body:
                broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite, base: str) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    _, rows = _rows(site, base, "/gkmlpt/index#2583")
    normative = {u for u, _ in rows}
    assert len(normative) == 13 and planted < normative
    for url in normative:
        missing = [f for f in _FIELDS if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def _max_age(column: str) -> timedelta | None:
    if re.search(r"年报|指南|解读|制度", column):
        return None
    if re.search(r"新闻|动态|要闻", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


def test_no_unplanted_stale_columns(site: SampleSite, base: str) -> None:
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    for url in _columns(site, base):
        name, rows = _rows(site, base, url)
        age = _max_age(name)
        if age is None or not rows:
            continue
        checked += 1
        if site.as_of - max(d for _, d in rows) > age:
            stale.add(url)
    assert stale == planted and checked >= 7


def test_no_unplanted_interpretation_defects(site: SampleSite, base: str) -> None:
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = {u for col in ("/gkmlpt/index#2583", "/gkmlpt/index#2584") for u, _ in _rows(site, base, col)[1]}
    assert len(docs) == 16 and planted < docs
    for url in docs - planted:
        (interp,) = _related(_html(site, url))
        assert timedelta(0) <= _shown(_html(site, interp)) - _shown(_html(site, url)) <= timedelta(days=3), url
        assert url in _html(site, interp) and _category_of(_html(site, interp)) == "政策解读", url


def test_no_unplanted_empty_columns(site: SampleSite, base: str) -> None:
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    columns = _columns(site, base)
    assert len(columns) >= 12
    assert {u for u in columns if not _rows(site, base, u)[1]} == planted


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    """A report for each year 2021–2025 by 03-31 (a county government), except the key's entries."""
    reports = _reports(site)
    keyed = {e.match[1] for e in site.key if e.family == "annual-reports"}
    years = {y for _, y, _ in reports}
    found = {str(y) for y in range(2021, 2026) if y not in years}
    found |= {str(y) for _, y, when in reports if when > date(y + 1, 3, 31)}
    assert found == keyed
    on_deadline = [u for u, y, when in reports if when == date(y + 1, 3, 31)]
    assert len(on_deadline) == 1 and set(on_deadline) <= {t.url for t in site.traps}


def test_footers_differ_per_template(site: SampleSite) -> None:
    catalogue = [u for u in site.html_urls if u.startswith("/gkmlpt/")]
    portal = [u for u in site.html_urls if not u.startswith("/gkmlpt/")]
    assert catalogue and all("网站标识码" not in _html(site, u) for u in catalogue)
    assert portal and all("网站标识码" in _html(site, u) and "公网安备" in _html(site, u) for u in portal)
