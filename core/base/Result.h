#pragma once

#include "base/Error.h"

#include <utility>
#include <variant>

namespace lintas {

// Value-or-Error. No exceptions cross layer boundaries in Lintas; every fallible call returns this.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { } // NOLINT(implicit)
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { } // NOLINT(implicit)

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    // By value: a reference into a dying temporary would dangle in `for (x : f().value())`.
    T value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }
    ErrorCode code() const { return error().code; }

    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { } // NOLINT(implicit)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString detail = {}, QString field = {})
{
    return Error::make(code, std::move(detail), std::move(field));
}

} // namespace lintas

// Early return of the error of a failed Result/Status. Keeps the happy path linear.
#define LINTAS_TRY(expr)                                                                                               \
    do {                                                                                                               \
        auto lintas_try_result_ = (expr);                                                                              \
        if (!lintas_try_result_.ok())                                                                                  \
            return lintas_try_result_.error();                                                                         \
    } while (false)

// Unwraps a Result into `var` (a declaration such as `const Foo foo`, or an existing variable),
// or returns its error early. Several statements, so not for the body of an unbraced if/for;
// the temporary is named after the line so one function can unwrap many results.
#define LINTAS_TRY_ASSIGN(var, expr) LINTAS_TRY_ASSIGN_AS_(var, expr, LINTAS_CONCAT_(lintas_try_assign_, __LINE__))
#define LINTAS_TRY_ASSIGN_AS_(var, expr, tmp)                                                                          \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.ok())                                                                                                     \
        return tmp.error();                                                                                            \
    var = std::move(tmp).value()
#define LINTAS_CONCAT_(a, b) LINTAS_CONCAT_INNER_(a, b)
#define LINTAS_CONCAT_INNER_(a, b) a##b
