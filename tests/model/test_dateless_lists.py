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


# JEECMS 图片新闻 (tests/sites/jee.py) with every class name meaningless: the channel's side menu, no
# longer known as navigation, and the footer's 公安备案 badge stand in the body beside the picture rows.
_MENU = ('<div class="x5674080d"><h2>新闻中心</h2><ul><li><a href="/xwzx/qfyw/index.jhtml">青峰要闻</a></li>'
         '<li><a href="/xwzx/tpxw/index.jhtml">图片新闻</a></li><li><a href="/xwzx/tzgg/index.jhtml">通知公告</a></li></ul></div>')
_FOOT = ('<div class="xc8370c59"><p>主办单位：青峰区人民政府办公室 网站标识码:3609020005 <a href="http://www.beian.gov.cn/portal/'
         'registerSystemInfo?recordcode=36090202000118">公安备案号 36090202000118</a></p></div>')
PICS = [(f"/xwzx/tpxw/{20584 + 3 * k}.jhtml", f"图说青峰区：召开第{k + 1}次工作推进会") for k in range(4)]
NEWS = [(f"/xwzx/qfyw/{20500 + k}.jhtml", f"青峰区召开第{k + 1}次常务会议") for k in range(3)]


def _jee(title: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title} - 青峰区人民政府</title><meta name="ColumnName" content="{title}">'
            f'</head><body><div class="x56cc664f">{_MENU}<div class="x4218e115"><div class="xd1fda42c"><em>您当前的位置：</em>'
            f'<a href="/">首页</a> &gt; <a href="/xwzx/index.jhtml">新闻中心</a></div>{body}</div></div>{_FOOT}</body></html>')


JEE_PAGES = {
    "/": (200, HTML, '<html><head><meta charset="utf-8"><title>青峰区人民政府</title></head><body>'
                     '<a href="/xwzx/index.jhtml">新闻中心</a></body></html>'),
    # the channel: its menu, and its columns' newest documents under their 更多
    "/xwzx/index.jhtml": (200, HTML, _jee("新闻中心", '<div><h3>青峰要闻</h3><a href="/xwzx/qfyw/index.jhtml">更多</a>'
                                                   + "".join(f'<p><a href="{u}">{t}</a></p>' for u, t in NEWS) + '</div><div><h3>图片新闻</h3>'
                                                   '<a href="/xwzx/tpxw/index.jhtml">更多</a>'
                                                   + "".join(f'<p><a href="{u}">{t}</a></p>' for u, t in PICS[:2]) + '</div>')),
    "/xwzx/qfyw/index.jhtml": (200, HTML, _jee("青峰要闻", '<ul>' + "".join(f'<li><a href="{u}">{t}</a><span>2026-11-0{k + 1}</span></li>'
                                                                      for k, (u, t) in enumerate(NEWS)) + '</ul>')),
    "/xwzx/tpxw/index.jhtml": (200, HTML, _jee("图片新闻", '<ul>' + "".join(
        f'<li><a href="{u}"><img src="/u/cms/www/202611/pic{k}.jpg" alt="{t}"></a><p><a href="{u}">{t}</a></p></li>'
        for k, (u, t) in enumerate(PICS)) + '</ul>')),
    "/xwzx/tzgg/index.jhtml": (200, HTML, _jee("通知公告", '<ul><li><a href="/xwzx/tzgg/1.jhtml">关于开展森林防火检查的通知</a>'
                                                      '<span>2026-11-10</span></li></ul>')),
    "/xwzx/tzgg/1.jhtml": (200, HTML, _ARTICLE.format(t="关于开展森林防火检查的通知", d="2026-11-10")),
    **{u: (200, HTML, _ARTICLE.format(t=t, d=f"2026-10-{12 + k}")) for k, (u, t) in enumerate(NEWS)},
    **{u: (200, HTML, _ARTICLE.format(t=t, d=d)) for (u, t), d in zip(PICS, DATES)},
}


# A 信息公开 platform's home (tests/sites/jsp.py's /public/): its guide, 制度 and 依申请公开 pages, each
# read as a document, above links to more columns than that: a hub, not a picture list.
_STATIC = [(f"/xxgk/{k}.jhtml", n) for k, n in (("zn", "政府信息公开指南"), ("zd", "政府信息公开制度"), ("ysq", "依申请公开"))]
JEE_PAGES["/xxgk/index.jhtml"] = (200, HTML, _jee("政府信息公开", "<ul>" + "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATIC)
                                                 + "</ul><h3>法定主动公开内容</h3><ul>" + "".join(
                                                     f'<li><a href="/xwzx/{c}/index.jhtml">{n}</a></li>' for c, n in
                                                     (("qfyw", "青峰要闻"), ("tzgg", "通知公告"))) + "</ul>"))
