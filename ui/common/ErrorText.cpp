#include "common/ErrorText.h"

#include "common/Formats.h"

#include <QRegularExpression>

namespace lintas::ui {

namespace {

// Core writes the fingerprint a hand-off file is sealed to into the wrong-recipient detail, first
// (crypto::fingerprintText: five groups of four base32 symbols).
QString intendedFingerprint(const QString &detail)
{
    static const QRegularExpression group(QStringLiteral("[A-Z2-7]{4}(?: [A-Z2-7]{4}){4}"));
    return group.match(detail).captured(0);
}

} // namespace

QString ErrorText::ruleMessage(const Error &error)
{
    if (error.code != ErrorCode::Validation)
        return {};
    const QString &rule = error.rule;
    if (rule == QLatin1String("sync_first"))
        return tr("The server holds changes from that laptop which this laptop has not received yet. Sync now, "
                  "then try again.");
    if (rule == QLatin1String("case_in_other_space"))
        return tr("This case moved to a space shared with another organisation that this laptop is not a member "
                  "of. It cannot be changed here; ask a colleague in that space.");
    if (rule == QLatin1String("not_a_member"))
        return tr("This laptop is not a member of that shared space. Join it first under Sync → Organisation.");
    if (rule == QLatin1String("already_in_space"))
        return tr("The case is already in that space.");
    if (rule == QLatin1String("space_name"))
        return tr("Give the shared space a name both organisations will recognise.");
    if (rule == QLatin1String("not_an_admin"))
        return tr("Only an admin of your organisation can open a shared space.");
    if (rule == QLatin1String("consent_other_recipient"))
        return tr("The consent chosen is for another organisation. Record her consent for this one first.");
    if (rule == QLatin1String("consent_withdrawn"))
        return tr("She withdrew the consent chosen. Record a new consent, or do not hand the case over.");
    if (rule == QLatin1String("handoff_not_packet"))
        return tr("This file is not a Lintas hand-off file. Choose the file the other organisation sent you.");
    if (rule == QLatin1String("handoff_wrong_recipient")) {
        const QString intended = intendedFingerprint(error.detail);
        if (intended.isEmpty())
            return tr("This hand-off file was made for someone else, so it cannot be opened here. Ask the sender "
                      "to make it again for your hand-off address.");
        return tr("This hand-off file was made for someone else: it is locked to the hand-off address with "
                  "fingerprint %1. Ask the sender to make it again for your hand-off address.")
            .arg(intended);
    }
    if (rule == QLatin1String("handoff_damaged"))
        return tr("This hand-off file is damaged or was changed after it was made, so nothing of it was taken in. "
                  "Ask the sender for a new one.");
    if (rule == QLatin1String("handoff_newer_version"))
        return tr("This hand-off file was made by a newer version of Lintas. Update Lintas on this laptop, then open "
                  "it again.");
    if (rule == QLatin1String("handoff_unknown_packet"))
        return tr("This reply answers a hand-off that was not sent from this profile. Check that you chose the "
                  "right file.");
    if (rule == QLatin1String("handoff_wrong_kind"))
        return tr("This is the other kind of hand-off file. A case sent to you is opened on the Today page; an "
                  "answer to a case you sent is read in the case's referrals.");
    if (rule == QLatin1String("handoff_address_code"))
        return tr("This hand-off address is not right. Compare it symbol by symbol with the recipient, or paste "
                  "the QR text again.");
    if (rule == QLatin1String("override_needs_admin"))
        return tr("Only an admin of your organisation can send a referral without the client's consent.");
    return {};
}

QString ErrorText::message(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return tr("Wrong passphrase. Check that Caps Lock is off and try again.");
    case ErrorCode::ProfileInUse:
        return tr("This profile is already open in another Lintas window or in lintas-cli on this computer. Close it "
                  "there, then try again.");
    case ErrorCode::DatabaseCorrupt:
        // For this code core puts the path where the damaged file was set aside into `detail`.
        return tr("The data file of this profile is damaged. It was moved aside, not deleted: %1. Contact your "
                  "supervisor or support before you continue.")
            .arg(error.detail);
    case ErrorCode::DatabaseMissing:
        return tr("The data file of this profile is missing. If files were moved or restored from a backup, put them "
                  "back, or contact your supervisor or support.");
    case ErrorCode::SchemaTooNew:
        return tr("This profile was last opened with a newer version of Lintas. Install that version to open it.");
    case ErrorCode::AlreadyExists:
        return tr("This record already exists. Go back to the list and open it from there.");
    case ErrorCode::NotFound:
        return tr("This record is no longer there: it may have been deleted, here or on another device. Go back "
                  "to the list and look again.");
    case ErrorCode::Io:
        return tr("Lintas could not read or write its files. Check that the disk is not full and that you may write "
                  "to the folder, then try again.");
    case ErrorCode::Busy:
        return tr("The data is busy with another task. Wait a moment and try again.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Validation:
        if (const QString text = ruleMessage(error); !text.isEmpty())
            return text;
        break;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Crypto:
    case ErrorCode::Sql:
    case ErrorCode::Internal:
        break;
    }
    return tr("Something unexpected went wrong (%1). Try again; if it keeps happening, contact support.")
        .arg(errorCodeName(error.code));
}

QString ErrorText::profileMessage(const Error &error)
{
    switch (error.code) {
    case ErrorCode::AlreadyExists:
        return tr("A profile with this name already exists on this computer. Choose another name.");
    case ErrorCode::NotFound:
        return tr("This profile is no longer on this computer.");
    default:
        return message(error);
    }
}

QString ErrorText::fieldMessage(const Error &error, const QString &fieldLabel)
{
    if (error.code != ErrorCode::Validation)
        return message(error);
    if (const QString text = ruleMessage(error); !text.isEmpty())
        return text;
    const QString &rule = error.rule;
    if (rule == QLatin1String("required"))
        return tr("%1 is needed.").arg(fieldLabel);
    if (rule == QLatin1String("unknown_code"))
        return tr("%1: choose one of the options offered.").arg(fieldLabel);
    if (rule == QLatin1String("nik_format"))
        return tr("%1 must be exactly 16 digits.").arg(fieldLabel);
    if (rule == QLatin1String("in_future"))
        return tr("%1 cannot be in the future.").arg(fieldLabel);
    if (rule == QLatin1String("date_order"))
        return tr("%1 cannot be before the date it starts from.").arg(fieldLabel);
    if (rule == QLatin1String("amount_range"))
        return tr("%1 must be a positive amount.").arg(fieldLabel);
    if (rule == QLatin1String("amount_format"))
        return tr("%1: write an amount in figures, such as %2.")
            .arg(fieldLabel, formats::amountInput(510050, QStringLiteral("HKD")));
    if (rule == QLatin1String("phone_format"))
        return tr("%1 needs at least one digit.").arg(fieldLabel);
    if (rule == QLatin1String("no_such_record"))
        return tr("%1 refers to something that was deleted. Choose again.").arg(fieldLabel);
    if (rule == QLatin1String("status_transition"))
        return tr("The case cannot move to this status from where it is now. Choose one of the statuses offered.");
    if (rule == QLatin1String("needs_consent"))
        return tr("Record the client's consent before sending this.");
    return tr("Check %1.").arg(fieldLabel);
}

} // namespace lintas::ui
