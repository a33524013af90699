#include "crypto/CrockfordSymbols.h"

namespace lintas::crypto::crockford {

namespace {

int gfMul(int a, int b)
{
    int product = 0;
    while (b) {
        if (b & 1)
            product ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

int gfPow(int exponent)
{
    int r = 1;
    for (int i = 0; i < exponent; ++i)
        r = gfMul(r, 2);
    return r;
}

} // namespace

int valueOf(QChar ch)
{
    const char16_t c = ch.toUpper().unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    switch (c) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 10; i < 32; ++i) {
        if (c == static_cast<char16_t>(kAlphabet[i]))
            return i;
    }
    return -1;
}

bool isSeparator(QChar ch)
{
    const char16_t c = ch.unicode();
    return ch.isSpace() || c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

int readSymbols(const QString &typed, int *out, int length)
{
    int count = 0;
    for (QChar ch : typed) {
        if (isSeparator(ch))
            continue;
        const int value = valueOf(ch);
        if (value < 0)
            return -1;
        if (count == length)
            return length + 1;
        out[count++] = value;
    }
    return count;
}

int syndrome(const int *symbols, int count)
{
    int s = 0;
    for (int i = 0; i < count; ++i)
        s ^= gfMul(gfPow(i), symbols[i]);
    return s;
}

int checkSymbol(const int *symbols, int count)
{
    // alpha^count * c = S  =>  c = alpha^(31 - count) * S
    return gfMul(gfPow(31 - count), syndrome(symbols, count));
}

} // namespace lintas::crypto::crockford
