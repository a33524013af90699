#include "activities/ActivitiesPage.h"
#include "activities/ActivityEditor.h"
#include "activities/ActivityFilterBar.h"
#include "activities/ActivityListModel.h"
#include "activities/ParticipantGrid.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "ui/activities/ActivityTestData.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using ui::ActivityListModel;

namespace {

struct OpenPage {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    std::unique_ptr<ui::ActivitiesPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;

    OpenPage()
    {
        languages.setLanguage(QStringLiteral("en"));
        page = std::make_unique<ui::ActivitiesPage>(*f.ws, nullptr);
        tester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->resize(1180, 760);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    ui::ActivityEditor &editor() { return *page->editor(); }
    QString listText(int row, int column) { return page->model()->index(row, column).data().toString(); }
    QSpinBox *cell(const char *gender, const char *band)
    {
        return child<QSpinBox>(*page, QStringLiteral("count_%1_%2").arg(QLatin1String(gender), QLatin1String(band)));
    }
};

} // namespace

TEST_CASE("a new activity with its participant grid shows in the list with its gender totals", "[ui][activities]")
{
    OpenPage o;
    ui::ActivitiesPage &page = *o.page;
    CHECK(
        child<QLabel>(page, QStringLiteral("activityListMessage"))->text().startsWith(QStringLiteral("No activities")));

    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(page.isEditing());
    auto *kind = child<ui::CodeCombo>(page, QStringLiteral("activity_kind"));
    CHECK(kind->hasFocus());
    CHECK_FALSE(child<QLineEdit>(page, QStringLiteral("activity_training_stage"))->isEnabled());
    kind->setCode(QStringLiteral("training"));
    CHECK(child<QLineEdit>(page, QStringLiteral("activity_training_stage"))->isEnabled());
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("activity_title")), QStringLiteral("Pelatihan paralegal"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("activity_training_stage")), QStringLiteral("Tahap 2"));
    child<QDateEdit>(page, QStringLiteral("activity_held_on"))->setDate(QDate(2026, 11, 14));
    child<QComboBox>(page, QStringLiteral("activity_province"))->setEditText(QStringLiteral("Jawa Timur"));
    auto *regency = child<QComboBox>(page, QStringLiteral("activity_regency"));
    CHECK(regency->findText(QStringLiteral("Kabupaten Malang")) >= 0); // offered for the province
    regency->setEditText(QStringLiteral("Kabupaten Malang"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("activity_village")), QStringLiteral("Sumberpucung"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("activity_facilitator")), QStringLiteral("Dewi Lestari"));

    // The grid by keyboard: type a count, Tab to the next cell of the row.
    QSpinBox *first = o.cell("female", "under_18");
    first->setFocus();
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("2"));
    QTest::keyClick(first, Qt::Key_Tab);
    QSpinBox *second = o.cell("female", "18_24");
    REQUIRE(second->hasFocus());
    QTest::keyClicks(second, QStringLiteral("9"));
    QTest::keyClick(second, Qt::Key_Tab);
    CHECK(o.cell("female", "25_34")->hasFocus());
    // From the last band of a row, Tab goes to the first band of the next gender.
    o.cell("female", "60_plus")->setFocus();
    QTest::keyClick(o.cell("female", "60_plus"), Qt::Key_Tab);
    CHECK(o.cell("male", "under_18")->hasFocus());
    o.cell("male", "35_44")->setValue(4);
    o.cell("unspecified", "45_59")->setValue(1);
    CHECK(child<QLabel>(page, QStringLiteral("total_female"))->text() == QStringLiteral("11"));
    CHECK(child<QLabel>(page, QStringLiteral("total_18_24"))->text() == QStringLiteral("9"));
    CHECK(child<QLabel>(page, QStringLiteral("participantTotal"))->text() == QStringLiteral("16"));
    CHECK(o.editor().hasUnsavedChanges());

    QTest::keyClick(o.cell("male", "35_44"), Qt::Key_S, Qt::ControlModifier);
    INFO(child<QLabel>(page, QStringLiteral("activityError"))->text().toStdString());
    REQUIRE_FALSE(o.editor().isNew());
    CHECK_FALSE(o.editor().hasUnsavedChanges());
    CHECK(child<QLabel>(page, QStringLiteral("activityHeading"))->text() == QStringLiteral("Pelatihan paralegal"));
    auto stored = o.f.ws->activities().get(o.editor().stored().id);
    REQUIRE(stored.ok());
    CHECK(stored->kind == QStringLiteral("training"));
    CHECK(stored->trainingStage == QStringLiteral("Tahap 2"));
    CHECK(stored->regency == QStringLiteral("Kabupaten Malang"));
    CHECK(stored->heldOn == QDate(2026, 11, 14));
    CHECK(o.f.ws->activities().counts(stored->id)->size() == 4); // the zeros are not written

    QTest::keyClick(o.cell("male", "35_44"), Qt::Key_Escape);
    REQUIRE_FALSE(page.isEditing());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.table()->currentIndex().row() == 0); // the activity just saved is selected
    CHECK(o.listText(0, ActivityListModel::Kind) == QStringLiteral("Training (Tahap 2)"));
    CHECK(o.listText(0, ActivityListModel::Participants) == QStringLiteral("16"));
    CHECK(o.listText(0, ActivityListModel::genderColumn(QStringLiteral("female"))) == QStringLiteral("11"));
    CHECK(o.listText(0, ActivityListModel::genderColumn(QStringLiteral("male"))) == QStringLiteral("4"));
    CHECK(o.listText(0, ActivityListModel::Place) == QStringLiteral("Sumberpucung, Kabupaten Malang"));
    // "Not stated" gets a column only when someone was counted so.
    CHECK_FALSE(page.table()->isColumnHidden(ActivityListModel::genderColumn(QStringLiteral("unspecified"))));
    CHECK(page.table()->isColumnHidden(ActivityListModel::genderColumn(QStringLiteral("other"))));
    // Until the English catalogue has its plural forms, the source text shows.
    const QString summary = page.summary();
    INFO(summary.toStdString());
    CHECK((summary == QStringLiteral("1 activity(s), 16 participant(s) (11 women, 4 men, 1 other or not stated)")
        || summary == QStringLiteral("1 activity, 16 participants (11 women, 4 men, 1 other or not stated)")));
    CHECK(child<QLabel>(page, QStringLiteral("activityTotals"))->text() == page.summary());
}

