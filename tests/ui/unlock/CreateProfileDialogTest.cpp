#include "unlock/CreateProfileDialog.h"
#include "crypto/SecretBytes.h"
#include "i18n/LanguageManager.h"
#include "profile/ProfilePolicy.h"
#include "support/TempDir.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "unlock/ProfileService.h"
#include "unlock/RecoveryCodePage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

namespace {

bool policyRefuses(const QString &passphrase)
{
    return !profile::ProfilePolicy::checkPassphrase(SecretBytes::fromUtf8(passphrase)).ok();
}

// Stands in for the Indonesian catalogue while the new strings are not in it yet.
class MeterTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) == "lintas::ui::PassphraseStrengthMeter" && QByteArrayView(sourceText) == "Weak")
            return QStringLiteral("Lemah");
        return {};
    }
    bool isEmpty() const override { return false; }
};

struct DialogFixture {
    DialogFixture() : service(dir.file(QStringLiteral("profiles")), profile::KdfStrength::FastForTests)
    {
        languages.setLanguage(QStringLiteral("en"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }

    test::TempDir dir;
    ui::LanguageManager languages;
    ui::ProfileService service;
    ui::CreateProfileDialog dialog {service};
};

} // namespace

TEST_CASE("the strength meter follows the typing and agrees with the policy", "[ui][unlock][meter]")
{
    DialogFixture f;
    auto *passphrase = child<QLineEdit>(f.dialog, "newPassphraseEdit");
    auto *bar = child<QProgressBar>(f.dialog, "passphraseStrengthBar");
    auto *verdict = child<QLabel>(f.dialog, "passphraseStrengthVerdict");
    auto *hint = child<QLabel>(f.dialog, "passphraseHint");
    CHECK(verdict->text().isEmpty());
    CHECK(bar->value() == 0);
    CHECK(hint->text().startsWith(QStringLiteral("At least 10 characters.")));

    QStringList verdicts;
    for (QChar c : QStringLiteral("kopi tubruk tanpa gula")) {
        QTest::keyClicks(passphrase, QString(c));
        INFO(passphrase->text().toStdString());
        // Never "strong" for what Create would refuse, never "too short" for what it accepts.
        CHECK((verdict->text() == QStringLiteral("Too short")) == policyRefuses(passphrase->text()));
        CHECK((bar->value() == 0) == policyRefuses(passphrase->text()));
        if (passphrase->text() == QStringLiteral("kopi"))
            CHECK(hint->text().startsWith(QStringLiteral("6 more character")));
        if (verdicts.isEmpty() || verdicts.last() != verdict->text())
            verdicts << verdict->text();
    }
    CHECK(verdicts.first() == QStringLiteral("Too short"));
    CHECK(verdicts.last() == QStringLiteral("Very strong"));
    CHECK(verdicts.size() >= 3);
    CHECK(bar->value() == bar->maximum());
    CHECK(hint->text().startsWith(QStringLiteral("Excellent.")));
    CHECK(bar->accessibleDescription() == QStringLiteral("Very strong"));

    // Erased: back to the general advice.
    passphrase->clear();
    CHECK(verdict->text().isEmpty());
    CHECK(hint->text().startsWith(QStringLiteral("At least 10 characters.")));

    // The advice names what is wrong.
    passphrase->setText(QStringLiteral("password1234"));
    CHECK(verdict->text() == QStringLiteral("Weak"));
    CHECK(hint->text().contains(QStringLiteral("passwords guessed first")));
    // The name typed above counts as something an attacker knows.
    child<QLineEdit>(f.dialog, "displayNameEdit")->setText(QStringLiteral("Siti Aminah"));
    passphrase->setText(QStringLiteral("Siti Aminah 1985"));
    CHECK(verdict->text() == QStringLiteral("Weak"));
    CHECK(hint->text().contains(QStringLiteral("name")));

    // A language switch reaches the verdict without retyping.
    MeterTranslator translator;
    QCoreApplication::installTranslator(&translator);
    REQUIRE(waitUntil([&] { return verdict->text() == QStringLiteral("Lemah"); }));
    QCoreApplication::removeTranslator(&translator);
    REQUIRE(waitUntil([&] { return verdict->text() == QStringLiteral("Weak"); }));
}

TEST_CASE("a 'too short' error goes once the passphrase is long enough", "[ui][unlock][meter]")
{
    DialogFixture f;
    auto *passphrase = child<QLineEdit>(f.dialog, "newPassphraseEdit");
    child<QLineEdit>(f.dialog, "displayNameEdit")->setText(QStringLiteral("Siti Aminah"));
    passphrase->setText(QStringLiteral("pendek"));
    QTest::mouseClick(child<QPushButton>(f.dialog, "createButton"), Qt::LeftButton);
    const auto tooShortShown = [&] {
        for (QLabel *label : f.dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("The passphrase must be at least")))
                return true;
        }
        return false;
    };
    REQUIRE(tooShortShown());
    passphrase->end(false); // the failed attempt selected the text
    QTest::keyClicks(passphrase, QStringLiteral(" se"));
    CHECK(tooShortShown()); // 10 characters are not there yet
    QTest::keyClicks(passphrase, QStringLiteral("kali"));
    CHECK_FALSE(tooShortShown());
}

TEST_CASE("a weak passphrase is allowed, and the recovery page offers the code as QR and PDF", "[ui][unlock][sheet]")
{
    DialogFixture f;
    child<QLineEdit>(f.dialog, "displayNameEdit")->setText(QStringLiteral("Siti Aminah"));
    const QString weak = QStringLiteral("password1234"); // weak, but the policy's minimum is met
    child<QLineEdit>(f.dialog, "newPassphraseEdit")->setText(weak);
    child<QLineEdit>(f.dialog, "confirmPassphraseEdit")->setText(weak);
    CHECK(child<QLabel>(f.dialog, "passphraseStrengthVerdict")->text() == QStringLiteral("Weak"));
    QTest::mouseClick(child<QPushButton>(f.dialog, "createButton"), Qt::LeftButton);

    auto *code = child<QLabel>(f.dialog, "recoveryCode");
    REQUIRE(waitUntil([&] { return code->isVisible(); }));
    const QString recoveryCode = code->text();
    auto *qr = child<QLabel>(f.dialog, "recoveryQrCode");
    CHECK(qr->isVisible());
    CHECK_FALSE(qr->pixmap().isNull());
    CHECK(qr->pixmap().width() <= qr->width());
    CHECK(child<QPushButton>(f.dialog, "recoveryPrint")->isVisible());
    CHECK(child<QPushButton>(f.dialog, "recoverySavePdf")->isVisible());
    auto *note = child<QLabel>(f.dialog, "recoverySavedNote");
    CHECK_FALSE(note->isVisible());

    // What the Save button does once the person has chosen a file.
    auto *page = child<ui::RecoveryCodePage>(f.dialog, "");
    const QString pdf = f.dir.file(QStringLiteral("chosen/recovery.pdf"));
    REQUIRE(QDir().mkpath(f.dir.file(QStringLiteral("chosen"))));
    REQUIRE(page->saveSheet(pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("recovery.pdf")));
    CHECK(note->text().contains(QStringLiteral("delete")));

    // Nothing of it is kept in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(recoveryCode));

    child<QCheckBox>(f.dialog, "recoveryWrittenDown")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(f.dialog, "recoveryContinue"), Qt::LeftButton);
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(code->text().isEmpty());
    CHECK(qr->pixmap().isNull());
    CHECK_FALSE(note->isVisible());
}
