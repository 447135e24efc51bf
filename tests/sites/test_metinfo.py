"""The "metinfo" sample site (a township portal on 米拓 MetInfo, UTF-8, pseudo-static `list-N.html`,
`list-N-P.html` and `<id>.html` pages beside the dynamic `news.php?lang=cn&class2=N` and
`shownews.php?lang=cn&id=N` addresses) is what its answer key says: deterministic, served as declared, every
planted defect present in the served bytes, nothing outside the key defective. (The tool's findings are not
asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import metinfo
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="?([^"\s>]+)')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li class="border-bottom1">(.*?)</li>', re.S)
_SHOWN = re.compile(r'<div class="info"><span>(\d{4})-(\d{2})-(\d{2})')
_TITLE = re.compile(r"<h1>([^<]*)</h1>")
GFX, ZCJD, NDBG = "/xxgk/list-21.html", "/xxgk/list-22.html", "/xxgk/list-24.html"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return metinfo.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date text shown) of every row of a list page."""
    out = []
    for row in _ROW.findall(html):
        href = _HREF.search(row).group(1)
        out.append((site_path(url, unescape(href)), re.search(r'<p class="info[^"]*"><span>([^<]*)</span>', row).group(1)))
    return out


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find("<div class='met_pager'>")
    if start < 0:
        return []
    return [site_path(url, h) for h in re.findall(r"<a href=([^\s>]+)", html[start:html.find("</div>", start)])]


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
    m = re.search(rf"<td>{label}</td><td>([^<]*)</td>", html)
    return m.group(1) or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url, _ in _all_rows(site, NDBG):
        title = _title(_html(site, url))
        out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _shown(site, url)))
    return out


def _footer(html: str) -> str:
    return html[html.find("<footer"):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "暂无内容" in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "newest-article":  # the list shows m-d only; the article pages tell the year
        rows = _all_rows(site, entry.url)
        assert rows and all(re.fullmatch(r"\d{2}-\d{2}", d) for _, d in rows)
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
        assert _field("发布日期", html) and _field("索引号", html) and not _field(arg, html)
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
    again = metinfo.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_metinfo_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/news/list-6.html")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/news/news.php?lang=cn&class2=6")[2] == body  # the dynamic address of page 1
    later = fetch(base, "/news/list-6-4.html")
    assert later[0] == 200 and "class='Ahover'>4</a>" in later[2].decode("utf-8")
    assert fetch(base, "/news/list-6-5.html")[0] == 404


def test_menu_and_home_link_the_dynamic_addresses(site: SampleSite) -> None:
    """The real theme's menu and 更多 links name `news.php?…class2=N`; its ticker names `shownews.php?…id=N`."""
    home = _html(site, "/")
    assert 'href="/news/news.php?lang=cn&amp;class2=6"' in home and 'href="/news/list-6.html"' not in home
    assert home.count('href="/news2/shownews.php?lang=cn&amp;id=') == 5
    assert "/news/list-6.html" in _html(site, "/news/list-10.html")  # the sidebar names the pseudo-static page


def test_later_pages_are_pseudo_static(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/\w+/list-\d+-\d+\.html", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/news/list-6.html")) == 44


def test_article_dates_have_no_label(site: SampleSite) -> None:
    html = _html(site, _all_rows(site, "/news/list-6.html")[0][0])
    assert re.search(r'<div class="info"><span>2026-11-19 \d\d:\d\d:\d\d</span><span>党政办</span>', html)
    assert "发布时间" not in html and "日期" not in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 30
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, unescape(h)) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
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
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/news/list-6.html": 14, "/news2/list-9.html": 183, "/news/list-10.html": 183, "/news/list-7.html": 365,
              "/news/list-5.html": 183, "/news/list-11.html": 365, GFX: 183, ZCJD: 183, "/xxgk/list-23.html": 365,
              NDBG: 365, "/xxgk/list-25.html": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= metinfo.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/news/list-6.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("newest-article:2025-10-15", "/news2/list-9.html"),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:10", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:主办", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
