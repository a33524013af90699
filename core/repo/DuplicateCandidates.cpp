#include "repo/DuplicateCandidates.h"
#include "repo/Placeholders.h"

#include "domain/IdentityKey.h"
#include "domain/NameKey.h"
#include "repo/ClientMatchKeys.h"
#include "store/Database.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace lintas::repo {

namespace {

// Bounds that keep every lookup an index range of at most a few hundred rows. A whole-name
// lookup keeps 200 rows, those with her birth date first: a common single name (hundreds of
// "Sumiati") is a weak match each, and only the best few are shown anyway. A name part or subset
// shared by more than 50 clients says nothing and is skipped ("Siti", "Sri").
constexpr int kNameCap = 200;
constexpr int kPartCap = 50;
constexpr int kNearSlots = 8; // forms of one part tried (itself and typo neighbours)
constexpr int kVariantSlots = 16; // typo variants of one part looked up
constexpr int kMaxParts = 4;
constexpr int kMaxSubsetParts = 5;

// Upper bounds of what ClientSimilarity gives (see its weights).
constexpr int kDocNik = 100;
constexpr int kDocPassport = 90;
constexpr int kDocPhone = 60;
constexpr int kName = 50;
constexpr int kNameWithFather = 40;
constexpr int kNameTypoOrPart = 25;
constexpr int kNameSubset = 20;
constexpr int kBirth = 20;

struct Tally {
    int docs = 0;
    int name = 0;
    bool birth = false;
    int score() const { return docs + name + (birth ? kBirth : 0); }
};

class Collector {
public:
    Collector(store::Database &db, const domain::Client &candidate)
        : m_db(db),
          m_exclude(candidate.id),
          m_birth(candidate.birthDate.isValid() ? candidate.birthDate.toString(Qt::ISODate) : QString())
    { }

    // Rows of one key; `cap` + 1 are read so that the caller can tell "more than cap". Returns the
    // number of rows seen, or -1 after more than `cap` when `skipIfOver`.
    Result<int> key(int kind, const QString &key, int cap, bool skipIfOver, int weight, bool isDoc)
    {
        auto st = m_db.prepare(QStringLiteral("SELECT client_id, birth IS ? FROM client_match_keys "
                                              "WHERE kind = ? AND key = ? ORDER BY 2 DESC LIMIT ?"));
        if (!st.ok())
            return st.error();
        st->bind(1, m_birth).bind(2, kind).bind(3, key).bind(4, cap + 1);
        QVector<QPair<QString, bool>> rows;
        LINTAS_TRY(st->forEachRow([&] { rows.push_back({st->text(0), !m_birth.isNull() && st->int64(1) != 0}); }));
        if (rows.size() > cap) {
            if (skipIfOver)
                return -1;
            rows.resize(cap);
        }
        for (const auto &[id, birth] : rows)
            add(id, weight, isDoc, birth);
        return int(rows.size());
    }

    // Clients whose own name has a form of every part (itself or a typo neighbour).
    Status parts(const QVector<QStringList> &nearForms)
    {
        QStringList selects;
        for (int i = 0; i < nearForms.size(); ++i)
            selects << QStringLiteral("SELECT client_id FROM client_match_keys WHERE kind = %1 AND key IN (%2)")
                           .arg(ClientMatchKeys::NamePart)
                           .arg(placeholders(kNearSlots));
        auto st = m_db.prepare(selects.join(QStringLiteral(" INTERSECT ")) + QStringLiteral(" LIMIT ?"));
        if (!st.ok())
            return st.error();
        int at = 1;
        for (const QStringList &forms : nearForms) {
            for (int s = 0; s < kNearSlots; ++s, ++at) {
                if (s < forms.size())
                    st->bind(at, forms[s]);
                else
                    st->bindNull(at);
            }
        }
        st->bind(at, kPartCap + 1);
        auto ids = st->textColumn();
        if (!ids.ok())
            return ids.error();
        if (ids->size() > kPartCap)
            return {};
        for (const QString &id : *ids)
            add(id, kNameTypoOrPart, false, false);
        return {};
    }

    QStringList best(int max) const
    {
        QStringList ids = m_tally.keys();
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            const int sa = m_tally.value(a).score(), sb = m_tally.value(b).score();
            return sa != sb ? sa > sb : a < b;
        });
        if (ids.size() > max)
            ids.erase(ids.begin() + max, ids.end());
        return ids;
    }

private:
    void add(const QString &id, int weight, bool isDoc, bool birth)
    {
        if (id == m_exclude)
            return;
        Tally &t = m_tally[id];
        if (isDoc)
            t.docs += weight; // each identity key is looked up once
        else
            t.name = std::max(t.name, weight);
        t.birth = t.birth || birth;
    }

    store::Database &m_db;
    QString m_exclude;
    QString m_birth;
    QHash<QString, Tally> m_tally;
};

