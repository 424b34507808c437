"""Free mail providers: an e-mail address there is a person's unless wholly functional.

A small module of its own, so that both the name stages and the public-evidence stage
can use it without importing each other.
"""

from __future__ import annotations

FREE_MAIL = frozenset(
    {"gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "icloud", "me", "ziggo",
     "kpnmail", "kpnplanet", "planet", "xs4all", "home", "casema", "chello", "upcmail",
     "telenet", "skynet", "proton", "protonmail", "pm", "gmx", "web", "msn", "aol",
     "quicknet", "hetnet", "zonnet", "tele2", "online", "caiway", "solcon", "freeler"}
)


def free_mail(address: str) -> bool:
    """The address is at a free mail provider (``gmail.com``, ``kpnmail.nl``, ``proton.me``)."""
    domain = address.rsplit("@", 1)[-1].casefold().split(".")
    return len(domain) >= 2 and domain[-2] in FREE_MAIL