TEST_CASE("editing an activity saves only what changed, and Esc asks about unsaved edits", "[ui][activities]")
{
    OpenPage o;
    ui::ActivitiesPage &page = *o.page;
    test::addActivity(o.f, QDate(2026, 10, 3), QStringLiteral("Diskusi desa Karangrejo"), 18, 5);
    test::addActivity(
        o.f, QDate(2026, 11, 7), QStringLiteral("Konsultasi kasus gaji"), 3, 0, QStringLiteral("consultation"));
    page.refresh();
    REQUIRE(o.listText(1, ActivityListModel::Title) == QStringLiteral("Diskusi desa Karangrejo"));

    page.table()->setFocus();
    page.table()->selectRow(1);
    QTest::keyClick(page.table(), Qt::Key_Return);
    REQUIRE(page.isEditing());
    CHECK(child<QLineEdit>(page, QStringLiteral("activity_title"))->hasFocus());
    CHECK(o.cell("female", "25_34")->value() == 18);
    CHECK_FALSE(o.editor().hasUnsavedChanges());
    CHECK_FALSE(child<QLineEdit>(page, QStringLiteral("activity_training_stage"))->isEnabled());

    const int outbox = o.f.outboxCount();
    o.cell("male", "35_44")->setValue(7);
    child<QPlainTextEdit>(page, QStringLiteral("activity_topics"))->setPlainText(QStringLiteral("Biaya penempatan"));
    REQUIRE(o.editor().save());
    CHECK(o.f.outboxCount() == outbox + 2); // the activity's one field and the one cell
    CHECK(o.editor().save()); // nothing changed: nothing written
    CHECK(o.f.outboxCount() == outbox + 2);

    // Unsaved edits: Esc asks; Cancel stays with the edits, Discard leaves without them.
    child<QLineEdit>(page, QStringLiteral("activity_title"))->setText(QStringLiteral("Diskusi desa (ubah)"));
    auto cancelled = test::answerNextMessageBox(QMessageBox::RejectRole);
    QTest::keyClick(child<QLineEdit>(page, QStringLiteral("activity_title")), Qt::Key_Escape);
    CHECK(*cancelled);
    CHECK(page.isEditing());
    CHECK(page.hasUnsavedChanges());
    page.activateWindow(); // back from the question, as the user would be
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto discarded = test::answerNextMessageBox(QMessageBox::DestructiveRole);
    QTest::keyClick(child<QLineEdit>(page, QStringLiteral("activity_title")), Qt::Key_Left, Qt::AltModifier);
    CHECK(*discarded);
    CHECK_FALSE(page.isEditing());
    CHECK(o.listText(1, ActivityListModel::Title) == QStringLiteral("Diskusi desa Karangrejo"));
    CHECK(o.listText(1, ActivityListModel::genderColumn(QStringLiteral("male"))) == QStringLiteral("7"));

    // Locking keeps what can be saved, without asking.
    REQUIRE(page.openActivity(page.model()->activityAt(0)->id));
    child<QLineEdit>(page, QStringLiteral("activity_facilitator"))->setText(QStringLiteral("Pak Joko"));
    CHECK(page.saveBeforeClosing());
    CHECK(o.f.ws->activities().get(page.model()->activityAt(0)->id)->facilitator == QStringLiteral("Pak Joko"));
}

