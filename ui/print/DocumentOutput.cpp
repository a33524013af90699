#include "print/DocumentOutput.h"

#include "common/ErrorText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace lintas::ui {

namespace {

// Fine enough for small print and rules; Qt lays text out in device pixels.
constexpr int kPdfResolution = 300;

} // namespace

QPageLayout DocumentOutput::a4(double marginMillimetres)
{
    const double m = marginMillimetres;
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

Status DocumentOutput::savePdf(const PrintableDocument &document, const QString &path)
{
    // QSaveFile writes next to the target and renames on commit, so a half-written PDF (full disk,
    // a failed page) never replaces anything nor lies around looking like a finished document.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(document.layout);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Lintas"));
        const Status rendered = document.render(writer);
        if (!rendered.ok()) {
            file.cancelWriting();
            return rendered;
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, file.errorString());
    return {};
}

QString DocumentOutput::choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName)
{
    QString fileName = suggestedName;
    fileName.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    return path;
}

Result<bool> DocumentOutput::print(QWidget *parent, const PrintableDocument &document, const QString &dialogTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.layout);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    LINTAS_TRY(document.render(printer));
    return true;
}

QString DocumentOutput::errorMessage(const Error &error)
{
    if (error.code == ErrorCode::NotFound)
        return tr("This case is no longer on this laptop: it may have been deleted on another device. Go back to "
                  "the case list and open it again.");
    return ErrorText::message(error);
}

} // namespace lintas::ui
