"""The "pboot" sample site (a 街道 office's portal on PbootCMS in 兼容模式: `/?list_12/`, `/?list_12_2/`,
`/?tzgg/N.html` beside `/index.php?…` aliases) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective. (The tool's
findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import pboot
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li class="lh-3 border-bottom-dashed">(.*?)</li>', re.S)
_SHOWN = re.compile(r"时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r'<h2 class="text-center fs-sm-28 fs-20 mt-3">([^<]*)</h2>')
GFX, ZCJD, NDBG = "/?list_21/", "/?list_22/", "/?list_24/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return pboot.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date text shown, "" when none) of every row of a list page."""
    out = []
    for row in _ROW.findall(html):
        shown = re.search(r'<span class="float-end">([^<]*)</span>', row)
        out.append((site_path(url, _HREF.search(row).group(1)), shown.group(1) if shown else ""))
    return out


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="pagination')
    if start < 0:
        return []
    return [site_path(url, h) for h in _HREF.findall(html[start:html.find("</nav>", start)]) if not h.startswith("javascript")]


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
    return _date(_SHOWN, _html(site, url))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<td>{label}</td><td>([^<]*)</td>", html) or re.search(rf"{label}：([^&<]+)", html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url, _ in _all_rows(site, NDBG):
        out.append((url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url)))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="footer'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "未查询到任何数据！" in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "newest-article":  # the list shows no date; the article pages tell it
        rows = _all_rows(site, entry.url)
        assert rows and all(d == "" for _, d in rows)
        assert max(_shown(site, u) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("文号", html) and not _field(arg, html)
    elif kind == "no-table":
        assert "<table" not in html and "索引号" not in html and "有效性" not in html
        assert re.search(r"〔20\d{2}〕\d+号", html)  # the number is only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in ["/", *site.html_urls] if not entry.url_pattern or re.match(entry.url_pattern, u)]
        assert len(pages) > 10 or pages == ["/"]
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = pboot.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_pbootcms_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/?list_12/")
    assert status == 200 and "utf-8" in content_type
    later = fetch(base, "/?list_12_3/")[2].decode("utf-8")
    assert 'class="page-num page-num-current">3</a>' in later
    assert fetch(base, "/?list_12_9/")[0] == 404  # an unknown path in the query is PbootCMS's 404, not the home
    tzgg = fetch(base, "/?tzgg/")[2].decode("utf-8")
    assert 'href="/?tzgg_2/" class="page-num">2</a>' in tzgg and 'href="javascript:;">上一页</a>' in tzgg


def test_rows_carry_the_title_twice_and_a_date_or_none(site: SampleSite) -> None:
    rows = _all_rows(site, "/?tzgg/")
    assert rows[0][1] == "06-03" and all(re.fullmatch(r"\d{2}-\d{2}", d) for _, d in rows)  # m-d only; a pinned 2024 notice first
    assert "置顶" in _html(site, "/?tzgg/")
    assert all(d == "" for _, d in _all_rows(site, "/?djgz/"))
    html = _html(site, "/?list_12/")
    assert html.count("<!-- PC端 -->") == 15 and "d-inline d-md-none" in html


def test_later_pages_carry_their_number_in_the_query(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/\?\w+_\d+/", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/?list_12/")) == 46


def test_home_ticker_links_the_index_script_aliases(site: SampleSite) -> None:
    home = _html(site, "/")
    assert home.count('href="/index.php?tzgg/') == 5
    for alias in re.findall(r'href="(/index\.php\?tzgg/\d+\.html)"', home):
        assert _html(site, alias) == _html(site, alias.replace("/index.php?", "/?"))


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 20 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith(("javascript:", "tel:")):
                continue
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/?list_12/": 14, "/?tzgg/": 183, "/?list_14/": 365, "/?djgz/": 365, "/?list_16/": 365, GFX: 183, ZCJD: 183,
              "/?list_23/": 365, NDBG: 365, "/?list_25/": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= pboot.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = "/?list_12/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("newest-article:2025-09-26", "/?djgz/"),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
