"""The sample sites are what their answer keys say: deterministic, served as declared, and every
planted defect really present in the served bytes. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import TEMPLATES, hanweb, table
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.scoring import Finding, family_of, matches, same_url, score
from tests.sites.server import fetch, serve_site

SMALL = sorted(set(TEMPLATES) - {"gkml", "jsp", "dept", "phpcms", "gkmlpt", "aspx", "vsb", "jee", "dede", "sscms", "epoint", "empire", "kpy", "ezeip", "pga", "esite", "pe", "cicro", "turbo", "metinfo", "trsjy", "pcjy", "dtcms", "govcn", "lonsun", "nfcms", "pboot", "xunrui", "gxjy", "hbjy", "eyou", "publiccms", "gzjy", "ucap", "yzm", "sxjy", "cqjy", "jspx", "ylcms", "bjjy", "wp", "mingov", "shjy", "kesion", "foosun", "hajy", "gsjy", "zblog", "dedebiz", "sdjy", "cmseasy", "hubjy", "ynjy", "thinkcmf", "nxjy", "drupal", "zoomla", "jljy"})  # these have their own markup-specific tests
_HREF = re.compile(r'href="([^"]+)"')
_DATE = re.compile(r"(\d{4})(?:[-/]|年)(\d{2})(?:[-/]|月)(\d{2})")
# An article's own date: after 发布日期/发布时间, or first in the shtml template's info line.
_SHOWN = re.compile(r"(?:发布(?:日期|时间)：|<div class=\"info\">)(\d{4})(?:-|年)(\d{2})(?:-|月)(\d{2})")
_ARTICLES = {"hanweb": r"^/art/\d{4}/", "table": r"^/(public/\d+|content/article)/\d+\.html$",
             "shtml": r"^/\w+/\w+/\d{4}-\d{2}/\d{2}/content_\w+\.shtml$"}
_LIST_MARKERS = ("<datastore>", 'class="table-list"', 'class="pic-list"', 'class="year-list"', 'class="newslist"')


@pytest.fixture(scope="module", params=SMALL)
def served(request: pytest.FixtureRequest):
    site = TEMPLATES[request.param][0]("small")
    with serve_site(site) as base:
        yield site, base


def _text(site: SampleSite, body: bytes) -> str:
    return body.decode("gbk" if site.name == "hanweb" else "utf-8")


def _page(site: SampleSite, base: str, url: str) -> str:
    status, _, body = fetch(base, url)
    assert status == 200, url
    return _text(site, body)


def _list_area(html: str) -> str:
    """The page between the navigation and the footer."""
    start = max(html.find(m) for m in ('class="main w1200"', 'class="container body-wrap"', '<div class="where">'))
    end = max(html.find(m) for m in ('<div class="footer"', '<div id="foot">'))
    return html[start:end]


def _shown_dates(html: str) -> set[date]:
    """Dates the list area displays (not the ones inside link URLs)."""
    text = re.sub(r'href="[^"]*"', "", _list_area(html))
    return {date(*map(int, m)) for m in _DATE.findall(text)}


def _article_links(site: SampleSite, html: str) -> list[str]:
    return [unescape(h) for h in _HREF.findall(_list_area(html)) if re.match(_ARTICLES[site.name], unescape(h))]


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _field_value(label: str) -> str:
    """A metadata label (spaces allowed between its characters) followed by a non-empty value."""
    spaced = r"\s*".join(label)
    return rf"{spaced}：</td><td>[^<]+|{spaced}：</dt><dd>[^<]+|{spaced}：</b><span>[^<]+"


def test_generators_are_deterministic() -> None:
    for name, (build, sizes) in TEMPLATES.items():
        for size in sizes:
            a, b = build(size), build(size)
            assert a.resources == b.resources and a.key == b.key and a.traps == b.traps, (name, size)


def test_medium_hanweb_has_about_3000_pages_and_same_key() -> None:
    medium, small = hanweb.build("medium"), hanweb.build("small")
    assert 2800 <= len(medium.html_urls) <= 3300
    assert len(small.html_urls) <= 300
    assert medium.key == small.key
    assert sum(1 for u in medium.html_urls if "pageNum=" in u) >= 150  # many list pages, not just documents


def test_hanweb_is_served_as_gbk() -> None:
    with serve_site(hanweb.build()) as base:
        status, ctype, body = fetch(base, "/index.html")
    assert status == 200 and ctype == "text/html; charset=GBK"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    html = body.decode("gbk")
    assert 'charset=gb2312' in html and "青溪县人民政府" in html


def test_query_pages_are_distinct_resources(served) -> None:
    site, base = served
    paged = [t.url for t in site.traps if t.note == LATER_PAGE]
    assert paged
    for second in paged:
        first = second.split("?")[0] if "?" in second else re.sub(r"_\d+(\.\w+)$", r"\1", second)
        one, two = _page(site, base, first), _page(site, base, second)
        assert _article_links(site, two) and set(_article_links(site, one)).isdisjoint(_article_links(site, two))
        name = re.search(r'name="ColumnName" content="([^"]+)"', one).group(1)
        assert f'name="ColumnName" content="{name}"' in two  # page 2 belongs to the same column


def test_unknown_urls(served) -> None:
    site, base = served
    status, ctype, body = fetch(base, "/no/such/page.html")
    if site.name != "table":
        assert status == 404
    else:  # the platform's soft 404: status 200, one error body for every missing URL
        assert status == 200 and ctype.startswith("text/html") and "页面不存在" in _text(site, body)
        assert fetch(base, "/another/missing.pdf")[2] == body


def _is_interpretation(site: SampleSite, base: str, href: str) -> bool:
    """A page of the site's 政策解读 column."""
    return unescape(href) in site.resources and site.resources[unescape(href)].is_html and \
        'name="ColumnName" content="政策解读"' in _page(site, base, href)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, ctype, body = fetch(base, entry.url)
        assert status == 200 and ctype.startswith("text/html") and "页面不存在" in _text(site, body)
        assert body == site.not_found.body and entry.url not in site.resources
    elif kind == "no-rows":
        html = _page(site, base, entry.url)
        assert not _article_links(site, html) and "<record>" not in html
        name = re.search(r'name="ColumnName" content="([^"]+)"', html).group(1)
        assert name and name in _list_area(html)  # identity: the column's own name is shown
    elif kind == "newest":
        dates = _shown_dates(_page(site, base, entry.url))
        assert dates and max(dates) == date.fromisoformat(arg)
    elif kind == "newest-shown":
        html = _page(site, base, entry.url)
        listed = _shown_dates(html)
        assert len(listed) == 1 and max(listed) > date.fromisoformat(arg)  # a regeneration pile
        shown = [_shown(_page(site, base, u)) for u in _article_links(site, html)]
        assert max(shown) == date.fromisoformat(arg)
    elif kind == "meta-missing":
        html = _page(site, base, entry.url)
        assert re.search(_field_value("发布日期"), html)  # the block is there, only the field is not
        assert not re.search(_field_value(arg), html)
    elif kind == "no-interp-link":
        html = _page(site, base, entry.url)
        assert not [u for u in _HREF.findall(html) if _is_interpretation(site, base, u)]
    elif kind == "late-interp":
        html = _page(site, base, entry.url)
        interp = next(u for u in _HREF.findall(html) if _is_interpretation(site, base, u))
        assert _shown(_page(site, base, interp)) - _shown(html) > timedelta(days=5)
    elif kind == "no-report":
        titles = [m.group(1) for r in site.resources.values() if r.is_html
                  and (m := re.search(r'name="ArticleTitle" content="([^"]*)"', _text(site, r.body)))]
        organ, year = arg[:-4], arg[-4:]
        assert not [t for t in titles if organ in t and year in t and "年度报告" in t]
        assert len([t for t in titles if organ in t and "年度报告" in t]) >= 3  # a gap in a series, not no organ
    elif kind == "late":
        assert _shown(_page(site, base, entry.url)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        assert arg not in _page(site, base, entry.url) and arg in _page(site, base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_every_planted_defect_is_served(served) -> None:
    site, base = served
    assert site.key
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served_pages(served) -> None:
    site, base = served
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap


def test_note_only_column_is_not_empty() -> None:
    site = table.build()
    html = site.resources["/public/column/6596/7036.html"].body.decode("utf-8")
    assert "情况说明" in html
    han = hanweb.build()
    assert "情况说明" in han.resources["/col/col1229510/index.html"].body.decode("gbk")


def test_veto_support_follows_the_key() -> None:
    for name, (build, _) in TEMPLATES.items():
        site = build("small")
        empties = sum(1 for e in site.key if e.family == "empty-columns")
        assert ("empty-columns-veto" in site.vetoes) == (empties >= 5), name


def test_scorer_matching() -> None:
    assert family_of("interpretation-missing") == "interpretations"
    assert family_of("other-column-stale") == "stale-columns" and family_of("meta-tags") == "meta-tags"
    assert family_of("disclosure-sections") == "(unmapped) disclosure-sections"
    assert same_url("/col/col1/index.html") == same_url("/col/col1/")
    assert same_url("/col/col1/index.html?uid=2&amp;pageNum=2") != same_url("/col/col1/?uid=2&pageNum=2")
    report = Expected("annual-reports", "/nb/", "missing", match=("教育局", "2024"))
    hit = Finding("annual-report-missing", "annual-reports", {"/nb/"}, "未找到青溪县教育局2024年度报告")
    assert matches(hit, report)
    assert not matches(Finding("annual-report-missing", "annual-reports", {"/nb/"}, "未找到2024年度报告"), report)
    footer = Expected("footer", "/content/article/1.html", "x", url_pattern=table.ARTICLE_PAGES)
    assert matches(Finding("footer-identifiers", "footer", {"/content/article/7.html"}, ""), footer)
    assert not matches(Finding("footer-identifiers", "footer", {"/"}, ""), footer)


def test_probes_fail_on_compliant_objects() -> None:
    """The probes above can fail: pointed at compliant objects, each one does."""
    site = hanweb.build()
    ok_doc = next(u for u in site.resources if u.endswith("art_1229503_3101.html"))
    cases = [Expected("x", ok_doc, "", probe="no-interp-link"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", "/col/col1229401/index.html", "", probe="no-rows"),
             Expected("x", "/col/col1229401/index.html", "", probe="newest:2026-09-09"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"),
             Expected("x", "/col/col1229513/index.html", "", probe="no-report:青溪县人民政府2024")]
    with serve_site(site) as base:
        for entry in cases:
            with pytest.raises(AssertionError):
                _probe(site, base, entry)


def test_hanweb_first_page_aliases_and_dropped_default_document() -> None:
    """`index.html?uid=…&pageNum=1` is page 1; `/col/colN/?…&pageNum=2` (index.html dropped)
    is not page 2 but page 1, as on a real server that ignores the query of a directory URL."""
    site = hanweb.build()
    col = "/col/col1229401/index.html"
    page1, page2 = site.resources[col], site.resources[f"{col}?uid=4568201&pageNum=2"]
    assert site.lookup(col, "uid=4568201&pageNum=1") == page1
    assert site.lookup("/col/col1229401/", "uid=4568201&pageNum=2") == page1 != page2


_REF = re.compile(r"""(?:href|src)=["']([^"']+)["']""")


@pytest.mark.parametrize("name", SMALL)
def test_no_unplanted_broken_links(name: str) -> None:
    """Every link and image of every page resolves, except the planted broken ones: the key
    holds all the site's broken links, so a finding on any other link is a false positive."""
    site = TEMPLATES[name][0]("small")
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(_text(site, res.body)):
            target = urljoin("http://site" + url, unescape(ref))
            if not target.startswith("http://site/"):
                continue  # javascript:, external hosts
            parts = urlsplit(target)
            got = site.lookup(parts.path, parts.query)
            if got is site.not_found or got.status != 200:
                broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


@pytest.mark.parametrize("name", SMALL)
def test_metadata_complete_outside_the_key(name: str) -> None:
    """Documents with a metadata block carry every field, except those the key names."""
    site = TEMPLATES[name][0]("small")
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    fields = ("索引号", "发文字号", "成文日期", "发布日期", "有效性")
    seen = 0
    for url, res in site.resources.items():
        html = _text(site, res.body) if res.is_html else ""
        if not any(m in html for m in ("xxgk_table", "xxgk-info", "xxgk-meta")) or url in planted:
            continue
        seen += 1
        for f in fields:
            assert re.search(_field_value(f), html), (url, f)
    assert seen >= 5


def _max_age(column: str) -> timedelta:
    """The 2019 indicators' update limits by column kind (news 2 weeks, notices and policy
    documents 6 months, anything else that must be updated 1 year)."""
    if re.search(r"要闻|动态|新闻|聚焦", column):
        return timedelta(days=14)
    if re.search(r"通知|公告|公示|文件", column):
        return timedelta(days=183)
    return timedelta(days=365)


@pytest.mark.parametrize("name", SMALL)
def test_no_unplanted_stale_columns(name: str) -> None:
    """Every dated list column is fresh for its kind as of AS_OF, except the key's stale ones."""
    site = TEMPLATES[name][0]("small")
    planted = {e.url for e in site.key if e.family == "stale-columns"}
    stale, checked = set(), 0
    for url, res in site.resources.items():
        if re.search(r"\?|_\d+\.shtml$", url) or not res.is_html or url in ("/", "/index.html", "/index.shtml"):
            continue
        html = _text(site, res.body)
        column = re.search(r'name="ColumnName" content="([^"]+)"', html)
        dates = _shown_dates(html) if column and _article_links(site, html) else set()
        if not dates or 'name="ArticleTitle"' in html:
            continue
        checked += 1
        newest = max(dates)
        if site.as_of - newest > _max_age(column.group(1)) or url in planted and "newest-shown" in next(
                e.probe for e in site.key if e.url == url):
            stale.add(url)
    assert stale == planted and checked >= 7


@pytest.mark.parametrize("name", SMALL)
def test_no_unplanted_interpretation_defects(name: str) -> None:
    """Every policy or normative document outside the key links to an interpretation that was
    published within 3 days and links back."""
    site = TEMPLATES[name][0]("small")
    planted = {e.url for e in site.key if e.family == "interpretations"}
    pages = {u: _text(site, r.body) for u, r in site.resources.items() if r.is_html}
    docs = [u for u, html in pages.items() if 'name="ArticleTitle"' in html
            and re.search(r'name="ColumnName" content="(?:行政)?规范性文件"|name="ColumnName" content="政策文件"', html)]
    assert len(docs) >= 7
    for url in docs:
        if url in planted:
            continue
        interps = [unescape(h) for h in _HREF.findall(pages[url])
                   if 'name="ColumnName" content="政策解读"' in pages.get(unescape(h), "")]
        assert interps, url
        for i in interps:
            assert _shown(pages[i]) - _shown(pages[url]) <= timedelta(days=3), url
            assert f'href="{url}"' in pages[i], url


@pytest.mark.parametrize("name", SMALL)
def test_no_unplanted_empty_columns(name: str) -> None:
    """The list pages without a single row are exactly the key's empty columns."""
    site = TEMPLATES[name][0]("small")
    planted = {e.url for e in site.key if e.family == "empty-columns"}
    lists = {u: _text(site, r.body) for u, r in site.resources.items() if r.is_html and "?" not in u}
    lists = {u: html for u, html in lists.items() if any(m in html for m in _LIST_MARKERS)}
    assert len(lists) >= 10
    assert {u for u, html in lists.items() if not _article_links(site, html)} == planted


def test_score_counts_against_the_key() -> None:
    """TP/FP/FN, undecided results, trap hits and veto statuses from a hand-written results.json."""
    site = table.build()
    base = "http://127.0.0.1:1/"
    empty = next(e for e in site.key if e.family == "empty-columns")

    def result(status: str, url: str, message: str = "") -> dict:
        return {"status": status, "subject": url, "url": url, "message": message, "data": {}}

    results = {"rules": [
        {"id": "empty-columns", "level": "deduction", "status": "fail", "results": [
            result("fail", base + empty.url.lstrip("/")), result("fail", base + "public/column/6596/jgzn.html"),
            result("incomplete", base + "x")]},
        {"id": "brand-new-rule", "level": "deduction", "status": "error", "results": []},
        {"id": "empty-columns-veto", "level": "veto", "status": "incomplete", "results": []},
    ]}
    scores, vetoes = score(site, results, base)
    s = scores["empty-columns"]
    assert (s.tp, s.fp, s.fn, s.undecided, s.traps_hit) == (1, 1, 4, 1, 1)
    assert scores["(unmapped) brand-new-rule"].undecided == 1
    assert vetoes == {"empty-columns-veto": "incomplete"}
