#include "crypto/PassphraseStrength.h"

#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lintas::crypto {

namespace {

using Text = std::u32string_view;

// Beyond this many code points a passphrase is judged by its start: the rest can only add
// strength, and the meter runs on every key press.
constexpr int kMaxAnalysed = 100;
constexpr int kMaxWordLength = 16;
// Guessing tools try a few thousand common words (and names) in every combination first.
constexpr double kCommonWordBits = 11;
constexpr double kPersonalBits = 2;
constexpr double kSeparatorBits = 1;
// The Argon2id parameters make each guess cost about a second of a laptop's time, so these are
// lower than for a website's password; the "strong" line is still a few hundred years of one
// GPU. The numbers are deliberately round: the estimate is not precise enough for more.
constexpr double kFairBits = 28;
constexpr double kStrongBits = 36;
constexpr double kVeryStrongBits = 48;

// Ranked by how often they turn up in leaked password lists, Indonesian ones included; the rank
// sets the price (log2 rank), so the first few cost almost nothing.
constexpr Text kCommonPasswords[] = {U"123456", U"password", U"123456789", U"12345678", U"12345", U"qwerty", U"1234567",
    U"111111", U"1234567890", U"123123", U"000000", U"sayang", U"bismillah", U"indonesia", U"iloveyou", U"abc123",
    U"password1", U"sayangku", U"rahasia", U"akusayangkamu", U"qwerty123", U"654321", U"666666", U"112233", U"121212",
    U"123321", U"cintaku", U"sayangkamu", U"987654321", U"11111111", U"88888888", U"12341234", U"qwertyuiop",
    U"asdfghjkl", U"1qaz2wsx", U"zxcvbnm", U"admin", U"welcome", U"letmein", U"monkey", U"dragon", U"football",
    U"sunshine", U"princess", U"master", U"shadow", U"superman", U"cinta", U"kasih", U"rindu", U"doraemon", U"naruto",
    U"persija", U"persib", U"arema", U"garuda", U"jakarta", U"bandung", U"surabaya", U"allahuakbar", U"alhamdulillah",
    U"assalamualaikum", U"insyaallah", U"subhanallah", U"muhammad", U"allah", U"merdeka", U"pancasila", U"ganteng",
    U"cantik", U"bidadari", U"hellokitty", U"angel", U"hongkong", U"singapore", U"malaysia", U"taiwan", U"159753",
    U"147258369", U"142536", U"777777", U"999999", U"555555", U"123qwe", U"qwe123", U"aaaaaa", U"abcdef", U"abcd1234",
    U"1q2w3e4r", U"1q2w3e", U"zaq12wsx", U"trustno1", U"iloveu", U"loveyou", U"lovely", U"babygirl", U"katasandi",
    U"sandi", U"rahasiaku", U"passphrase", U"secret", U"changeme", U"default", U"lintas", U"lintasbatas", U"passw0rd",
    U"pass", U"login", U"access", U"starwars", U"keluarga", U"anakku", U"mamah", U"papah", U"barcelona", U"liverpool",
    U"chelsea", U"manchester", U"realmadrid", U"juventus", U"michael", U"jennifer", U"basketball", U"baseball",
    U"whatever", U"qazwsx", U"asdf1234", U"asdfgh", U"1234qwer", U"q1w2e3r4"};

// Frequent Indonesian and English words, and the commonest Indonesian given names. Three
// letters or more: shorter ones cost little by brute force anyway.
constexpr Text kCommonWords[] = {U"yang", U"dan", U"ini", U"itu", U"dengan", U"untuk", U"tidak", U"ada", U"dari",
    U"akan", U"pada", U"juga", U"saya", U"aku", U"kamu", U"anda", U"dia", U"mereka", U"kita", U"kami", U"bisa",
    U"sudah", U"belum", U"harus", U"karena", U"kalau", U"jika", U"tapi", U"atau", U"oleh", U"dalam", U"lebih",
    U"sangat", U"semua", U"satu", U"dua", U"tiga", U"empat", U"lima", U"enam", U"tujuh", U"delapan", U"sembilan",
    U"sepuluh", U"seratus", U"seribu", U"baru", U"lama", U"besar", U"kecil", U"baik", U"buruk", U"hari", U"malam",
    U"pagi", U"siang", U"sore", U"tahun", U"bulan", U"minggu", U"rumah", U"jalan", U"kota", U"desa", U"kampung", U"air",
    U"api", U"tanah", U"langit", U"laut", U"gunung", U"sungai", U"hujan", U"angin", U"matahari", U"bintang", U"nasi",
    U"makan", U"minum", U"kopi", U"teh", U"gula", U"garam", U"susu", U"roti", U"ikan", U"ayam", U"sapi", U"kucing",
    U"anjing", U"burung", U"bunga", U"pohon", U"hijau", U"merah", U"putih", U"hitam", U"biru", U"kuning", U"orang",
    U"anak", U"ibu", U"bapak", U"ayah", U"adik", U"kakak", U"nenek", U"kakek", U"suami", U"istri", U"teman", U"sahabat",
    U"hati", U"jiwa", U"hidup", U"mati", U"senang", U"sedih", U"bahagia", U"indah", U"manis", U"pahit", U"enak",
    U"pasar", U"sekolah", U"kerja", U"uang", U"gaji", U"negara", U"dunia", U"tuhan", U"doa", U"jawa", U"sunda", U"bali",
    U"sumatra", U"lombok", U"papua", U"timur", U"barat", U"utara", U"selatan", U"pulang", U"pergi", U"datang", U"tidur",
    U"bangun", U"lari", U"main", U"buku", U"surat", U"pintu", U"meja", U"kursi", U"mobil", U"motor", U"kapal",
    U"pesawat", U"kereta", U"goreng", U"sambal", U"tempe", U"tahu", U"bakso", U"mie", U"pisang", U"mangga", U"kelapa",
    U"padi", U"sawah", U"raya", U"suka", U"cinta", U"sayang", U"rindu", U"kasih", U"selalu", U"sekali", U"lagi",
    U"nanti", U"sekarang", U"besok", U"kemarin", U"mau", U"ingin", U"tanpa", U"sama", U"the", U"and", U"you", U"that",
    U"was", U"for", U"are", U"with", U"his", U"they", U"this", U"have", U"from", U"one", U"two", U"three", U"four",
    U"five", U"had", U"but", U"not", U"what", U"all", U"were", U"when", U"your", U"can", U"said", U"there", U"which",
    U"she", U"how", U"their", U"will", U"other", U"about", U"out", U"many", U"then", U"them", U"some", U"her", U"would",
    U"make", U"like", U"him", U"into", U"time", U"look", U"more", U"see", U"number", U"way", U"could", U"people",
    U"than", U"first", U"water", U"been", U"who", U"now", U"find", U"long", U"down", U"day", U"get", U"come", U"made",
    U"love", U"life", U"home", U"house", U"family", U"friend", U"world", U"money", U"work", U"happy", U"summer",
    U"winter", U"sun", U"moon", U"star", U"blue", U"red", U"green", U"black", U"white", U"dog", U"cat", U"horse",
    U"tree", U"flower", U"coffee", U"tea", U"sugar", U"salt", U"rice", U"bread", U"apple", U"orange", U"banana",
    U"good", U"bad", U"big", U"small", U"old", U"new", U"god", U"baby", U"girl", U"boy", U"mother", U"father",
    U"sister", U"brother", U"siti", U"nur", U"sri", U"dewi", U"putri", U"ayu", U"rina", U"wati", U"agus", U"budi",
    U"joko", U"ahmad", U"eko", U"dwi", U"tri", U"lestari", U"rahayu", U"wulandari", U"susanti", U"yanti", U"ningsih",
    U"fitri", U"ratna", U"ani", U"yuni", U"maria", U"nurul", U"aminah", U"fatimah", U"aisyah", U"kartini", U"wahyuni",
    U"sari"};

// US layout, which Indonesian laptops use.
constexpr Text kKeyboardRows[] = {U"`1234567890-=", U"qwertyuiop[]\\", U"asdfghjkl;'", U"zxcvbnm,./"};

struct TextHash {
    std::size_t operator()(Text t) const { return std::hash<Text> {}(t); }
};

const std::unordered_map<Text, int, TextHash> &passwordRanks()
{
    static const auto ranks = [] {
        std::unordered_map<Text, int, TextHash> map;
        int rank = 1;
        for (Text word : kCommonPasswords)
            map.emplace(word, rank++);
        return map;
    }();
    return ranks;
}

const std::unordered_set<Text, TextHash> &commonWords()
{
    static const std::unordered_set<Text, TextHash> words(std::begin(kCommonWords), std::end(kCommonWords));
    return words;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiLetter(char32_t c)
{
    return c >= U'a' && c <= U'z';
}

bool isSeparator(char32_t c)
{
    return c == U' ' || c == U'-' || c == U'_' || c == U'.' || c == U',' || c == U'/' || c == U'+';
}

bool isVowel(char32_t c)
{
    return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u';
}

// The look-alike substitutions people believe make "password" safe.
char32_t unleet(char32_t c)
{
    switch (c) {
    case U'0':
        return U'o';
    case U'1':
    case U'!':
        return U'i';
    case U'3':
        return U'e';
    case U'4':
    case U'@':
        return U'a';
    case U'5':
    case U'$':
        return U's';
    case U'7':
        return U't';
    default:
        return c;
    }
}

enum class Kind { BruteForce, Separator, Word, WordLike, CommonPassword, Personal, Repeat, Sequence, Keyboard, Date };

// A DP slot: the cheapest way found so far to cover the text up to here, and its last piece.
struct Piece {
    double bits = std::numeric_limits<double>::infinity();
    int from = -1;
    Kind kind = Kind::BruteForce;
};

struct Span {
    int from = 0;
    int to = 0;
    Kind kind = Kind::BruteForce;
};

const std::array<std::u32string, 8> &keyboardRuns()
{
    static const std::array<std::u32string, 8> runs = [] {
        std::array<std::u32string, 8> all;
        std::size_t k = 0;
        for (Text row : kKeyboardRows) {
            all[k++] = std::u32string(row);
            all[k++] = std::u32string(row.rbegin(), row.rend());
        }
        return all;
    }();
    return runs;
}

// The passphrase as lowercase code points (and a copy with look-alikes undone), wiped on exit.
class Analysis {
public:
    Analysis(QStringView passphrase, const QStringList &personalWords)
    {
        const auto capacity = static_cast<std::size_t>(std::min<qsizetype>(passphrase.size(), kMaxAnalysed));
        m_lower.reserve(capacity); // no reallocation: a moved-from buffer could not be wiped
        m_unleeted.reserve(capacity);
        m_upper.reserve(capacity);
        int pool[5] = {0, 0, 0, 0, 0}; // lowercase, uppercase, digits, ASCII symbols, other
        for (qsizetype i = 0; i < passphrase.size(); ++i) {
            char32_t c = passphrase[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < passphrase.size() && passphrase[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(passphrase[i].unicode(), passphrase[i + 1].unicode());
                ++i;
            }
            ++m_codePoints;
            const char32_t lower = QChar::toLower(c);
            if (c < 0x80)
                pool[isDigit(c) ? 2 : isAsciiLetter(lower) ? (lower == c ? 0 : 1) : 3] = 1;
            else
                pool[4] = 1;
            m_allDigits = m_allDigits && (isDigit(c) || isSeparator(c));
            m_anyDigit = m_anyDigit || isDigit(c);
            if (m_lower.size() < std::size_t {kMaxAnalysed}) {
                m_lower.push_back(lower);
                m_unleeted.push_back(unleet(lower));
                m_upper.push_back(lower != c ? 1 : 0);
            }
        }
        const int poolSize = 26 * pool[0] + 26 * pool[1] + 10 * pool[2] + 33 * pool[3] + 100 * pool[4];
        m_bruteForceBits = std::log2(std::max(poolSize, 10));
        for (const QString &words : personalWords) {
            std::u32string whole;
            static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
            for (const QString &word : words.toLower().split(nonLetters, Qt::SkipEmptyParts)) {
                std::u32string w(word.toStdU32String());
                whole += w;
                if (w.size() >= 3)
                    m_personal.push_back(std::move(w));
            }
            if (whole.size() >= 3)
                m_personal.push_back(std::move(whole));
        }
    }

    ~Analysis()
    {
        sodium_memzero(m_lower.data(), m_lower.capacity() * sizeof(char32_t));
        sodium_memzero(m_unleeted.data(), m_unleeted.capacity() * sizeof(char32_t));
        sodium_memzero(m_upper.data(), m_upper.capacity());
        sodium_memzero(m_compact.data(), m_compact.capacity() * sizeof(char32_t));
    }

    Analysis(const Analysis &) = delete;
    Analysis &operator=(const Analysis &) = delete;

    int codePoints() const { return m_codePoints; }
    bool onlyNumbers() const { return m_allDigits && m_anyDigit; }

    // The cheapest cover of the whole analysed text; `path` gets its pieces, last first.
    double cheapest(std::vector<Span> &path)
    {
        const int n = static_cast<int>(m_lower.size());
        const std::vector<Piece> best = cover(0, n, true);
        double bits = best.back().bits;
        for (int end = n; end > 0;) {
            const Piece &piece = best[static_cast<std::size_t>(end)];
            path.push_back(Span {piece.from, end, piece.kind});
            end = piece.from;
        }
        // "aku sayang kamu" is "akusayangkamu" with spaces; the lists hold the spaceless forms.
        m_compact.reserve(m_lower.size());
        for (char32_t c : m_lower) {
            if (!isSeparator(c))
                m_compact.push_back(c);
        }
        const auto ranked = passwordRanks().find(Text(m_compact.data(), m_compact.size()));
        if (ranked != passwordRanks().end()) {
            const auto separators = static_cast<double>(m_lower.size() - m_compact.size());
            const double whole = std::log2(ranked->second + 1.0) + kSeparatorBits * separators;
            if (whole < bits) {
                bits = whole;
                path = {Span {0, n, Kind::CommonPassword}};
            }
        }
        return bits;
    }

private:
    // Dynamic programming over [from, to): best[k - from] is the cheapest cover of [from, k); each
    // slot's piece starts at an absolute position.
    std::vector<Piece> cover(int from, int to, bool withRepeats) const
    {
        std::vector<Piece> best(static_cast<std::size_t>(to - from + 1));
        best[0].bits = 0;
        for (int i = from; i < to; ++i) {
            const double start = best[static_cast<std::size_t>(i - from)].bits;
            auto relax = [&](int end, double bits, Kind kind) {
                Piece &slot = best[static_cast<std::size_t>(end - from)];
                if (start + bits < slot.bits)
                    slot = Piece {start + bits, i, kind};
            };
            relax(i + 1, m_bruteForceBits, Kind::BruteForce);
            if (isSeparator(m_lower[static_cast<std::size_t>(i)]))
                relax(i + 1, kSeparatorBits, Kind::Separator);
            matchWords(i, to, relax);
            matchSequence(i, to, relax);
            matchKeyboard(i, to, relax);
            matchDate(i, to, relax);
            if (withRepeats)
                matchRepeat(i, to, relax);
        }
        return best;
    }

    Text lower(int i, int len) const { return Text(m_lower.data() + i, static_cast<std::size_t>(len)); }
    Text unleeted(int i, int len) const { return Text(m_unleeted.data() + i, static_cast<std::size_t>(len)); }

    // Capitals cost a bit when only the first or all letters are capitals (what people do), more
    // when they are scattered.
    double capitalBits(int i, int len) const
    {
        int upper = 0;
        for (int k = i; k < i + len; ++k)
            upper += m_upper[static_cast<std::size_t>(k)];
        if (upper == 0)
            return 0;
        if (upper == len || (upper == 1 && m_upper[static_cast<std::size_t>(i)]))
            return 1;
        return upper;
    }

    int substitutions(int i, int len) const
    {
        int count = 0;
        for (int k = i; k < i + len; ++k)
            count += m_lower[static_cast<std::size_t>(k)] != m_unleeted[static_cast<std::size_t>(k)];
        return count;
    }

    template<typename Relax> void matchWords(int i, int to, Relax &relax) const
    {
        int letters = 0;
        int vowels = 0;
        for (int len = 1; len <= kMaxWordLength && i + len <= to; ++len) {
            const char32_t c = m_lower[static_cast<std::size_t>(i + len - 1)];
            if (isAsciiLetter(c)) {
                ++letters;
                vowels += isVowel(c);
            }
            if (len < 3)
                continue;
            const double caps = capitalBits(i, len);
            const Text plain = lower(i, len);
            const Text undone = unleeted(i, len);
            const bool leet = plain != undone;
            const double leetBits = leet ? substitutions(i, len) : 0;
            const auto &ranks = passwordRanks();
            if (auto it = ranks.find(plain); it != ranks.end())
                relax(i + len, std::log2(it->second + 1.0) + caps, Kind::CommonPassword);
            else if (auto un = leet ? ranks.find(undone) : ranks.end(); un != ranks.end())
                relax(i + len, std::log2(un->second + 1.0) + caps + leetBits, Kind::CommonPassword);
            if (commonWords().contains(plain))
                relax(i + len, kCommonWordBits + caps, Kind::Word);
            else if (leet && commonWords().contains(undone))
                relax(i + len, kCommonWordBits + caps + leetBits, Kind::Word);
            for (const std::u32string &personal : m_personal) {
                if (plain == personal || undone == personal)
                    relax(i + len, kPersonalBits + caps + leetBits, Kind::Personal);
            }
            // Letters that read like a word are priced as a word from a big dictionary, since we
            // cannot tell "tubruk" from a random string; vowel-less runs are left to brute force.
            if (letters == len && len <= 12 && vowels * 100 >= len * 15 && vowels * 100 <= len * 80)
                relax(i + len, std::min(len * std::log2(26.0), 12.0 + len) + caps, Kind::WordLike);
        }
    }

    template<typename Relax> void matchSequence(int i, int to, Relax &relax) const
    {
        const auto at = [&](int k) { return m_lower[static_cast<std::size_t>(k)]; };
        if (i + 2 >= to)
            return;
        const bool digits = isDigit(at(i));
        if (!digits && !isAsciiLetter(at(i)))
            return;
        const int delta = static_cast<int>(at(i + 1)) - static_cast<int>(at(i));
        if (delta != 1 && delta != -1)
            return;
        int end = i + 1;
        while (end + 1 <= to - 1 && (digits ? isDigit(at(end + 1)) : isAsciiLetter(at(end + 1)))
            && static_cast<int>(at(end + 1)) - static_cast<int>(at(end)) == delta)
            ++end;
        for (int last = i + 2; last <= end; ++last) {
            const int len = last - i + 1;
            relax(last + 1, std::log2(digits ? 10.0 : 26.0) + std::log2(double(len)) + (delta < 0 ? 1 : 0),
                Kind::Sequence);
        }
    }

    template<typename Relax> void matchKeyboard(int i, int to, Relax &relax) const
    {
        for (const std::u32string &line : keyboardRuns()) {
            const std::size_t start = line.find(m_lower[static_cast<std::size_t>(i)]);
            if (start == std::u32string::npos)
                continue;
            int len = 0;
            while (i + len < to && start + std::size_t(len) < line.size()
                && line[start + std::size_t(len)] == m_lower[static_cast<std::size_t>(i + len)])
                ++len;
            // Where on which of the eight runs it starts, and how far it goes.
            for (int l = 4; l <= len; ++l)
                relax(i + l, std::log2(8.0 * 12.0) + std::log2(double(l)), Kind::Keyboard);
        }
    }

    template<typename Relax> void matchDate(int i, int to, Relax &relax) const
    {
        int digits = 0;
        while (i + digits < to && digits < 8 && isDigit(m_lower[static_cast<std::size_t>(i + digits)]))
            ++digits;
        const auto number = [&](int at, int len) {
            int value = 0;
            for (int k = at; k < at + len; ++k)
                value = value * 10 + int(m_lower[static_cast<std::size_t>(k)] - U'0');
            return value;
        };
        const auto year = [](int y) { return y >= 1930 && y <= 2039; };
        const auto dayMonth = [](int d, int m) { return d >= 1 && d <= 31 && m >= 1 && m <= 12; };
        if (digits >= 4 && year(number(i, 4)))
            relax(i + 4, std::log2(110.0), Kind::Date);
        if (digits >= 6 && (dayMonth(number(i, 2), number(i + 2, 2)) || dayMonth(number(i + 4, 2), number(i + 2, 2))))
            relax(i + 6, std::log2(366.0 * 100), Kind::Date);
        if (digits >= 8
            && ((dayMonth(number(i, 2), number(i + 2, 2)) && year(number(i + 4, 4)))
                || (year(number(i, 4)) && dayMonth(number(i + 6, 2), number(i + 4, 2)))))
            relax(i + 8, std::log2(366.0 * 110 * 2), Kind::Date);
    }

    // "aaaa", "kopikopikopi": the unit's own price plus how many times it is repeated.
    template<typename Relax> void matchRepeat(int i, int to, Relax &relax) const
    {
        for (int unit = 1; i + 2 * unit <= to; ++unit) {
            int times = 1;
            while (i + (times + 1) * unit <= to && lower(i, unit) == lower(i + times * unit, unit))
                ++times;
            if (times < (unit == 1 ? 3 : 2))
                continue;
            const double unitBits = cover(i, i + unit, false).back().bits;
            for (int k = 2; k <= times; ++k)
                relax(i + k * unit, unitBits + std::log2(double(k)), Kind::Repeat);
            return; // the shortest repeating unit is the one a guesser would use
        }
    }

    std::vector<char32_t> m_lower;
    std::vector<char32_t> m_unleeted;
    std::vector<unsigned char> m_upper;
    std::vector<char32_t> m_compact;
    std::vector<std::u32string> m_personal;
    double m_bruteForceBits = 0;
    int m_codePoints = 0;
    bool m_allDigits = true;
    bool m_anyDigit = false;
};

PassphraseStrength::Reason weakestPart(const std::vector<Span> &path)
{
    using Reason = PassphraseStrength::Reason;
    // In order of what to mention first when two cover as much of the text.
    constexpr std::array<std::pair<Kind, Reason>, 6> weak {{{Kind::Personal, Reason::PersonalInfo},
        {Kind::CommonPassword, Reason::CommonPassword}, {Kind::Repeat, Reason::Repeated},
        {Kind::Keyboard, Reason::KeyboardPattern}, {Kind::Sequence, Reason::Sequence}, {Kind::Date, Reason::Date}}};
    Reason reason = Reason::TooFewWords;
    int widest = 0;
    for (const auto &[kind, candidate] : weak) {
        int covered = 0;
        for (const Span &span : path) {
            if (span.kind == kind)
                covered += span.to - span.from;
        }
        if (covered > widest) {
            widest = covered;
            reason = candidate;
        }
    }
    return reason;
}

} // namespace

PassphraseStrength::Estimate PassphraseStrength::estimate(
    QStringView passphrase, int minimumChars, const QStringList &personalWords)
{
    Analysis analysis(passphrase, personalWords);
    std::vector<Span> path;
    Estimate result;
    result.bits = analysis.cheapest(path);
    result.codePoints = analysis.codePoints();
    if (analysis.codePoints() < minimumChars) {
        result.score = 0;
        result.reason = Reason::TooShort;
        return result;
    }
    result.score = result.bits < kFairBits ? 1 : result.bits < kStrongBits ? 2 : result.bits < kVeryStrongBits ? 3 : 4;
    // Long digit strings look random but are mostly dates, phone, NIK or card numbers that can be
    // found out rather than guessed.
    if (analysis.onlyNumbers())
        result.score = 1;
    if (result.score >= 3) {
        result.reason = Reason::None;
    } else {
        result.reason = weakestPart(path);
        if (result.reason == Reason::TooFewWords && analysis.onlyNumbers())
            result.reason = Reason::OnlyNumbers;
    }
    return result;
}

} // namespace lintas::crypto
