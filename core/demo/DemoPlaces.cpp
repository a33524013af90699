#include "demo/DemoPlaces.h"

#include "demo/DemoRandom.h"

#include <QHash>

namespace lintas::demo {

namespace {

template<std::size_t N> QStringList fromUtf8(const char *const (&items)[N])
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

const char *const kJavaneseVillages[] = {"Sidomulyo", "Sumberrejo", "Karangrejo", "Tanjungsari", "Wonosari",
    "Margodadi", "Purwodadi", "Sukorejo", "Banjarsari", "Sidorejo", "Tegalrejo", "Kedungrejo", "Sumbersari", "Rejosari",
    "Margasari", "Sriminosari", "Karanganyar", "Mojorejo", "Ngadirejo", "Kalirejo"};
const char *const kSundaneseVillages[] = {"Sukamaju", "Mekarsari", "Sukamulya", "Cibeureum", "Mekarjaya", "Sukajadi",
    "Cikalong", "Sukaresmi", "Cijambe", "Margamulya", "Sindangsari", "Karangsari"};
const char *const kSasakVillages[] = {"Paok Motong", "Lenek", "Kotaraja", "Suralaga", "Ketangga", "Pringgasela",
    "Aikmel", "Sakra", "Wanasaba", "Lendang Nangka"};
const char *const kTimorVillages[] = {
    "Oelnasi", "Noelbaki", "Oebelo", "Tuapukan", "Naibonat", "Oelbiteno", "Nunkurus", "Baumata", "Tesabela", "Oenesu"};
const char *const kEasternVillages[]
    = {"Kandai", "Labuhan", "Sila", "Nita", "Koting", "Watublapi", "Lela", "Waiwerang", "Tanjung", "Sumber Mulya"};
const char *const kDusun[] = {"Krajan", "Karanganyar", "Sumbersari", "Kidul", "Lor", "Wetan", "Kulon", "Tengah"};

const char *const kHkDistricts[] = {"Causeway Bay", "Mong Kok", "Tuen Mun", "Sha Tin", "Tsuen Wan", "Yuen Long",
    "Tai Po", "Kowloon City", "Wan Chai", "Sai Kung", "Kwun Tong", "Tseung Kwan O", "Happy Valley", "Mid-Levels",
    "North Point", "Discovery Bay"};
const char *const kTwCities[] = {"Taipei", "New Taipei", "Taoyuan", "Taichung", "Tainan", "Kaohsiung", "Hsinchu"};
const char *const kMyCities[] = {"Kuala Lumpur", "Johor Bahru", "Petaling Jaya", "Penang", "Kota Kinabalu", "Ipoh"};
const char *const kSaCities[] = {"Riyadh", "Jeddah", "Dammam", "Mekkah", "Madinah"};

QString villageFor(DemoRandom &random, const QString &provinceKey, const QString &regencyKey)
{
    static const QStringList javanese = fromUtf8(kJavaneseVillages), sundanese = fromUtf8(kSundaneseVillages),
                             sasak = fromUtf8(kSasakVillages), timor = fromUtf8(kTimorVillages),
                             eastern = fromUtf8(kEasternVillages);
    if (provinceKey == QStringLiteral("jawa_barat") || provinceKey == QStringLiteral("banten"))
        return random.pick(sundanese);
    // Sasak names belong to Lombok and Timorese ones to West Timor; Sumbawa, Flores and Sumba differ.
    if (provinceKey == QStringLiteral("nusa_tenggara_barat")) {
        const bool lombok
            = regencyKey.startsWith(QStringLiteral("lombok")) || regencyKey == QStringLiteral("kota_mataram");
        return random.pick(lombok ? sasak : eastern);
    }
    if (provinceKey == QStringLiteral("nusa_tenggara_timur")) {
        static const QStringList timorRegencies {QStringLiteral("kupang"), QStringLiteral("kota_kupang"),
            QStringLiteral("timor_tengah_selatan"), QStringLiteral("timor_tengah_utara"), QStringLiteral("belu"),
            QStringLiteral("malaka")};
        return random.pick(timorRegencies.contains(regencyKey) ? timor : eastern);
    }
    return random.pick(javanese);
}

// BPS regency codes for the regencies in the bundled regions list.
const QHash<QString, QString> &knownRegencyCodes()
{
    static const QHash<QString, QString> codes = [] {
        const char *const pairs[][2] = {
            {"lampung_selatan", "1801"},
            {"lampung_tengah", "1802"},
            {"lampung_utara", "1803"},
            {"tulang_bawang", "1805"},
            {"tanggamus", "1806"},
            {"lampung_timur", "1807"},
            {"way_kanan", "1808"},
            {"pesawaran", "1809"},
            {"pringsewu", "1810"},
            {"kota_bandar_lampung", "1871"},
            {"kota_metro", "1872"},
            {"ponorogo", "3502"},
            {"trenggalek", "3503"},
            {"tulungagung", "3504"},
            {"blitar", "3505"},
            {"kediri", "3506"},
            {"malang", "3507"},
            {"jember", "3509"},
            {"banyuwangi", "3510"},
            {"madiun", "3519"},
            {"magetan", "3520"},
            {"ngawi", "3521"},
            {"lamongan", "3524"},
            {"kota_blitar", "3572"},
            {"kota_malang", "3573"},
            {"cilacap", "3301"},
            {"banyumas", "3302"},
            {"purbalingga", "3303"},
            {"banjarnegara", "3304"},
            {"kebumen", "3305"},
            {"wonosobo", "3307"},
            {"grobogan", "3315"},
            {"pati", "3318"},
            {"kendal", "3324"},
            {"brebes", "3329"},
            {"sukabumi", "3202"},
            {"cianjur", "3203"},
            {"garut", "3205"},
            {"kuningan", "3208"},
            {"cirebon", "3209"},
            {"majalengka", "3210"},
            {"indramayu", "3212"},
            {"subang", "3213"},
            {"karawang", "3215"},
            {"lombok_barat", "5201"},
            {"lombok_tengah", "5202"},
            {"lombok_timur", "5203"},
            {"sumbawa", "5204"},
            {"dompu", "5205"},
            {"bima", "5206"},
            {"lombok_utara", "5208"},
            {"kota_mataram", "5271"},
            {"kupang", "5301"},
            {"timor_tengah_selatan", "5302"},
            {"timor_tengah_utara", "5303"},
            {"belu", "5304"},
            {"flores_timur", "5306"},
            {"sikka", "5307"},
            {"ende", "5308"},
            {"kota_kupang", "5371"},
        };
        QHash<QString, QString> out;
        for (const auto &p : pairs)
            out.insert(QString::fromUtf8(p[0]), QString::fromUtf8(p[1]));
        return out;
    }();
    return codes;
}

double provinceWeight(const QString &key)
{
    static const QHash<QString, double> weights = {
        {QStringLiteral("jawa_timur"), 25},
        {QStringLiteral("jawa_tengah"), 20},
        {QStringLiteral("jawa_barat"), 15},
        {QStringLiteral("lampung"), 12},
        {QStringLiteral("nusa_tenggara_barat"), 12},
        {QStringLiteral("nusa_tenggara_timur"), 6},
    };
    return weights.value(key, 2.5);
}

} // namespace

DemoPlaces::DemoPlaces(const domain::Regions &regions) : m_regions(regions)
{
    for (const domain::Province &p : regions.provinces())
        m_provinceWeights << provinceWeight(p.key);
}

HomeAddress DemoPlaces::homeAddress(DemoRandom &random) const
{
    static const QStringList dusun = fromUtf8(kDusun);
    HomeAddress a;
    a.province = &m_regions.provinces().at(random.weightedIndex(m_provinceWeights));
    a.regency = &random.pick(a.province->regencies);
    if (!a.regency->districts.isEmpty())
        a.district = random.pick(a.regency->districts);
    a.village = villageFor(random, a.province->key, a.regency->key);
    if (random.chance(0.7)) {
        a.street = QStringLiteral("Dusun %1 RT %2/RW %3")
                       .arg(random.pick(dusun))
                       .arg(random.between(1, 12), 3, 10, QLatin1Char('0'))
                       .arg(random.between(1, 8), 3, 10, QLatin1Char('0'));
    } else {
        a.street = QStringLiteral("RT %1/RW %2")
                       .arg(random.between(1, 20), 3, 10, QLatin1Char('0'))
                       .arg(random.between(1, 9), 3, 10, QLatin1Char('0'));
    }
    return a;
}

QString DemoPlaces::cityAbroad(DemoRandom &random, const QString &jurisdiction)
{
    static const QStringList hk = fromUtf8(kHkDistricts), tw = fromUtf8(kTwCities), my = fromUtf8(kMyCities),
                             sa = fromUtf8(kSaCities);
    if (jurisdiction == QStringLiteral("hk"))
        return random.pick(hk);
    if (jurisdiction == QStringLiteral("tw"))
        return random.pick(tw);
    if (jurisdiction == QStringLiteral("my"))
        return random.pick(my);
    if (jurisdiction == QStringLiteral("sa"))
        return random.pick(sa);
    if (jurisdiction == QStringLiteral("sg"))
        return QStringLiteral("Singapore");
    return QString();
}

QString DemoPlaces::regencyCode(DemoRandom &random, const domain::Province &province, const domain::Regency &regency)
{
    QString known = knownRegencyCodes().value(regency.key);
    if (!known.isEmpty())
        return known;
    return province.bpsCode
        + QStringLiteral("%1").arg(
            regency.isCity() ? random.between(71, 79) : random.between(1, 29), 2, 10, QLatin1Char('0'));
}

} // namespace lintas::demo
