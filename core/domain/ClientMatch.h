#pragma once

#include "domain/Client.h"

#include <QString>
#include <QVector>

namespace lintas::domain {

// Why an existing client may be the person being registered, strongest first.
enum class MatchReason {
    SameNik,
    SamePassport,
    SamePhone,
    SameName, // same parts, same order, same modern spelling (Soekarni = Sukarni, Bu Sumiati = Sumiati binti Karto)
    SimilarName, // spelling that varies freely (Rohmah/Romah) or one typing slip (Sumiati/Sumaiti)
    NameOrder, // the same parts in another order (Aminah Siti)
    NamePart, // one name is part of the other (Aminah / Siti Aminah)
    SameBirthDate, // supporting only: never a match on its own
};

// What speaks against it.
enum class MatchConflict {
    DifferentNik, // both have a NIK and they differ
    DifferentBirthDate, // both have a birth date and they differ
    DifferentFather, // both names give a father (bin/binti) and the fathers differ
};

// An existing, live client who may be the same person as a new or edited one.
struct ClientMatch {
    Client client; // as stored, with aliases
    int score = 0; // see ClientSimilarity.cpp; higher is stronger
    QVector<MatchReason> reasons; // strongest first; never empty
    QVector<MatchConflict> conflicts;
    QString matchedName; // her name or alias that matched the candidate's name best (empty: none did)
    QString matchedPhone; // her number that matched one of the candidate's (empty: none did)

    // How to present it: Strong = same identity document; Likely = same phone or a same/similar
    // name with support; Possible = a name resemblance alone.
    enum class Strength { Strong, Likely, Possible };
    Strength strength() const
    {
        if (score >= 90)
            return Strength::Strong;
        return score >= 50 ? Strength::Likely : Strength::Possible;
    }
};

} // namespace lintas::domain
