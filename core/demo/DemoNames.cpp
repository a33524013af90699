#include "demo/DemoNames.h"

#include "demo/DemoRandom.h"

namespace lintas::demo {

namespace {

template<std::size_t N> QStringList fromUtf8(const char *const (&items)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// Single names are the commonest form among Javanese and Sundanese women of this generation.
const char *const kSingleFemale[] = {
    "Sumiati",
    "Wartini",
    "Suparmi",
    "Sulastri",
    "Sumarni",
    "Karsinah",
    "Tarsini",
    "Rasmini",
    "Sunarti",
    "Kasiyem",
    "Tumini",
    "Sutini",
    "Painem",
    "Juminten",
    "Sukinah",
    "Rohimah",
    "Nurhayati",
    "Khotimah",
    "Darsih",
    "Sarinah",
    "Kartini",
    "Lestari",
    "Yuliani",
    "Wiwik",
    "Endang",
    "Nining",
    "Ratna",
    "Susilowati",
    "Murni",
    "Samini",
    "Ngatini",
    "Suwarni",
    "Warsini",
    "Mulyani",
    "Rukmini",
    "Tukini",
    "Sriyatun",
    "Parmi",
    "Sainah",
    "Casmini",
    "Darmini",
    "Eni",
    "Rasminah",
    "Kusmiati",
    "Suyatmi",
    "Marsini",
    "Karniti",
    "Sumini",
    "Tarwiyah",
    "Dasinah",
};
const char *const kGivenFemale[] = {
    "Siti",
    "Sri",
    "Nur",
    "Dwi",
    "Eka",
    "Tri",
    "Ani",
    "Yuli",
    "Dewi",
    "Rina",
    "Lilis",
    "Nurul",
    "Umi",
    "Ika",
    "Endah",
    "Ayu",
    "Fitri",
    "Wahyu",
    "Indah",
    "Rini",
    "Ida",
    "Neneng",
    "Euis",
    "Titin",
    "Yati",
    "Evi",
};
const char *const kSecondFemale[] = {
    "Aminah",
    "Wahyuni",
    "Aini",
    "Lestari",
    "Susanti",
    "Wahyuningsih",
    "Rahmawati",
    "Astuti",
    "Sartika",
    "Marlina",
    "Suryani",
    "Hidayah",
    "Khotijah",
    "Kulsum",
    "Puspitasari",
    "Setyowati",
    "Fatimah",
    "Maryam",
    "Rohmah",
    "Nurjanah",
    "Handayani",
    "Purwanti",
    "Kurniasih",
    "Sumarni",
    "Mulyati",
    "Komariah",
    "Rahayu",
};
// Sasak (Lombok) women often carry the title "Baiq"; NTT names are mostly Christian with clan names.
const char *const kSasakFemale[] = {"Baiq Nurhasanah", "Baiq Rohani", "Rohani", "Mahnun", "Hajar", "Sahnim",
    "Inaq Sapiah", "Hurniati", "Zaenab", "Rabiatul Adawiyah", "Maesarah"};
const char *const kNttFemale[]
    = {"Maria Yosefina Nahak", "Yuliana Bere", "Florentina Tefa", "Agustina Liu", "Margaretha Seran", "Yasinta Bria",
        "Theresia Klau", "Marselina Nenobais", "Oktovina Lake", "Dorotea Mau", "Imelda Kolo", "Veronika Asa"};
const char *const kMale[] = {"Slamet", "Sugeng", "Agus Salim", "Budi Santoso", "Rudi Hartono", "Joko Susilo",
    "Ahmad Fauzi", "Muhammad Ridwan", "Suparno", "Wagiman", "Dedi Kurniawan", "Asep Saepudin", "Lalu Ahmad",
    "Muhammad Zaini", "Yohanes Tefa", "Paulus Nahak", "Heri Setiawan", "Tarmuji"};
const char *const kFathers[] = {"Karto", "Slamet", "Sukiman", "Parman", "Abdullah", "Ahmad", "Muhammad", "Sarmo",
    "Wagimin", "Rasdi", "Tarmuji", "Sanusi", "Kasan", "Darmo", "Saleh", "Yusuf", "Kasim", "Sahid", "Juned", "Marto"};
const char *const kRelatives[] = {"Sartini", "Suyono", "Parno", "Tukiyem", "Samsul", "Rohman", "Wagini", "Ponirah",
    "Kusno", "Jumadi", "Sumirah", "Darto", "Nasrul", "Yohanes", "Mariana"};
const char *const kNicknames[] = {"Mbak ", "Teh ", "Bu ", "Kak "};

const char *const kHkSurnames[] = {"Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Tang", "Yip", "Chow",
    "Lam", "Tsang", "Kwok", "Mak", "Fung", "Poon", "Yuen", "Siu", "Tam"};
const char *const kHkGiven[] = {"Wai Man", "Siu Ming", "Ka Wai", "Chi Keung", "Mei Ling", "Kwok Wing", "Yuk Lan",
    "Tak Shing", "Hoi Yan", "Wing Sze", "Chun Kit", "Pui Shan", "Kin Hung", "Lai Ping"};
const char *const kTwNames[] = {"Lin Chih-ming", "Chen Mei-ling", "Huang Wen-hsiung", "Chang Shu-fen", "Wu Chien-hua",
    "Tsai Ya-ting", "Liu Kuo-hua", "Yang Hsiu-ying", "Hsu Chun-hung", "Cheng Li-chu"};
const char *const kSgNames[] = {"Tan Ah Kow", "Lim Siew Ling", "Ng Boon Huat", "Goh Mei Fen", "Teo Kian Seng",
    "Koh Li Hua", "Wong Wai Keong", "Chua Bee Leng", "Rajesh Kumar", "Siti Rohani Ismail"};
const char *const kMyNames[] = {"Ahmad bin Hassan", "Wong Kah Seng", "Lim Chee Keong", "Nor Azlina binti Osman",
    "Tan Boon Leong", "Muthu a/l Raman", "Rosnah binti Ali", "Chong Wei Ming"};
const char *const kSaNames[] = {"Abdullah Al-Harbi", "Fahad Al-Qahtani", "Saad Al-Otaibi", "Khalid Al-Ghamdi",
    "Nasser Al-Dosari", "Majed Al-Shehri", "Turki Al-Mutairi"};
const char *const kAgencyWords[] = {"Golden", "Star", "Bright", "Happy", "Lucky", "Sunrise", "Harmony", "Pearl", "Jade",
    "Phoenix", "Ever", "Grand", "Royal", "Ocean", "Lotus", "Orchid", "Prime", "Victory", "Rainbow", "Crystal"};
const char *const kAgencyNouns[] = {"Employment Agency", "Employment Centre", "Maid Agency", "Helpers Agency",
    "Manpower Services", "Domestic Helper Centre"};
const char *const kPtWords[] = {"Sinar", "Jaya", "Abadi", "Karya", "Mandiri", "Sejahtera", "Bunga", "Tanjung",
    "Perkasa", "Mitra", "Bahari", "Putra", "Citra", "Harapan", "Bangsa", "Makmur", "Sentosa", "Cahaya", "Mulia",
    "Nusantara", "Gemilang", "Utama", "Berkah", "Insani"};
const char *const kLenderWords[] = {"Quick", "Easy", "Ready", "Smart", "Trust", "Sure", "First", "Kind", "Wise"};
const char *const kCaseworkers[]
    = {"Fitri", "Dian", "Nurul", "Yanti", "Ikhsan", "Lia", "Wulan", "Anis", "Rosa", "Tutik", "Sri Utami", "Ernawati"};
const char *const kFacilitators[] = {"Bu Sri Utami", "Pak Darmaji", "Mbak Anis", "Bu Ernawati", "Pak Yohanes Bria",
    "Bu Baiq Hartini", "Mbak Wulan", "Pak Samsul Hadi"};

QString pickFrom(DemoRandom &random, const QStringList &list)
{
    return random.pick(list);
}

} // namespace

QString DemoNames::workerName(DemoRandom &random, bool female, const QString &provinceKey)
{
    static const QStringList singles = fromUtf8(kSingleFemale), given = fromUtf8(kGivenFemale),
                             second = fromUtf8(kSecondFemale), sasak = fromUtf8(kSasakFemale),
                             ntt = fromUtf8(kNttFemale), male = fromUtf8(kMale);
    if (!female)
        return pickFrom(random, male);
    if (provinceKey == QStringLiteral("nusa_tenggara_timur") && random.chance(0.8))
        return pickFrom(random, ntt);
    if (provinceKey == QStringLiteral("nusa_tenggara_barat") && random.chance(0.6))
        return pickFrom(random, sasak);
    const int shape = random.between(0, 99);
    if (shape < 50)
        return pickFrom(random, singles);
    if (shape < 88)
        return pickFrom(random, given) + QLatin1Char(' ') + pickFrom(random, second);
    // Three parts: "Siti Nur Aminah", "Sri Wahyuni Lestari".
    return pickFrom(random, given) + QLatin1Char(' ') + pickFrom(random, given) + QLatin1Char(' ')
        + pickFrom(random, second);
}

QString DemoNames::spellingVariant(DemoRandom &random, const QString &name)
{
    // Old (pre-1972) spellings survive on documents and in families; y/i and kh/h swap freely.
    struct Swap {
        const char *from;
        const char *to;
    };
    static const Swap swaps[] = {{"u", "oe"}, {"j", "dj"}, {"c", "tj"}, {"iy", "i"}, {"ya", "ia"}, {"kh", "h"},
        {"Kh", "H"}, {"y", "i"}, {"i", "y"}, {"Su", "Soe"}, {"Ju", "Djoe"}};
    const int start = random.between(0, int(std::size(swaps)) - 1);
    for (int k = 0; k < int(std::size(swaps)); ++k) {
        const Swap &s = swaps[(start + k) % int(std::size(swaps))];
        const QString from = QString::fromUtf8(s.from);
        const int at = int(name.indexOf(from, 1)); // never the first letter: keeps the name recognisable
        if (at > 0) {
            QString out = name;
            out.replace(at, from.size(), QString::fromUtf8(s.to));
            if (out != name)
                return out;
        }
    }
    static const QStringList nick = fromUtf8(kNicknames);
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    return first.size() > 4 ? pickFrom(random, nick) + first.left(first.size() / 2 + 1) : QString();
}

QString DemoNames::fatherName(DemoRandom &random)
{
    static const QStringList fathers = fromUtf8(kFathers);
    return pickFrom(random, fathers);
}

QString DemoNames::withFather(DemoRandom &random, const QString &name, bool female)
{
    return QStringLiteral("%1 %2 %3")
        .arg(name, female ? QStringLiteral("binti") : QStringLiteral("bin"), fatherName(random));
}

QString DemoNames::relativeName(DemoRandom &random)
{
    static const QStringList relatives = fromUtf8(kRelatives);
    return pickFrom(random, relatives);
}

QString DemoNames::relation(DemoRandom &random, bool clientFemale)
{
    return clientFemale
        ? random.weighted({{"suami", 35}, {"ibu", 30}, {"ayah", 10}, {"kakak", 12}, {"adik", 8}, {"anak", 5}})
        : random.weighted({{"istri", 45}, {"ibu", 30}, {"ayah", 10}, {"kakak", 15}});
}

QString DemoNames::employerName(DemoRandom &random, const QString &jurisdiction)
{
    static const QStringList hkSurnames = fromUtf8(kHkSurnames), hkGiven = fromUtf8(kHkGiven), tw = fromUtf8(kTwNames),
                             sg = fromUtf8(kSgNames), my = fromUtf8(kMyNames), sa = fromUtf8(kSaNames);
    if (jurisdiction == QStringLiteral("tw"))
        return pickFrom(random, tw);
    if (jurisdiction == QStringLiteral("sg"))
        return pickFrom(random, sg);
    if (jurisdiction == QStringLiteral("my"))
        return pickFrom(random, my);
    if (jurisdiction == QStringLiteral("sa"))
        return pickFrom(random, sa);
    const QString surname = pickFrom(random, hkSurnames);
    const int form = random.between(0, 2);
    if (form == 0)
        return QStringLiteral("%1 %2").arg(surname, pickFrom(random, hkGiven));
    return QStringLiteral("%1 %2 %3")
        .arg(form == 1 ? QStringLiteral("Mrs") : QStringLiteral("Mr"), surname, pickFrom(random, hkGiven));
}

QString DemoNames::overseasAgencyName(DemoRandom &random, const QString &jurisdiction)
{
    static const QStringList words = fromUtf8(kAgencyWords), nouns = fromUtf8(kAgencyNouns);
    const QString base
        = QStringLiteral("%1 %2 %3").arg(pickFrom(random, words), pickFrom(random, words), pickFrom(random, nouns));
    if (jurisdiction == QStringLiteral("hk") || jurisdiction == QStringLiteral("sg"))
        return base + (random.chance(0.6) ? QStringLiteral(" Limited") : QString());
    if (jurisdiction == QStringLiteral("tw"))
        return base.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" Manpower Co., Ltd.");
    if (jurisdiction == QStringLiteral("my"))
        return base.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" Agensi Pekerjaan Sdn. Bhd.");
    return base.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" Recruitment Office");
}

