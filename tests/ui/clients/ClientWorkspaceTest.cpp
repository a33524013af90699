#include "clients/ClientWorkspace.h"
#include "clients/ClientCasesModel.h"
#include "clients/ClientConsentsTab.h"
#include "clients/ClientDetailsForm.h"
#include "clients/ClientPhoneModel.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ConsentModel.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "sync/Change.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(button)->click();
    });
}

// The newest outbox record: what the last write sent to other devices.
sync::Change lastChange(store::Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox "
                                        "ORDER BY device_seq DESC LIMIT 1"));
    REQUIRE(st.ok());
    REQUIRE(st->step().value());
    auto c = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)), st->text(3),
        st->text(4), st->text(5), st->text(6).toUtf8());
    REQUIRE(c.ok());
    return *c;
}

struct OpenClient {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Client client;
    std::unique_ptr<ui::ClientWorkspace> workspace;

    OpenClient()
    {
        languages.setLanguage(QStringLiteral("en"));
        domain::Client c;
        c.fullName = QStringLiteral("Siti Aminah");
        c.aliases = {QStringLiteral("Siti")};
        c.gender = QStringLiteral("female");
        c.status = QStringLiteral("abroad");
        c.currentCountry = QStringLiteral("hk");
        c.currentCity = QStringLiteral("Kowloon");
        c.village = QStringLiteral("Sukamaju");
        c.regency = QStringLiteral("Cianjur");
        c.province = QStringLiteral("Jawa Barat");
        client = f.ws->clients().create(c).value();
        workspace = std::make_unique<ui::ClientWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
        REQUIRE(workspace->openClient(client.id));
        workspace->resize(1100, 720);
        workspace->show();
        workspace->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(workspace.get()));
    }
};

} // namespace

