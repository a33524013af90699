#include "domain/NameKey.h"

#include <QSet>

#include <algorithm>

namespace lintas::domain {

namespace {

// Titles and forms of address written before a name: "Ibu", "Bu", "Bpk", "Mbak", "Sdri", "Ny",
// "Hj"/"H." (haji/hajjah), academic prefixes, and the Sasak noble titles Baiq and Lalu. They are
// dropped only at the start of a name (and of the father's name), where they cannot be a name.
// Not here: "Sri" and "Nur" (names as often as titles), "Inaq" (Sasak "mother of": "Inaq Sapiah"
// is Sapiah's mother, so dropping it would match the mother to her child).
const QSet<QString> &prefixTitles()
{
    static const QSet<QString> s {QStringLiteral("ibu"), QStringLiteral("bu"), QStringLiteral("bpk"),
        QStringLiteral("bapak"), QStringLiteral("pak"), QStringLiteral("mbak"), QStringLiteral("mba"),
        QStringLiteral("mbakyu"), QStringLiteral("sdri"), QStringLiteral("sdr"), QStringLiteral("saudari"),
        QStringLiteral("saudara"), QStringLiteral("nn"), QStringLiteral("nona"), QStringLiteral("ny"),
        QStringLiteral("nyonya"), QStringLiteral("tn"), QStringLiteral("tuan"), QStringLiteral("hj"),
        QStringLiteral("hajjah"), QStringLiteral("hajah"), QStringLiteral("haji"), QStringLiteral("h"),
        QStringLiteral("dra"), QStringLiteral("drs"), QStringLiteral("dr"), QStringLiteral("ir"),
        QStringLiteral("prof"), QStringLiteral("teh"), QStringLiteral("kak"), QStringLiteral("mas"),
        QStringLiteral("neng"), QStringLiteral("ustadzah"), QStringLiteral("ustazah"), QStringLiteral("baiq"),
        QStringLiteral("lalu"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("miss")};
    return s;
}

// Degrees written after a name ("Siti Aminah, S.Pd."). Dropped after the first part when written
// after a comma or with a dot inside ("s.pd"), or when three letters or longer (never a name);
// two-letter ones alone ("se", "st", "mm") might be a part of a name or an abbreviation of one.
const QSet<QString> &degrees()
{
    static const QSet<QString> s {QStringLiteral("spd"), QStringLiteral("spdi"), QStringLiteral("sag"),
        QStringLiteral("skm"), QStringLiteral("skom"), QStringLiteral("ssos"), QStringLiteral("sip"),
        QStringLiteral("sh"), QStringLiteral("se"), QStringLiteral("st"), QStringLiteral("sth"), QStringLiteral("ssi"),
        QStringLiteral("skep"), QStringLiteral("skeb"), QStringLiteral("sked"), QStringLiteral("amd"),
        QStringLiteral("amdkeb"), QStringLiteral("amdkep"), QStringLiteral("amk"), QStringLiteral("mpd"),
        QStringLiteral("msi"), QStringLiteral("mm"), QStringLiteral("mh"), QStringLiteral("mag"),
        QStringLiteral("mkes"), QStringLiteral("mhum"), QStringLiteral("ma"), QStringLiteral("phd"),
        QStringLiteral("bsc"), QStringLiteral("ba")};
    return s;
}

// "bin"/"binti" and their abbreviations: what follows is the father's name.
bool isPatronymicMarker(const QString &t)
{
    static const QSet<QString> s {QStringLiteral("bin"), QStringLiteral("binti"), QStringLiteral("bt"),
        QStringLiteral("bte"), QStringLiteral("binte"), QStringLiteral("bint")};
    return s.contains(t);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QChar(0x2019) || c == QChar(0x2018)
        || c == QChar(0x02BC);
}

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

// Case-folded, without diacritics ("Sití" → "siti").
QString folded(const QString &s)
{
    const QString d = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar c : d) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QString collapseDoubles(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (out.isEmpty() || out.back() != c)
            out += c;
    }
    return out;
}

struct Segment {
    QString text; // letters and dots
    bool afterComma = false;
};

// Splits at spaces, commas, hyphens, digits and other non-letters; apostrophes join ("Ma'ruf").
QVector<Segment> segments(const QString &foldedName)
{
    QVector<Segment> out;
    Segment cur;
    bool afterComma = false;
    auto flush = [&] {
        if (!cur.text.isEmpty())
            out.push_back(cur);
        cur = Segment {QString(), afterComma};
    };
    for (QChar c : foldedName) {
        if (c.isLetter() || c == QLatin1Char('.')) {
            cur.text += c;
        } else if (isApostrophe(c)) {
            continue;
        } else {
            flush();
            if (c == QLatin1Char(','))
                afterComma = true;
            cur.afterComma = afterComma;
        }
    }
    flush();
    return out;
}

// The name's parts with titles and degrees dropped, still in the typed spelling.
QStringList parts(const QString &name)
{
    QStringList kept;
    for (const Segment &seg : segments(folded(name))) {
        QString dotless = seg.text;
        dotless.remove(QLatin1Char('.'));
        if (dotless.isEmpty())
            continue;
        const bool innerDot
            = seg.text.indexOf(QLatin1Char('.')) >= 0 && seg.text.indexOf(QLatin1Char('.')) < seg.text.size() - 1;
        // Titles in an old spelling too ("Laloe").
        if (kept.isEmpty() && (prefixTitles().contains(dotless) || prefixTitles().contains(NameKey::spelling(dotless))))
            continue;
        if (!kept.isEmpty() && degrees().contains(dotless) && (seg.afterComma || innerDot || dotless.size() >= 3))
            continue;
        // "H.Sumiati": the dot separates parts too, once the whole segment is known not to be a title.
        for (const QString &p : seg.text.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            if (kept.isEmpty() && prefixTitles().contains(p))
                continue;
            kept << p;
        }
    }
    return kept;
}

QStringList skeletons(const QStringList &spelled)
{
    QStringList out;
    out.reserve(spelled.size());
    for (const QString &t : spelled)
        out << NameKey::skeleton(t);
    return out;
}

QString sortedJoined(QStringList tokens)
{
    std::sort(tokens.begin(), tokens.end());
    return tokens.join(QLatin1Char(' '));
}

// Pairs the tokens of two equally long lists (in order, else both sorted): every pair equal or
// one typing slip apart, at least one slip.
bool typoPairs(QStringList a, QStringList b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    auto pairUp = [](const QStringList &x, const QStringList &y) {
        bool slip = false;
        for (int i = 0; i < x.size(); ++i) {
            if (x[i] == y[i])
                continue;
            if (!NameKey::typoClose(x[i], y[i]))
                return false;
            slip = true;
        }
        return slip;
    };
    if (pairUp(a, b))
        return true;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return pairUp(a, b);
}

// Whether every token of `part` (counted with repeats) is among `whole`.
bool containsAll(QStringList whole, const QStringList &part)
{
    if (part.isEmpty() || part.size() >= whole.size())
        return false;
    for (const QString &t : part) {
        const auto at = whole.indexOf(t);
        if (at < 0)
            return false;
        whole.removeAt(at);
    }
    return true;
}

} // namespace

NameKey::NameKey(const QString &name)
{
    const QStringList all = parts(name);
    int marker = -1;
    for (int i = 1; i < all.size() && marker < 0; ++i) {
        if (isPatronymicMarker(all[i]))
            marker = i;
    }
    const QStringList own = marker < 0 ? all : all.mid(0, marker);
    QStringList father = marker < 0 ? QStringList() : all.mid(marker + 1);
    while (!father.isEmpty() && prefixTitles().contains(father.first()))
        father.removeFirst(); // "binti H. Ahmad"
    for (const QString &t : own) {
        if (QString s = spelling(t); !s.isEmpty())
            m_own << s;
    }
    for (const QString &t : father) {
        if (QString s = spelling(t); !s.isEmpty())
            m_father << s;
    }
}

QStringList NameKey::ownSkeleton() const
{
    return skeletons(m_own);
}

QStringList NameKey::fatherSkeleton() const
{
    return skeletons(m_father);
}

QString NameKey::sortedSkeleton() const
{
    return sortedJoined(ownSkeleton());
}

QString NameKey::sortedSkeletonWithFather() const
{
    return sortedJoined(ownSkeleton() + fatherSkeleton());
}

// Spellings before the 1972 reform (EYD) survive on documents and in families: oe→u
// (Soekarni/Sukarni), dj→j (Djuwariyah/Juwariyah), tj→c (Tjahyani/Cahyani), sj→sy, nj→ny, ch→kh
// (Chadijah/Khadijah). In the old spelling a lone j was the sound now written y (Djojo = Joyo,
// Soejatmi = Suyatmi), but in modern spelling j is j: a lone j becomes y only in a part that shows
// another old spelling (oe, dj, tj, sj, a leading nj). Likewise "nj" inside a modern part is n+j
// (Panji, Anjani) and becomes ny only at the start of a part or next to other old spellings. The
// rules read the typed letters left to right, so "Pandji" is p-a-n-dj-i = Panji, never Panyi.
QString NameKey::spelling(const QString &token)
{
    const QString t = folded(token);
    const bool old = t.contains(QLatin1String("oe")) || t.contains(QLatin1String("dj"))
        || t.contains(QLatin1String("tj")) || t.contains(QLatin1String("sj")) || t.startsWith(QLatin1String("nj"));
    QString out;
    out.reserve(t.size() + 2);
    for (int i = 0; i < t.size();) {
        const QStringView two = QStringView(t).mid(i, 2);
        if (two == QLatin1String("oe")) {
            out += QLatin1Char('u');
        } else if (two == QLatin1String("dj")) {
            out += QLatin1Char('j');
        } else if (two == QLatin1String("tj")) {
            out += QLatin1Char('c');
        } else if (two == QLatin1String("sj")) {
            out += QLatin1String("sy");
        } else if (two == QLatin1String("nj") && (i == 0 || old)) {
            out += QLatin1String("ny");
        } else if (two == QLatin1String("ch")) {
            out += QLatin1String("kh");
        } else {
            const QChar c = t[i];
            out += (c == QLatin1Char('j') && old) ? QLatin1Char('y') : c;
            ++i;
            continue;
        }
        i += 2;
    }
    // A word-final y after a consonant is an i written with a flourish (Sity, Dewy, Yuly).
    if (out.size() >= 2 && out.back() == QLatin1Char('y') && !isVowel(out[out.size() - 2]))
        out.back() = QLatin1Char('i');
    return collapseDoubles(out);
}

// Spellings that vary freely in Indonesian names, merged: kh/h (Khotimah/Hotimah, Akhmad/Ahmad),
// a leading sy/s before a vowel (Syarifah/Sarifah; inside a part sy is
// si: Kasyem/Kasiyem), dh/d and th/t (Arabic transliteration: Ramadhan,
// Fathimah), f/v/p (Sundanese Fitri/Pitri, Efendi/Ependi), ae/ai (Zaenab/Zainab), z/j
// (Zulaikha/Julaeha), y/i after the first letter (Suryani/Suriani, Mariyam/Mariam, Syti/Siti),
// w after u before a vowel (Juwariyah/Juariah), and every h after the first letter (Aminah/Amina,
// Rohmah/Romah, Nurhayati/Nurayati). j and y are one letter (i inside a part, j at its start):
// records mix old and new spelling, and in the old one j is the new y, so "Noerjanah" may mean
// Nurjanah or Nuryanah and "Joeminten" Juminten or Yuminten; spelling() cannot tell which was
// meant. The price: a few short names merge (Aji/Ai). Vowels and the other consonants stay:
// Javanese names differing there are different names (Sumiati/Sumarni, Sutini/Sumini).
QString NameKey::skeleton(const QString &spelled)
{
    QString s = spelled;
    s.replace(QLatin1String("kh"), QLatin1String("h"));
    s.replace(QLatin1String("dh"), QLatin1String("d"));
    s.replace(QLatin1String("th"), QLatin1String("t"));
    s.replace(QLatin1String("ph"), QLatin1String("f"));
    s.replace(QLatin1String("ae"), QLatin1String("ai"));
    QString out;
    out.reserve(s.size() + 2);
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('f') || c == QLatin1Char('v'))
            out += QLatin1Char('p');
        else if (c == QLatin1Char('z') || (c == QLatin1Char('y') && i == 0))
            out += QLatin1Char('j');
        else if (c == QLatin1Char('q'))
            out += QLatin1Char('k');
        else if (c == QLatin1Char('x'))
            out += QLatin1String("ks");
        else if (c == QLatin1Char('y') && i == 1 && s[0] == QLatin1Char('s') && i + 1 < s.size() && isVowel(s[i + 1]))
            continue; // a leading sy before a vowel is s (Syarifah/Sarifah, Syamsul/Samsul); "Syti" keeps its vowel
        else if ((c == QLatin1Char('y') || c == QLatin1Char('j')) && i > 0)
            out += QLatin1Char('i');
        else if (c == QLatin1Char('h') && i > 0)
            continue;
        else if (c == QLatin1Char('w') && i > 0 && s[i - 1] == QLatin1Char('u') && i + 1 < s.size()
            && isVowel(s[i + 1]))
            continue;
        else
            out += c;
    }
    return collapseDoubles(out);
}

