#pragma once

namespace lintas::crypto {

// Initialises libsodium once per process (thread-safe). Aborts if the library cannot start,
// because running without a working CSPRNG would silently produce weak keys.
void ensureSodium();

} // namespace lintas::crypto
