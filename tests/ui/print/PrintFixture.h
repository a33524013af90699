#pragma once

#include "i18n/LanguageManager.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <memory>

namespace lintas::test {

// A case with something in every section the printed documents show.
struct PrintFixture : WorkspaceFixture {
    static inline const QString kNik = QStringLiteral("3201234567890123");
    static inline const QString kPassport = QStringLiteral("C7654321");
    static inline const QString kPhone = QStringLiteral("+62 812 3456 7890");
    static inline const QString kOpenNote = QStringLiteral("She was not paid for four months and left the employer.");
    static inline const QString kSecretNote = QStringLiteral("She fears her brother-in-law will find her village.");
    static inline const QString kRuleSource
        = QStringLiteral("Labour Department: Minor Employment Claims Adjudication Board (labour.gov.hk)");

    domain::Client client;
    domain::Case kase;

    PrintFixture()
    {
        domain::Client c;
        c.fullName = QStringLiteral("Siti Aminah");
        c.aliases = {QStringLiteral("Siti A.")};
        c.gender = QStringLiteral("female");
        c.birthDate = QDate(1990, 4, 2);
        c.nik = kNik;
        c.passportNo = kPassport;
        c.status = QStringLiteral("returned");
        c.currentCountry = QStringLiteral("id");
        c.currentCity = QStringLiteral("Bandar Lampung");
        client = create(ws->clients(), c);
        domain::ClientPhone phone;
        phone.clientId = client.id;
        phone.number = kPhone;
        phone.kind = QStringLiteral("whatsapp");
        REQUIRE(ws->clients().addPhone(phone).ok());

        domain::Case k;
        k.clientId = client.id;
        k.title = QStringLiteral("Unpaid wages & agency fees <HK>");
        k.caseTypes = {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")};
        k.jurisdictions = {QStringLiteral("hk")};
        k.forums = {QStringLiteral("mecab")};
        k.assignees = {QStringLiteral("Dewi Lestari")};
        k.risk = QStringLiteral("medium");
        k.chronology = QStringLiteral("Worked in Sha Tin from 2024.\n\nDismissed without notice in June 2026.");
        k.demands = QStringLiteral("Four months of wages and the agency fee back.");
        k.strategy = QStringLiteral("Conciliation at the Labour Department first.");
        kase = create(ws->cases(), k);

        addClaim(QStringLiteral("wages_arrears"), QStringLiteral("HKD"), 510000, 100000);
        addClaim(QStringLiteral("agency_fee_refund"), QStringLiteral("IDR"), 1250000, 0);

        domain::Deadline rule;
        rule.caseId = kase.id;
        rule.kind = QStringLiteral("limitation");
        rule.title = QStringLiteral("File at MECAB within 12 months");
        rule.dueOn = QDate(2027, 6, 29);
        rule.ruleId = QStringLiteral("hk.mecab.limitation");
        rule.ruleVersion = 1;
        rule.triggerDate = QDate(2026, 6, 30);
        rule.source = kRuleSource;
        create(ws->deadlines(), rule);
        domain::Deadline byHand;
        byHand.caseId = kase.id;
        byHand.kind = QStringLiteral("follow_up");
        byHand.title = QStringLiteral("Call the agency in Causeway Bay");
        byHand.dueOn = QDate(2026, 11, 25);
        create(ws->deadlines(), byHand);
        domain::Deadline done;
        done.caseId = kase.id;
        done.kind = QStringLiteral("task");
        done.title = QStringLiteral("Copy the payslips");
        done.dueOn = QDate(2026, 11, 2);
        done.doneOn = QDate(2026, 11, 1);
        create(ws->deadlines(), done);

        addNote(QStringLiteral("interview"), kOpenNote, false);
        addNote(QStringLiteral("call"), kSecretNote, true);

        domain::Consent consent;
        consent.clientId = client.id;
        consent.recipient = QStringLiteral("LBH Bandar Lampung");
        consent.scope = QStringLiteral("case summary, contact details");
        consent.purpose = QStringLiteral("legal aid");
        consent.method = QStringLiteral("written");
        consent.givenOn = QDate(2026, 11, 10);
        create(ws->consents(), consent);

        domain::Party agency;
        agency.kind = QStringLiteral("agency_overseas");
        agency.name = QStringLiteral("Sukses Jaya Employment Agency");
        agency.country = QStringLiteral("hk");
        agency = create(ws->parties(), agency);
        domain::CaseParty link;
        link.caseId = kase.id;
        link.partyId = agency.id;
        link.role = QStringLiteral("agency");
        REQUIRE(ws->parties().link(link).ok());
    }

    template<typename Repository, typename T> T create(Repository &repository, const T &value)
    {
        auto created = repository.create(value);
        if (!created.ok())
            FAIL(created.error().detail.toStdString());
        return *created;
    }

    void addClaim(const QString &type, const QString &currency, qint64 claimed, qint64 paid)
    {
        domain::Claim claim;
        claim.caseId = kase.id;
        claim.claimType = type;
        claim.forum = QStringLiteral("mecab");
        claim.currency = currency;
        claim.amountClaimed = claimed;
        claim = create(ws->claims(), claim);
        if (paid > 0) {
            domain::ClaimPayment payment;
            payment.claimId = claim.id;
            payment.amount = paid;
            payment.paidOn = QDate(2026, 10, 1);
            REQUIRE(ws->claims().addPayment(payment).ok());
        }
    }

    void addNote(const QString &kind, const QString &body, bool confidential)
    {
        domain::Note note;
        note.caseId = kase.id;
        note.kind = kind;
        note.body = body;
        note.author = QStringLiteral("Dewi Lestari");
        note.occurredAt = clock.nowMs() - 86'400'000;
        note.confidential = confidential;
        create(ws->notes(), note);
    }
};

// Switches the UI language and lets the LanguageChange events through. LINTAS_EXTRA_QM names a
// catalogue installed on top of the Indonesian one: it renders strings that are not in
// translations/ yet (new strings wait there for the translators' merge).
inline void switchLanguage(ui::LanguageManager &languages, const QString &code)
{
    static std::unique_ptr<QTranslator> extra;
    if (extra) {
        QCoreApplication::removeTranslator(extra.get());
        extra.reset();
    }
    languages.setLanguage(code);
    const QString extraPath = qEnvironmentVariable("LINTAS_EXTRA_QM");
    if (code == QStringLiteral("id") && !extraPath.isEmpty()) {
        extra = std::make_unique<QTranslator>();
        REQUIRE(extra->load(extraPath));
        QCoreApplication::installTranslator(extra.get());
    }
    QCoreApplication::processEvents();
}

// True when the current catalogue translates `source` of `context`: Indonesian labels are only
// checked once the new strings are in translations/.
inline bool isTranslated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source) != QLatin1String(source);
}

// The poppler tools, which the checks of the printed text need (scripts/setup.sh installs them).
inline QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// The text of every page in drawing order (a table cell's wrapped lines stay together), with runs
// of white space made single and ligatures taken apart (the font draws "fi" as one glyph, which
// pdftotext gives back as "ﬁ").
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

inline int pdfPages(const QString &path)
{
    const auto m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace lintas::test
