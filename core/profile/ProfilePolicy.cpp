#include "profile/ProfilePolicy.h"

#include "crypto/SecretBytes.h"

#include <cstddef>

namespace lintas::profile {

namespace {

// Number of code points in UTF-8, or -1 if the bytes are not valid UTF-8 (overlong forms,
// surrogates and truncated sequences included): the bytes reach Argon2id as they are, so a
// passphrase that different input paths could encode differently must not be accepted.
int codePoints(const unsigned char *s, std::size_t n)
{
    int count = 0;
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        std::size_t len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return -1;
        }
        if (i + len > n)
            return -1;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return -1;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        static constexpr char32_t minForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minForLength[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return -1;
        i += len;
        ++count;
    }
    return count;
}

} // namespace

Result<QString> ProfilePolicy::checkDisplayName(const QString &displayName)
{
    const QString name = displayName.trimmed();
    const QString field = QStringLiteral("displayName");
    if (name.isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("display name is empty"), field);
    if (name.size() > MaxDisplayNameChars)
        return makeError(ErrorCode::Validation,
            QStringLiteral("display name is longer than %1 characters").arg(MaxDisplayNameChars), field);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::Validation, QStringLiteral("display name contains a control character"), field);
    }
    return name;
}

Status ProfilePolicy::checkPassphrase(const SecretBytes &passphraseUtf8)
{
    const QString field = QStringLiteral("passphrase");
    const int chars = passphraseUtf8.isEmpty() ? 0 : codePoints(passphraseUtf8.data(), passphraseUtf8.size());
    if (chars < 0)
        return makeError(ErrorCode::Validation, QStringLiteral("passphrase is not valid UTF-8"), field);
    if (chars < MinPassphraseChars)
        return makeError(ErrorCode::Validation,
            QStringLiteral("passphrase must have at least %1 characters").arg(MinPassphraseChars), field);
    return {};
}

bool ProfilePolicy::sameDisplayName(const QString &a, const QString &b)
{
    return a.trimmed().toCaseFolded() == b.trimmed().toCaseFolded();
}

} // namespace lintas::profile
