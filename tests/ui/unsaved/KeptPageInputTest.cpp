#include "KeptInputHelpers.h"

using namespace lintas;
using namespace lintas::test::kept;

TEST_CASE("an invalid client form and a phone number come back after a lock", "[ui][unsaved]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const domain::Client client = f.addClient(QStringLiteral("Siti Aminah"));
    auto page = std::make_unique<ui::ClientWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
    show(*page);
    REQUIRE(page->openClient(client.id));

    // A NIK too short cannot be saved; the notes typed with it must not be lost either.
    child<QLineEdit>(*page, "client_nik")->setText(QStringLiteral("32031234"));
    child<QPlainTextEdit>(*page, "client_notes")->setPlainText(QStringLiteral("Prefers WhatsApp after 9 pm."));
    page->tabs()->setCurrentWidget(page->phones());
    child<QLineEdit>(*page, "phoneNumber")->setText(QStringLiteral("+852 9876 5432"));
    child<ui::CodeCombo>(*page, "phoneKind")->setCode(QStringLiteral("whatsapp"));
    const int outbox = f.outboxCount();

    lockAndDelete(page);
    CHECK(f.outboxCount() == outbox); // nothing saved, nothing synced
    CHECK(keptKeys(f)
        == QStringList {
            QStringLiteral("client/%1/details").arg(client.id), QStringLiteral("client/%1/phone").arg(client.id)});

    // Meanwhile the client's city is changed on this laptop (or by sync): not overwritten.
    domain::Client moved = f.ws->clients().get(client.id).value();
    moved.currentCity = QStringLiteral("Sha Tin");
    REQUIRE(f.ws->clients().update(moved).ok());

    page = std::make_unique<ui::ClientWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
    show(*page);
    REQUIRE(page->openClient(client.id));
    CHECK(page->keptInput()->isVisible());
    CHECK(page->tabs()->currentWidget() == page->details());
    CHECK(child<QLineEdit>(*page, "client_nik")->text() == QStringLiteral("32031234"));
    CHECK(
        child<QPlainTextEdit>(*page, "client_notes")->toPlainText() == QStringLiteral("Prefers WhatsApp after 9 pm."));
    CHECK(child<QLineEdit>(*page, "client_current_city")->text() == QStringLiteral("Sha Tin"));
    CHECK(page->details()->isDirty());
    CHECK(child<QLineEdit>(*page, "phoneNumber")->text() == QStringLiteral("+852 9876 5432"));
    CHECK(child<ui::CodeCombo>(*page, "phoneKind")->code() == QStringLiteral("whatsapp"));

    // Saving the details still refuses the NIK, and keeps it; corrected, it saves and is not kept.
    CHECK_FALSE(page->details()->save());
    CHECK(child<QLineEdit>(*page, "client_nik")->text() == QStringLiteral("32031234"));
    child<QLineEdit>(*page, "client_nik")->setText(QStringLiteral("3203 1234 5678 0001"));
    REQUIRE(page->details()->save());
    const domain::Client saved = f.ws->clients().get(client.id).value();
    CHECK(saved.nik == QStringLiteral("3203123456780001"));
    CHECK(saved.notes == QStringLiteral("Prefers WhatsApp after 9 pm."));
    CHECK(saved.currentCity == QStringLiteral("Sha Tin"));
    CHECK(keptKeys(f) == QStringList {QStringLiteral("client/%1/phone").arg(client.id)});
    CHECK(page->keptInput()->isVisible()); // the number is still waiting

    REQUIRE(page->phones()->addPhone());
    CHECK(page->phones()->model()->rowCount() == 1);
    CHECK(keptKeys(f).isEmpty());
    CHECK_FALSE(page->keptInput()->isVisible());
}

