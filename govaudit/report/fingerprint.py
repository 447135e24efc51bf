"""A finding's identity across runs, for SARIF fingerprints and --baseline (one definition).

Identity = rule id + the subject, normalised. A subject is what the finding is about: a URL
(the stale column, the dead link's target, the document) or a name the check gives (an
annual report, a footer item). URL subjects are compared in the crawl's canonical form
(scheme and host case, default port, trailing index.html, tracking and session parameters),
so the same page linked differently is one finding. Never part of it: the message (reworded
between versions), the order of rules or results, and the volatile evidence (snippet, capture
time, archive record, the page that happened to hold a link), which change on every crawl.
"""

from __future__ import annotations

import hashlib
import re

from govaudit.crawl.scope import canonical

_SPACES = re.compile(r"\s+")


def finding_identity(rule_id: str, subject: str) -> str:
    """The normalised text a finding's fingerprint is the hash of."""
    text = subject.strip()
    if text[:8].lower().startswith(("http://", "https://")):
        url, hash_mark, fragment = text.partition("#")  # a fragment names a part ("…/ndbg/#2023"): kept
        text = (canonical(url) or url) + hash_mark + fragment
    else:
        text = _SPACES.sub(" ", text)
    return f"{rule_id}\n{text}"


def finding_fingerprint(rule_id: str, subject: str) -> str:
    """Hex digest that names the finding of `rule_id` on `subject` in every run and format."""
    return hashlib.sha256(finding_identity(rule_id, subject).encode("utf-8", "surrogatepass")).hexdigest()[:32]
