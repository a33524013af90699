#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace lintas::repo {
struct Conflict;
}

namespace lintas::ui {

// How a conflicting field and its values read on the conflicts page: "Risk", "High" — the field's
// name in the current language and a value as the forms show it (code labels, dates, yes/no).
class ConflictWords {
    Q_DECLARE_TR_FUNCTIONS(ConflictWords)

public:
    static QString entity(const QString &entity);
    static QString field(const QString &entity, const QString &field);
    static QString value(const QString &entity, const QString &field, const QVariant &value);
    // An edit that a deletion did not see (repo/DeleteConflicts.h): the record stays deleted and
    // the edit waits, hidden, until someone brings the record back. Reads differently from a
    // field's two values.
    static bool isHiddenEdit(const repo::Conflict &conflict);
};

} // namespace lintas::ui
