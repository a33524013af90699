#include "sync/LineMerge.h"

#include <catch2/catch.hpp>

using lintas::sync::mergeLines;

namespace {

const QString kBase = QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                                     "3 Mar: gaji tidak dibayar\n"
                                     "9 Apr: paspor ditahan agen\n");

} // namespace

TEST_CASE("edits of different lines both survive, in either order", "[sync][merge]")
{
    const QString older = QStringLiteral("12 Jan: berangkat ke Hong Kong (Sha Tin)\n"
                                         "3 Mar: gaji tidak dibayar\n"
                                         "9 Apr: paspor ditahan agen\n");
    const QString newer = QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                                         "3 Mar: gaji tidak dibayar\n"
                                         "9 Apr: paspor ditahan agen di Lampung\n");
    const auto merged = mergeLines(kBase, older, newer);
    REQUIRE(merged);
    CHECK(*merged
        == QStringLiteral("12 Jan: berangkat ke Hong Kong (Sha Tin)\n"
                          "3 Mar: gaji tidak dibayar\n"
                          "9 Apr: paspor ditahan agen di Lampung\n"));
    // Disjoint edits do not depend on which write is the older one.
    CHECK(mergeLines(kBase, newer, older) == merged);
}

TEST_CASE("lines both add at the end are all kept, the older write's first", "[sync][merge]")
{
    const QString older = kBase + QStringLiteral("20 Apr: lapor ke BP3MI\n");
    const QString newer = kBase + QStringLiteral("21 Apr: sidang Labour Tribunal\n");
    const auto merged = mergeLines(kBase, older, newer);
    REQUIRE(merged);
    CHECK(*merged == kBase + QStringLiteral("20 Apr: lapor ke BP3MI\n21 Apr: sidang Labour Tribunal\n"));
    const auto swapped = mergeLines(kBase, newer, older);
    REQUIRE(swapped);
    CHECK(*swapped == kBase + QStringLiteral("21 Apr: sidang Labour Tribunal\n20 Apr: lapor ke BP3MI\n"));
}

TEST_CASE("a text without a final line break still takes additions from both", "[sync][merge]")
{
    const QString base = QStringLiteral("Tuntutan: gaji 3 bulan");
    const auto merged
        = mergeLines(base, base + QStringLiteral("\nbiaya agen"), base + QStringLiteral("\ntiket pulang"));
    REQUIRE(merged);
    CHECK(*merged == QStringLiteral("Tuntutan: gaji 3 bulan\nbiaya agen\ntiket pulang"));
}

TEST_CASE("two people writing into an empty field keep both texts", "[sync][merge]")
{
    CHECK(mergeLines(QString(), QStringLiteral("Strategi A"), QStringLiteral("Strategi B"))
        == QStringLiteral("Strategi A\nStrategi B"));
    CHECK(mergeLines(QString(), QStringLiteral("Strategi A\n"), QStringLiteral("Strategi B\n"))
        == QStringLiteral("Strategi A\nStrategi B\n"));
}

TEST_CASE("the same line changed two ways cannot merge", "[sync][merge]")
{
    const QString older = QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                                         "3 Mar: gaji dibayar separuh\n"
                                         "9 Apr: paspor ditahan agen\n");
    const QString newer = QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                                         "3 Mar: gaji tidak dibayar 2 bulan\n"
                                         "9 Apr: paspor ditahan agen\n");
    CHECK_FALSE(mergeLines(kBase, older, newer));
    // One side deleting a line the other changed is the same kind of clash.
    const QString deleted = QStringLiteral("12 Jan: berangkat ke Hong Kong\n9 Apr: paspor ditahan agen\n");
    CHECK_FALSE(mergeLines(kBase, deleted, newer));
}

TEST_CASE("deletions, identical edits and one-sided edits merge plainly", "[sync][merge]")
{
    const QString removedFirst = QStringLiteral("3 Mar: gaji tidak dibayar\n9 Apr: paspor ditahan agen\n");
    const QString appended = kBase + QStringLiteral("1 Mei: mediasi\n");
    CHECK(mergeLines(kBase, removedFirst, appended)
        == QStringLiteral("3 Mar: gaji tidak dibayar\n9 Apr: paspor ditahan agen\n1 Mei: mediasi\n"));
    CHECK(mergeLines(kBase, appended, appended) == appended);
    CHECK(mergeLines(kBase, kBase, appended) == appended);
    CHECK(mergeLines(kBase, appended, kBase) == appended);
}

TEST_CASE("texts too large to compare are left to the conflict log", "[sync][merge]")
{
    // Every line differs, so nothing can be trimmed and the comparison grid stays full size.
    QString base;
    QString older;
    QString newer;
    for (int i = 0; i < 2'500; ++i) {
        base += QStringLiteral("b%1\n").arg(i);
        older += QStringLiteral("o%1\n").arg(i);
        newer += QStringLiteral("n%1\n").arg(i);
    }
    CHECK_FALSE(mergeLines(base, older, newer));
}
