#pragma once

#include "ArgParser.h"
#include "CliOutput.h"
#include "EntityOptions.h"
#include "ProfileAccess.h"
#include "base/Result.h"

#include <QDate>
#include <QString>

namespace lintas::repo {
class Workspace;
}

namespace lintas::cli {

struct CommandSpec;

// What a command sees: its arguments and options, the output, and the profile (unlocked on first
// use, so commands that need no profile never ask for a passphrase).
class CommandContext {
public:
    CommandContext(const CommandSpec &spec, ParsedArgs args, CliOutput &out);

    const CommandSpec &spec() const { return m_spec; }
    const ParsedArgs &args() const { return m_args; }
    QString arg(int index) const { return m_args.positional.value(index); }
    QStringList args(int from) const { return m_args.positional.mid(from); }
    bool has(const QString &option) const { return m_args.has(option); }
    QString option(const QString &name) const { return m_args.value(name); }

    CliOutput &out() { return m_out; }
    bool json() const { return m_out.json(); }
    domain::Language language() const { return m_out.language(); }

    ProfileAccess &profiles() { return m_profiles; }
    Result<repo::Workspace *> workspace() { return m_profiles.workspace(); }
    QDate today() const;

    // Option values as numbers/dates, with usage or validation errors that name the option.
    Result<int> intOption(const QString &name, int fallback, int min, int max) const;
    Result<QDate> dateOption(const QString &name) const;
    // The whole content of FILE, or of stdin for "-".
    Result<QByteArray> readInput(const QString &file) const;

    // `base` with the entity options given on the command line laid over it (EntityOptions);
    // `currency` is what money options are read in.
    template<typename T>
    Result<T> withOptions(const repo::EntityMapping<T> &mapping, const T &base, const QStringList &exclude,
        const QString &currency = {}) const
    {
        repo::FieldMap fields;
        repo::SetMap sets;
        LINTAS_TRY(EntityOptions::read(mapping.def, m_args, currency, today(), fields, sets, exclude));
        return EntityOptions::apply(mapping, base, fields, sets);
    }

private:
    const CommandSpec &m_spec;
    ParsedArgs m_args;
    CliOutput &m_out;
    ProfileAccess m_profiles;
};

} // namespace lintas::cli
