#include "activities/ActivitiesPage.h"
#include "activities/ActivityEditor.h"
#include "activities/ParticipantGrid.h"
#include "casework/CaseDetailsForm.h"
#include "casework/CaseWorkspace.h"
#include "casework/ClaimsTab.h"
#include "casework/DeadlineModel.h"
#include "casework/DeadlinesTab.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "clients/ClientDetailsForm.h"
#include "clients/ClientPhoneModel.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ClientWorkspace.h"
#include "common/CodeCombo.h"
#include "common/KeptDialogInput.h"
#include "common/KeptInputBar.h"
#include "directory/DirectoryPage.h"
#include "directory/OrganisationForm.h"
#include "i18n/LanguageManager.h"
#include "parties/CasePartiesPanel.h"
#include "parties/LinkedPartiesModel.h"
#include "parties/PartiesPage.h"
#include "parties/PartyDetails.h"
#include "parties/PartyForm.h"
#include "repo/UnsavedInputs.h"
#include "support/WorkspaceFixture.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace lintas;

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// What locking does to a page (Workbench::keepWork, then the page is deleted), and the page made
// again after unlocking.
template<typename Page> void lockAndDelete(std::unique_ptr<Page> &page)
{
    page->saveBeforeClosing();
    page.reset();
}

template<typename Page> void show(Page &page)
{
    page.resize(1100, 720);
    page.show();
}

QStringList keptKeys(test::WorkspaceFixture &f)
{
    QStringList keys;
    for (const auto &entry : repo::UnsavedInputs(*f.ws).withPrefix(QString()).value())
        keys << entry.key;
    return keys;
}

struct Casework {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Case kase;
    std::unique_ptr<ui::CaseWorkspace> page;

    Casework()
    {
        languages.setLanguage(QStringLiteral("en"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        open();
    }
    void open()
    {
        page = std::make_unique<ui::CaseWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
        show(*page);
        REQUIRE(page->openCase(kase.id));
    }
    QLabel *notice() { return child<QLabel>(*page, "keptInputNotice"); }
};

} // namespace

TEST_CASE("a note typed and not added comes back after a lock, and goes once added", "[ui][unsaved]")
{
    Casework o;
    const QString text = QStringLiteral("Called the agency in Mong Kok; they deny owing HK$5,100.");
    o.page->tabs()->setCurrentWidget(o.page->timeline());
    QTest::keyClicks(child<QPlainTextEdit>(*o.page, "noteBody"), text);
    CHECK_FALSE(o.page->keptInput()->isVisible());

    lockAndDelete(o.page);
    CHECK(keptKeys(o.f) == QStringList {QStringLiteral("case/%1/note").arg(o.kase.id)});
    // The other forms had nothing typed: nothing kept for them.
    o.open();
    CHECK(child<QPlainTextEdit>(*o.page, "noteBody")->toPlainText() == text);
    CHECK(o.page->timeline()->hasUnsavedText());
    CHECK(o.page->tabs()->currentWidget() == o.page->timeline());
    CHECK(o.page->keptInput()->isVisible());
    CHECK(o.notice()->text().contains(QStringLiteral("is back. It is not saved yet")));
    CHECK(o.page->timeline()->model()->rowCount() == 0); // put back in the form, not written

    REQUIRE(o.page->timeline()->addEntry());
    REQUIRE(o.page->timeline()->model()->rowCount() == 1);
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->keptInput()->isVisible());

    // Nothing typed any more: a second lock keeps nothing.
    lockAndDelete(o.page);
    CHECK(keptKeys(o.f).isEmpty());
    o.open();
    CHECK(child<QPlainTextEdit>(*o.page, "noteBody")->toPlainText().isEmpty());
    CHECK_FALSE(o.page->keptInput()->isVisible());
}

