#include "sync/SpaceRelay.h"

#include "repo/ChangeWriter.h"
#include "repo/EntityDef.h"
#include "repo/RecordSpace.h"
#include "store/Database.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

Status SpaceRelay::begin(const SpaceInfo &source)
{
    m_applied.clear();
    m_joined.clear();
    LINTAS_TRY_ASSIGN(const QVector<SpaceInfo> spaces, SyncSpaces(m_db).all());
    if (spaces.size() < 2)
        return {};
    for (const SpaceInfo &s : spaces) {
        m_joined.push_back(s.spaceId);
        if (s.home)
            m_home = s.spaceId;
    }
    m_source = source.spaceId;
    return {};
}

Result<bool> SpaceRelay::candidate(const Change &change)
{
    if (m_joined.isEmpty())
        return false;
    const repo::EntityDef *def = repo::entityDefByName(change.entity);
    if (!def)
        return false;
    // A case's move names its new space itself, and the mover sends it to both.
    if (def->name == QLatin1String("case") && change.fields.contains(QStringLiteral("space_id")))
        return false;
    // Fields and removes written by the change itself: a relay or a resend carries them instead.
    if (!change.fields.isEmpty() && change.op != Change::appendOp())
        return true;
    if (!change.removes.isEmpty())
        return true;
    // An append, and an add (which a relay passes on as it is), only the first time it is seen.
    if (change.op == Change::appendOp()) {
        LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table)));
        st.bind(1, change.entityId);
        LINTAS_TRY_ASSIGN(const bool there, st.step());
        return !there;
    }
    for (const SetAdd &add : change.adds) {
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral(
                "SELECT 1 FROM set_members WHERE entity = ? AND entity_id = ? AND field = ? AND tag = ?")));
        st.bind(1, def->name).bind(2, change.entityId).bind(3, add.field).bind(4, add.tag);
        LINTAS_TRY_ASSIGN(const bool there, st.step());
        if (!there)
            return true;
    }
    return false;
}

Result<bool> SpaceRelay::confidentialNote(const QString &noteId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT coalesce(n.confidential, 0) OR coalesce(c.confidential, 0) FROM notes n "
                                    "LEFT JOIN notes c ON c.id = n.corrects_note_id WHERE n.id = ?")));
    st.bind(1, noteId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found && st.int64(0) != 0;
}

Result<QStringList> SpaceRelay::targetsOf(const Change &change)
{
    const repo::EntityDef *def = repo::entityDefByName(change.entity);
    if (def->name == QLatin1String("note")) {
        LINTAS_TRY_ASSIGN(const bool confidential, confidentialNote(change.entityId));
        if (confidential)
            return QStringList();
    }
    LINTAS_TRY_ASSIGN(const QString primary, repo::RecordSpace::of(m_db, *def, change.entityId, {}));
    LINTAS_TRY_ASSIGN(QStringList spaces, repo::RecordSpace::mirrorsOf(m_db, *def, change.entityId));
    spaces.prepend(primary.isEmpty() ? m_home : primary);
    QStringList targets;
    for (const QString &space : std::as_const(spaces)) {
        if (space != m_source && m_joined.contains(space) && !targets.contains(space))
            targets.push_back(space);
    }
    return targets;
}

Result<int> SpaceRelay::relay(repo::ChangeWriter &writer)
{
    int relayed = 0;
    for (const Change &change : std::as_const(m_applied)) {
        LINTAS_TRY_ASSIGN(const QStringList targets, targetsOf(change));
        for (const QString &space : targets) {
            writer.setRoute(space);
            const auto sent = writer.relay(*repo::entityDefByName(change.entity), change);
            writer.setRoute(std::nullopt);
            if (!sent)
                return sent.error();
            ++relayed;
        }
    }
    m_applied.clear();
    return relayed;
}

} // namespace lintas::sync
