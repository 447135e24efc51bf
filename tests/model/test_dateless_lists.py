"""A picture list with no dates and no pager, on a page named as a column, is that column's list,
dated by its documents; a hub (its blocks' 更多 links lead to columns) stays a hub.

The markup is PowerEasy SiteFactory's `a_photo_list` (tests/sites/pe.py, from rendered
SiteFactory pages: 绍兴市第一中学, 连南县/廊坊/南岸 scrapers). Before (probes of 2bb4c15): the page
read as a hub, never judged: the demo's 部门动态 drawn so, 22 days stale, had no finding at all."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

_ARTICLE = ('<html><head><meta charset="utf-8"><title>{t}</title></head><body><div class="main_Article">'
            '<h1>{t}</h1><div class="main_ArticleSubheading">作者：县融媒体中心 点击数：12 更新时间：{d}</div>'
            '<div class="main_ArticleContent"><p>' + "为进一步做好相关工作，县里召开会议进行部署，要求各单位认真落实。" * 4 + '</p></div></div></body></html>')


def _pic(items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><div class="pe_u_thumb"><a href="{u}" target="_blank"><img src="/UploadFiles/Article/{k}.jpg" alt="{t}" '
                  f'width="160" height="120" border="0" /></a></div><div class="pe_u_thumb_title"><a href="{u}" target="_blank">'
                  f'{t[:12]}</a></div></li>' for k, (u, t) in enumerate(items))
    return ('<html><head><meta charset="utf-8"><title>图片新闻</title></head><body><div class="path"><span>当前位置：</span>'
            '<a href="/">首页</a> &gt; <a href="/Category_1/Index.aspx">新闻中心</a> &gt; <a href="/Category_14/Index.aspx">图片新闻</a></div>'
            f'<ul class="a_photo_list">{lis}<div class="clearbox"></div></ul></body></html>')


ROWS = [(f"/Item/{32381 + k}.aspx", f"图说某县：召开第{k + 1}次工作推进会") for k in range(4)]
DATES = ["2026-08-30", "2026-08-21", "2026-08-12", "2026-08-03"]
PAGES = {
    "/": (200, HTML, '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
                     '<a href="/Category_1/Index.aspx">新闻中心</a><a href="/Category_14/Index.aspx">图片新闻</a></body></html>'),
    # a hub: each child's newest rows and its 更多
    "/Category_1/Index.aspx": (200, HTML, '<html><head><meta charset="utf-8"><title>新闻中心</title><meta name="ColumnName" content="新闻中心"></head><body>'
                                          '<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/Category_1/Index.aspx">新闻中心</a></div>'
                                          '<div class="box"><h3>图片新闻</h3><a href="/Category_14/Index.aspx">更多</a>'
                                          + "".join(f'<a href="{u}">{t}</a>' for u, t in ROWS[:3]) + '</div></body></html>'),
    "/Category_14/Index.aspx": (200, HTML, _pic(ROWS)),
    **{u: (200, HTML, _ARTICLE.format(t=t, d=d)) for (u, t), d in zip(ROWS, DATES)},
}


def test_a_dateless_picture_list_is_its_columns_list_dated_by_its_documents(tmp_path: Path):
    model, base = crawl_and_build(PAGES, tmp_path / "out")
    kinds = {p.url.removeprefix(base): p.kind for p in model.pages}
    assert kinds["Category_1/Index.aspx"] == "hub"  # named as a column, but its 更多 leads to one
    (column,) = [c for c in model.columns if c.url.endswith("/Category_14/Index.aspx")]
    assert (column.state, len(column.items), column.newest_date, column.newest_source) == ("listed", 4, "2026-08-30", "documents")
