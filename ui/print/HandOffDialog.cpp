#include "print/HandOffDialog.h"

#include "common/LabelStyles.h"
#include "repo/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// The sending side and the place rarely change between hand-overs: they are offered again.
const QString kOwnOrganisationKey = QStringLiteral("print/handOffOrganisation");
const QString kPlaceKey = QStringLiteral("print/handOffPlace");

QComboBox *organisationCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(30);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

} // namespace

HandOffDialog::HandOffDialog(
    repo::Workspace &workspace, QString caseId, const QString &handedOverByName, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_caseId(std::move(caseId)),
      m_intro(new QLabel(this)),
      m_handedOverByLabel(new QLabel(this)),
      m_handedOverBy(new QLineEdit(handedOverByName, this)),
      m_handedOverOrgLabel(new QLabel(this)),
      m_handedOverOrg(organisationCombo(this)),
      m_receivedByLabel(new QLabel(this)),
      m_receivedBy(new QLineEdit(this)),
      m_receivedOrgLabel(new QLabel(this)),
      m_receivedOrg(organisationCombo(this)),
      m_placeLabel(new QLabel(this)),
      m_place(new QLineEdit(this)),
      m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(this)),
      m_documentsLabel(new QLabel(this)),
      m_documents(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("handOffDialog"));
    m_intro->setWordWrap(true);
    m_handedOverBy->setObjectName(QStringLiteral("handedOverByEdit"));
    m_handedOverOrg->setObjectName(QStringLiteral("handedOverOrganisationCombo"));
    m_receivedBy->setObjectName(QStringLiteral("receivedByEdit"));
    m_receivedOrg->setObjectName(QStringLiteral("receivedOrganisationCombo"));
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_date->setObjectName(QStringLiteral("handOffDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs()).date());
    m_documents->setObjectName(QStringLiteral("handOffDocumentsEdit"));
    m_documents->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("handOffError"));
    styleAsFieldError(m_error);
    m_saved->setObjectName(QStringLiteral("handOffSavedNote"));
    styleAsWarningBanner(m_saved);
    m_print->setObjectName(QStringLiteral("handOffPrintButton"));
    m_save->setObjectName(QStringLiteral("handOffSaveButton"));
    m_close->setObjectName(QStringLiteral("handOffCloseButton"));
    m_print->setAutoDefault(false);
    setMinimumWidth(560);
    m_save->setAutoDefault(false);

    fillOrganisations();
    const QSettings settings;
    m_handedOverOrg->setCurrentText(settings.value(kOwnOrganisationKey).toString());
    m_receivedOrg->setCurrentText(QString());
    m_place->setText(settings.value(kPlaceKey).toString());

    auto *form = new QFormLayout;
    const std::pair<QLabel *, QWidget *> rows[] = {{m_handedOverByLabel, m_handedOverBy},
        {m_handedOverOrgLabel, m_handedOverOrg}, {m_receivedByLabel, m_receivedBy}, {m_receivedOrgLabel, m_receivedOrg},
        {m_placeLabel, m_place}, {m_dateLabel, m_date}, {m_documentsLabel, m_documents}};
    for (const auto &[label, field] : rows) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_saved);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &HandOffDialog::print);
    connect(m_save, &QPushButton::clicked, this, &HandOffDialog::chooseFileAndSave);
    connect(m_close, &QPushButton::clicked, this, &HandOffDialog::reject);
    retranslateUi();
    m_receivedBy->setFocus();
}

HandOffDialog::~HandOffDialog() = default;

