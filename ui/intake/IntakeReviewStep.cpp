#include "intake/IntakeReviewStep.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "rules/DeadlineCalculator.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

QString labels(const domain::CodeList &list, const QStringList &codes, domain::Language language)
{
    QStringList out;
    for (const QString &c : codes)
        out << list.label(c, language);
    return out.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

IntakeReviewStep::IntakeReviewStep(const rules::DeadlineRuleSet &ruleSet, QDate today, QWidget *parent)
    : IntakeStep(parent), m_ruleSet(ruleSet), m_today(today), m_summary(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("intakeReviewStep"));
    m_summary->setObjectName(QStringLiteral("intakeSummary"));
    m_summary->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    setFocusProxy(m_summary);
}

void IntakeReviewStep::load(const domain::IntakeDraft &draft)
{
    m_draft = draft;
    render();
}

void IntakeReviewStep::entering(const domain::IntakeDraft &draft)
{
    load(draft);
}

void IntakeReviewStep::store(domain::IntakeDraft &) const { }

QString IntakeReviewStep::title() const
{
    return tr("Review");
}

QString IntakeReviewStep::summaryText() const
{
    return m_summary->toPlainText();
}

void IntakeReviewStep::render()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    const domain::IntakeDraft &d = m_draft;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Client").toHtmlEscaped());
    if (!d.existingClientId.isEmpty()) {
        html += row(tr("Client"), tr("already in Lintas"));
    } else {
        html += row(tr("Name"), d.client.fullName.isEmpty() ? tr("(missing: needed)") : d.client.fullName);
        if (!d.client.nik.isEmpty())
            html += row(tr("NIK"), d.client.nik);
        if (!d.client.passportNo.isEmpty())
            html += row(tr("Passport no."), d.client.passportNo);
        if (!d.phones.isEmpty())
            html += row(tr("Phone"), d.phones.join(QStringLiteral(", ")));
        const QStringList home = QStringList {d.client.village, d.client.district, d.client.regency, d.client.province};
        QStringList place;
        for (const QString &p : home) {
            if (!p.isEmpty())
                place << p;
        }
        if (!place.isEmpty())
            html += row(tr("Home"), place.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Case").toHtmlEscaped());
    html += row(tr("What happened"),
        d.caseTypes.isEmpty() ? tr("(missing: tick at least one)")
                              : labels(domain::caseTypes(), d.caseTypes, language));
    if (!d.jurisdictions.isEmpty())
        html += row(tr("Where"), labels(domain::jurisdictions(), d.jurisdictions, language));
    if (!d.title.isEmpty())
        html += row(tr("Title"), d.title);
    if (!d.risk.isEmpty())
        html += row(tr("Risk"), domain::riskLevels().label(d.risk, language));
    if (d.safetyFlag)
        html += row(tr("Safety"), tr("She is not safe now"));
    if (!d.chronology.isEmpty())
        html += row(tr("Chronology"), d.chronology);
    if (!d.demands.isEmpty())
        html += row(tr("Demands"), d.demands);
    for (const domain::IntakeClaim &c : d.claims) {
        const QString amount = c.amount
            ? formats::money(*c.amount, c.currency)
            : (c.amountText.isEmpty() ? tr("amount not known yet") : tr("\"%1\" is not an amount").arg(c.amountText));
        html += row(
            tr("Claim"), QStringLiteral("%1: %2").arg(domain::claimTypes().label(c.claimType, language), amount));
    }
    html += row(tr("Consent"),
        d.consentGiven ? tr("to share with %1 (%2)").arg(d.consentRecipient, d.consentScope) : tr("not given"));
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Deadlines that will be added").toHtmlEscaped());
    const rules::DeadlineCalculator calculator(m_ruleSet);
    const auto suggestions = calculator.suggest(d.caseTypes, d.jurisdictions, d.triggerDates, m_today);
    if (suggestions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("None: give the dates on the Chronology step to have them counted, or add deadlines later.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<table>");
        for (const rules::SuggestedDeadline &s : suggestions) {
            QString due = formats::date(s.dueDate);
            if (s.overdue)
                due += QStringLiteral(" (%1)").arg(tr("already passed"));
            html += row(due, QStringLiteral("%1 — %2").arg(s.title.text(language), s.source));
        }
        html += QStringLiteral("</table>");
    }
    m_summary->setHtml(html);
}

void IntakeReviewStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    IntakeStep::changeEvent(event);
}

} // namespace lintas::ui
