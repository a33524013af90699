#pragma once

#include "base/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::cli {

struct OptionSpec {
    enum class Kind {
        Value, // --name VALUE or --name=VALUE
        Flag, // --name
        FlagValue // --name (= true) or --name=VALUE (booleans: --safety-flag=false)
    };
    QString name; // without the leading "--"
    Kind kind = Kind::Value;
    QString valueName; // for help: "DATE", "N", "FILE"
    QString help;
    bool repeatable = false;

    static OptionSpec value(const QString &name, const QString &valueName, const QString &help, bool repeatable = false)
    {
        return {name, Kind::Value, valueName, help, repeatable};
    }
    static OptionSpec flag(const QString &name, const QString &help) { return {name, Kind::Flag, {}, help, false}; }
};

struct ParsedArgs {
    QStringList positional;
    QMap<QString, QStringList> options; // name → values in order (a flag has one empty value)

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name).value(0); }
    QStringList values(const QString &name) const { return options.value(name); }
};

// A small GNU-style parser: long options only ("--name value", "--name=value"), "--" ends
// options, a lone "-" is a positional (stdin/stdout). Sub-commands bring their own options, which
// QCommandLineParser handles poorly. Errors are usage errors naming the option.
class ArgParser {
public:
    static Result<ParsedArgs> parse(const QStringList &args, const QVector<OptionSpec> &specs);
    // "--passphrase…" and friends: refused wherever they appear, with advice on what to use.
    static Status refuseSecret(const QString &token);
};

} // namespace lintas::cli