// The part itself, then the stored parts one typing slip away from it.
Result<QStringList> nearForms(store::Database &db, const QString &part)
{
    QStringList out {part};
    QStringList variants = domain::NameKey::typoVariants(part);
    if (variants.size() == 1)
        return out;
    variants = variants.mid(0, kVariantSlots);
    auto st = db.prepare(QStringLiteral("SELECT DISTINCT token FROM client_name_variants WHERE variant IN (%1)")
                             .arg(placeholders(kVariantSlots)));
    if (!st.ok())
        return st.error();
    for (int i = 0; i < kVariantSlots; ++i) {
        if (i < variants.size())
            st->bind(i + 1, variants[i]);
        else
            st->bindNull(i + 1);
    }
    auto tokens = st->textColumn();
    if (!tokens.ok())
        return tokens.error();
    for (const QString &t : *tokens) {
        if (out.size() < kNearSlots && domain::NameKey::typoClose(part, t))
            out << t;
    }
    return out;
}

Status lookUpName(Collector &c, store::Database &db, const domain::NameKey &name)
{
    LINTAS_TRY(c.key(ClientMatchKeys::Name, name.sortedSkeleton(), kNameCap, false, kName, false));
    if (!name.father().isEmpty())
        LINTAS_TRY(
            c.key(ClientMatchKeys::Name, name.sortedSkeletonWithFather(), kNameCap, false, kNameWithFather, false));
    QStringList own = name.ownSkeleton();
    // Every proper part of a name of 2–5 parts: "Siti Aminah Rahayu" finds "Siti Aminah", "Aminah".
    if (own.size() >= 2 && own.size() <= kMaxSubsetParts) {
        for (int mask = 1; mask < (1 << own.size()) - 1; ++mask) {
            QStringList subset;
            for (int i = 0; i < own.size(); ++i) {
                if (mask & (1 << i))
                    subset << own[i];
            }
            std::sort(subset.begin(), subset.end());
            LINTAS_TRY(c.key(ClientMatchKeys::Name, subset.join(QLatin1Char(' ')), kPartCap, true, kNameSubset, false));
        }
    }
    // Names that hold every part, or a typo of it: "Aminah" finds "Siti Aminah", "Sumaiti" finds
    // "Sumiati". The longest parts are the most telling.
    std::sort(own.begin(), own.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    own = own.mid(0, kMaxParts);
    QVector<QStringList> near;
    for (const QString &part : own) {
        auto forms = nearForms(db, part);
        if (!forms.ok())
            return forms.error();
        near << *forms;
    }
    LINTAS_TRY(c.parts(near));
    // The whole name with one part mistyped: a slip in a common name ("Sumaiti" among hundreds
    // of Sumiati) is skipped by the part lookup above, but the whole-name lookup keeps those born
    // on her birth date first.
    for (int i = 0; i < own.size(); ++i) {
        for (int f = 1; f < near[i].size(); ++f) {
            QStringList fixed = name.ownSkeleton();
            fixed[fixed.indexOf(own[i])] = near[i][f];
            std::sort(fixed.begin(), fixed.end());
            LINTAS_TRY(
                c.key(ClientMatchKeys::Name, fixed.join(QLatin1Char(' ')), kNameCap, false, kNameTypoOrPart, false));
        }
    }
    return {};
}

} // namespace

Result<QStringList> DuplicateCandidates::find(
    store::Database &db, const domain::Client &candidate, const QStringList &phones, int max)
{
    Collector c(db, candidate);
    if (const QString nik = domain::IdentityKey::document(candidate.nik); !nik.isEmpty()) {
        auto r = c.key(ClientMatchKeys::Nik, nik, kPartCap, false, kDocNik, true);
        if (!r.ok())
            return r.error();
    }
    if (const QString pp = domain::IdentityKey::document(candidate.passportNo); !pp.isEmpty()) {
        auto r = c.key(ClientMatchKeys::Passport, pp, kPartCap, false, kDocPassport, true);
        if (!r.ok())
            return r.error();
    }
    QStringList phoneKeys;
    for (const QString &p : phones) {
        const QString k = domain::IdentityKey::phoneIndexKey(p);
        if (k.isEmpty() || phoneKeys.contains(k))
            continue;
        phoneKeys << k;
        auto r = c.key(ClientMatchKeys::Phone, k, kPartCap, false, kDocPhone, true);
        if (!r.ok())
            return r.error();
    }
    for (const QString &name : QStringList {candidate.fullName} + candidate.aliases) {
        const domain::NameKey k(name);
        if (!k.isEmpty())
            LINTAS_TRY(lookUpName(c, db, k));
    }
    return c.best(max);
}

} // namespace lintas::repo
