#pragma once

#include "base/RandomSource.h"

#include <QStringList>

#include <cstdint>

namespace lintas {
class ManualClock;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::test {

// A random but realistic stream of writes touching every entity, every kind of write (create,
// update, set change, append, soft delete) through the repositories — the one write path.
// Used by the replay test and by the crash-safety harness, which kills it mid-stream.
class RandomWorkload {
public:
    // `clock`, when given, is moved forward a few seconds per step so clocks differ per write.
    RandomWorkload(repo::Workspace &ws, std::uint64_t seed, ManualClock *clock = nullptr);

    // One repository call (one transaction).
    void step();
    void run(int steps)
    {
        for (int i = 0; i < steps; ++i)
            step();
    }

private:
    QString pick(const QStringList &items);
    void addClient();
    void addCase();
    void editCase();
    void editClient();
    void addActivity();

    repo::Workspace &m_ws;
    SeededRandom m_random;
    ManualClock *m_clock;
    int m_steps = 0;
    QString m_partyId;
    QStringList m_clients, m_cases, m_claims, m_activities;
};

} // namespace lintas::test
