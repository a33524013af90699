#pragma once

#include "base/Result.h"
#include "print/DocumentOutput.h"
#include "transfer/CaseShareChoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

struct CaseRecord;

// What the person types for a hand-over; blanks print as dotted lines to fill in by hand.
struct HandOffDetails {
    QString handedOverByName;
    QString handedOverByOrganisation;
    QString receivedByName;
    QString receivedByOrganisation;
    QString place;
    QDate date;
    QStringList documents; // one per line, as typed; blank lines are left out
    // Set when the case goes as a hand-off file: which parts it carries, and how many records
    // each part covers, so the record says what the recipient got and what was kept back.
    struct FileShare {
        transfer::CaseShareChoice choice;
        QMap<transfer::SharePart, int> counted;
    };
    std::optional<FileShare> fileShare;
};

// The hand-over record (berita acara serah terima): the formal note that a case and its
// documents pass from one organisation or caseworker to another. Names both sides, sums the
// case up (types, status, demands, claims, open deadlines), numbers the documents handed over,
// lists the client's consent records, and ends with signature blocks for both sides and the
// client. Built in the current UI language when it is made.
class HandOffSheet {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::HandOffSheet)

public:
    static Result<HandOffSheet> build(repo::Workspace &workspace, const QString &caseId, const HandOffDetails &details);
    // Builds the sheet and writes it as PDF to `path`, whole or not at all.
    static Status saveAsPdf(
        repo::Workspace &workspace, const QString &caseId, const HandOffDetails &details, const QString &path);

    const QString &html() const { return m_html; }
    PrintableDocument document() const;
    QString suggestedFileName() const;

private:
    HandOffSheet() = default;

    QString m_html;
    QString m_reference;
    QDate m_printedOn;
};

} // namespace lintas::ui
