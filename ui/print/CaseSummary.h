#pragma once

#include "base/Result.h"
#include "print/DocumentOutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

struct CaseRecord;

struct CaseSummaryOptions {
    // Full NIK, passport and phone numbers instead of their last four characters. Off unless the
    // person asks: a summary goes to lawyers and partner organisations.
    bool showFullIdentifiers = false;
    // The date in the footer; null means today by the workspace's clock.
    QDate printedOn;
};

// The case summary: client, case details, chronology, demands and strategy, the claims ledger
// with totals per currency, deadlines with where their dates come from, the timeline without
// confidential entries, parties, referrals and consents. Built in the current UI language when
// it is made; A4, with "page X of Y" and a confidentiality line on every page.
class CaseSummary {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::CaseSummary)

public:
    static Result<CaseSummary> build(
        repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options = {});

    // Builds the summary of `caseId` and writes it as PDF to `path`, whole or not at all.
    static Status saveAsPdf(
        repo::Workspace &workspace, const QString &caseId, const QString &path, const CaseSummaryOptions &options = {});
    // Asks where to save (a file name with the case reference) and saves; tells the person
    // what went wrong. The path written, or empty when cancelled or failed.
    static QString saveAsPdfWithDialog(
        QWidget *parent, repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options = {});
    // Shows the print dialog and prints; tells the person what went wrong. True when printed.
    static bool printWithDialog(
        QWidget *parent, repo::Workspace &workspace, const QString &caseId, const CaseSummaryOptions &options = {});

    const QString &html() const { return m_html; }
    const QString &reference() const { return m_reference; }
    // Timeline entries marked confidential, which the summary leaves out (and says so).
    int confidentialLeftOut() const { return m_confidentialLeftOut; }
    PrintableDocument document() const;
    QString suggestedFileName() const;

private:
    CaseSummary() = default;
    void buildHtml(const CaseRecord &record, const CaseSummaryOptions &options);

    QString m_html;
    QString m_reference;
    QDate m_printedOn;
    int m_confidentialLeftOut = 0;
};

} // namespace lintas::ui
