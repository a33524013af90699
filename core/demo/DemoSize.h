#pragma once

#include <algorithm>

namespace lintas::demo {

// How much demo data to make. Counts are of the main records; each also brings its own phones,
// claims, payments, parties and participant counts, as real casework would.
struct DemoSize {
    int clients = 0;
    int cases = 0;
    int notes = 0;
    int deadlines = 0;
    int activities = 0;

    // A caseworker's laptop after a busy year: quick to make, enough to try every screen.
    static DemoSize small() { return {200, 240, 2000, 400, 50}; }
    // A large organisation's space after years of work: for performance checks (minutes to make).
    static DemoSize large() { return {50000, 60000, 500000, 100000, 2000}; }
    // The small preset's proportions for `clients` clients.
    static DemoSize scaled(int clients)
    {
        const DemoSize s = small();
        const double f = double(std::max(clients, 1)) / s.clients;
        return {std::max(clients, 1), std::max(1, int(s.cases * f)), int(s.notes * f), int(s.deadlines * f),
            std::max(1, int(s.activities * f))};
    }

    int total() const { return clients + cases + notes + deadlines + activities; }
};

} // namespace lintas::demo
