"""A finding's identity across runs: rule id + subject, never the message (reworded) or order."""

from __future__ import annotations

import hashlib


def finding_fingerprint(rule_id: str, subject: str) -> str:
    """Hex digest that names the finding of `rule_id` on `subject` in every run and format."""
    return hashlib.sha256(f"{rule_id}\n{subject}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
