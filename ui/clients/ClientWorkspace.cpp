#include "clients/ClientWorkspace.h"

#include "clients/ClientCasesModel.h"
#include "clients/ClientConsentsTab.h"
#include "clients/ClientDetailsForm.h"
#include "clients/ClientPhonesTab.h"
#include "common/ErrorText.h"
#include "common/KeptInputBar.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/UnsavedChanges.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

ClientWorkspace::ClientWorkspace(repo::Workspace &workspace, QString authorName, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_back(new QPushButton(this)),
      m_heading(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_details(new ClientDetailsForm(workspace, this)),
      m_phones(new ClientPhonesTab(workspace, this)),
      m_consents(new ClientConsentsTab(workspace, std::move(authorName), this)),
      m_casesTab(new QWidget(this)),
      m_casesModel(new ClientCasesModel(workspace, this)),
      m_cases(new QTableView(m_casesTab)),
      m_noCases(new QLabel(m_casesTab))
{
    setObjectName(QStringLiteral("clientWorkspace"));
    m_back->setObjectName(QStringLiteral("backToClientsButton"));
    m_heading->setObjectName(QStringLiteral("clientHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsTitle(m_heading, 1.3);
    m_facts->setObjectName(QStringLiteral("clientFacts"));
    m_facts->setWordWrap(true);
    m_cases->setObjectName(QStringLiteral("clientCaseTable"));
    m_cases->setModel(m_casesModel);
    setUpReadOnlyTable(m_cases);
    m_cases->horizontalHeader()->setSectionResizeMode(ClientCasesModel::Types, QHeaderView::Stretch);
    m_noCases->setObjectName(QStringLiteral("clientNoCases"));
    m_noCases->setWordWrap(true);
    auto *casesLayout = new QVBoxLayout(m_casesTab);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_cases, 1);
    casesLayout->addWidget(m_noCases);

    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_phones, QString());
    m_tabs->addTab(m_consents, QString());
    m_tabs->addTab(m_casesTab, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    m_kept = new KeptInputBar(workspace, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_kept);
    layout->addWidget(m_tabs, 1);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_tabs, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_back, &QPushButton::clicked, this, &ClientWorkspace::goBack);
    // Not the button's shortcut: setText() replaces that with the text's mnemonic.
    for (const QKeySequence &key : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)}) {
        auto *backKey = new QShortcut(key, this);
        backKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(backKey, &QShortcut::activated, this, &ClientWorkspace::goBack);
    }
    connect(m_details, &ClientDetailsForm::saved, this, &ClientWorkspace::detailsSaved);
    // Numbers and consents are not columns of the client list: it has nothing to re-read for them.
    connect(m_cases, &QTableView::activated, this, &ClientWorkspace::openCaseAt);
    // Kept input that was saved (or the details undone) is not kept any longer.
    connect(this, &ClientWorkspace::clientChanged, m_kept, &KeptInputBar::settle);
    connect(m_details, &ClientDetailsForm::dirtyChanged, m_kept, &KeptInputBar::settle);
    // A number or a consent added is its kept input saved (the client list has nothing to re-read).
    connect(m_phones, &ClientPhonesTab::phonesChanged, m_kept, &KeptInputBar::settle);
    connect(m_consents, &ClientConsentsTab::consentsChanged, m_kept, &KeptInputBar::settle);
    m_cases->installEventFilter(this); // Enter opens the case, whatever the style's activation key
    retranslateUi();
}

bool ClientWorkspace::openClient(const QString &clientId)
{
    auto client = m_workspace.clients().get(clientId);
    if (!client.ok()) {
        QMessageBox::warning(this, tr("Client"), ErrorText::message(client.error()));
        return false;
    }
    m_details->load(*client);
    m_phones->setClient(client->id);
    m_consents->setClient(client->id);
    m_casesModel->setClient(client->id);
    fitCaseColumns();
    m_tabs->setCurrentIndex(0);
    showHeader();
    putBackKeptInput();
    return true;
}

// Every form of the client whose input is kept when Lintas locks, and put back here.
void ClientWorkspace::putBackKeptInput()
{
    const QString prefix = QStringLiteral("client/%1/").arg(currentClient().id);
    ClientDetailsForm *details = m_details;
    ClientPhonesTab *phones = m_phones;
    ClientConsentsTab *consents = m_consents;
    const QStringList back = m_kept->open({
        {prefix + QStringLiteral("details"), details, [details] { return details->isDirty(); }},
        {prefix + QStringLiteral("phone"), phones, [phones] { return phones->hasUnsavedText(); }},
        {prefix + QStringLiteral("consent"), consents, [consents] { return consents->hasUnsavedText(); }},
    });
    // The first tab with input put back is shown, under the notice.
    if (!back.isEmpty())
        m_tabs->setCurrentIndex(int(QStringList {
            prefix + QStringLiteral("details"), prefix + QStringLiteral("phone"), prefix + QStringLiteral("consent")}
                                        .indexOf(back.first())));
}

