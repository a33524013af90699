#include "http/TlsSessionResumption.h"

#include "http/TlsTicketKeys.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include <cstring>
#include <ctime>
#include <mutex>
#include <utility>

namespace lintas::server {

namespace {

// The SSL object the current startServerEncryption() on this thread created (captureServerTls).
thread_local SSL **t_capture = nullptr;

bool setMacKey(EVP_MAC_CTX *mac, const TlsTicketKeys::Key &key)
{
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY,
                                     const_cast<unsigned char *>(key.macKey()), TlsTicketKeys::kMacKeySize),
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    return EVP_MAC_CTX_set_params(mac, params) == 1;
}

// OpenSSL's ticket key callback (SSL_CTX_set_tlsext_ticket_key_evp_cb): seal (enc = 1) with the
// current key, open (enc = 0) with the key the ticket names. Returns -1 on error, 0 for "no such
// key" (a full handshake follows), 1 to go on, 2 to go on and renew the ticket.
int ticketKeyCallback(
    SSL *, unsigned char keyName[16], unsigned char *iv, EVP_CIPHER_CTX *cipher, EVP_MAC_CTX *mac, int enc)
{
    static_assert(TlsTicketKeys::kNameSize == 16, "OpenSSL ticket key names are 16 bytes");
    TlsTicketKeys &keys = TlsTicketKeys::process();
    const qint64 now = TlsTicketKeys::nowSeconds();
    const EVP_CIPHER *aes = EVP_aes_256_cbc();
    if (enc == 1) {
        if (RAND_bytes(iv, EVP_CIPHER_get_iv_length(aes)) != 1)
            return -1;
        const bool ok = keys.withSealingKey(now, [&](const TlsTicketKeys::Key &key) {
            std::memcpy(keyName, key.name(), TlsTicketKeys::kNameSize);
            return EVP_EncryptInit_ex(cipher, aes, nullptr, key.cipherKey(), iv) == 1 && setMacKey(mac, key);
        });
        return ok ? 1 : -1;
    }
    bool current = false;
    bool failed = false;
    const bool found = keys.withOpeningKey(
        keyName, now,
        [&](const TlsTicketKeys::Key &key) {
            failed = !(setMacKey(mac, key) && EVP_DecryptInit_ex(cipher, aes, nullptr, key.cipherKey(), iv) == 1);
            return true;
        },
        &current);
    if (!found)
        return 0;
    if (failed)
        return -1;
    return current ? 1 : 2;
}

// Called once a presented ticket was opened (or not): decides whether the session is resumed and
// whether a new ticket is issued. OpenSSL on its own issues none on a resumption, so a device
// would reuse its first ticket until it expires and then pay for a full handshake every day;
// renewing once the session is half its lifetime old keeps an hourly poller resuming for as long
// as the process runs, at the cost of one ~250-byte ticket twice a day.
SSL_TICKET_RETURN onTicketOpened(
    SSL *, SSL_SESSION *session, const unsigned char *, size_t, SSL_TICKET_STATUS status, void *)
{
    switch (status) {
    case SSL_TICKET_SUCCESS:
    case SSL_TICKET_SUCCESS_RENEW: {
        const qint64 age = qint64(std::time(nullptr)) - qint64(SSL_SESSION_get_time(session));
        const bool renew = status == SSL_TICKET_SUCCESS_RENEW || age >= tlsTicketLifetimeSeconds() / 2;
        return renew ? SSL_TICKET_RETURN_USE_RENEW : SSL_TICKET_RETURN_USE;
    }
    case SSL_TICKET_FATAL_ERR_MALLOC:
    case SSL_TICKET_FATAL_ERR_OTHER:
        return SSL_TICKET_RETURN_ABORT;
    default: // none, empty or not ours (another process's key, or too old): full handshake
        return SSL_TICKET_RETURN_IGNORE_RENEW;
    }
}

// Called by OpenSSL for every SSL object created after the hook is registered, before Qt
// configures or starts it: the SSL_CTX is complete, no handshake byte has been read yet.
void onNewSsl(void *parent, void *, CRYPTO_EX_DATA *, int, long, void *)
{
    auto *ssl = static_cast<SSL *>(parent);
    if (ssl == nullptr || SSL_is_server(ssl) != 1)
        return; // client connections keep OpenSSL's and Qt's defaults
    SSL_CTX *context = SSL_get_SSL_CTX(ssl);
    SSL_CTX_set_tlsext_ticket_key_evp_cb(context, ticketKeyCallback);
    SSL_CTX_set_session_ticket_cb(context, nullptr, onTicketOpened, nullptr);
    // The ticket's lifetime is the session's timeout, read from the context when the session is
    // made (during the handshake, so setting it now is in time).
    SSL_CTX_set_timeout(context, static_cast<long>(tlsTicketLifetimeSeconds()));
    // OpenSSL issues two TLS 1.3 tickets by default (for browsers that open parallel
    // connections); the client keeps one, so the second would be ~250 bytes for nothing.
    SSL_set_num_tickets(ssl, 1);
    if (t_capture != nullptr)
        *t_capture = ssl;
}

} // namespace

Status enableTlsSessionResumption()
{
    static std::once_flag once;
    static int index = -1;
    std::call_once(once, [] { index = SSL_get_ex_new_index(0, nullptr, onNewSsl, nullptr, nullptr); });
    if (index < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("OpenSSL refused the TLS session resumption hook"));
    return {};
}

SSL *captureServerTls(const std::function<void()> &start)
{
    SSL *captured = nullptr;
    SSL **const outer = std::exchange(t_capture, &captured);
    start();
    t_capture = outer;
    return captured;
}

bool tlsSessionResumed(SSL *ssl)
{
    return ssl != nullptr && SSL_session_reused(ssl) == 1;
}

qint64 tlsTicketLifetimeSeconds()
{
    return TlsTicketKeys::process().rotationSeconds();
}

} // namespace lintas::server
