#pragma once

#include <QString>

#include <optional>

namespace lintas::sync {

// Line-based three-way merge of two texts that both descend from `base` (SYNC.md: long text).
// `older` and `newer` are the two writes in their (HLC, device) order, so every laptop merging
// the same pair gets the same text. Lines both sides inserted at the same place are all kept,
// the older write's first (two caseworkers adding to the end of a chronology is the usual
// case, and neither addition may disappear). Returns nullopt when the two changed the same lines
// differently, or the texts are too large to compare cheaply: the caller keeps both instead.
std::optional<QString> mergeLines(const QString &base, const QString &older, const QString &newer);

} // namespace lintas::sync
