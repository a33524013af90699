#pragma once

#include "profile/ProfileStore.h"

#include <QString>

namespace lintas::profile {

// Where this laptop's profiles live and how costly new key wraps are, decided the same way by
// the desktop app and lintas-cli so that both always see the same profiles.
class ProfileEnvironment {
public:
    // $LINTAS_PROFILES_DIR, else <AppDataLocation>/profiles (Linux:
    // ~/.local/share/Lintas/lintas/profiles), as a clean absolute path. AppDataLocation depends on
    // the organisation and application names, which both programs set to "Lintas" / "lintas".
    static QString defaultRoot();
    // FastForTests only when LINTAS_INSECURE_FAST_KDF=1: tests and scripted demos, never real data.
    static KdfStrength kdfStrength();
};

} // namespace lintas::profile
