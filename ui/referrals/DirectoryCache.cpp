#include "referrals/DirectoryCache.h"

#include "repo/DirectoryRevision.h"
#include "repo/Workspace.h"

namespace lintas::ui {

namespace {

// The whole directory fits; the picker narrows it as she types.
constexpr int kOrganisations = 5000;

} // namespace

bool DirectoryCache::refreshIfChanged()
{
    auto revision = repo::directoryRevision(m_workspace);
    // Without a revision (a failed read) the directory is read again: better slow than stale.
    if (m_reads > 0 && revision.ok() && *revision == m_revision)
        return false;
    auto organisations = m_workspace.organisations().list(QString(), kOrganisations);
    if (!organisations.ok())
        return false; // what was read before stays; the next look tries again
    m_organisations = *organisations;
    m_revision = revision.ok() ? *revision : QString();
    ++m_reads;
    return true;
}

} // namespace lintas::ui
