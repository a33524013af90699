#include "directory/DirectoryPage.h"

#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/KeptInputBar.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/UnsavedChanges.h"
#include "directory/OrganisationForm.h"
#include "directory/OrganisationListModel.h"
#include "domain/CodeLists.h"
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
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {

DirectoryPage::DirectoryPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new OrganisationListModel(workspace, this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_countryLabel(new QLabel(this)),
      m_country(new CodeCombo(domain::jurisdictions(), this)),
      m_kindLabel(new QLabel(this)),
      m_kind(new CodeCombo(domain::organisationKinds(), this)),
      m_new(new QPushButton(this)),
      m_searchDelay(new QTimer(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_detailStack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_title(new QLabel(this)),
      m_delete(new QPushButton(this)),
      m_form(new OrganisationForm(workspace, this))
{
    setObjectName(QStringLiteral("directoryPage"));
    setFocusProxy(m_search);
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_country->setObjectName(QStringLiteral("directoryCountryFilter"));
    m_countryLabel->setBuddy(m_country);
    m_kind->setObjectName(QStringLiteral("directoryKindFilter"));
    m_kindLabel->setBuddy(m_kind);
    m_new->setObjectName(QStringLiteral("newOrganisationButton"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    m_message->setObjectName(QStringLiteral("directoryMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->horizontalHeader();
    // The directory is tens to hundreds of rows: fitting the short columns to them is cheap.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrganisationListModel::Name, QHeaderView::Stretch);
    m_title->setObjectName(QStringLiteral("organisationTitle"));
    styleAsTitle(m_title, 1.3);
    m_delete->setObjectName(QStringLiteral("deleteOrganisationButton"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);
    search->addWidget(m_new);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_countryLabel);
    filters->addWidget(m_country, 1);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind, 1);
    listLayout->addLayout(search);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_message);

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_delete, 0, Qt::AlignTop);
    m_kept = new KeptInputBar(workspace, details);
    detailLayout->addWidget(m_kept);
    detailLayout->addLayout(head);
    detailLayout->addWidget(m_form);
    detailLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);
    m_detailStack->addWidget(m_empty);
    m_detailStack->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryPage::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &DirectoryPage::applyFilters);
    for (CodeCombo *combo : {m_country, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyFilters);
    connect(m_new, &QPushButton::clicked, this, &DirectoryPage::newOrganisation);
    auto *newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &DirectoryPage::newOrganisation);
    // Here, not in the form: Ctrl+S saves also while the list has the focus.
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_detailStack->currentIndex() == 1)
            m_form->save();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryPage::currentRowChanged);
    connect(m_model, &OrganisationListModel::loaded, this, &DirectoryPage::modelLoaded);
    connect(m_form, &OrganisationForm::saved, this, &DirectoryPage::organisationSaved);
    connect(m_form, &OrganisationForm::dirtyChanged, m_kept, &KeptInputBar::settle);
    connect(m_delete, &QPushButton::clicked, this, &DirectoryPage::deleteOrganisation);
    m_search->installEventFilter(this); // Down moves from the search box into the list
    retranslateUi();
    // Typed before Lintas locked: the entry it was typed for opens with it (decision D20).
    if (const QString kept = m_kept->keptRecord(QStringLiteral("organisation/")); kept == QLatin1String("new"))
        newOrganisation();
    else if (!kept.isEmpty())
        showOrganisation(kept);
}

DirectoryPage::~DirectoryPage() = default;

bool DirectoryPage::showOrganisation(const QString &organisationId)
{
    auto organisation = m_workspace.organisations().get(organisationId);
    if (!organisation.ok() || organisation->deleted || !confirmLeave())
        return false;
    if (m_model->rowOf(organisationId) < 0) {
        const QScopedValueRollback<bool> quiet(m_restoring, true);
        m_search->clear();
        m_searchDelay->stop();
        m_country->setCode(QString());
        m_kind->setCode(QString());
        m_model->setFilter({});
    }
    selectRow(organisationId);
    showDetails(*organisation);
    return true;
}

void DirectoryPage::refresh()
{
    m_model->reload();
    selectRow(m_form->stored().id);
}

bool DirectoryPage::hasUnsavedChanges() const
{
    return m_form->isDirty();
}

bool DirectoryPage::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    OrganisationForm *form = m_form;
    return UnsavedChanges::askToLeave(
        this, tr("This directory entry was changed but not saved."), [form] { return form->save(); },
        [form] { form->revert(); });
}

bool DirectoryPage::saveBeforeClosing()
{
    const bool saved = !hasUnsavedChanges() || m_form->save();
    m_kept->keep(); // an invalid form stays on this laptop until opened again
    return saved;
}

