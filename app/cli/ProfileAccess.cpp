#include "ProfileAccess.h"

#include "ArgParser.h"
#include "CliOutput.h"
#include "ExitCodes.h"
#include "PassphraseReader.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "profile/OpenProfile.h"
#include "profile/ProfileEnvironment.h"
#include "profile/ProfilePolicy.h"
#include "repo/Schema.h"
#include "repo/Workspace.h"

#include <QDir>

namespace lintas::cli {

ProfileAccess::ProfileAccess(const ParsedArgs &globals, CliOutput &out) : m_globals(globals), m_out(out)
{
    if (globals.has(QStringLiteral("profiles-dir")))
        m_root = QDir::cleanPath(QDir(globals.value(QStringLiteral("profiles-dir"))).absolutePath());
    else
        m_root = profile::ProfileEnvironment::defaultRoot();
}

// Members are destroyed in reverse order: the workspace before the profile that owns its database.
ProfileAccess::~ProfileAccess() = default;

profile::KdfStrength ProfileAccess::strength() const
{
    return profile::ProfileEnvironment::kdfStrength();
}

profile::ProfileStore &ProfileAccess::store()
{
    if (!m_store) {
        m_store = std::make_unique<profile::ProfileStore>(
            m_root, SystemClock::instance(), SecureRandom::instance(), repo::profileSchema(), strength());
    }
    return *m_store;
}

Result<profile::ProfileInfo> ProfileAccess::chosen()
{
    LINTAS_TRY_ASSIGN(const auto listing, store().list());
    const QString wanted = m_globals.value(QStringLiteral("profile")).trimmed();
    if (wanted.isEmpty()) {
        if (listing.profiles.size() == 1)
            return listing.profiles.first();
        if (listing.profiles.isEmpty())
            return makeError(ErrorCode::NotFound,
                QStringLiteral("there is no profile in %1 yet; create one with "
                               "`lintas-cli profile create NAME`")
                    .arg(m_root));
        return ExitCodes::usage(QStringLiteral("there are %1 profiles in %2; say which with --profile NAME")
                                    .arg(listing.profiles.size())
                                    .arg(m_root));
    }
    for (const profile::ProfileInfo &info : listing.profiles) {
        if (info.id == wanted)
            return info;
    }
    for (const profile::ProfileInfo &info : listing.profiles) {
        if (profile::ProfilePolicy::sameDisplayName(info.displayName, wanted))
            return info;
    }
    return makeError(
        ErrorCode::NotFound, QStringLiteral("no profile named or with id \"%1\" in %2").arg(wanted, m_root));
}

Result<profile::OpenProfile *> ProfileAccess::open()
{
    if (m_open)
        return m_open.get();
    LINTAS_TRY_ASSIGN(const profile::ProfileInfo info, chosen());
    const SecretSource source {
        m_globals.value(QStringLiteral("passphrase-file")), m_globals.value(QStringLiteral("passphrase-fd"))};
    LINTAS_TRY_ASSIGN(const SecretBytes passphrase,
        PassphraseReader::read(source, QStringLiteral("Passphrase for %1: ").arg(info.displayName)));
    auto opened = store().unlock(info.id, passphrase);
    if (!opened.ok()) {
        if (opened.code() == ErrorCode::WrongPassphrase)
            return makeError(
                ErrorCode::WrongPassphrase, QStringLiteral("wrong passphrase for profile %1").arg(info.displayName));
        if (opened.code() == ErrorCode::ProfileInUse) {
            return makeError(ErrorCode::ProfileInUse,
                QStringLiteral("profile %1 is open in Lintas or another lintas-cli "
                               "command; close it there and try again")
                    .arg(info.displayName));
        }
        return opened.error();
    }
    m_open = std::move(opened.value());
    if (m_open->checkAtOpen() != profile::OpenProfile::IntegrityCheck::None)
        m_out.warning(QStringLiteral("the last session of this profile did not end cleanly; its database was checked "
                                     "and is fine"));
    return m_open.get();
}

Result<repo::Workspace *> ProfileAccess::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    LINTAS_TRY_ASSIGN(auto *opened, open());
    LINTAS_TRY_ASSIGN(
        m_workspace, repo::Workspace::open(opened->database(), SystemClock::instance(), SecureRandom::instance()));
    return m_workspace.get();
}

} // namespace lintas::cli
