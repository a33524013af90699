#pragma once

#include <QByteArray>
#include <QObject>

class QClipboard;

namespace lintas::ui {

// Client data copied out of Lintas (a name, a phone number, a reference) must not outlive the
// session on the clipboard. While a profile is open, text that lands on the clipboard while
// Lintas is the active application is remembered as a keyed hash (not as text); on lock, the
// clipboard is cleared if it still holds that text. What the person copied in another program
// afterwards is left alone.
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);

    void setWatching(bool watching);
    // Clears the clipboard if it still holds text Lintas put there; forgets the text either way.
    void clearIfOurs();

private:
    void clipboardChanged();
    QByteArray fingerprint(const QString &text) const;

    QClipboard *m_clipboard;
    QByteArray m_key;
    QByteArray m_ours;
    bool m_watching = false;
};

} // namespace lintas::ui