QString DemoNames::placementCompanyName(DemoRandom &random)
{
    static const QStringList words = fromUtf8(kPtWords);
    QStringList parts;
    const QVector<int> picks = random.distinct(int(words.size()), random.between(2, 3));
    for (int i : picks)
        parts << words.at(i);
    return QStringLiteral("PT ") + parts.join(QLatin1Char(' '));
}

QString DemoNames::lenderName(DemoRandom &random, const QString &jurisdiction)
{
    static const QStringList words = fromUtf8(kLenderWords), pt = fromUtf8(kPtWords);
    if (jurisdiction == QStringLiteral("id"))
        return QStringLiteral("Koperasi %1 %2").arg(pickFrom(random, pt), pickFrom(random, pt));
    return QStringLiteral("%1 %2 Finance Company Limited").arg(pickFrom(random, words), pickFrom(random, words));
}

QString DemoNames::trainingCentreName(DemoRandom &random)
{
    static const QStringList pt = fromUtf8(kPtWords);
    return QStringLiteral("LPK %1 %2").arg(pickFrom(random, pt), pickFrom(random, pt));
}

const QStringList &DemoNames::caseworkers()
{
    static const QStringList list = fromUtf8(kCaseworkers);
    return list;
}

const QStringList &DemoNames::facilitators()
{
    static const QStringList list = fromUtf8(kFacilitators);
    return list;
}

} // namespace lintas::demo
