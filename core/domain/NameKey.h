#pragma once

#include <QString>
#include <QStringList>

namespace lintas::domain {

// Comparable forms of an Indonesian personal name, for the duplicate-client warning (D16).
//
// The same woman turns up as "Bu Siti Aminah", "SITI  AMINAH", "Sity Aminah" and "Siti Aminah
// binti Parman"; her mother's generation wrote "Soekarni" for "Sukarni". A key drops titles and
// honorifics, sets the father's name (after bin/binti) apart, and spells every part the modern way
// (`spelling()`); a coarser `skeleton()` also forgives spellings that vary freely (kh/h, y/i, f/p,
// a dropped h). Comparing keys says how alike two names are; the tokens are stored, indexed, to
// find candidates among tens of thousands of clients.
class NameKey {
public:
    NameKey() = default;
    explicit NameKey(const QString &name);

    // The person's own name, one token per part, in modern spelling ("siti", "aminah").
    const QStringList &own() const { return m_own; }
    // The father's name after bin/binti/bt, in modern spelling; empty when the name has none.
    const QStringList &father() const { return m_father; }
    QStringList ownSkeleton() const;
    QStringList fatherSkeleton() const;
    bool isEmpty() const { return m_own.isEmpty(); }

    // Own-name skeletons sorted and joined: equal for the same parts in any order or spelling.
    // The name index looks candidates up by it (with and without the father's name).
    QString sortedSkeleton() const;
    QString sortedSkeletonWithFather() const;

    // How alike two people's names are, strongest first. Compares own names; the father's name
    // counts where one name has it as a plain part ("Siti Aminah Parman").
    enum class Match {
        Same, // same parts in the same order, same modern spelling
        Similar, // same parts in the same order, spellings that vary freely (Rohmah/Romah)
        Reordered, // the same parts in another order ("Aminah Siti")
        Typo, // the same parts, one of them off by a typing slip
        Part, // every part of one name is in the other ("Aminah" / "Siti Aminah")
        None,
    };
    static Match compare(const NameKey &a, const NameKey &b);
    // Whether both name a father and the fathers differ: a hint that they are two people.
    static bool fathersDiffer(const NameKey &a, const NameKey &b);

    // One lower-case, diacritic-free token in modern spelling (oe→u, dj→j, tj→c, …), with a
    // word-final y as i and doubled letters single.
    static QString spelling(const QString &token);
    // A spelled token with freely varying spellings merged (see NameKey.cpp).
    static QString skeleton(const QString &spelled);
    // Whether two skeletons are one typing slip apart: a swap of neighbours (4+ letters), one
    // letter more or less (7+), or one letter wrong (8+). Short Javanese names one letter apart
    // are usually different names (Sumini/Sutini, Suwarni/Sumarni), so short ones must agree.
    static bool typoClose(const QString &a, const QString &b);
    // Everything typoClose() can accept shares one of these with `skeleton`: the skeleton and
    // each form with one letter left out (none for skeletons shorter than 4).
    static QStringList typoVariants(const QString &skeleton);

private:
    QStringList m_own;
    QStringList m_father;
};

} // namespace lintas::domain
