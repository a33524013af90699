#include "print/CaseSummary.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "print/CaseRecord.h"
#include "print/HtmlBuilder.h"
#include "print/Masking.h"
#include "print/PagedHtml.h"

#include <QMessageBox>
#include <QSet>

namespace lintas::ui {

namespace {

using Column = HtmlBuilder::Column;

QString labels(const domain::CodeList &list, const QStringList &codes, domain::Language language)
{
    QStringList out;
    for (const QString &code : codes)
        out << list.label(code, language);
    return out.join(QStringLiteral(", "));
}

// One section after the other, in the language and locale current when the summary is made.
class SummaryWriter {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::CaseSummary)

public:
    SummaryWriter(const CaseRecord &record, const CaseSummaryOptions &options)
        : r(record), m_options(options), m_language(LanguageManager::codeListLanguage(m_locale))
    { }

    QString html(int &confidentialLeftOut)
    {
        header();
        client();
        caseDetails();
        narrative();
        claims();
        deadlines();
        confidentialLeftOut = timeline();
        parties();
        referrals();
        consents();
        return b.html();
    }

private:
    QString date(const QDate &d) const { return formats::date(d, m_locale); }
    QString money(const std::optional<qint64> &amount, const QString &currency) const
    {
        return amount ? formats::money(*amount, currency, m_locale) : QStringLiteral("—");
    }
    QString identifier(const QString &value) const
    {
        return m_options.showFullIdentifiers ? value.trimmed() : maskIdentifier(value);
    }

    void header()
    {
        const QString subtitle
            = r.kase.title.isEmpty() ? r.kase.reference : QStringLiteral("%1 · %2").arg(r.kase.reference, r.kase.title);
        b.title(tr("Case summary"), subtitle);
        if (r.kase.safetyFlag)
            b.paragraph(
                tr("Immediate safety concern: check on her safety before anything else."), QStringLiteral("warning"));
    }

    void client()
    {
        const domain::Client &c = r.client;
        b.heading(tr("Client"));
        if (c.id.isEmpty()) {
            b.paragraph(tr("The client's record could not be found on this laptop."), QStringLiteral("note"));
            return;
        }
        QStringList phones;
        for (const domain::ClientPhone &p : r.currentPhones) {
            phones << QStringLiteral("%1 (%2)").arg(
                identifier(p.number), domain::phoneKinds().label(p.kind, m_language));
        }
        QString nowIn = domain::jurisdictions().label(c.currentCountry, m_language);
        if (!c.currentCity.isEmpty())
            nowIn = nowIn.isEmpty() ? c.currentCity : QStringLiteral("%1, %2").arg(c.currentCity, nowIn);
        b.facts({
            {tr("Name"), c.fullName},
            {tr("Also known as"), c.aliases.join(QStringLiteral(", "))},
            {tr("Gender"), domain::genders().label(c.gender, m_language)},
            {tr("Date of birth"), date(c.birthDate)},
            {tr("NIK"), c.nik.isEmpty() ? QString() : identifier(c.nik)},
            {tr("Passport"), c.passportNo.isEmpty() ? QString() : identifier(c.passportNo)},
            {tr("Phone"), phones.join(QStringLiteral("\n"))},
            {tr("Status"), domain::clientStatuses().label(c.status, m_language)},
            {tr("Now in"), nowIn},
            {tr("Preferred language"), c.preferredLanguage},
        });
        const bool anyIdentifier = !c.nik.isEmpty() || !c.passportNo.isEmpty() || !r.currentPhones.isEmpty();
        if (anyIdentifier && !m_options.showFullIdentifiers)
            b.paragraph(tr("ID and phone numbers are masked: only their last four characters are shown."),
                QStringLiteral("note"));
    }

    void caseDetails()
    {
        const domain::Case &k = r.kase;
        b.heading(tr("Case"));
        b.facts({
            {tr("Reference"), k.reference},
            {tr("Title"), k.title},
            {tr("Status"), domain::caseStatuses().label(k.status, m_language)},
            {tr("Outcome"), domain::caseOutcomes().label(k.outcome, m_language)},
            {tr("Risk"), domain::riskLevels().label(k.risk, m_language)},
            {tr("Safety"), k.safetyFlag ? tr("Immediate safety concern") : tr("No immediate concern recorded")},
            {tr("Opened on"), date(k.openedOn)},
            {tr("Closed on"), date(k.closedOn)},
            {tr("Case types"), labels(domain::caseTypes(), k.caseTypes, m_language)},
            {tr("Countries"), labels(domain::jurisdictions(), k.jurisdictions, m_language)},
            {tr("Forums"), labels(domain::forums(), k.forums, m_language)},
            {tr("Caseworkers"), k.assignees.join(QStringLiteral(", "))},
        });
    }

