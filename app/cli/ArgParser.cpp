#include "ArgParser.h"

#include "ExitCodes.h"

namespace lintas::cli {

namespace {

const OptionSpec *find(const QVector<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &s : specs) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool isSecretOption(const QString &name)
{
    return name == QStringLiteral("passphrase") || name == QStringLiteral("new-passphrase")
        || name == QStringLiteral("password") || name == QStringLiteral("recovery-code");
}

} // namespace

Status ArgParser::refuseSecret(const QString &token)
{
    if (!token.startsWith(QStringLiteral("--")))
        return {};
    const QString name = token.mid(2).section(QLatin1Char('='), 0, 0);
    if (!isSecretOption(name))
        return {};
    // Secrets on the command line end up in shell history and in `ps` output for every user.
    return ExitCodes::usage(QStringLiteral("--%1 is not accepted: secrets are never taken from the command line; use "
                                           "--%1-file FILE or --%1-fd N, or type it when asked")
                                .arg(name));
}

Result<ParsedArgs> ArgParser::parse(const QStringList &args, const QVector<OptionSpec> &specs)
{
    ParsedArgs out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &token = args.at(i);
        if (optionsEnded || !token.startsWith(QStringLiteral("--")) || token.size() == 2) {
            if (!optionsEnded && token == QStringLiteral("--")) {
                optionsEnded = true;
                continue;
            }
            out.positional << token;
            continue;
        }
        QString name = token.mid(2);
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const OptionSpec *spec = find(specs, name);
        if (!spec) {
            LINTAS_TRY(refuseSecret(token));
            return ExitCodes::usage(QStringLiteral("unknown option --%1").arg(name));
        }
        QString value;
        switch (spec->kind) {
        case OptionSpec::Kind::Flag:
            if (hasInline)
                return ExitCodes::usage(QStringLiteral("--%1 takes no value").arg(name));
            break;
        case OptionSpec::Kind::FlagValue:
            value = hasInline ? inlineValue : QStringLiteral("true");
            break;
        case OptionSpec::Kind::Value:
            if (hasInline) {
                value = inlineValue;
            } else {
                if (i + 1 >= args.size()
                    || (args.at(i + 1).startsWith(QStringLiteral("--")) && args.at(i + 1).size() > 2))
                    return ExitCodes::usage(QStringLiteral("--%1 needs a value (%2)").arg(name, spec->valueName));
                value = args.at(++i);
            }
            break;
        }
        if (out.options.contains(name) && !spec->repeatable)
            return ExitCodes::usage(QStringLiteral("--%1 given twice").arg(name));
        out.options[name] << value;
    }
    return out;
}

} // namespace lintas::cli
