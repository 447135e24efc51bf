"""The "drupal" sample site (a 县科学技术局's portal on Drupal 7: `/node/<nid>` nodes, Views pages at aliases with
0-based `?page=N` later pages, taxonomy term pages of teasers, label-inline fields `文号:&nbsp;`, submitted bylines) is
what its answer key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import drupal
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, SampleSite
from tests.sites.probes import shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
# a row: a View's title field then its created field (unformatted rows, an HTML list), a table row (title, 文号, the
# 发布日期 field's date span), or a teaser (title heading, then the byline's RDF date)
_ROW = re.compile(r'views-field-title">\s*<span class="field-content"><a href="([^"]+)">[^<]*</a></span>\s*</(?:div|span)>\s*'
                  r'<(?:div|span) class="views-field views-field-created">\s*<span class="field-content">(\d{4}-\d{2}-\d{2})</span>')
_TABLE_ROW = re.compile(r'<td class="views-field views-field-title" >\s*<a href="([^"]+)">[^<]*</a>\s*</td>\s*'
                        r'<td class="views-field views-field-field-wh" >[^<]*</td>\s*<td class="views-field views-field-field-fbrq" >\s*'
                        r'(?:<span class="date-display-single"[^>]*>(\d{4}-\d{2}-\d{2})</span>)?')
_TEASER = re.compile(r'<h2>\s*<a href="([^"]+)">[^<]*</a>\s*</h2>.*?content="(\d{4}-\d{2}-\d{2})T', re.S)
_SHOWN = re.compile(r'(?:property="dc:date dc:created" content="|field-name-field-fbrq[^>]*>.*?content=")(\d{4})-(\d{2})-(\d{2})T')
_TITLE = re.compile(r'<h1 class="title" id="page-title">\s*([^<]*?)\s*</h1>')
GFX, ZCJD, NDBG = "/xxgk/gfxwj", "/xxgk/zcjd", "/xxgk/ndbg"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return drupal.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    rows = _ROW.findall(html) + [(h, d) for h, d in _TABLE_ROW.findall(html)] + _TEASER.findall(html)
    return [(site_path(url, unescape(h)), d) for h, d in rows]


def _pager(html: str) -> str:
    start = html.find('<ul class="pager">')
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
        todo += [site_path(page, unescape(h)) for h in _HREF.findall(_pager(html))]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<div class="field-label">{label}:&nbsp;</div><div class="field-items"><div class="field-item even">(.*?)</div>', html)
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1))


def _refs(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(
        rf'<div class="field-label">{label}:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<div id="footer-wrapper">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and not _pager(html) and "views-row" not in html and 'class="node ' not in html
        assert '<h1 class="title" id="page-title">' in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _refs("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _refs("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _refs("相关文件", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _refs("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("文号", html) and not _field(arg, html) and f"{arg}:" not in html
    elif kind == "no-table":
        assert "索引号" not in html and "有效性" not in html and "发布机构" not in html
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
    again = drupal.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pager_counts_pages_from_zero_as_drupal_writes_it(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, "/xwzx/gzdt")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, "/xwzx/gzdt"))
    assert '<li class="pager-current first">1</li>' in first and "pager-previous" not in first
    assert '<li class="pager-item"><a title="到第 2 页" href="/xwzx/gzdt?page=1">2</a></li>' in first
    assert '<li class="pager-last last"><a title="到最后一页" href="/xwzx/gzdt?page=2">末页 »</a></li>' in first
    last = _pager(_html(site, "/xwzx/gzdt?page=2"))
    assert '<li class="pager-first first"><a title="到第一页" href="/xwzx/gzdt">« 第一页</a></li>' in last
    assert '<li class="pager-current last">3</li>' in last and "pager-next" not in last
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/(?:xwzx/[a-z]+|taxonomy/term/\d+)\?page=[12]", url) and _rows(_html(site, url), url), url
    assert fetch(base, "/node/9999")[0] == 404


def test_news_columns_exist_as_views_and_as_term_pages(site: SampleSite) -> None:
    assert len(_all_rows(site, "/xwzx/gzdt")) == 24 and _all_rows(site, "/xwzx/gzdt") == _all_rows(site, "/taxonomy/term/3")
    assert len(_all_rows(site, "/xwzx/tzgg")) == 13 and {u for u, _ in _all_rows(site, "/taxonomy/term/4")} == {u for u, _ in _all_rows(site, "/xwzx/tzgg")}
    article = _html(site, _all_rows(site, "/xwzx/gzdt")[0][0])
    assert '<div class="field-label">栏目:&nbsp;</div>' in article and '<a href="/taxonomy/term/3" typeof="skos:Concept"' in article
    assert "由 <span class=\"username\"" in article and " 提交</span>" in article and "发布时间" not in article


def test_files_are_linked_absolutely_and_unclean_paths_answer(site: SampleSite, base: str) -> None:
    html = next(r.body.decode() for r in site.resources.values() if r.is_html and "field-name-field-fj" in r.body.decode())
    assert f'href="http://{SITE_HOST}/sites/default/files/fj/' in html
    doc = next(t.url for t in site.traps if "/?q=node/" in t.note)
    assert site.lookup("/", f"q=node{doc[len('/node'):]}").body == site.lookup(doc, "").body
    assert fetch(base, f"/?q=node{doc[len('/node'):]}")[0] == 200


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 12
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
        if not res.is_html or res.status != 200:
            continue
        body = re.sub(r"<script[^>]*>.*?</script>", "", res.body.decode("utf-8"), flags=re.S).replace(f"http://{SITE_HOST}", "")
        for ref in _REF.findall(body) + re.findall(r'@import url\("([^"]+)"\)', body):
            if ref.startswith(("javascript:", "tel:", "mailto:", "http://", "https://")):
                continue
            target = urljoin("http://site" + url.split("?")[0], unescape(ref))
            parts = urlsplit(target)
            if site.lookup(parts.path, parts.query).status not in (200, 301):
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
    limits = {"/xwzx/gzdt": 14, "/xwzx/tzgg": 183, "/taxonomy/term/3": 14, "/taxonomy/term/4": 183, "/taxonomy/term/8": 365,
              "/bmfw": 365, GFX: 183, ZCJD: 183, "/xxgk/czxx": 365, NDBG: 365, "/taxonomy/term/17": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= drupal.AS_OF - timedelta(days=days)
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
    first = "/xwzx/gzdt"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
