#include "protocol/InviteCode.h"

#include "base/RandomSource.h"

#include <catch2/catch.hpp>

using namespace lintas;
using protocol::InviteCode;
using protocol::InviteCost;
using protocol::InviteSecrets;
using protocol::JoinLink;

TEST_CASE("an invite code is 16 symbols and a check symbol in groups of four", "[protocol][invite]")
{
    SeededRandom random(1);
    const QString code = InviteCode::generate(random);
    CHECK(code.size() == 17 + 4);
    CHECK(code[4] == QLatin1Char('-'));
    CHECK(InviteCode::normalise(code).value() == code);
    // What people type: lower case, spaces, look-alikes, chat-app dashes.
    QString typed = code.toLower();
    typed.replace(QLatin1Char('-'), QChar(0x2013));
    CHECK(InviteCode::normalise(typed).value() == code);
    CHECK(InviteCode::generate(random) != code);
}

TEST_CASE("every single typo and every swap of an invite code is refused as invalid", "[protocol][invite]")
{
    SeededRandom random(2);
    const QString code = QString::fromLatin1(InviteCode::compact(InviteCode::generate(random)));
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    for (int i = 0; i < code.size(); ++i) {
        for (QChar c : alphabet) {
            if (c == code[i])
                continue;
            QString typo = code;
            typo[i] = c;
            const auto r = InviteCode::normalise(typo);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Validation);
            CHECK(r.error().field == QLatin1String("inviteCode"));
        }
        for (int j = i + 1; j < code.size(); ++j) {
            if (code[i] == code[j])
                continue;
            QString swapped = code;
            std::swap(swapped[i], swapped[j]);
            CHECK_FALSE(InviteCode::normalise(swapped).ok());
        }
    }
    CHECK_FALSE(InviteCode::normalise(code.left(16)).ok());
    CHECK_FALSE(InviteCode::normalise(code + QLatin1Char('0')).ok());
    CHECK_FALSE(InviteCode::normalise(code.left(16) + QLatin1Char('U')).ok());
}

TEST_CASE("invite secrets are the same for the same code and differ between codes", "[protocol][invite]")
{
    SeededRandom random(3);
    const QString a = InviteCode::generate(random);
    const QString b = InviteCode::generate(random);
    const auto a1 = InviteSecrets::derive(a, InviteCost::fastestForTests());
    const auto a2 = InviteSecrets::derive(a, InviteCost::fastestForTests());
    const auto b1 = InviteSecrets::derive(b, InviteCost::fastestForTests());
    REQUIRE(a1.ok());
    REQUIRE(a2.ok());
    REQUIRE(b1.ok());
    CHECK(a1->inviteId.size() == 16);
    CHECK(a1->inviteId == a2->inviteId);
    CHECK(a1->proof.publicKey() == a2->proof.publicKey());
    CHECK(a1->macKey.equals(a2->macKey));
    CHECK(a1->inviteId != b1->inviteId);
    CHECK(a1->proof.publicKey() != b1->proof.publicKey());
    CHECK_FALSE(a1->macKey.equals(b1->macKey));
    // Nothing the server sees gives the MAC key away: the id and the proof key are other bytes.
    CHECK(a1->inviteId != a1->macKey.exposeCopy().left(16));

    const QByteArray tag = a1->mac("label", "message");
    CHECK(a2->macValid("label", "message", tag));
    CHECK_FALSE(a2->macValid("label", "messagE", tag));
    CHECK_FALSE(a2->macValid("other", "message", tag));
    CHECK_FALSE(b1->macValid("label", "message", tag));
}

TEST_CASE("a join link carries the server and the code, and refuses anything else", "[protocol][invite]")
{
    SeededRandom random(4);
    const JoinLink link {
        QStringLiteral("https://sync.lbh-lampung.example:8443/lintas?x=1&y=2"), InviteCode::generate(random)};
    const QString text = link.toText();
    CHECK(text.startsWith(QLatin1String("lintas:join?server=")));
    const auto parsed = JoinLink::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->serverUrl == link.serverUrl);
    CHECK(parsed->code == link.code);

    CHECK_FALSE(JoinLink::parse(QStringLiteral("https://example.org/?code=") + link.code).ok());
    CHECK_FALSE(JoinLink::parse(QStringLiteral("lintas:join?code=") + link.code).ok());
    CHECK_FALSE(JoinLink::parse(QStringLiteral("lintas:join?server=ftp%3A%2F%2Fx&code=") + link.code).ok());
    QString typo = link.code;
    typo[0] = typo[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const auto bad = JoinLink::parse(QStringLiteral("lintas:join?server=https%3A%2F%2Fx&code=") + typo);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QLatin1String("inviteCode"));
}
