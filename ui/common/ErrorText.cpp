#include "common/ErrorText.h"

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
        return tr("A profile with this name already exists on this computer. Choose another name.");
    case ErrorCode::NotFound:
        return tr("This profile is no longer on this computer.");
    case ErrorCode::Io:
        return tr("Lintas could not read or write its files. Check that the disk is not full and that you may write "
                  "to the folder, then try again.");
    case ErrorCode::Busy:
        return tr("The data is busy with another task. Wait a moment and try again.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Validation:
    case ErrorCode::InvalidArgument:
    case ErrorCode::Crypto:
    case ErrorCode::Sql:
    case ErrorCode::Internal:
        break;
    }
    return tr("Something unexpected went wrong (%1). Try again; if it keeps happening, contact support.")
        .arg(errorCodeName(error.code));
}

} // namespace lintas::ui
