#include "repo/Schema.h"

#include "repo/CaseListKeys.h"
#include "repo/ClientMatchKeys.h"

#include "search/SearchIndex.h"
#include "store/Database.h"

namespace lintas::repo {

namespace {

// Migration SQL is frozen history: never edit a step once released, add a new one.
// A test checks that the newest schema has exactly the columns EntityMappings.cpp declares.

Status createCoreTables(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE organisations (
  id TEXT PRIMARY KEY NOT NULL, name TEXT, kind TEXT, country TEXT, province TEXT, city TEXT,
  address TEXT, phones TEXT, email TEXT, website TEXT, services TEXT, notes TEXT, seed_key TEXT,
  deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE parties (
  id TEXT PRIMARY KEY NOT NULL, kind TEXT, name TEXT, country TEXT, address TEXT, phone TEXT,
  licence_no TEXT, notes TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE clients (
  id TEXT PRIMARY KEY NOT NULL, full_name TEXT, gender TEXT, birth_date TEXT, nik TEXT, passport_no TEXT,
  province TEXT, regency TEXT, district TEXT, village TEXT, address TEXT, current_country TEXT,
  current_city TEXT, status TEXT, next_of_kin_name TEXT, next_of_kin_relation TEXT, next_of_kin_phone TEXT,
  preferred_language TEXT, notes TEXT, created_at INTEGER, deleted INTEGER,
  updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE client_phones (
  id TEXT PRIMARY KEY NOT NULL, client_id TEXT REFERENCES clients(id), number TEXT, kind TEXT,
  valid_from TEXT, valid_until TEXT, note TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE consents (
  id TEXT PRIMARY KEY NOT NULL, client_id TEXT REFERENCES clients(id), recipient TEXT, organisation_id TEXT,
  scope TEXT, purpose TEXT, method TEXT, given_on TEXT, withdrawn_on TEXT, recorded_by TEXT, deleted INTEGER,
  updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cases (
  id TEXT PRIMARY KEY NOT NULL, reference TEXT, client_id TEXT REFERENCES clients(id), title TEXT,
  status TEXT, outcome TEXT, risk TEXT, safety_flag INTEGER, opened_on TEXT, closed_on TEXT,
  chronology TEXT, demands TEXT, strategy TEXT, outcome_notes TEXT, created_at INTEGER, deleted INTEGER,
  updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE case_parties (
  id TEXT PRIMARY KEY NOT NULL, case_id TEXT REFERENCES cases(id), party_id TEXT REFERENCES parties(id),
  role TEXT, notes TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE claims (
  id TEXT PRIMARY KEY NOT NULL, case_id TEXT REFERENCES cases(id), claim_type TEXT, forum TEXT,
  currency TEXT, amount_claimed INTEGER, amount_offered INTEGER, amount_awarded INTEGER, filed_on TEXT,
  decided_on TEXT, notes TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE claim_payments (
  id TEXT PRIMARY KEY NOT NULL, claim_id TEXT REFERENCES claims(id), amount INTEGER, paid_on TEXT,
  note TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE notes (
  id TEXT PRIMARY KEY NOT NULL, case_id TEXT REFERENCES cases(id), kind TEXT, occurred_at INTEGER,
  author TEXT, body TEXT, confidential INTEGER, corrects_note_id TEXT, created_at INTEGER,
  updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE deadlines (
  id TEXT PRIMARY KEY NOT NULL, case_id TEXT REFERENCES cases(id), kind TEXT, title TEXT, due_on TEXT,
  rule_id TEXT, rule_version INTEGER, trigger_date TEXT, source TEXT, done_on TEXT, assignee TEXT,
  notes TEXT, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE referrals (
  id TEXT PRIMARY KEY NOT NULL, case_id TEXT REFERENCES cases(id), organisation_id TEXT, reason TEXT,
  consent_id TEXT, status TEXT, sent_on TEXT, responded_on TEXT, feedback TEXT, deleted INTEGER,
  updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE activities (
  id TEXT PRIMARY KEY NOT NULL, kind TEXT, title TEXT, held_on TEXT, province TEXT, regency TEXT,
  district TEXT, village TEXT, place TEXT, facilitator TEXT, training_stage TEXT, topics TEXT, notes TEXT,
  created_at INTEGER, deleted INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE activity_counts (
  id TEXT PRIMARY KEY NOT NULL, activity_id TEXT REFERENCES activities(id), gender TEXT, age_band TEXT,
  count INTEGER, updated_at INTEGER NOT NULL DEFAULT 0);

CREATE INDEX clients_name ON clients(full_name COLLATE NOCASE);
CREATE INDEX clients_nik ON clients(nik);
CREATE INDEX clients_passport ON clients(passport_no);
CREATE INDEX client_phones_client ON client_phones(client_id);
CREATE INDEX consents_client ON consents(client_id);
CREATE INDEX cases_client ON cases(client_id);
CREATE INDEX cases_status ON cases(status, updated_at);
CREATE INDEX cases_updated ON cases(updated_at);
CREATE INDEX cases_opened ON cases(opened_on);
CREATE INDEX cases_reference ON cases(reference);
CREATE INDEX case_parties_case ON case_parties(case_id);
CREATE INDEX case_parties_party ON case_parties(party_id);
CREATE INDEX claims_case ON claims(case_id);
CREATE INDEX claim_payments_claim ON claim_payments(claim_id);
CREATE INDEX notes_case ON notes(case_id, occurred_at);
CREATE INDEX deadlines_case ON deadlines(case_id);
CREATE INDEX deadlines_due ON deadlines(due_on) WHERE done_on IS NULL;
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX activities_held ON activities(held_on);
CREATE INDEX activity_counts_activity ON activity_counts(activity_id);

-- Observed-remove sets: an element is present while any of its add-tags is not removed.
CREATE TABLE set_members (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, element TEXT NOT NULL,
  tag TEXT NOT NULL, removed_hlc INTEGER,
  PRIMARY KEY (entity, entity_id, field, element, tag)) WITHOUT ROWID;
CREATE INDEX set_members_element ON set_members(entity, field, element, entity_id);

-- Per-field last-writer clocks (HLC + device) for last-writer-wins merge.
CREATE TABLE field_clock (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL,
  device TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, field)) WITHOUT ROWID;

-- Every local change, in device order, waiting to be pushed (and kept as this device's log).
CREATE TABLE outbox (
  device_seq INTEGER PRIMARY KEY NOT NULL, change_id TEXT NOT NULL UNIQUE, hlc INTEGER NOT NULL,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, payload TEXT NOT NULL,
  created_at INTEGER NOT NULL, pushed_at INTEGER);

-- This device's identity and counters. One row.
CREATE TABLE device_state (
  id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL, device_code TEXT NOT NULL,
  last_hlc INTEGER NOT NULL, next_seq INTEGER NOT NULL, next_case_number INTEGER NOT NULL);
)SQL"));
}

Status createSearchIndex(store::Database &db)
{
    // FTS4 (SQLite 3.15 has no FTS5). unicode61 folds case and removes diacritics so "Sití"
    // finds "Siti"; prefix indexes keep search-as-you-type fast for 2–4 letter prefixes.
    // search_docs maps each FTS row to the entity it indexes. The index is filled by
    // SearchIndex::rebuild() right after this step, so existing rows become searchable.
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE search_docs (
  docid INTEGER PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT, client_id TEXT,
  UNIQUE (kind, entity_id));
CREATE VIRTUAL TABLE search_fts USING fts4(
  title, body, tokenize=unicode61 "remove_diacritics=1", prefix="2,3,4");
)SQL"));
}

// The case list walks one narrow index in the order it shows, reading the filter columns from
// the index itself, and stops after one page; the wide case rows (chronology, demands, …) are read
// only for the 50 rows shown. Measured on the large benchmark dataset: a filtered page went from
// over a second (scan of every case row) to milliseconds.
Status createCaseListIndexes(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
DROP INDEX cases_updated;
DROP INDEX cases_opened;
CREATE INDEX cases_list_updated ON cases(updated_at, id, status, deleted, risk);
CREATE INDEX cases_list_opened ON cases(opened_on, id, status, deleted, risk);
CREATE INDEX cases_list_client ON cases(client_id, id, status, deleted, risk);
CREATE INDEX deadlines_open_case ON deadlines(case_id, due_on, deleted) WHERE done_on IS NULL;
)SQL"));
}

Status createCaseListKeys(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral(R"SQL(
CREATE TABLE case_list_keys (
  id TEXT PRIMARY KEY NOT NULL, status TEXT, risk TEXT, deleted INTEGER NOT NULL, client_id TEXT,
  client_name TEXT NOT NULL, next_due TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX case_list_keys_due ON case_list_keys(next_due, id, status, deleted, risk);
CREATE INDEX case_list_keys_client ON case_list_keys(client_name COLLATE NOCASE, id, status, deleted, risk);
)SQL")));
    return CaseListKeys::rebuild(db);
}

// Filters by a set element ("cases of type X", "in Hong Kong") read only live members. Indexing
// just those answers them from the index alone; the old index made every match read its row for
// removed_hlc. (removed_hlc is a column of the index only so that SQLite 3.15 sees the index as
// covering.) Counting the 13,000 unpaid-wages cases of the large benchmark profile went from
// 280 ms to 48 ms.
Status createLiveSetMembersIndex(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
DROP INDEX set_members_element;
CREATE INDEX set_members_live ON set_members(entity, field, element, entity_id, removed_hlc)
  WHERE removed_hlc IS NULL;
)SQL"));
}

// FTS4 writes each transaction's terms as a new index segment and, when 16 segments pile up at a
// level, merges them inside that write. High levels hold most of the index: on the large
// benchmark profile one case edit in 5,000 stalled for 19.6 s. With automerge, every write does a
// little merging instead, whenever a level has 8 segments: no edit of the next 5,000 took over
// 45 ms, and the mean fell from 6.7 to 2.7 ms. The setting is stored in the index itself.
Status mergeSearchIndexIncrementally(store::Database &db)
{
    return db.execScript(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES('automerge=8');"));
}

// Intakes saved half-way. Local to this laptop and never synced: a draft is one caseworker's
// unfinished typing, not a record yet (decision D17). Encrypted like everything in the file.
Status createIntakeDrafts(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE intake_drafts (
  id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, step INTEGER NOT NULL, payload TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
)SQL"));
}

// The duplicate-client index (D16), filled from the existing clients: keys per client looked up
// by (kind, key) — the primary key — and deleted by client on every refresh; the birth date rides
// along so a common name's lookup can put the clients born that day first without reading rows.
// client_name_variants is the typo vocabulary over name parts (NameKey::typoVariants).
Status createClientMatchKeys(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral(R"SQL(
CREATE TABLE client_match_keys (
  kind INTEGER NOT NULL, key TEXT NOT NULL, client_id TEXT NOT NULL, birth TEXT,
  PRIMARY KEY (kind, key, client_id)) WITHOUT ROWID;
CREATE INDEX client_match_keys_client ON client_match_keys(client_id);
CREATE TABLE client_name_variants (
  variant TEXT NOT NULL, token TEXT NOT NULL, PRIMARY KEY (variant, token)) WITHOUT ROWID;
)SQL")));
    return ClientMatchKeys::rebuild(db);
}

// The Today page counts the open deadlines up to a day. Through deadlines_due every one of them
// was a row read (kind, deleted): on the large benchmark profile 22,000 open ones, 1.4 s per count
// with two counts at every unlock. This index answers them alone (done_on is a column only so that
// SQLite 3.15 sees it as covering, as in createLiveSetMembersIndex).
Status createAgendaIndex(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE INDEX deadlines_agenda ON deadlines(due_on, kind, deleted, case_id, done_on) WHERE done_on IS NULL;
)SQL"));
}

// What was typed but not saved when Lintas locked or closed, put back when the same form opens
// again (decision D20). Like intake drafts: local to this laptop, never synced, encrypted.
Status createUnsavedInputs(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE unsaved_inputs (key TEXT PRIMARY KEY NOT NULL, payload TEXT NOT NULL, saved_at INTEGER NOT NULL);
)SQL"));
}

// Notes lose their title in the search index (it was their case's reference; see indexNote in
// SearchIndex.cpp). Only the title is rewritten: each note's entry keeps its docid and body. FTS4
// records the rewrite as new segments on top of the old ones, so the index is merged into one
// afterwards; otherwise every reference prefix would still read the old entries until automerge
// got to them. On the large benchmark profile (500,000 notes) this step takes about 100 s once;
// on a caseworker's profile of a few thousand notes, about a second.
Status untitleNoteSearchEntries(store::Database &db)
{
    return db.execScript(QStringLiteral(
        "UPDATE search_fts SET title = NULL WHERE docid IN (SELECT docid FROM search_docs WHERE kind = 'note');\n"
        "INSERT INTO search_fts(search_fts) VALUES('optimize');"));
}

// What sync keeps on the device (docs/protocol.md). The outbox gains the exact envelope bytes
// once sealed (a retry resends them, never re-encrypts) and where the server logged them.
// Keys live here, inside the encrypted profile: the device's signing and box seeds, the space
// epoch keys. sync_applied makes applying a record exactly-once even when a log is re-read.
// device_state keeps the clock correction learnt from the server, so every write (on whichever
// connection) stamps corrected time.
Status createSyncState(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
ALTER TABLE outbox ADD COLUMN space_id TEXT;
ALTER TABLE outbox ADD COLUMN envelope BLOB;
ALTER TABLE outbox ADD COLUMN server_seq INTEGER;
ALTER TABLE device_state ADD COLUMN clock_offset_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_waiting ON outbox(device_seq) WHERE pushed_at IS NULL;
CREATE INDEX outbox_server_seq ON outbox(space_id, server_seq) WHERE server_seq IS NOT NULL;
CREATE TABLE sync_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1), sign_seed BLOB NOT NULL, box_seed BLOB NOT NULL);
CREATE TABLE sync_spaces (
  space_id TEXT PRIMARY KEY NOT NULL, server_url TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  epoch INTEGER NOT NULL DEFAULT 0, generation BLOB, cursor_seq INTEGER NOT NULL DEFAULT 0, cursor_chain BLOB,
  joined_at INTEGER NOT NULL, last_sync_at INTEGER);
CREATE TABLE space_keys (
  space_id TEXT NOT NULL, epoch INTEGER NOT NULL, key BLOB NOT NULL,
  PRIMARY KEY (space_id, epoch)) WITHOUT ROWID;
CREATE TABLE space_devices (
  space_id TEXT NOT NULL, device_id TEXT NOT NULL, sign_key BLOB NOT NULL, box_key BLOB NOT NULL,
  label TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (space_id, device_id)) WITHOUT ROWID;
CREATE TABLE space_membership (
  space_id TEXT PRIMARY KEY NOT NULL, head_index INTEGER NOT NULL, head_hash BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_invites (
  invite_id BLOB PRIMARY KEY NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL, space_id TEXT NOT NULL DEFAULT '',
  server_url TEXT NOT NULL DEFAULT '', space_name TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE sync_applied (
  device_id TEXT NOT NULL, device_seq INTEGER NOT NULL,
  PRIMARY KEY (device_id, device_seq)) WITHOUT ROWID;
CREATE TABLE sync_quarantine (
  id INTEGER PRIMARY KEY, space_id TEXT NOT NULL, server_seq INTEGER NOT NULL, envelope BLOB NOT NULL,
  reason TEXT NOT NULL, detail TEXT NOT NULL, received_at INTEGER NOT NULL, retried_at INTEGER,
  UNIQUE (space_id, server_seq));
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
  kept_value, kept_hlc INTEGER NOT NULL, kept_device TEXT NOT NULL,
  lost_value, lost_hlc INTEGER NOT NULL, lost_device TEXT NOT NULL,
  detected_at INTEGER NOT NULL, restored_at INTEGER,
  UNIQUE (entity, entity_id, field, lost_hlc, lost_device));
CREATE INDEX conflicts_open ON conflicts(detected_at) WHERE restored_at IS NULL;
)SQL"));
}

// Rows a long pull has applied whose search entry, case-list keys or duplicate keys are still to
// be rewritten (DerivedTables::Deferred::park): written in the same transaction as the rows, so a
// pull cut off anywhere leaves a list of what to refresh, never a silently stale index.
Status createDerivedPending(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE derived_pending (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, parts INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id)) WITHOUT ROWID;
)SQL"));
}

// Recent versions of long-text fields and the version each replaced (repo/TextVersions.h): the
// common text two offline edits started from, for the line merge.
Status createTextVersions(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE text_versions (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL, device TEXT NOT NULL,
  prev_hlc INTEGER, value TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, field, hlc, device)) WITHOUT ROWID;
)SQL"));
}

// Edit versus delete (repo/DeleteConflicts.h): what the winning delete of a row had seen (its
// prev clocks, field by field), and which conflict entries on `deleted` that logic keeps, so it
// can take back an entry that stopped being true without touching any other entry.
Status createDeleteConflictState(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE delete_seen (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id, field)) WITHOUT ROWID;
CREATE TABLE delete_conflicts (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, lost_hlc INTEGER NOT NULL, lost_device TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, lost_hlc, lost_device)) WITHOUT ROWID;
)SQL"));
}

// Fields and set operations of a newer Lintas that this version does not know (sync/UnknownFields.h):
// a field's value with the clock that wrote it, last writer wins; set operations as they came.
Status createUnknownFields(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE unknown_fields (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, value, hlc INTEGER NOT NULL,
  device TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, field)) WITHOUT ROWID;
CREATE TABLE unknown_set_ops (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, element TEXT NOT NULL,
  tags TEXT NOT NULL, hlc INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id, field, kind, element, tags, hlc)) WITHOUT ROWID;
)SQL"));
}

