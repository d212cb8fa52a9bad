"""Autopilot settings of a Raft cluster: what each one means, and what is accepted (F27).

Each field has the server's name, a sentence for people, and a check run before anything
is sent; durations are typed as ``10s``, ``2m``, ``24h``.
"""

from __future__ import annotations

from dataclasses import dataclass

from adminui.core.quota_rules import format_duration, parse_duration
from adminui.core.sentence import Sentence


@dataclass(frozen=True)
class AutopilotField:
    """One setting: its server name, kind (``bool``, ``int`` or ``duration``), meaning."""

    key: str
    kind: str
    meaning: str


FIELDS: tuple[AutopilotField, ...] = (
    AutopilotField(
        "cleanup_dead_servers",
        "bool",
        Sentence(
            "Remove servers that stay unreachable longer than the dead-server threshold "
            "from the Raft configuration on their own."
        ),
    ),
    AutopilotField(
        "dead_server_last_contact_threshold",
        "duration",
        Sentence(
            "How long a server may go without contact before it counts as dead and can be "
            "cleaned up (at least 1m; keep it well above normal outages)."
        ),
    ),
    AutopilotField(
        "last_contact_threshold",
        "duration",
        Sentence(
            "How long a server may go without contact with the leader before it counts "
            "as unhealthy."
        ),
    ),
    AutopilotField(
        "max_trailing_logs",
        "int",
        Sentence(
            "How many log entries a server may lag behind the leader before it counts as unhealthy."
        ),
    ),
    AutopilotField(
        "min_quorum",
        "int",
        Sentence(
            "The fewest voters cleanup may leave: dead servers are not removed below it "
            "(0: not set; otherwise at least 3)."
        ),
    ),
    AutopilotField(
        "server_stabilization_time",
        "duration",
        Sentence("How long a new server must be healthy before it is made a voter."),
    ),
)

#: The smallest dead-server threshold the console sends.
MIN_DEAD_SERVER_THRESHOLD_S = 60.0


def check_value(field: AutopilotField, text: str) -> tuple[object, str]:
    """(the value to send, '') or (None, why it is not accepted) for ``text``."""
    value = text.strip()
    if field.kind == "bool":
        return value.lower() in ("true", "1", "yes", "on"), ""
    if field.kind == "int":
        if not value.isdigit():
            return None, Sentence("{0}: a whole number of 0 or more is needed.", field.key)
        number = int(value)
        if field.key == "max_trailing_logs" and number < 1:
            return None, Sentence("{0}: at least 1.", field.key)
        if field.key == "min_quorum" and 0 < number < 3:
            return None, Sentence("{0}: 0 (not set) or at least 3.", field.key)
        return number, ""
    seconds = parse_duration(value)
    if seconds is None or seconds <= 0:
        return None, Sentence("{0}: a duration such as 10s, 2m or 24h is needed.", field.key)
    if field.key == "dead_server_last_contact_threshold" and seconds < MIN_DEAD_SERVER_THRESHOLD_S:
        return None, Sentence("{0}: at least 1m.", field.key)
    return format_duration(seconds), ""


def settings_from(texts: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """The settings to send for the typed ``texts`` (by field key), and every problem."""
    settings: dict[str, object] = {}
    problems: list[str] = []
    for field in FIELDS:
        if field.key not in texts:
            continue
        value, problem = check_value(field, texts[field.key])
        if problem:
            problems.append(problem)
        else:
            settings[field.key] = value
    return settings, problems
