"""The "sdjy" sample site (a 山东 county portal on the province's 集约化 platform: Hanweb `/col/col<N>/index.html`
columns paged by `?uid=…&pageNum=N`, `/art/<yyyy>/<m>/<d>/art_<N>_<id>.html` articles, rows `a.ellipsis-line-clamp`
with `span.pull-right`; a 政务公开 platform under `/gongkai/site_dcxzf/` whose `channel_<hex>/` lists are a Vue app's
JSON literal, later pages only the API's answers, documents `doc_<hex>.html` under a label table) is what its answer
key says: deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import sdjy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?<![:\w-])(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a target="_blank" href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html)" class="ellipsis-line-clamp"'
                  r' title="[^"]*"><s></s>[^<]*</a><span class="pull-right">(\d{4}-\d{2}-\d{2})</span></li>')
_NEXT = re.compile(r'<a class="default_pgBtn" href="([^"]+)">下页</a>')
_ISLAND = re.compile(r"var docData = (\{.*?\});\n")
_CHANNEL = re.compile(r"channelId: '([0-9a-f]{24})'")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return sdjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[sdjy.Col]:
    s = sdjy._Site()
    sdjy._news(s)
    sdjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    pages = [url]
    while m := _NEXT.search(_html(site, pages[-1])):
        pages.append(unescape(m.group(1)))
    return pages


def _answers(site: SampleSite, url: str) -> list[dict]:
    """A platform list's JSON: the page's literal, then the API's answers for its later pages."""
    html = _html(site, url)
    first = json.loads(_ISLAND.search(html).group(1))
    channel = _CHANNEL.search(html).group(1)
    answers = [first]
    for n in range(2, -(-first["total"] // first["pageSize"]) + 1):
        path, _, query = f"/gongkai/api/doc/list?channelId={channel}&pageNo={n}&pageSize={first['pageSize']}".partition("?")
        answers.append(json.loads(site.lookup(path, query).body))
    return answers


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    if url.startswith("/gongkai/"):
        return [(r["url"], date.fromisoformat(r["publishDate"])) for a in _answers(site, url) for r in a["data"]]
    return [(u, date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<th>{label}</th><td>([^<]*)</td>", html)
    return (m.group(1).strip() or None) if m else None


def _ymd(text: str) -> date:
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups())
    return date(y, m, d)


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = sdjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_portal_later_pages_are_the_column_address_with_uid_and_page_num(site: SampleSite, base: str) -> None:
    url = _col("岱川要闻")
    assert _pages(site, url) == ["/col/col1003/index.html", "/col/col1003/index.html?uid=428003&pageNum=2"]
    assert "共18条　1/2页" in _html(site, url) and len(_rows(site, url)) == 18
    assert [d for _, d in _rows(site, url)] == sorted((d for _, d in _rows(site, url)), reverse=True)
    for art, shown in _rows(site, url):
        assert art.startswith(f"/art/{shown.year}/{shown.month}/{shown.day}/art_1003_")
        assert f"发布日期：{shown:%Y-%m-%d} " in _html(site, art)


def test_platform_lists_are_only_a_json_literal_under_an_unrendered_vue_template(site: SampleSite) -> None:
    html = _html(site, _col("行政规范性文件"))
    assert '<li v-for="item in list"' in html and "{{item.title}}" in html and '<div class="nodata" v-if="list.length == 0">暂无数据</div>' in html
    assert not re.search(r'<a href="[^"]*doc_', html.split('<div id="app"')[1].split("<script>")[0])
    assert len(_rows(site, _col("行政规范性文件"))) == 7


def test_platform_later_pages_are_only_api_answers_no_page_names(site: SampleSite) -> None:
    for name, total in (("公示公告", 14), ("政府信息公开年报", 17)):
        answers = _answers(site, _col(name))
        assert [len(a["data"]) for a in answers] == [10, total - 10] and answers[0]["total"] == total
        hidden = {r["url"] for r in answers[1]["data"]}
        assert hidden <= site.script_only
        linked = {unescape(r) for res in site.resources.values() if res.is_html for r in _REF.findall(res.body.decode("utf-8"))}
        assert not hidden & linked and "/gongkai/api/" not in " ".join(linked)
    assert len(site.script_only) == 11


def test_documents_carry_a_label_table_and_written_dates(site: SampleSite) -> None:
    for url, shown in _rows(site, _col("行政规范性文件")):
        assert re.fullmatch(r"/gongkai/site_dcxzf/channel_[0-9a-f]{24}/doc_[0-9a-f]{24}\.html", url)
        html = _html(site, url)
        published = _ymd(_field("发布日期", html))
        assert published == shown and 4 <= (published - _ymd(_field("成文日期", html))).days <= 7
        assert date.fromisoformat(meta("PubDate", html)[:10]) == published and not meta("ContentSource", html)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        (answer,) = _answers(site, entry.url)
        assert answer["data"] == [] and answer["total"] == 0
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col("政策解读"))]
        short = re.search(r"《([^》]+)》", meta("ArticleTitle", html)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            lag = _ymd(_field("发布日期", _html(site, interp))) - _ymd(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert _ymd(_field("发布日期", html)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 60 and all(arg not in _footer(_html(site, u)) and "鲁公网安备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "article-no-source":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 50 and all(meta("ArticleTitle", _html(site, u)) and meta("PubDate", _html(site, u))
                                       and not meta("ContentSource", _html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert all(meta("ContentSource", _html(site, u)) or not meta("ArticleTitle", _html(site, u)) for u in others)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8").replace(f"//{SITE_HOST}", "//site")):
            base = "http://site" + url
            target = urljoin(base, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_problems_outside_the_key(site: SampleSite) -> None:
    planted = {e.url: e.probe.split(":")[1] for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col("行政规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)


def test_other_documents_are_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("其他文件"))]
    assert len(titles) == 4 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"岱川要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365,
              "行政规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365, "公示公告": 183}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= sdjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
