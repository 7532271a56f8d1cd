"""How far the reader got in an article: unread, in progress (with how much of it they have seen) or finished,
and the time it will take to read the rest at their own speed."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from spacereader.core.i18n import formats, translate

FINISHED_AT = 0.98  # seen this much, the article is read: the last lines may be a footnote or a signature
MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE = 50, 1000


class ReadStatus(Enum):
    UNREAD = "unread"
    IN_PROGRESS = "in-progress"
    FINISHED = "finished"


@dataclass(frozen=True)
class Progress:
    seen: float | None = None  # the furthest part of the article shown (0 to 1); None: never opened
    finished: bool = False

    @property
    def status(self) -> ReadStatus:
        if self.finished:
            return ReadStatus.FINISHED
        return ReadStatus.UNREAD if self.seen is None else ReadStatus.IN_PROGRESS

    @property
    def percent(self) -> int:
        return 100 if self.finished else int((self.seen or 0) * 100)

    def after_reading(self, seen: float) -> Progress:
        """Having seen this far now: the furthest part seen stays, and reaching the end finishes it."""
        furthest = max(seen, self.seen or 0.0)
        return Progress(furthest, self.finished or furthest >= FINISHED_AT)

    def label(self) -> str:
        if self.status is ReadStatus.UNREAD:
            return translate("Progress", "Unread")
        if self.status is ReadStatus.FINISHED:
            return translate("Progress", "Finished")
        return translate("Progress", "{percent} % read").format(percent=formats().number(self.percent))


UNREAD = Progress()


def minutes_left(words: int, seen: float, words_per_minute: int) -> int:
    """Whole minutes to read what lies below the part seen; 0 at the end."""
    left = max(0.0, 1.0 - seen) * words
    return math.ceil(left / max(MIN_WORDS_PER_MINUTE, words_per_minute)) if left >= 1 else 0


def time_left(words: int, seen: float, words_per_minute: int) -> str:
    """What the reader's header says about the rest of the article: empty for one with no words."""
    if words <= 0:
        return ""
    minutes = minutes_left(words, seen, words_per_minute)
    if minutes == 0:
        return translate("Progress", "End of the article")
    percent = formats().number(int(min(1.0, max(0.0, seen)) * 100))
    return translate("Progress", "{percent} % · {minutes} min left").format(percent=percent, minutes=formats().number(minutes))