// Records of a newer Lintas set aside by sync (sync/ReplyApplier.h, NewerVersion): which version
// last tried them, so each version that may read more tries them once. Those earlier versions set
// aside as unreadable for an unknown entity or operation get that reason now, and their chance.
Status markNewerRecords(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
ALTER TABLE sync_quarantine ADD COLUMN tried_by TEXT;
UPDATE sync_quarantine SET reason = 'newer_version'
  WHERE reason = 'unreadable' AND (detail LIKE 'unknown entity %' OR detail LIKE 'change: unknown operation %');
)SQL"));
}

// Revocation and rotation: a removed device's last accepted record, and each rotated epoch's key
// commitment from the verified membership log (to check keys an admin wraps for us).
Status createEpochState(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
ALTER TABLE space_devices ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
CREATE TABLE space_epochs (
  space_id TEXT NOT NULL, epoch INTEGER NOT NULL, key_commit BLOB NOT NULL,
  PRIMARY KEY (space_id, epoch)) WITHOUT ROWID;
)SQL"));
}

// Hand-off packets this profile sent and imported (core/handoff): local only, never synced, as
// they hold each packet's reply secret.
Status createHandoffLedger(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE handoff_sent (
  packet_id BLOB PRIMARY KEY NOT NULL, case_id TEXT NOT NULL, referral_id TEXT, recipient_name TEXT,
  recipient_box BLOB NOT NULL, recipient_sign BLOB NOT NULL, created_at INTEGER NOT NULL,
  reply_secret BLOB NOT NULL, decision TEXT, reason TEXT, replied_at INTEGER);
CREATE TABLE handoff_received (
  packet_id BLOB PRIMARY KEY NOT NULL, case_id TEXT NOT NULL, sender_name TEXT, sender_box BLOB NOT NULL,
  sender_sign BLOB NOT NULL, sent_at INTEGER NOT NULL, imported_at INTEGER,
  reply_secret BLOB NOT NULL, decision TEXT, reason TEXT);
)SQL"));
}

