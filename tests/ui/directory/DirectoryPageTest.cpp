#include "directory/DirectoryPage.h"
#include "common/CodeCombo.h"
#include "directory/OrganisationForm.h"
#include "directory/OrganisationListModel.h"
#include "i18n/LanguageManager.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"
#include "transfer/DirectorySeeder.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;
using ui::OrganisationListModel;

namespace {

void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

struct SeededDirectory {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    int seeded = 0;

    SeededDirectory()
    {
        languages.setLanguage(QStringLiteral("en"));
        auto summary = transfer::DirectorySeeder(*f.ws, domain::Language::English).seedIfNeverSeeded();
        REQUIRE(summary.ok());
        seeded = summary->created;
    }
};

struct OpenPage : SeededDirectory {
    ui::DirectoryPage page {*f.ws};

    OpenPage()
    {
        page.resize(1200, 760);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }

    QTableView *table() { return child<QTableView>(page, "directoryTable"); }
    QString idOf(const QString &seedKey) { return transfer::DirectorySeeder::idForSeedKey(seedKey); }
    void select(const QString &id)
    {
        const int row = page.model()->rowOf(id);
        REQUIRE(row >= 0);
        table()->setFocus();
        table()->setCurrentIndex(page.model()->index(row, 0));
    }
};

} // namespace

TEST_CASE("the directory comes seeded once and filters by country, kind and words", "[ui][directory]")
{
    SeededDirectory d;
    CHECK(d.seeded >= 20);
    OrganisationListModel model(*d.f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == d.seeded);
    // A second unlock seeds nothing.
    CHECK(transfer::DirectorySeeder(*d.f.ws).seedIfNeverSeeded()->skipped);
    model.reload();
    CHECK(model.rowCount() == d.seeded);

    model.setFilter({QStringLiteral("hk"), {}, {}});
    REQUIRE(model.rowCount() >= 5);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.organisationAt(row)->country == QStringLiteral("hk"));
    model.setFilter({QStringLiteral("hk"), QStringLiteral("court_tribunal"), {}});
    CHECK(model.rowCount() == 2);
    model.setFilter({{}, QStringLiteral("shelter"), {}});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, OrganisationListModel::Kind).data().toString() == QStringLiteral("Shelter"));
    auto keys = [&] {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.organisationAt(row)->seedKey;
        return out;
    };
    model.setFilter({{}, {}, QStringLiteral("labour department")}); // every word, anywhere
    CHECK(keys().contains(QStringLiteral("hk_labour_department")));
    CHECK(model.rowCount() < d.seeded);
    model.setFilter({QStringLiteral("id"), {}, QStringLiteral("tanjung pinang")}); // the town
    CHECK(keys().contains(QStringLiteral("rptc_tanjung_pinang")));
    model.setFilter({{}, {}, QStringLiteral("zzzz")});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the directory page searches after a pause and filters from its drop-downs", "[ui][directory]")
{
    OpenPage o;
    CHECK(o.page.model()->rowCount() == o.seeded);
    auto *search = child<QLineEdit>(o.page, "directorySearch");
    QTest::keyClicks(search, QStringLiteral("labour"));
    CHECK(o.page.model()->filter().text.isEmpty()); // not on every key press
    REQUIRE(waitUntil([&] { return o.page.model()->filter().text == QStringLiteral("labour"); }, 2000));
    CHECK(o.page.model()->rowCount() < o.seeded);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(o.page.model()->rowCount() == o.seeded);

    child<ui::CodeCombo>(o.page, "directoryCountryFilter")->setCode(QStringLiteral("sg"));
    CHECK(o.page.model()->rowCount() == 1);
    child<ui::CodeCombo>(o.page, "directoryKindFilter")->setCode(QStringLiteral("shelter"));
    CHECK(o.page.model()->rowCount() == 0);
    CHECK(child<QLabel>(o.page, "directoryMessage")->isVisible());

    // Showing an entry from elsewhere clears the filters that hide it.
    CHECK(o.page.showOrganisation(o.idOf(QStringLiteral("hk_labour_department"))));
    CHECK(o.page.model()->rowCount() == o.seeded);
    CHECK(child<QLabel>(o.page, "organisationTitle")->text().contains(QStringLiteral("Labour Department")));
}

