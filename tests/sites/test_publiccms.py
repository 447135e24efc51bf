"""The "publiccms" sample site (a 街道办事处's portal on PublicCMS's stock theme: `/<code>/index.html` columns with a
查看更多 link to `index_2.html` and no pager on page 1, `/<code>/yyyy/MM-dd/<id>.html` articles, every link
protocol-relative) is what its answer key says: deterministic, served as declared, every planted defect present in
the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urlsplit

import pytest

from tests.sites import publiccms
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r"<dl>\s*<dt>\s*<h3><a href=\"([^\"]+)\"[^>]*>[^<]*</a><span>(\d{4}-\d{2}-\d{2})</span></h3>")
_SHOWN = re.compile(r'<p class="author">[^<]*(?:<a [^>]*>[^<]*</a>)?[^<]*?(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2} 阅读:')
_TITLE = re.compile(r"<h1><a [^>]*>([^<]*)</a></h1>")
GFX, ZCJD, NDBG = "/gfxwj/index.html", "/zcjd/index.html", "/ndbg/index.html"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return publiccms.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article path, date shown) of every row of a list page."""
    return [(site_path(url, h), d) for h, d in _ROW.findall(html)]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="page">')
    if start < 0:
        return []
    return [site_path(url, h) for h in _HREF.findall(html[start:html.find("</div>", start)])]


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
    m = re.search(rf'<td class="label">{label}：</td><td>([^<]*)</td>', html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _content(html: str) -> str:
    """The article's text (`div#content`), without the 相关推荐 box of other contents' titles."""
    start = html.find('<div id="content">')
    return html[start:html.find("\n", start)]


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<footer'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "<span>查看更多</span>" in html and "<dl>" not in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _title(_html(site, u)) + _content(_html(site, u))]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", interp, _html(site, interp))
        assert entry.url not in [site_path(interp, h) for h in _HREF.findall(_html(site, interp))]
        assert interp not in [site_path(entry.url, h) for h in _HREF.findall(html)]
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发文字号", html) and not _field(arg, html)
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
    again = publiccms.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_publiccms_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/gzdt/index.html")
    assert status == 200 and "utf-8" in content_type
    html = body.decode("utf-8")
    host = urlsplit(base).netloc
    assert SITE_HOST not in html and f'href="//{host}/gzdt/index_2.html">查看更多</a>' in html  # protocol-relative, the server's host
    later = fetch(base, "/gzdt/index_3.html")[2].decode("utf-8")
    assert 'class="selected">3</a>' in later and "<span>下一页</span>" in later and ">上一页</a>" in later
    assert fetch(base, "/gzdt/index_4.html")[0] == 404
    place = site.lookup("/place/redirect.do", "id=11")
    assert (place.status, place.location) == (302, "/gzdt/2026/11-18/3001.html")
    assert fetch(base, "/place/redirect.do?id=11")[2] == fetch(base, place.location)[2]


def test_first_pages_have_no_pager_but_a_more_link(site: SampleSite) -> None:
    for url in (c for c in site.resources if re.fullmatch(r"/\w+/index\.html", c) and "<dl>" in _html(site, c)):
        html = _html(site, url)
        pager = html[html.find('<div class="page">'):]
        pager = pager[:pager.find("</div>")]
        assert "查看更多" in pager and "上一页" not in pager and "下一页" not in pager, url


def test_later_pages_carry_their_number(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/\w+/index_\d+\.html", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/gzdt/index.html")) == 30


def test_parent_columns_list_their_children(site: SampleSite) -> None:
    for parent, children in (("/jddt/", ("gzdt", "sqfc", "djyl")), ("/zwgk/", ("gfxwj", "zcjd", "czyjs", "ndbg", "rsxx", "zdly"))):
        rows = {u for u, _ in _all_rows(site, parent + "index.html")}
        assert rows == set().union(*({u for u, _ in _all_rows(site, f"/{c}/index.html")} for c in children))
        assert "<h3>最新文章</h3>" in _html(site, parent + "index.html")


def test_articles_are_dated_only_in_the_author_line(site: SampleSite) -> None:
    for url in (u for u, _ in _all_rows(site, "/jddt/index.html")):
        html = _html(site, url)
        assert "发布时间" not in html and "发布日期" not in html
        assert _shown(site, url).isoformat() == re.search(r"/(\d{4})/(\d{2})-(\d{2})/", url).expand(r"\1-\2-\3")
        own = [site_path(url, h) for h in re.findall(r'<h1><a href="([^"]+)"', html)]
        assert own == [url]


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_related_box_shows_other_documents_interpretations(site: SampleSite) -> None:
    (entry,) = [e for e in site.key if e.probe == "no-interp-link"]
    html = _html(site, entry.url)
    box = html[html.find("<h3>相关推荐</h3>"):html.find("</aside>")]
    assert "政策解读" in box or "图解" in box
    assert "相关解读" not in html


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        path, _, query = trap.url.partition("?")
        assert site.lookup(path, query).status in (200, 302), trap.url


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
            if ref.startswith(("javascript:", "tel:", "mailto:", "http:", "https:")):
                continue
            target = site_path(url, ref)
            path, _, query = target.partition("?")
            if site.lookup(path, query).status not in (200, 302):
                broken.add(target)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"gzdt": 14, "sqfc": 365, "djyl": 183, "jddt": 14, "tzgg": 183, "bsfw": 365, "zwgk": 183, "gfxwj": 183, "zcjd": 183,
              "czyjs": 365, "ndbg": 365, "rsxx": 183, "zdly": 365}
    for code, days in limits.items():
        url = f"/{code}/index.html"
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= publiccms.AS_OF - timedelta(days=days)
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
    first = "/gzdt/index.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
