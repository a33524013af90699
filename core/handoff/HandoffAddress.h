#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace lintas::sync {
class SyncIdentity;
}

namespace lintas::handoff {

// Where hand-off packets can be sent: a profile's X25519 box key (packets are sealed to it), its
// Ed25519 signing key (replies are checked against it) and a display name. The keys are the
// profile's sync identity, which every profile has, joined to a server or not.
//
// Typed form: the version byte and both keys (65 bytes = 104 Crockford base32 symbols) in four
// blocks of 26 symbols, each followed by a check symbol (CrockfordSymbols: every single typo and
// every swap inside a block is caught), shown in groups of four. The name is not in the typed
// code (it would double its length); the QR text carries it.
struct HandoffAddress {
    static constexpr int Version = 1;
    static constexpr int BlockData = 26;
    static constexpr int Blocks = 4;
    static constexpr int CodeLength = Blocks * (BlockData + 1);
    static constexpr int KeyIdBytes = 16;

    QByteArray boxKey; // X25519, 32 bytes
    QByteArray signKey; // Ed25519, 32 bytes
    QString name;

    static HandoffAddress fromIdentity(const sync::SyncIdentity &identity, const QString &name);

    QString code() const;
    // Any case, spaces, dashes (also typographic ones), O→0, I/L→1. Refused (rule
    // handoff_address_code) for a wrong length, a foreign character or a failed check symbol.
    static Result<HandoffAddress> fromCode(const QString &typed);

    // "lintas:handoff?code=<code without dashes>&name=<percent-encoded name>"
    QString qrText() const;
    static Result<HandoffAddress> fromQrText(const QString &text);

    // What both people read out to each other: the same as the sync identity's fingerprint.
    QString fingerprint() const;
    // The recipient key id written in clear on a packet: the digest the fingerprint shows, so a
    // wrong recipient can be told whose packet it is (crypto::fingerprintText of it).
    QByteArray keyId() const;

    bool operator==(const HandoffAddress &other) const
    {
        return boxKey == other.boxKey && signKey == other.signKey && name == other.name;
    }
};

} // namespace lintas::handoff
