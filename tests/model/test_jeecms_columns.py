"""A JEECMS site (`.jhtml` pages, the yctravel.gov.cn markup of tests/sites/jee.py): a column whose
later pages (`index_2.jhtml`, reached by an onclick pager) make it named by its folder is still the
column the homepage links (level 1), so the homepage's freshness reads it."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build


def _page(title: str, body: str, meta: str = "") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title} - 青峰区人民政府</title>{meta}</head><body>'
            '<div class="nr-nav-area"><ul><li class="on"><a href="/">首页</a></li><li><a href="/xxgk/index.jhtml">信息公开</a></li></ul></div>'
            f'{body}<div class="wrapper footer"><p>主办单位：青峰区人民政府办公室 网站标识码:3609020005</p></div></body></html>').encode()


def _site() -> dict[str, tuple[int, str, bytes]]:
    pages: dict[str, tuple[int, str, bytes]] = {}
    ids = list(range(9010, 8980, -1))
    rows = lambda chunk: "".join(f'<li><span>2026-11-{19 - (9010 - i) // 2:02d}</span><h1><a href="/xwzx/qfyw/{i}.jhtml">青峰要闻第{i}期标题文字</a></h1></li>'
                                 for i in chunk)  # noqa: E731
    pager = lambda n: ('<div class="page-area"><div class="pages"><span class="button-area">共30条记录 '
                       f'{n}/2页</span><span class="page-number"><a class="Num{" on" if n == 1 else ""}" href="#" '
                       "onclick=\"location.href='index.jhtml'\">1</a><a class=\"Num" + (" on" if n == 2 else "")
                       + "\" href=\"#\" onclick=\"location.href='index_2.jhtml'\">2</a></span></div></div>")  # noqa: E731
    meta = '<meta name="ColumnName" content="青峰要闻">'
    for n, chunk in ((1, ids[:15]), (2, ids[15:])):
        url = "/xwzx/qfyw/index.jhtml" if n == 1 else "/xwzx/qfyw/index_2.jhtml"
        body = (f'<div class="nr-main fr"><div class="dqwz"><em>您当前的位置：</em><a href="/">首页</a> &gt; '
                f'<a href="/xwzx/qfyw/index.jhtml">青峰要闻</a></div><ul class="news-list">{rows(chunk)}</ul>{pager(n)}</div>')
        pages[url] = (200, HTML, _page("青峰要闻", body, meta))
    for i in ids:
        day = f"2026-11-{19 - (9010 - i) // 2:02d}"
        pages[f"/xwzx/qfyw/{i}.jhtml"] = (200, HTML, _page(f"青峰要闻第{i}期标题文字", (
            f'<div class="content-box"><h1 class="title">青峰要闻第{i}期标题文字</h1><div class="content-inf">发布时间：{day} 09:30:00'
            '&nbsp;&nbsp;来源：青峰区融媒体中心</div><div class="content-txt"><p>会议要求，要压实责任，确保各项工作落到实处。</p></div></div>'),
            f'<meta name="ArticleTitle" content="青峰要闻第{i}期标题文字">'))
    home_rows = "".join(f'<li><a href="/xwzx/qfyw/{i}.jhtml">青峰要闻第{i}期标题文字</a><span>11-{19 - (9010 - i) // 2:02d}</span></li>'
                        for i in ids[:6])
    pages["/"] = (200, HTML, _page("首页", f'<div class="index-box"><h2>青峰要闻</h2><a href="/xwzx/qfyw/index.jhtml" class="more">更多</a>'
                                         f"<ul>{home_rows}</ul></div>"))
    return pages


def test_the_column_the_homepage_links_is_level_one(tmp_path: Path):
    site, base = crawl_and_build(_site(), tmp_path)
    (col,) = [c for c in site.columns if c.name == "青峰要闻"]
    assert col.url.startswith(base) and col.url.endswith("/xwzx/qfyw/")  # named by its folder
    assert (col.level, len(col.items), col.newest_date) == (1, 30, "2026-11-19")