void DirectoryPage::newOrganisation()
{
    if (!confirmLeave())
        return;
    {
        const QScopedValueRollback<bool> quiet(m_restoring, true);
        m_table->selectionModel()->clearSelection();
        m_table->setCurrentIndex({});
    }
    domain::Organisation organisation;
    organisation.country = m_country->code();
    organisation.kind = m_kind->code();
    showDetails(organisation);
    m_form->focusFirstField();
}

void DirectoryPage::applyFilters()
{
    m_searchDelay->stop();
    if (m_restoring)
        return;
    const repo::OrganisationFilter filter {m_country->code(), m_kind->code(), m_search->text().trimmed()};
    const repo::OrganisationFilter &now = m_model->filter();
    if (filter.country == now.country && filter.kind == now.kind && filter.text == now.text)
        return;
    m_model->setFilter(filter);
    selectRow(m_form->stored().id);
}

void DirectoryPage::currentRowChanged(const QModelIndex &current)
{
    if (m_restoring || !current.isValid())
        return;
    const domain::Organisation *row = m_model->organisationAt(current.row());
    if (!row || row->id == m_form->stored().id)
        return;
    const QString previous = m_form->stored().id;
    const domain::Organisation wanted = *row;
    if (!confirmLeave()) {
        // Stay on the edited entry: put the selection back without asking again.
        QTimer::singleShot(0, this, [this, previous] { selectRow(previous); });
        return;
    }
    showDetails(wanted);
    selectRow(wanted.id); // saving on the way re-read the list
}

void DirectoryPage::showDetails(const domain::Organisation &organisation)
{
    m_form->load(organisation);
    m_detailStack->setCurrentIndex(1);
    m_delete->setEnabled(!organisation.id.isEmpty());
    retranslateUi();
    putBackKeptInput();
}

// The form's input is kept under the entry's id, or "new" for one not saved yet.
void DirectoryPage::putBackKeptInput()
{
    const QString id = m_form->stored().id;
    OrganisationForm *form = m_form;
    m_kept->open({{QStringLiteral("organisation/") + (id.isEmpty() ? QStringLiteral("new") : id), form,
        [form] { return form->isDirty(); }}});
}

void DirectoryPage::selectRow(const QString &organisationId)
{
    const QScopedValueRollback<bool> quiet(m_restoring, true);
    const int row = organisationId.isEmpty() ? -1 : m_model->rowOf(organisationId);
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void DirectoryPage::organisationSaved(const domain::Organisation &organisation)
{
    m_kept->settle();
    if (!m_kept->showsKept())
        putBackKeptInput(); // a new entry has its id now: later input is kept under it
    m_model->reload();
    selectRow(organisation.id);
    m_delete->setEnabled(true);
    retranslateUi();
}

void DirectoryPage::deleteOrganisation()
{
    const domain::Organisation organisation = m_form->stored();
    if (organisation.id.isEmpty())
        return;
    QPointer<DirectoryPage> alive(this);
    const auto answer = QMessageBox::question(this, tr("Delete directory entry"),
        tr("Delete “%1” from the directory? Referrals already made to it keep its name.").arg(organisation.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!alive || answer != QMessageBox::Yes)
        return;
    if (lintas::Status removed = m_workspace.organisations().remove(organisation.id); !removed.ok()) {
        QMessageBox::warning(this, tr("Delete directory entry"), ErrorText::message(removed.error()));
        return;
    }
    m_kept->open({}); // nothing of a deleted entry is kept
    m_form->load({});
    m_detailStack->setCurrentIndex(0);
    m_model->reload();
}

void DirectoryPage::modelLoaded()
{
    QString message;
    const repo::OrganisationFilter &filter = m_model->filter();
    if (m_model->loadError())
        message = ErrorText::message(*m_model->loadError());
    else if (m_model->rowCount() == 0 && filter.country.isEmpty() && filter.kind.isEmpty() && filter.text.isEmpty())
        message = tr("The directory is empty. Add the offices you work with with “+ New entry”.");
    else if (m_model->rowCount() == 0)
        message = tr("No entry matches. Try another country or kind, or fewer words.");
    showOrHide(m_message, message);
}

bool DirectoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_searchDelay->isActive())
            applyFilters();
        if (m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DirectoryPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Name, town or service, e.g. “legal aid Surabaya”"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_countryLabel->setText(tr("Countr&y:"));
    m_country->setNoneText(tr("All countries"));
    m_kindLabel->setText(tr("Ty&pe:"));
    m_kind->setNoneText(tr("All kinds"));
    m_new->setText(tr("+ &New entry"));
    m_new->setToolTip(tr("Add an office or organisation to the directory (Ctrl+N)"));
    m_table->setAccessibleName(tr("Directory"));
    m_empty->setText(tr("Choose an entry on the left to see its phone numbers and services."));
    const domain::Organisation &shown = m_form->stored();
    m_title->setText(shown.id.isEmpty() ? tr("New directory entry") : shown.name);
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete this entry from the directory"));
    m_model->retranslate();
    modelLoaded();
}

} // namespace lintas::ui
