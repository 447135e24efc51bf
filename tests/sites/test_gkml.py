"""The gkml sample site is what its answer key says: deterministic, served as declared, every
planted defect really present over HTTP, and nothing outside the key defective.
(The tool's findings are not asserted here; benchmarks/accuracy.py scores them.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import TEMPLATES, gkml
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, serve_site

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/(?:gkmlpt/content/\d+/\d+/post_\d+\.html|[a-z]+/[a-z]+/(?:content/post_\d+\.html|detail-\d+\.shtml))$")
_FULL = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# An article's own date: 发布时间/发布日期 in the article header, or the metadata block's 发布日期.
_SHOWN = re.compile(r'发布(?:时间|日期)：(?:</b></td><td class="td-value[^"]*"[^>]*>)?(\d{4})(?:-|年)(\d{2})(?:-|月)(\d{2})')
_SOFT404 = "页面不存在"
_COLUMN = re.compile(r'name="ColumnName" content="([^"]+)"')


@pytest.fixture(scope="module")
def served():
    site = gkml.build()
    with serve_site(site) as base:
        yield site, base



def _page(base: str, url: str) -> str:
    return fetch_page(base, url, "utf-8")


def _pages(site: SampleSite) -> dict[str, str]:
    return {u: r.body.decode("utf-8") for u, r in site.resources.items() if r.is_html and r.status == 200}


def _list_area(html: str) -> str:
    """The right-hand list area of a column page (after the column banner, before the footer)."""
    start = html.find('class="col-banner"')
    return html[start:html.find('<div class="footer"', start)] if start >= 0 else ""


def _article_links(html: str) -> list[str]:
    return [unescape(h) for h in _HREF.findall(_list_area(html)) if _ARTICLE.match(unescape(h))]


def _year_of_tab(area: str, pos: int) -> int | None:
    tab = [m for m in re.finditer(r'data-year="(\d{4})"', area) if m.start() < pos]
    return int(tab[-1].group(1)) if tab else None


def _listed_dates(html: str) -> set[date]:
    """Dates a list area shows: full dates, or `MM-DD` under a year tab."""
    area = re.sub(r'href="[^"]*"', "", _list_area(html))
    dates = {date(*map(int, m)) for m in _FULL.findall(area)}
    for m in re.finditer(r"<em>(\d{2})-(\d{2})</em>", area):
        year = _year_of_tab(area, m.start())
        assert year, "an MM-DD date outside a year tab"
        dates.add(date(year, int(m.group(1)), int(m.group(2))))
    return dates


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _field(label: str) -> str:
    """A metadata label of the classify table (any spaces between its characters) with a value."""
    return r"<b>" + r"[\s　]*".join(label) + r'：</b></td><td class="td-value[^"]*"[^>]*>[^<]+</td>'


def _is_interpretation(pages: dict[str, str], href: str) -> bool:
    return 'name="ColumnName" content="政策解读"' in pages.get(unescape(href), "") and \
        'name="ArticleTitle"' in pages[unescape(href)]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    pages = _pages(site)
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and _SOFT404 in body.decode("utf-8")
        assert not entry.url.endswith(".html") or "ArticleTitle" not in body.decode("utf-8")
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _article_links(html) and "共0条" in html and "情况说明" not in _list_area(html)
        name = _COLUMN.search(html).group(1)
        assert f'<li class="on"><a href="{entry.url}">{name}</a>' in html  # identity: the menu's current item
    elif kind == "newest":
        dates = _listed_dates(_page(base, entry.url))
        assert dates and max(dates) == date.fromisoformat(arg)
    elif kind == "newest-shown":
        html = _page(base, entry.url)
        listed = _listed_dates(html)
        assert len(listed) == 1 and max(listed) > date.fromisoformat(arg)  # a regeneration pile
        shown = [_shown(_page(base, u)) for u in _article_links(html)]
        assert max(shown) == date.fromisoformat(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert 'class="classify"' in html and re.search(_field("发布日期"), html)
        assert not re.search(_field(arg), html)
    elif kind == "no-interp-link":
        html = _page(base, entry.url)
        assert "相关解读" in html and not [u for u in _HREF.findall(html) if _is_interpretation(pages, u)]
    elif kind == "late-interp":
        html = _page(base, entry.url)
        interp = next(u for u in _HREF.findall(html) if _is_interpretation(pages, u))
        assert _shown(_page(base, interp)) - _shown(html) > timedelta(days=5)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [m.group(1) for html in pages.values() if (m := re.search(r'name="ArticleTitle" content="([^"]*)"', html))]
        assert not [t for t in titles if organ in t and year in t and "年度报告" in t]
        assert len([t for t in titles if organ in t and "年度报告" in t]) >= 3
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _page(base, entry.url) and arg in _page(base, "/")
        assert all(arg not in html for u, html in pages.items() if re.match(entry.url_pattern, u))
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic_and_registered() -> None:
    a, b = gkml.build(), gkml.build()
    assert a.resources == b.resources and a.key == b.key and a.traps == b.traps
    assert TEMPLATES["gkml"][0] is gkml.build
    assert 120 <= len(a.html_urls) <= 250


def test_every_planted_defect_is_served(served) -> None:
    site, base = served
    families = {e.family for e in site.key}
    assert families == {"empty-columns", "stale-columns", "interpretations", "normative-metadata",
                        "broken-links", "annual-reports", "footer"}
    for entry in site.key:
        _probe(site, base, entry)


def test_probes_fail_on_compliant_objects(served) -> None:
    site, base = served
    pages = _pages(site)
    ok_doc = next(u for u, h in pages.items() if "南府规〔2026〕3号" in h and "ArticleTitle" in h)
    cases = [Expected("x", ok_doc, "", probe="no-interp-link"), Expected("x", ok_doc, "", probe="late-interp"),
             Expected("x", ok_doc, "", probe="meta-missing:成文日期"),
             Expected("x", "/index.html", "", probe="status:404"), Expected("x", "/index.html", "", probe="soft404"),
             Expected("x", "/xwzx/nlyw/index.html", "", probe="no-rows"),
             Expected("x", "/hdjl/yjzj/index.html", "", probe="no-rows"),
             Expected("x", "/xwzx/nlyw/index.html", "", probe="newest:2026-09-10"),
             Expected("x", "/xwzx/bmdt/index.html", "", probe="newest-shown:2026-09-10"),
             Expected("x", "/gkmlpt/ndbg/index.html", "", probe="no-report:南岭区人民政府2024"),
             Expected("x", "/gkmlpt/ndbg/index.html", "", probe="no-report:南岭区民政局2025"),
             Expected("x", "/gkmlpt/zcwj/index.html", "", probe="footer-lacks:网站标识码",
                      url_pattern=r"^/gkmlpt/content/")]
    for entry in cases:
        with pytest.raises(AssertionError):
            _probe(site, base, entry)


def test_traps_are_served_pages(served) -> None:
    site, base = served
    notes = {t.note for t in site.traps}
    assert LATER_PAGE in notes and len(site.traps) >= 8
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap


def test_deadline_day_reports_are_on_time(served) -> None:
    site, base = served
    days = sorted(_shown(_page(base, t.url)) for t in site.traps if "截止日" in t.note)
    assert days == [date(2024, 1, 31), date(2025, 3, 31)]


def test_later_list_pages_belong_to_their_column(served) -> None:
    site, base = served
    later = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert {u.rsplit("/", 1)[1] for u in later} == {"index_2.html", "column-index-2.shtml"}
    for second in later:
        first = re.sub(r"index_2\.html$", "index.html", second).replace("column-index-2", "column-index-1")
        one, two = _page(base, first), _page(base, second)
        assert _article_links(two) and set(_article_links(one)).isdisjoint(_article_links(two))
        assert _COLUMN.search(one).group(1) == _COLUMN.search(two).group(1)
        assert f'href="{second}">下一页' in one


def test_unknown_urls_are_404(served) -> None:
    _, base = served
    assert fetch(base, "/no/such/page.html")[0] == 404
    assert fetch(base, "/gkmlpt/content/9/9999/post_9999999.html")[0] == 404


def test_note_only_and_heading_traps() -> None:
    pages = _pages(gkml.build())
    note = pages["/hdjl/yjzj/index.html"]
    assert "情况说明" in _list_area(note) and not _article_links(note)
    zcjd = pages["/gkmlpt/zcjd/index.html"]
    assert "<h3>政策解读</h3>" in zcjd and "相关解读" not in zcjd


def test_no_unplanted_broken_links() -> None:
    """Every link and image resolves to a real page or file, except the planted ones
    (a soft-404 body counts as broken)."""
    site = gkml.build()
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, html in _pages(site).items():
        for ref in _REF.findall(html):
            target = urljoin("http://site" + url, unescape(ref))
            if not target.startswith("http://site/"):
                continue
            parts = urlsplit(target)
            got = site.lookup(parts.path, parts.query)
            if got.status != 200 or _SOFT404.encode() in got.body:
                broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key() -> None:
    site = gkml.build()
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    seen = 0
    for url, html in _pages(site).items():
        if 'class="classify"' not in html or url in planted:
            continue
        seen += 1
        for label in ("索引号", "分类", "发布机构", "成文日期", "文号", "发布日期", "名称", "有效性"):
            assert re.search(_field(label), html), (url, label)
        assert re.search(r"〔20\d{2}〕\d+号", html)
    assert seen == 11


def _max_age(column: str) -> timedelta | None:
    """The 2019 indicators' limits (news 2 weeks, notices and policy documents 6 months, anything
    else that must be updated 1 year); reports and guides are as-needed."""
    if re.search(r"年报|指南", column):
        return None
    if re.search(r"要闻|动态|新闻", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|公示|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


def test_no_unplanted_stale_columns() -> None:
    """Every dated list column is fresh for its kind, judged by its articles' own dates."""
    site = gkml.build()
    pages = _pages(site)
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    for url, html in pages.items():
        if url in ("/", "/index.html") or "ArticleTitle" in html or not _article_links(html) \
                or re.search(r"index_\d+\.html$|column-index-[2-9]", url):
            continue
        limit = _max_age(_COLUMN.search(html).group(1))
        if limit is None:
            continue
        checked += 1
        newest = max(_shown(pages[u]) for u in _article_links(html) if u in pages)
        if site.as_of - newest > limit:
            stale.add(url)
    assert stale == planted and checked >= 12


