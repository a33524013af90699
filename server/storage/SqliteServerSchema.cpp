#include "storage/SqliteServerSchema.h"

namespace lintas::server {

QStringList sqliteServerSchemaSteps()
{
    return {
        // 1: spaces with their log head, the log, devices, membership, invites, key wraps.
        // Ids are raw 16-byte blobs. hlc is the unsigned 64-bit stamp stored bit for bit as a
        // signed integer. The log keeps each record's chain value so chainAt() is one lookup.
        QStringLiteral(R"sql(
CREATE TABLE spaces (
    space_id BLOB PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    head_seq INTEGER NOT NULL DEFAULT 0,
    head_chain BLOB NOT NULL
);
CREATE TABLE log (
    space_id BLOB NOT NULL REFERENCES spaces (space_id),
    seq INTEGER NOT NULL,
    change_id BLOB NOT NULL,
    device_id BLOB NOT NULL,
    device_seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    envelope BLOB NOT NULL,
    chain BLOB NOT NULL,
    PRIMARY KEY (space_id, seq)
);
CREATE UNIQUE INDEX log_change ON log (space_id, change_id);
CREATE INDEX log_device ON log (space_id, device_id, device_seq);
CREATE TABLE devices (
    device_id BLOB PRIMARY KEY NOT NULL,
    sign_key BLOB NOT NULL,
    box_key BLOB NOT NULL,
    label TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE membership (
    space_id BLOB NOT NULL REFERENCES spaces (space_id),
    idx INTEGER NOT NULL,
    entry BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (space_id, idx)
);
CREATE TABLE members (
    space_id BLOB NOT NULL REFERENCES spaces (space_id),
    device_id BLOB NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (space_id, device_id)
);
CREATE INDEX members_device ON members (device_id);
CREATE TABLE invites (
    invite_id BLOB PRIMARY KEY NOT NULL,
    space_id BLOB NOT NULL REFERENCES spaces (space_id),
    verify_key BLOB NOT NULL,
    role TEXT NOT NULL,
    created_by BLOB,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER NOT NULL DEFAULT 0,
    used_by BLOB
);
CREATE TABLE key_wraps (
    space_id BLOB NOT NULL REFERENCES spaces (space_id),
    epoch INTEGER NOT NULL,
    device_id BLOB NOT NULL,
    sealed BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (space_id, device_id, epoch)
);
)sql"),
    };
}

} // namespace lintas::server
