#pragma once

namespace lintas::handoff {

// Keys of a packet's and a reply's own body fields (HandoffEnvelope holds the common ones).
namespace packetkey {
inline constexpr int Content = 10; // CaseBundle document (JSON bytes)
inline constexpr int ReplySecret = 11; // 32 random bytes; the reply's MAC key
inline constexpr int CaseId = 12;
} // namespace packetkey

namespace replykey {
inline constexpr int Decision = 20; // "accepted" or "declined"
inline constexpr int Reason = 21;
} // namespace replykey

inline constexpr int ReplySecretBytes = 32;

} // namespace lintas::handoff
