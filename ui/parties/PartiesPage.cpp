#include "parties/PartiesPage.h"

#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/UnsavedChanges.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "parties/PartyDetails.h"
#include "parties/PartyForm.h"
#include "parties/PartyListModel.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

namespace {

// Long enough that a quick typist does not trigger a query per letter, short enough to feel live.
constexpr int kSearchDelayMs = 200;

} // namespace

PartiesPage::PartiesPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new PartyListModel(workspace, this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_kindLabel(new QLabel(this)),
      m_kind(new CodeCombo(domain::partyKinds(), this)),
      m_new(new QPushButton(this)),
      m_searchDelay(new QTimer(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_details(new PartyDetails(workspace, this))
{
    setObjectName(QStringLiteral("partiesPage"));
    setFocusProxy(m_search);
    m_search->setObjectName(QStringLiteral("partySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_kind->setObjectName(QStringLiteral("partyKindFilter"));
    m_kindLabel->setBuddy(m_kind);
    m_new->setObjectName(QStringLiteral("newPartyButton"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_message->setObjectName(QStringLiteral("partyListMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("partyTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PartyListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(PartyListModel::Cases, QHeaderView::ResizeToContents);
    // Room for the whole form and the case list next to it.
    m_details->setMinimumWidth(34 * m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')));

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_new);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("partiesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 540});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PartiesPage::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &PartiesPage::applySearch);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PartiesPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &PartiesPage::newParty);
    auto *newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &PartiesPage::newParty);
    // Here, not in the form: Ctrl+S saves also while the list has the focus.
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_details->isShowingParty())
            m_details->form()->save();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartiesPage::currentRowChanged);
    connect(m_model, &PartyListModel::loaded, this, &PartiesPage::modelLoaded);
    connect(m_details, &PartyDetails::saved, this, &PartiesPage::partySaved);
    connect(m_details, &PartyDetails::deleteRequested, this, &PartiesPage::deleteParty);
    connect(m_details, &PartyDetails::caseActivated, this, &PartiesPage::caseActivated);
    m_search->installEventFilter(this); // Down moves from the search box into the list
    retranslateUi();
    // Typed before Lintas locked: the party it was typed for opens with it (decision D20).
    if (const QString kept = m_details->partyWithKeptInput(); kept == QLatin1String("new"))
        newParty();
    else if (!kept.isEmpty())
        showParty(kept);
}

PartiesPage::~PartiesPage() = default;

bool PartiesPage::showParty(const QString &partyId)
{
    auto party = m_workspace.parties().get(partyId);
    if (!party.ok() || party->deleted || !confirmLeave())
        return false;
    if (m_model->rowOf(partyId) < 0) {
        // Filtered out: show the whole register again.
        m_search->clear();
        m_searchDelay->stop();
        m_kind->setCode(QString());
        m_model->setFilter({});
    }
    selectRow(partyId);
    m_details->showParty(*party);
    return true;
}

void PartiesPage::refresh()
{
    const QString keep = m_details->partyId();
    m_model->reload();
    if (!keep.isEmpty())
        selectRow(keep);
    // "Appears in N cases" and the list of cases come from links made or removed in cases.
    if (m_details->isShowingParty())
        m_details->reloadCases();
}

bool PartiesPage::hasUnsavedChanges() const
{
    const PartyForm *form = m_details->form();
    return form->isDirty();
}

bool PartiesPage::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    PartyForm *form = m_details->form();
    return UnsavedChanges::askToLeave(
        this, tr("The details of this party were changed but not saved."), [form] { return form->save(); },
        [form] { form->revert(); });
}

bool PartiesPage::saveBeforeClosing()
{
    const bool saved = !hasUnsavedChanges() || m_details->form()->save();
    m_details->keepInput(); // an invalid form stays on this laptop until opened again
    return saved;
}

void PartiesPage::newParty()
{
    if (!confirmLeave())
        return;
    {
        const QScopedValueRollback<bool> quiet(m_restoring, true);
        m_table->selectionModel()->clearSelection();
        m_table->setCurrentIndex({});
    }
    domain::Party party;
    party.kind = m_kind->code(); // a new employer while looking at employers
    m_details->showParty(party);
    m_details->form()->focusFirstField();
}

void PartiesPage::applySearch()
{
    m_searchDelay->stop();
    repo::PartyFilter filter = m_model->filter();
    if (filter.nameText == m_search->text().trimmed())
        return;
    filter.nameText = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void PartiesPage::applyFilter()
{
    repo::PartyFilter filter = m_model->filter();
    filter.kind = m_kind->code();
    m_model->setFilter(filter);
}

void PartiesPage::currentRowChanged(const QModelIndex &current)
{
    if (m_restoring || !current.isValid())
        return;
    const repo::PartyUsage *row = m_model->partyAt(current.row());
    if (!row || row->party.id == m_details->partyId())
        return;
    const QString previous = m_details->partyId();
    const QString wanted = row->party.id;
    if (!confirmLeave()) {
        // Stay on the edited party: put the selection back without asking again.
        QTimer::singleShot(0, this, [this, previous] {
            const QScopedValueRollback<bool> quiet(m_restoring, true);
            selectRow(previous);
        });
        return;
    }
    auto party = m_workspace.parties().get(wanted);
    if (party.ok())
        m_details->showParty(*party);
    selectRow(wanted); // saving on the way re-read the list
}

void PartiesPage::selectRow(const QString &partyId)
{
    const QScopedValueRollback<bool> quiet(m_restoring, true);
    const int row = partyId.isEmpty() ? -1 : m_model->rowOf(partyId);
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void PartiesPage::partySaved(const domain::Party &party)
{
    m_model->reload();
    selectRow(party.id);
}

void PartiesPage::deleteParty()
{
    const domain::Party party = m_details->form()->stored();
    if (party.id.isEmpty())
        return;
    const int cases = m_details->caseCount();
    const QString question = cases == 0
        ? tr("Delete “%1”? It is not linked to any case.").arg(party.name)
        : tr("Delete “%1”? It is linked to %n case(s); those links are removed too.", nullptr, cases).arg(party.name);
    QPointer<PartiesPage> alive(this);
    const auto answer = QMessageBox::question(
        this, tr("Delete party"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!alive || answer != QMessageBox::Yes)
        return;
    if (lintas::Status removed = m_workspace.parties().removeWithLinks(party.id); !removed.ok()) {
        QMessageBox::warning(this, tr("Delete party"), ErrorText::message(removed.error()));
        return;
    }
    m_details->clear();
    m_model->reload();
}

void PartiesPage::modelLoaded()
{
    QString message;
    if (m_model->loadError())
        message = ErrorText::message(*m_model->loadError());
    else if (m_model->totalCount() == 0 && m_model->filter().nameText.isEmpty() && m_model->filter().kind.isEmpty())
        message = tr("No parties yet. Add employers, agencies and others with “+ New party”.");
    else if (m_model->totalCount() == 0)
        message = tr("No party matches.");
    showOrHide(m_message, message);
}

bool PartiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_searchDelay->isActive())
            applySearch();
        if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
            m_model->fetchMore({}); // the view asks only at its next layout
        if (m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PartiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PartiesPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Name of the employer, agency…"));
    m_search->setAccessibleName(tr("Search parties by name"));
    m_kindLabel->setText(tr("Sho&w:"));
    m_kind->setNoneText(tr("All kinds"));
    m_kind->setAccessibleName(tr("Kind of party"));
    m_new->setText(tr("+ &New party"));
    m_new->setToolTip(tr("Add an employer, agency or other party (Ctrl+N)"));
    m_table->setAccessibleName(tr("Parties"));
    m_model->retranslate();
    fitColumns();
    modelLoaded();
}

// Widths from what the columns hold in the current language (kinds are much longer in
// Indonesian), not from the rows loaded so far, so they do not jump while scrolling.
void PartiesPage::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * em;
    const domain::Language language = LanguageManager::codeListLanguage();
    int kind = 0;
    for (const domain::CodeItem &item : domain::partyKinds().items())
        kind = std::max(kind, metrics.horizontalAdvance(item.label(language)));
    int country = metrics.horizontalAdvance(m_model->headerData(PartyListModel::Country, Qt::Horizontal).toString());
    for (const QString &code : {QStringLiteral("hk"), QStringLiteral("id"), QStringLiteral("sg")})
        country = std::max(country, metrics.horizontalAdvance(domain::jurisdictions().label(code, language)));
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(PartyListModel::Kind, std::min(kind + padding, 16 * em));
    header->resizeSection(PartyListModel::Country, country + padding);
    header->resizeSection(PartyListModel::LicenceNo, 10 * em);
}

} // namespace lintas::ui
