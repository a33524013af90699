#include "referrals/CaseReferralsPanel.h"

#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/KeptDialogInput.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "referrals/DirectoryCache.h"
#include "referrals/OrganisationPicker.h"
#include "referrals/RecordConsentDialog.h"
#include "referrals/ReferralModel.h"
#include "repo/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

CaseReferralsPanel::CaseReferralsPanel(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ReferralModel(workspace, this)),
      m_table(new QTableView(this)),
      m_formTitle(new QLabel(this)),
      m_organisation(new OrganisationPicker(this)),
      m_reason(new QLineEdit(this)),
      m_consent(new QComboBox(this)),
      m_noConsent(new QLabel(this)),
      m_recordConsent(new QPushButton(this)),
      m_withoutConsent(new QPushButton(this)),
      m_override(new QLabel(this)),
      m_keptConsent(new QLabel(this)),
      m_status(new CodeCombo(domain::referralStatuses(), this)),
      m_sentOn(new OptionalDateEdit(this)),
      m_respondedOn(new OptionalDateEdit(this)),
      m_feedback(new QPlainTextEdit(this)),
      m_new(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_handOff(new QPushButton(this)),
      m_handOverShared(new QPushButton(this)),
      m_readReply(new QPushButton(this)),
      m_error(new QLabel(this)),
      m_handoffNote(new QLabel(this))
{
    setObjectName(QStringLiteral("caseReferralsPanel"));
    m_table->setObjectName(QStringLiteral("referralTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ReferralModel::Reason, QHeaderView::Stretch);
    styleAsTitle(m_formTitle, 1.1);
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_consent->setObjectName(QStringLiteral("referralConsent"));
    m_consent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_consent->setMinimumContentsLength(24);
    m_noConsent->setObjectName(QStringLiteral("referralNoConsent"));
    m_noConsent->setWordWrap(true);
    styleAsWarningBanner(m_noConsent);
    m_recordConsent->setObjectName(QStringLiteral("referralRecordConsentButton"));
    m_withoutConsent->setObjectName(QStringLiteral("referralWithoutConsentButton"));
    m_withoutConsent->hide();
    m_override->setObjectName(QStringLiteral("referralConsentOverride"));
    styleAsWarningBanner(m_override);
    m_keptConsent->setObjectName(QStringLiteral("referralKeptConsent"));
    m_keptConsent->setWordWrap(true);
    styleAsWarningBanner(m_keptConsent);
    m_keptConsent->hide();
    m_status->setObjectName(QStringLiteral("referralStatus"));
    m_sentOn->setObjectName(QStringLiteral("referralSentOn"));
    m_respondedOn->setObjectName(QStringLiteral("referralRespondedOn"));
    m_feedback->setObjectName(QStringLiteral("referralFeedback"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setMaximumHeight(m_feedback->fontMetrics().lineSpacing() * 4);
    m_new->setObjectName(QStringLiteral("newReferralButton"));
    m_save->setObjectName(QStringLiteral("saveReferralButton"));
    m_handOff->setObjectName(QStringLiteral("handOffAsFileButton"));
    m_readReply->setObjectName(QStringLiteral("readHandoffReplyButton"));
    m_handOverShared->setObjectName(QStringLiteral("handOverSharedButton"));
    m_handoffNote->setObjectName(QStringLiteral("referralHandoffNote"));
    styleAsWarningBanner(m_handoffNote);
    m_error->setObjectName(QStringLiteral("referralError"));
    m_error->setWordWrap(true);
    styleAsFieldError(m_error);

    auto label = [this](const char *field, QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.insert(QString::fromLatin1(field), l);
        m_editors.insert(QString::fromLatin1(field), buddy);
        return l;
    };
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 1);
    consentRow->addWidget(m_recordConsent);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_sentOn);
    dates->addWidget(label("responded_on", m_respondedOn));
    dates->addWidget(m_respondedOn);
    dates->addStretch(1);
    auto *picker = new QVBoxLayout;
    picker->addWidget(label("organisation_id", m_organisation));
    picker->addWidget(m_organisation, 1);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    fields->addRow(label("reason", m_reason), m_reason);
    fields->addRow(label("consent_id", m_consent), consentRow);
    fields->addRow(QString(), m_noConsent);
    fields->addRow(QString(), m_withoutConsent);
    fields->addRow(QString(), m_override);
    fields->addRow(QString(), m_keptConsent);
    fields->addRow(label("status", m_status), m_status);
    fields->addRow(label("sent_on", m_sentOn), dates);
    fields->addRow(label("feedback", m_feedback), m_feedback);
    auto *form = new QHBoxLayout;
    form->addLayout(picker, 2);
    auto *fieldsColumn = new QVBoxLayout;
    fieldsColumn->addLayout(fields);
    fieldsColumn->addStretch(1); // rows packed at the top, not spread over the picker's height
    form->addLayout(fieldsColumn, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(); // keeps the buttons their size while there is no message
    buttons->addWidget(m_handOverShared);
    buttons->addWidget(m_handOff);
    buttons->addWidget(m_readReply);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_formTitle);
    layout->addLayout(form);
    layout->addWidget(m_handoffNote);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CaseReferralsPanel::selectionChanged);
    connect(m_organisation, &OrganisationPicker::organisationChanged, this, &CaseReferralsPanel::organisationPicked);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseReferralsPanel::statusChosen);
    connect(m_recordConsent, &QPushButton::clicked, this, &CaseReferralsPanel::recordConsent);
    connect(m_withoutConsent, &QPushButton::clicked, this, &CaseReferralsPanel::sendWithoutConsent);
    connect(m_new, &QPushButton::clicked, this, &CaseReferralsPanel::newReferral);
    connect(m_save, &QPushButton::clicked, this, &CaseReferralsPanel::saveReferral);
    connect(m_handOff, &QPushButton::clicked, this, &CaseReferralsPanel::handOffAsFile);
    connect(m_readReply, &QPushButton::clicked, this, &CaseReferralsPanel::readReplyFile);
    connect(m_handOverShared, &QPushButton::clicked, this, &CaseReferralsPanel::handOverInSharedSpace);
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &CaseReferralsPanel::saveReferral);
    auto *newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &CaseReferralsPanel::newReferral);
    // Read when the Referrals tab is first shown, kept for the session (this panel lives as long
    // as the case workspace), read again after the directory changed.
    m_organisation->setDirectory(std::make_shared<DirectoryCache>(workspace));
    retranslateUi();
}

