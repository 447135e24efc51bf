"""Document kinds from column, title and 文号; the column a document belongs to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from govaudit.htmlvocab import HONOUR_OR_REPLY_TITLE, INTERPRETATION_TITLE, ORGANISATION_NOTICE_TITLE, WORK_NOTICE_TITLE
from govaudit.model.extract.wenhao import decree_number, is_normative_number, is_routine_number
from govaudit.urls import PAGE_PARAMS

# 文件及解读, 政策文件与解读, 文件和政策解读 (a 政策文件解读 column holds interpretations only)
_MIXED_COLUMN = re.compile(r"文件\s*(?:及|与|和|、|暨)\s*(?:政策)?解读")
_NOTICE_TITLE = re.compile(r"(?:通知|公告|公示|通告)$")
_NEWS_COLUMN = re.compile(r"动态|要闻|新闻|资讯")
# A column named only by a year (科学技术部's 规范性文件 › 2026年, 财政预决算 › 2023年度): an archive of its parent's.
YEAR_NAME = re.compile(r"\s*((?:19|20)\d{2})\s*(?:年|年度|年份)?\s*")


def kind_column(column_name: str | None, trail: list[str]) -> str | None:
    """The column name that tells a document's kind: a year archive files its parent's documents, so the nearest
    trail step (`trail`: the page's 当前位置 names, home first) not named by a year names them; else `column_name`."""
    if column_name and YEAR_NAME.fullmatch(column_name):
        return next((name for name in reversed(trail) if name and not YEAR_NAME.fullmatch(name)), column_name)
    return column_name


def document_kind(title: str, column_name: str | None, metadata: dict[str, str], is_annual_report: bool,
                  lead_number: Callable[[], str] | None = None) -> str:
    """normative | policy | interpretation | annual_report | notice | news | other, from the
    column first (sites file documents deliberately), then the 文号 series and the
    metadata block, then the title. `lead_number` gives the 文号 the document's text opens with
    (wenhao.lead_wenhao), asked only when the metadata block shows no 文号."""
    column = column_name or ""
    wenhao = metadata.get("发文字号", "")
    if is_annual_report:
        return "annual_report"
    # A column of documents beside their interpretations (文件及解读) files both: there the title tells.
    if ("解读" in column and not _MIXED_COLUMN.search(column)) or (INTERPRETATION_TITLE.search(title) and ("《" in title or not metadata)):
        return "interpretation"
    if "规范性文件" in column or is_normative_number(wenhao) or "规范性文件" in metadata.get("主题分类", ""):
        return "normative"
    # A 部门规章 (its 令 number in its title) is a policy document: 国办发〔2016〕80号 owes 规章 an interpretation.
    if decree_number(title):
        return "policy"
    # No 文号 in the metadata block (none, or an empty cell): the number heading the text tells the series
    # (gov.cn-style document pages print it under the title, as the paper document does).
    if not wenhao and lead_number is not None and not _NEWS_COLUMN.search(column) and is_normative_number(lead_number()):
        return "normative"
    # A notice numbered in a routine series that issues no document of its own (no 《…》: 栗府字〔2026〕30号 关于做好
    # 秋粮收购工作的通知, 教思政厅函 关于举办…活动的通知) is a work notice wherever it is filed: interpretations are owed for
    # 规章, 规范性文件 and policy documents (国办发〔2016〕80号), not for work arrangements.
    if is_routine_number(wenhao) and "《" not in title and _NOTICE_TITLE.search(title):
        return "notice"
    # So is a notice whose title arranges work (关于做好…工作的通知, 关于开展…普查的通知), filed under 其他文件 or 政策文件 too.
    if WORK_NOTICE_TITLE.search(title):
        return "notice"
    # So is a notice that appoints people or sets up a 领导小组 (a county's 县政府文件 column files both among its documents).
    if ORGANISATION_NOTICE_TITLE.search(title):
        return "notice"
    # A commendation or naming decision, or a 批复 to one requester, numbered in the government's own series and filed
    # among its documents (a county's 县政府文件 column), owes no interpretation either.
    if HONOUR_OR_REPLY_TITLE.search(title):
        return "other"
    if "政策文件" in column or ("文件" in column and metadata):
        return "policy"
    if re.search(r"通知|公告|公示", column):
        return "notice"
    # A numbered record with a validity field is a policy document, unless its column files it as a notice:
    # 龙讯 Lonsun's table gives every record an 有效性 (合肥蜀山区's news record: 有效), 通知公告 ones a 文号 too.
    if wenhao and "有效性" in metadata:
        return "policy"
    if _NEWS_COLUMN.search(column):
        return "news"
    if metadata and wenhao:
        return "policy"
    if _NOTICE_TITLE.search(title):
        return "notice"
    return "other"


# A pager's later pages by file name: TRS createPageHTML `index_1.html`, `list_2.shtml`, `default_3.htm`,
# JEECMS `index_2.jhtml`; a static copy of a dynamic page that keeps its page parameter's name
# (万户 ezEIP's GetHtmlUrl writes `list.aspx?page=2` as `list_page_2.html`).
_PAGE_WORD = "|".join(sorted(PAGE_PARAMS, key=len, reverse=True))
_PAGE_FILE = re.compile(rf"/((?:[\w-]*?[_-])?(?:index|list|default))[_-](?:(?:{_PAGE_WORD})[_-])?(\d+)"
                        r"(\.s?html?|\.jhtml|\.jspx?|\.aspx?|\.php)$", re.I)
# PHPCMS `list-12-2.html`, DedeCMS `list_12_2.html`: a list named by its category id, then the page.
_PAGE_FILE_ID = re.compile(r"/(list|index)([_-]\d+)[_-](\d+)(\.s?html?|\.jhtml)$", re.I)
# FineCMS/POSCMS pseudo-static lists (维网-built county sites): a list named by its folder word, then the page,
# `news-list-wanzaiyaowen-2.html` page 2 of `news-list-wanzaiyaowen.html` (articles are `news-show-8960.html`).
_PAGE_FILE_SLUG = re.compile(r"/([\w-]*?list-[a-z][a-z0-9_]*)-(\d+)(\.s?html?)$", re.I)
# WordPress's pretty permalinks page an archive by a `page/<n>/` path after the archive's own (WP_Rewrite's
# pagination_base: `/category/xwzx/gzdt/page/2/` of `/category/xwzx/gzdt/`, core's paginate_links).
_PAGE_PATH = re.compile(r"/page/(\d+)/?$")
# MetInfo's pseudo-static `list-{metid}.html` (seo_open.class.php: later pages `list-{metid}-{page}.html`), the
# same hyphened id form as PHPCMS's: the first page of list `metid`, not page `metid` of a `list.html`.
_ID_LIST_FILE = re.compile(r"/list-\d+\.s?html?$", re.I)
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:s?html?|jhtml|jspx?|aspx?|php)$", re.I)
_SCRIPT_FILE = re.compile(r"\.(?:jspx?|aspx?|php)$", re.I)
_MONTH_DIR = re.compile(r"/\d{6}/[^/]*$")
# Which records or how many pages, never which list: Hanweb's data proxy window, VSB's `totalpage`
# (`list.jsp?totalpage=11&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1012`), DedeCMS's record total
# (GetPageListDM: `/plus/list.php?tid=19&TotalResult=13&PageNo=2`, page 1 of `/plus/list.php?tid=19`),
# 帝国 EmpireCMS's (`/e/action/ListInfo/index.php?page=1&classid=90&totalnum=227`, a page of `?classid=90`).
_RECORD_WINDOW = ("startrecord", "endrecord", "perpage", "totalpage", "totalresult", "totalnum")
# DotNetNuke's friendly URLs (TurboCMS portals run on it) write a query as name/value pairs in the path
# before the page, a module's parameter led by the module's id: page 2 of module 126765 on tab 49629 is
# `/tabid/49629/126765pageidx/2/Default.aspx` (customs.gov.cn), i.e. `Default.aspx?tabid=49629&126765pageidx=2`.
_DNN_PAGE_PAIR = re.compile(rf"(?<=/tabid/)(\d+(?:/[^/]+/[^/]+)*?)/\d*(?:{_PAGE_WORD})/(\d+)(?=(?:/[^/]+/[^/]+)*/default\.aspx$)", re.I)
# A DNN page and its path pairs, or the list key of one (its folder: classify.list_page drops `Default.aspx`).
_DNN_PATH = re.compile(r"/tabid/(\d+)((?:/[^/]+/[^/]+)*)/(?:default\.aspx)?$", re.I)
_HANWEB_ARTICLE = re.compile(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_(\d+)_\d+\.\w+$")


@dataclass(frozen=True)
class ListPage:
    """Where a URL sits in a paged list: the list's own URL (its first page) and the pager's number."""

    key: str  # the URL of the list's first page (default document names dropped, pager parameters removed)
    bare: str  # `key` without any query string: the column when the remaining query only picks a list unit
    number: int | None  # the pager's raw number (None: the first page, unnumbered)
    style: str  # file | query | none


def list_page(url: str) -> ListPage:
    """The list a page URL belongs to, whatever the pager style: `col/index_2.html`,
    `col/index.html?uid=7&pageNum=2`, `list.jsp?catid=3&page=4` (the `catid` stays: it names the list)."""
    parts = urlsplit(url)
    path, number, style = parts.path, None, "none"
    query = parts.query
    if query:
        kept = []
        for pair in query.split("&"):
            name, _, value = pair.partition("=")
            if name.lower() in PAGE_PARAMS and value.isdigit():
                number, style = int(value), "query"
            elif name.lower() in _RECORD_WINDOW:
                continue  # Hanweb's data proxy, VSB's page total: which records of the list, not which list
            elif pair:
                kept.append(pair)
        query = "&".join(kept)
    if style == "none" and (m := _DNN_PAGE_PAIR.search(path)) is not None:
        # the list is the tab's page without the pair (`/tabid/49629/Default.aspx`), keyed as that page is
        number, style = int(m.group(2)), "query"
        path = path[: m.start()] + m.group(1) + path[m.end():]
    # A number in a script's name is no page when its query names the list or the page: 万户 ezEIP's
    # column lists `rjxz/list_12.aspx?lcid=138` (column 12, category 138) page by `&page=2`.
    if (query or style == "query") and _SCRIPT_FILE.search(path) or _ID_LIST_FILE.search(path):
        pass
    elif m := _PAGE_FILE.search(path):
        name = m.group(1).lower()
        number, style = int(m.group(2)), "file"
        # TRS `index_2.html` pages the folder's list; `list_2.shtml`, Chengdu `column-index-2.shtml` a named one
        path = path[: m.start()] + ("/" if name in ("index", "default") else f"/{m.group(1)}{m.group(3)}")
    elif m := _PAGE_FILE_ID.search(path):
        number, style = int(m.group(3)), "file"
        path = path[: m.start()] + f"/{m.group(1)}{m.group(2)}{m.group(4)}"
    elif m := _PAGE_FILE_SLUG.search(path):
        number, style = int(m.group(2)), "file"
        path = path[: m.start()] + f"/{m.group(1)}{m.group(3)}"
    elif m := _PAGE_PATH.search(path):
        number, style = int(m.group(1)), "file"
        path = path[: m.start() + 1]
    # `dir/index.html` names `dir/`; a script's query is what names the list (`index.php?catid=3`).
    if style != "file" and _INDEX_FILE.search(path) and not (query and _SCRIPT_FILE.search(path)):
        path = path[: path.rfind("/") + 1]
    bare = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    return ListPage(urlunsplit((parts.scheme, parts.netloc, path, query, "")), bare, number, style)


def path_params(url: str) -> list[tuple[str, str]]:
    """The query a DotNetNuke friendly URL or its list key writes as path pairs (`/tabid/4201/Default.aspx`,
    `/tabid/4201/` -> [("tabid", "4201")]; see _DNN_PAGE_PAIR); [] for any other URL."""
    m = _DNN_PATH.search(urlsplit(url).path)
    if m is None:
        return []
    rest = m.group(2).split("/")[1:]
    return [("tabid", m.group(1)), *zip(rest[::2], rest[1::2])]


# A tag's page (its results: the articles of any column bearing the tag, old or new): KesionCMS's
# `plus/tags/index.asp?n=<tag>&ChannelID=0&ClassID=0&page=1` and its pseudo-static `tags/list-<tag>-0-0-1.html`
# (Kesion.CommonCls.asp TagsUrl), WordPress's `/tag/<slug>/`, DedeCMS's `/tags.php?/<tag>/`, EyouCMS's `/tags/`.
_TAG_PATH = re.compile(r"/tags?(?:/|\.(?:php|aspx?|jspx?)$|$)", re.I)


def tag_listing(url: str) -> bool:
    """Whether `url` is a tag's page: a search by keyword a site links (热搜TAGS, 相关：<tags>), no column of its own."""
    return bool(_TAG_PATH.search(urlsplit(url).path))


def dynamic_address(url: str) -> bool:
    """Whether `url` asks a program for the page: a query, or a script's name (`tzgg/list.aspx`, which
    万户 ezEIP also publishes as the static `tzgg/list.html`)."""
    parts = urlsplit(url)
    return bool(parts.query) or bool(_SCRIPT_FILE.search(parts.path))


def script_index(url: str) -> bool:
    """Whether `url` names a script's default document without a query (`Category_13/Index.aspx`,
    `news/index.jsp`): a list key drops the name, but unlike `index.html` the bare directory is
    often not served (IIS rewrites, default documents not configured)."""
    parts = urlsplit(url)
    return not parts.query and bool(_INDEX_FILE.search(parts.path) and _SCRIPT_FILE.search(parts.path))


def directory_alias(key: str) -> str | None:
    """`dir/?q` for a list key `dir/index.php?q` (the directory serves its index script), else None."""
    parts = urlsplit(key)
    if not parts.query or not (_INDEX_FILE.search(parts.path) and _SCRIPT_FILE.search(parts.path)):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path[: parts.path.rfind("/") + 1], parts.query, ""))


def column_url_of_page(url: str) -> str:
    """The list a page belongs to: `col/index_2.html` -> `col/`, `col/index.html?uid=1&pageNum=3` -> `col/?uid=1`
    (the builder then folds `col/?uid=1` into `col/` when that is a column)."""
    return list_page(url).key


def column_url_guess(doc_url: str) -> str:
    """CMS layout guess for a document's column: TRS `col/202609/t…html` -> `col/`,
    Hanweb `/art/2026/9/3/art_1229_5001.html` -> `/col/col1229/`."""
    if m := _HANWEB_ARTICLE.search(doc_url):
        return doc_url[: m.start()] + f"/col/col{m.group(1)}/"
    if _MONTH_DIR.search(doc_url):
        return _MONTH_DIR.sub("/", doc_url)
    return doc_url.rsplit("/", 1)[0] + "/"