TEST_CASE("a directory entry shows every field, copies its number, and saves edits", "[ui][directory]")
{
    OpenPage o;
    const QString labour = o.idOf(QStringLiteral("hk_labour_department"));
    o.select(labour);
    auto *phones = child<QPlainTextEdit>(o.page, "organisation_phones");
    CHECK(phones->toPlainText().startsWith(QStringLiteral("2157 9537")));
    CHECK(child<QLabel>(o.page, "organisationSeeded")->isVisible());
    CHECK(child<QPlainTextEdit>(o.page, "organisation_notes")->toPlainText().contains(QStringLiteral("Source:")));

    QTest::mouseClick(child<QToolButton>(o.page, "copyPhoneButton"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("2157 9537"));
    CHECK(child<QLabel>(o.page, "copyFeedback")->text() == QStringLiteral("Copied 2157 9537"));
    CHECK(ui::OrganisationForm::phoneNumbers(QStringLiteral("0857-700-10048 (24 jam); (021) 2924 4800, +62 8123"))
        == QStringList {
            QStringLiteral("0857-700-10048"), QStringLiteral("(021) 2924 4800"), QStringLiteral("+62 8123")});

    auto *services = child<QPlainTextEdit>(o.page, "organisation_services");
    services->setPlainText(QStringLiteral("Klaim gaji lewat Labour Tribunal; minta Bu Wati di loket 3."));
    CHECK(o.page.hasUnsavedChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(o.page.hasUnsavedChanges());
    CHECK(o.f.ws->organisations().get(labour)->services.contains(QStringLiteral("loket 3")));

    // A refused save keeps what was typed and points at the field.
    auto *name = child<QLineEdit>(o.page, "organisation_name");
    name->clear();
    services->setPlainText(QStringLiteral("masih diketik"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK(child<QLabel>(o.page, "organisationError")->isVisible());
    CHECK(name->hasFocus());
    CHECK(services->toPlainText() == QStringLiteral("masih diketik"));
    CHECK(o.page.hasUnsavedChanges());
    CHECK_FALSE(o.f.ws->organisations().get(labour)->name.isEmpty());
}

TEST_CASE("the directory page adds entries with Ctrl+N and deletes after asking", "[ui][directory]")
{
    OpenPage o;
    child<ui::CodeCombo>(o.page, "directoryCountryFilter")->setCode(QStringLiteral("id"));
    o.page.setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(o.page, "organisation_name");
    CHECK(name->hasFocus());
    CHECK(child<ui::CodeCombo>(o.page, "organisation_country")->code() == QStringLiteral("id"));
    QTest::keyClicks(name, QStringLiteral("SBMI Cabang Indramayu"));
    child<ui::CodeCombo>(o.page, "organisation_kind")->setCode(QStringLiteral("union"));
    child<QLineEdit>(o.page, "organisation_city")->setText(QStringLiteral("Indramayu"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    const QString id = o.page.form()->stored().id;
    REQUIRE_FALSE(id.isEmpty());
    CHECK(o.f.ws->organisations().get(id)->seedKey.isEmpty());
    CHECK(o.table()->currentIndex().row() == o.page.model()->rowOf(id));

    auto *remove = child<QPushButton>(o.page, "deleteOrganisationButton");
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(question.contains(QStringLiteral("SBMI Cabang Indramayu")));
    CHECK_FALSE(o.f.ws->organisations().get(id)->deleted);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(o.f.ws->organisations().get(id)->deleted);
    CHECK(o.page.model()->rowOf(id) < 0);
}

TEST_CASE("the directory page follows a language switch", "[ui][directory]")
{
    OpenPage o;
    o.select(o.idOf(QStringLiteral("rptc_bambu_apus")));
    auto *kind = child<ui::CodeCombo>(o.page, "organisation_kind");
    CHECK(kind->currentText() == QStringLiteral("Shelter"));
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] { return kind->currentText() == QStringLiteral("Rumah aman / shelter"); }));
    const int row = o.page.model()->rowOf(o.idOf(QStringLiteral("rptc_bambu_apus")));
    CHECK(o.page.model()->index(row, OrganisationListModel::Kind).data().toString()
        == QStringLiteral("Rumah aman / shelter"));
    CHECK(child<ui::CodeCombo>(o.page, "directoryCountryFilter")->currentText() != QString());
}
