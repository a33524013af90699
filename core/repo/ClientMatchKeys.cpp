#include "repo/ClientMatchKeys.h"

#include "domain/IdentityKey.h"
#include "domain/NameKey.h"
#include "repo/EntityDef.h"
#include "store/Database.h"
#include "sync/Change.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lintas::repo {

namespace {

struct ClientRow {
    QString id;
    QString fullName;
    QString nik;
    QString passport;
    QString birth; // ISO date or empty
    QStringList aliases;
    QStringList phones;
};

struct Key {
    int kind;
    QString key;
};

QVector<Key> keysOf(const ClientRow &c, QStringList &parts)
{
    QVector<Key> out;
    if (const QString nik = domain::IdentityKey::document(c.nik); !nik.isEmpty())
        out.push_back({ClientMatchKeys::Nik, nik});
    if (const QString pp = domain::IdentityKey::document(c.passport); !pp.isEmpty())
        out.push_back({ClientMatchKeys::Passport, pp});
    for (const QString &p : c.phones) {
        if (const QString k = domain::IdentityKey::phoneIndexKey(p); !k.isEmpty())
            out.push_back({ClientMatchKeys::Phone, k});
    }
    for (const QString &name : QStringList {c.fullName} + c.aliases) {
        const domain::NameKey k(name);
        if (k.isEmpty())
            continue;
        out.push_back({ClientMatchKeys::Name, k.sortedSkeleton()});
        if (!k.father().isEmpty())
            out.push_back({ClientMatchKeys::Name, k.sortedSkeletonWithFather()});
        for (const QString &part : k.ownSkeleton()) {
            out.push_back({ClientMatchKeys::NamePart, part});
            parts << part;
        }
    }
    return out;
}

// Adds a name part's typo variants unless the part is known already (`known`: this rebuild's
// cache; without it, one probe of the table).
Status addVariants(store::Database &db, const QString &part, QSet<QString> *known)
{
    if (known) {
        if (known->contains(part))
            return {};
        known->insert(part);
    } else {
        auto probe = db.prepare(QStringLiteral("SELECT 1 FROM client_name_variants WHERE variant = ? AND token = ?"));
        if (!probe.ok())
            return probe.error();
        probe->bind(1, part).bind(2, part);
        auto found = probe->step();
        if (!found.ok())
            return found.error();
        if (found.value())
            return {};
    }
    // A borrowed statement runs once: borrow it again for every row (the cache keeps it prepared).
    for (const QString &v : domain::NameKey::typoVariants(part)) {
        auto ins
            = db.prepare(QStringLiteral("INSERT OR IGNORE INTO client_name_variants (variant, token) VALUES (?, ?)"));
        if (!ins.ok())
            return ins.error();
        ins->bind(1, v).bind(2, part);
        LINTAS_TRY(ins->exec());
    }
    return {};
}

Status insertKeys(store::Database &db, const ClientRow &c, QSet<QString> *known)
{
    QStringList parts;
    const QVector<Key> keys = keysOf(c, parts);
    for (const Key &k : keys) {
        auto ins = db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO client_match_keys (kind, key, client_id, birth) VALUES (?, ?, ?, ?)"));
        if (!ins.ok())
            return ins.error();
        ins->bind(1, k.kind).bind(2, k.key).bind(3, c.id).bind(4, c.birth.isEmpty() ? QString() : c.birth);
        LINTAS_TRY(ins->exec());
    }
    for (const QString &p : parts)
        LINTAS_TRY(addVariants(db, p, known));
    return {};
}

const QString kClientColumns = QStringLiteral("id, full_name, nik, passport_no, birth_date");
const QString kLiveAliases = QStringLiteral(
    "SELECT DISTINCT entity_id, element FROM set_members WHERE entity = 'client' AND field = 'aliases' "
    "AND removed_hlc IS NULL");
const QString kLivePhones = QStringLiteral(
    "SELECT client_id, number FROM client_phones WHERE coalesce(deleted, 0) = 0 AND number IS NOT NULL");

ClientRow rowFrom(const store::Statement &st)
{
    return ClientRow {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), {}, {}};
}

