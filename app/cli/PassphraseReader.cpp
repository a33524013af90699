#include "PassphraseReader.h"

#include "ExitCodes.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lintas::cli {

namespace {

constexpr std::size_t kMaxSecretBytes = 4096;

// Restores the terminal however the prompt ends.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved {};
    bool m_active = false;
};

} // namespace

Result<SecretBytes> PassphraseReader::readLine(int fd, const QString &what)
{
    SecretBytes buffer(kMaxSecretBytes);
    std::size_t n = 0;
    bool sawAnything = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1 from descriptor %2").arg(what).arg(fd));
        if (got == 0 || c == '\n')
            break;
        sawAnything = true;
        if (n == kMaxSecretBytes)
            return ExitCodes::usage(QStringLiteral("%1 is longer than %2 bytes").arg(what).arg(kMaxSecretBytes));
        buffer.data()[n++] = c;
    }
    if (!sawAnything && n == 0) {
        return ExitCodes::usage(QStringLiteral("no %1 given (end of input on descriptor %2); use --passphrase-file, "
                                               "--passphrase-fd or a terminal")
                                    .arg(what)
                                    .arg(fd));
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n; // a file saved on Windows
    return SecretBytes::fromBytes(buffer.data(), n);
}

Result<SecretBytes> PassphraseReader::prompt(const QString &text)
{
    const QByteArray p = text.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<std::size_t>(p.size()), stderr);
    std::fflush(stderr);
    EchoOff quiet(STDIN_FILENO);
    return readLine(STDIN_FILENO, QStringLiteral("passphrase"));
}

Result<SecretBytes> PassphraseReader::read(const SecretSource &source, const QString &promptText, bool confirm)
{
    if (!source.file.isEmpty()) {
        const int fd = ::open(QFile::encodeName(source.file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return makeError(ErrorCode::Io,
                QStringLiteral("cannot open %1: %2").arg(source.file, QString::fromLocal8Bit(std::strerror(errno))));
        auto secret = readLine(fd, QStringLiteral("passphrase"));
        ::close(fd);
        return secret;
    }
    if (!source.fd.isEmpty()) {
        bool ok = false;
        const int fd = source.fd.toInt(&ok);
        if (!ok || fd < 0)
            return ExitCodes::usage(QStringLiteral("'%1' is not a file descriptor number").arg(source.fd));
        return readLine(fd, QStringLiteral("passphrase"));
    }
    if (::isatty(STDIN_FILENO) != 1)
        return readLine(STDIN_FILENO, QStringLiteral("passphrase"));
    auto first = prompt(promptText);
    if (!first.ok() || !confirm)
        return first;
    auto second = prompt(QStringLiteral("Type it again: "));
    if (!second.ok())
        return second;
    if (!first->equals(*second))
        return makeError(
            ErrorCode::Validation, QStringLiteral("the two passphrases differ"), QStringLiteral("passphrase"));
    return first;
}

Result<QString> PassphraseReader::readText(const SecretSource &source, const QString &promptText)
{
    LINTAS_TRY_ASSIGN(const SecretBytes secret, read(source, promptText));
    return QString::fromUtf8(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
}

} // namespace lintas::cli
