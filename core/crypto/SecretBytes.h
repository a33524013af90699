#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace lintas {

// A fixed-size secret (key, passphrase bytes) in locked, guard-paged memory that is zeroed when
// released (libsodium sodium_malloc/sodium_free). Move-only; never implicitly converted.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // Copies `data` in; the caller remains responsible for wiping its own copy.
    static SecretBytes fromBytes(const void *data, std::size_t size);
    // UTF-8 of a passphrase. QString storage cannot be locked; callers should clear theirs soon.
    static SecretBytes fromUtf8(const QString &text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Lowercase hex in another SecretBytes (for SQLCipher's raw-key pragma).
    SecretBytes toHex() const;
    bool equals(const SecretBytes &other) const; // constant time
    // Copies out into an unlocked QByteArray — only for values about to be sealed/encrypted.
    QByteArray exposeCopy() const;

private:
    void release();
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace lintas
