#include "transfer/DirectorySeeder.h"

#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>

namespace lintas::transfer {

DirectorySeeder::DirectorySeeder(repo::Workspace &workspace, domain::Language language)
    : m_workspace(workspace), m_language(language)
{ }

domain::Organisation DirectorySeeder::toOrganisation(const domain::SeedOrganisation &entry) const
{
    const bool id = m_language == domain::Language::Indonesian;
    domain::Organisation o;
    o.name = entry.name;
    o.kind = entry.kind;
    o.country = entry.country;
    o.province = entry.province;
    o.city = entry.city;
    o.address = entry.address;
    o.phones = entry.phonesText(m_language);
    o.email = entry.email;
    o.website = entry.website;
    o.services = entry.description(m_language);
    // Where a contact comes from matters: numbers change, and caseworkers must be able to judge
    // how fresh an entry is before giving it to a client.
    QStringList notes;
    if (!entry.source.isEmpty()) {
        notes << (id ? QStringLiteral("Sumber: %1") : QStringLiteral("Source: %1")).arg(entry.source);
    }
    if (entry.sourceDate.isValid())
        notes << (id ? QStringLiteral("Tanggal sumber: %1") : QStringLiteral("Source date: %1"))
                     .arg(entry.sourceDate.toString(Qt::ISODate));
    if (entry.needsRecheck) {
        notes << (id ? QStringLiteral("Kontak perlu dicek ulang sebelum dipakai.")
                     : QStringLiteral("Contacts need re-checking before use."));
    }
    o.notes = notes.join(QLatin1Char('\n'));
    o.seedKey = entry.key;
    o.id = idForSeedKey(entry.key);
    return o;
}

Result<SeedSummary> DirectorySeeder::seed(const QVector<domain::SeedOrganisation> &entries)
{
    repo::OrganisationRepository &orgs = m_workspace.organisations();
    auto tx = m_workspace.database().begin();
    if (!tx.ok())
        return tx.error();
    SeedSummary summary;
    for (const domain::SeedOrganisation &entry : entries) {
        domain::Organisation wanted = toOrganisation(entry);
        auto found = orgs.select(QStringLiteral("t.seed_key = ?"), {entry.key}, QStringLiteral("t.id"), 1);
        if (!found.ok())
            return found.error();
        if (found->isEmpty()) {
            auto created = orgs.create(wanted);
            if (!created.ok())
                return created.error();
            ++summary.created;
            continue;
        }
        wanted.id = found->first().id;
        wanted.deleted = found->first().deleted;
        auto changed = orgs.update(wanted);
        if (!changed.ok())
            return changed.error();
        ++(changed.value() ? summary.updated : summary.unchanged);
    }
    LINTAS_TRY(tx->commit());
    return summary;
}

QString DirectorySeeder::idForSeedKey(const QString &key)
{
    const QByteArray input = QByteArrayLiteral("lintas/organisation-seed/") + key.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(32));
}

Result<SeedSummary> DirectorySeeder::seedIfNeverSeeded()
{
    auto seeded = m_workspace.organisations().hasSeededEntries();
    if (!seeded.ok())
        return seeded.error();
    if (*seeded) {
        SeedSummary summary;
        summary.skipped = true;
        return summary;
    }
    return seedBundled();
}

Result<SeedSummary> DirectorySeeder::seedBundled()
{
    auto entries = domain::OrganisationSeed::bundled();
    if (!entries.ok())
        return entries.error();
    return seed(*entries);
}

} // namespace lintas::transfer
