#include "common/FormState.h"
#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

// A form with one of every kind of input, some of them inside a plain container.
struct Form {
    QWidget root;
    QLineEdit *name = new QLineEdit(&root);
    QLineEdit *shown = new QLineEdit(&root); // read-only: not input
    QLineEdit *unnamed = new QLineEdit(&root);
    QWidget *box = new QWidget(&root);
    QPlainTextEdit *notes = new QPlainTextEdit(box);
    ui::CodeCombo *gender = new ui::CodeCombo(domain::genders(), box);
    ui::CodeChecklist *countries = new ui::CodeChecklist(domain::jurisdictions(), box);
    ui::OptionalDateEdit *born = new ui::OptionalDateEdit(box);
    QComboBox *consent = new QComboBox(box);
    QSpinBox *count = new QSpinBox(box);
    QCheckBox *urgent = new QCheckBox(box);
    QPushButton *save = new QPushButton(box);
    QDateEdit *due = new QDateEdit(box);

    Form()
    {
        name->setObjectName(QStringLiteral("name"));
        shown->setObjectName(QStringLiteral("shown"));
        shown->setReadOnly(true);
        notes->setObjectName(QStringLiteral("notes"));
        gender->setObjectName(QStringLiteral("gender"));
        countries->setObjectName(QStringLiteral("countries"));
        born->setObjectName(QStringLiteral("born"));
        consent->setObjectName(QStringLiteral("consent"));
        consent->addItem(QStringLiteral("Tidak ada"), QString());
        consent->addItem(QStringLiteral("LBH, 2 Nov"), QStringLiteral("consent-lbh"));
        consent->addItem(QStringLiteral("KJRI, 5 Nov"), QStringLiteral("consent-kjri"));
        count->setObjectName(QStringLiteral("count"));
        urgent->setObjectName(QStringLiteral("urgent"));
        save->setObjectName(QStringLiteral("save"));
        due->setObjectName(QStringLiteral("due"));
    }
};

} // namespace

TEST_CASE("a form's input is captured by widget name and written back", "[ui][unsaved]")
{
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    Form typed;
    typed.name->setText(QStringLiteral("Siti Aminah"));
    typed.shown->setText(QStringLiteral("KS-2026-0001"));
    typed.unnamed->setText(QStringLiteral("lost on purpose"));
    typed.notes->setPlainText(QStringLiteral("Prefers WhatsApp\nafter 9 pm"));
    typed.gender->setCode(QStringLiteral("female"));
    typed.countries->setCodes({QStringLiteral("hk"), QStringLiteral("id")});
    typed.born->setDate(QDate(1990, 4, 2));
    typed.consent->setCurrentIndex(2);
    typed.count->setValue(12);
    typed.urgent->setChecked(true);
    typed.due->setDate(QDate(2027, 1, 14));

    const QJsonObject state = ui::formstate::capture(&typed.root);
    CHECK(state.keys()
        == QStringList {QStringLiteral("born"), QStringLiteral("consent"), QStringLiteral("count"),
            QStringLiteral("countries"), QStringLiteral("due"), QStringLiteral("gender"), QStringLiteral("name"),
            QStringLiteral("notes"), QStringLiteral("urgent")});
    CHECK(state.value(QStringLiteral("gender")).toString() == QStringLiteral("female")); // the code, not the label
    CHECK(state.value(QStringLiteral("consent")).toString() == QStringLiteral("consent-kjri"));
    CHECK(state.value(QStringLiteral("born")).toString() == QStringLiteral("1990-04-02"));

    // Into a fresh form whose choice list comes in another order.
    Form fresh;
    fresh.consent->clear();
    fresh.consent->addItem(QStringLiteral("KJRI, 5 Nov"), QStringLiteral("consent-kjri"));
    fresh.consent->addItem(QStringLiteral("Tidak ada"), QString());
    CHECK(ui::formstate::apply(&fresh.root, state) == 9);
    CHECK(fresh.name->text() == QStringLiteral("Siti Aminah"));
    CHECK(fresh.shown->text().isEmpty());
    CHECK(fresh.unnamed->text().isEmpty());
    CHECK(fresh.notes->toPlainText() == QStringLiteral("Prefers WhatsApp\nafter 9 pm"));
    CHECK(fresh.gender->code() == QStringLiteral("female"));
    CHECK(fresh.countries->codes() == QStringList {QStringLiteral("hk"), QStringLiteral("id")});
    CHECK(fresh.born->date() == QDate(1990, 4, 2));
    CHECK(fresh.consent->currentData().toString() == QStringLiteral("consent-kjri"));
    CHECK(fresh.count->value() == 12);
    CHECK(fresh.urgent->isChecked());
    CHECK(fresh.due->date() == QDate(2027, 1, 14));
    CHECK(ui::formstate::capture(&fresh.root) == state);

    // Only what changed is kept; "no date" unticks an optional date but leaves a plain one alone.
    Form other;
    other.name->setText(QStringLiteral("Rina"));
    Form untouched;
    const QJsonObject onlyName
        = ui::formstate::changed(ui::formstate::capture(&other.root), ui::formstate::capture(&untouched.root));
    CHECK(onlyName.keys() == QStringList {QStringLiteral("name")});
    ui::formstate::apply(&fresh.root, {{QStringLiteral("born"), QString()}, {QStringLiteral("due"), QString()}});
    CHECK_FALSE(fresh.born->date().isValid());
    CHECK(fresh.due->date() == QDate(2027, 1, 14));
}
