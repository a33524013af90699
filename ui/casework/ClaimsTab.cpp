#include "casework/ClaimsTab.h"

#include "casework/ClaimModel.h"
#include "common/AmountBoxes.h"
#include "common/CodeCombo.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

QString amountInput(const std::optional<qint64> &amount, const QString &currency)
{
    return amount ? formats::amountInput(*amount, currency) : QString();
}

} // namespace

ClaimsTab::ClaimsTab(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ClaimModel(workspace, this)),
      m_table(new QTableView(this)),
      m_totals(new QLabel(this)),
      m_formTitle(new QLabel(this)),
      m_type(new CodeCombo(domain::claimTypes(), this)),
      m_forum(new CodeCombo(domain::forums(), this)),
      m_currency(new CodeCombo(domain::currencies(), this)),
      m_claimed(new QLineEdit(this)),
      m_offered(new QLineEdit(this)),
      m_awarded(new QLineEdit(this)),
      m_filedOn(new OptionalDateEdit(this)),
      m_decidedOn(new OptionalDateEdit(this)),
      m_notes(new QLineEdit(this)),
      m_save(new QPushButton(this)),
      m_new(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_payments(new QLabel(this)),
      m_paymentAmount(new QLineEdit(this)),
      m_paymentDate(new QDateEdit(this)),
      m_paymentNote(new QLineEdit(this)),
      m_pay(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("claimsTab"));
    m_table->setObjectName(QStringLiteral("claimTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ClaimModel::Type, QHeaderView::Stretch);
    m_totals->setObjectName(QStringLiteral("claimTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    styleAsTitle(m_formTitle, 1.1);
    m_type->setObjectName(QStringLiteral("claimType"));
    m_forum->setObjectName(QStringLiteral("claimForum"));
    m_currency->setObjectName(QStringLiteral("claimCurrency"));
    m_currency->setMinimumContentsLength(8);
    m_claimed->setObjectName(QStringLiteral("amountClaimed"));
    m_offered->setObjectName(QStringLiteral("amountOffered"));
    m_awarded->setObjectName(QStringLiteral("amountAwarded"));
    for (QLineEdit *amount : {m_claimed, m_offered, m_awarded, m_paymentAmount})
        amount->setAlignment(Qt::AlignRight);
    m_filedOn->setObjectName(QStringLiteral("claimFiledOn"));
    m_decidedOn->setObjectName(QStringLiteral("claimDecidedOn"));
    m_notes->setObjectName(QStringLiteral("claimNotes"));
    m_save->setObjectName(QStringLiteral("saveClaimButton"));
    m_new->setObjectName(QStringLiteral("newClaimButton"));
    m_remove->setObjectName(QStringLiteral("removeClaimButton"));
    m_payments->setObjectName(QStringLiteral("claimPayments"));
    m_payments->setWordWrap(true);
    m_paymentAmount->setObjectName(QStringLiteral("paymentAmount"));
    m_paymentDate->setObjectName(QStringLiteral("paymentDate"));
    m_paymentDate->setCalendarPopup(true);
    m_paymentDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_paymentNote->setObjectName(QStringLiteral("paymentNote"));
    m_pay->setObjectName(QStringLiteral("recordPaymentButton"));
    m_error->setObjectName(QStringLiteral("claimError"));
    styleAsFieldError(m_error);

    auto *form = new QGridLayout;
    auto label = [this](const char *field, QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.insert(QString::fromLatin1(field), l);
        return l;
    };
    form->addWidget(label("claim_type", m_type), 0, 0);
    form->addWidget(m_type, 0, 1);
    form->addWidget(label("forum", m_forum), 0, 2);
    form->addWidget(m_forum, 0, 3);
    form->addWidget(label("currency", m_currency), 0, 4);
    form->addWidget(m_currency, 0, 5);
    form->addWidget(label("amount_claimed", m_claimed), 1, 0);
    form->addWidget(m_claimed, 1, 1);
    form->addWidget(label("amount_offered", m_offered), 1, 2);
    form->addWidget(m_offered, 1, 3);
    form->addWidget(label("amount_awarded", m_awarded), 1, 4);
    form->addWidget(m_awarded, 1, 5);
    form->addWidget(m_filedOn, 2, 1);
    form->addWidget(m_decidedOn, 2, 3);
    form->addWidget(label("notes", m_notes), 3, 0);
    form->addWidget(m_notes, 3, 1, 1, 5);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 2);
    form->setColumnStretch(5, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_remove);
    formButtons->addStretch(1);
    formButtons->addWidget(m_new);
    formButtons->addWidget(m_save);

    auto *payment = new QHBoxLayout;
    payment->addWidget(label("amount", m_paymentAmount));
    payment->addWidget(m_paymentAmount, 1);
    payment->addWidget(label("paid_on", m_paymentDate));
    payment->addWidget(m_paymentDate);
    payment->addWidget(label("payment_note", m_paymentNote));
    payment->addWidget(m_paymentNote, 2);
    payment->addWidget(m_pay);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_formTitle);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(m_payments);
    layout->addLayout(payment);
    layout->addWidget(m_error);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClaimsTab::selectionChanged);
    connect(m_save, &QPushButton::clicked, this, &ClaimsTab::saveClaim);
    connect(m_new, &QPushButton::clicked, this, &ClaimsTab::newClaim);
    connect(m_remove, &QPushButton::clicked, this, &ClaimsTab::removeClaim);
    connect(m_pay, &QPushButton::clicked, this, &ClaimsTab::recordPayment);
    connect(m_paymentAmount, &QLineEdit::returnPressed, this, &ClaimsTab::recordPayment);
    retranslateUi();
}

void ClaimsTab::setCase(const domain::Case &kase)
{
    m_case = kase;
    m_paymentAmount->clear(); // typed for the previous case
    m_paymentNote->clear();
    m_model->setCase(kase.id);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ClaimModel::Type, QHeaderView::Stretch);
    newClaim();
    showTotals();
}

