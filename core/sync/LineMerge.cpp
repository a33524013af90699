#include "sync/LineMerge.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace lintas::sync {

namespace {

// Beyond this many compared line pairs (after trimming the common start and end) the texts are
// left to the conflict log rather than spend seconds and megabytes on one field.
constexpr qint64 kMaxCells = 4'000'000;

// For every line of `base`, the index of the line of `side` it is kept as, or -1 if the side
// removed or changed it (longest common subsequence of lines). nullopt when too large.
std::optional<std::vector<int>> matchLines(const QStringList &base, const QStringList &side)
{
    const int n = int(base.size());
    const int m = int(side.size());
    std::vector<int> match(size_t(n), -1);
    int head = 0;
    while (head < n && head < m && base.at(head) == side.at(head)) {
        match[size_t(head)] = head;
        ++head;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && base.at(n - 1 - tail) == side.at(m - 1 - tail)) {
        match[size_t(n - 1 - tail)] = m - 1 - tail;
        ++tail;
    }
    const int rows = n - head - tail;
    const int cols = m - head - tail;
    if (rows == 0 || cols == 0)
        return match;
    if (qint64(rows) * cols > kMaxCells)
        return std::nullopt;
    // lcs[i][j]: longest common subsequence of base[head+i..] and side[head+j..].
    std::vector<int> lcs(size_t(rows + 1) * size_t(cols + 1), 0);
    const auto at = [cols](int i, int j) { return size_t(i) * size_t(cols + 1) + size_t(j); };
    for (int i = rows - 1; i >= 0; --i)
        for (int j = cols - 1; j >= 0; --j)
            lcs[at(i, j)] = base.at(head + i) == side.at(head + j) ? lcs[at(i + 1, j + 1)] + 1
                                                                   : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    int i = 0;
    int j = 0;
    while (i < rows && j < cols) {
        if (base.at(head + i) == side.at(head + j)) {
            match[size_t(head + i)] = head + j;
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

QStringList slice(const QStringList &lines, int from, int to)
{
    return lines.mid(from, to - from);
}

// One stretch between lines neither side touched: take the side that changed it; if both did,
// the same way or by inserting lines where there were none, keep both; otherwise give up.
bool resolve(const QStringList &base, const QStringList &older, const QStringList &newer, QStringList &out)
{
    if (older == newer || newer == base) {
        out += older;
        return true;
    }
    if (older == base) {
        out += newer;
        return true;
    }
    if (base.isEmpty()) {
        out += older;
        out += newer;
        return true;
    }
    return false;
}

} // namespace

std::optional<QString> mergeLines(const QString &base, const QString &older, const QString &newer)
{
    if (older == newer || newer == base)
        return older;
    if (older == base)
        return newer;
    // Two people wrote into an empty field: both texts, the older first.
    if (base.isEmpty())
        return older + (older.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + newer;
    // A text ending in a line break splits into a last empty "line", so lines added at the end
    // land before it and the break is kept.
    const QStringList b = base.split(QLatin1Char('\n'));
    const QStringList o = older.split(QLatin1Char('\n'));
    const QStringList w = newer.split(QLatin1Char('\n'));
    const auto mo = matchLines(b, o);
    const auto mw = matchLines(b, w);
    if (!mo || !mw)
        return std::nullopt;
    QStringList out;
    int bi = 0;
    int oi = 0;
    int wi = 0;
    // Walk the base lines both sides kept (in order on both sides, as common subsequences are);
    // between two of them lies a stretch that one side, both or neither changed.
    for (int i = 0; i <= int(b.size()); ++i) {
        const bool end = i == int(b.size());
        if (!end && ((*mo)[size_t(i)] < 0 || (*mw)[size_t(i)] < 0))
            continue;
        const int oe = end ? int(o.size()) : (*mo)[size_t(i)];
        const int we = end ? int(w.size()) : (*mw)[size_t(i)];
        if (!resolve(slice(b, bi, i), slice(o, oi, oe), slice(w, wi, we), out))
            return std::nullopt;
        if (!end)
            out += b.at(i);
        bi = i + 1;
        oi = oe + 1;
        wi = we + 1;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace lintas::sync
