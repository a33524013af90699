#pragma once

#include "base/Result.h"
#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace lintas {
class RandomSource;
}

namespace lintas::protocol {

// Argon2id cost for invite codes. An invite lives for days, not years, and is guessed online
// against a rate-limited server or offline against inviteId + verifyKey (80 bits), so the
// "interactive" cost is enough; tests use the cheapest libsodium accepts.
struct InviteCost {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static InviteCost interactive();
    static InviteCost fastestForTests();
};

// What both people holding an invite code can compute and the server cannot:
// - inviteId (16 bytes): a keyed BLAKE2b of the code, the server's lookup key;
// - proof: an Ed25519 key from Argon2id(code, salt = inviteId); the server stores only its
//   public key (InviteRecord::verifyKey) and checks the joining device's registration with it;
// - macKey: from the same Argon2id output, never sent anywhere. The joiner MACs its device keys
//   with it (the admin's app checks them, so the server cannot swap a key) and the admin MACs
//   its welcome (the joiner checks it, so the server cannot invent a space or a membership log).
struct InviteSecrets {
    QByteArray inviteId;
    crypto::SigningKey proof;
    SecretBytes macKey;

    static Result<InviteSecrets> derive(const QString &code, const InviteCost &cost);
    // crypto_auth (HMAC-SHA-512-256) with a domain label.
    QByteArray mac(const QByteArray &label, const QByteArray &message) const;
    bool macValid(const QByteArray &label, const QByteArray &message, const QByteArray &tag) const;
};

// A one-time invite code: 16 random Crockford base32 symbols (80 bits) and one check symbol,
// shown as "XXXX-XXXX-XXXX-XXXX-X". Same alphabet, look-alike mapping and check (GF(32)
// weighted sum, catching every single substitution and every transposition) as RecoveryCode.
class InviteCode {
public:
    static constexpr int DataSymbols = 16;
    static constexpr int Length = DataSymbols + 1;
    static constexpr int GroupSize = 4;
    static constexpr int IdBytes = 16;

    static constexpr int EntropyBytes = DataSymbols * 5 / 8; // 10 bytes = 80 bits = 16 symbols

    static QString generate(RandomSource &random);
    // The code for these 80 bits: a code both sides can derive from a shared secret.
    static QString fromEntropy(const unsigned char (&raw)[EntropyBytes]);
    // Any case, spaces, dashes (also typographic ones), O→0, I/L→1. Returns the display form.
    // ErrorCode::Validation (field "inviteCode") for a wrong length, a foreign character or a
    // failed check symbol.
    static Result<QString> normalise(const QString &typed);
    // The 17 symbols without dashes. `code` must be normalised.
    static QByteArray compact(const QString &code);
    // The server's lookup key for a normalised code (no Argon2: it is also the Argon2 salt).
    static QByteArray inviteId(const QString &code);
};

// The text of the QR code an admin shows: "lintas:join?server=<url>&code=<code>".
struct JoinLink {
    QString serverUrl;
    QString code; // normalised

    QString toText() const;
    // Validation (field "joinLink") for another scheme, a missing server or a bad code.
    static Result<JoinLink> parse(const QString &text);
};

} // namespace lintas::protocol
