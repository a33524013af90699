#include "sync/SyncStatusText.h"
#include "i18n/LanguageManager.h"

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
        == QStringLiteral(
            "Dari versi Lintas yang lebih baru: ditambahkan dengan sendirinya setelah laptop ini memakai versi itu"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("unreadable"))
        == QStringLiteral(
            "Tidak bisa dibaca oleh versi Lintas mana pun: rusak atau dibuat oleh program yang bermasalah"));

    languages.setLanguage(QStringLiteral("en"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("newer_version"))
        == QStringLiteral("From a newer version of Lintas: added by itself once this laptop has that version"));
    CHECK(SyncStatusText::quarantineReason(QStringLiteral("unreadable"))
        == QStringLiteral("Cannot be read by any version of Lintas: damaged or made by a faulty program"));
}