bool ClaimsTab::hasUnsavedText() const
{
    if (!m_paymentAmount->text().trimmed().isEmpty())
        return true;
    const domain::Claim *shown = m_model->claimAt(m_model->rowOf(m_editing));
    if (!shown) // a new claim: anything typed is unsaved
        return !m_claimed->text().trimmed().isEmpty() || !m_offered->text().trimmed().isEmpty()
            || !m_awarded->text().trimmed().isEmpty() || !m_notes->text().trimmed().isEmpty();
    return m_claimed->text() != amountInput(shown->amountClaimed, shown->currency)
        || m_offered->text() != amountInput(shown->amountOffered, shown->currency)
        || m_awarded->text() != amountInput(shown->amountAwarded, shown->currency) || m_notes->text() != shown->notes;
}

bool ClaimsTab::selectClaim(const QString &claimId)
{
    const int row = m_model->rowOf(claimId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    showClaim(claimId); // also when the row was current already
    return true;
}

void ClaimsTab::newClaim()
{
    m_editing.clear();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_type->setCode(QStringLiteral("wages_arrears"));
    m_forum->setCode(m_case.forums.value(0));
    m_currency->setCode(domain::usualCurrency(m_case.jurisdictions));
    for (QLineEdit *edit : {m_claimed, m_offered, m_awarded, m_notes})
        edit->clear();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    m_paymentDate->setDate(today);
    for (OptionalDateEdit *date : {m_filedOn, m_decidedOn}) {
        date->setDefaultDate(today);
        date->setDate({});
    }
    showOrHide(m_error, QString());
    retranslateUi();
}

void ClaimsTab::selectionChanged()
{
    const domain::Claim *claim = m_model->claimAt(m_table->currentIndex().row());
    if (claim)
        showClaim(claim->id);
}

void ClaimsTab::showClaim(const QString &claimId)
{
    const int row = m_model->rowOf(claimId);
    const domain::Claim *claim = m_model->claimAt(row);
    if (!claim)
        return newClaim();
    m_editing = claimId;
    m_type->setCode(claim->claimType);
    m_forum->setCode(claim->forum);
    m_currency->setCode(claim->currency);
    m_claimed->setText(amountInput(claim->amountClaimed, claim->currency));
    m_offered->setText(amountInput(claim->amountOffered, claim->currency));
    m_awarded->setText(amountInput(claim->amountAwarded, claim->currency));
    m_filedOn->setDate(claim->filedOn);
    m_decidedOn->setDate(claim->decidedOn);
    m_notes->setText(claim->notes);
    showOrHide(m_error, QString());
    retranslateUi();
}

void ClaimsTab::showTotals()
{
    const QStringList lines = m_model->totalsLines();
    m_totals->setText(lines.isEmpty() ? tr("No claims yet.") : lines.join(QLatin1Char('\n')));
}

void ClaimsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        // What is typed in the boxes, saved or not, is written the new language's way (and kept).
        const domain::Claim *claim = m_model->claimAt(m_model->rowOf(m_editing));
        const QString currency = m_currency->code();
        rewriteAmounts({{m_claimed, currency}, {m_offered, currency}, {m_awarded, currency},
                           {m_paymentAmount, claim ? claim->currency : currency}},
            m_amountLocale);
        m_amountLocale = QLocale();
        retranslateUi();
        showTotals();
    }
    QWidget::changeEvent(event);
}

