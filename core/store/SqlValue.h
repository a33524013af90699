#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace lintas::store {

// Values cross the store boundary as QVariant: null QVariant = SQL NULL, qint64 = INTEGER,
// double = REAL, QString = TEXT, QByteArray = BLOB. Bools are stored as 0/1 integers.
using SqlValue = QVariant;

} // namespace lintas::store
