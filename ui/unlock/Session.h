#pragma once

#include "base/Result.h"

#include <memory>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::profile {
class OpenProfile;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// One unlocked profile: its open database and the workspace over it. Destroying the session is
// locking: the workspace goes first, then the profile closes its database and releases its lock.
class Session {
public:
    // Opens the workspace over an unlocked profile.
    static Result<std::unique_ptr<Session>> open(
        std::unique_ptr<profile::OpenProfile> profile, const Clock &clock, RandomSource &random);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    profile::OpenProfile &profile() { return *m_profile; }
    repo::Workspace &workspace() { return *m_workspace; }

private:
    Session(std::unique_ptr<profile::OpenProfile> profile, std::unique_ptr<repo::Workspace> workspace);

    std::unique_ptr<profile::OpenProfile> m_profile;
    std::unique_ptr<repo::Workspace> m_workspace; // borrows m_profile's database
};

} // namespace lintas::ui