TEST_CASE("a refused activity says what to fix next to the form and keeps what was typed", "[ui][activities]")
{
    OpenPage o;
    ui::ActivitiesPage &page = *o.page;
    page.newActivity();
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("activity_title")), QStringLiteral("Sosialisasi"));
    o.cell("female", "25_34")->setValue(12);
    const int outbox = o.f.outboxCount();
    CHECK_FALSE(o.editor().save()); // no kind chosen
    auto *error = child<QLabel>(page, QStringLiteral("activityError"));
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Kind is needed."));
    CHECK(child<ui::CodeCombo>(page, QStringLiteral("activity_kind"))->hasFocus());
    CHECK(child<QLineEdit>(page, QStringLiteral("activity_title"))->text() == QStringLiteral("Sosialisasi"));
    CHECK(o.cell("female", "25_34")->value() == 12);
    CHECK(o.f.outboxCount() == outbox);
    // A count cannot go below zero or above the cell's maximum.
    o.cell("male", "18_24")->setValue(-3);
    CHECK(o.cell("male", "18_24")->value() == 0);

    child<ui::CodeCombo>(page, QStringLiteral("activity_kind"))->setCode(QStringLiteral("knowledge_sharing"));
    CHECK(o.editor().save());
    CHECK_FALSE(error->isVisible());
    CHECK(page.model()->totals().participants == 12);
}

TEST_CASE("deleting an activity asks first and takes it out of the list and the totals", "[ui][activities]")
{
    OpenPage o;
    ui::ActivitiesPage &page = *o.page;
    test::addActivity(o.f, QDate(2026, 10, 3), QStringLiteral("Diskusi desa Karangrejo"), 18, 5);
    const domain::Activity second
        = test::addActivity(o.f, QDate(2026, 11, 7), QStringLiteral("Sesi reintegrasi"), 9, 2);
    page.refresh();
    REQUIRE(page.model()->totals().participants == 34);
    REQUIRE(page.openActivity(second.id));

    auto kept = test::answerNextMessageBox(QMessageBox::RejectRole);
    CHECK_FALSE(o.editor().deleteActivity());
    CHECK(*kept);
    CHECK(page.isEditing());
    CHECK(page.model()->totals().activities == 2);

    auto deleted = test::answerNextMessageBox(QMessageBox::DestructiveRole);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteActivityButton")), Qt::LeftButton);
    CHECK(*deleted);
    CHECK_FALSE(page.isEditing());
    CHECK(page.model()->totals().activities == 1);
    CHECK(page.model()->totals().participants == 23);
    CHECK(o.f.ws->activities().get(second.id)->deleted);
    page.model()->fetchMore({});
    CHECK(page.model()->rowOf(second.id) == -1);
}

