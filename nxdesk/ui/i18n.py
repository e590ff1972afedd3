"""Qt Linguist translations: load ``nxdesk_vi.qm`` and the translated texts of the domain's codes (number
errors, assessments, period names).

The interface is written with English source strings; Vietnamese is the default language. The ``.qm`` is
compiled from the ``.ts`` by the build (``make run``, ``make test``, ``make package``, ``build.spec``), never
at start-up: a missing catalogue is a packaging error, logged, and the window shows English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..domain.numbers import NumberError, format_pct
from ..domain.targets import Assessment
from ..paths import resource

QM_NAME = "nxdesk_vi.qm"

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def qm_path() -> Path | None:
    """The compiled Vietnamese catalogue shipped beside the package, or None (logged) when it is missing."""
    qm = resource("i18n", QM_NAME)
    if qm.is_file():
        return qm
    log.error("%s is missing (the build compiles it from nxdesk_vi.ts): the window shows English", qm)
    return None


def install_translator(language: str = "vi") -> bool:
    """Install the catalogue for ``language`` ("vi" or "en") on the running application.
    Returns True when Vietnamese is active. Calling it again replaces the previous translator."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
        return False
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    path = qm_path()
    if path is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt_base = QTranslator(app)  # Qt's own strings (standard buttons), when the Qt install has them
    from PySide6.QtCore import QLibraryInfo

    if qt_base.load(
        QLocale(QLocale.Vietnamese), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return True


def remove_translators() -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def number_error_text(exc: NumberError, unit: str = "") -> str:
    """The message of a refused number, translated by its code."""
    text = exc.params.get("text", exc.text).strip()
    if exc.code == "empty":
        return QCoreApplication.translate("Messages", "Please type a number.")
    if exc.code == "ambiguous":
        return (
            QCoreApplication.translate(
                "Messages", "'%1' can be read two ways: write %2 for a whole number or %3 for a decimal."
            )
            .replace("%1", text)
            .replace("%2", exc.params.get("as_thousands", ""))
            .replace("%3", exc.params.get("as_decimal", ""))
        )
    if exc.code == "negative":
        return (
            QCoreApplication.translate("Messages", "'%1' is negative; a figure in %2 cannot be negative.")
            .replace("%1", text)
            .replace("%2", unit)
        )
    if exc.code == "not_integer":
        return (
            QCoreApplication.translate("Messages", "'%1' must be a whole number (unit: %2).")
            .replace("%1", text)
            .replace("%2", unit)
        )
    if exc.code == "too_large":
        return QCoreApplication.translate(
            "Messages", "'%1' is too large: a figure may be at most 1.000.000.000.000.000."
        ).replace("%1", text)
    if exc.code == "too_long":
        return QCoreApplication.translate("Messages", "'%1' is too long to be a figure.").replace("%1", text)
    return QCoreApplication.translate("Messages", "'%1' is not a number.").replace("%1", text)


def setting_problem_text(problem) -> str:
    """A stored setting that does not pass its check (``store.settings.SettingProblem``), for the window."""
    default = problem.default
    shown = format_pct(default) if isinstance(default, float) else str(default)
    return (
        QCoreApplication.translate(
            "Messages",
            "The stored setting %1 holds '%2', which is not valid; %3 is used instead. "
            "Correct it in Settings.",
        )
        .replace("%1", problem.key)
        .replace("%2", problem.stored)
        .replace("%3", shown or '""')
    )


def assessment_label(assessment: Assessment) -> str:
    """Đánh giá in the interface language."""
    labels = {
        Assessment.EXCEEDED: QCoreApplication.translate("Assessment", "Exceeded"),
        Assessment.MET: QCoreApplication.translate("Assessment", "Met"),
        Assessment.NOT_MET: QCoreApplication.translate("Assessment", "Not met"),
        Assessment.ON_TRACK: QCoreApplication.translate("Assessment", "On track"),
        Assessment.BEHIND: QCoreApplication.translate("Assessment", "Behind"),
        Assessment.NO_PLAN: QCoreApplication.translate("Assessment", "No plan"),
        Assessment.NO_DATA: QCoreApplication.translate("Assessment", "No data"),
    }
    return labels[assessment]


def period_name(months: int) -> str:
    """The usual name of a cut-off: "9 tháng", "Quý I", "Cả năm", "Tháng 5"."""
    if months == 3:
        return QCoreApplication.translate("Period", "Quarter I")
    if months == 6:
        return QCoreApplication.translate("Period", "6 months")
    if months == 9:
        return QCoreApplication.translate("Period", "9 months")
    if months == 12:
        return QCoreApplication.translate("Period", "Full year")
    return QCoreApplication.translate("Period", "Month %1").replace("%1", str(months))


def period_of_year(months: int, year: int) -> str:
    """A cut-off of a year as a title says it: "9 tháng năm 2024", "Cả năm 2024" ("9 months 2024")."""
    if months == 12:
        return QCoreApplication.translate("Period", "Full year %1").replace("%1", str(year))
    return (
        QCoreApplication.translate("Period", "%1 %2")
        .replace("%1", period_name(months))
        .replace("%2", str(year))
    )


def period_choices() -> list[tuple[str, int]]:
    """The period chooser's entries (label, cut-off month): months 1–12, quarters, 6/9 months, full year."""
    choices = [
        (QCoreApplication.translate("Period", "Month %1").replace("%1", str(m)), m) for m in range(1, 13)
    ]
    choices += [
        (QCoreApplication.translate("Period", "Quarter I"), 3),
        (QCoreApplication.translate("Period", "Quarter II"), 6),
        (QCoreApplication.translate("Period", "Quarter III"), 9),
        (QCoreApplication.translate("Period", "Quarter IV"), 12),
        (QCoreApplication.translate("Period", "6 months"), 6),
        (QCoreApplication.translate("Period", "9 months"), 9),
        (QCoreApplication.translate("Period", "Full year"), 12),
    ]
    return choices
