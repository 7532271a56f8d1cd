"""A problem found in a file: what the app shows beside it and what `spacereader check` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacereader.core.filenames import shown
from spacereader.core.i18n import translate, translate_marked
from spacereader.core.rules import RULES, Severity


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int  # 1-based; 0 when it concerns the whole file
    rule: str  # an id of core.rules.RULES, which gives the severity and the message
    args: tuple[tuple[str, str], ...] = ()  # what fills the message's placeholders
    # 1-based, where the reading knows it (the front matter's parser); not kept in the index, so not compared
    column: int = field(default=0, compare=False)

    @property
    def severity(self) -> Severity:
        return RULES[self.rule].severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def message(self) -> str:
        """In English, as `spacereader check` prints it."""
        return RULES[self.rule].message.format(**dict(self.args))

    def translated(self) -> str:
        """In the interface's language, as the window shows it."""
        rule = RULES[self.rule]
        args = {k: translate_marked("Problem", v) if k in rule.translated_args else v for k, v in self.args}
        return translate_marked("Problem", rule.message).format(**args)

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}: {self.severity.value}: {self.message}"

    def short(self) -> str:
        """The problem without the file name, for a view that already shows which file it is."""
        severity = translate("Problem", "error") if self.is_error else translate("Problem", "warning")
        if self.line:
            return translate("Problem", "{severity}: line {line}: {message}").format(
                severity=severity, line=self.line, message=self.translated())
        return translate("Problem", "{severity}: {message}").format(severity=severity, message=self.translated())


def problem(path: Path, line: int, rule: str, *, column: int = 0, **args: object) -> Problem:
    if rule not in RULES:
        raise ValueError(f"no rule {rule!r}")  # a typo of ours, or a stale index row that names a rule since removed
    return Problem(path, line, rule, tuple((k, str(v)) for k, v in args.items()), column)


