#include "crypto/PassphraseStrength.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfilePolicy.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;
using Reason = PassphraseStrength::Reason;

namespace {

constexpr int kMin = profile::ProfilePolicy::MinPassphraseChars;

PassphraseStrength::Estimate judge(const QString &passphrase, const QStringList &personal = {})
{
    return PassphraseStrength::estimate(passphrase, kMin, personal);
}

} // namespace

TEST_CASE("passphrase strength says 'too short' exactly when the profile policy refuses", "[crypto][passphrase]")
{
    // Code points, not UTF-16 units or bytes: emoji are two units, Javanese script three bytes.
    const QString pieces[] = {QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("7"), QStringLiteral("é"),
        QStringLiteral("ꦏ"), QString::fromUtf8("\xF0\x9F\x98\x80"), QStringLiteral("Z"), QStringLiteral("e\u0301")};
    for (const QString &piece : pieces) {
        QString text;
        for (int n = 0; n <= kMin + 2; ++n) {
            const auto estimate = judge(text);
            const bool refused = !profile::ProfilePolicy::checkPassphrase(SecretBytes::fromUtf8(text)).ok();
            INFO("piece " << piece.toStdString() << " times " << n);
            CHECK((estimate.score == 0) == refused);
            CHECK((estimate.reason == Reason::TooShort) == refused);
            CHECK(estimate.codePoints == text.toUcs4().size());
            text += piece;
        }
    }
    // Whatever it guesses, "too short" never turns into a good verdict and back.
    CHECK(judge(QStringLiteral("Xk9#mQ2$v")).score == 0);
    CHECK(judge(QStringLiteral("Xk9#mQ2$vL")).score == PassphraseStrength::MaxScore);
}

TEST_CASE("common passwords and their disguises are weak", "[crypto][passphrase]")
{
    const char *common[] = {"password123", "P@ssw0rd1234", "bismillah123", "indonesia2024", "sayangku123456",
        "aku sayang kamu", "iloveyou2024", "qwerty123456", "rahasia sekali", "1qaz2wsx3edc", "Alhamdulillah"};
    for (const char *text : common) {
        INFO(text);
        const auto estimate = judge(QString::fromUtf8(text));
        CHECK(estimate.score == 1);
        CHECK(estimate.reason == Reason::CommonPassword);
    }
}

TEST_CASE("passphrase strength names the pattern that makes it weak", "[crypto][passphrase]")
{
    const std::pair<const char *, Reason> cases[] = {
        {"aaaaaaaaaaaa", Reason::Repeated},
        {"kopikopikopi", Reason::Repeated},
        {"abcdefghijkl", Reason::Sequence},
        {"9876543210", Reason::Sequence},
        {"asdfghjkl;'", Reason::KeyboardPattern},
        {"17081945 1985", Reason::Date},
        {"3275046508891742", Reason::OnlyNumbers}, // NIK-shaped
        {"merah putih", Reason::TooFewWords},
    };
    for (const auto &[text, reason] : cases) {
        INFO(text);
        const auto estimate = judge(QString::fromUtf8(text));
        CHECK(estimate.score == 1);
        CHECK(estimate.reason == reason);
    }
}

TEST_CASE("digits alone are never more than weak", "[crypto][passphrase]")
{
    for (const char *text : {"0812 3456 7890", "5213 9908 4471 2286", "74920183746592018374"}) {
        INFO(text);
        CHECK(judge(QString::fromUtf8(text)).score == 1);
    }
}

TEST_CASE("a passphrase built on the person's own name is weak", "[crypto][passphrase]")
{
    const QStringList name {QStringLiteral("Siti Aminah")};
    for (const char *text : {"Siti Aminah 1985", "sitiaminah2024", "aminah aminah"}) {
        INFO(text);
        const auto estimate = judge(QString::fromUtf8(text), name);
        CHECK(estimate.score == 1);
        CHECK((estimate.reason == Reason::PersonalInfo || estimate.reason == Reason::Repeated));
    }
    CHECK(judge(QStringLiteral("Siti Aminah 1985"), name).bits < judge(QStringLiteral("Siti Aminah 1985")).bits);
}

TEST_CASE("several words make a strong passphrase, more words a stronger one", "[crypto][passphrase]")
{
    CHECK(judge(QStringLiteral("kucing hitam lari")).score == 2);
    CHECK(judge(QStringLiteral("kucing hitam lari")).reason == Reason::TooFewWords);
    for (const char *text : {"garam dan gula jawa", "kopi tubruk tanpa gula", "saya suka makan nasi goreng",
             "kopi pahit di pasar Metro", "correct horse battery staple"}) {
        INFO(text);
        const auto estimate = judge(QString::fromUtf8(text));
        CHECK(estimate.score >= 3);
        CHECK(estimate.reason == Reason::None);
    }
    CHECK(judge(QStringLiteral("saya suka makan nasi goreng")).score == PassphraseStrength::MaxScore);

    // Each word added makes it stronger (within a word it may not: "huja" is priced as a rare
    // word, "hujan" as a common one).
    const QStringList words = QStringLiteral("hujan turun pelan di kampung nelayan tua").split(QLatin1Char(' '));
    double previous = 0;
    for (qsizetype count = 1; count <= words.size(); ++count) {
        const QString text = words.first(count).join(QLatin1Char(' '));
        const double bits = judge(text).bits;
        INFO(text.toStdString());
        CHECK(bits > previous);
        previous = bits;
    }
}

TEST_CASE("random characters are priced by brute force", "[crypto][passphrase]")
{
    CHECK(judge(QStringLiteral("Xk9#mQ2$vLp8")).score == PassphraseStrength::MaxScore);
    // Capitals where people put them, and look-alike digits, add little.
    const double plain = judge(QStringLiteral("matahari terbit")).bits;
    CHECK(judge(QStringLiteral("Matahari terbit")).bits - plain <= 1.0 + 1e-9);
    CHECK(judge(QStringLiteral("m4t4h4ri terbit")).bits - plain <= 3.0 + 1e-9);
}

TEST_CASE("passphrase strength copes with very long and unusual input", "[crypto][passphrase]")
{
    QElapsedTimer timer;
    timer.start();
    const auto repeated = judge(QString(5000, QLatin1Char('a')));
    CHECK(repeated.score == 1);
    CHECK(repeated.codePoints == 5000);
    QString mixed;
    for (int i = 0; i < 2000; ++i)
        mixed += QChar(u'!' + (i * 37) % 90);
    CHECK(judge(mixed).score == PassphraseStrength::MaxScore);
    // Javanese script and emoji: judged, not rejected.
    CHECK(judge(QStringLiteral("ꦏꦺꦴꦥꦶ ꦠꦸꦧꦿꦸꦏ꧀ ꦠꦤ꧀ꦥ ꦒꦸꦭ")).score >= 3);
    CHECK(judge(QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
                                  "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"))
              .reason
        == Reason::Repeated);
    // Runs on every key press: well under the time between two.
    CHECK(timer.elapsed() < 1000);
}
