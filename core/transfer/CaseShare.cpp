#include "transfer/CaseShare.h"

#include "repo/EntityTable.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "transfer/EntityReferences.h"

#include <QHash>

namespace lintas::transfer {

namespace {

QString keyOf(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

bool isDirectory(const repo::EntityDef &def)
{
    return def.name == QLatin1String("party") || def.name == QLatin1String("organisation");
}

// The part a record is left out with when that part is not shared, and whether it is counted as
// one of the part's records. Records of no part always go, unless they refer to one left out.
struct PartOf {
    std::optional<SharePart> part;
    bool counted = false;
};

PartOf partOf(const RecordRef &ref, const QSet<QString> &confidential)
{
    const QString &name = ref.def->name;
    if (name == QLatin1String("note"))
        return {confidential.contains(ref.id) ? SharePart::ConfidentialNotes : SharePart::Notes, true};
    if (name == QLatin1String("claim"))
        return {SharePart::Claims, true};
    if (name == QLatin1String("deadline"))
        return {SharePart::Deadlines, true};
    if (name == QLatin1String("client_phone"))
        return {SharePart::Phones, true};
    if (name == QLatin1String("case_party"))
        return {SharePart::Parties, true};
    return {};
}

} // namespace

Result<QSet<QString>> CaseShare::confidentialNotes(store::Database &db, const QVector<RecordRef> &records)
{
    QHash<QString, QString> corrects;
    QSet<QString> confidential;
    for (const RecordRef &ref : records) {
        if (ref.def->name != QLatin1String("note"))
            continue;
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT coalesce(confidential, 0), corrects_note_id FROM notes WHERE id = ?")));
        st.bind(1, ref.id);
        LINTAS_TRY_ASSIGN(const bool found, st.step());
        if (found && st.int64(0) != 0)
            confidential.insert(ref.id);
        else if (found && !st.isNull(1))
            corrects.insert(ref.id, st.text(1));
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = corrects.cbegin(); it != corrects.cend(); ++it) {
            if (!confidential.contains(it.key()) && confidential.contains(it.value())) {
                confidential.insert(it.key());
                grew = true;
            }
        }
    }
    return confidential;
}

Result<SharedRecords> CaseShare::filter(
    store::Database &db, const QVector<RecordRef> &records, const CaseShareChoice &choice)
{
    LINTAS_TRY_ASSIGN(const QSet<QString> confidential, confidentialNotes(db, records));
    SharedRecords out;
    // What each record refers to within the case's records (a reference outside them cannot
    // dangle because of this choice).
    QSet<QString> present;
    for (const RecordRef &ref : records)
        present.insert(keyOf(ref.def->name, ref.id));
    QHash<QString, QStringList> refersTo;
    QSet<QString> leftOut;
    for (const RecordRef &ref : records) {
        const QString key = keyOf(ref.def->name, ref.id);
        const QVector<EntityReference> refs = EntityReferences::of(*ref.def);
        if (!refs.isEmpty()) {
            repo::EntityTable table(db, *ref.def);
            LINTAS_TRY_ASSIGN(const auto fields, table.loadFields(ref.id));
            for (const EntityReference &r : refs) {
                const QString target = fields ? fields->value(r.field).toString() : QString();
                if (!target.isEmpty() && present.contains(keyOf(r.target->name, target)))
                    refersTo[key] << keyOf(r.target->name, target);
            }
        }
        const PartOf part = partOf(ref, confidential);
        if (part.part && part.counted)
            ++out.counted[*part.part];
        if (part.part && !choice.includes(*part.part))
            leftOut.insert(key);
    }
    // Children of what is left out stay with it.
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = refersTo.cbegin(); it != refersTo.cend(); ++it) {
            if (leftOut.contains(it.key()))
                continue;
            for (const QString &target : it.value()) {
                if (leftOut.contains(target)) {
                    leftOut.insert(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    // Directory records came along only because something refers to them.
    for (bool grew = true; grew;) {
        grew = false;
        QSet<QString> referred;
        for (auto it = refersTo.cbegin(); it != refersTo.cend(); ++it) {
            if (!leftOut.contains(it.key()))
                referred.unite(QSet<QString>(it.value().cbegin(), it.value().cend()));
        }
        for (const RecordRef &ref : records) {
            const QString key = keyOf(ref.def->name, ref.id);
            if (isDirectory(*ref.def) && !leftOut.contains(key) && !referred.contains(key)) {
                leftOut.insert(key);
                grew = true;
            }
        }
    }
    for (const RecordRef &ref : records) {
        if (!leftOut.contains(keyOf(ref.def->name, ref.id))) {
            out.kept.push_back(ref);
            continue;
        }
        out.leftOut.push_back(ref);
        const PartOf part = partOf(ref, confidential);
        if (part.part && part.counted)
            ++out.leftOutCounted[*part.part];
    }
    return out;
}

Result<SharedRecords> CaseShare::ofCase(store::Database &db, const QString &caseId, const CaseShareChoice &choice)
{
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(const auto records, CaseRecords::collect(db, caseId));
    LINTAS_TRY_ASSIGN(SharedRecords shared, filter(db, records, choice));
    LINTAS_TRY(tx.commit());
    return shared;
}

} // namespace lintas::transfer
