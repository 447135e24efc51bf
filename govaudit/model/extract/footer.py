"""Site identifiers shown in the footer: 网站标识码, ICP, 公安备案, conac badge, 找错 widget."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

_SITE_ID = re.compile(r"网站标识码\s*[：:]?\s*(bm\d{8}|\d{10})(?![0-9])", re.I)
_ICP = re.compile(r"([\u4e00-\u9fa5])\s*ICP\s*备\s*(\d+)\s*号(?:\s*-\s*(\d+))?", re.I)
_PSB = re.compile(r"([\u4e00-\u9fa5])?公网安备\s*(\d{14})\s*号")


@dataclass(frozen=True)
class FooterFacts:
    site_id_code: str | None
    meta_site_id_code: str | None
    jiucuo_sitecode: str | None
    icp: str | None
    psb: str | None
    conac: bool


_WRITTEN_JIUCUO = re.compile(r"_jiucuo_['\"]?\s+sitecode=['\"]?(\w+)")


def footer_widgets(tree: lxml.etree._Element, scripts: str) -> tuple[str | None, bool]:
    """(找错 widget sitecode, conac badge present), from the elements or, when a script
    writes them with document.write, from the inline `scripts` text."""
    jiucuo = tree.xpath('//script[@id="_jiucuo_"]/@sitecode')
    code = jiucuo[0].strip() if jiucuo else None
    if code is None and (m := _WRITTEN_JIUCUO.search(scripts)):
        code = m.group(1)
    conac = bool(tree.xpath('//*[@id="_ideConac"]')) or "conac.cn" in scripts or "_ideConac" in scripts or any(
        "conac.cn" in (el.get("href") or el.get("src") or "") for el in tree.iter("a", "script", "img")
    )
    return code, conac


def extract_footer(text: str, metas: dict[str, str], widgets: tuple[str | None, bool]) -> FooterFacts:
    """Identifiers from the visible page text (scripts excluded), meta tags and `widgets`."""
    site_id = _SITE_ID.search(text)
    icp = _ICP.search(text)
    psb = _PSB.search(text)
    jiucuo, conac = widgets
    return FooterFacts(
        site_id_code=site_id.group(1) if site_id else None,
        meta_site_id_code=metas.get("siteidcode") or None,
        jiucuo_sitecode=jiucuo,
        icp=re.sub(r"\s", "", icp.group(0)) if icp else None,
        psb=f"{psb.group(1) or ''}公网安备{psb.group(2)}号" if psb else None,
        conac=conac,
    )
