"""Nhận báo cáo: the packages chosen are checked first (nothing written) and listed with what receiving them
would do and, for a unit that sent figures before, the differences; "Receive" applies them, replacing
figures already received only when the clerk confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ...domain.numbers import format_number
from ...interchange.receive import Outcome, receive
from ..dialog_service import dialogs
from ..messages import message_text


class ReceiveDialog(QDialog):
    """Checks the packages on opening; receives them on "Receive"."""

    def __init__(self, db: Database, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._paths = db, paths
        self.applied = False
        self.setObjectName("ReceiveDialog")
        self.setWindowTitle(self.tr("Receive reports"))
        layout = QVBoxLayout(self)
        self.packages = QTableWidget(0, 4, self)
        self.packages.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Unit"), self.tr("Period"), self.tr("Check")]
        )
        self.packages.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.packages.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.packages.verticalHeader().hide()
        self.packages.setMaximumHeight(180)
        layout.addWidget(self.packages)
        self.diff_label = QLabel(self.tr("Figures that would change:"), self)
        layout.addWidget(self.diff_label)
        self.differences = QTableWidget(0, 4, self)
        self.differences.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Target"), self.tr("Received before"), self.tr("In this package")]
        )
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.differences.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.differences.verticalHeader().hide()
        layout.addWidget(self.differences)
        row = QHBoxLayout()
        row.addStretch(1)
        self.receive_button = QPushButton(self.tr("Receive"), self)
        self.receive_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row.addWidget(self.receive_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.outcomes = receive(db, paths, dry_run=True)
        self._show(self.outcomes)
        self.resize(1000, 560)

    def _state(self, o: Outcome) -> str:
        if o.state == "would_apply":
            return self.tr("ready: %1 figures").replace("%1", str(o.rows))
        if o.state == "unchanged":
            return self.tr("already received, nothing changes")
        if o.state == "applied":
            return self.tr("received")
        if o.state == "changes":
            return self.tr("%1 figures differ from those received").replace("%1", str(len(o.differences)))
        return "; ".join(message_text(m) for m in o.messages)

    def _figure(self, f, decimals: int | None = None) -> str:
        if f is None:
            return "–"
        text = "–" if f.value is None else format_number(f.value, decimals)
        return text + " (" + (self.tr("official") if f.status == "official" else self.tr("estimate")) + ")"

    def _show(self, outcomes: list[Outcome]) -> None:
        self.packages.setRowCount(len(outcomes))
        diffs = [(o, d) for o in outcomes for d in o.differences]
        for r, o in enumerate(outcomes):
            unit = f"{o.unit_code} {o.unit_name}".strip()
            period = f"{o.months}/{o.year}" if o.year else ""
            for c, text in enumerate((o.file, unit, period, self._state(o))):
                item = QTableWidgetItem(text)
                if not o.ok and o.state != "changes":
                    item.setForeground(Qt.red)
                self.packages.setItem(r, c, item)
        self.differences.setRowCount(len(diffs))
        for r, (o, d) in enumerate(diffs):
            for c, text in enumerate(
                (
                    o.unit_code,
                    f"{d.code} {d.name}",
                    self._figure(d.old, d.decimals),
                    self._figure(d.new, d.decimals),
                )
            ):
                self.differences.setItem(r, c, QTableWidgetItem(text))
        self.packages.resizeColumnsToContents()
        self.differences.setVisible(bool(diffs))
        self.diff_label.setVisible(bool(diffs))
        self.receive_button.setEnabled(any(o.state in ("would_apply", "changes") for o in outcomes))

    def apply(self) -> None:
        accept = False
        if any(o.state == "changes" for o in self.outcomes):
            accept = dialogs().confirm(
                self,
                self.tr("Receive reports"),
                self.tr("Some packages change figures already received. Replace them with the new figures?"),
            )
            if not accept and not any(o.state == "would_apply" for o in self.outcomes):
                return
        self.outcomes = receive(self._db, self._paths, accept_changes=accept)
        self.applied = any(o.state == "applied" for o in self.outcomes)
        self._show(self.outcomes)
        self.receive_button.setEnabled(False)
