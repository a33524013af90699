#include "domain/IdentityKey.h"

namespace lintas::domain {

namespace {

QString digitsOf(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isDigit())
            out += QChar(QLatin1Char(char('0' + c.digitValue())));
    }
    return out;
}

bool international(const QString &number)
{
    const QString t = number.trimmed();
    return t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1String("00"));
}

// A canonical form that has no country code: written locally abroad.
bool isLocalForeign(const QString &canonical)
{
    return canonical.size() <= 8;
}

} // namespace

QString IdentityKey::document(const QString &number)
{
    QString out;
    for (QChar c : number) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString IdentityKey::phone(const QString &number)
{
    QString d = digitsOf(number);
    if (d.size() < 6)
        return {};
    if (international(number)) {
        if (d.startsWith(QLatin1String("00")))
            d.remove(0, 2);
        if (d.startsWith(QLatin1String("620")))
            d.remove(2, 1); // "+62 0812…": the trunk 0 typed after the country code
        return d;
    }
    if (d.startsWith(QLatin1Char('0')))
        return QStringLiteral("62") + d.mid(1); // Indonesian trunk prefix
    if (d.startsWith(QLatin1String("62")) && d.size() >= 10)
        return d.startsWith(QLatin1String("620")) ? QStringLiteral("62") + d.mid(3) : d;
    if (d.startsWith(QLatin1Char('8')) && d.size() >= 9)
        return QStringLiteral("62") + d; // an Indonesian mobile typed without its 0
    return d;
}

bool IdentityKey::samePhone(const QString &a, const QString &b)
{
    const QString ca = phone(a), cb = phone(b);
    if (ca.isEmpty() || cb.isEmpty())
        return false;
    if (ca == cb)
        return true;
    const QString &shorter = ca.size() < cb.size() ? ca : cb;
    const QString &longer = ca.size() < cb.size() ? cb : ca;
    if (shorter.size() >= 8 && isLocalForeign(shorter) && longer.endsWith(shorter))
        return true;
    return ca.size() >= 10 && cb.size() >= 10 && ca.right(9) == cb.right(9);
}

QString IdentityKey::phoneIndexKey(const QString &number)
{
    const QString c = phone(number);
    return c.size() >= 8 ? c.right(8) : QString();
}

} // namespace lintas::domain
