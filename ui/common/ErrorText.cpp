#include "common/ErrorText.h"

#include "common/Formats.h"

namespace lintas::ui {

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
        if (error.rule == QLatin1String("sync_first"))
            return tr("The server holds changes from that laptop which this laptop has not received yet. Sync now, "
                      "then try again.");
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
