#pragma once

#include "support/WorkspaceFixture.h"

#include <QByteArray>
#include <QStringList>

namespace lintas::test {

// A small profile that touches every entity, every field type and every set: unicode names,
// money in currencies with and without minor units, dates, soft deletes, a corrected note,
// fields left empty next to fields set. Defined in TransferTestData.cpp.
void fillRichDataset(WorkspaceFixture &f);

// An export with the two per-run header lines (exportedAt, deviceCode) removed.
QByteArray withoutRunHeader(const QByteArray &exportJson);

} // namespace lintas::test
