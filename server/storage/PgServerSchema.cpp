#include "storage/PgServerSchema.h"

namespace lintas::server {

QStringList pgServerSchemaSteps()
{
    return {
        // 1: the same tables as the SQLite schema (SqliteServerSchema.cpp). All integers are
        // bigint; hlc is the unsigned 64-bit stamp stored bit for bit as a signed bigint.
        QStringLiteral(R"sql(
CREATE TABLE spaces (
    space_id bytea PRIMARY KEY,
    name text NOT NULL,
    created_at bigint NOT NULL,
    head_seq bigint NOT NULL DEFAULT 0,
    head_chain bytea NOT NULL
);
CREATE TABLE log (
    space_id bytea NOT NULL REFERENCES spaces (space_id),
    seq bigint NOT NULL,
    change_id bytea NOT NULL,
    device_id bytea NOT NULL,
    device_seq bigint NOT NULL,
    hlc bigint NOT NULL,
    epoch bigint NOT NULL,
    received_at bigint NOT NULL,
    envelope bytea NOT NULL,
    chain bytea NOT NULL,
    PRIMARY KEY (space_id, seq)
);
CREATE UNIQUE INDEX log_change ON log (space_id, change_id);
CREATE INDEX log_device ON log (space_id, device_id, device_seq);
CREATE TABLE devices (
    device_id bytea PRIMARY KEY,
    sign_key bytea NOT NULL,
    box_key bytea NOT NULL,
    label text NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint NOT NULL DEFAULT 0,
    flags bigint NOT NULL DEFAULT 0
);
CREATE TABLE membership (
    space_id bytea NOT NULL REFERENCES spaces (space_id),
    idx bigint NOT NULL,
    entry bytea NOT NULL,
    hash bytea NOT NULL,
    PRIMARY KEY (space_id, idx)
);
CREATE TABLE members (
    space_id bytea NOT NULL REFERENCES spaces (space_id),
    device_id bytea NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (space_id, device_id)
);
CREATE INDEX members_device ON members (device_id);
CREATE TABLE invites (
    invite_id bytea PRIMARY KEY,
    space_id bytea NOT NULL REFERENCES spaces (space_id),
    verify_key bytea NOT NULL,
    role text NOT NULL,
    created_by bytea,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint NOT NULL DEFAULT 0,
    used_by bytea
);
CREATE TABLE key_wraps (
    space_id bytea NOT NULL REFERENCES spaces (space_id),
    epoch bigint NOT NULL,
    device_id bytea NOT NULL,
    sealed bytea NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (space_id, device_id, epoch)
);
)sql"),
    };
}

} // namespace lintas::server
