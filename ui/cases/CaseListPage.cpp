#include "cases/CaseListPage.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/IntakeDrafts.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

namespace {

// Long enough that a quick typist does not trigger a search per letter, short enough to feel live.
constexpr int kSearchDelayMs = 200;

} // namespace

CaseListPage::CaseListPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_model(new CaseListModel(workspace, this)),
      m_search(new QLineEdit(this)),
      m_filters(new CaseFilterBar(this)),
      m_searchDelay(new QTimer(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_workspace(workspace),
      m_newCase(new QPushButton(this)),
      m_drafts(new QToolButton(this)),
      m_draftMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("caseListPage"));
    setFocusProxy(m_search);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_message->setObjectName(QStringLiteral("caseListMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CaseListModel::CaseTypes, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_drafts);
    top->addWidget(m_newCase);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListPage::applySearch);
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_drafts->setObjectName(QStringLiteral("draftsButton"));
    m_drafts->setPopupMode(QToolButton::InstantPopup);
    m_drafts->setMenu(m_draftMenu);
    m_draftMenu->setObjectName(QStringLiteral("draftsMenu"));
    connect(m_newCase, &QPushButton::clicked, this, &CaseListPage::newIntakeRequested);
    auto *newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &CaseListPage::newIntakeRequested);
    connect(m_draftMenu, &QMenu::triggered, this, [this](QAction *a) { emit draftChosen(a->data().toString()); });
    refreshDrafts();
    connect(m_table, &QTableView::activated, this, &CaseListPage::activated);
    m_table->installEventFilter(this); // Enter opens the case, whatever the style's activation key
    m_search->installEventFilter(this); // Down moves from the search box into the list
    connect(header, &QHeaderView::sectionClicked, this, &CaseListPage::sortBy);
    connect(m_filters, &CaseFilterBar::filterChanged, this, &CaseListPage::applyFilters);
    if (auto names = workspace.cases().assignees(); names.ok())
        m_filters->setAssignees(*names);
    connect(m_model, &CaseListModel::loaded, this, &CaseListPage::modelLoaded);
    showSortIndicator();
    retranslateUi();
}

CaseListPage::~CaseListPage() = default;

void CaseListPage::activated(const QModelIndex &index)
{
    if (const repo::CaseListRow *row = m_model->caseAt(index.row()))
        emit caseActivated(row->id);
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_table && (key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_table->currentIndex().isValid()) {
            activated(m_table->currentIndex());
            return true;
        }
        if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPage::refresh(const QString &caseId)
{
    m_model->reload();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({}); // the first page now, to find the case in it
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseAt(row)->id == caseId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

void CaseListPage::refreshDrafts()
{
    m_draftMenu->clear();
    repo::IntakeDrafts drafts(m_workspace);
    auto list = drafts.list();
    const int count = list.ok() ? int(list->size()) : 0;
    if (list.ok()) {
        for (const repo::IntakeDrafts::Summary &d : *list) {
            const QString who = d.label.isEmpty() ? tr("(no name yet)") : d.label;
            QAction *a = m_draftMenu->addAction(tr("%1 — saved %2").arg(who, formats::dateTime(d.updatedAt)));
            a->setData(d.id);
        }
    }
    m_drafts->setVisible(count > 0);
    m_drafts->setText(tr("Drafts (%1)").arg(count));
}

void CaseListPage::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text());
}

void CaseListPage::applyFilters()
{
    m_model->setFilter(m_filters->filter());
}

void CaseListPage::sortBy(int column)
{
    if (CaseListModel::isSortable(column))
        m_model->setSortColumn(column);
    // QHeaderView flips the indicator on every click; each column sorts one way only, so put back
    // what the model really does.
    showSortIndicator();
}

void CaseListPage::showSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int column = m_model->sortColumn();
    header->setSortIndicatorShown(column >= 0);
    header->setSortIndicator(column, column >= 0 ? CaseListModel::naturalOrder(column) : Qt::AscendingOrder);
}

void CaseListPage::modelLoaded()
{
    QString message;
    if (m_model->loadError())
        message = ErrorText::message(*m_model->loadError());
    else if (m_model->searchNeedsMoreText())
        message = tr("Type at least two letters or digits to search.");
    else if (m_model->totalCount() == 0 && m_model->searchText().isEmpty() && m_filters->isFiltering())
        message = tr("No case matches these filters.");
    else if (m_model->totalCount() == 0 && m_model->searchText().isEmpty())
        message = tr("No cases yet.");
    else if (m_model->totalCount() == 0)
        message = tr("No case matches “%1”.").arg(m_model->searchText());
    else if (m_model->searchTruncated())
        message = tr("Only the %n best matches are shown. Type more words to narrow the search.", nullptr,
            CaseListModel::maxSearchResults());
    showOrHide(m_message, message);
    emit summaryChanged();
}

QString CaseListPage::summary() const
{
    if (m_model->loadError())
        return {};
    if (m_model->searchText().isEmpty() && !m_filters->isFiltering())
        return tr("%n case(s)", nullptr, m_model->totalCount());
    return tr("%n matching case(s)", nullptr, m_model->totalCount());
}

void CaseListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseListPage::retranslateUi()
{
    m_newCase->setText(tr("+ New case"));
    m_newCase->setToolTip(tr("Take in a new case, step by step (Ctrl+N)"));
    m_drafts->setToolTip(tr("Intakes saved half-way: choose one to carry on"));
    refreshDrafts();
    m_search->setPlaceholderText(tr("Search by client name, case reference or words in the chronology…"));
    m_search->setAccessibleName(tr("Search cases"));
    m_table->setAccessibleName(tr("Cases"));
    m_model->retranslate();
    fitColumns();
    modelLoaded();
}

// Widths from what the columns can hold in the current language (status labels are much longer
// in Indonesian), not from the rows loaded so far, so they do not jump while scrolling.
void CaseListPage::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char('M'));
    auto headerWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + padding;
    };
    int status = headerWidth(CaseListModel::Status);
    for (const domain::CodeItem &item : domain::caseStatuses().items())
        status = std::max(status, metrics.horizontalAdvance(item.label(LanguageManager::codeListLanguage())) + padding);
    // The widest day and month the locale writes.
    const QString widestDate = QLocale().toString(QDate(2028, 9, 28), QStringLiteral("d MMM yyyy"));
    const int date = metrics.horizontalAdvance(widestDate) + padding;
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(CaseListModel::Reference, 10 * em);
    header->resizeSection(CaseListModel::Client, 18 * em);
    header->resizeSection(CaseListModel::Status, status);
    header->resizeSection(CaseListModel::OpenedOn, std::max(date, headerWidth(CaseListModel::OpenedOn)));
    header->resizeSection(CaseListModel::NextDeadline, std::max(date, headerWidth(CaseListModel::NextDeadline)));
}

} // namespace lintas::ui
