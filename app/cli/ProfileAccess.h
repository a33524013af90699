#pragma once

#include "base/Result.h"
#include "profile/ProfileStore.h"

#include <QString>

#include <memory>

namespace lintas::repo {
class Workspace;
}

namespace lintas::cli {

class CliOutput;
struct ParsedArgs;

// The profiles directory, the choice of profile and unlocking it: one per command run.
class ProfileAccess {
public:
    ProfileAccess(const ParsedArgs &globals, CliOutput &out);
    ~ProfileAccess();
    ProfileAccess(const ProfileAccess &) = delete;
    ProfileAccess &operator=(const ProfileAccess &) = delete;

    // --profiles-dir, else $LINTAS_PROFILES_DIR, else <AppDataLocation>/profiles.
    QString root() const { return m_root; }
    // Argon2id strength for new key wraps: Moderate, unless LINTAS_INSECURE_FAST_KDF=1 (tests).
    profile::KdfStrength strength() const;
    profile::ProfileStore &store();

    // --profile NAME-or-ID; without it, the only profile there is. NotFound when nothing matches.
    Result<profile::ProfileInfo> chosen();
    // Unlocks the chosen profile with the passphrase from --passphrase-file/-fd or a prompt.
    Result<profile::OpenProfile *> open();
    Result<repo::Workspace *> workspace();

    // Takes ownership of a profile opened some other way (recovery), so it closes with the run.
    void adopt(std::unique_ptr<profile::OpenProfile> opened) { m_open = std::move(opened); }

private:
    const ParsedArgs &m_globals;
    CliOutput &m_out;
    QString m_root;
    std::unique_ptr<profile::ProfileStore> m_store;
    std::unique_ptr<profile::OpenProfile> m_open;
    std::unique_ptr<repo::Workspace> m_workspace;
};

} // namespace lintas::cli
