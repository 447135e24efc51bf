"""The "pga" sample site (a county portal on PageAdmin, UTF-8, static `N.html` list pages beside
`index.aspx?lanmuid=L&sublanmuid=S` dynamic aliases, 信息公开 articles at `/article/detail_N.html`) is what
its answer key says: deterministic, served as declared, every planted defect present in the served bytes,
nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import pga
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"发布日期：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r'<li class="title"><h1>([^<]*)')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return pga.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _is_article(site: SampleSite, url: str) -> bool:
    path, _, query = url.partition("?")
    res = site.lookup(path, query)
    return res.status == 200 and res.is_html and 'id="articleinfor"' in res.body.decode("utf-8")


def _list_area(html: str) -> str:
    start = html.find('<div class="sublanmu_content sublanmu_content_article">')
    return html[start:html.find('<div id="sublanmu_page"', start)] if start >= 0 else ""


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
    start = html.find('<div id="sublanmu_page"')
    if start < 0:
        return []
    box = html[start:html.find("</div>", start)]
    return [site_path(url, h) for h in _HREF.findall(box) if not h.startswith("javascript:")]


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
    return url.startswith("/article/") and url in {u for u, _ in _all_rows(site, "/xxgk/zcjd/")}


def _related(url: str, html: str) -> list[str]:
    box = re.search(r"<div class='related'>(.*?)</div>", html, re.S)
    return [site_path(url, h) for h in _HREF.findall(box.group(1))] if box else []


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url in site.html_urls:
        if not url.startswith("/article/"):
            continue
        title = _title(_html(site, url))
        if re.search(r"政府信息公开工作(?:年度)?报告$", title):
            out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _date(_SHOWN, _html(site, url))))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="bottom_box">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and 'class="sublanmu_content sublanmu_content_article"' in html
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
    again = pga.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_pageadmin_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/xwzx/tlyw/")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/xwzx/tlyw/1.html")[2] == body
    assert fetch(base, "/xwzx/tlyw/3.html")[0] == 404  # only two pages were generated
    later = fetch(base, "/index.aspx?lanmuid=61&sublanmuid=611&page=3")
    assert later[0] == 200 and "页次:3/3" in later[2].decode("utf-8")


def test_static_pages_then_dynamic_ones(site: SampleSite) -> None:
    """A static page's pager names `N.html` for the generated pages and index.aspx beyond them; a dynamic
    page's pager names only dynamic pages."""
    static = _pager_links(_html(site, "/xwzx/tlyw/2.html"), "/xwzx/tlyw/2.html")
    assert "/xwzx/tlyw/1.html" in static and "/index.aspx?lanmuid=61&sublanmuid=611&page=3" in static
    dynamic = _pager_links(_html(site, "/index.aspx?lanmuid=61&sublanmuid=611&page=3"), "/")
    assert dynamic and all(u.startswith("/index.aspx?lanmuid=61&sublanmuid=611&page=") for u in dynamic)
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert _rows(site, _html(site, url), url), url


def test_ajax_pager_names_no_address(site: SampleSite) -> None:
    html = _html(site, "/xwzx/xzdt/")
    assert "javascript:rajax_1901(2,1)" in html and not _pager_links(html, "/xwzx/xzdt/")
    assert len(_rows(site, html, "/xwzx/xzdt/")) == 10


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 30
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    linked |= {u for u in re.findall(r"/index\.aspx\?[^|\"]+", _html(site, "/"))}  # the slide and search scripts
    assert set(site.html_urls) - linked == set()


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
    docs = [u for u, _ in _all_rows(site, "/xxgk/gfxwj/")]
    assert len(docs) == 9
    for url in docs:
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, _html(site, url))]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/xwzx/tlyw/": 14, "/xwzx/bmdt/": 14, "/xwzx/xzdt/": 14, "/xwzx/tpxw/": 14, "/xwzx/tzgg/": 183,
              "/xxgk/gfxwj/": 183, "/xxgk/zcjd/": 183, "/xxgk/rsxx/": 365, "/xxgk/ghjh/": 365, "/xxgk/ndbg/": 365,
              "/hdjl/xzxx/": 183}
    for url, days in limits.items():
        if url in planted:
            continue
        rows = _all_rows(site, url)
        assert rows, url
        newest = max(_date(_SHOWN, _html(site, u)) for u, _ in rows)
        assert newest >= pga.AS_OF - timedelta(days=days), (url, newest)


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late
    (split,) = [u for u, y, _ in _reports(site) if y == 2025]
    assert _html(site, split).count(pga.PAGEBREAK) == 2 and "六、其他需要报告的事项" in _html(site, split)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    compliant = [("status:404", "/xwzx/tlyw/"), ("no-rows", "/xwzx/tlyw/"), ("newest:2026-10-20", "/xwzx/tlyw/"),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有效性", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", "/xxgk/ndbg/"),
                 ("footer-lacks:网站标识码", "/xwzx/tlyw/")]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/xwzx/tlyw/\d{6}/\d+\.html$")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
