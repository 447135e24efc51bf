"""The "foosun" sample site (a township portal on 风讯 FoosunCMS, GB2312, `index_<k>.html` later pages,
GotTopic-cut titles, a Published Date comment of the generation run on every page) is what its answer key
says: deterministic, served as declared, every planted defect present in the served bytes.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from tests.sites import foosun
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, serve_site

_HREF = re.compile(r"""href=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/html/[\w/]+?(?:/\d{4}-\d{1,2}/\d{1,2})?/(?:\d{19}|\d{4}(?:_\d{2}){5}_\d{5})\.html$")
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_DATE = re.compile(r"<span >(20\d{2})(?:-|年)(\d{2})(?:-|月)(\d{2})")
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return foosun.build()


@pytest.fixture(scope="module")
def base(site: SampleSite):
    with serve_site(site) as url:
        yield url


def _page(base: str, url: str) -> str:
    status, _, body = fetch(base, url)
    assert status == 200, url
    return body.decode("gb2312")


def _list_area(html: str) -> str:
    start = html.find('class="listtitle"')
    return html[start:html.find('class="page"')] if start >= 0 else ""


def _rows(html: str) -> list[tuple[str, date | None]]:
    """(article URL, full date shown or None) of every row of a list page."""
    out = []
    for row in _ROW.findall(_list_area(html)):
        cells = [c for c in row.split("</td>") if any(_ARTICLE.match(unescape(h)) for h in _HREF.findall(c))]
        for item in cells if len(cells) > 1 else [row]:  # RowNumberStr items side by side, or one row of fields
            links = [unescape(h) for h in _HREF.findall(item) if _ARTICLE.match(unescape(h))]
            if links:
                m = _DATE.search(item)
                out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _all_rows(base: str, url: str) -> list[tuple[str, date | None]]:
    """The rows of every page of a list, following its 下一页 links (file names in the same folder)."""
    rows, seen = [], set()
    while url and url not in seen:
        seen.add(url)
        html = _page(base, url)
        rows += _rows(html)
        nxt = re.search(r'<a href="([^"]+)">下一页</a>', html)
        url = url.rsplit("/", 1)[0] + "/" + nxt.group(1) if nxt else ""
    return rows


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _rows(html) and "共<b>0</b>条记录" in html
    elif kind == "newest":
        dates = [d for _, d in _all_rows(base, entry.url) if d]
        assert dates and max(dates) == date.fromisoformat(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert '<td class="label" width="15%">发布日期：</td>' in html
        assert not re.search(rf'<td class="label" width="15%">{arg}：</td><td width="35%">[^<]+</td>', html)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        html = _page(base, entry.url)
        interps = [u for u in map(unescape, _HREF.findall(html)) if u.startswith("/html/zwgk/zcjd/") and _ARTICLE.match(u)]
        if kind == "late-interp":
            assert (_shown(_page(base, interps[0])) - _shown(html)).days == int(arg)
        else:
            assert not interps
            texts = [r.body.decode("gb2312") for u, r in site.resources.items() if u.startswith("/html/zwgk/zcjd/") and _ARTICLE.match(u)]
            assert texts and not [t for t in texts if entry.url in t.split('id="fontzoom"')[1].split('class="prenext"')[0]]
    elif kind == "no-report":
        titles = [t for r in site.resources.values() if r.is_html for t in re.findall(r"<h1>([^<]*)</h1>", r.body.decode("gb2312"))]
        assert not [t for t in titles if arg in t and "报告" in t]
        assert len({t for t in titles if "信息公开工作" in t and "报告" in t}) >= 4  # a gap in a series
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        footer = lambda h: h.split('class="bottom"')[1]  # noqa: E731
        assert arg not in footer(_page(base, entry.url)) and arg in footer(_page(base, "/"))
    elif kind == "no-meta-tags":
        pages = [r.body.decode("gb2312") for u, r in site.resources.items() if r.is_html and r.status == 200]
        assert all(not re.search(r'<meta name="(?:SiteName|SiteIDCode|ColumnName|ArticleTitle|PubDate)"', p) for p in pages)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = foosun.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served_pages(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 15
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap


def test_pages_are_gb2312_with_the_generator_comment(site: SampleSite) -> None:
    """No charset from the server; every page says gb2312 and ends with Foosun's Published Date comment."""
    pages = [r for r in site.resources.values() if r.is_html and r.status == 200]
    home = site.resources["/"]
    assert home.content_type == "text/html" and b"charset=gb2312" in home.body
    generated = [p for p in pages if b"Powered by www.Foosun.net,Products:Foosun Content Manage system-->" in p.body]
    assert len(generated) >= len(site.html_urls) - 1  # all but the review page NewsReview.asp answers


def test_later_pages_and_titles(site: SampleSite, base: str) -> None:
    """Page k ≥ 2 is index_<k>.html of the class folder; list titles are cut, the whole title in `title`."""
    page2 = _page(base, "/html/zhxw/index_2.html")
    assert '当前第<font color="red"><b>2</b></font>页' in page2 and '<a href="index_3.html">下一页</a>' in page2
    assert any(t.url == "/html/zhxw/index_2.html" and t.note == LATER_PAGE for t in site.traps)
    first = _page(base, "/html/zhxw/index.html")
    cut = re.search(r'title="([^"]+)"><strong><font color="#FF0000">([^<]+)</font>', first)
    assert cut and cut.group(1).startswith(cut.group(2)) and cut.group(1) != cut.group(2) and "…" not in cut.group(2)


def test_compliant_columns_are_current(site: SampleSite, base: str) -> None:
    newest = max(d for _, d in _rows(_page(base, "/html/zhxw/index.html")) if d)
    assert (foosun.AS_OF - newest).days <= 14
    pics = _rows(_page(base, "/html/tpxw/index.html"))
    assert len(pics) == 8 and all(d is None for _, d in pics)  # four thumbnails a row
    two = _rows(_page(base, "/html/zcdt/index.html"))
    assert len(two) == 12 and all(d for _, d in two) and two[0][1] == date(2026, 9, 15)  # two dated items a row


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """The probes above can fail: pointed at compliant objects, each one does."""
    gfx = [u for u in site.resources if u.startswith("/html/zwgk/gfxwj/") and _ARTICLE.match(u)]
    ok_doc = next(u for u in gfx if not [e for e in site.key if e.url == u])
    cases = [Expected("x", ok_doc, "", probe="no-interp-link"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", "/html/zwgk/rsxx/index.html", "", probe="no-rows"),
             Expected("x", "/html/zhxw/index.html", "", probe="newest:2026-09-09"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/html/zwgk/ndbg/index.html", "", probe="no-report:2025"),
             Expected("x", "/html/zhxw/index.html", "", probe="footer-lacks:公网安备")]
    for entry in cases:
        with pytest.raises((AssertionError, StopIteration, IndexError, AttributeError)):
            _probe(site, base, entry)
