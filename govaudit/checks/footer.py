"""Footer identifiers: 网站标识码 (and its agreement with SiteIDCode and the 找错 widget), ICP, 公安备案,
主办单位, conac — on the homepage, and on every other page template (list, article, disclosure pages)."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.types import Evidence, OffsiteLink, SiteModel, TemplateFooter

_LABELS = {"site_id": "网站标识码", "icp": "ICP备案编号", "psb": "公安机关备案编号", "sponsor": "主办单位",
           "conac": "党政机关网站标识", "jiucuo": "“我为政府网站找错”入口"}
TEMPLATE_ITEMS = ("site_id", "icp", "psb", "sponsor")  # what a template's footer text can show
# What only a footer shows: a page's text may name a 主办单位 (an 关于我们 page, an event's notice) while its footer,
# drawn by a script or a frame, was never read; a footer is observed by one of these.
_FOOTER_ONLY = ("site_id", "icp", "psb")
# The filing systems a footer links its ICP and 公安 numbers to. A link there that is only a picture
# (`<a href="http://www.beian.miit.gov.cn"><img src="icp.jpg"></a>`) may show the number in it: the
# number is unread, not absent. A link named in words (工业和信息化部备案管理系统网站) shows none.
_FILING_HOSTS = {"icp": ("beian.miit.gov.cn", "miibeian.gov.cn"), "psb": ("beian.gov.cn",)}
_TEMPLATE_LABELS = {"list": "栏目（列表）页", "article": "文章页", "disclosure": "信息公开文件页"}


def _pictured(site: SiteModel, item: str) -> OffsiteLink | None:
    """A link of the site to the filing system of `item` (icp, psb) that shows no text (a picture), or None.
    A 公安 record link names its number in its address (`registerSystemInfo?recordcode=…`, read as the
    page's 公安备案, extract.footer.psb_record): its picture hides nothing, and pages that lack the
    number lack it."""
    hosts = _FILING_HOSTS.get(item)
    if not hosts:
        return None
    return next((o for o in site.offsite_links if o.host.endswith(hosts) and not o.text.strip()
                 and not (item == "psb" and "recordcode=" in o.target.lower())), None)


def _pictured_msg(where: str, label: str, link: OffsiteLink) -> str:
    return f"{where}未读到{label}，但页面以图片链接到备案系统（{link.target}），编号可能显示在图片中，无法判断。"


def _homepage(site: SiteModel, params: dict[str, Any]) -> list[Finding]:
    footer = site.footer
    if footer is None:
        ev = Evidence(url=site.site)
        return [Finding("incomplete", f"footer:{item}", site.site, "首页未能抓取，无法检查页脚标识。", ev) for item in params["require"]]
    ev = footer.evidence
    values = {"site_id": footer.site_id_code, "icp": footer.icp, "psb": footer.psb, "sponsor": footer.sponsor,
              "conac": "present" if footer.conac else None, "jiucuo": footer.jiucuo_sitecode}
    # A home page whose static HTML shows none of the footer's text identifiers most likely draws its
    # footer by script (an empty <div id="footer"> filled by footer.js, a footer string written into
    # its anchor): what it lacks is unread, not absent, as for the other templates' bare footers.
    bare = not any(values[item] for item in _FOOTER_ONLY)
    findings = []
    for item in params["require"]:
        subject, label, value = f"footer:{item}", _LABELS[item], values[item]
        if not value and footer.frames_unobserved:  # the frame that would show it was not seen
            msg = f"首页由框架组成，框架页 {footer.frames_unobserved[0]} 未能抓取，无法确认页脚是否有{label}。"
            findings.append(Finding("incomplete", subject, ev.url, msg, ev, {"frames_unobserved": footer.frames_unobserved}))
        elif not value and (pictured := _pictured(site, item)) is not None:
            findings.append(Finding("incomplete", subject, ev.url, _pictured_msg("首页页脚", label, pictured), ev,
                                    {"link": pictured.target}))
        elif not value and bare:
            msg = f"首页的静态页面中没有任何页脚标识（网站标识码、ICP备案、公安备案均未读到），页脚可能由脚本载入，无法确认是否有{label}。"
            findings.append(Finding("incomplete", subject, ev.url, msg, ev))
        elif not value:
            findings.append(Finding("fail", subject, ev.url, f"首页页脚未找到{label}。", ev))
        elif item == "site_id" and footer.meta_site_id_code and footer.meta_site_id_code != value:
            msg = f"页脚网站标识码 {value} 与页面 SiteIDCode 元数据 {footer.meta_site_id_code} 不一致。"
            findings.append(Finding("fail", subject, ev.url, msg, ev, {"value": value}))
        elif item == "jiucuo" and footer.site_id_code and value != footer.site_id_code:
            msg = f"“我为政府网站找错”入口的 sitecode {value} 与网站标识码 {footer.site_id_code} 不一致。"
            findings.append(Finding("fail", subject, ev.url, msg, ev, {"value": value}))
        else:
            findings.append(Finding("pass", subject, ev.url, f"首页页脚有{label}" + (f"：{value}" if value != "present" else "") + "。", ev, {"value": value}))
    return findings


def _value(group: TemplateFooter, item: str) -> str | None:
    return {"site_id": group.site_id_code, "icp": group.icp, "psb": group.psb, "sponsor": group.sponsor}[item]


def _templates(site: SiteModel, params: dict[str, Any]) -> list[Finding]:
    """Per template and identifier: pages of the template whose footer lacks it. A footer with none
    of the identifiers only a footer shows (a 主办 named in the page's text aside) is most likely loaded by
    script or frame, so that is incomplete."""
    findings = []
    for template in params["templates"]:
        groups = [g for g in site.footers if g.template == template]
        if not groups:
            continue
        label, total = _TEMPLATE_LABELS[template], sum(g.pages for g in groups)
        bare = [g for g in groups if not any(_value(g, i) for i in _FOOTER_ONLY)]
        for item in params["template_require"]:
            subject, name = f"footer:{template}:{item}", _LABELS[item]
            lacking = [g for g in groups if not _value(g, item) and g not in bare]
            if lacking and (pictured := _pictured(site, item)) is not None:
                n, example = sum(g.pages for g in lacking), lacking[0].evidence
                msg = _pictured_msg(f"{n}/{total} 个{label}的页脚（如 {example.url}）", name, pictured)
                findings.append(Finding("incomplete", subject, example.url, msg, example,
                                        {"template": template, "pages": n, "of": total, "link": pictured.target}))
            elif lacking:
                n, example = sum(g.pages for g in lacking), lacking[0].evidence
                msg = f"{n}/{total} 个{label}的页脚未找到{name}（如 {example.url}），该模板页脚不完整。"
                findings.append(Finding("fail", subject, example.url, msg, example,
                                        {"template": template, "pages": n, "of": total, "examples": [g.evidence.url for g in lacking[:5]]}))
            elif bare:
                n, example = sum(g.pages for g in bare), bare[0].evidence
                msg = f"{n}/{total} 个{label}的静态页面中没有任何页脚标识（如 {example.url}），页脚可能由脚本载入，无法判断。"
                findings.append(Finding("incomplete", subject, example.url, msg, example, {"template": template, "pages": n, "of": total}))
            else:
                ev = groups[0].evidence
                findings.append(Finding("pass", subject, ev.url, f"{total} 个{label}的页脚均有{name}。", ev, {"template": template, "pages": total}))
    return findings


def _footer(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    return _homepage(site, params) + _templates(site, params)


def _items(allowed: tuple[str, ...]):
    def check(values: list[str]) -> None:
        if unknown := [v for v in values if v not in allowed]:
            raise ValueError(f"unknown item(s) {', '.join(map(str, unknown))}; use {', '.join(allowed)}")
    return check


FOOTER_IDENTIFIERS = CheckKind(
    name="footer_identifiers",
    doc=("首页页脚展示网站标识码（与 SiteIDCode、找错入口 sitecode 一致）、ICP 备案、公安备案、主办单位、党政机关网站标识；"
         "栏目页、文章页、信息公开文件页等其他页面模板的页脚也展示网站标识码、ICP 备案、公安备案和主办单位（缺失时给出示例页面）。"),
    params={
        "require": Param(list, ["site_id", "icp", "psb", "sponsor", "conac", "jiucuo"], validator=_items(tuple(_LABELS)),
                         doc="首页要求的标识：site_id、icp、psb、sponsor、conac、jiucuo"),
        "templates": Param(list, ["list", "article", "disclosure"], validator=_items(tuple(_TEMPLATE_LABELS)),
                           doc="同样检查页脚的页面模板：list、article、disclosure"),
        "template_require": Param(list, list(TEMPLATE_ITEMS), validator=_items(TEMPLATE_ITEMS),
                                  doc="各页面模板要求的标识：site_id、icp、psb、sponsor"),
    },
    run=_footer,
)
