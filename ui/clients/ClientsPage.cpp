#include "clients/ClientsPage.h"

#include "clients/ClientListModel.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

namespace {

// Long enough that a quick typist does not trigger a search per letter, short enough to feel live.
constexpr int kSearchDelayMs = 200;

} // namespace

ClientsPage::ClientsPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_model(new ClientListModel(workspace, this)),
      m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("clientsPage"));
    setFocusProxy(m_search);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_message->setObjectName(QStringLiteral("clientListMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ClientListModel::Home, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ClientsPage::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &ClientsPage::applySearch);
    connect(m_table, &QTableView::activated, this, &ClientsPage::activated);
    m_table->installEventFilter(this); // Enter opens the client, whatever the style's activation key
    m_search->installEventFilter(this); // Down moves from the search box into the list
    connect(m_model, &ClientListModel::loaded, this, &ClientsPage::modelLoaded);
    retranslateUi();
}

ClientsPage::~ClientsPage() = default;

void ClientsPage::activated(const QModelIndex &index)
{
    if (const repo::ClientListRow *row = m_model->rowAt(index.row()))
        emit clientActivated(row->client.id);
}

bool ClientsPage::eventFilter(QObject *watched, QEvent *event)
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

void ClientsPage::refresh()
{
    const repo::ClientListRow *current = m_model->rowAt(m_table->currentIndex().row());
    const QString selected = current ? current->client.id : QString();
    const int currentRow = m_table->currentIndex().row();
    QScrollBar *scroll = m_table->verticalScrollBar();
    const int scrolledTo = scroll->value();
    m_model->reloadKeeping(currentRow + 1);
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    // The same rows on screen as before (unless clients were added or removed above them): the
    // scroll bar takes its new range at the layout, which is done now rather than later.
    m_table->doItemsLayout();
    scroll->setValue(scrolledTo);
}

void ClientsPage::clientChanged(const QString &clientId)
{
    m_model->refreshClient(clientId);
}

void ClientsPage::selectClient(const QString &clientId)
{
    // Never shown yet (she was opened from the global search): the first page, to find her in.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return;
    if (m_table->currentIndex().row() != row)
        m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ClientsPage::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text());
}

void ClientsPage::modelLoaded()
{
    QString message;
    if (m_model->loadError())
        message = ErrorText::message(*m_model->loadError());
    else if (m_model->searchNeedsMoreText())
        message = tr("Type at least two letters or digits to search.");
    else if (m_model->totalCount() == 0 && m_model->searchText().isEmpty())
        message = tr("No clients yet. A client is added when her first case is taken in.");
    else if (m_model->totalCount() == 0)
        message = tr("No client matches “%1”.").arg(m_model->searchText());
    else if (m_model->searchTruncated())
        message = tr("Only the %n best matches are shown. Type more words to narrow the search.", nullptr,
            ClientListModel::maxSearchResults());
    showOrHide(m_message, message);
    emit summaryChanged();
}

QString ClientsPage::summary() const
{
    if (m_model->loadError())
        return {};
    if (m_model->searchText().isEmpty())
        return tr("%n client(s)", nullptr, m_model->totalCount());
    return tr("%n matching client(s)", nullptr, m_model->totalCount());
}

void ClientsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, other name, phone, NIK, passport or village…"));
    m_search->setAccessibleName(tr("Search clients"));
    m_table->setAccessibleName(tr("Clients"));
    m_model->retranslate();
    fitColumns();
    modelLoaded();
}

// Widths from what the columns can hold in the current language, not from the rows loaded so
// far, so they do not jump while scrolling.
void ClientsPage::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int padding = 3 * em;
    auto headerWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + padding;
    };
    int status = headerWidth(ClientListModel::Status);
    for (const domain::CodeItem &item : domain::clientStatuses().items())
        status = std::max(status, metrics.horizontalAdvance(item.label(LanguageManager::codeListLanguage())) + padding);
    header->resizeSection(ClientListModel::Name, 16 * em);
    header->resizeSection(ClientListModel::Aliases, 10 * em);
    header->resizeSection(ClientListModel::NowIn, std::max(12 * em, headerWidth(ClientListModel::NowIn)));
    header->resizeSection(ClientListModel::Status, status);
    header->resizeSection(ClientListModel::Cases, headerWidth(ClientListModel::Cases));
}

} // namespace lintas::ui
