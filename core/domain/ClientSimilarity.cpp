#include "domain/ClientSimilarity.h"

#include "domain/IdentityKey.h"
#include "domain/NameKey.h"

#include <algorithm>

namespace lintas::domain {

namespace {

// Weights. The same NIK or passport is near proof (a typo aside); a phone number is strong but
// families share one and numbers pass on; names are weak alone because a few names cover many
// women (the large demo profile has ~450 clients named just "Sumiati"), so a name match is shown
// as "possible" unless something supports it. A shared birth date only supports another reason.
// Conflicts subtract: a different NIK outweighs a same name alone (two Sumiatis with different
// NIKs are two women), but same name + same birth date + different NIK still shows (a NIK typo).
// Birth dates in village records are often estimates, hence the smaller penalty. A different
// passport is no conflict: passports are renewed.
constexpr int kSameNik = 100;
constexpr int kSamePassport = 90;
constexpr int kSamePhone = 60;
constexpr int kSameName = 50;
constexpr int kSimilarName = 40;
constexpr int kNameOrder = 30;
constexpr int kTypoName = 25;
constexpr int kNamePart = 20;
constexpr int kSameBirthDate = 20;
constexpr int kDifferentNik = -40;
constexpr int kDifferentBirthDate = -20;
constexpr int kDifferentFather = -20;

struct NameResult {
    NameKey::Match match = NameKey::Match::None;
    bool fathersDiffer = false;
    QString matchedName;
};

int rank(NameKey::Match m)
{
    return int(NameKey::Match::None) - int(m); // Same highest
}

NameResult bestName(const Client &candidate, const Client &existing)
{
    QVector<NameKey> mine {NameKey(candidate.fullName)};
    for (const QString &a : candidate.aliases)
        mine << NameKey(a);
    NameResult best;
    const QStringList theirs = QStringList {existing.fullName} + existing.aliases;
    for (const QString &name : theirs) {
        const NameKey other(name);
        for (const NameKey &k : mine) {
            const auto m = NameKey::compare(k, other);
            if (rank(m) > rank(best.match)) {
                best.match = m;
                best.fathersDiffer = NameKey::fathersDiffer(k, other);
                best.matchedName = name;
            }
        }
    }
    return best;
}

} // namespace

std::optional<ClientMatch> ClientSimilarity::score(const Client &candidate, const QStringList &candidatePhones,
    const Client &existing, const QStringList &existingPhones)
{
    ClientMatch m;
    m.client = existing;
    const QString nikA = IdentityKey::document(candidate.nik), nikB = IdentityKey::document(existing.nik);
    if (!nikA.isEmpty() && !nikB.isEmpty()) {
        if (nikA == nikB) {
            m.score += kSameNik;
            m.reasons << MatchReason::SameNik;
        } else {
            m.score += kDifferentNik;
            m.conflicts << MatchConflict::DifferentNik;
        }
    }
    const QString ppA = IdentityKey::document(candidate.passportNo), ppB = IdentityKey::document(existing.passportNo);
    if (!ppA.isEmpty() && ppA == ppB) {
        m.score += kSamePassport;
        m.reasons << MatchReason::SamePassport;
    }
    for (const QString &mine : candidatePhones) {
        for (const QString &theirs : existingPhones) {
            if (m.matchedPhone.isEmpty() && IdentityKey::samePhone(mine, theirs)) {
                m.matchedPhone = theirs;
                m.score += kSamePhone;
                m.reasons << MatchReason::SamePhone;
            }
        }
    }
    const NameResult name = bestName(candidate, existing);
    switch (name.match) {
    case NameKey::Match::Same:
        m.score += kSameName;
        m.reasons << MatchReason::SameName;
        break;
    case NameKey::Match::Similar:
        m.score += kSimilarName;
        m.reasons << MatchReason::SimilarName;
        break;
    case NameKey::Match::Reordered:
        m.score += kNameOrder;
        m.reasons << MatchReason::NameOrder;
        break;
    case NameKey::Match::Typo:
        m.score += kTypoName;
        m.reasons << MatchReason::SimilarName;
        break;
    case NameKey::Match::Part:
        m.score += kNamePart;
        m.reasons << MatchReason::NamePart;
        break;
    case NameKey::Match::None:
        break;
    }
    if (name.match != NameKey::Match::None) {
        m.matchedName = name.matchedName;
        if (name.fathersDiffer) {
            m.score += kDifferentFather;
            m.conflicts << MatchConflict::DifferentFather;
        }
    }
    if (m.reasons.isEmpty())
        return std::nullopt;
    if (candidate.birthDate.isValid() && existing.birthDate.isValid()) {
        if (candidate.birthDate == existing.birthDate) {
            m.score += kSameBirthDate;
            m.reasons << MatchReason::SameBirthDate;
        } else {
            m.score += kDifferentBirthDate;
            m.conflicts << MatchConflict::DifferentBirthDate;
        }
    }
    if (m.score < kMinScore)
        return std::nullopt;
    return m;
}

bool ClientSimilarity::strongerFirst(const ClientMatch &a, const ClientMatch &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    const int byName = a.client.fullName.compare(b.client.fullName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.client.id < b.client.id;
}

} // namespace lintas::domain