JEE_PAGES["/"] = (200, HTML, JEE_PAGES["/"][2].replace("</body>", '<a href="/xxgk/index.jhtml">信息公开</a></body>'))
JEE_PAGES.update({u: (200, HTML, _ARTICLE.format(t=n, d="2026-02-10")) for u, n in _STATIC})


def test_a_picture_list_beside_an_unknown_side_menu_is_its_columns_list(tmp_path: Path):
    """Before: the menu's links to other columns made the page a hub, its 图片新闻 never judged
    (jee, kpy, pe and sscms under the `classes` mutation). The channel page beside it, whose rows
    its columns list, stays a hub; so does the platform's home linking three pages and more columns."""
    model, base = crawl_and_build(JEE_PAGES, tmp_path / "out")
    kinds = {p.url.removeprefix(base): p.kind for p in model.pages}
    assert kinds["xwzx/index.jhtml"] == "hub" and kinds["xxgk/index.jhtml"] == "hub"
    (column,) = [c for c in model.columns if c.url.endswith("/xwzx/tpxw/index.jhtml") or c.url.endswith("/xwzx/tpxw/")]
    assert (column.state, len(column.items), column.newest_date, column.newest_source) == ("listed", 4, "2026-08-30", "documents")


# 远略 ylcms's 政务公开 page (tests/sites/ylcms.py) as every mutation at seed 27 writes it: its first tab's five newest
# 规范性文件 as table rows dated `10-22` (no year), a 更多 link to the column that files them.
GFX = [(f"/cms/infopublic/publicInfo.shtml?id={20684996108160004 + 307 * k}&siteId=830612496518270000",
        f"汀湄县人民政府关于印发《汀湄县第{k + 1}项管理办法》的通知", f"2026-{10 - k:02d}-22") for k in range(3)]


def _record(title: str, day: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>' + title + '</title></head><body><div class="mid-path">当前位置：'
            '<a href="/">首页</a> &gt; <a href="/gfxwj/index.html">行政规范性文件</a></div><ul class="info"><li>索引号：FJ0001-2026</li>'
            f'<li>发布日期：{day}</li></ul><h1>{title}</h1><div class="content"><p>'
            + "为进一步规范管理，现将有关办法印发给你们，请认真贯彻执行。" * 3 + '</p></div></body></html>')


LINKED_PAGES = {
    "/": (200, HTML, '<html><head><meta charset="utf-8"><title>汀湄县人民政府</title></head><body><a href="/zwgk/index.html">政务公开</a>'
                     '<a href="/gfxwj/index.html">行政规范性文件</a></body></html>'),
    "/zwgk/index.html": (200, HTML, '<html><head><meta charset="utf-8"><title>政务公开-汀湄县人民政府</title></head><body>'
                         '<div class="x91e06761">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.html">政务公开</a></div>'
                         '<div class="x4dd617b7"><ul class="xa3515c4e"><li class="xd2044a17"><a href="javascript:void(0);">行政规范性文件</a></li></ul>'
                         '<div class="x7041ab4f"><table>' + "".join(f'<tr><td><a href="{u}" title="{t}">{t}</a><td>{d[5:]}' for u, t, d in GFX)
                         + '</table></div><div class="xa4916ae8"><a href="/gfxwj/index.html">更多</a></div></div></body></html>'),
    "/gfxwj/index.html": (200, HTML, '<html><head><meta charset="utf-8"><title>行政规范性文件-汀湄县人民政府</title></head><body>'
                          '<div class="mid-path">当前位置：<a href="/">首页</a> &gt; <a href="/gfxwj/index.html">行政规范性文件</a></div><ul class="list">'
                          + "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in GFX) + '</ul></body></html>'),
    **{u: (200, HTML, _record(t, d)) for u, t, d in GFX},
}


def test_rows_without_a_year_linking_another_columns_documents_are_dated_by_those_documents(tmp_path: Path):
    """Rows showing `10-22` only, whose documents are filed under the column the 更多 link names: the page's own
    newest date is what those documents show. Before: no document of its own, so no date at all, and the other-column
    rule read 「条目均无可识别的发布日期，视为未更新」 — a false stale column (the ylcms sample site at seed 27)."""
    model, base = crawl_and_build(LINKED_PAGES, tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert {d.column_url.removeprefix(base) for d in model.documents if d.url.removeprefix(base) in {u.lstrip("/") for u, _, _ in GFX}} \
        == {"gfxwj/"}
    overview = columns["zwgk/"]
    assert [i.date for i in overview.items] == [None, None, None]
    assert (overview.newest_date, overview.newest_source) == ("2026-10-22", "documents")
