#include "KeptInputHelpers.h"

using namespace lintas;
using namespace lintas::test::kept;

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

TEST_CASE("valid case details are saved at lock, as before, and nothing of them is kept", "[ui][unsaved]")
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