const domain::Client &ClientWorkspace::currentClient() const
{
    return m_details->stored();
}

void ClientWorkspace::refreshCases()
{
    m_casesModel->refresh();
    showHeader(); // the number of cases on the tab
}

bool ClientWorkspace::hasUnsavedChanges() const
{
    return m_details->isDirty() || m_phones->hasUnsavedText() || m_consents->hasUnsavedText();
}

bool ClientWorkspace::confirmLeave()
{
    if (m_details->isDirty()) {
        m_tabs->setCurrentWidget(m_details);
        ClientDetailsForm *details = m_details;
        if (!UnsavedChanges::askToLeave(
                this, tr("The details of this client were changed but not saved."),
                [details] { return details->save(); }, [details] { details->revert(); }))
            return false;
    }
    QWidget *withText = nullptr;
    if (m_phones->hasUnsavedText())
        withText = m_phones;
    else if (m_consents->hasUnsavedText())
        withText = m_consents;
    if (withText) {
        m_tabs->setCurrentWidget(withText);
        const auto answer = QMessageBox::question(this, tr("Text not added"),
            tr("You typed something on this tab that is not added yet. Leave it and lose the text?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_kept->leave(); // saved or let go: nothing of this client is kept any longer
    return true;
}

bool ClientWorkspace::saveBeforeClosing()
{
    const bool saved = !m_details->isDirty() || m_details->save();
    m_kept->keep(); // what could not be saved, and numbers or consents not added, stay on this laptop
    return saved;
}

void ClientWorkspace::goBack()
{
    if (confirmLeave())
        emit backRequested();
}

void ClientWorkspace::openCaseAt(const QModelIndex &index)
{
    if (const repo::CaseListRow *row = m_casesModel->caseAt(index.row()))
        emit caseActivated(row->id);
}

bool ClientWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cases && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_cases->currentIndex().isValid()) {
            openCaseAt(m_cases->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientWorkspace::detailsSaved(const domain::Client &client)
{
    showHeader();
    emit clientChanged(client.id);
}

void ClientWorkspace::showHeader()
{
    const domain::Client &c = currentClient();
    const domain::Language language = LanguageManager::codeListLanguage();
    m_heading->setText(c.fullName.isEmpty() ? tr("(no name)") : c.fullName);
    QStringList facts;
    if (!c.aliases.isEmpty())
        facts << tr("also known as %1").arg(c.aliases.join(QStringLiteral(", ")));
    if (!c.status.isEmpty())
        facts << domain::clientStatuses().label(c.status, language);
    if (!c.currentCountry.isEmpty()) {
        const QString country = domain::jurisdictions().label(c.currentCountry, language);
        facts
            << tr("now in %1").arg(c.currentCity.isEmpty() ? country : c.currentCity + QStringLiteral(", ") + country);
    }
    QStringList home;
    for (const QString &part : {c.village, c.regency}) {
        if (!part.isEmpty())
            home << part;
    }
    if (!home.isEmpty())
        facts << tr("from %1").arg(home.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const int cases = m_casesModel->rowCount();
    showOrHide(m_noCases, cases == 0 ? tr("No cases for her yet.") : QString());
    m_tabs->setTabText(3, tr("Cases (%1)").arg(cases));
}

void ClientWorkspace::fitCaseColumns()
{
    m_cases->resizeColumnsToContents();
    m_cases->horizontalHeader()->setSectionResizeMode(ClientCasesModel::Types, QHeaderView::Stretch);
}

void ClientWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientWorkspace::retranslateUi()
{
    m_back->setText(tr("← Clients"));
    m_back->setToolTip(tr("Back to the client list (Alt+Left or Esc)"));
    // No mnemonics on the tabs: the forms below use the letters; Ctrl+1…4 switch tabs instead.
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Phone numbers"));
    m_tabs->setTabText(2, tr("Consent"));
    m_tabs->setTabText(3, tr("Cases"));
    m_cases->setAccessibleName(tr("Her cases"));
    m_casesModel->retranslate();
    fitCaseColumns();
    if (!currentClient().id.isEmpty())
        showHeader();
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_tabs->tabText(i)).arg(i + 1));
}

} // namespace lintas::ui
