#pragma once

#include "base/Result.h"
#include "protocol/SyncMessages.h"
#include "sync/SyncTransport.h"

#include <variant>

namespace lintas::sync {

class SyncIdentity;

// Device authentication (docs/protocol.md): asks lintas-server for a challenge, signs it with the
// device key and trades it for a short-lived token. The server's token, or the answer with which
// it refused (a 401 for a revoked device, a 429 from the login limiter, a 5xx), for the caller to
// treat as it treats refusals of its own requests. Transport failures are errors.
using LoginOutcome = std::variant<protocol::TokenReply, TransportReply>;
Result<LoginOutcome> logIn(SyncTransport &transport, const SyncIdentity &identity);

} // namespace lintas::sync
