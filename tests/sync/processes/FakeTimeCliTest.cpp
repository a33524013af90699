// SYNC.md test 7 with real processes: lintas-cli run under libfaketime with its clock a year ahead
// or five years behind syncs with a real server (whose clock is right). Each laptop learns its
// offset from the server; what it writes afterwards is stamped with corrected time and reaches
// the other; nobody is stranded and nothing is quarantined.

#include "CliOrg.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

const QString kFakeTime = QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kYear = 365 * kDay;

test::CliRun runAt(const test::CliOrg &org, const QString &offset, const QString &profile, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = org.environment();
    env.insert(QStringLiteral("LD_PRELOAD"), kFakeTime);
    env.insert(QStringLiteral("FAKETIME"), offset);
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINTAS_CLI_PATH), org.argsAs(profile, args));
    REQUIRE(p.waitForFinished(120'000));
    test::CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    UNSCOPED_INFO("FAKETIME=" << offset.toStdString() << " lintas-cli " << args.join(QLatin1Char(' ')).toStdString()
                              << " → " << r.exitCode << "\nstdout: " << r.out.left(600).toStdString()
                              << "\nstderr: " << r.err.left(600).toStdString());
    return r;
}

} // namespace

TEST_CASE("lintas-cli with its clock a year ahead and five years behind (libfaketime): both learn the offset, edits "
          "flow both ways, nothing is quarantined",
    "[sync][processes][clock]")
{
    if (!QFileInfo::exists(kFakeTime)) {
        WARN("libfaketime is not installed; skipped");
        return;
    }
    test::CliOrg org;
    const QString ahead = QStringLiteral("+1y");
    const QString behind = QStringLiteral("-5y");
    // The fake clock really is what lintas-cli sees.
    const test::CliRun first
        = runAt(org, behind, QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync")});
    REQUIRE(first.exitCode == 0);
    CHECK(std::abs(first.json().value(QStringLiteral("clock_offset_ms")).toDouble() - 5.0 * kYear) < 2.0 * kDay);
    const test::CliRun second
        = runAt(org, ahead, QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("sync")});
    REQUIRE(second.exitCode == 0);
    CHECK(std::abs(second.json().value(QStringLiteral("clock_offset_ms")).toDouble() + kYear) < 2.0 * kDay);

    REQUIRE(runAt(org, behind, QStringLiteral("Sri"),
                {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                    QStringLiteral("Dari Laptop Lama")})
                .exitCode
        == 0);
    REQUIRE(runAt(org, ahead, QStringLiteral("Eni"),
                {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                    QStringLiteral("Dari Laptop Baru")})
                .exitCode
        == 0);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(runAt(org, behind, QStringLiteral("Sri"), {QStringLiteral("sync")}).exitCode == 0);
        REQUIRE(runAt(org, ahead, QStringLiteral("Eni"), {QStringLiteral("sync")}).exitCode == 0);
    }
    for (const auto &[who, offset] :
        {std::pair {QStringLiteral("Sri"), behind}, std::pair {QStringLiteral("Eni"), ahead}}) {
        INFO(who.toStdString());
        const QString list
            = QString::fromUtf8(runAt(org, offset, who, {QStringLiteral("client"), QStringLiteral("list")}).out);
        CHECK(list.contains(QStringLiteral("Dari Laptop Lama")));
        CHECK(list.contains(QStringLiteral("Dari Laptop Baru")));
        const test::CliRun status
            = runAt(org, offset, who, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
        CHECK(status.json().value(QStringLiteral("quarantined")).toInt() == 0);
        CHECK(status.json().value(QStringLiteral("waiting")).toInt() == 0);
    }
}

// A laptop synced while its clock was five years behind keeps the offset it learnt (+5 years). Its
// clock is then put right (a new CMOS battery) and it writes before syncing again: the write is
// stamped with the stale offset, five years ahead. It is re-stamped at the next sync, before it is
// first sent, so nobody sets it aside and the laptop's HLC comes back to the present.
TEST_CASE(
    "a laptop whose clock was put right after it synced five years behind is not stranded", "[sync][processes][clock]")
{
    if (!QFileInfo::exists(kFakeTime)) {
        WARN("libfaketime is not installed; skipped");
        return;
    }
    test::CliOrg org;
    REQUIRE(runAt(org, QStringLiteral("-5y"), QStringLiteral("Sri"), {QStringLiteral("sync")}).exitCode == 0);
    REQUIRE(org.as(QStringLiteral("Sri"),
                   {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                       QStringLiteral("Sesudah Jam Diperbaiki")})
                .exitCode
        == 0);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(org.as(QStringLiteral("Sri"), {QStringLiteral("sync")}).exitCode == 0);
        REQUIRE(org.as(QStringLiteral("Eni"), {QStringLiteral("sync")}).exitCode == 0);
    }
    const QString list
        = QString::fromUtf8(org.as(QStringLiteral("Eni"), {QStringLiteral("client"), QStringLiteral("list")}).out);
    CHECK(list.contains(QStringLiteral("Sesudah Jam Diperbaiki")));
    const test::CliRun status
        = org.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(status.json().value(QStringLiteral("quarantined")).toInt() == 0);
}
