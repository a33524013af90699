#include "shell/ClipboardGuard.h"

#include "base/RandomSource.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>

namespace lintas::ui {

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard), m_key(SecureRandom::instance().bytes(32))
{
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::clipboardChanged);
}

void ClipboardGuard::setWatching(bool watching)
{
    m_watching = watching;
}

void ClipboardGuard::clipboardChanged()
{
    if (!m_watching)
        return;
    const QString text = m_clipboard->text();
    // Text copied in another program arrives while Lintas is in the background.
    const bool fromLintas
        = m_clipboard->ownsClipboard() || QGuiApplication::applicationState() == Qt::ApplicationActive;
    m_ours = fromLintas && !text.isEmpty() ? fingerprint(text) : QByteArray();
}

void ClipboardGuard::clearIfOurs()
{
    if (!m_ours.isEmpty() && fingerprint(m_clipboard->text()) == m_ours)
        m_clipboard->clear();
    m_ours.clear();
}

QByteArray ClipboardGuard::fingerprint(const QString &text) const
{
    return QMessageAuthenticationCode::hash(text.toUtf8(), m_key, QCryptographicHash::Sha256);
}

} // namespace lintas::ui
