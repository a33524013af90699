#include "KeptInputHelpers.h"

#include <QTableView>

using namespace lintas;
using namespace lintas::test::kept;

namespace {

domain::Note addNote(test::WorkspaceFixture &f, const QString &caseId, const QString &body, qint64 hoursAgo)
{
    domain::Note note;
    note.caseId = caseId;
    note.kind = QStringLiteral("call");
    note.occurredAt = f.ws->clock().nowMs() - hoursAgo * 3600 * 1000;
    note.author = QStringLiteral("Dewi (caseworker)");
    note.body = body;
    auto created = f.ws->notes().create(note);
    REQUIRE(created.ok());
    return *created;
}

// The correction of the agency call, half written when Lintas locks.
struct Correcting : Casework {
    domain::Note call;
    domain::Note visit;
    const QString text
        = QStringLiteral("Called the agency in Mong Kok on Tuesday, not Monday; they deny owing HK$5,100.");

    Correcting()
    {
        call = addNote(f, kase.id, QStringLiteral("Called the agency in Mong Kok; they deny owing HK$5,100."), 5);
        visit = addNote(f, kase.id, QStringLiteral("Visited her at the shelter in Jordan."), 2);
        open();
        page->tabs()->setCurrentWidget(page->timeline());
        child<QTableView>(*page, "timelineTable")->selectRow(0);
        REQUIRE(page->timeline()->model()->noteAt(0)->id == call.id);
        page->timeline()->correctSelected();
        REQUIRE(page->timeline()->correctingNote() == call.id);
        child<QPlainTextEdit>(*page, "noteBody")->setPlainText(text);
        lockAndDelete(page);
        REQUIRE(keptKeys(f) == QStringList {QStringLiteral("case/%1/note").arg(kase.id)});
    }
    QLabel *gone() { return child<QLabel>(*page, "correctedNoteGone"); }
};

} // namespace

TEST_CASE("a correction half written when Lintas locks comes back as the correction of the same entry", "[ui][unsaved]")
{
    Correcting o;
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->timeline());
    CHECK(o.page->timeline()->correctingNote() == o.call.id);
    CHECK(child<QPlainTextEdit>(*o.page, "noteBody")->toPlainText() == o.text);
    CHECK(child<QPushButton>(*o.page, "cancelCorrectionButton")->isVisible());
    CHECK(child<QPushButton>(*o.page, "addNoteButton")->text() == QStringLiteral("&Add correction"));
    CHECK_FALSE(o.gone()->isVisible());
    CHECK(o.page->keptInput()->isVisible());
    CHECK(o.f.ws->notes().forCase(o.kase.id)->size() == 2); // nothing written until added

    REQUIRE(o.page->timeline()->addEntry());
    const auto notes = o.f.ws->notes().forCase(o.kase.id).value();
    REQUIRE(notes.size() == 3);
    const auto correction = std::find_if(
        notes.cbegin(), notes.cend(), [](const domain::Note &n) { return n.kind == QStringLiteral("correction"); });
    REQUIRE(correction != notes.cend());
    CHECK(correction->correctsNoteId == o.call.id);
    CHECK(correction->body == o.text);
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->keptInput()->isVisible());
    CHECK(o.page->timeline()->correctingNote().isEmpty());
}

TEST_CASE("a kept correction locked a second time is still the correction of that entry", "[ui][unsaved]")
{
    Correcting o;
    o.open();
    lockAndDelete(o.page);
    o.open();
    CHECK(o.page->timeline()->correctingNote() == o.call.id);
    CHECK(child<QPlainTextEdit>(*o.page, "noteBody")->toPlainText() == o.text);
}

TEST_CASE("discarding a kept correction leaves nothing typed and nothing being corrected", "[ui][unsaved]")
{
    Correcting o;
    o.open();
    QTest::mouseClick(child<QPushButton>(*o.page, "discardKeptInputButton"), Qt::LeftButton);
    CHECK(o.page->timeline()->correctingNote().isEmpty());
    CHECK_FALSE(o.page->timeline()->hasUnsavedText());
    CHECK_FALSE(child<QPushButton>(*o.page, "cancelCorrectionButton")->isVisible());
    CHECK(keptKeys(o.f).isEmpty());
    lockAndDelete(o.page);
    CHECK(keptKeys(o.f).isEmpty());
}

TEST_CASE("a kept correction whose entry is gone comes back as a new entry, and says so", "[ui][unsaved]")
{
    Correcting o;
    // Notes are never deleted through Lintas; a profile put back from an older copy can lack one.
    REQUIRE(o.f.db->execScript(QStringLiteral("DELETE FROM notes WHERE id = '%1'").arg(o.call.id)).ok());
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->timeline());
    CHECK(o.page->timeline()->correctingNote().isEmpty());
    CHECK(child<QPlainTextEdit>(*o.page, "noteBody")->toPlainText() == o.text);
    CHECK(o.gone()->isVisible());
    CHECK(o.gone()->text().contains(QStringLiteral("no longer in this timeline")));
    CHECK(o.f.ws->notes().forCase(o.kase.id)->size() == 1);

    REQUIRE(o.page->timeline()->addEntry());
    const auto notes = o.f.ws->notes().forCase(o.kase.id).value();
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(1).body == o.text);
    CHECK(notes.at(1).correctsNoteId.isEmpty());
    CHECK(notes.at(1).kind != QStringLiteral("correction"));
    CHECK_FALSE(o.gone()->isVisible());
    CHECK(keptKeys(o.f).isEmpty());
}
