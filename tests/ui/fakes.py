"""A DialogService that answers from a script and records what was shown."""

from __future__ import annotations

from nxdesk.ui.dialog_service import DialogService


class FakeDialogs(DialogService):
    """Answers prompts from the ``answers`` queue; records every message in ``shown``."""

    def __init__(self, answers: list | None = None) -> None:
        self.answers = list(answers or [])
        self.shown: list[tuple[str, str, str]] = []
        self.offers: list[tuple[str, str]] = []  # "saved, open it?" messages, kept apart from ``shown``
        self.open_choice: int | None = None  # the answer to them: 0 open the file, 1 its folder
        self.previews: list = []  # the import previews shown (each the dry run's report)
        self.import_answer = True  # "Nhập" (True) or "Hủy" (False) in the import preview
        self.workbook_choice = None  # the entry workbook's period and sectors; None: the dialog's defaults

    def _record(self, kind: str, title: str, text: str):
        self.shown.append((kind, title, text))
        return self.answers.pop(0) if self.answers else None

    def info(self, parent, title, text):
        self._record("info", title, text)

    def warning(self, parent, title, text):
        self._record("warning", title, text)

    def error(self, parent, title, text):
        self._record("error", title, text)

    def confirm(self, parent, title, text):
        return bool(self._record("confirm", title, text))

    def ask_text(self, parent, title, label, text=""):
        return self._record("ask_text", title, label)

    def choose(self, parent, title, label, items):
        return self._record("choose", title, label)

    def open_files(self, parent, title, filters, directory=""):
        return self._record("open_files", title, filters) or []

    def choose_folder(self, parent, title, directory=""):
        return self._record("choose_folder", title, directory)

    def choose_action(self, parent, title, text, actions):
        self.actions = list(actions)  # the ways out offered last, for the test to read
        return self._record("choose_action", title, text)

    def progress(self, parent, title, text):
        self.shown.append(("progress", title, text))  # answers nothing: no scripted answer is used
        self.fractions: list[float] = []  # how far the task said it was, for the test to read
        fake = self

        class Bar:
            def __call__(self, fraction):
                fake.fractions.append(fraction)

            def close(self):
                fake.shown.append(("progress closed", title, text))

        return Bar()

    def open_file(self, parent, title, filters, directory=""):
        return self._record("open_file", title, filters)

    def save_file(self, parent, title, filters, directory=""):
        self.save_directory = directory  # where the dialog would start, for the test to read
        return self._record("save_file", title, filters)

    def offer_open(self, parent, title, text):
        self.offers.append((title, text))
        return self.open_choice

    def preview_import(self, parent, report, file_name):
        self.previews.append(report)
        return self.import_answer

    def choose_entry_workbook(self, parent, year, months, sectors):
        from nxdesk.ui.dialogs.entry_workbook_dialog import WorkbookChoice

        if self.workbook_choice is not None:
            return self.workbook_choice
        return WorkbookChoice(months, tuple(sid for sid, _name in sectors), True)

    def ask_form(self, parent, title, fields):
        return self._record("ask_form", title, " | ".join(label for label, _ in fields))