void CaseReferralsPanel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    auto kase = m_workspace.cases().get(caseId);
    m_clientId = kase.ok() ? kase->clientId : QString();
    m_model->setCase(caseId);
    fitColumns();
    showOrHide(m_handoffNote, QString());
    startNew(); // the case workspace asked about unsaved text before it changed case
}

bool CaseReferralsPanel::hasUnsavedText() const
{
    const domain::Referral now = edited();
    if (m_shown.id.isEmpty())
        return !now.reason.isEmpty() || !now.feedback.isEmpty();
    return now.organisationId != m_shown.organisationId || now.reason != m_shown.reason
        || now.consentId != m_shown.consentId || now.status != m_shown.status || now.sentOn != m_shown.sentOn
        || now.respondedOn != m_shown.respondedOn || now.feedback != m_shown.feedback;
}

bool CaseReferralsPanel::selectReferral(const QString &referralId)
{
    const int row = m_model->rowOf(referralId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0)); // shows it (the form is not edited yet)
    return m_shown.id == referralId;
}

bool CaseReferralsPanel::mayReplaceForm()
{
    if (!hasUnsavedText())
        return true;
    const auto answer = QMessageBox::question(this, tr("Referral not saved"),
        tr("What you typed in the referral form is not saved yet. Throw it away?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void CaseReferralsPanel::newReferral()
{
    if (mayReplaceForm())
        startNew();
}

void CaseReferralsPanel::startNew()
{
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    domain::Referral fresh;
    fresh.caseId = m_caseId;
    fresh.status = QStringLiteral("draft");
    showReferral(fresh);
}

void CaseReferralsPanel::selectionChanged()
{
    const domain::Referral *r = m_model->referralAt(m_table->currentIndex().row());
    if (!r || r->id == m_shown.id)
        return;
    if (!mayReplaceForm()) {
        // Stay on the referral being edited, in the list too.
        const QSignalBlocker quiet(m_table->selectionModel());
        const int shownRow = m_shown.id.isEmpty() ? -1 : m_model->rowOf(m_shown.id);
        if (shownRow >= 0) {
            m_table->selectRow(shownRow);
        } else {
            m_table->clearSelection();
            m_table->setCurrentIndex({});
        }
        return;
    }
    showReferral(*r);
}

bool CaseReferralsPanel::saveReferral()
{
    if (m_caseId.isEmpty())
        return false;
    const domain::Referral referral = edited();
    QString savedId = referral.id;
    if (referral.id.isEmpty()) {
        auto created = m_workspace.referrals().create(referral);
        if (!created.ok()) {
            showError(created.error());
            return false;
        }
        savedId = created->id;
    } else {
        auto updated = m_workspace.referrals().update(referral);
        if (!updated.ok()) {
            showError(updated.error());
            return false;
        }
    }
    reloadKeeping(savedId);
    emit referralsChanged();
    return true;
}

// Organisation names run long ("Konsulat Jenderal Republik Indonesia (KJRI) Hong Kong"): the
// reason keeps its share of the width, the rest show in full on hover.
void CaseReferralsPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column : {int(ReferralModel::Organisation), int(ReferralModel::Feedback)})
        header->resizeSection(column, std::min(header->sectionSize(column), 22 * em));
    header->setSectionResizeMode(ReferralModel::Reason, QHeaderView::Stretch);
}

void CaseReferralsPanel::reloadKeeping(const QString &referralId)
{
    m_model->reload();
    fitColumns();
    // What the form held is stored now: nothing to ask before showing it as stored.
    const int row = m_model->rowOf(referralId);
    if (row >= 0) {
        {
            const QSignalBlocker quiet(m_table->selectionModel());
            m_table->selectRow(row);
        }
        if (const domain::Referral *r = m_model->referralAt(row))
            showReferral(*r);
    } else {
        startNew();
    }
}

bool CaseReferralsPanel::recordConsent()
{
    if (m_clientId.isEmpty())
        return false;
    RecordConsentDialog dialog(m_workspace, m_clientId, m_organisation->organisationId(), m_author, this);
    KeptDialogInput::prepare(dialog, m_workspace, consentKey(m_shown.id));
    const int answer = dialog.exec();
    KeptDialogInput::finished(dialog, m_workspace);
    showKeptConsentNotice();
    if (answer != QDialog::Accepted)
        return false;
    reloadConsents(dialog.recorded().id);
    showOrHide(m_error, QString());
    m_consent->setFocus(Qt::OtherFocusReason);
    return true;
}

void CaseReferralsPanel::showError(const Error &error)
{
    QLabel *label = m_labels.value(error.field);
    const QString fieldName = label ? label->text().remove(QLatin1Char('&')) : error.field;
    showOrHide(m_error, ErrorText::fieldMessage(error, fieldName));
    if (QWidget *editor = m_editors.value(error.field))
        editor->setFocus(Qt::OtherFocusReason);
}

void CaseReferralsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseReferralsPanel::retranslateUi()
{
    // Free of the letters the case workspace's header uses (P, O).
    const QHash<QString, QString> labels {
        {QStringLiteral("organisation_id"), tr("To or&ganisation")},
        {QStringLiteral("reason"), tr("R&eason")},
        {QStringLiteral("consent_id"), tr("Her &consent")},
        {QStringLiteral("status"), tr("S&tatus")},
        {QStringLiteral("sent_on"), tr("Sent o&n")},
        {QStringLiteral("responded_on"), tr("Respon&ded on")},
        {QStringLiteral("feedback"), tr("&Feedback")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_table->setAccessibleName(tr("Referrals"));
    m_reason->setPlaceholderText(tr("e.g. legal advice on her unpaid wages claim"));
    m_feedback->setPlaceholderText(tr("What the organisation answered or did"));
    m_sentOn->setText(tr("Known"));
    m_respondedOn->setText(tr("Known"));
    m_recordConsent->setText(tr("Record &her consent…"));
    m_recordConsent->setToolTip(tr("Record what she agreed may be shared, with whom and what for"));
    m_withoutConsent->setText(tr("Send without her consent…"));
    m_withoutConsent->setToolTip(tr("Admins only: send this referral without a recorded consent, and write why"));
    m_new->setText(tr("Ne&w referral"));
    m_new->setToolTip(tr("Start a new referral (Ctrl+N)"));
    m_save->setText(tr("&Save referral"));
    m_save->setToolTip(tr("Save this referral (Ctrl+S)"));
    m_handOff->setText(tr("Hand off &as a file…"));
    m_handOff->setToolTip(tr("Send the case to the organisation of this referral as a locked file"));
    m_handOverShared->setText(tr("Hand over in a shared space…"));
    m_handOverShared->setToolTip(tr("Move the case into a space shared with the organisation of this referral"));
    m_readReply->setText(tr("Read the &reply file…"));
    m_readReply->setToolTip(tr("Take in the recipient's answer to a hand-off file"));
    m_model->retranslate();
    if (!m_caseId.isEmpty()) {
        // Labels of the consents and the form title are built in the language at hand.
        const domain::Referral now = edited();
        const QScopedValueRollback<bool> quiet(m_loading, true);
        fitColumns(); // dates and statuses are longer in one language than the other
        reloadConsents(now.consentId);
        showKeptConsentNotice();
        showOverride();
        m_formTitle->setText(m_shown.id.isEmpty()
                ? tr("New referral")
                : tr("Referral to %1").arg(m_model->organisationName(m_shown.organisationId)));
    }
}

} // namespace lintas::ui
