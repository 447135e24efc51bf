"""The page skeleton of the demo site: head, navigation, breadcrumb, footer, lists.

This module is the producer side of the markup contract the model builder parses;
change it only together with the builder. The site is fictional (see __init__).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from govaudit.demo.items import Column, Item

SITE_NAME = "白鹭区人民政府门户网站"
SITE_DOMAIN = "www.bailu.gov.cn"
SITE_ID_CODE = "3399000001"
ORG = "白鹭区人民政府"
HOME = ("首页", "/")
NEWS_HUB = ("新闻动态", "/xwzx/")
ZWGK_HUB = ("政务公开", "/zwgk/")
ZTZL_HUB = ("专题专栏", "/ztzl/")
PAGE_SIZE = 20

FOOTER = f"""<div class="footer">
 <p>主办单位：白鹭区人民政府办公室　联系电话：0571-00000000　<a href="/wzdt/">网站地图</a></p>
 <p>网站标识码：{SITE_ID_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备00000001号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33990002000001" target="_blank">浙公网安备 33990002000001号</a></p>
 <p>本网站为 govaudit 演示用虚构站点，所有内容均为虚构。</p>
 <span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=000000" target="_blank"><img src="/images/red.png" alt="党政机关"></a></span>
 <script id="_jiucuo_" sitecode="{SITE_ID_CODE}" src="/js/jiucuo.js"></script>
</div>"""

NAV = '<div class="nav"><ul>' + "".join(
    f'<li><a href="{href}">{name}</a></li>' for name, href in (HOME, NEWS_HUB, ZWGK_HUB, ZTZL_HUB)
) + "</ul></div>"


def page(title: str, main: str, metas: Sequence[tuple[str, str]] = ()) -> str:
    """A complete HTML page with the site's head, header navigation and footer."""
    head_metas = [("SiteName", SITE_NAME), ("SiteDomain", SITE_DOMAIN), ("SiteIDCode", SITE_ID_CODE), *metas]
    meta_html = "\n".join(f'<meta name="{n}" content="{escape(c)}">' for n, c in head_metas)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{escape(title)}_{ORG}</title>
{meta_html}
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="header"><div class="logo">{ORG}</div>
{NAV}
</div>
<div class="main">
{main}
</div>
{FOOTER}
</body>
</html>
"""


def position(trail: Iterable[tuple[str, str]], current: str | None = None) -> str:
    """Breadcrumb: linked `trail` (name, href) pairs, then `current` as plain text."""
    parts = [f'<a href="{href}">{escape(name)}</a>' for name, href in trail]
    if current is not None:
        parts.append(f"<span>{escape(current)}</span>")
    return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>"


def column_metas(name: str, ctype: str | None) -> list[tuple[str, str]]:
    metas = [("ColumnName", name)]
    if ctype is not None:  # list columns carry the full set of column tags; hubs only their name
        metas += [("ColumnDescription", f"白鹭区人民政府{name}栏目"), ("ColumnKeywords", name), ("ColumnType", ctype)]
    return metas


def fmt_date(date: str, style: str) -> str:
    """A YYYY-MM-DD date in one of the list styles real CMSs use."""
    if style == "bracket":
        return f"[{date}]"
    if style == "cn":
        return f"{date[:4]}年{date[5:7]}月{date[8:10]}日"
    return date


def cn_date(date: str) -> str:
    return fmt_date(date, "cn")


def item_list(entries: Iterable[tuple[str, str, str]], style: str = "plain") -> str:
    """<ul class="list"> of (href, title, YYYY-MM-DD) entries, in the order given."""
    lis = [
        f'<li><a href="{href}" title="{escape(title)}">{escape(title)}</a>'
        f'<span class="date">{fmt_date(date, style)}</span></li>'
        for href, title, date in entries
    ]
    return '<ul class="list">' + "".join(lis) + "</ul>"


def item_table(column: Column, items: Sequence[Item]) -> str:
    """The normative-document list: a table with 标题 / 发文字号 / 发布日期."""
    rows = ["<tr><th>标题</th><th>发文字号</th><th>发布日期</th></tr>"]
    for it in items:
        href = "./" + column.url(it)[len(column.path):]
        rows.append(
            f'<tr><td><a href="{href}" title="{escape(it.title)}">{escape(it.title)}</a></td>'
            f"<td>{escape(it.wenhao or '')}</td><td>{it.date}</td></tr>"
        )
    return '<table class="list-table">' + "".join(rows) + "</table>"


def pager(index: int, count: int) -> str:
    """Plain-link pager for page `index` (0-based) of `count` pages; '' when one page."""
    if count <= 1:
        return ""

    def name(i: int) -> str:
        return "index.html" if i == 0 else f"index_{i}.html"

    links = []
    if index > 0:
        links += [f'<a href="{name(0)}">首页</a>', f'<a href="{name(index - 1)}">上一页</a>']
    if index < count - 1:
        links += [f'<a href="{name(index + 1)}">下一页</a>', f'<a href="{name(count - 1)}">尾页</a>']
    return '<div class="pager">' + " ".join(links) + "</div>"


def column_pages(column: Column) -> dict[str, str]:
    """The list page(s) of a column: {root-relative file path: html}."""
    items = column.newest_first()
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    out: dict[str, str] = {}
    for n, chunk in enumerate(chunks):
        if not chunk:
            listing = '<ul class="list"></ul><div class="no-data">暂无信息</div>'
        elif column.date_style == "table":
            listing = item_table(column, chunk)
        else:
            entries = [("./" + column.url(it)[len(column.path):], it.title, it.date) for it in chunk]
            listing = item_list(entries, column.date_style)
        main = "\n".join([
            position([HOME, column.parent], column.name),
            f'<div class="column"><h2>{escape(column.name)}</h2>',
            listing,
            pager(n, len(chunks)),
            "</div>",
        ])
        fname = "index.html" if n == 0 else f"index_{n}.html"
        out[column.path.lstrip("/") + fname] = page(column.name, main, column_metas(column.name, column.ctype))
    return out


def document_page(column: Column, item: Item) -> str:
    """One article page inside `column`."""
    info = f'<div class="info"><span>发布时间：{item.pub}</span><span>来源：{escape(item.source)}</span></div>'
    main = "\n".join([
        position([HOME, column.parent, (column.name, column.path)]),
        '<div class="article">',
        item.before_title,
        f'<h1 class="title">{escape(item.title)}</h1>',
        info,
        '<div class="content">',
        *item.body,
        "</div>",
        attachments(item.attachments),
        item.after_body,
        "</div>",
    ])
    metas = [("ArticleTitle", item.title), ("PubDate", item.pub), ("ContentSource", item.source)]
    return page(item.title, main, metas)


def attachments(paths: Sequence[str]) -> str:
    if not paths:
        return ""
    links = "　".join(f'<a href="{path}">{path.rsplit("/", 1)[-1]}</a>' for path in paths)
    return f'<div class="attachments">附件：{links}</div>'


def hub_page(name: str, trail: Sequence[tuple[str, str]], groups: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> str:
    """A hub: grouped links to sections and columns by name, no dates."""
    blocks = []
    for heading, links in groups:
        lis = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for text, href in links)
        blocks.append(f"<h3>{escape(heading)}</h3><ul>{lis}</ul>")
    main = position(trail, name) + '\n<div class="hub">' + "\n".join(blocks) + "</div>"
    return page(name, main, column_metas(name, None))