    void narrative()
    {
        struct Part {
            QString title;
            QString text;
            bool onlyWhenRecorded; // outcome notes only matter once there is an outcome
        };
        const Part parts[] = {
            {tr("Chronology"), r.kase.chronology, false},
            {tr("Demands"), r.kase.demands, false},
            {tr("Strategy"), r.kase.strategy, false},
            {tr("Outcome notes"), r.kase.outcomeNotes, true},
        };
        for (const Part &part : parts) {
            const bool empty = part.text.trimmed().isEmpty();
            if (empty && part.onlyWhenRecorded)
                continue;
            b.heading(part.title);
            b.paragraph(empty ? tr("Nothing recorded.") : part.text, empty ? QStringLiteral("note") : QString());
        }
    }

    void claims()
    {
        b.heading(tr("Claims"));
        if (r.claims.isEmpty()) {
            b.paragraph(tr("No claims recorded."), QStringLiteral("note"));
            return;
        }
        const QVector<Column> columns {{tr("Claim"), 20}, {tr("Forum"), 20}, {tr("Claimed"), 15, true},
            {tr("Offered"), 15, true}, {tr("Awarded"), 15, true}, {tr("Paid"), 15, true}};
        QVector<QStringList> rows;
        for (const domain::Claim &c : r.claims) {
            rows.push_back(
                {domain::claimTypes().label(c.claimType, m_language), domain::forums().label(c.forum, m_language),
                    money(c.amountClaimed, c.currency), money(c.amountOffered, c.currency),
                    money(c.amountAwarded, c.currency), money(r.paidByClaim.value(c.id), c.currency)});
        }
        // One total per currency: an HK$ award and a rupiah payment are never added together.
        QVector<int> totalRows;
        for (auto it = r.totals.cbegin(); it != r.totals.cend(); ++it) {
            const QString &cur = it.key();
            totalRows << int(rows.size());
            rows.push_back({tr("Total in %1").arg(cur), QString(), money(it->claimed, cur), money(it->offered, cur),
                money(it->awarded, cur), money(it->paid, cur)});
        }
        b.table(columns, rows, totalRows);
    }

    QString deadlineSource(const domain::Deadline &d) const
    {
        if (d.ruleId.isEmpty())
            return tr("Set by hand");
        return d.triggerDate.isValid() ? tr("%1 (counted from %2)").arg(d.source, date(d.triggerDate)) : d.source;
    }

    void deadlines()
    {
        b.heading(tr("Deadlines"));
        if (r.deadlines.isEmpty()) {
            b.paragraph(tr("No deadlines recorded."), QStringLiteral("note"));
            return;
        }
        // Open ones first, as they are what the reader has to act on; each group by due date.
        QVector<QStringList> open;
        QVector<QStringList> done;
        for (const domain::Deadline &d : r.deadlines) {
            const QString state = d.doneOn.isValid() ? tr("Done %1").arg(date(d.doneOn))
                : d.dueOn < r.today                  ? tr("Overdue")
                                                     : tr("Open");
            (d.doneOn.isValid() ? done : open)
                .push_back({date(d.dueOn), domain::deadlineKinds().label(d.kind, m_language), d.title, state,
                    deadlineSource(d)});
        }
        b.table({{tr("Due"), 14}, {tr("Kind"), 15}, {tr("What"), 27}, {tr("State"), 12},
                    {tr("Where the date comes from"), 32}},
            open + done);
    }

    // Returns how many confidential entries were left out.
    int timeline()
    {
        b.heading(tr("Timeline"));
        QHash<QString, const domain::Note *> byId;
        QSet<QString> corrected;
        for (const domain::Note &n : r.notes) {
            byId.insert(n.id, &n);
            if (!n.correctsNoteId.isEmpty())
                corrected.insert(n.correctsNoteId);
        }
        // Entries rather than a table: notes are prose, and a table row would be cut across pages.
        int leftOut = 0;
        int shown = 0;
        for (const domain::Note &n : r.notes) {
            if (n.confidential) {
                ++leftOut;
                continue;
            }
            QStringList text;
            if (!n.correctsNoteId.isEmpty()) {
                const domain::Note *target = byId.value(n.correctsNoteId);
                // Naming the date of a confidential entry would say that it exists and when.
                text << (target && !target->confidential
                        ? tr("Corrects the entry of %1:").arg(formats::dateTime(target->occurredAt, m_locale))
                        : tr("Corrects an earlier entry:"));
            }
            if (corrected.contains(n.id))
                text << tr("[Corrected below]");
            text << n.body;
            QStringList meta {formats::dateTime(n.occurredAt, m_locale), domain::noteKinds().label(n.kind, m_language)};
            if (!n.author.isEmpty())
                meta << n.author;
            b.entry(meta.join(QStringLiteral(" · ")), text.join(QLatin1Char(' ')));
            ++shown;
        }
        if (shown == 0)
            b.paragraph(tr("No timeline entries to show."), QStringLiteral("note"));
        if (leftOut > 0)
            b.paragraph(tr("%n confidential timeline entries are not included in this summary.", nullptr, leftOut),
                QStringLiteral("note"));
        return leftOut;
    }