// entity/client id → values, for one client (`where` binds her id) or all.
Result<QHash<QString, QStringList>> pairs(store::Database &db, const QString &sql, const QString &id)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    if (!id.isNull())
        st->bind(1, id);
    QHash<QString, QStringList> out;
    LINTAS_TRY(st->forEachRow([&] { out[st->text(0)] << st->text(1); }));
    return out;
}

} // namespace

bool ClientMatchKeys::affectedBy(const EntityDef &def, const sync::Change &change, bool created)
{
    static const QStringList clientFields {QStringLiteral("full_name"), QStringLiteral("nik"),
        QStringLiteral("passport_no"), QStringLiteral("birth_date"), QStringLiteral("deleted")};
    static const QStringList phoneFields {
        QStringLiteral("number"), QStringLiteral("client_id"), QStringLiteral("deleted")};
    const bool isClient = def.name == QStringLiteral("client");
    if (!isClient && def.name != QStringLiteral("client_phone"))
        return false;
    if (created)
        return true;
    for (const QString &f : isClient ? clientFields : phoneFields) {
        if (change.fields.contains(f))
            return true;
    }
    if (!isClient)
        return false;
    const auto aliases = [](const auto &op) { return op.field == QStringLiteral("aliases"); };
    return std::any_of(change.adds.cbegin(), change.adds.cend(), aliases)
        || std::any_of(change.removes.cbegin(), change.removes.cend(), aliases);
}

Status ClientMatchKeys::refreshAfterWrite(store::Database &db, const EntityDef &def, const QString &id)
{
    if (def.name == QStringLiteral("client"))
        return refreshClient(db, id);
    if (def.name != QStringLiteral("client_phone"))
        return {};
    // A phone moved to another client (no screen does that) leaves a stale key on the first one:
    // harmless, see the class comment.
    auto owner = db.prepare(QStringLiteral("SELECT client_id FROM client_phones WHERE id = ?"));
    if (!owner.ok())
        return owner.error();
    owner->bind(1, id);
    auto row = owner->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || owner->isNull(0))
        return {};
    const QString clientId = owner->text(0);
    return refreshClient(db, clientId);
}

Status ClientMatchKeys::refreshClient(store::Database &db, const QString &clientId)
{
    {
        auto del = db.prepare(QStringLiteral("DELETE FROM client_match_keys WHERE client_id = ?"));
        if (!del.ok())
            return del.error();
        del->bind(1, clientId);
        LINTAS_TRY(del->exec());
    }
    ClientRow c;
    {
        auto st = db.prepare(
            QStringLiteral("SELECT %1 FROM clients WHERE id = ? AND coalesce(deleted, 0) = 0").arg(kClientColumns));
        if (!st.ok())
            return st.error();
        st->bind(1, clientId);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return {}; // deleted (or not there yet): no keys
        c = rowFrom(*st);
    }
    auto aliases = pairs(db, kLiveAliases + QStringLiteral(" AND entity_id = ?"), clientId);
    if (!aliases.ok())
        return aliases.error();
    auto phones = pairs(db, kLivePhones + QStringLiteral(" AND client_id = ?"), clientId);
    if (!phones.ok())
        return phones.error();
    c.aliases = aliases->value(clientId);
    c.phones = phones->value(clientId);
    return insertKeys(db, c, nullptr);
}

Status ClientMatchKeys::rebuild(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral("DELETE FROM client_match_keys; DELETE FROM client_name_variants;")));
    auto aliases = pairs(db, kLiveAliases, QString());
    if (!aliases.ok())
        return aliases.error();
    auto phones = pairs(db, kLivePhones, QString());
    if (!phones.ok())
        return phones.error();
    auto st = db.prepare(
        QStringLiteral("SELECT %1 FROM clients WHERE coalesce(deleted, 0) = 0 ORDER BY id").arg(kClientColumns));
    if (!st.ok())
        return st.error();
    QSet<QString> known;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ClientRow c = rowFrom(*st);
        c.aliases = aliases->value(c.id);
        c.phones = phones->value(c.id);
        LINTAS_TRY(insertKeys(db, c, &known));
    }
    return {};
}

} // namespace lintas::repo
