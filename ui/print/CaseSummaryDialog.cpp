#include "print/CaseSummaryDialog.h"

#include "common/LabelStyles.h"
#include "print/DocumentOutput.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

CaseSummaryDialog::CaseSummaryDialog(repo::Workspace &workspace, QString caseId, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_caseId(std::move(caseId)),
      m_intro(new QLabel(this)),
      m_fullIdentifiers(new QCheckBox(this)),
      m_error(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseSummaryDialog"));
    m_intro->setWordWrap(true);
    m_fullIdentifiers->setObjectName(QStringLiteral("fullIdentifiersCheck"));
    m_error->setObjectName(QStringLiteral("caseSummaryError"));
    styleAsFieldError(m_error);
    m_saved->setObjectName(QStringLiteral("caseSummarySavedNote"));
    styleAsWarningBanner(m_saved);
    m_print->setObjectName(QStringLiteral("caseSummaryPrintButton"));
    m_save->setObjectName(QStringLiteral("caseSummarySaveButton"));
    m_close->setObjectName(QStringLiteral("caseSummaryCloseButton"));
    m_print->setDefault(true);
    setMinimumWidth(520);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_fullIdentifiers);
    layout->addWidget(m_error);
    layout->addWidget(m_saved);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &CaseSummaryDialog::print);
    connect(m_save, &QPushButton::clicked, this, &CaseSummaryDialog::chooseFileAndSave);
    connect(m_close, &QPushButton::clicked, this, &CaseSummaryDialog::reject);
    retranslateUi();
}

CaseSummaryDialog::~CaseSummaryDialog() = default;

CaseSummaryOptions CaseSummaryDialog::options() const
{
    CaseSummaryOptions o;
    o.showFullIdentifiers = m_fullIdentifiers->isChecked();
    return o;
}

Status CaseSummaryDialog::saveTo(const QString &path)
{
    const Status saved = CaseSummary::saveAsPdf(m_workspace, m_caseId, path, options());
    showOrHide(m_error, saved.ok() ? QString() : DocumentOutput::errorMessage(saved.error()));
    if (saved.ok()) {
        m_savedPath = path;
        retranslateUi();
    }
    adjustSize(); // a note came or went: wrapped text needs the height
    return saved;
}

void CaseSummaryDialog::chooseFileAndSave()
{
    const Result<CaseSummary> summary = CaseSummary::build(m_workspace, m_caseId, options());
    if (!summary.ok()) {
        showOrHide(m_error, DocumentOutput::errorMessage(summary.error()));
        return;
    }
    const QString path = DocumentOutput::choosePdfPath(this, tr("Save case summary"), summary->suggestedFileName());
    if (!path.isEmpty())
        (void)saveTo(path); // a failure is shown in the dialog
}

void CaseSummaryDialog::print()
{
    const Result<CaseSummary> summary = CaseSummary::build(m_workspace, m_caseId, options());
    if (!summary.ok()) {
        showOrHide(m_error, DocumentOutput::errorMessage(summary.error()));
        return;
    }
    const Result<bool> printed = DocumentOutput::print(this, summary->document(), tr("Print case summary"));
    showOrHide(m_error,
        printed.ok() ? QString()
                     : tr("The case summary could not be printed. Check the printer and try again, or save it as "
                          "PDF and print it from another computer."));
}

void CaseSummaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CaseSummaryDialog::retranslateUi()
{
    setWindowTitle(tr("Case summary"));
    m_intro->setText(
        tr("The summary lists the client, the case details, claims, deadlines, timeline, parties and "
           "consents, in the language Lintas is shown in now. Timeline entries marked confidential are "
           "left out, and ID and phone numbers show only their last four characters: show them in full only "
           "if the reader needs them."));
    m_fullIdentifiers->setText(tr("Show &full ID and phone numbers"));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save as PDF…"));
    m_close->setText(m_savedPath.isEmpty() ? tr("Cancel") : tr("Close"));
    showOrHide(m_saved,
        m_savedPath.isEmpty() ? QString()
                              : tr("Saved as %1. It contains personal data: delete the file once it is printed or "
                                   "sent, and do not leave it on a shared computer.")
                                    .arg(QDir::toNativeSeparators(m_savedPath)));
}

} // namespace lintas::ui
