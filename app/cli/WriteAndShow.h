#pragma once

#include "CommandContext.h"
#include "EntityView.h"
#include "base/Result.h"
#include "repo/EntityMapping.h"

namespace lintas::cli {

// How the `… add` and `… update` commands end. Both show the record as the repository stored
// it (id, defaults, normalised values), not as it was typed.

template<typename Repository, typename T>
Status createAndShow(
    CommandContext &ctx, Repository &repository, const repo::EntityMapping<T> &mapping, const T &record)
{
    LINTAS_TRY_ASSIGN(const T created, repository.create(record));
    EntityView::print(ctx.out(), mapping, created);
    return {};
}

// Whether anything changed goes to stderr, so stdout carries the record either way.
template<typename Repository, typename T>
Status updateAndShow(CommandContext &ctx, Repository &repository, const repo::EntityMapping<T> &mapping,
    const T &changed, const QString &updatedNote)
{
    LINTAS_TRY_ASSIGN(const bool updated, repository.update(changed));
    if (!ctx.json())
        ctx.out().note(updated ? updatedNote : QStringLiteral("Nothing to change."));
    LINTAS_TRY_ASSIGN(const T stored, repository.get(changed.id));
    EntityView::print(ctx.out(), mapping, stored);
    return {};
}

} // namespace lintas::cli
