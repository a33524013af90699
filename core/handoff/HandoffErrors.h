#pragma once

#include "base/Error.h"

#include <QString>

namespace lintas::handoff {

// Refusals of hand-off packets and replies. All are ErrorCode::Validation with field "handoff" and
// one of these rules, so a screen or the CLI can say them in the user's language; the detail is
// the English text.
namespace rule {
inline constexpr char NotPacket[] = "handoff_not_packet";
inline constexpr char WrongRecipient[] = "handoff_wrong_recipient";
inline constexpr char Damaged[] = "handoff_damaged";
inline constexpr char NewerVersion[] = "handoff_newer_version";
inline constexpr char UnknownPacket[] = "handoff_unknown_packet";
inline constexpr char WrongKind[] = "handoff_wrong_kind";
inline constexpr char AddressCode[] = "handoff_address_code";
} // namespace rule

Error handoffError(const char *rule, const QString &detail);

} // namespace lintas::handoff
