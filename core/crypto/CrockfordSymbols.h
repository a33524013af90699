#pragma once

#include <QChar>
#include <QString>

namespace lintas::crypto::crockford {

// Codes that people read aloud, type or copy by hand (recovery code, invite code) use Crockford's
// base32 alphabet, which has no I, L, O or U; what people type is mapped back (O → 0, I/L → 1).
inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The symbol's value 0–31, or -1 for a character outside the alphabet.
int valueOf(QChar ch);
// '-', spaces, and the hyphens and dashes (U+2010..U+2015, U+2212) that word processors and chat
// apps substitute when a code is forwarded.
bool isSeparator(QChar ch);

// Reads a typed code's symbols into `out`, skipping separators: how many there are (at most
// `length` + 1, which means "too long"), or -1 when a character is outside the alphabet.
int readSymbols(const QString &typed, int *out, int length);

// Check symbols in GF(2^5) (polynomial x^5 + x^2 + 1, primitive, so alpha = x has order 31).
// A valid code of n symbols satisfies sum_i alpha^i * v_i = 0. The weights alpha^0..alpha^(n-1)
// (n ≤ 31) are distinct and non-zero, so every single-symbol substitution and every swap of two
// different symbols, adjacent or not, changes the sum and is caught; random garbage passes with
// probability 1/32. A plain weighted sum mod 32 would miss some transpositions.
int syndrome(const int *symbols, int count);
// The symbol to put after `count` data symbols so that the whole code checks.
int checkSymbol(const int *symbols, int count);

} // namespace lintas::crypto::crockford
