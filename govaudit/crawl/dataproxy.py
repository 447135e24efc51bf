"""Hanweb data-proxy record groups asked by POST when the server refuses GET.

pagination._island_groups queues a script island's later record groups as GET URLs of its
`<nextgroup>` proxy (`dataproxy.jsp?…&columnid=…&startrecord=46&endrecord=90&perpage=15`).
The page's own script (jpage) POSTs them instead: the record range on the URL and the proxy's
other fields as a URL-encoded form (`col=1&appid=1&webid=…&columnid=…&unitid=…`), the request
public spiders of Hanweb sites replay. Many servers answer only that: 405 to a GET, or an
answer without a record. For such a group, and only once, the crawl asks again the way the
page does; both exchanges go into the WARC and the index row keeps the group's URL.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from govaudit.crawl import outcomes
from govaudit.crawl.fetcher import FetchResult

_RANGE = ("startrecord", "endrecord", "perpage")  # the record range jpage puts on the proxy's URL
_DROPPED = ("page",)  # the nextgroup link's own page number, which the range replaces
_REFUSED = (405, 501)  # Method Not Allowed / Not Implemented: GET itself refused
_RECORD = re.compile(rb"<record[\s>]", re.I)  # a record (not the <recordset> around them)
_KEEP = "=%+/:;,@!$'()*~"  # what stays as it is when a raw query pair becomes a form field


def _name(pair: str) -> str:
    return pair.partition("=")[0].lower()


def post_form(url: str) -> tuple[str, bytes] | None:
    """(URL with the record range, form body of the proxy's other fields) for a record group's
    GET URL, as the page's script posts it; None for any other URL."""
    if "dataproxy" not in url.lower():  # the crawl asks this of every URL it schedules: a literal test first
        return None
    parts = urlsplit(url)
    if not parts.path.lower().endswith("dataproxy.jsp") or not parts.query:
        return None
    # Pairs stay as the link encoded them (a GBK site's %xx too); only raw characters are escaped.
    pairs = [quote(p, safe=_KEEP) for p in parts.query.split("&") if p]
    ranged = [p for p in pairs if _name(p) in _RANGE]
    if {_name(p) for p in ranged} != set(_RANGE):
        return None
    form = [p for p in pairs if _name(p) not in _RANGE + _DROPPED]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(ranged), "")), "&".join(form).encode("ascii")


def refused(result: FetchResult) -> bool:
    """True when a GET for a record group was refused as a method (405, 501) or answered
    without a single record (an empty body, an empty datastore): a POST may answer it."""
    if result.method != "GET":
        return False
    if result.status in _REFUSED:
        return True
    return result.outcome == outcomes.OK and result.content is not None and _RECORD.search(result.content) is None


def combined(get: FetchResult, post: FetchResult) -> FetchResult:
    """The group's fetch: the GET's exchanges, then the POST's, concluded by the POST."""
    return FetchResult(get.url, "POST", post.outcome, get.exchanges + post.exchanges, post.fetched_at,
                       post.content, post.error)
