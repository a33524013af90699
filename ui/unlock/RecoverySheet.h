#pragma once

#include "base/Result.h"
#include "print/DocumentOutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace lintas::ui {

// The recovery sheet: one page in the current UI language with the profile's name and creation
// date, the code in large grouped letters and as a QR code, and how to keep it. The
// organisation's recovery key (sync::OrgRecovery) prints on the same kind of sheet, with the
// organisation's name and a QR code of its whole recovery link. It paints on any
// paged device (a printer, QPdfWriter) and, for pictures, on any painter.
//
// It keeps the code only as long as it lives and writes it nowhere by itself: savePdf() writes
// exactly the file the person chose.
class RecoverySheet {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::RecoverySheet)

public:
    RecoverySheet(QString profileName, QString code, QDateTime createdAt);
    // The organisation's recovery key: `link` (sync::OrgRecoveryLink text) goes into the QR code.
    static RecoverySheet organisation(QString organisationName, QString code, QString link, QDateTime createdAt);

    // The margins savePdf() uses; set them on a printer too, the person may change them.
    static constexpr double MarginMillimetres = 18;

    // Paints one page on `device` as it is set up: a printer keeps the paper the person chose.
    // Io when the device cannot be painted on (no printer, unwritable file).
    Status render(QPagedPaintDevice &device) const;
    // The sheet as an A4 document to print or save (see DocumentOutput); it holds a copy of the code.
    PrintableDocument document() const;
    // An A4 PDF at `path`, written whole or not at all.
    Status savePdf(const QString &path) const;
    // The page's content inside `content` (the paper less its margins), in the painter's device
    // pixels; millimetres are converted with the device's resolution.
    void paint(QPainter &painter, const QRectF &content) const;

private:
    // Where the content goes and how big a millimetre is there; each part returns the height it used.
    struct Frame {
        qreal left = 0;
        qreal width = 0;
        qreal mm = 1;
    };
    qreal paintDetails(QPainter &painter, const Frame &frame, qreal top) const;
    qreal paintCode(QPainter &painter, const Frame &frame, qreal top) const;
    qreal paintQrCode(QPainter &painter, const Frame &frame, qreal top) const;
    qreal paintAdvice(QPainter &painter, const Frame &frame, qreal top) const;

    QString m_profileName; // or the organisation's name
    QString m_code;
    QDateTime m_createdAt;
    QString m_link; // set for the organisation's key: what its QR code holds
    bool isOrganisation() const { return !m_link.isEmpty(); }
};

} // namespace lintas::ui
