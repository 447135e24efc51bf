"""Small text helpers for extractors, and the one vocabulary of template placeholders."""

from __future__ import annotations

import re
import unicodedata

import lxml.etree

from govaudit.htmlvocab import TITLE_PAGE_PART

_SPACE = re.compile(r"\s+")
# Separators between a page's own title and the site name in <title>; a bare hyphen only
# next to a site name, before it (通知公告-某某县人民政府) or after it (金湖县人民政府-两学一做).
# An en dash between spaces is WordPress's (`wp_get_document_title`: `文章标题 &#8211; 站点名`, a served zh_CN
# Twenty Seventeen page in the library: `<title>HB技术小组 &#8211; 小组展示及论坛界面</title>`).
# A bare hyphen splits before a site's name: a portal's (…网, …政府) or an organ's (芦汀街道办事处, …局, …委员会),
# and before a later page's number (DedeBIZ's list_article.htm: `工作动态-第2页-青岗镇人民政府`). So does a bare space before
# such a name ending the <title> (Hanweb's stock `<title>机构职能 青溪县人民政府</title>`).
TITLE_SPLIT = re.compile(r"\s*(?:_+|\||｜|\s-\s|\s[·•]\s|\s[—–]+\s|－|-(?=[^-]{2,16}(?:网|网站|门户|政府|办事处|局|委员会)\s*$)"
                         r"|(?<=\S)\s+(?=[^\s-]{2,16}(?:网|网站|门户|政府|办事处|局|委员会)\s*$)"
                         r"|-(?=第\s*\d{1,6}\s*页-)|(?<=[网站户府])-)\s*")
_SITE_NAME = re.compile(r"\S{2,16}(?:网|网站|门户|政府)")

# Template syntax a CMS left unrendered: Velocity ($pageHelpBean.getPagePath(...), $!{x}),
# JSP/EL/FreeMarker (${x}, <#if>, [#x#]), Mustache/Vue/Angular ({{x}}), Hanweb ({$x}),
# SSI (<!--#echo -->), ASP/PHP (<% %>, <?php ?>), TRS tags (<TRS_AppendixWithPic>).
_PLACEHOLDER_SYNTAX = re.compile(
    r"\$!?\{|\$!?[A-Za-z_]\w*|\{\{|\{%|\{\$|#\{|@\{|<!--\s*#|#echo\b|<%|<\?|\[#|<#|<\s*/?trs_", re.I
)
# Default values of a template's fields: the field's own label, or an input prompt.
PLACEHOLDER_VALUES = frozenset((
    "栏目名称", "栏目名", "网站名称", "站点名称", "网站域名", "站点域名", "网站标识码", "政府网站标识码", "文章标题", "信息标题", "页面标题", "标题", "文章名称",
    "发布时间", "发布日期", "关键字", "关键词", "描述", "摘要", "作者", "来源", "文章来源", "信息来源",
    "null", "undefined", "nan", "xxx", "××", "某某",
))
_LONGEST_VALUE = max(map(len, PLACEHOLDER_VALUES))
PLACEHOLDER_PREFIXES = ("请输入", "请选择", "请填写", "在此输入", "此处输入", "此处填写")
_PROMPT_HEADS = frozenset("".join(p[0] for p in PLACEHOLDER_PREFIXES) + " \t\r\n\u3000\xa0")


def is_placeholder(value: str | None) -> bool:
    """True when `value` is a template placeholder, not a value: unrendered template
    syntax anywhere in it, a field's own label (栏目名称) or an input prompt (请输入…).
    Meant for every value read off a page: metas, the metadata block, titles and hrefs."""
    if not value:
        return False
    # Literal checks first: every href of every page comes through here.
    if ("$" in value or "{" in value or "<" in value or "[#" in value or "#echo" in value) and _PLACEHOLDER_SYNTAX.search(value):
        return True
    if len(value) > _LONGEST_VALUE and value[0] not in _PROMPT_HEADS:  # a URL, a title: no default value
        return False
    value = value.strip()
    return len(value) <= _LONGEST_VALUE and value.lower() in PLACEHOLDER_VALUES or value.startswith(PLACEHOLDER_PREFIXES)


def clean(text: str | None) -> str:
    """NFKC-normalised text with runs of whitespace collapsed (full-width letters and
    digits become ASCII; Chinese punctuation such as 〔〕《》 is unchanged)."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFKC", text):  # the check is far cheaper than normalising
        text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()


def meta_tags(tree: lxml.etree._Element) -> dict[str, str]:
    """<meta name=...> values keyed by lower-case name (first occurrence wins). A
    placeholder value (`<meta name="ColumnName" content="栏目名称">`) counts as absent."""
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("name") or "").strip().lower()
        if name and name not in metas:
            value = clean(el.get("content"))
            if not is_placeholder(value):
                metas[name] = value
    return metas


def title_name(title: str) -> str:
    """The page's own name in its <title>: the part before the site name, or after it when
    the template puts the site first (邯郸市人民政府-政府信息公开指南); a later page's number (第2页_…) is no part."""
    parts = [p for p in TITLE_SPLIT.split(title) if p and not TITLE_PAGE_PART.fullmatch(p.strip())]
    if len(parts) > 1 and _SITE_NAME.fullmatch(parts[0]) and not _SITE_NAME.fullmatch(parts[1]):
        return parts[1].strip()
    return parts[0].strip() if parts else ""


# A tag written inside <title>, which HTML keeps as literal text: an editor's <h1><span> copied in, or a
# status the list shows in colour (`…公告<font color='#2ac36e'>[文件获取中]</font>`, 湖北 公共资源交易).
_TITLE_TAG = re.compile(r"<[A-Za-z/][^<>]*>")


def page_title(tree: lxml.etree._Element) -> str:
    """The <title> text without tags written in it ("" when it is a template placeholder)."""
    el = tree.find(".//title")
    title = clean("".join(el.itertext())) if el is not None else ""
    if is_placeholder(title):
        return ""
    return clean(_TITLE_TAG.sub("", title)) if "<" in title else title
