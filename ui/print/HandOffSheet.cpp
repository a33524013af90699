#include "print/HandOffSheet.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "print/CaseRecord.h"
#include "print/HtmlBuilder.h"
#include "print/PagedHtml.h"

namespace lintas::ui {

namespace {

using html = HtmlBuilder;

// Room to write by hand where the person left a field blank.
const QString kBlank = QStringLiteral("..............................");

QString orBlank(const QString &text)
{
    return text.trimmed().isEmpty() ? kBlank : text.trimmed();
}

class SheetWriter {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::HandOffSheet)

public:
    SheetWriter(const CaseRecord &record, const HandOffDetails &details)
        : r(record), d(details), m_language(LanguageManager::codeListLanguage(m_locale))
    { }

    QString build()
    {
        opening();
        caseSection();
        documents();
        fileShare();
        consent();
        // The closing words and the signatures share a page: a signature alone on a page could be
        // stapled to anything.
        b.keepTogether([this] {
            b.paragraph(tr("This record is made truthfully, to be used as appropriate."), QStringLiteral("closing"));
            signatures();
        });
        return b.html();
    }

private:
    QString clientName() const { return r.client.fullName.isEmpty() ? tr("(unknown client)") : r.client.fullName; }
    QString date(const QDate &day) const { return formats::date(day, m_locale); }

    void opening()
    {
        b.markup(QStringLiteral("<h1 align=\"center\">%1</h1><p class=\"subtitle\" align=\"center\">%2</p>")
                     .arg(html::text(tr("CASE HAND-OVER RECORD")), html::text(tr("Number: %1").arg(kBlank))));
        b.paragraph(tr("On %1, at %2, we the undersigned:").arg(orBlank(date(d.date)), orBlank(d.place)));
        const auto party = [this](int number, const QString &name, const QString &organisation, const QString &role) {
            return QStringLiteral("<tr><td width=\"5%\">%1.</td><td width=\"20%\" class=\"label\">%2</td>"
                                  "<td>%3</td></tr>"
                                  "<tr><td></td><td class=\"label\">%4</td><td>%5</td></tr>"
                                  "<tr><td></td><td colspan=\"2\">%6</td></tr>")
                .arg(number)
                .arg(html::text(tr("Name")), html::text(orBlank(name)), html::text(tr("Organisation")),
                    html::text(orBlank(organisation)), role);
        };
        b.markup(QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
            + party(1, d.handedOverByName, d.handedOverByOrganisation,
                tr("hereinafter called the <b>FIRST PARTY</b> (handing over);"))
            + party(2, d.receivedByName, d.receivedByOrganisation,
                tr("hereinafter called the <b>SECOND PARTY</b> (receiving)."))
            + QStringLiteral("</table>"));
        b.paragraph(tr("The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST "
                       "PARTY, the handling of the following case together with the documents listed below."));
    }

    void caseSection()
    {
        b.heading(tr("A. The case"));
        QStringList claims;
        for (auto it = r.totals.cbegin(); it != r.totals.cend(); ++it) {
            claims << tr("%1 claimed, %2 paid so far")
                          .arg(formats::money(it->claimed, it.key(), m_locale),
                              formats::money(it->paid, it.key(), m_locale));
        }
        QStringList deadlines;
        for (const domain::Deadline &dl : r.deadlines) {
            if (!dl.doneOn.isValid())
                deadlines << QStringLiteral("%1 — %2").arg(date(dl.dueOn), dl.title);
        }
        QStringList types;
        for (const QString &code : r.kase.caseTypes)
            types << domain::caseTypes().label(code, m_language);
        QStringList countries;
        for (const QString &code : r.kase.jurisdictions)
            countries << domain::jurisdictions().label(code, m_language);
        b.facts({
            {tr("Case reference"), r.kase.reference},
            {tr("Client"), clientName()},
            {tr("Title"), r.kase.title},
            {tr("Case types"), types.join(QStringLiteral(", "))},
            {tr("Countries"), countries.join(QStringLiteral(", "))},
            {tr("Status"), domain::caseStatuses().label(r.kase.status, m_language)},
            {tr("Key demands"), r.kase.demands.trimmed()},
            {tr("Claims"), claims.join(QStringLiteral("\n"))},
            {tr("Open deadlines"), deadlines.isEmpty() ? tr("None") : deadlines.join(QStringLiteral("\n"))},
        });
    }

    void documents()
    {
        b.heading(tr("B. Documents handed over"));
        QVector<QStringList> rows;
        for (const QString &line : d.documents) {
            if (!line.trimmed().isEmpty())
                rows.push_back({QString::number(rows.size() + 1), line.trimmed(), QString()});
        }
        if (rows.isEmpty()) {
            b.paragraph(tr("No documents are handed over with this record."), QStringLiteral("note"));
            return;
        }
        b.table({{tr("No."), 6, true}, {tr("Document"), 64}, {tr("Original or copy"), 30}}, rows);
    }

    QString partText(transfer::SharePart part, int count) const
    {
        switch (part) {
        case transfer::SharePart::ConfidentialNotes:
            return tr("confidential notes (%1)").arg(count);
        case transfer::SharePart::Notes:
            return tr("notes (%1)").arg(count);
        case transfer::SharePart::Claims:
            return tr("claims and their payments (%1)").arg(count);
        case transfer::SharePart::Deadlines:
            return tr("deadlines and tasks (%1)").arg(count);
        case transfer::SharePart::Phones:
            return tr("the client's phone numbers (%1)").arg(count);
        case transfer::SharePart::Parties:
            return tr("links to parties (%1)").arg(count);
        }
        return {};
    }