    void parties()
    {
        if (r.parties.isEmpty())
            return;
        b.heading(tr("Parties"));
        QVector<QStringList> rows;
        for (const CaseRecord::LinkedParty &p : r.parties) {
            rows.push_back({p.party.name, domain::partyKinds().label(p.party.kind, m_language),
                domain::partyRoles().label(p.role, m_language),
                domain::jurisdictions().label(p.party.country, m_language)});
        }
        b.table({{tr("Name"), 34}, {tr("Kind"), 22}, {tr("Role in this case"), 22}, {tr("Country"), 22}}, rows);
    }

    void referrals()
    {
        if (r.referrals.isEmpty())
            return;
        b.heading(tr("Referrals"));
        QVector<QStringList> rows;
        for (const domain::Referral &ref : r.referrals) {
            rows.push_back({r.organisationNames.value(ref.organisationId), ref.reason,
                domain::referralStatuses().label(ref.status, m_language), date(ref.sentOn)});
        }
        b.table({{tr("Organisation"), 30}, {tr("Reason"), 40}, {tr("Status"), 15}, {tr("Sent on"), 15}}, rows);
    }

    void consents()
    {
        b.heading(tr("Consents"));
        if (r.consents.isEmpty()) {
            b.paragraph(tr("No consent recorded. Ask the client before sharing anything about her case."),
                QStringLiteral("warning"));
            return;
        }
        QVector<QStringList> rows;
        for (const domain::Consent &c : r.consents) {
            const QString state
                = c.withdrawnOn.isValid() ? tr("Withdrawn %1").arg(date(c.withdrawnOn)) : tr("In force");
            rows.push_back({c.recipient, c.scope, c.purpose, c.method, date(c.givenOn), state});
        }
        b.table({{tr("Shared with"), 20}, {tr("What may be shared"), 22}, {tr("Purpose"), 17}, {tr("How given"), 15},
                    {tr("Given on"), 12}, {tr("State"), 14}},
            rows);
    }

    const CaseRecord &r;
    const CaseSummaryOptions &m_options;
    QLocale m_locale;
    domain::Language m_language;
    HtmlBuilder b;
};

} // namespace

Result<CaseSummary> CaseSummary::build(
    repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options)
{
    LINTAS_TRY_ASSIGN(const CaseRecord record, CaseRecord::load(workspace, caseId));
    CaseSummary summary;
    summary.m_reference = record.kase.reference;
    summary.m_printedOn = options.printedOn.isValid() ? options.printedOn : record.today;
    summary.buildHtml(record, options);
    return summary;
}

void CaseSummary::buildHtml(const CaseRecord &record, const CaseSummaryOptions &options)
{
    m_html = SummaryWriter(record, options).html(m_confidentialLeftOut);
}

PrintableDocument CaseSummary::document() const
{
    // The reference is the only thing about the case in the metadata: it names no person.
    return PagedHtml(m_html, tr("Case summary %1").arg(m_reference), m_printedOn)
        .document(tr("Case summary %1").arg(m_reference));
}

QString CaseSummary::suggestedFileName() const
{
    return tr("Case summary %1.pdf").arg(m_reference);
}

Status CaseSummary::saveAsPdf(
    repo::Workspace &workspace, const QString &caseId, const QString &path, const CaseSummaryOptions &options)
{
    LINTAS_TRY_ASSIGN(const CaseSummary summary, build(workspace, caseId, options));
    return DocumentOutput::savePdf(summary.document(), path);
}

QString CaseSummary::saveAsPdfWithDialog(
    QWidget *parent, repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options)
{
    const Result<CaseSummary> summary = build(workspace, caseId, options);
    Status done = summary.ok() ? Status() : Status(summary.error());
    QString path;
    if (done.ok()) {
        path = DocumentOutput::choosePdfPath(parent, tr("Save case summary"), summary->suggestedFileName());
        if (path.isEmpty())
            return {};
        done = DocumentOutput::savePdf(summary->document(), path);
    }
    if (!done.ok()) {
        QMessageBox::warning(parent, tr("Case summary not saved"), DocumentOutput::errorMessage(done.error()));
        return {};
    }
    return path;
}

bool CaseSummary::printWithDialog(
    QWidget *parent, repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options)
{
    const Result<CaseSummary> summary = build(workspace, caseId, options);
    if (!summary.ok()) {
        QMessageBox::warning(parent, tr("Case summary not printed"), DocumentOutput::errorMessage(summary.error()));
        return false;
    }
    const Result<bool> printed = DocumentOutput::print(parent, summary->document(), tr("Print case summary"));
    if (!printed.ok()) {
        QMessageBox::warning(parent, tr("Case summary not printed"),
            tr("The case summary could not be printed. Check the printer and try again, or save it as PDF and "
               "print it from another computer."));
        return false;
    }
    return *printed;
}

} // namespace lintas::ui
