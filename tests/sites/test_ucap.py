"""The "ucap" sample site (a 四川 county portal on 中软 UCAP 网站群: `/13960/<channel>/<column>/list_ft.shtml`
lists, `list_ft_N.shtml` later pages, `<column>/yyyy/m/d/<32 hex>.shtml` articles in `<UCAPTITLE>`/`<UCAPCONTENT>`,
相关附件/相关链接 tables, an older 信息公开 template under `/13960/c1039…/`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the
key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import ucap
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r"<tr><td class=\"bt\">(.*?)</tr>", re.S)
_SHOWN = re.compile(r'<li style="width:180px;">\n(\d{4})年(\d{2})月(\d{2})日 \d{2}时\d{2}分\n</li>')
_TITLE = re.compile(r"<UCAPTITLE>\n([^<]*)\n</UCAPTITLE>")
XXGK = "/13960/c1039"
GFX, ZCJD, NDBG = f"{XXGK}11/list_ft.shtml", f"{XXGK}12/list_ft.shtml", f"{XXGK}14/list_ft.shtml"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return ucap.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date shown) of every row of a list page."""
    return [(site_path(url, _HREF.search(row).group(1)), re.search(r'<td class="rq">([^<]*)</td>', row).group(1))
            for row in _ROW.findall(html)]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="pagination_index">')
    return [] if start < 0 else [site_path(url, h) for h in _HREF.findall(html[start:html.find("</div>", start)])]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _shown(site: SampleSite, url: str) -> date:
    y, m, d = _SHOWN.search(_html(site, url)).groups()
    return date(int(y), int(m), int(d))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="label" width="12%">{label}：</td><td width="38%">([^<]*)</td>', html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _related(url: str, html: str) -> list[str]:
    """The pages linked in the 相关链接 table."""
    box = html[html.find('id="tblArticleLink"'):html.find("</table>", html.find('id="tblArticleLink"'))]
    return [site_path(url, h) for h in _HREF.findall(box)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[max(html.find('<div class="newfootbox">'), html.find('<div class="xxgkfoot">')):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "暂无信息" in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _related(interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索 引 号", html) and _field("文　　号", html) and not _field(arg.replace("有效性", "有 效 性"), html)
    elif kind == "no-table":
        assert 'class="box"' not in html and "索 引 号" not in html and "有 效 性" not in html
        assert re.search(r'<span style="font-weight: bold;">[^<]*〔20\d{2}〕\d+号</span>', html)  # the number only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
    elif kind == "xxgk-no-column-tags":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all('<meta name="SiteIDCode"' in _html(site, u) and '<meta name="ColumnName"' not in _html(site, u)
                                       and '<meta name="ArticleTitle"' not in _html(site, u) for u in pages)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = ucap.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_ucap_serves(site: SampleSite, base: str) -> None:
    status, _, _ = fetch(base, "/")
    assert status in (200, 302)  # urllib follows the redirect to /13960/index.shtml
    assert site.resources["/"].location == "/13960/index.shtml"
    status, content_type, body = fetch(base, "/13960/13962/13970/list_ft.shtml")
    page = body.decode("utf-8")
    assert status == 200 and "utf-8" in content_type and '<table id="dash-table"' in page
    assert '<span>共3页</span>' in page and '<a href="list_ft_2.shtml">下一页</a>' in page  # relative later pages
    assert fetch(base, "/13960/13962/13970/list_ft_9.shtml")[0] == 404


def test_articles_carry_ucap_tags_an_elder_copy_and_related_tables(site: SampleSite) -> None:
    url, _ = _all_rows(site, "/13960/13962/13970/list_ft.shtml")[0]
    html = _html(site, url)
    assert re.fullmatch(r"/13960/13962/13970/\d{4}/\d{1,2}/\d{1,2}/[0-9a-f]{32}\.shtml", url)
    assert "<UCAPCONTENT>" in html and '<body onload="HideTable()">' in html and 'id="tblAppendix"' in html
    assert 'class="zzzqcontent" style="display: none;"' in html  # the 长者专区 copy
    assert "document.write(strDate)" in html
    gfx, _ = _all_rows(site, GFX)[0]
    linked = _html(site, gfx)
    assert '<tr class="xgli">' in linked and '<span class="xgid">' in linked and 'bgcolor="#F7F7F7"' in linked


def test_later_pages_are_list_ft_n(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/13960/[\w/]+/list_ft_\d+\.shtml", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/13960/13962/13970/list_ft.shtml")) == 50


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 17 and len(site.traps) >= 15
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(trap.url, "").status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in ["/13960/index.shtml", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html or res.status != 200:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith("javascript:"):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status not in (200, 302):
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发布机构", "文　　号", "成文日期", "发布日期", "有 效 性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/13960/13962/13970/list_ft.shtml": 14, "/13960/13962/13971/list_ft.shtml": 183,
              "/13960/13962/13972/list_ft.shtml": 365, "/13960/13962/13974/list_ft.shtml": 183,
              "/13960/13962/13973/list_ft.shtml": 365, GFX: 183, ZCJD: 183, f"{XXGK}13/list_ft.shtml": 365, NDBG: 365,
              f"{XXGK}15/list_ft.shtml": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= ucap.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = "/13960/13962/13970/list_ft.shtml"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:14", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", NDBG)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