def test_no_unplanted_interpretation_defects() -> None:
    """Every normative and policy document outside the key links to an interpretation published
    within 3 days that links back with 原文链接."""
    site = gkml.build()
    pages = _pages(site)
    planted = {e.url for e in site.key if e.family == "interpretations"}
    docs = [u for u, h in pages.items() if "ArticleTitle" in h and re.search(r'content="(?:规范性|政策)文件"', h)]
    assert len(docs) == 13
    for url in docs:
        if url in planted:
            continue
        interps = sorted({unescape(h) for h in _HREF.findall(pages[url]) if _is_interpretation(pages, h)})
        assert len(interps) == 1, url
        assert timedelta(0) <= _shown(pages[interps[0]]) - _shown(pages[url]) <= timedelta(days=3), url
        assert f'原文链接：<a href="{url}">' in pages[interps[0]], url


def test_no_unplanted_empty_columns() -> None:
    """The column pages without a single row are exactly the key's empty columns plus the
    情况说明-only column."""
    site = gkml.build()
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    lists = {u: h for u, h in _pages(site).items() if 'class="col-banner"' in h}
    assert len(lists) >= 20
    assert {u for u, h in lists.items() if not _article_links(h)} == planted | {"/hdjl/yjzj/index.html"}


def test_annual_report_series() -> None:
    """The 部门年报 column lists three departments' reports; the government's are in their own column."""
    pages = _pages(gkml.build())
    area = _list_area(pages["/gkmlpt/bmnb/index.html"])
    for organ in ("南岭区教育局", "南岭区住房和建设局", "南岭区民政局"):
        assert area.count(f"{organ}20") >= 4
    assert "南岭区人民政府20" not in area


def test_policy_documents_are_rendered_angular_pages() -> None:
    """政策文件 pages are saved rendered AngularJS DOM; the one without an interpretation shows
    the template's 暂无相关解读 row (the normative template shows an empty box instead)."""
    site = gkml.build()
    pages = _pages(site)
    planted = {e.url for e in site.key if e.family == "interpretations"}
    policy = {u: h for u, h in pages.items() if "ArticleTitle" in h and 'content="政策文件"' in h}
    assert len(policy) == 5 and all('ng-app="gkmlApp"' in h and "ng-binding" in h for h in policy.values())
    assert {u for u, h in policy.items() if "暂无相关解读" in h} == {u for u in policy if u in planted} - {
        u for u in policy if re.search(r'ng-repeat="x in relations"', policy[u])}