TEST_CASE("the client workspace saves only the field that changed", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    CHECK(child<QLabel>(w, "clientHeading")->text() == QStringLiteral("Siti Aminah"));
    CHECK(w.currentClient().id == o.client.id);
    auto *save = child<QPushButton>(w, "saveClientButton");
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(w.hasUnsavedChanges());

    auto *passport = child<QLineEdit>(w, "client_passport_no");
    QTest::keyClicks(passport, QStringLiteral("C1234567"));
    CHECK(w.hasUnsavedChanges());
    CHECK(save->isEnabled());
    const int before = o.f.outboxCount();
    passport->setFocus();
    QTest::keyClick(passport, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(w.hasUnsavedChanges());
    CHECK(o.f.outboxCount() == before + 1);
    const sync::Change change = lastChange(*o.f.db);
    CHECK(change.entityId == o.client.id);
    CHECK(change.fields.keys() == QStringList {QStringLiteral("passport_no")});
    CHECK(change.adds.isEmpty());
    CHECK(o.f.ws->clients().get(o.client.id)->passportNo == QStringLiteral("C1234567"));

    // Other names are a set: the same names in another order are no change.
    child<QLineEdit>(w, "client_aliases")->setText(QStringLiteral(" Siti "));
    CHECK_FALSE(w.details()->isDirty());
    child<QLineEdit>(w, "client_aliases")->setText(QStringLiteral("Siti, Ami"));
    REQUIRE(w.details()->save());
    auto stored = o.f.ws->clients().get(o.client.id);
    QStringList aliases = stored->aliases;
    aliases.sort();
    CHECK(aliases == QStringList {QStringLiteral("Ami"), QStringLiteral("Siti")});
    CHECK(child<QLabel>(w, "clientFacts")->text().contains(QStringLiteral("Ami")));
}

TEST_CASE("an invalid NIK is refused next to the field and what was typed stays", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    auto *nik = child<QLineEdit>(w, "client_nik");
    auto *notes = child<QPlainTextEdit>(w, "client_notes");
    notes->setPlainText(QStringLiteral("Prefers WhatsApp after 9 pm."));
    QTest::keyClicks(nik, QStringLiteral("32031234"));
    child<QLineEdit>(w, "client_passport_no")->setFocus();
    const int before = o.f.outboxCount();
    CHECK_FALSE(w.details()->save());
    auto *error = child<QLabel>(w, "clientDetailsError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("NIK must be exactly 16 digits."));
    CHECK(nik->hasFocus());
    CHECK(nik->text() == QStringLiteral("32031234"));
    CHECK(notes->toPlainText() == QStringLiteral("Prefers WhatsApp after 9 pm."));
    CHECK(o.f.outboxCount() == before);

    nik->setText(QStringLiteral("3203 1234 5678 0001"));
    REQUIRE(w.details()->save());
    CHECK(o.f.ws->clients().get(o.client.id)->nik == QStringLiteral("3203123456780001"));
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("a new phone number is added and the old one ended: both stay listed", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    domain::ClientPhone old;
    old.clientId = o.client.id;
    old.number = QStringLiteral("+852 6123 4567");
    old.kind = QStringLiteral("whatsapp");
    old.validFrom = QDate(2024, 2, 1);
    REQUIRE(o.f.ws->clients().addPhone(old).ok());
    REQUIRE(w.openClient(o.client.id));
    w.tabs()->setCurrentWidget(w.phones());
    ui::ClientPhoneModel *model = w.phones()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, ui::ClientPhoneModel::Until)).toString() == QStringLiteral("still in use"));

    // A number with no digits is refused and kept.
    auto *number = child<QLineEdit>(w, "phoneNumber");
    QTest::keyClicks(number, QStringLiteral("ask her sister"));
    CHECK(w.hasUnsavedChanges());
    CHECK_FALSE(w.phones()->addPhone());
    CHECK(child<QLabel>(w, "phoneError")->text() == QStringLiteral("Number needs at least one digit."));
    CHECK(number->text() == QStringLiteral("ask her sister"));

    number->setText(QStringLiteral("+62 812 3456 7890"));
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(model->rowCount() == 2);
    CHECK(number->text().isEmpty());

    auto *table = child<QTableView>(w, "phoneTable");
    const int oldRow = model->phoneAt(0)->number == old.number ? 0 : 1;
    table->selectRow(oldRow);
    child<QDateEdit>(w, "phoneValidUntil")->setDate(QDate(2026, 10, 30));
    REQUIRE(child<QPushButton>(w, "endPhoneButton")->isEnabled());
    child<QPushButton>(w, "endPhoneButton")->click();

    auto phones = o.f.ws->clients().phones(o.client.id);
    REQUIRE(phones.ok());
    REQUIRE(phones->size() == 2);
    CHECK(phones->at(0).number == QStringLiteral("+62 812 3456 7890")); // in use first
    CHECK_FALSE(phones->at(0).validUntil.isValid());
    CHECK(phones->at(1).number == old.number);
    CHECK(phones->at(1).validUntil == QDate(2026, 10, 30));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->data(model->index(1, ui::ClientPhoneModel::Until)).toString() == QStringLiteral("30 Oct 2026"));
    CHECK(model->data(model->index(1, ui::ClientPhoneModel::Number), Qt::ForegroundRole).isValid()); // greyed
    CHECK_FALSE(model->data(model->index(0, ui::ClientPhoneModel::Number), Qt::ForegroundRole).isValid());
    CHECK_FALSE(child<QPushButton>(w, "endPhoneButton")->isEnabled()); // already ended
}

