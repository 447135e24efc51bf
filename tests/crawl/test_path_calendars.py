"""Calendars with the date in the path (issue 14 item 7): a date-only page that links to the next
and previous dates is cut off like a query calendar; a dated article path that also names a
document is never cut, however many there are and however they link to each other."""

from __future__ import annotations

from datetime import date, timedelta

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.traps import CALENDAR, TrapDetector, calendar_step, path_date
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

S = "http://www.example.gov.cn"
FIRST = date(2026, 1, 1)
DAYS = 2000
CUT = 12  # max_calendar_urls

# Date-only paths, as activity calendars (活动日历, 日程) publish them: one per form.
CALENDAR_FORMS = {
    "huodong": lambda d: f"/huodong/{d:%Y-%m-%d}.html",
    "cal": lambda d: f"/cal/{d.year}/{d.month}/{d.day}/",
    "rili": lambda d: f"/rili/{d:%Y%m%d}.html",
    "richeng": lambda d: f"/richeng/{d:%Y_%m_%d}/index.html",
}
# Dated article paths of the CMS families in domain.md section 7: each also names the document.
ARTICLE_FORMS = {
    "hanweb": lambda d, i: f"/art/{d.year}/{d.month}/{d.day}/art_1229_{345 + i}.html",
    "trs": lambda d, i: f"/xxgk/{d:%Y%m}/t{d:%Y%m%d}_{123456 + i}.html",
    "xinhua": lambda d, i: f"/{d:%Y-%m}/{d:%d}/content_{123 + i}.htm",
    "dayu": lambda d, i: f"/c/{d:%Y-%m-%d}/{1234 + i}.html",
}


def test_date_only_paths_and_dated_articles():
    for form in CALENDAR_FORMS.values():
        assert path_date(form(FIRST)) is not None, form(FIRST)
    assert path_date("/cal/2026-11/").unit == "month"
    for form in ARTICLE_FORMS.values():
        assert path_date(form(FIRST, 0)) is None, form(FIRST, 0)
    for not_a_date in ("/x/2024-13-45.html", "/news/12345678.html", "/202405/", "/2024/", "/p/20240101123.html"):
        assert path_date(not_a_date) is None, not_a_date
    day = CALENDAR_FORMS["huodong"]
    assert calendar_step(S + day(FIRST + timedelta(1)), S + day(FIRST))
    assert calendar_step(S + day(FIRST - timedelta(1)), S + day(FIRST))  # the previous day too
    assert calendar_step(S + day(FIRST + timedelta(365)), S + day(FIRST))  # the same day next year
    assert not calendar_step(S + day(FIRST), S + "/huodong/")  # linked from the calendar's index: not a step
    assert not calendar_step(S + day(FIRST), S + day(FIRST))
    assert not calendar_step(S + day(FIRST + timedelta(1)), S + CALENDAR_FORMS["rili"](FIRST))  # another calendar
    assert not calendar_step(S + day(FIRST + timedelta(1)), "http://other.gov.cn" + day(FIRST))
    article = ARTICLE_FORMS["hanweb"]
    assert not calendar_step(S + article(FIRST + timedelta(1), 1), S + article(FIRST, 0))


def test_a_calendar_is_cut_at_the_query_calendar_limit_but_dated_pages_linked_otherwise_are_not():
    traps = TrapDetector(max_per_pattern=100, max_calendar=3)
    day = CALENDAR_FORMS["huodong"]
    steps = [traps.admit(S + day(FIRST + timedelta(i + 1)), S + day(FIRST + timedelta(i)))[0] for i in range(5)]
    assert steps == [None, None, None, CALENDAR, CALENDAR]
    listed = TrapDetector(max_per_pattern=100, max_calendar=3)  # an archive listing its days: no step, no cut
    assert [listed.admit(S + day(FIRST + timedelta(i)), S + "/huodong/")[0] for i in range(50)] == [None] * 50


def _page(title: str, *links: tuple[str, str]) -> str:
    return html(*links, title=title)


def test_a_2000_day_calendar_stops_at_the_cut_off(tmp_path, serve):
    files = {"index.html": _page("首页", *((form(FIRST), "活动日历") for form in CALENDAR_FORMS.values()))}
    for form in CALENDAR_FORMS.values():
        for i in range(DAYS):
            day = FIRST + timedelta(i)
            path = form(day) + ("index.html" if form(day).endswith("/") else "")
            links = [(form(day - timedelta(1)), "前一天"), (form(day + timedelta(1)), "后一天"),
                     (form(day + timedelta(7)), "下一周")]
            files[path.lstrip("/")] = _page(f"活动 {day}", *links)
    site = serve(write_site(tmp_path / "site", files))
    out = tmp_path / "out"
    summary = crawl_site(site.url, out, CrawlSettings(rate=0, obey_robots=False, max_calendar_urls=CUT, max_depth=50))
    for name in CALENDAR_FORMS:  # counted by the server: what was really requested
        assert len({h.path for h in site.hits if h.path.startswith(f"/{name}/")}) == CUT, name
    assert summary.reason is None and summary.cutoffs.get(CALENDAR, 0) >= len(CALENDAR_FORMS)
    with SnapshotReader(out) as reader:
        cut = reader._db.execute("SELECT url, pattern FROM cutoffs WHERE reason = ?", (CALENDAR,)).fetchall()
    assert {pattern.split("/", 2)[1] for _, pattern in cut} == set(CALENDAR_FORMS)


def test_300_dated_articles_linking_to_each_other_are_all_fetched(tmp_path, serve):
    articles = [form(FIRST + timedelta(i), i) for form in ARTICLE_FORMS.values() for i in range(75)]
    files = {"index.html": _page("首页", ("/list/", "通知公告")),
             "list/index.html": _page("通知公告", *((a, f"关于第{i}项工作的通知") for i, a in enumerate(articles)))}
    for i, path in enumerate(articles):  # 上一篇 / 下一篇, the articles a day apart
        neighbours = [(articles[j], "上一篇" if j < i else "下一篇") for j in (i - 1, i + 1) if 0 <= j < len(articles)]
        files[path.lstrip("/")] = _page(f"第{i}项", *neighbours)
    site = serve(write_site(tmp_path / "site", files))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_calendar_urls=CUT))
    assert sorted(h.path for h in site.hits if h.path not in ("/", "/list/")) == sorted(articles)
    assert summary.cutoffs == {} and summary.fetched == len(articles) + 2
