"""Site identifiers shown in the footer: 网站标识码, ICP, 公安备案, conac badge, 找错 widget."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from govaudit.htmlvocab import FOOTER_SITE_LABEL, HIDDEN_STYLE

# 网站标识码 / 政府网站标识码 / 网站识别码 / 网站标识号 / 网站识别号 (太原 杏花岭) / 网站标示码 (a frequent typo): bm + 8 digits or
# 10 digits, which a template may split with blanks or across links.
_SITE_ID_LABELS = ("标识码", "识别码", "标识号", "识别号", "标示码")
_SITE_ID_VALUE = re.compile(r"\s*[：:]?\s*(bm\s*\d{8}|\d(?:\s*\d){9})(?![0-9])", re.I)
# 京ICP备05070218号-1, 京ICP备 05070218号, ICP备案号：京ICP备…, 京ICP备05070218-1号; and without its 号
# (太原: `备案号：晋ICP备05003854`), then only a number of record length, 7 digits or more (not 京ICP备 2019年).
_ICP = re.compile(r"(?:([\u4e00-\u9fa5])\s*)?ICP\s*备(?:案号?)?\s*[：:]?\s*(?=\d+\s*(?:-\s*\d+\s*)?号|\d{7})"
                  r"(\d+)\s*(?:-\s*(\d+)\s*)?(号)?(?:\s*-\s*(\d+))?", re.I)
# 京公网安备 11010202000001号: 12-14 digits, 号 and blanks optional; 公安备案号 wordings too.
_PSB = re.compile(r"([\u4e00-\u9fa5])?(?:公网安备|公安网备|公安备案|公安机关备案)案?号?\s*[：:]?\s*(\d{12,14})(?![0-9])")
# The record a footer links at the public-security filing system
# (http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=31011502009321): some footers show
# the number only inside the link's image (沪公安网备<img>); the link names it.
_PSB_LINKS = lxml.etree.XPath('//a[contains(@href, "recordcode=")]')
_PSB_RECORD = re.compile(r"beian\.gov\.cn/[^?#]*\?(?:[^#]*&)?recordcode=(\d{12,14})(?![0-9])", re.I)
_PSB_REGION = re.compile(r"\s*([\u4e00-\u9fa5])\s*(?:公网安备|公安网备)")
# The patterns start with a CJK character class, which `re` tries at every position of a
# long page; their literal core is found far faster (see _icp, _psb, _site_id).
_ICP_CORE = re.compile("ICP", re.I)
_PSB_CORES = ("公网安备", "公安网备", "公安备案", "公安机关备案")


# 主办单位：XX办公室 / 主　办：XX / 网站主办：XX / 主办机关：XX, or XX人民政府办公室主办. The footer is at the end
# of the page, so the last 主办 is read (an article body may name an event's 主办单位). Joint sponsors
# are read together, joined by 、 (青岛: `中共青岛市委、青岛市人民政府主办`), each but the last ending as
# an organ's name does (…委, …府, …厅, …中心); a 、 after other words (网站地图、联系我们) joins no names.
_NAME_CHAR = r"[\u4e00-\u9fa5（）()·]"
_ORGAN_END = r"(?:委|府|厅|局|办|室|院|会|部|署|中心|公司|社|馆|所|站|处|团)"  # how an organ's name ends
_JOINT = rf"(?:{_NAME_CHAR}{{1,30}}?{_ORGAN_END}、)*"
_SPONSOR_AFTER = re.compile(rf"主\s*办(?:\s*单\s*位|机关|部门|方)?\s*[：:]\s*({_JOINT}{_NAME_CHAR}{{2,40}})")
_SPONSOR_SPACED = re.compile(rf"主\s*办(?:\s*单\s*位|机关|部门|方)?\s+({_JOINT}{_NAME_CHAR}{{2,40}})")
# Many footers name the organ as 版权所有 instead (版权所有：XX / XX 版权所有): the same statement of
# who runs the site, so it counts when no 主办 is written.
_OWNER_AFTER = re.compile(r"版权所有\s*(?:[：:]|©|\(c\)|（c）)\s*(?:©\s*)?([\u4e00-\u9fa5（）()·]{2,40})", re.I)
_OWNER_SPACED = re.compile(r"版权所有\s+([\u4e00-\u9fa5（）()·]{2,40})")
_OWNER_BEFORE = re.compile(r"([\u4e00-\u9fa5（）()·]{2,40}?)\s*(?:©\s*)?版权所有")
# …as an organ's name ends: words of another kind before 版权所有 (武汉市商务局: a 下一篇 link's title
# `…大会即将在汉开幕`, then `版权所有 武汉市商务局`) yield to the name written after it.
_OWNER_BEFORE_ORGAN = re.compile(rf"({_NAME_CHAR}{{1,39}}?{_ORGAN_END})\s*(?:©\s*)?版权所有")
# The next footer field when spans sit side by side without a blank (主办单位：XX办公室地址：…).
_NEXT_FIELD = re.compile(r"(?:地\s*址|电\s*话|联系|邮\s*编|传\s*真|承办|协办|技术支持|维护|网站技术|网站标识码|网站识别码|网站标识号|网站识别号|版权|备案)")
# XX主办, its span followed by the next field's without a blank (`<span>XX办公室主办</span><span>地址：…`).
_SPONSOR_BEFORE = re.compile(rf"({_JOINT}{_NAME_CHAR}{{2,40}}?)\s*主办(?![\u4e00-\u9fa5])|({_JOINT}{_NAME_CHAR}{{2,40}}?)\s*主办(?="
                             + _NEXT_FIELD.pattern + ")")

# Labels only a site's footer writes (htmlvocab.FOOTER_SITE_LABEL), 主办单位：, `XX办公室主办` before a blank
# or the next field (深圳市龙华区's `<p>…区人民政府办公室主办<span …>网站技术维护电话：…`) and 承办：. The block
# holding the first of them near the page's end starts the footer, whatever its class (PowerEasy's
# `Bottom_Table`, a bare <table> or <div>).
_SITE_LABELS = re.compile(FOOTER_SITE_LABEL, re.I)
# (The lookahead of the labels' first characters fails most positions before any alternative is tried.)
_FOOTER_LABEL = re.compile(r"(?=[主承公网版IiCc])(?:主\s*办\s*(?:单\s*位)?\s*[：:]|(?<=[\u4e00-\u9fa5])主办(?=\s|"
                           + _NEXT_FIELD.pattern + r")|承\s*办\s*(?:单\s*位)?\s*[：:]|" + FOOTER_SITE_LABEL + ")", re.I)
FOOTER_TAIL = 600  # visible characters (blanks aside) from a footer label to the page's end, at most


@dataclass(frozen=True)
class FooterFacts:
    site_id_code: str | None
    meta_site_id_code: str | None
    jiucuo_sitecode: str | None
    icp: str | None
    psb: str | None
    conac: bool
    sponsor: str | None = None  # 主办单位


_WRITTEN_JIUCUO = re.compile(r"_jiucuo_['\"]?\s+sitecode=['\"]?(\w+)")
# The widget's own target, linked directly by templates that draw the 找错 badge without the script.
_JIUCUO_LINK = re.compile(r"/exposure/jiucuo\.html?\?(?:[^#]*&)?site_?code=(\w+)", re.I)
# The widget's own image, as its script draws it into <span id="_span_jiucuo"> and as templates
# that copy the drawn markup show it (`<img onclick="Link('2203000001')"
# src="http://pucha.kaipuyun.cn/exposure/images/jiucuo.png?v=2203000001">`).
_JIUCUO_IMAGE = re.compile(r"/exposure/images/jiucuo\.png\?(?:[^#]*&)?v=(\w+)", re.I)
# A template's own copy of that image (青岛, 广东: `<img src="/images/jiucuo.png" onclick="Link('3702000025')">`)
# carries the code in the call of the widget's Link(site_code) only.
_JIUCUO_ONCLICK = re.compile(r"""\bLink\(\s*['"](\w+)['"]\s*\)""")
# The badge a CMS's own script draws from a placeholder that carries the code (龙讯 Lonsun, the
# 安徽 provincial platform: `<div class="dzjg j-jiucuo fl" data-setting="{sitecode:3400000072}">`).
_JIUCUO_PLACEHOLDERS = lxml.etree.XPath('//*[contains(@class, "jiucuo")][@data-setting]')
_SETTING_SITECODE = re.compile(r"""site_?code['"]?\s*:\s*['"]?(\w+)""", re.I)
# The same platform draws the 党政机关 badge from a placeholder carrying the site's conac id, the 32 hex
# digits of its bszs.conac.cn address (`<div class="dzjg j-gov fl" data-setting="{sitecode:'0ADF…6888'}">`).
_SETTING_PLACEHOLDERS = lxml.etree.XPath('//*[@data-setting]')
_CONAC_SETTING = re.compile(r"""site_?code['"]?\s*:\s*['"]?[0-9A-Fa-f]{32}['"]?\s*[,}]""")
# `//@id[…]` reads the id attributes directly: six times faster in libxml2 than `//*[@id=…]`.
_CONAC_ID = lxml.etree.XPath('boolean(//@id[. = "_ideConac"])')


def _jiucuo_link(href: str | None, el: lxml.etree._Element) -> re.Match[str] | None:
    """The 找错 entry an anchor opens: its address's, else its onclick's when the address goes nowhere."""
    if href and "jiucuo" in href:
        return _JIUCUO_LINK.search(href)
    if not href or href.startswith(("javascript", "#")):
        onclick = el.get("onclick")
        return _JIUCUO_LINK.search(onclick) if onclick and "jiucuo" in onclick else None
    return None


def footer_widgets(tree: lxml.etree._Element, scripts: str, placeholders: bool = True) -> tuple[str | None, bool]:
    """(找错 widget sitecode, conac badge present), from the elements or, when a script
    writes them with document.write, from the inline `scripts` text. The widget's code is its
    script's, else a 找错 link's, else the code its drawn image carries, else the code of a
    placeholder a CMS script draws it in; the conac badge likewise may be such a placeholder.
    `placeholders` False: the page holds no `data-setting` attribute (the caller's literal test on
    its HTML spares the two scans of the tree that look for one, a third of a page's footer work)."""
    # the first <script id="_jiucuo_" sitecode=…>, the first visible 找错 link's code, the first visible widget image's
    listed = linked = drawn = None
    conac = False  # a link, script or image pointing at conac.cn (its href, or its src without one)
    for el in tree.iter("a", "script", "img"):  # one pass, in document order
        href = el.get("href")
        tag = el.tag
        if tag == "script":
            if listed is None and el.get("id") == "_jiucuo_":
                listed = el.get("sitecode")
        # a hidden badge link (style="display:none", as on fgw.zj.gov.cn) is no entry
        # the link's address, or the window.open(…) of its onclick (武汉: `href="javascript:;"
        # onclick="window.open('https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=…')"`)
        elif tag == "a" and linked is None and (m := _jiucuo_link(href, el)) \
                and not HIDDEN_STYLE.search(el.get("style") or ""):
            linked = m.group(1)
        elif tag == "img" and drawn is None and (src := el.get("src")) and "jiucuo" in src \
                and (m := _JIUCUO_IMAGE.search(src) or _JIUCUO_ONCLICK.search(el.get("onclick") or "")) \
                and not HIDDEN_STYLE.search(el.get("style") or ""):
            drawn = m.group(1)
        if not conac and "conac.cn" in (href or el.get("src") or ""):
            conac = True
    code = listed.strip() if listed is not None else None
    if code is None and (m := _WRITTEN_JIUCUO.search(scripts)):
        code = m.group(1)
    if code is None:
        code = linked if linked is not None else drawn
    if code is None and placeholders:
        code = next((m.group(1) for el in _JIUCUO_PLACEHOLDERS(tree) if not HIDDEN_STYLE.search(el.get("style") or "")
                     and (m := _SETTING_SITECODE.search(el.get("data-setting")))), None)
    conac = conac or "conac.cn" in scripts or "_ideConac" in scripts or _CONAC_ID(tree)
    if not conac and placeholders:
        conac = any(_CONAC_SETTING.search(el.get("data-setting")) and not HIDDEN_STYLE.search(el.get("style") or "")
                    for el in _SETTING_PLACEHOLDERS(tree))
    return code, conac


def psb_record(tree: lxml.etree._Element) -> str | None:
    """The 公安备案 number (京公网安备11010202000001号) the page's link to its record at
    beian.gov.cn names, with the province its link text shows, or None."""
    for a in _PSB_LINKS(tree):
        if m := _PSB_RECORD.search(a.get("href")):
            region = _PSB_REGION.match("".join(a.itertext()))
            return f"{region.group(1) if region else ''}公网安备{m.group(1)}号"
    return None


def _icp(text: str) -> re.Match[str] | None:
    """_ICP.search(text). A match starts at the CJK character before the blanks in front of
    an `ICP`, or at the `ICP`; matches come in the order of their `ICP`."""
    for hit in _ICP_CORE.finditer(text):
        blanks = hit.start()
        while blanks > 0 and text[blanks - 1].isspace():  # isspace() is `re`'s \s
            blanks -= 1
        if blanks > 0 and (m := _ICP.match(text, blanks - 1)) or (m := _ICP.match(text, hit.start())):
            return m
    return None


def _psb(text: str) -> re.Match[str] | None:
    """_PSB.search(text). A match starts at its core word or at the character before it."""
    best = None
    for core in _PSB_CORES:
        at = text.find(core)
        while at >= 0:
            if at > 0 and (m := _PSB.match(text, at - 1)) or (m := _PSB.match(text, at)):
                if best is None or m.start() < best.start():
                    best = m
                break
            at = text.find(core, at + 1)
    return best


def _site_id(text: str) -> str | None:
    """The 网站标识码 value, blanks removed and `bm` in lower case."""
    for label in _SITE_ID_LABELS:
        at = text.find(label)
        while at >= 0:
            if m := _SITE_ID_VALUE.match(text, at + len(label)):
                code = re.sub(r"\s", "", m.group(1))
                return code.lower() if code[:2].lower() == "bm" else code
            at = text.find(label, at + 1)
    return None


def footer_sponsor(text: str) -> str | None:
    """The 主办单位 the last 主办 of `text` (blanks allowed between) names, else its 版权所有 names, or None;
    cut before a next field that follows without a blank (…办公室地址：)."""
    name = _sponsor_text(text)
    if name and (m := _NEXT_FIELD.search(name, 2)):
        name = name[: m.start()]
    return name or None


def _sponsor_text(text: str) -> str | None:
    at = text.rfind("办")
    while at > 0:
        start = at - 1
        while start > 0 and text[start].isspace():
            start -= 1
        if text[start] == "主":
            if m := _SPONSOR_AFTER.match(text, start):  # 主办单位：XX
                return m.group(1)
            if start == at - 1 and (m := _SPONSOR_BEFORE.search(text, max(0, start - 40), at + 6)):  # XX主办
                return (m.group(1) or m.group(2)).rsplit("由", 1)[-1] or None
            if m := _SPONSOR_SPACED.match(text, start):  # 主办单位 XX
                return m.group(1)
        at = text.rfind("办", 0, at)
    at = text.rfind("版权所有")
    if at >= 0 and (m := _OWNER_AFTER.match(text, at) or _OWNER_BEFORE_ORGAN.search(text, max(0, at - 40), at + 4)
                    or _OWNER_SPACED.match(text, at) or _OWNER_BEFORE.search(text, max(0, at - 40), at + 4)):
        return m.group(1)
    return None


def extract_footer(text: str, metas: dict[str, str], widgets: tuple[str | None, bool],
                   linked_psb: str | None = None) -> FooterFacts:
    """Identifiers from the visible page text (scripts excluded), meta tags and `widgets`; the
    公安备案 the text states, else the one its record link names (`linked_psb`, psb_record)."""
    icp = _icp(text)
    psb = _psb(text)
    jiucuo, conac = widgets
    # A page showing no label only a footer writes (ICP备, 网站标识码, 版权所有 …) may show no footer at
    # all (a script draws it): its sponsor is read only near its end, not off a news item far above
    # (…运动会由XX主办).
    return FooterFacts(
        site_id_code=_site_id(text),
        meta_site_id_code=metas.get("siteidcode") or None,
        jiucuo_sitecode=jiucuo,
        icp=f"{icp.group(1) or ''}ICP备{icp.group(2)}{'-' + icp.group(3) if icp.group(3) else ''}号{'-' + icp.group(5) if icp.group(5) else ''}" if icp else None,
        psb=f"{psb.group(1) or ''}公网安备{psb.group(2)}号" if psb else linked_psb,
        conac=conac,
        sponsor=footer_sponsor(text) if _SITE_LABELS.search(text) else _tail_sponsor(text),
    )


# A sentence saying who runs the site (关于本网: `…门户网站由广东省人民政府办公厅主办，南方新闻网…承办。`) is prose, not
# a footer field: on a page showing no footer label (its footer drawn by a script) it names no footer's 主办.
_SPONSOR_SENTENCE = re.compile(r"由[^。！？；\s]{2,60}?主办[，,。；]")


def _tail_sponsor(text: str) -> str | None:
    """The 主办 a page without footer labels states near its end, sentences about the site left out."""
    return footer_sponsor(_SPONSOR_SENTENCE.sub(" ", text[_tail_start(text):]))


_VISIBLE_FROM_END = re.compile(rf"(?:\s*\S){{1,{FOOTER_TAIL}}}")  # \s is str.isspace(), boundaries included


def _tail_start(text: str) -> int:
    """Where the end of `text` holding its last FOOTER_TAIL non-blank characters starts (matched on
    the reversed text: a character loop over a page's end cost a quarter of a millisecond)."""
    m = _VISIBLE_FROM_END.match(text[::-1])
    return len(text) - (m.end() if m else 0)


def shows_site_labels(text: str) -> bool:
    """True when `text` holds a label only a site's footer writes (ICP备, 网站标识码, 版权所有 …)."""
    return _SITE_LABELS.search(text) is not None


def footer_start(text: str, boundaries: str) -> int | None:
    """Where the page's footer starts in `text` (the page text, blocks separated by any of the
    `boundaries` characters): the start of the block holding the first footer label (主办单位：,
    ICP备, 网站标识码, 版权所有 …) that stands within the page's last FOOTER_TAIL visible
    characters; None when no label does."""
    # Every label starts with a visible character, so the first one standing in the tail is the first
    # match from where the tail's visible characters begin (one scan of the tail, not of the page).
    m = _FOOTER_LABEL.search(text, _tail_start(text))
    if m is None:
        return None
    return max(text.rfind(ch, 0, m.start()) for ch in boundaries) + 1  # where the label's block starts