TEST_CASE("a half-filled deadline comes back after a lock, and Discard throws it away", "[ui][unsaved]")
{
    Casework o;
    o.page->tabs()->setCurrentWidget(o.page->deadlines());
    child<ui::CodeCombo>(*o.page, "deadlineKind")->setCode(QStringLiteral("hearing"));
    child<QLineEdit>(*o.page, "deadlineTitle")->setText(QStringLiteral("Labour Tribunal, Kowloon"));
    const QDate due(2027, 1, 14);
    child<QDateEdit>(*o.page, "deadlineDue")->setDate(due);

    lockAndDelete(o.page);
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->deadlines());
    CHECK(child<QLineEdit>(*o.page, "deadlineTitle")->text() == QStringLiteral("Labour Tribunal, Kowloon"));
    CHECK(child<ui::CodeCombo>(*o.page, "deadlineKind")->code() == QStringLiteral("hearing"));
    CHECK(child<QDateEdit>(*o.page, "deadlineDue")->date() == due);
    CHECK(o.page->keptInput()->isVisible());

    QTest::mouseClick(child<QPushButton>(*o.page, "discardKeptInputButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(*o.page, "deadlineTitle")->text().isEmpty());
    CHECK_FALSE(o.page->deadlines()->hasUnsavedText());
    CHECK_FALSE(o.page->keptInput()->isVisible());
    CHECK(keptKeys(o.f).isEmpty());
    CHECK(o.page->deadlines()->model()->rowCount() == 0);

    lockAndDelete(o.page);
    o.open();
    CHECK(child<QLineEdit>(*o.page, "deadlineTitle")->text().isEmpty());
}

TEST_CASE("changed case details come back over what was saved meanwhile, field by field", "[ui][unsaved]")
{
    Casework o;
    child<QLineEdit>(*o.page, "case_title")->setText(QStringLiteral("Unpaid wages, Tsuen Wan"));
    o.page->details()->save();
    child<QPlainTextEdit>(*o.page, "case_demands")->setPlainText(QStringLiteral("HK$12,000 wages in lieu"));
    // Locking saves valid details, as before: nothing is kept.
    lockAndDelete(o.page);
    CHECK(o.f.ws->cases().get(o.kase.id)->demands == QStringLiteral("HK$12,000 wages in lieu"));
    CHECK(keptKeys(o.f).isEmpty());
}

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

TEST_CASE("an edited claim comes back on that claim, not as a new one", "[ui][unsaved]")
{
    Casework o;
    domain::Claim claim;
    claim.caseId = o.kase.id;
    claim.claimType = QStringLiteral("wages_arrears");
    claim.currency = QStringLiteral("HKD");
    claim.amountClaimed = 1020000;
    claim = o.f.ws->claims().create(claim).value();
    o.open();
    o.page->tabs()->setCurrentWidget(o.page->claims());
    REQUIRE(o.page->claims()->selectClaim(claim.id));
    child<QLineEdit>(*o.page, "claimNotes")->setText(QStringLiteral("Employer offered half at conciliation"));
    CHECK(o.page->claims()->hasUnsavedText());

    lockAndDelete(o.page);
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->claims());
    CHECK(o.page->claims()->editingClaim() == claim.id);
    CHECK(child<QLineEdit>(*o.page, "claimNotes")->text() == QStringLiteral("Employer offered half at conciliation"));
    REQUIRE(o.page->claims()->saveClaim());
    CHECK(o.f.ws->claims().forCase(o.kase.id)->size() == 1); // the same claim, updated
    CHECK(o.f.ws->claims().get(claim.id)->notes == QStringLiteral("Employer offered half at conciliation"));
    CHECK(keptKeys(o.f).isEmpty());
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

TEST_CASE("a new party half typed in its dialog when Lintas locks comes back in the dialog", "[ui][unsaved]")
{
    Casework o;
    o.page->tabs()->setCurrentWidget(o.page->parties());
    // Lintas locks while the dialog is open: the main window keeps its input, then closes it.
    QTimer::singleShot(0, [&o] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("party_name"))
            ->setText(QStringLiteral("PT Duta Mitra Sejahtera"));
        dialog->findChild<QLineEdit *>(QStringLiteral("newPartyNotes"))
            ->setText(QStringLiteral("Recruited her in Cianjur"));
        ui::KeptDialogInput::keepBeforeLock(dialog, *o.f.ws);
        dialog->close();
    });
    o.page->parties()->createParty();
    CHECK(o.page->parties()->model()->rowCount() == 0);
    const QString key = QStringLiteral("case/%1/new-party").arg(o.kase.id);
    CHECK(keptKeys(o.f) == QStringList {key});

    lockAndDelete(o.page);
    CHECK(keptKeys(o.f) == QStringList {key});
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->parties());
    CHECK(o.page->parties()->hasKeptNewParty());

    // Carried on: the dialog opens with what was typed, and creating the party drops it.
    bool sawInput = false;
    QTimer::singleShot(0, [&sawInput] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        sawInput = dialog->findChild<QLineEdit *>(QStringLiteral("party_name"))->text()
                == QStringLiteral("PT Duta Mitra Sejahtera")
            && dialog->findChild<QLineEdit *>(QStringLiteral("newPartyNotes"))->text()
                == QStringLiteral("Recruited her in Cianjur")
            && dialog->findChild<QLabel *>(QStringLiteral("keptDialogInputNotice"))->isVisible();
        dialog->findChild<ui::CodeCombo *>(QStringLiteral("party_kind"))->setCode(QStringLiteral("p3mi"));
        dialog->findChild<QPushButton *>(QStringLiteral("createAndLinkButton"))->click();
    });
    o.page->parties()->createParty();
    CHECK(sawInput);
    CHECK(o.page->parties()->model()->rowCount() == 1);
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->parties()->hasKeptNewParty());
}
