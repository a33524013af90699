#pragma once

#include <QObject>
#include <QString>

#include <catch2/catch.hpp>

namespace lintas::test {

// The child of `parent` with this objectName, at any depth; fails the test, naming it, when
// there is none (a renamed widget shows as such, not as a crash further on).
template<typename T> T *child(QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("child " << name.toStdString());
    REQUIRE(found);
    return found;
}

template<typename T> T *child(QObject &parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

} // namespace lintas::test
