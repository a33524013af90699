#include "intake/IntakeDemandsStep.h"

#include "common/CodeCombo.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "domain/CodeLists.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

IntakeDemandsStep::IntakeDemandsStep(QWidget *parent)
    : IntakeStep(parent),
      m_demands(new QPlainTextEdit(this)),
      m_claimsTitle(new QLabel(this)),
      m_rowsLayout(new QVBoxLayout),
      m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("intakeDemandsStep"));
    m_demands->setTabChangesFocus(true);
    m_demands->setMaximumHeight(m_demands->fontMetrics().lineSpacing() * 7);
    styleAsTitle(m_claimsTitle, 1.05);
    m_add->setObjectName(QStringLiteral("intakeAddClaim"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(form, QStringLiteral("case.demands"), m_demands);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_claimsTitle);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addRow);
    layout->addStretch(1);
    setFocusProxy(m_demands);
    connect(m_demands, &QPlainTextEdit::textChanged, this, &IntakeStep::changed);
    connect(m_add, &QPushButton::clicked, this, &IntakeDemandsStep::addClaimRow);
    retranslateUi();
}

IntakeDemandsStep::Row &IntakeDemandsStep::appendRow(const domain::IntakeClaim &claim)
{
    Row row;
    row.box = new QWidget(this);
    row.type = new CodeCombo(domain::claimTypes(), row.box);
    row.currency = new CodeCombo(domain::currencies(), row.box);
    row.amount = new QLineEdit(row.box);
    row.forum = new CodeCombo(domain::forums(), row.box);
    row.remove = new QPushButton(row.box);
    const int n = int(m_rows.size());
    row.type->setObjectName(QStringLiteral("claims_%1_claim_type").arg(n));
    row.currency->setObjectName(QStringLiteral("claims_%1_currency").arg(n));
    row.amount->setObjectName(QStringLiteral("claims_%1_amount_claimed").arg(n));
    row.forum->setObjectName(QStringLiteral("claims_%1_forum").arg(n));
    row.currency->setMinimumContentsLength(8);
    row.amount->setAlignment(Qt::AlignRight);
    row.type->setCode(claim.claimType.isEmpty() ? QStringLiteral("wages_arrears") : claim.claimType);
    row.currency->setCode(claim.currency.isEmpty() ? m_usualCurrency : claim.currency);
    row.amount->setText(claim.amount ? formats::amountInput(*claim.amount, row.currency->code()) : claim.amountText);
    row.forum->setCode(claim.forum);
    auto *line = new QHBoxLayout(row.box);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(row.type, 3);
    line->addWidget(row.currency, 2);
    line->addWidget(row.amount, 2);
    line->addWidget(row.forum, 3);
    line->addWidget(row.remove);
    m_rowsLayout->addWidget(row.box);
    connect(row.type, &QComboBox::currentIndexChanged, this, &IntakeStep::changed);
    connect(row.currency, &QComboBox::currentIndexChanged, this, &IntakeStep::changed);
    connect(row.forum, &QComboBox::currentIndexChanged, this, &IntakeStep::changed);
    connect(row.amount, &QLineEdit::textChanged, this, &IntakeStep::changed);
    QWidget *box = row.box;
    connect(row.remove, &QPushButton::clicked, this, [this, box] { removeRow(box); });
    m_rows << row;
    retranslateUi();
    return m_rows.last();
}

void IntakeDemandsStep::addClaimRow()
{
    appendRow({}).amount->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void IntakeDemandsStep::removeRow(QWidget *box)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].box == box) {
            m_rows.removeAt(i);
            box->hide();
            box->setParent(nullptr); // out of the tree now, so a lookup by name cannot find it
            box->deleteLater(); // not delete: the click that removes it is still running
            // Rows are named by position, as the intake names a refused claim: renumber.
            for (int n = 0; n < m_rows.size(); ++n) {
                m_rows[n].type->setObjectName(QStringLiteral("claims_%1_claim_type").arg(n));
                m_rows[n].currency->setObjectName(QStringLiteral("claims_%1_currency").arg(n));
                m_rows[n].amount->setObjectName(QStringLiteral("claims_%1_amount_claimed").arg(n));
                m_rows[n].forum->setObjectName(QStringLiteral("claims_%1_forum").arg(n));
            }
            retranslateUi();
            emit changed();
            return;
        }
    }
}

void IntakeDemandsStep::load(const domain::IntakeDraft &draft)
{
    m_demands->setPlainText(draft.demands);
    for (const Row &row : std::as_const(m_rows))
        delete row.box;
    m_rows.clear();
    m_usualCurrency = domain::usualCurrency(draft.jurisdictions);
    for (const domain::IntakeClaim &claim : draft.claims)
        appendRow(claim);
}

void IntakeDemandsStep::entering(const domain::IntakeDraft &draft)
{
    m_usualCurrency = domain::usualCurrency(draft.jurisdictions);
}

void IntakeDemandsStep::store(domain::IntakeDraft &draft) const
{
    draft.demands = m_demands->toPlainText().trimmed();
    draft.claims.clear();
    for (const Row &row : m_rows) {
        domain::IntakeClaim claim;
        claim.claimType = row.type->code();
        claim.currency = row.currency->code();
        claim.forum = row.forum->code();
        const QString typed = row.amount->text().trimmed();
        if (!typed.isEmpty()) {
            const qint64 value = formats::parseMoney(typed, claim.currency);
            if (value >= 0)
                claim.amount = value;
            else
                claim.amountText = typed; // kept, and refused with a message when the case is made
        }
        draft.claims << claim;
    }
}

QString IntakeDemandsStep::title() const
{
    return tr("Demands");
}

void IntakeDemandsStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IntakeStep::changeEvent(event);
}

void IntakeDemandsStep::retranslateUi()
{
    setLabel(QStringLiteral("case.demands"), tr("What she wants (&tuntutan)"));
    m_demands->setPlaceholderText(tr("e.g. her unpaid wages, her passport back, the agency fee refunded, to go home"));
    m_claimsTitle->setText(tr("Money claims"));
    m_add->setText(tr("Add a money &claim"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        row.type->setAccessibleName(tr("Claim %1: kind").arg(i + 1));
        row.currency->setAccessibleName(tr("Claim %1: currency").arg(i + 1));
        row.amount->setAccessibleName(tr("Claim %1: amount").arg(i + 1));
        row.amount->setPlaceholderText(tr("Amount"));
        row.forum->setAccessibleName(tr("Claim %1: forum").arg(i + 1));
        row.forum->setNoneText(tr("Forum not known yet"));
        row.remove->setText(tr("Remove"));
        row.remove->setAccessibleName(tr("Remove claim %1").arg(i + 1));
    }
}

} // namespace lintas::ui
