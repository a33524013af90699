#pragma once

#include "domain/Client.h"
#include "domain/ClientMatch.h"

#include <QStringList>

#include <optional>

namespace lintas::domain {

// Scores how likely an existing client is the person being registered: plain rules over NIK,
// passport, phones, names (NameKey) and birth date, so the warning can say why (D16).
class ClientSimilarity {
public:
    // The weights (see ClientSimilarity.cpp).
    static constexpr int kMinScore = 20;

    // A match when `existing` scores at least kMinScore with at least one reason.
    static std::optional<ClientMatch> score(const Client &candidate, const QStringList &candidatePhones,
        const Client &existing, const QStringList &existingPhones);
    // Strongest first: score, then name, then id (stable for equal scores).
    static bool strongerFirst(const ClientMatch &a, const ClientMatch &b);
};

} // namespace lintas::domain