    // What the hand-off file carries: the recipient signs for these records, and the client
    // sees what was kept back.
    void fileShare()
    {
        if (!d.fileShare)
            return;
        QStringList shared;
        QStringList notShared;
        for (transfer::SharePart part : transfer::CaseShareChoice::allParts()) {
            const int count = d.fileShare->counted.value(part);
            if (count == 0)
                continue; // nothing to hand over or to keep back
            (d.fileShare->choice.includes(part) ? shared : notShared) << partText(part, count);
        }
        const QString separator = QStringLiteral(", ");
        b.paragraph(tr("The hand-off file carries the case, the client's record, her consents and the referrals, "
                       "with: %1.")
                        .arg(shared.isEmpty() ? tr("nothing more") : shared.join(separator)));
        b.paragraph(tr("Not shared: %1.").arg(notShared.isEmpty() ? tr("nothing") : notShared.join(separator)));
    }

    void consent()
    {
        b.heading(tr("C. The client's consent"));
        QVector<QStringList> rows;
        bool namesReceiver = false;
        const QString receiver = d.receivedByOrganisation.trimmed();
        for (const domain::Consent &c : r.consents) {
            if (c.withdrawnOn.isValid())
                continue;
            rows.push_back({c.recipient, c.scope, c.method, date(c.givenOn)});
            namesReceiver
                = namesReceiver || (!receiver.isEmpty() && c.recipient.contains(receiver, Qt::CaseInsensitive));
        }
        if (rows.isEmpty()) {
            b.paragraph(tr("No consent in force is recorded for this client. Ask for her consent before the case is "
                           "handed over, and record it."),
                QStringLiteral("warning"));
        } else {
            b.paragraph(tr("Consent records in force:"));
            b.table(
                {{tr("Shared with"), 30}, {tr("What may be shared"), 36}, {tr("How given"), 17}, {tr("Given on"), 17}},
                rows);
            if (!receiver.isEmpty() && !namesReceiver)
                b.paragraph(
                    tr("None of these records names %1: confirm the client's consent to this hand-over.").arg(receiver),
                    QStringLiteral("warning"));
        }
        // An admin's reason for a referral that went without her recorded consent is part of the record.
        for (const domain::Referral &referral : r.referrals) {
            if (referral.consentOverride.isEmpty())
                continue;
            b.paragraph(tr("The referral to %1 was sent without her recorded consent, on the decision of %2: %3")
                            .arg(r.organisationNames.value(referral.organisationId, tr("(unknown organisation)")),
                                orBlank(referral.overrideBy), referral.consentOverride),
                QStringLiteral("warning"));
        }
        b.paragraph(tr("I, %1, agree that my case and the documents listed above are handed over to %2.")
                        .arg(clientName(), orBlank(d.receivedByOrganisation)));
    }

    // Name, signature and date for each side, as on any berita acara: the FIRST PARTY on the left,
    // the SECOND on the right, and the client, who acknowledges and agrees, between them.
    void signatures()
    {
        const auto block = [this](const QString &role, const QString &party, const QString &organisation,
                               const QString &name, const QString &signature) {
            return QStringLiteral("<td width=\"33%\" align=\"center\" valign=\"top\">%1<br/><b>%2</b><br/>%3"
                                  "<p class=\"signature\">%4</p><p><u><b>%5</b></u></p><p>%6</p></td>")
                .arg(html::text(role), html::text(party), html::text(organisation), html::text(signature),
                    html::text(name.trimmed().isEmpty() ? kBlank : name.trimmed()),
                    html::text(tr("Date: %1").arg(QStringLiteral("................"))));
        };
        const QString sign = tr("(signature)");
        b.markup(QStringLiteral("<table class=\"signatures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
            + block(tr("Handed over by,"), tr("FIRST PARTY"), d.handedOverByOrganisation, d.handedOverByName, sign)
            + block(tr("Acknowledged and agreed by,"), tr("CLIENT"), QString(), clientName(),
                tr("(signature or thumbprint)"))
            + block(tr("Received by,"), tr("SECOND PARTY"), d.receivedByOrganisation, d.receivedByName, sign)
            + QStringLiteral("</tr></table>"));
    }

    const CaseRecord &r;
    const HandOffDetails &d;
    QLocale m_locale;
    domain::Language m_language;
    HtmlBuilder b;
};

} // namespace

Result<HandOffSheet> HandOffSheet::build(
    repo::Workspace &workspace, const QString &caseId, const HandOffDetails &details)
{
    LINTAS_TRY_ASSIGN(const CaseRecord record, CaseRecord::load(workspace, caseId));
    HandOffSheet sheet;
    sheet.m_reference = record.kase.reference;
    sheet.m_printedOn = record.today;
    sheet.m_html = SheetWriter(record, details).build();
    return sheet;
}

Status HandOffSheet::saveAsPdf(
    repo::Workspace &workspace, const QString &caseId, const HandOffDetails &details, const QString &path)
{
    LINTAS_TRY_ASSIGN(const HandOffSheet sheet, build(workspace, caseId, details));
    return DocumentOutput::savePdf(sheet.document(), path);
}

PrintableDocument HandOffSheet::document() const
{
    const QString name = tr("Case hand-over record %1").arg(m_reference);
    return PagedHtml(m_html, name, m_printedOn).document(name);
}

QString HandOffSheet::suggestedFileName() const
{
    return tr("Case hand-over record %1.pdf").arg(m_reference);
}

} // namespace lintas::ui
