"""Site search: the site shows a search box (检索功能), read from the model's SearchBox."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.types import Evidence, SiteModel

_SUBJECT = "site-search"


def _evidence(site: SiteModel, url: str) -> Evidence:
    return next((p.evidence for p in site.pages if p.url == url), Evidence(url=url))


def _search(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    box, home_only = site.search_box, params["home"]
    if box is None:
        return [Finding("incomplete", _SUBJECT, site.site, "模型未记录搜索框（由旧版本生成，请重新 build）。", Evidence(url=site.site))]
    home = next((p for p in site.pages if p.url == site.site and p.kind == "home"), None)
    if box.state == "shown" and box.url and (box.url == site.site or not home_only):
        where = "首页" if box.url == site.site else "页面"
        return [Finding("pass", _SUBJECT, box.url, f"{where}有站内搜索框。", _evidence(site, box.url))]
    if home is None:
        return [Finding("incomplete", _SUBJECT, site.site, "首页未能抓取为网页，无法判断有无站内搜索框。", Evidence(url=site.site))]
    if box.state == "script" or box.home_script:  # home: true asks of the homepage, whose scripts may draw one
        return [Finding("incomplete", _SUBJECT, site.site, "首页未见搜索框，但其脚本涉及搜索，可能由脚本生成，须人工核查。", home.evidence)]
    where = "首页" if home_only else "首页及抓取的页面"
    return [Finding("fail", _SUBJECT, site.site, f"{where}均未发现站内搜索框（带搜索输入框的表单或搜索输入框）。", home.evidence)]


SITE_SEARCH = CheckKind(
    name="site_search",
    doc="网站有站内搜索框：首页（或 home: false 时任一抓取的页面）有搜索表单的文本输入框或已知写法的搜索输入框；脚本可能生成搜索框时为证据不足。",
    params={"home": Param(bool, False, doc="true：搜索框须在首页；false：任一抓取的页面有即可")},
    run=_search,
)