void ClaimsTab::retranslateUi()
{
    const domain::Claim *claim = m_model->claimAt(m_model->rowOf(m_editing));
    m_formTitle->setText(claim ? tr("Selected claim") : tr("New claim"));
    const QHash<QString, QString> labels {{QStringLiteral("claim_type"), tr("&Claim")},
        {QStringLiteral("forum"), tr("&Forum")}, {QStringLiteral("currency"), tr("C&urrency")},
        {QStringLiteral("amount_claimed"), tr("Claime&d")}, {QStringLiteral("amount_offered"), tr("&Offered")},
        {QStringLiteral("amount_awarded"), tr("A&warded")}, {QStringLiteral("notes"), tr("Not&es")},
        {QStringLiteral("amount"), tr("Pa&id")}, {QStringLiteral("paid_on"), tr("o&n")},
        {QStringLiteral("payment_note"), tr("no&te")}};
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_forum->setNoneText(tr("No forum yet"));
    m_filedOn->setText(tr("Filed on"));
    m_decidedOn->setText(tr("Decided on"));
    const QString example = formats::amountInput(510050, QStringLiteral("HKD"));
    for (QLineEdit *amount : {m_claimed, m_offered, m_awarded, m_paymentAmount})
        amount->setPlaceholderText(tr("e.g. %1").arg(example));
    m_save->setText(claim ? tr("&Save claim") : tr("&Add claim"));
    m_new->setText(tr("New c&laim"));
    m_new->setEnabled(claim != nullptr);
    m_remove->setText(tr("&Remove claim…"));
    m_remove->setEnabled(claim != nullptr);
    m_pay->setText(tr("Record pa&yment"));
    m_pay->setEnabled(claim != nullptr);
    m_paymentDate->setLocale(QLocale());
    if (claim) {
        const int row = m_model->rowOf(m_editing);
        QStringList paid;
        for (const domain::ClaimPayment &p : m_model->paymentsOf(row)) {
            paid << QStringLiteral("%1 %2%3").arg(formats::date(p.paidOn), formats::money(p.amount, claim->currency),
                p.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.note));
        }
        m_payments->setText(paid.isEmpty() ? tr("Nothing paid on this claim yet.")
                                           : tr("Payments: %1").arg(paid.join(QStringLiteral("; "))));
    } else {
        m_payments->setText(tr("Payments are recorded against a saved claim."));
    }
    m_table->setAccessibleName(tr("Claims"));
    m_totals->setAccessibleName(tr("Totals per currency"));
}

} // namespace lintas::ui
