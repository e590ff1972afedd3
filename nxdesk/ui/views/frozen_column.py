"""The grid's first column frozen in place, as Excel's freeze panes: a second view over the same model and
selection that covers the grid's first column and scrolls only vertically with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumn(QTableView):
    """Shows column ``column`` of ``grid`` over the grid's own, whatever the horizontal scroll."""

    def __init__(self, grid: QTableView, column: int = 0) -> None:
        super().__init__(grid)
        self.grid, self.column = grid, column
        self.setModel(grid.model())
        self.setSelectionModel(grid.selectionModel())
        self.setFocusPolicy(Qt.NoFocus)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(grid.selectionMode())
        self.setAlternatingRowColors(grid.alternatingRowColors())
        self.setIconSize(grid.iconSize())
        self.setWordWrap(grid.wordWrap())
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setVerticalScrollMode(grid.verticalScrollMode())
        self.setStyleSheet("QTableView { border-right: 1px solid #8a8a8a; }")
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setDefaultAlignment(grid.horizontalHeader().defaultAlignment())
        header.setMinimumHeight(grid.horizontalHeader().minimumHeight())
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: grid.horizontalHeader().customContextMenuRequested.emit(pos)
        )
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: grid.customContextMenuRequested.emit(
                grid.viewport().mapFromGlobal(self.viewport().mapToGlobal(pos))
            )
        )
        grid.viewport().stackUnder(self)
        grid.horizontalHeader().sectionResized.connect(self._column_resized)
        grid.verticalHeader().sectionResized.connect(self._row_resized)
        grid.verticalHeader().geometriesChanged.connect(self.place)
        grid.horizontalHeader().geometriesChanged.connect(self.place)
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.model().modelReset.connect(self.follow)
        grid.model().layoutChanged.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Hide every other column and copy the grid's row heights (after a reset)."""
        for c in range(self.model().columnCount()):
            self.setColumnHidden(c, c != self.column)
        self.setColumnWidth(self.column, self.grid.columnWidth(self.column))
        self.horizontalHeader().setFixedHeight(self.grid.horizontalHeader().height())
        for row in range(self.model().rowCount()):
            self.setRowHeight(row, self.grid.rowHeight(row))
        self.place()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == self.column:
            self.setColumnWidth(column, new)
            self.place()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def place(self) -> None:
        grid = self.grid
        frame = grid.frameWidth()
        self.horizontalHeader().setFixedHeight(grid.horizontalHeader().height())
        self.setGeometry(
            grid.verticalHeader().width() + frame,
            frame,
            grid.columnWidth(self.column),
            grid.viewport().height() + grid.horizontalHeader().height(),
        )
        self.verticalScrollBar().setValue(grid.verticalScrollBar().value())
