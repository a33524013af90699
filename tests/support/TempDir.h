#pragma once

#include <QString>
#include <QTemporaryDir>

namespace lintas::test {

// A temporary directory removed at scope exit. Tests never write outside one.
class TempDir {
public:
    TempDir() : m_dir(QStringLiteral("/tmp/lintas-test-XXXXXX")) { }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace lintas::test
