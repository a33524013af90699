#include "repo/UnsavedInputs.h"

#include "base/Clock.h"
#include "repo/Workspace.h"
#include "store/Database.h"

namespace lintas::repo {

UnsavedInputs::UnsavedInputs(Workspace &workspace) : UnsavedInputs(workspace.database(), workspace.clock()) { }

UnsavedInputs::UnsavedInputs(store::Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Status UnsavedInputs::save(const QString &key, const QByteArray &payload)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO unsaved_inputs (key, payload, saved_at) VALUES (?, ?, ?)")));
    // A null QString binds NULL, and the column is NOT NULL: an empty payload is an empty text.
    const QString text = payload.isEmpty() ? QStringLiteral("") : QString::fromUtf8(payload);
    st.bind(1, key).bind(2, text).bind(3, m_clock.nowMs());
    return st.exec();
}

Result<std::optional<UnsavedInputs::Entry>> UnsavedInputs::load(const QString &key)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("SELECT payload, saved_at FROM unsaved_inputs WHERE key = ?")));
    st.bind(1, key);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return std::optional<Entry>();
    return std::optional<Entry>(Entry {key, st.text(0).toUtf8(), st.int64(1)});
}

Result<QVector<UnsavedInputs::Entry>> UnsavedInputs::withPrefix(const QString &prefix)
{
    // substr, not LIKE: a key may hold '%' or '_', and LIKE ignores case.
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT key, payload, saved_at FROM unsaved_inputs "
                                    "WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key")));
    st.bind(1, prefix.isNull() ? QStringLiteral("") : prefix); // a null QString binds NULL: no match
    QVector<Entry> out;
    LINTAS_TRY(st.forEachRow([&] { out.push_back({st.text(0), st.text(1).toUtf8(), st.int64(2)}); }));
    return out;
}

Status UnsavedInputs::remove(const QString &key)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("DELETE FROM unsaved_inputs WHERE key = ?")));
    st.bind(1, key);
    return st.exec();
}

Status UnsavedInputs::clear()
{
    return m_db.execScript(QStringLiteral("DELETE FROM unsaved_inputs;"));
}

} // namespace lintas::repo
