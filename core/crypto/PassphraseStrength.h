#pragma once

#include <QStringList>
#include <QStringView>

namespace lintas::crypto {

// A rough estimate of how well a passphrase would stand up to guessing on a stolen laptop, for
// the meter under the passphrase field. It looks for what guessing tools try first — very common
// passwords, common Indonesian and English words, names, years and dates, repeats, sequences and
// keyboard runs — and prices the rest by brute force (a small zxcvbn: cheapest cover of the text
// by such pieces, in bits).
//
// It never refuses anything: the minimum is ProfilePolicy's, passed in, and score 0 means exactly
// "shorter than that minimum" (counted in code points as the policy counts them), so the meter
// and the Create button can never disagree.
class PassphraseStrength {
public:
    static constexpr int MaxScore = 4;

    // Why the score is not higher, as a code; the UI words it (and suggests what to do).
    enum class Reason {
        None, // strong or very strong: nothing to fix
        TooShort, // fewer code points than the minimum (score 0)
        CommonPassword, // one of the passwords tried first ("sayang", "bismillah", "p@ssw0rd")
        PersonalInfo, // the person's own name
        Repeated, // "aaaa", "kopikopi"
        Sequence, // "1234", "abcd", "9876"
        KeyboardPattern, // "qwerty", "asdfgh"
        Date, // years and dates ("1985", "17081945")
        OnlyNumbers, // digits only: dates, phone, ID and card numbers are found out, not guessed
        TooFewWords, // just short or predictable: more words help most
    };

    struct Estimate {
        int score = 0; // 0 too short (refused) · 1 weak · 2 fair · 3 strong · 4 very strong
        Reason reason = Reason::TooShort;
        double bits = 0; // log2 of the guesses this estimate thinks an attacker needs
        int codePoints = 0; // what the minimum is counted in
    };

    // `personalWords`: what the person already told us (their display name); a passphrase built
    // on it is weak even though no list contains it. Working copies of the passphrase are wiped
    // before returning.
    static Estimate estimate(QStringView passphrase, int minimumChars, const QStringList &personalWords = {});
};

} // namespace lintas::crypto
