#include "i18n/LanguageManager.h"
#include "search/GlobalSearchBox.h"
#include "search/GlobalSearchModel.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

struct SearchWindow {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    QWidget window;
    ui::GlobalSearchBox *box = nullptr;
    QLineEdit *elsewhere = nullptr;
    domain::Case sitiCase;

    SearchWindow()
    {
        languages.setLanguage(QStringLiteral("en"));
        const domain::Client siti = f.addClient(QStringLiteral("Siti Aminah"));
        sitiCase = f.addCase(siti.id);
        f.addClient(QStringLiteral("Sitti Rohmah"));
        domain::Note note;
        note.caseId = sitiCase.id;
        note.kind = QStringLiteral("note");
        note.body = QStringLiteral("The employer in Tai Po kept her passport.");
        note.occurredAt = f.clock.nowMs();
        REQUIRE(f.ws->notes().create(note).ok());

        box = new ui::GlobalSearchBox(&window);
        elsewhere = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(box);
        layout->addWidget(elsewhere);
        layout->addStretch();
        window.resize(800, 600);
        box->setWorkspace(f.ws.get());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("global search finds clients, cases and notes as you type and opens one with the keyboard", "[ui][search]")
{
    SearchWindow s;
    QAbstractItemModelTester tester(s.box->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Ctrl+K from another field.
    s.elsewhere->setFocus();
    QTest::keyClick(s.elsewhere, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(s.box->hasFocus());

    QTest::keyClicks(s.box, QStringLiteral("siti"));
    REQUIRE(test::waitUntil([&] { return s.box->resultsShown(); }));
    ui::GlobalSearchModel *model = s.box->model();
    QStringList kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds << model->index(row).data(ui::GlobalSearchModel::KindRole).toString();
    CHECK(kinds.contains(QStringLiteral("client")));
    CHECK(kinds.contains(QStringLiteral("case")));
    CHECK(s.box->hasFocus()); // the cursor stays in the field
    CHECK(model->index(0).data().toString().contains(QStringLiteral("Siti Aminah")));

    // Words from a note find the note; Enter before the typing pause searches first.
    s.box->clear();
    QTest::keyClicks(s.box, QStringLiteral("tai po passport"));
    QSignalSpy chosen(s.box, &ui::GlobalSearchBox::hitChosen);
    QTest::keyClick(s.box, Qt::Key_Return);
    REQUIRE(chosen.size() == 1);
    const auto hit = chosen.at(0).at(0).value<search::SearchHit>();
    CHECK(hit.kind == QStringLiteral("note"));
    CHECK(hit.caseId == s.sitiCase.id);
    CHECK_FALSE(s.box->resultsShown());

    // Down moves through the results; Escape closes them, a second Escape empties the field.
    s.box->clear();
    QTest::keyClicks(s.box, QStringLiteral("sit"));
    s.box->searchNow();
    REQUIRE(model->rowCount() >= 2);
    QTest::keyClick(s.box, Qt::Key_Down);
    CHECK(s.box->resultList()->currentIndex().row() == 1);
    QTest::keyClick(s.box, Qt::Key_Up);
    CHECK(s.box->resultList()->currentIndex().row() == 0);
    QTest::keyClick(s.box, Qt::Key_Escape);
    CHECK_FALSE(s.box->resultsShown());
    CHECK(s.box->text() == QStringLiteral("sit"));
    QTest::keyClick(s.box, Qt::Key_Escape);
    CHECK(s.box->text().isEmpty());
}

TEST_CASE("global search says when nothing matches and forgets everything when locked", "[ui][search]")
{
    SearchWindow s;
    s.box->setFocus();
    QTest::keyClicks(s.box, QStringLiteral("zzqx"));
    s.box->searchNow();
    REQUIRE(s.box->resultsShown());
    auto *status = s.box->window()->findChild<QLabel *>(QStringLiteral("globalSearchStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Nothing found for “zzqx”."));
    s.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] { return status->text() == QStringLiteral("Tidak ada hasil untuk “zzqx”."); }));
    CHECK(s.box->placeholderText() == QStringLiteral("Cari klien, kasus, catatan (Ctrl+K)"));

    s.box->clear();
    QTest::keyClicks(s.box, QStringLiteral("s"));
    s.box->searchNow();
    REQUIRE(s.box->resultsShown());
    CHECK(s.box->model()->rowCount() == 0); // one letter is not searched
    CHECK(status->text() == QStringLiteral("Ketik paling sedikit dua huruf atau angka untuk mencari."));

    s.box->clear();
    QTest::keyClicks(s.box, QStringLiteral("siti"));
    s.box->searchNow();
    REQUIRE(s.box->model()->rowCount() > 0);
    s.box->setWorkspace(nullptr);
    CHECK(s.box->text().isEmpty());
    CHECK(s.box->model()->rowCount() == 0);
    CHECK_FALSE(s.box->resultsShown());
    QTest::keyClicks(s.box, QStringLiteral("siti"));
    s.box->searchNow(); // no workspace: nothing to search, nothing crashes
    CHECK(s.box->model()->rowCount() == 0);
}
