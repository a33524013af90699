#pragma once

#include "base/Result.h"
#include "domain/Client.h"

#include <QStringList>
#include <QVector>

namespace lintas::repo {

class Workspace;

// One line of the client list: the client and how many live cases she has.
struct ClientListRow {
    domain::Client client;
    int caseCount = 0;
};

// The rows the client list shows, read a page at a time. A class of its own rather than more
// methods on ClientRepository, whose header half the program includes.
class ClientListQuery {
public:
    explicit ClientListQuery(Workspace &workspace) : m_workspace(workspace) { }

    // Live clients A to Z by name. Ordered by the name index alone (ties by rowid, which that
    // index holds), so no page needs a sort over all clients however deep it is.
    Result<QVector<ClientListRow>> page(int limit, int offset);
    Result<int> count();
    // The live clients among `ids`, in that order (search hits, best first).
    Result<QVector<ClientListRow>> byIds(const QStringList &ids);

private:
    Status addCaseCounts(QVector<ClientListRow> &rows);

    Workspace &m_workspace;
};

} // namespace lintas::repo
