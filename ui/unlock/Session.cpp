#include "unlock/Session.h"

#include "profile/OpenProfile.h"
#include "repo/Workspace.h"

namespace lintas::ui {

Result<std::unique_ptr<Session>> Session::open(
    std::unique_ptr<profile::OpenProfile> profile, const Clock &clock, RandomSource &random)
{
    auto workspace = repo::Workspace::open(profile->database(), clock, random);
    if (!workspace.ok())
        return workspace.error();
    return std::unique_ptr<Session>(new Session(std::move(profile), std::move(workspace.value())));
}

Session::Session(std::unique_ptr<profile::OpenProfile> profile, std::unique_ptr<repo::Workspace> workspace)
    : m_profile(std::move(profile)), m_workspace(std::move(workspace))
{ }

Session::~Session()
{
    m_workspace.reset();
    m_profile.reset();
}

} // namespace lintas::ui
