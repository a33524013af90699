#include "repo/IntakeDrafts.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lintas::repo {

namespace {

// The stored form changes only by adding keys; a missing key reads as empty, so a draft saved by
// an older Lintas still opens.
constexpr int kFormat = 1;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonObject clientJson(const domain::Client &c)
{
    // The client's fields travel as the entity mapping writes them, so a field added to Client
    // is kept in drafts without touching this file.
    QJsonObject fields;
    const FieldMap values = clientMapping().toFields(c);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
    fields.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases));
    return fields;
}

domain::Client clientFrom(const QJsonObject &o)
{
    domain::Client c;
    FieldMap values;
    for (const FieldDef &f : clientMapping().def.fields) {
        if (o.contains(f.name))
            values.insert(f.name, o.value(f.name).toVariant());
    }
    SetMap sets;
    QStringList aliases;
    for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
        aliases << a.toString();
    sets.insert(QStringLiteral("aliases"), aliases);
    clientMapping().assign(c, values, sets);
    return c;
}

} // namespace

IntakeDrafts::IntakeDrafts(Workspace &workspace)
    : IntakeDrafts(workspace.database(), workspace.clock(), workspace.writer().random())
{ }

IntakeDrafts::IntakeDrafts(store::Database &db, const Clock &clock, RandomSource &random)
    : m_db(db), m_clock(clock), m_random(random)
{ }

QByteArray IntakeDrafts::toJson(const domain::IntakeDraft &d)
{
    QJsonObject triggers;
    for (auto it = d.triggerDates.cbegin(); it != d.triggerDates.cend(); ++it)
        triggers.insert(it.key(), isoDate(it.value()));
    QJsonArray claims;
    for (const domain::IntakeClaim &c : d.claims) {
        QJsonObject claim {{QStringLiteral("claim_type"), c.claimType}, {QStringLiteral("currency"), c.currency},
            {QStringLiteral("forum"), c.forum}, {QStringLiteral("amount_text"), c.amountText}};
        if (c.amount)
            claim.insert(QStringLiteral("amount"), double(*c.amount)); // exact up to 2^53, as in sync
        claims.append(claim);
    }
    const QJsonObject o {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("existing_client_id"), d.existingClientId},
        {QStringLiteral("client"), clientJson(d.client)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(d.phones)},
        {QStringLiteral("case_types"), QJsonArray::fromStringList(d.caseTypes)},
        {QStringLiteral("jurisdictions"), QJsonArray::fromStringList(d.jurisdictions)},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("risk"), d.risk},
        {QStringLiteral("safety_flag"), d.safetyFlag},
        {QStringLiteral("chronology"), d.chronology},
        {QStringLiteral("trigger_dates"), triggers},
        {QStringLiteral("demands"), d.demands},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("consent_given"), d.consentGiven},
        {QStringLiteral("consent_recipient"), d.consentRecipient},
        {QStringLiteral("consent_scope"), d.consentScope},
        {QStringLiteral("consent_purpose"), d.consentPurpose},
        {QStringLiteral("consent_method"), d.consentMethod},
        {QStringLiteral("consent_given_on"), isoDate(d.consentGivenOn)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<domain::IntakeDraft> IntakeDrafts::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("intake draft: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    auto strings = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    domain::IntakeDraft d;
    d.existingClientId = o.value(QStringLiteral("existing_client_id")).toString();
    d.client = clientFrom(o.value(QStringLiteral("client")).toObject());
    d.phones = strings("phones");
    d.caseTypes = strings("case_types");
    d.jurisdictions = strings("jurisdictions");
    d.title = o.value(QStringLiteral("title")).toString();
    d.risk = o.value(QStringLiteral("risk")).toString();
    d.safetyFlag = o.value(QStringLiteral("safety_flag")).toBool();
    d.chronology = o.value(QStringLiteral("chronology")).toString();
    const QJsonObject triggers = o.value(QStringLiteral("trigger_dates")).toObject();
    for (auto it = triggers.constBegin(); it != triggers.constEnd(); ++it) {
        if (const QDate date = fromIso(it.value()); date.isValid())
            d.triggerDates.insert(it.key(), date);
    }
    d.demands = o.value(QStringLiteral("demands")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject c = v.toObject();
        domain::IntakeClaim claim;
        claim.claimType = c.value(QStringLiteral("claim_type")).toString();
        claim.currency = c.value(QStringLiteral("currency")).toString();
        claim.forum = c.value(QStringLiteral("forum")).toString();
        claim.amountText = c.value(QStringLiteral("amount_text")).toString();
        if (c.contains(QStringLiteral("amount")))
            claim.amount = qint64(c.value(QStringLiteral("amount")).toDouble());
        d.claims << claim;
    }
    d.consentGiven = o.value(QStringLiteral("consent_given")).toBool();
    d.consentRecipient = o.value(QStringLiteral("consent_recipient")).toString();
    d.consentScope = o.value(QStringLiteral("consent_scope")).toString();
    d.consentPurpose = o.value(QStringLiteral("consent_purpose")).toString();
    d.consentMethod = o.value(QStringLiteral("consent_method")).toString();
    d.consentGivenOn = fromIso(o.value(QStringLiteral("consent_given_on")));
    return d;
}

Result<QString> IntakeDrafts::save(domain::IntakeDraft &draft)
{
    const qint64 now = m_clock.nowMs();
    if (draft.id.isEmpty()) {
        draft.id = m_random.newId();
        draft.createdAt = now;
    }
    draft.updatedAt = now;
    QString label = draft.label();
    if (label.isNull())
        label = QStringLiteral(""); // a null QString binds NULL, and a draft may have no name yet
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO intake_drafts (id, label, step, payload, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)")));
    st.bind(1, draft.id)
        .bind(2, label)
        .bind(3, draft.step)
        .bind(4, QString::fromUtf8(toJson(draft)))
        .bind(5, draft.createdAt)
        .bind(6, draft.updatedAt);
    LINTAS_TRY(st.exec());
    return draft.id;
}

Result<domain::IntakeDraft> IntakeDrafts::load(const QString &id)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT step, payload, created_at, updated_at FROM intake_drafts WHERE id = ?")));
    st.bind(1, id);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("intake draft %1").arg(id));
    LINTAS_TRY_ASSIGN(domain::IntakeDraft draft, fromJson(st.text(1).toUtf8()));
    draft.id = id;
    draft.step = int(st.int64(0));
    draft.createdAt = st.int64(2);
    draft.updatedAt = st.int64(3);
    return draft;
}

Result<QVector<IntakeDrafts::Summary>> IntakeDrafts::list()
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("SELECT id, label, step, updated_at FROM intake_drafts ORDER BY updated_at DESC, id")));
    QVector<Summary> out;
    LINTAS_TRY(st.forEachRow([&] { out.push_back({st.text(0), st.text(1), int(st.int64(2)), st.int64(3)}); }));
    return out;
}

Status IntakeDrafts::remove(const QString &id)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("DELETE FROM intake_drafts WHERE id = ?")));
    st.bind(1, id);
    return st.exec();
}

} // namespace lintas::repo
