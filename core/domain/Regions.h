#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::domain {

// A regency (kabupaten) or city (kota). The same name can be both ("Malang" the kabupaten and
// "Kota Malang"), so `key` is what identifies it and displayName() is what users see.
struct Regency {
    QString key; // "malang", "kota_malang"
    QString name; // "Malang"
    QString type; // "kabupaten" | "kota"
    QStringList districts; // sample kecamatan names; may be empty

    bool isCity() const { return type == QStringLiteral("kota"); }
    // "Kabupaten Malang" / "Kota Malang" — the form used on Indonesian addresses and forms.
    QString displayName() const;
};

struct Province {
    QString key; // "jawa_timur"
    QString name; // "Jawa Timur"
    QString bpsCode; // BPS province code, "35"
    QVector<Regency> regencies;

    const Regency *regency(const QString &regencyKey) const;
};

// Provinces and regencies where many migrant workers come from (resources/seed/regions.json),
// for address pickers and the demo data generator. Not exhaustive: pickers still accept any
// typed name, so this list only speeds up entry and keeps spellings consistent.
class Regions {
public:
    static QString bundledPath(); // ":/lintas/seed/regions.json"
    static Result<Regions> load(const QByteArray &json);
    static Result<Regions> bundled();

    const QVector<Province> &provinces() const { return m_provinces; }
    // By key ("jawa_timur") or, for typed input, by name ignoring case ("jawa timur").
    const Province *province(const QString &keyOrName) const;
    const Regency *regency(const QString &provinceKey, const QString &regencyKey) const;
    QStringList provinceNames() const;
    int regencyCount() const;

private:
    QVector<Province> m_provinces;
};

} // namespace lintas::domain
