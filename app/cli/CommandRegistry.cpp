#include "CommandRegistry.h"

#include "ActivityCommands.h"
#include "BundleCommands.h"
#include "CaseCommands.h"
#include "ClaimCommands.h"
#include "CliOutput.h"
#include "ClientCommands.h"
#include "CommandContext.h"
#include "ExitCodes.h"
#include "HandoffCommands.h"
#include "OrgCommands.h"
#include "OrgKeyCommands.h"
#include "PartyCommands.h"
#include "ProfileCommands.h"
#include "ReferenceCommands.h"
#include "SpaceCommands.h"
#include "SyncCommands.h"
#include "TimelineCommands.h"
#include "TransferCommands.h"

#include <QCoreApplication>

namespace lintas::cli {

namespace {

OptionSpec value(const char *name, const char *valueName, const char *help)
{
    return {
        QString::fromLatin1(name), OptionSpec::Kind::Value, QString::fromLatin1(valueName), QString::fromUtf8(help)};
}

OptionSpec flag(const char *name, const char *help)
{
    return {QString::fromLatin1(name), OptionSpec::Kind::Flag, {}, QString::fromUtf8(help)};
}

bool isGlobalValueOption(const QString &token)
{
    for (const OptionSpec &o : CommandRegistry::globalOptions()) {
        if (o.kind == OptionSpec::Kind::Value && token == QStringLiteral("--") + o.name)
            return true;
    }
    return false;
}

} // namespace

QVector<OptionSpec> CommandRegistry::globalOptions()
{
    return {
        value("profiles-dir", "DIR", "where profiles live (default: $LINTAS_PROFILES_DIR, else the app data folder)"),
        value("profile", "NAME", "profile name or id (default: the only profile)"),
        value("passphrase-file", "FILE", "read the passphrase from the first line of FILE"),
        value("passphrase-fd", "N", "read the passphrase as one line from file descriptor N (0 = stdin)"),
        flag("json", "machine-readable output on stdout"),
        value("lang", "id|en", "language of code-list labels in tables (default en)"),
        flag("help", "show help"),
    };
}

CommandRegistry::CommandRegistry()
{
    registerProfileCommands(*this);
    registerClientCommands(*this);
    registerCaseCommands(*this);
    registerClaimCommands(*this);
    registerTimelineCommands(*this);
    registerActivityCommands(*this);
    registerPartyCommands(*this);
    registerReferenceCommands(*this);
    registerTransferCommands(*this);
    registerSyncCommands(*this);
    registerOrgCommands(*this);
    registerOrgKeyCommands(*this);
    registerHandoffCommands(*this);
    registerBundleCommands(*this);
    registerSpaceCommands(*this);
}

void CommandRegistry::add(CommandSpec spec)
{
    m_commands.push_back(std::move(spec));
}

const CommandSpec *CommandRegistry::find(const QString &name) const
{
    for (const CommandSpec &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList CommandRegistry::groupCommands(const QString &group) const
{
    QStringList out;
    for (const CommandSpec &c : m_commands) {
        if (c.name.section(QLatin1Char(' '), 0, 0) == group && c.name.contains(QLatin1Char(' ')))
            out << c.name.section(QLatin1Char(' '), 1);
    }
    return out;
}

void CommandRegistry::printHelp(const CommandSpec *spec) const
{
    CliOutput out(false, domain::Language::English);
    auto optionLine = [](const OptionSpec &o) {
        QString head = QStringLiteral("  --") + o.name;
        if (o.kind == OptionSpec::Kind::Value)
            head += QLatin1Char(' ') + o.valueName;
        else if (o.kind == OptionSpec::Kind::FlagValue)
            head += QStringLiteral("[=") + (o.valueName.isEmpty() ? QStringLiteral("yes|no") : o.valueName)
                + QLatin1Char(']');
        if (o.repeatable)
            head += QStringLiteral(" …");
        return head.leftJustified(34) + QLatin1Char(' ') + o.help;
    };
    if (spec) {
        out.line(QStringLiteral("usage: lintas-cli [global options] %1 %2").arg(spec->name, spec->synopsis).trimmed());
        out.line(QStringLiteral("\n%1").arg(spec->summary));
        if (!spec->options.isEmpty()) {
            out.line(QStringLiteral("\noptions:"));
            for (const OptionSpec &o : spec->options)
                out.line(optionLine(o));
        }
    } else {
        out.line(QStringLiteral("usage: lintas-cli [global options] COMMAND [arguments] [options]"));
        out.line(QStringLiteral("\ncommands:"));
        for (const CommandSpec &c : m_commands)
            out.line((QStringLiteral("  ") + c.name + QLatin1Char(' ') + c.synopsis).leftJustified(40)
                + QLatin1Char(' ') + c.summary);
    }
    out.line(QStringLiteral("\nglobal options:"));
    for (const OptionSpec &o : globalOptions())
        out.line(optionLine(o));
    out.line(QStringLiteral("\nPassphrases are never taken from the command line. Exit codes: see docs/cli.md."));
}

int CommandRegistry::run(const QStringList &arguments)
{
    // Output settings first, so even a usage error can come out as JSON.
    const bool json = arguments.contains(QStringLiteral("--json"));
    CliOutput out(json, domain::Language::English);
    auto fail = [&](const Error &e) {
        const int code = ExitCodes::value(ExitCodes::forError(e));
        out.error(e, code);
        return code;
    };

    // The command is the first one or two words that are not global options or their values.
    QStringList words;
    QStringList rest;
    qsizetype firstWordAt = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &t = arguments.at(i);
        if (t == QStringLiteral("--")) {
            rest += arguments.mid(i);
            break;
        }
        if (t.startsWith(QStringLiteral("--"))) {
            if (Status secret = ArgParser::refuseSecret(t); !secret.ok())
                return fail(secret.error());
            rest << t;
            if (isGlobalValueOption(t) && i + 1 < arguments.size())
                rest << arguments.at(++i);
            continue;
        }
        if (words.isEmpty()) {
            words << t;
            firstWordAt = i;
        } else if (words.size() == 1 && i == firstWordAt + 1 && !find(words.first())
            && !groupCommands(words.first()).isEmpty()) {
            words << t; // the verb of a group: "client add"
        } else {
            rest << t;
        }
    }
    if (words.isEmpty() || words.first() == QStringLiteral("help")) {
        QStringList topic;
        for (const QString &t : std::as_const(rest)) {
            if (!t.startsWith(QStringLiteral("--")))
                topic << t;
        }
        const CommandSpec *spec = find(topic.join(QLatin1Char(' ')));
        printHelp(spec);
        const bool asked = arguments.contains(QStringLiteral("--help")) || !words.isEmpty();
        return asked ? 0 : ExitCodes::value(ExitCode::Usage);
    }
    const QString name = words.join(QLatin1Char(' '));
    const CommandSpec *spec = find(name);
    if (!spec && arguments.contains(QStringLiteral("--help"))) {
        printHelp(nullptr);
        return 0;
    }
    if (!spec) {
        const QStringList sub = groupCommands(words.first());
        if (!sub.isEmpty())
            return fail(ExitCodes::usage(
                QStringLiteral("'%1' needs one of: %2").arg(words.first(), sub.join(QStringLiteral(", ")))));
        return fail(ExitCodes::usage(QStringLiteral("unknown command '%1' (see `lintas-cli help`)").arg(name)));
    }
    QVector<OptionSpec> specs = globalOptions();
    specs += spec->options;
    auto parsed = ArgParser::parse(rest, specs);
    if (!parsed.ok())
        return fail(parsed.error());
    if (parsed->has(QStringLiteral("help"))) {
        printHelp(spec);
        return 0;
    }
    if (parsed->has(QStringLiteral("lang"))) {
        const QString lang = parsed->value(QStringLiteral("lang"));
        if (lang != QStringLiteral("id") && lang != QStringLiteral("en"))
            return fail(ExitCodes::usage(QStringLiteral("--lang must be id or en")));
        out.setLanguage(lang == QStringLiteral("id") ? domain::Language::Indonesian : domain::Language::English);
    }
    const int n = int(parsed->positional.size());
    if (n < spec->minArgs || (spec->maxArgs >= 0 && n > spec->maxArgs)) {
        const QString usage = QStringLiteral("lintas-cli %1 %2").arg(spec->name, spec->synopsis).trimmed();
        if (spec->maxArgs >= 0 && n > spec->maxArgs) {
            return fail(ExitCodes::usage(QStringLiteral("unexpected argument '%1' (usage: %2)")
                                             .arg(parsed->positional.at(spec->maxArgs), usage)));
        }
        return fail(ExitCodes::usage(QStringLiteral("missing argument (usage: %1)").arg(usage)));
    }
    CommandContext ctx(*spec, std::move(parsed.value()), out);
    Status st = spec->run(ctx);
    if (!st.ok())
        return fail(st.error());
    return 0;
}

} // namespace lintas::cli
