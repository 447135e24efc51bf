"""The "dedebiz" sample site (a 镇人民政府's portal on DedeBIZ V6's stock `dedebiz` theme: columns `/a/<typedir>/` with later
pages `list_<tid>_<n>.html`, articles `/a/<typedir>/<Y>/<MD>/<aid>.html`, rows `article.list-article` dated behind a
calendar icon, the `li.page-item` pager whose current number is `<a href=''>'.N.'</a>`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import dedebiz
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r"""href=["']([^"']+)["']""")
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
# a list row (list_article.htm): the title link in h2, the date in span.date behind the calendar icon
_ROW = re.compile(r'<h2 class="mb-3"><a href="([^"]+)">[^<]*</a></h2>\s*<p>[^<]*</p>\s*<div class="meta">\s*'
                  r'<span class="author[^>]*>.*?</span>\s*<span class="date"><i class="fa fa-calendar mr-1"></i>(\d{4}-\d{2}-\d{2})</span>', re.S)
_SHOWN = re.compile(r'<div class="meta py-3">.*?<span><i class="fa fa-calendar mr-1"></i>(\d{4})-(\d{2})-(\d{2})</span>', re.S)
_TITLE = re.compile(r'<div class="title">\s*<h1>([^<]*)</h1>')
GFX, ZCJD, NDBG = "/a/xxgk/gfxwj/", "/a/xxgk/zcjd/", "/a/xxgk/ndbg/"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return dedebiz.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    return [(site_path(url, h), d) for h, d in _ROW.findall(html)]


def _pager(html: str) -> str:
    start = html.find('<ul class="pagination">')
    return html[start:html.find("</ul>", start)] if start >= 0 else ""


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += [site_path(page, h) for h in _HREF.findall(_pager(html)) if h]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<tr><th scope="row" style="width:20%">{label}</th><td>([^<]*)</td></tr>', html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, h) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<footer class="bg-success'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<article class="list-article' not in html
        assert _pager(html) == ("<ul class=\"pagination\"><li class='page-item d-none d-sm-block disabled'>"
                                "<span class='page-link'>0页0条</span></li>\r\n")
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
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
    again = dedebiz.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pager_as_getpagelistst_makes_it(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/a/xwzx/gzdt/")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, "/a/xwzx/gzdt/"))
    assert "<li class='page-item'><span class='page-link'>首页</span></li>" in first and "上一页" not in first
    assert "<li class='page-item'><a class='page-link' href=''>'.1.'</a></li>" in first  # the stock bug
    assert "<a class='page-link' href='/a/xwzx/gzdt/list_2_2.html'>下一页</a>" in first and "3页30条" in first
    last = _pager(_html(site, "/a/xwzx/gzdt/list_2_3.html"))
    assert "href='/a/xwzx/gzdt/list_2_2.html'>上一页" in last and "<span class='page-link'>末页</span>" in last
    assert _html(site, "/a/xwzx/gzdt/list_2_1.html") == _html(site, "/a/xwzx/gzdt/")
    assert "<span class='page-link'>1页4条</span>" in _html(site, "/a/xxgk/czxx/")
    assert fetch(base, "/uploads/allimg/260101/none.jpg")[0] == 404


def test_later_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/a/[a-z/]+/list_\d+_\d+\.html", url) and _rows(_html(site, url), url), url
        assert f"-第{url[-6]}页-" in _html(site, url)
    assert len(_all_rows(site, "/a/xwzx/gzdt/")) == 30 and len(_all_rows(site, "/a/xwzx/tzgg/")) == 15


def test_articles_show_an_unlabelled_date(site: SampleSite) -> None:
    url = next(t.url for t in site.traps if "fa-calendar" in t.note)
    html = _html(site, url)
    assert '<span><i class="fa fa-calendar mr-1"></i>2026-11-18</span>' in html and "发布" not in html.split('<div class="body')[0]
    assert '<h2 class="mb-3">热门头条</h2>' in html and ">1." in html and "DedeBIZ开发团队" in html
    assert re.search(r"^/a/xwzx/gzdt/2026/1118/\d+\.html$", url)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 10
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, h) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url)) if h}
    linked |= {u.split("?")[0] + "index.html" for u in linked if u.endswith("/")} | {u.split("?")[0] for u in linked}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html or res.status != 200:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            if ref.startswith(("javascript:", "tel:", "mailto:")):
                continue
            target = urljoin("http://site" + url.split("?")[0], unescape(ref))
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
    limits = {"/a/xwzx/gzdt/": 14, "/a/xwzx/tzgg/": 183, "/a/xczx/": 365, "/a/bmfw/": 365, GFX: 183, ZCJD: 183,
              "/a/xxgk/czxx/": 365, NDBG: 365, "/a/xxgk/zdly/": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= dedebiz.AS_OF - timedelta(days=days)
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
    first = "/a/xwzx/gzdt/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
