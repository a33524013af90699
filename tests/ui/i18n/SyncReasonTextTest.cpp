#include "i18n/LanguageManager.h"
#include "sync/SyncStatusText.h"

#include <catch2/catch.hpp>

using lintas::ui::LanguageManager;
using lintas::ui::SyncStatusText;

// The sync page tells a record that waits for an update from one that is damaged, in both
// languages: the first needs nothing from the user but an update, the second her admin.
TEST_CASE("records from a newer version and damaged records are told apart on the sync page", "[ui][sync][newer]")
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("newer_version"))
        == QStringLiteral("Dibuat oleh versi Lintas yang lebih baru: diterapkan dengan sendirinya setelah Lintas di "
                          "laptop ini diperbarui"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("unreadable"))
        == QStringLiteral(
            "Tidak bisa dibaca oleh versi Lintas mana pun: rusak atau dibuat oleh program yang bermasalah"));

    languages.setLanguage(QStringLiteral("en"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("newer_version"))
        == QStringLiteral(
            "Made by a newer version of Lintas: applied by itself once Lintas on this laptop is updated"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("unreadable"))
        == QStringLiteral("Cannot be read by any version of Lintas: damaged or made by a faulty program"));
}
