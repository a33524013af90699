#pragma once

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Failed checks on Qt strings print the text, not "{?}" per character.
namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch
