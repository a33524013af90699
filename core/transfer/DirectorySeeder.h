#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "domain/Organisation.h"
#include "domain/OrganisationSeed.h"

#include <QVector>

namespace lintas::repo {
class Workspace;
}

namespace lintas::transfer {

struct SeedSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    bool skipped = false; // seedIfNeverSeeded() found the directory seeded before
};

// Loads the bundled organisation directory into a profile through the OrganisationRepository.
// Entries are matched by seed_key, so seeding again after an app update refreshes them instead
// of duplicating them, and seeding twice in a row writes nothing. An entry the user deleted
// stays deleted. Texts go in the profile's working language (descriptions and phone labels are
// bilingual in the seed; the directory record has one text field for each).
class DirectorySeeder {
public:
    explicit DirectorySeeder(repo::Workspace &workspace, domain::Language language = domain::Language::Indonesian);

    Result<SeedSummary> seed(const QVector<domain::SeedOrganisation> &entries);
    Result<SeedSummary> seedBundled();
    // Seeds the bundled directory unless any entry with a seed key exists, deleted ones
    // included: a user who deleted seeded entries does not get them back on the next unlock.
    // Refreshing them after an app update is `lintas-cli org seed`.
    Result<SeedSummary> seedIfNeverSeeded();

    // The id a seeded entry is created with: derived from its seed key (32 lowercase hex, the
    // shape of ChangeWriter::newId()), so two devices that seed independently create the same
    // rows and sync merges them field by field instead of listing every entry twice.
    static QString idForSeedKey(const QString &key);

    domain::Organisation toOrganisation(const domain::SeedOrganisation &entry) const;

private:
    repo::Workspace &m_workspace;
    domain::Language m_language;
};

} // namespace lintas::transfer
