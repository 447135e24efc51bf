"""Generate the bundled demo site: the fictional 白鹭区人民政府 portal (www.bailu.gov.cn).

白鹭区 does not exist; all content is invented for govaudit's demo and tests, and
the footer of every page says so. Generation is deterministic (no clock, no
randomness): two runs write byte-identical files. The planted defects are listed in
DEFECTS.md and in `govaudit.demo.defects.PLANTED`; everything else is compliant as
of `govaudit.demo.DEMO_AS_OF`.
"""

from __future__ import annotations

from pathlib import Path

from govaudit.demo.annual import annual_column
from govaudit.demo.assets import pdf, static_files
from govaudit.demo.content_docs import doc_columns
from govaudit.demo.content_news import news_columns
from govaudit.demo.content_zwgk import MISSING_ATTACHMENT, topic_columns, zwgk_columns
from govaudit.demo.items import Column, p
from govaudit.demo.layout import (
    HOME, NEWS_HUB, ZTZL_HUB, ZWGK_HUB, column_pages, document_page, hub_page, item_list, page, position,
)

GUIDE = ("政府信息公开指南", "/zwgk/zn/")
REQUEST = ("依申请公开", "/zwgk/ysqgk/")
FDZDGKNR = ("法定主动公开内容", "/zwgk/fdzdgknr/")
SITEMAP = ("网站地图", "/wzdt/")

_GUIDE_TEXT = (
    "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
    "一、主动公开。主动公开的政府信息通过白鹭区人民政府门户网站“政务公开”栏目发布，一般自信息形成或者变更之日起二十个工作日内公开。",
    "二、依申请公开。公民、法人或者其他组织可以向白鹭区人民政府办公室提出政府信息公开申请，申请可通过网上、信函或当面方式提交。",
    "三、办理时限。能够当场答复的当场答复；不能当场答复的，自收到申请之日起二十个工作日内予以答复。",
    "四、工作机构。白鹭区人民政府办公室政务公开科，办公时间为工作日上午8:30—12:00、下午14:30—17:30，联系电话：0571-00000000。",
)
_REQUEST_TEXT = (
    "申请人可以通过以下方式提出政府信息公开申请：",
    "一、当面申请：到白鹭区政务服务中心一楼综合窗口填写《政府信息公开申请表》。",
    "二、信函申请：将申请表邮寄至白鹭区人民政府办公室政务公开科，信封注明“政府信息公开申请”字样。",
    "三、网上申请：通过本网站依申请公开系统在线填写申请。",
    "申请时请提供申请人身份证明，并尽可能详细描述所需政府信息的名称、文号或其他特征描述。",
)


def columns() -> list[Column]:
    """Every list column of the site, in site-map order."""
    news = news_columns()
    zwgk = zwgk_columns()
    gfxwj, zcjd = doc_columns()
    tzgg, gsgg, rsxx, ghjh, czyjs, zxzj, zd = zwgk
    return [*news, tzgg, gsgg, gfxwj, zcjd, rsxx, ghjh, czyjs, zxzj, zd, annual_column(), *topic_columns()]


def _link(col: Column) -> tuple[str, str]:
    return (col.name, col.path)


def _text_page(name: str, date: str, time: str, paragraphs: tuple[str, ...]) -> str:
    """A single page (not a column) such as the disclosure guide."""
    main = "\n".join([
        position([HOME, ZWGK_HUB], name),
        '<div class="article">',
        f'<h1 class="title">{name}</h1>',
        f'<div class="info"><span>发布时间：{date} {time}</span><span>来源：白鹭区人民政府办公室</span></div>',
        '<div class="content">',
        *(p(t) for t in paragraphs),
        "</div></div>",
    ])
    metas = [("ArticleTitle", name), ("PubDate", f"{date} {time}"), ("ContentSource", "白鹭区人民政府办公室")]
    return page(name, main, metas)


def _hubs(cols: dict[str, Column]) -> dict[str, str]:
    def links(*paths: str) -> list[tuple[str, str]]:
        return [_link(cols[path]) for path in paths]

    news = links("/xwzx/qyyw/", "/xwzx/bmdt/")
    active = links("/zwgk/tzgg/", "/zwgk/gsgg/", "/zwgk/gfxwj/", "/zwgk/zcjd/", "/zwgk/rsxx/", "/zwgk/ghjh/",
                   "/zwgk/czyjs/", "/zwgk/zxzj/")
    platform = [GUIDE, _link(cols["/zwgk/zd/"]), FDZDGKNR, _link(cols["/zwgk/nb/"]), REQUEST]
    topics = links("/ztzl/yqfk2020/")
    return {
        "xwzx/index.html": hub_page(NEWS_HUB[0], [HOME], [("新闻动态", news)]),
        "zwgk/index.html": hub_page(ZWGK_HUB[0], [HOME], [("政府信息公开", platform), ("主动公开栏目", active)]),
        "zwgk/fdzdgknr/index.html": hub_page(FDZDGKNR[0], [HOME, ZWGK_HUB], [("法定主动公开内容", active)]),
        "ztzl/index.html": hub_page(ZTZL_HUB[0], [HOME], [("历史专题", topics)]),
        "wzdt/index.html": hub_page(SITEMAP[0], [HOME], [
            ("新闻动态", [NEWS_HUB, *news]),
            ("政务公开", [ZWGK_HUB, *platform, *active]),
            ("专题专栏", [ZTZL_HUB, *topics]),
        ]),
    }


def _home(cols: dict[str, Column]) -> str:
    qyyw = cols["/xwzx/qyyw/"]
    latest = [(qyyw.url(it), it.title, it.date) for it in qyyw.newest_first()[:8]]
    entries = [_link(c) for c in cols.values()]
    hub_links = [NEWS_HUB, ZWGK_HUB, GUIDE, FDZDGKNR, REQUEST, ZTZL_HUB, SITEMAP]
    lis = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in [*hub_links, *entries])
    main = "\n".join([
        '<div class="home-news"><h2>区域要闻</h2>',
        item_list(latest, "plain"),
        f'<a class="more" href="{qyyw.path}">更多</a></div>',
        f'<div class="home-entries"><h2>政务公开</h2><ul>{lis}</ul></div>',
    ])
    return page("首页", main, [("ColumnName", "首页"), ("ColumnType", "首页")])


def build_files() -> dict[str, bytes]:
    """Every file of the site: {path relative to the site root: bytes}."""
    cols = {c.path: c for c in columns()}
    html: dict[str, str] = {"index.html": _home(cols), **_hubs(cols)}
    html["zwgk/zn/index.html"] = _text_page(GUIDE[0], "2026-03-02", "09:00", _GUIDE_TEXT)
    html["zwgk/ysqgk/index.html"] = _text_page(REQUEST[0], "2025-11-20", "09:30", _REQUEST_TEXT)
    attachments: set[str] = set()
    for col in cols.values():
        html.update(column_pages(col))
        for it in col.items:
            html[col.url(it).lstrip("/")] = document_page(col, it)
            attachments.update(it.attachments)
    files = {path: text.encode("utf-8") for path, text in html.items()}
    for path in sorted(attachments - {MISSING_ATTACHMENT}):
        files[path.lstrip("/")] = pdf(f"govaudit demo attachment (fictional site): {path.rsplit('/', 1)[-1]}")
    files.update(static_files())
    return dict(sorted(files.items()))


def generate_site(dest: Path) -> None:
    """Write the demo site's static files under `dest` (created if needed)."""
    dest = Path(dest)
    for rel, data in build_files().items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
