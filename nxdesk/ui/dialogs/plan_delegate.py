"""Cell editors of the plan table: drop-downs for sector, kind, direction, parent; line edits elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .plan_model import PlanTableModel

Index = QModelIndex | QPersistentModelIndex


class PlanDelegate(QStyledItemDelegate):
    """Drop-downs for sector, kind, direction and parent; line edits (with the value as stored) elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        choices = model.choices(index) if isinstance(model, PlanTableModel) else None
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentData() != index.data(Qt.EditRole):
                model.setData(index, editor.currentData(), Qt.EditRole)
            return
        if isinstance(editor, QLineEdit):
            if editor.text() != str(index.data(Qt.EditRole) or ""):
                model.setData(index, editor.text(), Qt.EditRole)
            return
        super().setModelData(editor, model, index)
