"""The "cicro" sample site (a district portal on 中网 Cicro WCM, UTF-8, static `<folder>/index.htm` list pages and
`<folder>/<info_id>.htm` articles beside `/info/iList.jsp?cat_id=N[&cur_page=K]` and `contentView.jsp?info_id=N`
dynamic pages, a 政务公开 catalogue listed only at `iList.jsp?node_id=…&tm_id=T`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import cicro
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r'<div class="info_title"><h1>([^<]*)')
GFX = "/info/iList.jsp?node_id=GKcyqzf&tm_id=71"
ZCJD = "/info/iList.jsp?node_id=GKcyqzf&tm_id=72"
NDBG = "/info/iList.jsp?node_id=GKcyqzf&tm_id=78"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return cicro.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _is_article(site: SampleSite, url: str) -> bool:
    path, _, query = url.partition("?")
    res = site.lookup(path, query)
    return res.status == 200 and res.is_html and 'id="info_content"' in res.body.decode("utf-8")


def _list_area(html: str) -> str:
    start = max(html.find('<div class="catnm">'), html.find('<div class="gk_list right">'))
    return html[start:html.find('<div class="page">', start) if '<div class="page">' in html else html.find('<div class="footer">')] \
        if start >= 0 else ""


def _rows(site: SampleSite, html: str, url: str) -> list[tuple[str, date | None]]:
    """(article URL, date shown or None) of every row of a list page."""
    out = []
    for _, row in _ROW.findall(_list_area(html)):
        links = [u for u in (site_path(url, h) for h in _HREF.findall(row)) if _is_article(site, u)]
        if links:
            m = _DATE.search(re.sub(r'(?:href|title|src|alt)="[^"]*"', "", row))
            out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="page">')
    if start < 0:
        return []
    return [site_path(url, h) for h in _HREF.findall(html[start:html.find("</div>", start)])]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, date | None]]:
    """Rows of every page of the list the pager's links reach."""
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(site, html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t">{label}：</td><td class="c">([^<]*)</td>', html)
    return m.group(1) or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _is_interp(site: SampleSite, url: str) -> bool:
    return url in {u for u, _ in _all_rows(site, ZCJD)}


def _related(url: str, html: str) -> list[str]:
    box = re.search(r'<div class="xglj">(.*?)</div>', html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        if not re.match(cicro.GK_ARTICLE, url):
            continue
        title = _title(_html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and ('<div class="catnm">' in html or '<div class="gk_list right">' in html)
        assert "情况说明" not in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and all(d for _, d in rows) and max(d for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in site.html_urls if _is_interp(site, u) and short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in site.html_urls if _is_interp(site, u) and short in _title(_html(site, u))]
        assert not _related(interp, _html(site, interp)) and interp not in html
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_date(_SHOWN, _html(site, interp)) - _date(_SHOWN, html)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
        assert {u for u, _ in _all_rows(site, entry.url)} == {u for u, _, _ in _reports(site)}
    elif kind == "late":
        assert _date(_SHOWN, html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _footer(html) and arg in _footer(fetch_page(base, "/", "utf-8"))
        same = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(same) > 10 and all(arg not in _footer(_html(site, u)) for u in same)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = cicro.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_cicro_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/xwzx/cyyw/index.htm")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/info/iList.jsp?cat_id=10011")[2] == body  # the dynamic address of page 1
    assert fetch(base, "/info/iList.jsp?cat_id=10011&cur_page=1")[2] == body
    assert fetch(base, "/xwzx/cyyw/index_2.htm")[0] == 404  # later pages are only dynamic
    later = fetch(base, "/info/iList.jsp?cat_id=10011&cur_page=3")
    assert later[0] == 200 and "页次：3/3" in later[2].decode("utf-8")


def test_trails_and_home_blocks_name_dynamic_lists(site: SampleSite) -> None:
    """CategoryUtil.getCategoryPosition: channels at iIndex.jsp, leaf columns at iList.jsp; the home module's
    h2 and 更多 links at iList.jsp."""
    article = next(u for u, _ in _all_rows(site, "/xwzx/cyyw/index.htm"))
    trail = re.search(r'<div class="position">(.*?)</div>', _html(site, article)).group(1)
    assert _HREF.findall(trail) == ["/", "/info/iIndex.jsp?cat_id=10010", "/info/iList.jsp?cat_id=10011"]
    home = _html(site, "/")
    assert home.count('href="/info/iList.jsp?cat_id=10011"') == 2 and "/xwzx/cyyw/index.htm" not in home


def test_later_pages_are_dynamic(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert "&cur_page=" in url and _rows(site, _html(site, url), url), url
    assert len(_all_rows(site, "/xwzx/cyyw/index.htm")) == 38


def test_disclosure_lists_are_tables_with_doc_numbers(site: SampleSite) -> None:
    html = _html(site, GFX)
    assert '<th>文号</th>' in html and '<td class="textCenter">澄政规发〔2026〕12号</td>' in html
    assert len(_all_rows(site, GFX)) == 9


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 30
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked - {"/gk/"} == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith("javascript:"):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    docs = [u for u, _ in _all_rows(site, GFX)]
    for url in docs:
        missing = [f for f in ("索引号", "发布机构", "文号", "生成日期", "发布日期", "信息有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/xwzx/cyyw/index.htm": 14, "/xwzx/bmdt/index.htm": 14, "/xwzx/jddt/index.htm": 14, "/xwzx/tpxw/index.htm": 14,
              "/xwzx/tzgg/index.htm": 183, GFX: 183, ZCJD: 183, "/info/iList.jsp?node_id=GKcyqzf&tm_id=73": 365,
              "/info/iList.jsp?node_id=GKcyqzf&tm_id=74": 365, NDBG: 365}
    for url, days in limits.items():
        if url in planted:
            continue
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u, _ in rows)
        assert newest >= cicro.AS_OF - timedelta(days=days), (url, newest)


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/xwzx/cyyw/index.htm"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:信息有效性", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:网站标识码", first)]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/xwzx/cyyw/\d+\.htm$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
