#include "casework/CaseWorkspace.h"

#include "casework/CaseDetailsForm.h"
#include "casework/ClaimsTab.h"
#include "casework/DeadlinesTab.h"
#include "casework/TimelineTab.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/KeptInputBar.h"
#include "common/LabelStyles.h"
#include "common/UnsavedChanges.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "parties/CasePartiesPanel.h"
#include "print/CaseSummaryDialog.h"
#include "print/HandOffDialog.h"
#include "referrals/CaseReferralsPanel.h"
#include "repo/Workspace.h"
#include "sync/SyncSpaces.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lintas::ui {

CaseWorkspace::CaseWorkspace(repo::Workspace &workspace, QString author, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_author(author),
      m_back(new QPushButton(this)),
      m_summary(new QPushButton(this)),
      m_handOff(new QPushButton(this)),
      m_heading(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_safety(new QLabel(this)),
      m_space(new QLabel(this)),
      m_kept(new KeptInputBar(workspace, this)),
      m_tabs(new QTabWidget(this)),
      m_details(new CaseDetailsForm(workspace, this)),
      m_timeline(new TimelineTab(workspace, std::move(author), this)),
      m_deadlines(new DeadlinesTab(workspace, this)),
      m_claims(new ClaimsTab(workspace, this)),
      m_parties(new CasePartiesPanel(workspace, this)),
      m_referrals(new CaseReferralsPanel(workspace, this))
{
    m_referrals->setAuthorName(m_author);
    setObjectName(QStringLiteral("caseWorkspace"));
    m_back->setObjectName(QStringLiteral("backToCasesButton"));
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsTitle(m_heading, 1.3);
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setWordWrap(true);
    m_safety->setObjectName(QStringLiteral("caseSafetyBanner"));
    styleAsWarningBanner(m_safety);
    m_space->setObjectName(QStringLiteral("caseSpaceBanner"));
    m_space->setWordWrap(true);
    m_space->hide();
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_deadlines, QString());
    m_tabs->addTab(m_claims, QString());
    m_tabs->addTab(m_parties, QString());
    m_tabs->addTab(m_referrals, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    top->addWidget(m_summary);
    top->addWidget(m_handOff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_safety);
    layout->addWidget(m_space);
    layout->addWidget(m_kept);
    layout->addWidget(m_tabs, 1);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, m_tabs, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_back, &QPushButton::clicked, this, &CaseWorkspace::backRequested);
    m_summary->setObjectName(QStringLiteral("printSummaryButton"));
    m_handOff->setObjectName(QStringLiteral("handOffButton"));
    connect(m_summary, &QPushButton::clicked, this, &CaseWorkspace::printSummary);
    connect(m_handOff, &QPushButton::clicked, this, &CaseWorkspace::printHandOff);
    auto *printKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    connect(printKey, &QShortcut::activated, this, &CaseWorkspace::printSummary);
    // Not the button's shortcut: setText() replaces that with the text's mnemonic.
    auto *backKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(backKey, &QShortcut::activated, this, &CaseWorkspace::backRequested);
    connect(m_details, &CaseDetailsForm::saved, this, &CaseWorkspace::detailsSaved);
    connect(m_timeline, &TimelineTab::entryAdded, this, [this] { emit caseChanged(currentCase().id); });
    connect(m_deadlines, &DeadlinesTab::deadlinesChanged, this, [this] { emit caseChanged(currentCase().id); });
    connect(m_claims, &ClaimsTab::claimsChanged, this, [this] { emit caseChanged(currentCase().id); });
    connect(m_parties, &CasePartiesPanel::linksChanged, this, [this] { emit caseChanged(currentCase().id); });
    connect(m_parties, &CasePartiesPanel::partyActivated, this, &CaseWorkspace::partyActivated);
    connect(m_referrals, &CaseReferralsPanel::referralsChanged, this, [this] { emit caseChanged(currentCase().id); });
    // Kept input that was saved (or the details undone) is not kept any longer.
    connect(this, &CaseWorkspace::caseChanged, m_kept, &KeptInputBar::settle);
    connect(m_details, &CaseDetailsForm::dirtyChanged, m_kept, &KeptInputBar::settle);
    // A kept correction thrown away: its entry is not being corrected any more.
    connect(m_kept, &KeptInputBar::discarded, this, [this] {
        if (!m_timeline->hasUnsavedText())
            m_timeline->cancelCorrection();
    });
    retranslateUi();
}

bool CaseWorkspace::openCase(const QString &caseId)
{
    auto kase = m_workspace.cases().get(caseId);
    if (!kase.ok()) {
        QMessageBox::warning(this, tr("Case"), ErrorText::message(kase.error()));
        return false;
    }
    auto client = m_workspace.clients().get(kase->clientId);
    m_client = client.ok() ? *client : domain::Client {};
    m_details->load(*kase);
    m_timeline->setCase(kase->id);
    m_deadlines->setCase(*kase);
    m_claims->setCase(*kase);
    m_parties->setCase(kase->id);
    m_referrals->setCase(kase->id);
    m_tabs->setCurrentIndex(0);
    showHeader();
    putBackKeptInput();
    return true;
}

// Every form of the case whose input is kept when Lintas locks, and put back here.
void CaseWorkspace::putBackKeptInput()
{
    const QString prefix = QStringLiteral("case/%1/").arg(currentCase().id);
    CaseDetailsForm *details = m_details;
    TimelineTab *timeline = m_timeline;
    DeadlinesTab *deadlines = m_deadlines;
    ClaimsTab *claims = m_claims;
    CaseReferralsPanel *referrals = m_referrals;
    const QStringList back = m_kept->open({
        {prefix + QStringLiteral("details"), details, [details] { return details->isDirty(); }},
        // A correction comes back as the correction of the same entry.
        {prefix + QStringLiteral("note"), timeline, [timeline] { return timeline->hasUnsavedText(); },
            [timeline] { return timeline->correctingNote(); },
            [timeline](const QString &id) { return timeline->resumeCorrection(id); }},
        {prefix + QStringLiteral("deadline"), deadlines, [deadlines] { return deadlines->hasUnsavedText(); }},
        {prefix + QStringLiteral("claim"), claims, [claims] { return claims->hasUnsavedText(); },
            [claims] { return claims->editingClaim(); },
            [claims](const QString &id) { return claims->selectClaim(id); }},
        {prefix + QStringLiteral("referral"), referrals, [referrals] { return referrals->hasUnsavedText(); },
            [referrals] { return referrals->referralId(); },
            [referrals](const QString &id) { return referrals->selectReferral(id); }},
    });
    // Consent typed for a stored referral: that referral is shown (unless the form holds input).
    const bool consentKept = m_referrals->showKeptConsent();
    // The first tab with input put back is shown, under the notice.
    static const QStringList order {QStringLiteral("details"), QStringLiteral("note"), QStringLiteral("deadline"),
        QStringLiteral("claim"), QStringLiteral("referral")};
    const QList<QWidget *> tabs {details, timeline, deadlines, claims, referrals};
    for (int i = 0; i < order.size(); ++i) {
        if (back.contains(prefix + order[i])) {
            m_tabs->setCurrentWidget(tabs[i]);
            return;
        }
    }
    // A dialog's input waits on the tab it was opened from (it says so there).
    if (m_parties->hasKeptDialogInput())
        m_tabs->setCurrentWidget(m_parties);
    else if (consentKept)
        m_tabs->setCurrentWidget(m_referrals);
}

const domain::Case &CaseWorkspace::currentCase() const
{
    return m_details->stored();
}

bool CaseWorkspace::confirmLeave()
{
    if (m_details->isDirty()) {
        m_tabs->setCurrentWidget(m_details);
        CaseDetailsForm *details = m_details;
        if (!UnsavedChanges::askToLeave(
                this, tr("The details of this case were changed but not saved."), [details] { return details->save(); },
                [details] { details->revert(); }))
            return false;
    }
    QWidget *withText = nullptr;
    if (m_timeline->hasUnsavedText())
        withText = m_timeline;
    else if (m_deadlines->hasUnsavedText())
        withText = m_deadlines;
    else if (m_claims->hasUnsavedText())
        withText = m_claims;
    else if (m_referrals->hasUnsavedText())
        withText = m_referrals;
    if (withText) {
        m_tabs->setCurrentWidget(withText);
        const auto answer = QMessageBox::question(this, tr("Text not added"),
            tr("You typed something on this tab that is not added to the case yet. Leave it and lose the text?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_kept->leave(); // saved or let go: nothing of this case is kept any longer
    return true;
}

bool CaseWorkspace::saveBeforeClosing()
{
    const bool saved = !m_details->isDirty() || m_details->save();
    m_kept->keep(); // what could not be saved, and text not added, stay on this laptop
    return saved;
}

void CaseWorkspace::printSummary()
{
    // What is printed is what is saved: unsaved edits are not in the document.
    if (m_details->isDirty() && !m_details->save())
        return;
    CaseSummaryDialog dialog(m_workspace, currentCase().id, this);
    dialog.exec();
}

void CaseWorkspace::printHandOff()
{
    if (m_details->isDirty() && !m_details->save())
        return;
    HandOffDialog dialog(m_workspace, currentCase().id, m_author, this);
    dialog.exec();
}

void CaseWorkspace::detailsSaved(const domain::Case &kase)
{
    m_deadlines->updateCase(kase); // case types and countries decide which rules apply
    m_claims->updateCase(kase); // and the currency a new claim starts in
    showHeader();
    emit caseChanged(kase.id);
}

void CaseWorkspace::showHeader()
{
    const domain::Case &c = currentCase();
    const domain::Language language = LanguageManager::codeListLanguage();
    m_heading->setText(QStringLiteral("%1 · %2").arg(
        c.reference, m_client.fullName.isEmpty() ? tr("(unknown client)") : m_client.fullName));
    QStringList facts;
    if (!c.title.isEmpty())
        facts << c.title;
    facts << domain::caseStatuses().label(c.status, language);
    if (!c.risk.isEmpty())
        facts << tr("Risk: %1").arg(domain::riskLevels().label(c.risk, language));
    if (c.openedOn.isValid())
        facts << tr("Opened %1").arg(formats::date(c.openedOn));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    showOrHide(m_safety, c.safetyFlag ? tr("Immediate safety concern: check on her safety first.") : QString());
    QString where;
    const auto space = c.spaceId.isEmpty() ? Result<sync::SpaceInfo>(makeError(ErrorCode::NotFound, QString()))
                                           : sync::SyncSpaces(m_workspace.database()).space(c.spaceId);
    if (!c.spaceId.isEmpty() && !(space.ok() && space->home)) {
        const bool member = space.ok();
        where = member ? tr("Shared with another organisation in “%1”: what you write here goes to that space, and "
                            "everyone admitted to it sees it.")
                             .arg(c.spaceName)
                       : tr("This case moved to “%1”, a space shared with another organisation that this laptop "
                            "is not a member of. You see it as it was when it left; changes to it are refused.")
                             .arg(c.spaceName);
    }
    showOrHide(m_space, where);
}

void CaseWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseWorkspace::retranslateUi()
{
    m_back->setText(tr("← Cases"));
    m_summary->setText(tr("&Print summary…"));
    m_summary->setToolTip(tr("Print the case summary or save it as PDF (Ctrl+P)"));
    m_handOff->setText(tr("Hand-o&ver record…"));
    m_handOff->setToolTip(tr("Berita acara serah terima: when the case passes to another caseworker or organisation"));
    m_back->setToolTip(tr("Back to the case list (Alt+Left)"));
    // No mnemonics on the tabs: the forms below use the letters; Ctrl+1… switch tabs instead.
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Timeline"));
    m_tabs->setTabText(2, tr("Deadlines"));
    m_tabs->setTabText(3, tr("Claims"));
    m_tabs->setTabText(4, tr("Parties"));
    m_tabs->setTabText(5, tr("Referrals"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_tabs->tabText(i)).arg(i + 1));
    if (!currentCase().id.isEmpty())
        showHeader();
}

} // namespace lintas::ui