TEST_CASE("an invalid new party comes back when the parties page opens after a lock", "[ui][unsaved]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    auto page = std::make_unique<ui::PartiesPage>(*f.ws);
    show(*page);
    page->newParty();
    // No kind chosen: the party cannot be saved.
    child<QLineEdit>(*page, "party_name")->setText(QStringLiteral("PT Duta Mitra Sejahtera"));
    child<QLineEdit>(*page, "party_phone")->setText(QStringLiteral("+62 21 555 0101"));
    CHECK_FALSE(page->details()->form()->save());

    lockAndDelete(page);
    CHECK(keptKeys(f) == QStringList {QStringLiteral("party/new")});

    page = std::make_unique<ui::PartiesPage>(*f.ws);
    show(*page);
    CHECK(page->details()->isShowingParty());
    CHECK(page->details()->form()->isNew());
    CHECK(child<QLineEdit>(*page, "party_name")->text() == QStringLiteral("PT Duta Mitra Sejahtera"));
    CHECK(child<QLineEdit>(*page, "party_phone")->text() == QStringLiteral("+62 21 555 0101"));
    CHECK(page->details()->keptInput()->isVisible());
    CHECK(page->hasUnsavedChanges());

    child<ui::CodeCombo>(*page, "party_kind")->setCode(QStringLiteral("p3mi"));
    REQUIRE(page->details()->form()->save());
    CHECK(keptKeys(f).isEmpty());
    CHECK_FALSE(page->details()->keptInput()->isVisible());
    const QString id = page->details()->partyId();
    CHECK(f.ws->parties().get(id)->name == QStringLiteral("PT Duta Mitra Sejahtera"));

    // Edited again and locked: kept under the party's id now, not as a new one.
    child<QLineEdit>(*page, "party_name")->clear();
    lockAndDelete(page);
    CHECK(keptKeys(f) == QStringList {QStringLiteral("party/") + id});
    page = std::make_unique<ui::PartiesPage>(*f.ws);
    show(*page);
    CHECK(page->details()->partyId() == id);
    CHECK(child<QLineEdit>(*page, "party_name")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(*page, "discardKeptInputButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(*page, "party_name")->text() == QStringLiteral("PT Duta Mitra Sejahtera"));
    CHECK_FALSE(page->hasUnsavedChanges());
    CHECK(keptKeys(f).isEmpty());
}

TEST_CASE("a new activity that could not be saved opens again with the Activities page", "[ui][unsaved]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    auto page = std::make_unique<ui::ActivitiesPage>(*f.ws);
    show(*page);
    page->newActivity();
    child<QLineEdit>(*page, "activity_title")->setText(QStringLiteral("Sosialisasi di Desa Sukamaju"));
    page->editor()->grid()->cell(QStringLiteral("female"), QStringLiteral("25_34"))->setValue(12);
    CHECK_FALSE(page->editor()->save()); // no kind chosen

    lockAndDelete(page);
    CHECK(keptKeys(f) == QStringList {QStringLiteral("activity/new")});
    page = std::make_unique<ui::ActivitiesPage>(*f.ws);
    show(*page);
    REQUIRE(page->isEditing());
    CHECK(page->keptInput()->isVisible());
    CHECK(child<QLineEdit>(*page, "activity_title")->text() == QStringLiteral("Sosialisasi di Desa Sukamaju"));
    CHECK(page->editor()->grid()->count(QStringLiteral("female"), QStringLiteral("25_34")) == 12);
    child<ui::CodeCombo>(*page, "activity_kind")->setCode(QStringLiteral("knowledge_sharing"));
    REQUIRE(page->editor()->save());
    CHECK(keptKeys(f).isEmpty());
    CHECK_FALSE(page->keptInput()->isVisible());
}

TEST_CASE("a directory entry with its name wiped comes back on that entry", "[ui][unsaved]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    domain::Organisation office;
    office.name = QStringLiteral("LBH Surabaya");
    office.kind = QStringLiteral("legal_aid");
    office.country = QStringLiteral("id");
    office = f.ws->organisations().create(office).value();
    auto page = std::make_unique<ui::DirectoryPage>(*f.ws);
    show(*page);
    REQUIRE(page->showOrganisation(office.id));
    child<QLineEdit>(*page, "organisation_name")->clear();
    child<QLineEdit>(*page, "organisation_email")->setText(QStringLiteral("lbh@example.org"));
    lockAndDelete(page);
    CHECK(keptKeys(f) == QStringList {QStringLiteral("organisation/") + office.id});
    page = std::make_unique<ui::DirectoryPage>(*f.ws);
    show(*page);
    CHECK(page->form()->stored().id == office.id);
    CHECK(child<QLineEdit>(*page, "organisation_name")->text().isEmpty());
    CHECK(child<QLineEdit>(*page, "organisation_email")->text() == QStringLiteral("lbh@example.org"));
    CHECK(page->hasUnsavedChanges());
    page->form()->revert(); // Undo changes lets it go too
    CHECK(child<QLineEdit>(*page, "organisation_name")->text() == QStringLiteral("LBH Surabaya"));
    CHECK(keptKeys(f).isEmpty());
    CHECK_FALSE(page->keptInput()->isVisible());
}
