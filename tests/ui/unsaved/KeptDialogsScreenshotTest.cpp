#include "KeptInputHelpers.h"

#include "parties/LinkRoleDialog.h"
#include "ui/Screenshots.h"
#include "ui/parties/PartyTestData.h"

#include <QTableView>

using namespace lintas;
using namespace lintas::test::kept;

// A timeline correction and a link's role, both typed before a lock and put back after it.
// Render with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-unsaved "[.screenshots]"
TEST_CASE("screenshots of a correction and a dialog put back after a lock", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    Casework o;
    test::switchLanguageNow(o.languages, QStringLiteral("id"));
    for (const auto &[hours, kind, body] : {
             std::tuple {30, "call", "Telepon ke agensi di Mong Kok: mereka menyangkal berutang gaji HK$5.100."},
             std::tuple {6, "visit", "Kunjungan ke shelter di Jordan. Siti membawa slip gaji Agustus dan September."},
         }) {
        domain::Note note;
        note.caseId = o.kase.id;
        note.kind = QString::fromLatin1(kind);
        note.occurredAt = o.f.ws->clock().nowMs() - hours * 3600'000LL;
        note.author = QStringLiteral("Dewi Lestari");
        note.body = QString::fromUtf8(body);
        REQUIRE(o.f.ws->notes().create(note).ok());
    }
    const auto agency
        = test::addParty(o.f, QStringLiteral("PT Duta Mitra Sejahtera"), QStringLiteral("p3mi"), QStringLiteral("id"));
    test::linkParty(o.f, o.kase.id, agency.id, QStringLiteral("agency"));
    o.open();
    child<QTableView>(*o.page, "timelineTable")->selectRow(0);
    o.page->timeline()->correctSelected();
    child<QPlainTextEdit>(*o.page, "noteBody")
        ->setPlainText(QStringLiteral("Telepon ke agensi di Mong Kok hari Selasa, bukan Senin: mereka menyangkal "
                                      "berutang gaji HK$5.100."));
    QTimer::singleShot(0, [&o] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<ui::CodeCombo *>(QStringLiteral("linkRole"))->setCode(QStringLiteral("lender"));
        dialog->findChild<QLineEdit *>(QStringLiteral("linkNotes"))
            ->setText(QStringLiteral("Meminjamkan Rp 12 juta untuk biaya penempatan"));
        ui::KeptDialogInput::keepBeforeLock(dialog, *o.f.ws);
        dialog->close();
    });
    o.page->parties()->editLink();
    lockAndDelete(o.page);
    o.f.clock.advanceMs(20 * 60'000);
    o.open();

    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::switchLanguageNow(o.languages, language);
        o.page->tabs()->setCurrentWidget(o.page->timeline());
        test::saveScreenshot(*o.page, out, QStringLiteral("kept-correction-%1.png").arg(language));
        o.page->tabs()->setCurrentWidget(o.page->parties());
        test::saveScreenshot(*o.page, out, QStringLiteral("kept-dialog-parties-%1.png").arg(language));
        // The dialog opened in this language (its kept-input line is set when it opens), and
        // kept again as it closes for the next one.
        QTimer::singleShot(0, [&o, &out, &language] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            test::saveScreenshot(*dialog, out, QStringLiteral("kept-dialog-role-%1.png").arg(language));
            ui::KeptDialogInput::keepBeforeLock(dialog, *o.f.ws);
            dialog->close();
        });
        o.page->parties()->editLink();
    }
}
