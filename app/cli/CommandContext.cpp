#include "CommandContext.h"

#include "ExitCodes.h"
#include "base/Clock.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace lintas::cli {

CommandContext::CommandContext(const CommandSpec &spec, ParsedArgs args, CliOutput &out)
    : m_spec(spec), m_args(std::move(args)), m_out(out), m_profiles(m_args, out)
{ }

QDate CommandContext::today() const
{
    // Caseworkers think in their own calendar day, so "today" and "within N days" are local.
    return QDateTime::fromMSecsSinceEpoch(SystemClock::instance().nowMs()).date();
}

Result<int> CommandContext::intOption(const QString &name, int fallback, int min, int max) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int v = option(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return ExitCodes::usage(
            QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return v;
}

Result<QDate> CommandContext::dateOption(const QString &name) const
{
    if (!has(name))
        return QDate();
    const QString text = option(name).trimmed();
    if (text == QStringLiteral("today"))
        return today();
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return makeError(
            ErrorCode::Validation, QStringLiteral("--%1: '%2' is not a date written YYYY-MM-DD").arg(name, text), name);
    return d;
}

Result<QByteArray> CommandContext::readInput(const QString &file) const
{
    QFile f;
    const bool isStdin = file == QStringLiteral("-");
    const bool opened
        = isStdin ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(file), f.open(QIODevice::ReadOnly));
    if (!opened)
        return makeError(isStdin || QFile::exists(file) ? ErrorCode::Io : ErrorCode::NotFound,
            QStringLiteral("cannot read %1: %2").arg(isStdin ? QStringLiteral("stdin") : file, f.errorString()));
    const QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    return data;
}

} // namespace lintas::cli