// Records from an offline bundle (sync/BundleImport.h) have no place in the server's log yet:
// one set aside waits in the quarantine without a server_seq, and takes the record's seq if a
// pull brings the same bytes. SQLite cannot drop NOT NULL from a column, so the table is rebuilt.
Status quarantineWithoutSeq(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
CREATE TABLE sync_quarantine_new (
  id INTEGER PRIMARY KEY, space_id TEXT NOT NULL, server_seq INTEGER, envelope BLOB NOT NULL,
  reason TEXT NOT NULL, detail TEXT NOT NULL, received_at INTEGER NOT NULL, retried_at INTEGER, tried_by TEXT,
  UNIQUE (space_id, server_seq));
INSERT INTO sync_quarantine_new (id, space_id, server_seq, envelope, reason, detail, received_at, retried_at, tried_by)
  SELECT id, space_id, server_seq, envelope, reason, detail, received_at, retried_at, tried_by FROM sync_quarantine;
DROP TABLE sync_quarantine;
ALTER TABLE sync_quarantine_new RENAME TO sync_quarantine;
)SQL"));
}

// Where a case lives (decision D41): empty in the organisation's own space, else the shared space
// it was moved into, with that space's name for laptops that are not its members. Synced fields
// of the case, so every laptop that holds the case learns of a move and routes its edits there.
Status addCaseSpace(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
ALTER TABLE cases ADD COLUMN space_id TEXT;
ALTER TABLE cases ADD COLUMN space_name TEXT;
CREATE INDEX cases_space ON cases(space_id) WHERE space_id IS NOT NULL;
)SQL"));
}

