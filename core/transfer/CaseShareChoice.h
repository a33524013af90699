#pragma once

#include <QVector>

namespace lintas::transfer {

// The parts of a case its sender can leave out when handing it over, in words a caseworker uses.
// The case itself, the client's own record, her consents and the case's referrals always go: the
// recipient cannot take a case over without them, and the consent is her proof that she may.
enum class SharePart {
    ConfidentialNotes, // notes marked confidential, with their corrections
    Notes, // every other note: the case's timeline
    Claims, // claims and their payments: the money ledger
    Deadlines, // deadlines and tasks
    Phones, // the client's phone numbers
    Parties, // the case's links to employers, agencies, moneylenders (and those parties' records)
};

// Which parts go. By default everything but the confidential notes (decision D44), as the
// shared-space hand-over offers (ui SpaceHandoffDialog keeps them back unless unticked).
struct CaseShareChoice {
    bool confidentialNotes = false;
    bool notes = true;
    bool claims = true;
    bool deadlines = true;
    bool phones = true;
    bool parties = true;

    static CaseShareChoice everything()
    {
        CaseShareChoice all;
        all.confidentialNotes = true;
        return all;
    }

    static const QVector<SharePart> &allParts()
    {
        static const QVector<SharePart> parts = {SharePart::ConfidentialNotes, SharePart::Notes, SharePart::Claims,
            SharePart::Deadlines, SharePart::Phones, SharePart::Parties};
        return parts;
    }

    bool includes(SharePart part) const
    {
        switch (part) {
        case SharePart::ConfidentialNotes:
            return confidentialNotes;
        case SharePart::Notes:
            return notes;
        case SharePart::Claims:
            return claims;
        case SharePart::Deadlines:
            return deadlines;
        case SharePart::Phones:
            return phones;
        case SharePart::Parties:
            return parties;
        }
        return true;
    }

    void set(SharePart part, bool on)
    {
        switch (part) {
        case SharePart::ConfidentialNotes:
            confidentialNotes = on;
            break;
        case SharePart::Notes:
            notes = on;
            break;
        case SharePart::Claims:
            claims = on;
            break;
        case SharePart::Deadlines:
            deadlines = on;
            break;
        case SharePart::Phones:
            phones = on;
            break;
        case SharePart::Parties:
            parties = on;
            break;
        }
    }

    bool operator==(const CaseShareChoice &) const = default;
};

} // namespace lintas::transfer
