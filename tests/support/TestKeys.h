#pragma once

#include "crypto/SecretBytes.h"

#include <cstring>

namespace lintas::test {

// A fixed 32-byte key for store-level tests (profiles derive real ones).
inline SecretBytes fixedKey(unsigned char fill = 0x42)
{
    unsigned char raw[32];
    std::memset(raw, fill, sizeof raw);
    return SecretBytes::fromBytes(raw, sizeof raw);
}

} // namespace lintas::test
