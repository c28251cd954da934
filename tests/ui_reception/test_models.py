"""The lazy list models: Qt's model contract, paging from both ends, stale answers dropped,
money and dates drawn by the locale delegates, column state remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from usu_desktop.services.demo import generate
from usu_desktop.storage.queries import ClientFilter, InvoiceFilter, PaymentFilter
from usu_desktop.ui.clients.model import client_model
from usu_desktop.ui.invoices.model import invoice_model
from usu_desktop.ui.payments.model import payment_model
from usu_desktop.ui.pricelist.page import ServiceModel
from usu_desktop.ui.tables.delegates import DateDelegate, LocaleFormatter, MoneyDelegate
from usu_desktop.ui.tables.model import RAW_ROLE
from usu_desktop.ui.tables.view import ListView

from .conftest import DeferredRunner


@pytest.fixture
def demo(ctx):
    return generate(ctx.database, clients=30, invoices=120, seed=7)


def test_models_pass_qtmodeltester(ctx, demo, qtmodeltester):
    for model in (
        invoice_model(ctx, InvoiceFilter(), page_size=16),
        client_model(ctx, ClientFilter()),
        payment_model(ctx, PaymentFilter()),
        ServiceModel(ctx),
    ):
        if hasattr(model, "ensure_loaded"):
            model.ensure_loaded()
        else:
            model.load()
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_pages_from_both_ends_match_one_big_read(ctx, demo):
    model = invoice_model(
        ctx,
        InvoiceFilter(),
        page_size=7,
    )
    model.cache_pages = 3
    model.ensure_loaded()
    total = model.rowCount()
    assert total == model.total == 120
    everything = ctx.services.reception.invoice_ids(InvoiceFilter(), "issue_date", True, 0, 1000)
    backwards = [model.id_at(r) for r in reversed(range(total))]
    forwards = [model.id_at(r) for r in range(total)]
    assert forwards == everything and backwards[::-1] == everything
    assert len(model._pages) <= 3  # never the whole list in memory


def test_sorting_goes_to_the_query(ctx, demo):
    model = invoice_model(ctx, InvoiceFilter(), page_size=10)
    model.ensure_loaded()
    col = [c.key for c in model.columns].index("total")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    totals = [model.row_at(r).total for r in range(model.rowCount())]
    assert totals == sorted(totals)
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).total == max(totals) and model.row_at(model.rowCount() - 1).total == min(totals)


def test_an_older_keystroke_never_overwrites_a_newer_one(ctx, demo):
    runner = DeferredRunner()
    ctx.runner = runner
    model = client_model(ctx, ClientFilter())
    model.ensure_loaded()
    runner.run_all()
    everyone = model.rowCount()
    model.set_filter(ClientFilter(text="a"))  # older keystroke
    model.set_filter(ClientFilter(text="zzzz-none"))  # newer keystroke
    runner.run(len(runner.jobs) - 2)  # the newer first page arrives first...
    runner.run(len(runner.jobs) - 1)  # ...and its count
    assert model.rowCount() == 0
    runner.run_all()  # the older answers come late and are dropped
    assert model.rowCount() == 0 and model.total == 0
    model.set_filter(ClientFilter())
    runner.run_all()
    assert model.rowCount() == everyone


def test_first_page_first_then_the_count(ctx, demo):
    runner = DeferredRunner()
    ctx.runner = runner
    model = invoice_model(ctx, InvoiceFilter(), page_size=50)
    model.ensure_loaded()
    assert len(runner.jobs) == 1  # only the first page: it has the machine to itself
    runner.run(0)
    assert model.rowCount() == 50 and model.total is None
    assert len(runner.jobs) == 1  # now the count
    runner.run(0)
    assert model.rowCount() == 120 == model.total


def test_delegates_draw_money_and_dates_in_the_locale(ctx, demo, qtbot):
    model = invoice_model(ctx, InvoiceFilter())
    model.ensure_loaded()
    fmt = LocaleFormatter(ctx)
    total_col = [c.key for c in model.columns].index("total")
    date_col = [c.key for c in model.columns].index("issue_date")
    index = model.index(0, total_col)
    option = QStyleOptionViewItem()
    MoneyDelegate(fmt).initStyleOption(option, index)
    row = model.row_at(0)
    assert option.text == ctx.format_money(row.total) == index.data()
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    option = QStyleOptionViewItem()
    DateDelegate(fmt).initStyleOption(option, model.index(0, date_col))
    assert option.text == fmt.date(row.issue_date) and option.text
    assert model.index(0, date_col).data(RAW_ROLE) == row.issue_date


def test_persian_digits_in_money_and_dates(ctx, demo):
    ctx.language = "fa"
    fmt = LocaleFormatter(ctx)
    svc = ctx.services.reception
    row = svc.invoice_rows(svc.invoice_ids(InvoiceFilter(), "issue_date", True, 0, 1))[0]
    assert any("\u06f0" <= ch <= "\u06f9" for ch in fmt.money(row.total))
    assert any("\u06f0" <= ch <= "\u06f9" for ch in fmt.date(row.issue_date))


def test_column_width_order_and_sort_are_remembered(ctx, demo, qtbot):
    def make():
        model = invoice_model(ctx, InvoiceFilter())
        view = ListView(ctx, model, "invoicesTest", 1, Qt.SortOrder.DescendingOrder)
        qtbot.addWidget(view)
        return model, view

    model, view = make()
    header = view.horizontalHeader()
    header.resizeSection(0, 177)
    header.moveSection(3, 0)
    view.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "total" and not model.descending
    model2, view2 = make()
    header2 = view2.horizontalHeader()
    assert header2.sectionSize(0) == 177
    assert header2.logicalIndex(0) == 3
    assert header2.sortIndicatorSection() == 5
    assert model2.sort_key == "total" and not model2.descending
    totals = [model2.row_at(r).total for r in range(model2.rowCount())]
    assert totals == sorted(totals)


def test_first_layout_fits_the_columns_to_the_window(ctx, demo, qtbot):
    """No remembered widths: text columns are narrowed so nothing needs a horizontal scroll bar;
    money and date columns keep their widths."""
    model = payment_model(ctx, PaymentFilter())
    view = ListView(ctx, model, "paymentsFit", 0, Qt.SortOrder.DescendingOrder)
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    before = [header.sectionSize(i) for i in range(header.count())]
    view.resize(sum(before) - 150, 300)
    view.show()
    qtbot.waitExposed(view)
    after = [header.sectionSize(i) for i in range(header.count())]
    assert sum(after) <= view.viewport().width() + 2 < sum(before)
    for i, column in enumerate(model.columns):
        if column.kind in ("money", "date", "datetime"):
            assert after[i] == before[i], column.key
    assert ctx.qsettings.value("tables/paymentsFit/header") is not None  # remembered from now on


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_columns_can_be_hidden_from_the_header_menu_and_stay_hidden(ctx, demo, qtbot):
    from usu_desktop.ui.tables.header_state import column_menu

    def make():
        model = client_model(ctx, ClientFilter())
        view = ListView(ctx, model, "clientsColumns", 1, Qt.SortOrder.AscendingOrder)
        qtbot.addWidget(view)
        return model, view

    model, view = make()
    header = view.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    header.customContextMenuRequested.emit(QPoint(5, 5))  # a right-click on the header
    [menu] = header.findChildren(QMenu)
    titles = [a.text() for a in menu.actions()]
    assert titles == [c.header() for c in model.columns]
    email = [c.key for c in model.columns].index("email")
    menu.actions()[email].setChecked(False)  # what clicking the tick does
    assert header.isSectionHidden(email)
    menu.close()
    _model2, view2 = make()
    assert view2.horizontalHeader().isSectionHidden(email)  # remembered
    header2 = view2.horizontalHeader()
    for i in range(header2.count() - 1):
        header2.setSectionHidden(i, True)
    last = column_menu(header2, model.columns, view2.header_state.save).actions()
    assert [a.isEnabled() for a in last] == [True] * (header2.count() - 1) + [False]  # one stays


def test_default_columns_pick_and_order_until_the_desk_arranges_its_own(ctx, demo, qtbot):
    from usu_desktop.ui.clients.card import CARD_INVOICE_COLUMNS

    def make():
        model = invoice_model(ctx, InvoiceFilter(), with_client=False)
        view = ListView(ctx, model, "cardTest", 1, Qt.SortOrder.DescendingOrder,
                        default_columns=CARD_INVOICE_COLUMNS)
        qtbot.addWidget(view)
        return model, view

    model, view = make()
    header = view.horizontalHeader()
    keys = [c.key for c in model.columns]
    shown = [keys[header.logicalIndex(v)] for v in range(header.count())
             if not header.isSectionHidden(header.logicalIndex(v))]
    assert shown == list(CARD_INVOICE_COLUMNS)  # what is still owed comes right after the number
    paid = keys.index("paid")
    assert header.isSectionHidden(paid)
    header.setSectionHidden(paid, False)  # the desk shows it again (header menu)
    view.header_state.save()
    _model2, view2 = make()
    assert not view2.horizontalHeader().isSectionHidden(paid)  # its own arrangement wins from now on


def test_splitter_positions_are_remembered(ctx, qtbot):
    from PySide6.QtWidgets import QSplitter, QWidget

    from usu_desktop.ui.tables.header_state import remember_splitter

    def make() -> QSplitter:
        splitter = QSplitter()
        splitter.addWidget(QWidget())
        splitter.addWidget(QWidget())
        qtbot.addWidget(splitter)
        splitter.resize(1000, 400)
        remember_splitter(splitter, ctx.qsettings, "test", (3, 2))
        splitter.show()
        qtbot.waitExposed(splitter)
        return splitter

    first = make()
    left, right = first.sizes()
    assert abs(left / (left + right) - 0.6) < 0.02  # the default share, before the user moved it
    first.moveSplitter(300, 1)  # what dragging the handle does (emits splitterMoved)
    assert abs(first.sizes()[0] - 300) <= 2
    again = make()
    assert again.sizes() == first.sizes()


def test_headers_follow_the_interface_language_when_drawn(ctx, demo, qapp):
    from usu_desktop.ui import i18n

    model = invoice_model(ctx, InvoiceFilter())
    try:
        i18n.install(qapp, "ru")  # after the model was built: titles are looked up when drawn
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Номер"
        assert [c.context for c in model.columns] == ["InvoiceList"] * len(model.columns)
    finally:
        i18n.install(qapp, "en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_search_field_reports_a_key_at_once_and_a_burst_when_it_pauses(qtbot):
    from usu_desktop.ui.tables.common import SEARCH_DELAY_MS, SearchLine

    line = SearchLine("search")
    qtbot.addWidget(line)
    seen: list[str] = []
    line.search_changed.connect(seen.append)
    line.insert("a")
    assert seen == ["a"]  # no waiting for a pause
    line.insert("b")
    line.insert("c")  # keys closer than SEARCH_DELAY_MS: one report, once they pause
    assert seen == ["a"]
    qtbot.waitUntil(lambda: seen == ["a", "abc"], timeout=1000)
    qtbot.wait(SEARCH_DELAY_MS + 30)
    line.insert("d")
    assert seen == ["a", "abc", "abcd"]


def test_a_search_is_counted_once_typing_pauses(ctx, demo, qtbot):
    runner = DeferredRunner()
    ctx.runner = runner
    model = invoice_model(ctx, InvoiceFilter(), page_size=5)
    model.count_delay_ms = 30
    model.ensure_loaded()
    runner.run(0)
    assert len(runner.jobs) == 1  # no search text: counted at once
    runner.run(0)
    model.set_filter(InvoiceFilter(text="a"))
    runner.run(0)
    assert model.rowCount() == 5 and model.total is None and not runner.jobs  # not yet
    model.set_filter(InvoiceFilter(text="e"))  # other text before the pause
    runner.run(0)
    qtbot.waitUntil(lambda: len(runner.jobs) == 1, timeout=1000)  # one count: the last text's
    qtbot.wait(60)
    assert len(runner.jobs) == 1
    runner.run(0)
    assert model.total == ctx.services.reception.count_invoices(InvoiceFilter(text="e")) > 5
