"""Footer identifiers: 网站标识码 (and its agreement with SiteIDCode and the 找错 widget), ICP, 公安备案, conac."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.types import Evidence, SiteModel

_LABELS = {"site_id": "网站标识码", "icp": "ICP备案编号", "psb": "公安机关备案编号", "conac": "党政机关网站标识", "jiucuo": "“我为政府网站找错”入口"}


def _footer(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    footer = site.footer
    if footer is None:
        ev = Evidence(url=site.site)
        return [Finding("incomplete", f"footer:{item}", site.site, "首页未能抓取，无法检查页脚标识。", ev) for item in params["require"]]
    ev = footer.evidence
    values = {"site_id": footer.site_id_code, "icp": footer.icp, "psb": footer.psb,
              "conac": "present" if footer.conac else None, "jiucuo": footer.jiucuo_sitecode}
    findings = []
    for item in params["require"]:
        subject, label, value = f"footer:{item}", _LABELS[item], values[item]
        if not value:
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


FOOTER_IDENTIFIERS = CheckKind(
    name="footer_identifiers",
    doc="首页页脚展示网站标识码（与 SiteIDCode、找错入口 sitecode 一致）、ICP 备案、公安备案、党政机关网站标识。",
    params={"require": Param(list, ["site_id", "icp", "psb", "conac", "jiucuo"], doc="要求的标识：site_id、icp、psb、conac、jiucuo")},
    run=_footer,
)
