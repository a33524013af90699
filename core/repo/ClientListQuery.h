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

// Where a client-list page ends: the last row's name and rowid, opaque to callers.
struct ClientListCursor {
    QString name;
    qint64 rowid = -1;
    bool isValid() const { return rowid >= 0; }
};

// The rows the client list shows, read a page at a time. A class of its own rather than more
// methods on ClientRepository, whose header half the program includes.
class ClientListQuery {
public:
    explicit ClientListQuery(Workspace &workspace) : m_workspace(workspace) { }

    // Live clients A to Z by name, the page after `after` (the first page when it is not valid);
    // `after` is moved to the new page's last row. Ordered by the name index alone (ties by
    // rowid, which that index holds) and started by a seek into it, so a page deep in fifty
    // thousand clients is as quick as the first: an OFFSET would visit every row before it.
    Result<QVector<ClientListRow>> page(int limit, ClientListCursor &after);
    Result<int> count();
    // The live clients among `ids`, in that order (search hits, best first).
    Result<QVector<ClientListRow>> byIds(const QStringList &ids);

private:
    Status addCaseCounts(QVector<ClientListRow> &rows);
    Result<QVector<domain::Client>> clients(const QString &where, const QVariantList &binds, int limit);

    Workspace &m_workspace;
};

} // namespace lintas::repo
