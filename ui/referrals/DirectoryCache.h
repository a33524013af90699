#pragma once

#include "domain/Organisation.h"

#include <QString>
#include <QVector>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The organisation directory read once and kept for the session, read again only after it
// changed (here, on the Directory page, or by sync). Thousands of entries: reading them every
// time a case is opened would slow down opening cases that never refer anyone.
class DirectoryCache {
public:
    explicit DirectoryCache(repo::Workspace &workspace) : m_workspace(workspace) { }

    // Reads the directory when it was never read or changed since; true when it was read now.
    bool refreshIfChanged();
    const QVector<domain::Organisation> &organisations() const { return m_organisations; }
    // How often the directory was read in all (a user of the list compares it with the count it
    // last took the list at).
    int reads() const { return m_reads; }

private:
    repo::Workspace &m_workspace;
    QVector<domain::Organisation> m_organisations;
    QString m_revision;
    int m_reads = 0;
};

} // namespace lintas::ui