// A referral sent without a recorded consent carries an admin's reason and name (synced fields).
Status addReferralConsentOverride(store::Database &db)
{
    return db.execScript(QStringLiteral(R"SQL(
ALTER TABLE referrals ADD COLUMN consent_override TEXT;
ALTER TABLE referrals ADD COLUMN override_by TEXT;
)SQL"));
}

} // namespace

const store::Migrator &profileSchema()
{
    static const store::Migrator migrator({
        {1, QStringLiteral("core tables, sync bookkeeping"), createCoreTables},
        {2, QStringLiteral("full-text search index"),
            [](store::Database &db) -> Status {
                LINTAS_TRY(createSearchIndex(db));
                return search::SearchIndex::rebuild(db);
            }},
        {3, QStringLiteral("case list indexes"), createCaseListIndexes},
        {4, QStringLiteral("case list sort keys"), createCaseListKeys},
        // Re-numbers the search entries so each docid carries its kind (see SearchIndex.cpp).
        {5, QStringLiteral("search entries numbered by kind"), search::SearchIndex::rebuild},
        {6, QStringLiteral("live set members index"), createLiveSetMembersIndex},
        {7, QStringLiteral("incremental search index merging"), mergeSearchIndexIncrementally},
        {8, QStringLiteral("intake drafts"), createIntakeDrafts},
        {9, QStringLiteral("duplicate-client keys"), createClientMatchKeys},
        {10, QStringLiteral("agenda counts index"), createAgendaIndex},
        {11, QStringLiteral("unsaved input kept at lock"), createUnsavedInputs},
        {12, QStringLiteral("notes searched without their case reference"), untitleNoteSearchEntries},
        {13, QStringLiteral("sync state, keys and conflict log"), createSyncState},
        {14, QStringLiteral("derived rows waiting for a long pull"), createDerivedPending},
        {15, QStringLiteral("long-text versions for line merges"), createTextVersions},
        {16, QStringLiteral("edits made without seeing a delete"), createDeleteConflictState},
        {17, QStringLiteral("fields from newer versions"), createUnknownFields},
        {18, QStringLiteral("records from newer versions tried again"), markNewerRecords},
        {19, QStringLiteral("removed devices and rotated epoch keys"), createEpochState},
        {20, QStringLiteral("hand-off packets sent and imported"), createHandoffLedger},
        {21, QStringLiteral("records from offline bundles set aside"), quarantineWithoutSeq},
        {22, QStringLiteral("cases in shared spaces"), addCaseSpace},
        {23, QStringLiteral("referrals sent without consent by an admin"), addReferralConsentOverride},
    });
    return migrator;
}

} // namespace lintas::repo
