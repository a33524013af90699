#include "crypto/RecoveryCode.h"
#include "base/RandomSource.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QString compact(const QString &code)
{
    QString out = code;
    return out.remove(QLatin1Char('-'));
}

QString grouped(const QString &compactCode)
{
    QString out;
    for (qsizetype i = 0; i < compactCode.size(); ++i) {
        if (i > 0 && i % 5 == 0)
            out += QLatin1Char('-');
        out += compactCode[i];
    }
    return out;
}

void requireInvalid(const QString &typed)
{
    auto r = RecoveryCode::normalise(typed);
    INFO(typed.toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Validation);
    CHECK(r.error().field == QStringLiteral("recoveryCode"));
}

} // namespace

TEST_CASE("recovery codes are 25 Crockford symbols in five dash-separated groups", "[crypto][recovery]")
{
    SeededRandom random(30);
    const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const QString code = RecoveryCode::generate(random);
        INFO(code.toStdString());
        REQUIRE(shape.match(code).hasMatch());
        auto normalised = RecoveryCode::normalise(code);
        REQUIRE(normalised.ok());
        CHECK(*normalised == code);
        seen.insert(code);
    }
    CHECK(seen.size() == 500);

    SeededRandom replay(30);
    SeededRandom replayAgain(30);
    CHECK(RecoveryCode::generate(replay) == RecoveryCode::generate(replayAgain));
}

TEST_CASE("recovery code symbols use the whole alphabet in every data position", "[crypto][recovery]")
{
    // 120 random bits spread over 24 symbols: each position must see (nearly) all 32 values.
    SeededRandom random(31);
    std::vector<QSet<QChar>> perPosition(RecoveryCode::DataSymbols);
    for (int i = 0; i < 2000; ++i) {
        const QString c = compact(RecoveryCode::generate(random));
        for (int p = 0; p < RecoveryCode::DataSymbols; ++p)
            perPosition[static_cast<std::size_t>(p)].insert(c[p]);
    }
    for (int p = 0; p < RecoveryCode::DataSymbols; ++p) {
        INFO("position " << p);
        CHECK(perPosition[static_cast<std::size_t>(p)].size() == 32);
    }
}

TEST_CASE("normalise accepts what people type and paste", "[crypto][recovery]")
{
    SeededRandom random(32);
    const QString code = RecoveryCode::generate(random);
    const QString flat = compact(code);

    CHECK(RecoveryCode::normalise(code.toLower()).value() == code);
    CHECK(RecoveryCode::normalise(flat).value() == code);
    CHECK(RecoveryCode::normalise(QStringLiteral("  ") + code + QStringLiteral("\n")).value() == code);
    CHECK(RecoveryCode::normalise(QString(code).replace(QLatin1Char('-'), QLatin1Char(' '))).value() == code);
    CHECK(RecoveryCode::normalise(QString(code).replace(QLatin1Char('-'), QChar(0x2013))).value() == code);
    QString spaced;
    for (QChar c : flat)
        spaced += c + QStringLiteral(" ");
    CHECK(RecoveryCode::normalise(spaced).value() == code);
}

TEST_CASE("normalise maps Crockford look-alikes O to 0 and I, L to 1", "[crypto][recovery]")
{
    // Find codes containing 0 and 1 so the substitution is exercised.
    SeededRandom random(33);
    int exercised = 0;
    for (int i = 0; i < 200 && exercised < 20; ++i) {
        const QString code = RecoveryCode::generate(random);
        if (!code.contains(QLatin1Char('0')) || !code.contains(QLatin1Char('1')))
            continue;
        ++exercised;
        QString typed = code;
        typed.replace(QLatin1Char('0'), QLatin1Char('O'));
        CHECK(RecoveryCode::normalise(typed).value() == code);
        CHECK(RecoveryCode::normalise(typed.toLower()).value() == code);
        QString withI = code;
        CHECK(RecoveryCode::normalise(withI.replace(QLatin1Char('1'), QLatin1Char('I'))).value() == code);
        QString withL = code;
        CHECK(RecoveryCode::normalise(withL.replace(QLatin1Char('1'), QLatin1Char('l'))).value() == code);
    }
    CHECK(exercised == 20);
}

TEST_CASE("normalise rejects wrong lengths and foreign characters", "[crypto][recovery]")
{
    SeededRandom random(34);
    const QString flat = compact(RecoveryCode::generate(random));
    requireInvalid(QString());
    requireInvalid(grouped(flat.left(24)));
    requireInvalid(grouped(flat + QLatin1Char('0')));
    requireInvalid(QString(flat).replace(3, 1, QLatin1Char('U')));
    requireInvalid(QString(flat).replace(3, 1, QLatin1Char('*')));
    requireInvalid(QString(flat).replace(3, 1, QChar(0x00C9))); // É
    requireInvalid(QString(flat).replace(3, 1, QStringLiteral("٣"))); // Arabic-Indic digit three
}

TEST_CASE("the check symbol catches every single typo and every swap of two symbols", "[crypto][recovery]")
{
    SeededRandom random(35);
    for (int round = 0; round < 20; ++round) {
        const QString flat = compact(RecoveryCode::generate(random));
        for (int pos = 0; pos < RecoveryCode::Length; ++pos) {
            for (QChar replacement : kAlphabet) {
                if (replacement == flat[pos])
                    continue;
                QString typo = flat;
                typo[pos] = replacement;
                requireInvalid(grouped(typo));
            }
        }
        for (int i = 0; i < RecoveryCode::Length; ++i) {
            for (int j = i + 1; j < RecoveryCode::Length; ++j) {
                if (flat[i] == flat[j])
                    continue;
                QString swapped = flat;
                std::swap(swapped[i], swapped[j]);
                requireInvalid(grouped(swapped));
            }
        }
    }
}

TEST_CASE("random strings of the right shape are rejected about 31 times in 32", "[crypto][recovery]")
{
    SeededRandom random(36);
    int accepted = 0;
    const int trials = 3200;
    for (int i = 0; i < trials; ++i) {
        QString guess;
        for (int k = 0; k < RecoveryCode::Length; ++k)
            guess += kAlphabet[static_cast<qsizetype>(random.uniform(32))];
        if (RecoveryCode::normalise(guess).ok())
            ++accepted;
    }
    CHECK(accepted > trials / 32 / 2);
    CHECK(accepted < trials / 32 * 2);
}

TEST_CASE("recovery code KDF input is the 25 symbols without dashes", "[crypto][recovery]")
{
    SeededRandom random(37);
    const QString code = RecoveryCode::generate(random);
    const SecretBytes input = RecoveryCode::kdfInput(code);
    CHECK(input.exposeCopy() == compact(code).toLatin1());
}
