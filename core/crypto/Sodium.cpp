#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace lintas::crypto {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            std::fputs("lintas: libsodium failed to initialise\n", stderr);
            std::abort();
        }
    });
}

} // namespace lintas::crypto
