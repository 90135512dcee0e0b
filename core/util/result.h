#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rw {

// An error a person can act on: what went wrong and where. The kind lets a
// caller (the CLI's exit code, a dialog's icon) tell bad input from failure.
struct Error
{
    enum class Kind {
        Input, // the user's input is wrong: a value, a key, a file's content
        NotFound, // a key or file that does not exist
        Conflict, // valid input that clashes with what is stored
        Io, // reading or writing a file failed
        Database, // SQLite failed
        Internal,
    };

    // A fact that each face (the window, the CLI) completes with its own
    // hint on how to fix it there: core messages never name a face's
    // buttons or commands. Most errors have none.
    enum class Code {
        None,
        NoRankLists, // the user has not made a rank list yet
    };

    Kind kind = Kind::Internal;
    QString message;
    Code code = Code::None;

    Error withCode(Code c) const
    {
        Error e = *this;
        e.code = c;
        return e;
    }

    static Error input(const QString &message) { return {Kind::Input, message, Code::None}; }
    static Error notFound(const QString &message) { return {Kind::NotFound, message, Code::None}; }
    static Error conflict(const QString &message) { return {Kind::Conflict, message, Code::None}; }
    static Error io(const QString &message) { return {Kind::Io, message, Code::None}; }
    static Error database(const QString &message) { return {Kind::Database, message, Code::None}; }
    static Error internal(const QString &message) { return {Kind::Internal, message, Code::None}; }

    // Errors the user can fix by changing what they typed or chose.
    bool isUserError() const
    {
        return kind == Kind::Input || kind == Kind::NotFound || kind == Kind::Conflict;
    }
};

// A value or an Error; errors are values, never exceptions across event loops.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    const QString &message() const { return error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace rw