bool NameKey::typoClose(const QString &a, const QString &b)
{
    if (a == b)
        return false;
    if (a.size() == b.size()) {
        int i = 0;
        while (a[i] == b[i])
            ++i;
        const int n = int(a.size());
        if (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2))
            return n >= 4;
        return n >= 8 && QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1);
    }
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    if (longer.size() != shorter.size() + 1 || shorter.size() < 7)
        return false;
    int i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    return QStringView(shorter).mid(i) == QStringView(longer).mid(i + 1);
}

QStringList NameKey::typoVariants(const QString &skeleton)
{
    QStringList out {skeleton};
    if (skeleton.size() < 4)
        return out;
    for (int i = 0; i < skeleton.size(); ++i) {
        QString v = skeleton;
        v.remove(i, 1);
        if (!out.contains(v))
            out << v;
    }
    return out;
}

NameKey::Match NameKey::compare(const NameKey &a, const NameKey &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Match::None;
    if (a.m_own == b.m_own)
        return Match::Same;
    const QStringList sa = a.ownSkeleton(), sb = b.ownSkeleton();
    // "Siti Aminah binti Parman" against "Siti Aminah Parman": the father's name as a plain part.
    const QStringList fa = sa + a.fatherSkeleton(), fb = sb + b.fatherSkeleton();
    if (sa == sb || (b.m_father.isEmpty() && fa == sb) || (a.m_father.isEmpty() && sa == fb))
        return Match::Similar;
    const QString ka = sortedJoined(sa), kb = sortedJoined(sb);
    if (ka == kb || (b.m_father.isEmpty() && sortedJoined(fa) == kb)
        || (a.m_father.isEmpty() && ka == sortedJoined(fb)))
        return Match::Reordered;
    if (typoPairs(sa, sb))
        return Match::Typo;
    if (containsAll(sa, sb) || containsAll(sb, sa))
        return Match::Part;
    return Match::None;
}

bool NameKey::fathersDiffer(const NameKey &a, const NameKey &b)
{
    return !a.m_father.isEmpty() && !b.m_father.isEmpty() && a.fatherSkeleton() != b.fatherSkeleton();
}

} // namespace lintas::domain
