#include "search/SearchIndex.h"

#include "search/SearchKinds.h"

#include "repo/EntityDef.h"
#include "store/Database.h"
#include "sync/Change.h"

#include <QHash>

namespace lintas::search {

namespace {

const QString &kClient = kinds::client;
const QString &kCase = kinds::caseKind;
const QString &kNote = kinds::note;

Status removeDoc(store::Database &db, const QString &kind, const QString &id)
{
    auto find = db.prepare(QStringLiteral("SELECT docid FROM search_docs WHERE kind = ? AND entity_id = ?"));
    if (!find.ok())
        return find.error();
    find->bind(1, kind).bind(2, id);
    auto row = find->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return {};
    const qint64 docid = find->int64(0);
    auto delFts = db.prepare(QStringLiteral("DELETE FROM search_fts WHERE docid = ?"));
    if (!delFts.ok())
        return delFts.error();
    delFts->bind(1, docid);
    LINTAS_TRY(delFts->exec());
    auto delDoc = db.prepare(QStringLiteral("DELETE FROM search_docs WHERE docid = ?"));
    if (!delDoc.ok())
        return delDoc.error();
    delDoc->bind(1, docid);
    return delDoc->exec();
}

Status putDoc(store::Database &db, const QString &kind, const QString &id, const QString &caseId,
    const QString &clientId, const QString &title, const QString &body)
{
    LINTAS_TRY(removeDoc(db, kind, id));
    auto last = db.scalar(QStringLiteral("SELECT coalesce(max(docid), 0) FROM search_docs"));
    if (!last.ok())
        return last.error();
    const qint64 docid = ((last->toLongLong() >> 2) + 1) * 4 + kinds::code(kind);
    auto ins = db.prepare(
        QStringLiteral("INSERT INTO search_docs (docid, kind, entity_id, case_id, client_id) VALUES (?, ?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, docid).bind(2, kind).bind(3, id).bind(4, caseId).bind(5, clientId);
    LINTAS_TRY(ins->exec());
    auto fts = db.prepare(QStringLiteral("INSERT INTO search_fts (docid, title, body) VALUES (?, ?, ?)"));
    if (!fts.ok())
        return fts.error();
    fts->bind(1, docid).bind(2, title).bind(3, body);
    return fts->exec();
}

// Runs `sql` with one bound id and collects the first column of every row.
Result<QStringList> column(store::Database &db, const QString &sql, const QString &id)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return st->textColumn();
}

Status indexClient(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT full_name, nik, passport_no, village, district, regency, province, current_city, deleted "
        "FROM clients WHERE id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || st->int64(8) != 0)
        return removeDoc(db, kClient, id);
    const QString name = st->text(0);
    QStringList body;
    for (int c = 1; c <= 7; ++c)
        body << st->text(c);
    auto aliases = column(db,
        QStringLiteral("SELECT DISTINCT element FROM set_members WHERE entity = 'client' "
                       "AND field = 'aliases' AND entity_id = ? AND removed_hlc IS NULL"),
        id);
    if (!aliases.ok())
        return aliases.error();
    auto phones = column(db,
        QStringLiteral("SELECT number FROM client_phones WHERE client_id = ? AND "
                       "coalesce(deleted, 0) = 0"),
        id);
    if (!phones.ok())
        return phones.error();
    for (const QString &p : *phones)
        body << p << SearchIndex::phoneVariants(p); // as typed (digit groups) and digit-only forms
    const QString title = (QStringList {name} + *aliases).join(QLatin1Char(' '));
    return putDoc(db, kClient, id, QString(), id, title, body.join(QLatin1Char(' ')));
}

Status indexCase(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT c.reference, c.client_id, cl.full_name, c.title, c.chronology, c.demands, c.strategy, "
        "c.outcome_notes, c.deleted FROM cases c LEFT JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || st->int64(8) != 0)
        return removeDoc(db, kCase, id);
    const QString title = QStringList {st->text(0), st->text(2)}.join(QLatin1Char(' '));
    QStringList body;
    for (int c = 3; c <= 7; ++c)
        body << st->text(c);
    return putDoc(db, kCase, id, id, st->text(1), title, body.join(QLatin1Char('\n')));
}

// Notes' entries carry their case's client; those that do not yet (or no longer) take it. A
// deleted case has no entry: its notes' entries keep what they had.
Status notesFollowCase(store::Database &db, const QString &caseId)
{
    LINTAS_TRY_ASSIGN(const QStringList client,
        column(db, QStringLiteral("SELECT client_id FROM search_docs WHERE kind = 'case' AND entity_id = ?"), caseId));
    if (client.isEmpty())
        return {};
    auto st = db.prepare(QStringLiteral("UPDATE search_docs SET client_id = ? WHERE kind = 'note' AND entity_id IN "
                                        "(SELECT id FROM notes WHERE case_id = ?) AND client_id IS NOT ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, client.first()).bind(2, caseId).bind(3, client.first());
    return st->exec();
}

Status indexNote(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT n.case_id, n.body, c.client_id FROM notes n LEFT JOIN cases c ON c.id = n.case_id WHERE n.id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return removeDoc(db, kNote, id);
    // No title: a note is found by what it says. Its case's reference is read when a hit is shown;
    // stored with all 500,000 notes of a large profile it made every reference prefix ("CW0W")
    // merge half a million index entries on each keystroke.
    return putDoc(db, kNote, id, st->text(0), st->text(2), QString(), st->text(1));
}

} // namespace

QStringList SearchIndex::phoneVariants(const QString &number)
{
    QString digits;
    for (QChar ch : number) {
        if (ch.isDigit())
            digits += ch;
    }
    if (digits.isEmpty())
        return {};
    QStringList out {digits};
    if (digits.startsWith(QStringLiteral("62"))) {
        out << QStringLiteral("0") + digits.mid(2) << digits.mid(2);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        out << QStringLiteral("62") + digits.mid(1) << digits.mid(1);
    } else if (digits.startsWith(QStringLiteral("852")) || digits.startsWith(QStringLiteral("886"))) {
        out << digits.mid(3); // Hong Kong / Taiwan numbers are often typed without the code
    } else if (digits.startsWith(QStringLiteral("65")) || digits.startsWith(QStringLiteral("60"))) {
        out << digits.mid(2);
    }
    out.removeDuplicates();
    return out;
}

bool SearchIndex::affectedBy(const repo::EntityDef &def, const sync::Change &change, bool created)
{
    // The columns indexClient(), indexCase() and indexNote() read. Rewriting an entry costs a
    // delete and an insert in the full-text index, most of an edit's or an applied change's time.
    static const QHash<QString, QStringList> indexed {
        {kClient,
            {QStringLiteral("full_name"), QStringLiteral("nik"), QStringLiteral("passport_no"),
                QStringLiteral("village"), QStringLiteral("district"), QStringLiteral("regency"),
                QStringLiteral("province"), QStringLiteral("current_city"), QStringLiteral("deleted")}},
        {kCase,
            {QStringLiteral("reference"), QStringLiteral("client_id"), QStringLiteral("title"),
                QStringLiteral("chronology"), QStringLiteral("demands"), QStringLiteral("strategy"),
                QStringLiteral("outcome_notes"), QStringLiteral("deleted")}},
        {kNote, {QStringLiteral("case_id"), QStringLiteral("body"), QStringLiteral("deleted")}},
    };
    const auto fields = indexed.constFind(def.name);
    // Other entities (a client's phone: it reindexes its owner) are left to reindex().
    if (fields == indexed.cend() || created)
        return true;
    // Set operations: a client's aliases are part of her entry.
    if (!change.adds.isEmpty() || !change.removes.isEmpty())
        return true;
    for (const QString &f : *fields) {
        if (change.fields.contains(f))
            return true;
    }
    return false;
}

Status SearchIndex::reindex(store::Database &db, const repo::EntityDef &def, const QString &id)
{
    if (def.name == kClient) {
        LINTAS_TRY(indexClient(db, id));
        // Case titles carry the client's name.
        auto cases = column(db, QStringLiteral("SELECT id FROM cases WHERE client_id = ?"), id);
        if (!cases.ok())
            return cases.error();
        for (const QString &caseId : *cases) {
            LINTAS_TRY(indexCase(db, caseId));
            // The case's entry may be new here, made for its client, with notes already indexed.
            LINTAS_TRY(notesFollowCase(db, caseId));
        }
        return {};
    }
    if (def.name == QStringLiteral("client_phone")) {
        auto owner = column(db, QStringLiteral("SELECT client_id FROM client_phones WHERE id = ?"), id);
        if (!owner.ok())
            return owner.error();
        for (const QString &clientId : *owner) {
            if (!clientId.isEmpty())
                LINTAS_TRY(indexClient(db, clientId));
        }
        return {};
    }
    if (def.name == kCase) {
        LINTAS_TRY_ASSIGN(const QStringList before,
            column(db, QStringLiteral("SELECT client_id FROM search_docs WHERE kind = 'case' AND entity_id = ?"), id));
        LINTAS_TRY(indexCase(db, id));
        LINTAS_TRY_ASSIGN(const QStringList after,
            column(db, QStringLiteral("SELECT client_id FROM search_docs WHERE kind = 'case' AND entity_id = ?"), id));
        // The case moved to another client (a record corrected), or its client arrived after its
        // notes (an edit and a note of a case delivered before the case itself, which offline
        // bundles make possible): its notes' entries follow it.
        if (after.isEmpty() || before == after)
            return {};
        return notesFollowCase(db, id);
    }
    if (def.name == kNote)
        return indexNote(db, id);
    return {};
}

Status SearchIndex::rebuild(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral("DELETE FROM search_fts; DELETE FROM search_docs;")));
    struct Pass {
        QString sql;
        Status (*index)(store::Database &, const QString &);
    };
    const Pass passes[] = {
        {QStringLiteral("SELECT id FROM clients"), indexClient},
        {QStringLiteral("SELECT id FROM cases"), indexCase},
        {QStringLiteral("SELECT id FROM notes"), indexNote},
    };
    for (const Pass &pass : passes) {
        QStringList ids;
        {
            auto st = db.prepare(pass.sql);
            if (!st.ok())
                return st.error();
            LINTAS_TRY_ASSIGN(ids, st->textColumn());
        }
        for (const QString &id : std::as_const(ids))
            LINTAS_TRY(pass.index(db, id));
    }
    return {};
}

} // namespace lintas::search
