#pragma once

#include "protocol/Bundle.h"
#include "store/Database.h"
#include "sync/BundleExport.h"
#include "sync/BundleImport.h"
#include "sync/engine/SyncDevices.h"

#include <catch2/catch.hpp>

namespace lintas::test {

inline QByteArray exportBundle(WorkspaceFixture &f)
{
    auto made = sync::BundleExport(*f.db, f.clock, f.random).make();
    INFO((made ? QString() : made.error().detail).toStdString());
    REQUIRE(made.ok());
    return made->file;
}

inline Result<sync::ImportedBundle> importBundle(WorkspaceFixture &f, const QByteArray &file)
{
    return sync::BundleImport(*f.db, f.clock, f.random).apply(file);
}

inline sync::ImportedBundle importOk(WorkspaceFixture &f, const QByteArray &file)
{
    auto imported = importBundle(f, file);
    INFO((imported ? QString() : imported.error().detail).toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

inline qint64 count(WorkspaceFixture &f, const char *sql)
{
    return f.db->scalar(QString::fromLatin1(sql)).value().toLongLong();
}

inline domain::Note addNote(WorkspaceFixture &f, const QString &caseId, const QString &body)
{
    domain::Note n;
    n.caseId = caseId;
    n.kind = QStringLiteral("note");
    n.occurredAt = f.clock.nowMs();
    n.body = body;
    auto r = f.ws->notes().create(n);
    INFO((r ? QString() : r.error().detail).toStdString());
    REQUIRE(r.ok());
    return *r;
}

inline void requireSynced(SyncDevices &net, int i)
{
    const auto outcome = net.sync(i);
    INFO(outcome.detail.toStdString());
    REQUIRE(outcome.ok());
}

} // namespace lintas::test
