#pragma once

#include "base/Result.h"

namespace lintas {
class Clock;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// Re-stamps local changes made under a badly wrong clock before they are first sealed (SYNC.md,
// "local write path"). A laptop whose clock is five years behind would lose every last-writer-wins
// contest with its edits; one a year ahead would win them all and be set aside by every receiver
// as "more than 24 h ahead". Once a server reply tells the device its clock offset (more than
// kBadClockMs either way), unsealed changes made under that wrong clock get a new HLC at the time
// they were really made (their local creation time plus the offset now known). Ahead: those
// stamped more than kBadClockMs in the future. Behind: those made since the laptop's clock last
// went back by more than kBadClockMs (or all, if it never did) whose stamp is more than
// kBadClockMs from that time; changes made earlier, while the clock was right, keep theirs.
// Right (the offset within kBadClockMs): a correction learnt earlier may have gone stale, the
// clock having been put right since; changes stamped more than kBadClockMs behind the time they
// were made, or more than kAheadLimitMs ahead of it (HLC never raises a stamp that far), are
// re-stamped the same way.
//
// In one transaction: the outbox hlc, the prev HLCs of later local edits of the same field, the
// field clocks and set tombstones the change left, and the rows' updated_at are rewritten, the
// changes re-applied so a field another device wrote in between is settled by the new stamp, and
// the persisted HLC moved. New stamps keep device order, strictly increasing, and each stays
// above the prev HLCs it refers to. Sealed changes are never touched: their bytes are final.
class OutboxRestamp {
public:
    // An hour: time-zone mistakes (whole hours) and dead CMOS batteries (years) are caught, while
    // ordinary drift of seconds or minutes, which HLC already absorbs, never rewrites anything.
    static constexpr qint64 kBadClockMs = 60LL * 60 * 1000;
    // The persisted HLC is never lowered except past stamps this far ahead of corrected time:
    // receivers set such records aside anyway, and keeping them would strand the device.
    static constexpr qint64 kAheadLimitMs = 24LL * 60 * 60 * 1000;

    // Uses device_state.clock_offset_ms as the truth about the clock. Returns how many outbox
    // changes got a new stamp (0 when every stamp is close enough to the time it was made).
    static Result<int> restamp(store::Database &db, const Clock &clock);
};

} // namespace lintas::sync
