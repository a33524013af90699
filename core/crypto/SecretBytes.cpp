#include "crypto/SecretBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace lintas {

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    crypto::ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of locked memory is fatal, like any allocation failure
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecretBytes::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes before unlocking and freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::fromBytes(const void *data, std::size_t size)
{
    SecretBytes out(size);
    if (size)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes out = fromBytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes out(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char *>(out.m_data), out.m_size, m_data, m_size);
    out.m_size = m_size * 2; // drop the terminating NUL from the visible size
    return out;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

QByteArray SecretBytes::exposeCopy() const
{
    return QByteArray(reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size));
}

} // namespace lintas
