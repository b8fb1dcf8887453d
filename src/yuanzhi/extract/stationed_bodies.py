"""A body stationed in another (派驻), named after the one that sends it: ``某市纪委监委驻某局纪检监察组``.
Printed with the sender's short form (``市纪委监委驻市卫生健康委员会纪检监察组``) where the article prints
the sender in full once (``某市纪委监委``, its alias), the sender takes its full name (GOLD_SPEC §4.3);
the body it is stationed in stays as printed."""

from __future__ import annotations

_STATIONED = "驻"  # 甲驻乙: 甲's team or office posted in 乙


def stationed_in_full(org: str | None, full_names: dict[str, str]) -> str | None:
    """``org`` with its sender's short form (an alias in ``full_names``: alias → full name) written in
    full; else ``org``."""
    if org is None or _STATIONED not in org:
        return org
    sender = org[: org.index(_STATIONED)]
    full = full_names.get(sender)
    return full + org[len(sender) :] if full and full != sender else org
