#include "HandoffLaptops.h"
#include "ui/Screenshots.h"

#include <QTableWidget>

using namespace lintas;
using namespace lintas::test;

// Renders the hand-off screens in both languages: LINTAS_SCREENSHOT_DIR=dir lintas-tests-ui-referrals
// "[.screenshots]". The send dialog with an address typed, Today with a case received, and the address.
TEST_CASE("hand-off screens, in Indonesian and English", "[.screenshots]")
{
    const QString dir = screenshotDir();
    TempDir files;
    HandoffLaptop hk(QStringLiteral("en"));
    HandoffLaptop lampung(QStringLiteral("en"));
    const CaseToRefer kase = makeCaseToRefer(hk.ws(), true);
    const handoff::HandoffAddress to = lampung.address();
    const QString packet = files.file(QStringLiteral("case.lintashandoff"));
    handOffAsFile(openReferrals(hk, kase), to.qrText(), packet);

    // A second case, so the list shows more than one.
    const CaseToRefer second = makeCaseToRefer(hk.ws(), true);
    const QString secondPacket = files.file(QStringLiteral("second.lintashandoff"));
    handOffAsFile(openReferrals(hk, second), to.code(), secondPacket);
    ui::HandoffInboxBox &inbox = lampung.inbox();
    REQUIRE(inbox.openPacketFrom(secondPacket));
    REQUIRE(inbox.openPacketFrom(packet));

    // Something to count in "What is shared": a phone number and notes, one of them confidential.
    const QString clientId = hk.ws().cases().get(kase.caseId)->clientId;
    REQUIRE(hk.ws()
                .clients()
                .addPhone({{}, clientId, QStringLiteral("+62 812-1111-2222"), QStringLiteral("mobile"), {}})
                .ok());
    for (const bool confidential : {false, false, true}) {
        domain::Note note;
        note.caseId = kase.caseId;
        note.kind = QStringLiteral("interview");
        note.body = QStringLiteral("Interview");
        note.confidential = confidential;
        REQUIRE(hk.ws().notes().create(note).ok());
    }
    ui::HandoffSendDialog send(hk.ws(), kase.caseId, kase.referralId, QStringLiteral("Dewi Lestari"),
        QStringLiteral("Yayasan Pekerja Migran Lampung"), &hk.window);
    send.setAddressText(to.qrText());
    ui::HandoffAddressDialog address(to, &lampung.window);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        switchLanguageNow(lampung.folder.languages, language);
        send.show();
        QApplication::processEvents();
        saveScreenshot(send, dir, QStringLiteral("handoff-send-%1.png").arg(language));
        send.hide();
        address.show();
        QApplication::processEvents();
        saveScreenshot(address, dir, QStringLiteral("handoff-address-%1.png").arg(language));
        address.hide();
        REQUIRE(lampung.workbench().showSection(ui::Section::Today));
        saveScreenshot(lampung.window, dir, QStringLiteral("handoff-today-%1.png").arg(language));
    }
}