TEST_CASE("the activities page filters by period and kind", "[ui][activities]")
{
    OpenPage o; // the fixture's clock says 18 Nov 2026
    ui::ActivitiesPage &page = *o.page;
    test::addActivity(o.f, QDate(2026, 10, 3), QStringLiteral("Oktober"), 18, 5);
    test::addActivity(o.f, QDate(2026, 11, 7), QStringLiteral("November"), 9, 2, QStringLiteral("training"));
    test::addActivity(o.f, QDate(2025, 12, 30), QStringLiteral("Tahun lalu"), 4, 4);
    page.refresh();
    CHECK(page.model()->totals().activities == 3);
    ui::ActivityFilterBar &filters = *page.filterBar();
    filters.setPeriod(ui::ActivityFilterBar::ThisMonth);
    CHECK(page.model()->totals().activities == 1);
    CHECK(page.model()->totals().participants == 11);
    filters.setPeriod(ui::ActivityFilterBar::LastMonth);
    CHECK(page.model()->totals().byGender.value(QStringLiteral("female")) == 18);
    filters.setPeriod(ui::ActivityFilterBar::LastYear);
    CHECK(page.model()->totals().activities == 1);
    filters.setDates(QDate(2026, 1, 1), QDate());
    CHECK(page.model()->totals().activities == 2);
    CHECK(
        child<QComboBox>(page, QStringLiteral("activityPeriod"))->currentIndex() == ui::ActivityFilterBar::ChosenDates);
    filters.setKind(QStringLiteral("training"));
    CHECK(page.model()->totals().activities == 1);
    filters.setKind(QStringLiteral("consultation"));
    CHECK(child<QLabel>(page, QStringLiteral("activityListMessage"))->text()
        == QStringLiteral("No activity matches these filters."));
    filters.clear();
    CHECK(page.model()->totals().activities == 3);
}

TEST_CASE("the activities page and editor switch language while open", "[ui][activities]")
{
    OpenPage o;
    ui::ActivitiesPage &page = *o.page;
    test::addActivity(o.f, QDate(2026, 8, 17), QStringLiteral("Diskusi migrasi aman"), 20, 6);
    page.refresh();
    page.model()->fetchMore({});
    REQUIRE(page.openActivity(page.model()->activityAt(0)->id));

    o.languages.setLanguage(QStringLiteral("id"));
    auto *kind = child<ui::CodeCombo>(page, QStringLiteral("activity_kind"));
    REQUIRE(test::waitUntil([&] { return kind->currentText() == QStringLiteral("Diskusi desa"); }));
    // The grid's rows are the genders, relabelled from the code list.
    const auto labels = child<ui::ParticipantGrid>(page, QStringLiteral("participantGrid"))->findChildren<QLabel *>();
    const bool hasPerempuan = std::any_of(
        labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QStringLiteral("Perempuan"); });
    CHECK(hasPerempuan);
    CHECK(child<QPushButton>(page, QStringLiteral("saveActivityButton"))->text()
        == QCoreApplication::translate("lintas::ui::ActivityEditor", "&Save"));
    CHECK(o.listText(0, ActivityListModel::Kind) == QStringLiteral("Diskusi desa"));
    CHECK(o.listText(0, ActivityListModel::HeldOn) == QStringLiteral("17 Agu 2026"));
    CHECK(page.model()->headerData(ActivityListModel::Title, Qt::Horizontal).toString()
        == QCoreApplication::translate("lintas::ui::ActivityListModel", "Title"));
    CHECK_FALSE(o.editor().hasUnsavedChanges()); // relabelling is not an edit

    o.languages.setLanguage(QStringLiteral("en"));
    REQUIRE(test::waitUntil([&] { return kind->currentText() == QStringLiteral("Village discussion"); }));
    CHECK(child<QPushButton>(page, QStringLiteral("saveActivityButton"))->text() == QStringLiteral("&Save"));
    CHECK(page.model()->headerData(ActivityListModel::Title, Qt::Horizontal).toString() == QStringLiteral("Title"));
}
