#pragma once

#include <QCoreApplication>
#include <QString>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// At unlock, one line for the status bar naming where input typed before the last lock waits to
// be saved or discarded (decision D20): it comes back only when that case, client or page is
// opened, so the user must know to go there.
class KeptInputNotice {
    Q_DECLARE_TR_FUNCTIONS(KeptInputNotice)

public:
    // Empty when nothing is kept.
    static QString text(repo::Workspace &workspace);
};

} // namespace lintas::ui
