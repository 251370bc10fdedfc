"""A searchable client picker: type a name, pinyin initials, part of an ID number, a
phone or a village; pick one client (a visit) or tick several (an activity's participants).

It holds only the ids of the matches (like the clients list) and fetches the rows a view
shows a page at a time, so it stays quick on 100,000 clients. The search runs off the UI
thread, one at a time (a `Loader`: text typed meanwhile runs next, only its result is
shown); what is chosen survives a new search.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.people import mask_id_number
from app.models.vocab import GENDER
from app.services.client_list import ClientListRow, ClientQuery, client_ids, client_rows
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import Loader, on_enter
from app.ui.kit.i18n import arg, format_date, names_list
from app.ui.kit.style import set_role
from app.ui.kit.widgets import search_field

PAGE = 100  # rows fetched at a time, when the view first needs one of them
SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching
NAMES_SHOWN = 12  # chosen names listed under the search; the rest is counted

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[list[str]], dict[str, ClientListRow]]


class ClientIdsModel(QAbstractTableModel):
    """The matching clients as ids; each row's data fetched a page at a time when shown.

    With `checkable`, the first column carries a check box bound to `checked`.
    """

    check_toggled = Signal(str, bool)  # client id, now checked

    def __init__(self, fetch: Fetch, lang: str, checkable: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._lang = lang
        self._checkable = checkable
        self._ids: Sequence[str] = []
        self._rows: dict[str, ClientListRow | None] = {}
        self.checked: set[str] = set()
        self._headers = (self.tr("Name"), self.tr("Gender"), self.tr("Date of birth"),
                         self.tr("Village"), self.tr("ID number"))

    def set_ids(self, ids: Sequence[str], keep: Iterable[str] = ()) -> None:
        """New matches; the cached rows of `keep` (the chosen clients) stay."""
        kept = set(keep) | self.checked
        self.beginResetModel()
        self._ids = ids
        self._rows = {k: v for k, v in self._rows.items() if k in kept}
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, client_id: str) -> ClientListRow | None:
        """The client's row, fetched now if the view has not needed it yet."""
        if client_id not in self._rows:
            self.prefetch([client_id])
        return self._rows.get(client_id)

    def prefetch(self, ids: Iterable[str]) -> None:
        """Fetch, in one go, the rows of these clients not cached yet."""
        missing = [i for i in ids if i not in self._rows]
        if missing:
            found = self._fetch(missing)
            # A client not found (voided since) is remembered as None: not asked again.
            self._rows.update({i: found.get(i) for i in missing})

    def set_checked(self, ids: Iterable[str]) -> None:
        self.checked = set(ids)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        client_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.column() == 0:
            return (Qt.CheckState.Checked if client_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._load(index.row())
        if row is None:
            return None
        return (row.name, GENDER.label(row.gender, self._lang),
                format_date(row.birth_date, self._lang), row.village or "",
                mask_id_number(row.id_number))[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self._checkable and index.isValid() and index.column() == 0
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        client_id = self._ids[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self.checked.add(client_id)
        else:
            self.checked.discard(client_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.check_toggled.emit(client_id, on)
        return True

    def _load(self, row: int) -> ClientListRow | None:
        client_id = self._ids[row]
        if client_id not in self._rows:
            start = row - row % PAGE
            self.prefetch(self._ids[start:start + PAGE])
        return self._rows.get(client_id)


class ClientPicker(QWidget):
    """Search and choose clients. `multi`: tick several; otherwise the clicked one.

    `selected_ids()` gives the choice (in the order chosen); `selection_changed` says it
    changed; `activated(id)` is a double-click or Enter on a client.
    """

    selection_changed = Signal()
    activated = Signal(str)
    searched = Signal()  # a search's results are in the list

    def __init__(self, ctx: AppContext, multi: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.multi = multi
        self._chosen: list[str] = []
        # A slow search is not joined by one per pause in typing: newer text waits its turn.
        self.loader = Loader(self)
        self.loader.loaded.connect(self._on_results)
        self.loader.failed.connect(self._on_failed)

        self.search = search_field("clientSearch", self.tr(
            "Name, pinyin initials, ID number, phone or village"))
        self.status = QLabel()
        set_role(self.status, "muted")
        self.model = ClientIdsModel(lambda ids: client_rows(ctx.db, ids), ctx.lang, multi, self)
        self.view = self._results_view()
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenClients")
        self.chosen_label.setWordWrap(True)
        set_role(self.chosen_label, "chosen")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chosen_label)
        self.setFocusProxy(self.search)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._timer.start)
        # In a dialog Enter would press its default button: in the search box it goes to
        # the results; on a result of a multiple choice it ticks or unticks that person.
        on_enter(self.search, self._to_results)
        if multi:
            on_enter(self.view, self._toggle_current)
        self.model.check_toggled.connect(self._on_check)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(self._on_activated)
        self._show_chosen()
        self._run_search()

    def _results_view(self) -> QTableView:
        """The search's results, one client a row, chosen with the keyboard or a click."""
        view = QTableView()
        view.setObjectName("clientPickerView")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((72, 36, 108, 84)):
            view.setColumnWidth(column, width)
        return view

    # -- the choice -------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return list(self._chosen)

    def set_selected_ids(self, ids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(ids))
        if not self.multi:
            wanted = wanted[:1]
        self.model.prefetch(wanted)
        # Kept even when a client cannot be shown (voided since): choosing is the caller's.
        self._chosen = wanted
        if self.multi:
            self.model.set_checked(self._chosen)
        self._show_chosen()
        self.selection_changed.emit()

    def _on_check(self, client_id: str, on: bool) -> None:
        if on and client_id not in self._chosen:
            self._chosen.append(client_id)
        elif not on and client_id in self._chosen:
            self._chosen.remove(client_id)
        self._show_chosen()
        self.selection_changed.emit()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.multi or not current.isValid():
            return
        client_id = self.model.id_at(current.row())
        if self._chosen != [client_id]:
            self._chosen = [client_id]
            self._show_chosen()
            self.selection_changed.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.id_at(index.row()))

    def _show_chosen(self) -> None:
        rows = [self.model.row_of(i) for i in self._chosen]
        names = [_describe(r) for r in rows if r is not None]
        if not names:
            self.chosen_label.setText(self.tr("Nobody chosen yet."))
            return
        shown = names_list(names[:NAMES_SHOWN], self.ctx.lang)
        if len(names) > NAMES_SHOWN:
            shown = arg(self.tr("%1 and %2 more"), shown, len(names) - NAMES_SHOWN)
        if self.multi:
            self.chosen_label.setText(arg(self.tr("%1 chosen: %2"), len(names), shown))
        else:
            self.chosen_label.setText(arg(self.tr("Chosen: %1"), shown))

    # -- searching --------------------------------------------------------------------
    def _run_search(self) -> None:
        db, text = self.ctx.db, self.search.text()
        self.status.setText(self.tr("Searching…"))
        self.loader.load(lambda: client_ids(db, ClientQuery(search=text)))

    def _on_failed(self, _exc: object) -> None:
        self.status.clear()  # the job logged it; "Searching…" must not stay for ever

    def _on_results(self, ids: list[str]) -> None:
        self.model.set_ids(ids, keep=self._chosen)
        self.status.setText(arg(self.tr("%1 found"), len(ids)))
        if not self.multi and self._chosen and self._chosen[0] in ids:
            row = ids.index(self._chosen[0])
            self.view.selectRow(row)
        self.searched.emit()

    def _toggle_current(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        box = self.model.index(current.row(), 0)
        ticked = box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(box, Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _to_results(self) -> None:
        """Enter in the search box: into the list, on the first match."""
        if self.model.rowCount() > 0:
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))


def _describe(row: ClientListRow) -> str:
    return f"{row.name}（{row.village}）" if row.village else row.name


class ClientPickerDialog(QDialog):
    """The picker in a dialog with OK and Cancel; `selected_ids()` after exec()."""

    def __init__(self, ctx: AppContext, multi: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose clients") if multi else self.tr("Choose a client"))
        self.resize(720, 520)
        self.picker = ClientPicker(ctx, multi, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.picker.selection_changed.connect(self._enable)
        if not multi:  # a double-click on a client is the choice
            self.picker.activated.connect(lambda _id: self.accept())
        self._enable()

    def selected_ids(self) -> list[str]:
        return self.picker.selected_ids()

    def _enable(self) -> None:
        self.ok_button.setEnabled(bool(self.picker.selected_ids()) or self.picker.multi)