void HandOffDialog::fillOrganisations()
{
    // Without the directory the fields still take any name: the list only saves typing.
    const auto organisations = m_workspace.organisations().list();
    if (!organisations.ok())
        return;
    QStringList names;
    for (const domain::Organisation &o : *organisations) {
        if (!o.deleted && !o.name.isEmpty())
            names << o.name;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_handedOverOrg->addItems(names);
    m_receivedOrg->addItems(names);
}

HandOffDetails HandOffDialog::details() const
{
    HandOffDetails d;
    d.handedOverByName = m_handedOverBy->text().trimmed();
    d.handedOverByOrganisation = m_handedOverOrg->currentText().trimmed();
    d.receivedByName = m_receivedBy->text().trimmed();
    d.receivedByOrganisation = m_receivedOrg->currentText().trimmed();
    d.place = m_place->text().trimmed();
    d.date = m_date->date();
    d.documents = m_documents->toPlainText().split(QLatin1Char('\n'));
    d.fileShare = m_fileShare;
    return d;
}

Status HandOffDialog::saveTo(const QString &path)
{
    const Status saved = HandOffSheet::saveAsPdf(m_workspace, m_caseId, details(), path);
    if (!saved.ok()) {
        showError(saved.error());
        return saved;
    }
    m_savedPath = path;
    remember();
    showOrHide(m_error, {});
    showSaved();
    return {};
}

void HandOffDialog::chooseFileAndSave()
{
    const Result<HandOffSheet> sheet = HandOffSheet::build(m_workspace, m_caseId, details());
    if (!sheet.ok()) {
        showError(sheet.error());
        return;
    }
    const QString path = DocumentOutput::choosePdfPath(this, tr("Save hand-over record"), sheet->suggestedFileName());
    if (!path.isEmpty())
        (void)saveTo(path); // a failure is shown in the dialog, with everything typed still there
}

void HandOffDialog::print()
{
    const Result<HandOffSheet> sheet = HandOffSheet::build(m_workspace, m_caseId, details());
    if (!sheet.ok()) {
        showError(sheet.error());
        return;
    }
    const Result<bool> printed = DocumentOutput::print(this, sheet->document(), tr("Print hand-over record"));
    if (!printed.ok()) {
        showOrHide(m_error,
            tr("The hand-over record could not be printed. Check the printer and try again, or save it as PDF and "
               "print it from another computer."));
        return;
    }
    if (*printed) {
        m_printed = true;
        remember();
        showOrHide(m_error, {});
        retranslateUi();
    }
}

void HandOffDialog::showError(const Error &error)
{
    showOrHide(m_error, DocumentOutput::errorMessage(error));
}

void HandOffDialog::showSaved()
{
    showOrHide(m_saved,
        m_savedPath.isEmpty() ? QString()
                              : tr("Saved as %1. It contains personal data: delete the file once it is printed or "
                                   "sent, and do not leave it on a shared computer.")
                                    .arg(QDir::toNativeSeparators(m_savedPath)));
}

void HandOffDialog::setReceivedOrganisation(const QString &name)
{
    m_receivedOrg->setCurrentText(name);
}

void HandOffDialog::remember() const
{
    QSettings settings;
    settings.setValue(kOwnOrganisationKey, m_handedOverOrg->currentText().trimmed());
    settings.setValue(kPlaceKey, m_place->text().trimmed());
}

void HandOffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandOffDialog::retranslateUi()
{
    setWindowTitle(tr("Hand-over record"));
    m_intro->setText(tr("The hand-over record (berita acara serah terima) is signed by both sides when this case "
                        "passes to another caseworker or organisation. Fields left empty print as lines to fill "
                        "in by hand. It is printed in the language Lintas is shown in now."));
    m_handedOverByLabel->setText(tr("Handed over &by"));
    m_handedOverOrgLabel->setText(tr("&Your organisation"));
    m_receivedByLabel->setText(tr("&Received by"));
    m_receivedOrgLabel->setText(tr("Receiving &organisation"));
    m_placeLabel->setText(tr("Pla&ce"));
    m_dateLabel->setText(tr("&Date"));
    m_documentsLabel->setText(tr("Docu&ments handed over"));
    m_documents->setPlaceholderText(tr("One document per line, for example:\nCopy of passport\nPayslips "
                                       "January–June 2026\nLabour Department referral letter"));
    m_receivedBy->setPlaceholderText(tr("Name of the person who receives the case"));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save as PDF…"));
    m_close->setText(m_printed || !m_savedPath.isEmpty() ? tr("Close") : tr("Cancel"));
    showSaved();
}

} // namespace lintas::ui
