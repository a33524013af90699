#pragma once

#include "crypto/SecretBytes.h"

#include <QMutex>
#include <QtGlobal>

#include <cstddef>
#include <functional>

namespace lintas::server {

// The keys that seal TLS session tickets for every connection of one server process, so that a
// device coming back an hour later on a new connection can resume its session instead of paying
// for a full handshake (decision D29). They live in locked memory only, never on disk: a restart
// makes new ones, and every device then does one full handshake. A new key is made when the
// current one is `rotationSeconds` old; the previous one still opens tickets for one more period,
// so a ticket whose lifetime is at most one period always finds its key.
// Thread-safe; the OpenSSL glue is in TlsSessionResumption.cpp.
class TlsTicketKeys {
public:
    static constexpr std::size_t kNameSize = 16; // sent in the clear inside every ticket
    static constexpr std::size_t kCipherKeySize = 32; // AES-256-CBC
    static constexpr std::size_t kMacKeySize = 32; // HMAC-SHA256

    // One key: name, then cipher key, then MAC key, in one locked buffer.
    struct Key {
        SecretBytes bytes;
        qint64 createdAt = 0;
        const unsigned char *name() const { return bytes.data(); }
        const unsigned char *cipherKey() const { return bytes.data() + kNameSize; }
        const unsigned char *macKey() const { return bytes.data() + kNameSize + kCipherKeySize; }
    };
    using Use = std::function<bool(const Key &key)>;

    // rotationSeconds > 0; times are seconds on a monotonic clock (see nowSeconds()).
    explicit TlsTicketKeys(qint64 rotationSeconds);

    // Calls use() with the key to seal a new ticket at `now`, rotating first when it is due.
    // Returns what use() returned.
    bool withSealingKey(qint64 now, const Use &use);
    // Calls use() with the key named `name` (kNameSize bytes) if it may still open tickets at
    // `now`: the current key, or the previous one within its extra period. Returns false without
    // calling use() when there is none; *isCurrent tells which one it was.
    bool withOpeningKey(const unsigned char *name, qint64 now, const Use &use, bool *isCurrent = nullptr);

    qint64 rotationSeconds() const { return m_rotationSeconds; }

    // The process's keys, rotated daily; made on first use.
    static TlsTicketKeys &process();
    static qint64 nowSeconds(); // monotonic: a wall-clock jump neither ages nor revives a key

private:
    void rotateIfDue(qint64 now);
    static Key makeKey(qint64 now);

    const qint64 m_rotationSeconds;
    QMutex m_mutex;
    Key m_current;
    Key m_previous; // empty when there is none
};

} // namespace lintas::server