TEST_CASE("a consent is recorded and later withdrawn, never deleted", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    domain::Organisation lbh;
    lbh.name = QStringLiteral("LBH Bandung");
    lbh.kind = QStringLiteral("legal_aid");
    lbh.country = QStringLiteral("id");
    lbh = o.f.ws->organisations().create(lbh).value();
    REQUIRE(w.openClient(o.client.id)); // the form offers the directory as it is now
    w.tabs()->setCurrentWidget(w.consents());
    ui::ConsentModel *model = w.consents()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 0);

    // Without a recipient the consent is refused, and the typed text stays.
    auto *scope = child<QLineEdit>(w, "consentScope");
    QTest::keyClicks(scope, QStringLiteral("case summary, contact details"));
    CHECK_FALSE(w.consents()->recordConsent());
    CHECK(child<QLabel>(w, "consentError")->text() == QStringLiteral("Shared with is needed."));
    CHECK(scope->text() == QStringLiteral("case summary, contact details"));

    auto *recipient = child<QComboBox>(w, "consentRecipient");
    recipient->setCurrentIndex(recipient->findText(QStringLiteral("LBH Bandung")));
    QTest::keyClicks(child<QLineEdit>(w, "consentPurpose"), QStringLiteral("legal advice on unpaid wages"));
    child<QDateEdit>(w, "consentGivenOn")->setDate(QDate(2026, 11, 2));
    child<QPushButton>(w, "recordConsentButton")->click();
    INFO(child<QLabel>(w, "consentError")->text().toStdString());
    REQUIRE(model->rowCount() == 1);
    CHECK_FALSE(w.hasUnsavedChanges()); // the form starts over
    const domain::Consent recorded = *model->consentAt(0);
    CHECK(recorded.recipient == QStringLiteral("LBH Bandung"));
    CHECK(recorded.organisationId == lbh.id);
    CHECK(recorded.scope == QStringLiteral("case summary, contact details"));
    CHECK(recorded.method == QStringLiteral("Spoken"));
    CHECK(recorded.givenOn == QDate(2026, 11, 2));
    CHECK(recorded.recordedBy == QStringLiteral("Dewi (caseworker)"));
    CHECK(model->data(model->index(0, ui::ConsentModel::WithdrawnOn)).toString() == QStringLiteral("in force"));

    // Withdrawn before it was given: refused.
    child<QTableView>(w, "consentTable")->selectRow(0);
    auto *withdrawOn = child<QDateEdit>(w, "consentWithdrawnOn");
    withdrawOn->setDate(QDate(2026, 10, 1));
    CHECK_FALSE(w.consents()->withdrawSelected());
    CHECK(child<QLabel>(w, "withdrawConsentError")->isVisible());
    withdrawOn->setDate(QDate(2026, 11, 15));
    REQUIRE(w.consents()->withdrawSelected());
    auto consents = o.f.ws->consents().forClient(o.client.id);
    REQUIRE(consents->size() == 1); // still there, with the date she withdrew it
    CHECK(consents->at(0).withdrawnOn == QDate(2026, 11, 15));
    CHECK(model->data(model->index(0, ui::ConsentModel::WithdrawnOn)).toString()
        == QStringLiteral("withdrawn 15 Nov 2026"));
    CHECK_FALSE(child<QPushButton>(w, "withdrawConsentButton")->isEnabled());
}

TEST_CASE("her cases are listed and Enter opens one", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    const domain::Case first = o.f.addCase(o.client.id);
    const domain::Case second = o.f.addCase(o.client.id, {QStringLiteral("agency_overcharging")});
    REQUIRE(w.openClient(o.client.id));
    ui::ClientCasesModel *model = w.casesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2);
    QStringList references {model->caseAt(0)->reference, model->caseAt(1)->reference};
    CHECK(references.contains(first.reference));
    CHECK(references.contains(second.reference));
    CHECK(w.tabs()->tabText(3) == QStringLiteral("Cases (2)"));

    QSignalSpy opened(&w, &ui::ClientWorkspace::caseActivated);
    w.tabs()->setCurrentIndex(3);
    auto *table = child<QTableView>(w, "clientCaseTable");
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == model->caseAt(1)->id);
}

TEST_CASE("back asks about unsaved edits, and the language switch relabels the workspace", "[ui][clients]")
{
    OpenClient o;
    ui::ClientWorkspace &w = *o.workspace;
    QSignalSpy back(&w, &ui::ClientWorkspace::backRequested);
    auto *city = child<QLineEdit>(w, "client_current_city");
    city->setText(QStringLiteral("Tsuen Wan"));
    city->setFocus();
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(city, Qt::Key_Escape);
    CHECK(back.isEmpty());
    CHECK(city->text() == QStringLiteral("Tsuen Wan"));

    // Focus back where it was before the question (the offscreen platform does not restore it).
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    city->setFocus();
    answerNextMessageBox(QMessageBox::Save);
    QTest::keyClick(city, Qt::Key_Left, Qt::AltModifier);
    CHECK(back.size() == 1);
    CHECK(o.f.ws->clients().get(o.client.id)->currentCity == QStringLiteral("Tsuen Wan"));

    // Nothing unsaved: no question.
    child<QPushButton>(w, "backToClientsButton")->click();
    CHECK(back.size() == 2);

    // Code-list labels come from the language at hand; the tabs hear of the switch.
    auto *status = child<ui::CodeCombo>(w, "client_status");
    CHECK(status->currentText() == QStringLiteral("Abroad"));
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] { return status->currentText() == QStringLiteral("Di luar negeri"); }));
    CHECK(child<QLabel>(w, "clientFacts")->text().contains(QStringLiteral("Di luar negeri")));
    CHECK(child<QLabel>(w, "clientFacts")->text().contains(QStringLiteral("Hong Kong")));
    CHECK_FALSE(w.hasUnsavedChanges()); // relabelling is no edit
}
