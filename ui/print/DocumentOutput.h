#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace lintas::ui {

// A document on its way to paper: what it is called and how it paints its pages on a device that
// is already set up (a printer with the paper the person chose, or the PDF writer).
struct PrintableDocument {
    // Goes into the PDF's metadata and the print queue, which others can read: never a name.
    QString title;
    QPageLayout layout;
    std::function<Status(QPagedPaintDevice &)> render;
};

// Puts any document on paper or into a PDF file, the same way for every document Lintas prints.
class DocumentOutput {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::DocumentOutput)

public:
    // A4 portrait with the same margin on every side.
    static QPageLayout a4(double marginMillimetres);

    // Writes the PDF whole or not at all: after a failure there is no file at `path`, and a file
    // that was there before is left as it was. Io when the file cannot be written.
    static Status savePdf(const PrintableDocument &document, const QString &path);

    // Asks where to save, offering `suggestedName` (made safe for Windows and Linux file names) in
    // the Documents folder; adds ".pdf" when the person left it off. Empty when cancelled.
    static QString choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName);

    // Shows the print dialog and prints. False when the person cancelled; Io when the printer did
    // not take the pages.
    static Result<bool> print(QWidget *parent, const PrintableDocument &document, const QString &dialogTitle);

    // What went wrong while a case document was made or written, for a message box. A case that
    // is not found has been deleted (ErrorText's own words for NotFound are about profiles).
    static QString errorMessage(const Error &error);
};

} // namespace lintas::ui
