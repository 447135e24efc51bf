"""易优 EyouCMS list pages (the eyou sample site's first-contact misses, as general patterns).

Markup from EyouCMS's own repository (weng-xianhu/eyoucms, read with the library tools): the stock text list
`template/pc/lists_article_text.htm` — rows `<li class="media media-lg border-bottom1">` (a thumbnail link, an
`<h4>` title link, `p.des`, `<p class="info font-weight-300"><span>{add_time|Y-m-d}</span> <span></span> <span><i
class="icon fa-eye …"></i> {click}</span></p>`) in `<ul class="ulstyle ey-pager-ajax imagesize">`, and the pager
`{eyou:pagelist …}` in `ul.tcdPageCode`, whose items the driver `core/library/think/paginator/driver/Eyou.php`
writes as `<li><a href="…" class="tcdNumber">…</a></li>`, `<li><span class="current">1</span></li>` and
`<li><span class="disabled">首页</span></li>`; the 精简伪静态 addresses of `application/route.php`: a column
`/<dirname>/`, its later pages `/<dirname>/list_<typeid>_<page>/`."""

from __future__ import annotations

from govaudit.model.extract.markers import marker_flags
from govaudit.model.extract.page import extract_page

_ROWS = "".join(
    f'<li class="media media-lg border-bottom1"><div class="media-left"><a href="/zwdt/{300 + i}.html" title="檀溪镇开展森林防火巡查（{i}）">'
    ' <img class="media-object" src="/public/static/common/images/not_adv.jpg" alt="檀溪镇开展森林防火巡查" height="100" /></a></div>'
    f'<div class="media-body"><h4> <a href="/zwdt/{300 + i}.html" title="檀溪镇开展森林防火巡查（{i}）" target="_self">檀溪镇开展森林防火巡查（{i}）</a> </h4>'
    '<p class="des font-weight-300"> 近日，檀溪镇开展森林防火巡查。镇党委书记出席并讲话。</p>'
    f'<p class="info font-weight-300"> <span>2026-11-{19 - i:02d}</span> <span></span> <span> '
    '<i class="icon fa-eye m-r-5 font-weight-300"></i> 126 </span> </p></div></li>' for i in range(1, 11))
_PAGER = ('<li><span class="disabled">首页</span></li> <li><span class="disabled">上一页</span></li> '
          '<li><span class="current">1</span></li><li><a href="/zwdt/list_3_2/" class="tcdNumber">2</a></li> '
          '<li><a href="/zwdt/list_3_2/" class="tcdNumber">下一页</a></li> <li><a href="/zwdt/list_3_2/" class="tcdNumber">末页</a></li> '
          '共<strong>2</strong>页 <strong>14</strong>条')


def page(rows: str = _ROWS, pager: str = _PAGER) -> str:
    return ('<!DOCTYPE html><html><head><title>政务动态_檀溪镇人民政府</title><meta charset="utf-8" /></head><body>'
            '<header class="ey-head"><nav class="ey-nav"><ul class="nav-menu"><li><a href="/">首页</a></li>'
            '<li><a href="/zwdt/">政务动态</a></li></ul></nav></header>'
            '<main e-page="lists_article"><div class="ey-banner-ny vertical-align text-center"><h1 class="vertical-align-middle">政务动态</h1></div>'
            '<section class="ey-crumbs hidden-sm-down"><ol class="breadcrumb"><li class="breadcrumb-item"> 当前位置：<a href="/">首页</a>'
            ' &gt; <a href="/zwdt/">政务动态</a> </li></ol></section><section class="ey-news animsition"><div class="container"><div class="row">'
            '<div class="col-md-9 ey-news-body"><div class="row"><div class="ey-news-list">'
            f'<ul class="ulstyle ey-pager-ajax imagesize" data-scale="400x400">{rows}</ul>'
            f'<div class="m-t-20 text-xs-center hidden-sm-down"><ul class="tcdPageCode">{pager}</ul></div></div></div></div></div></div>'
            '</section></main><footer class="bg-main"><div class="copyright">主办：檀溪镇人民政府 网站标识码：3609250012</div></footer>'
            '</body></html>')


def test_a_list_named_after_its_ajax_pager_is_the_list_whatever_the_cms_prefix() -> None:
    facts = extract_page(page(), "http://s/zwdt/")
    assert facts.list_state == "listed" and len(facts.list_items) == 10
    assert facts.list_items[0].url == "http://s/zwdt/301.html" and facts.list_items[0].date == "2026-11-18"
    assert marker_flags("ulstyle ey-pager-ajax imagesize ")[0] is False
    assert marker_flags("ey-pager-ajax-link ")[0] is True  # a load-more button named so is still a pager
