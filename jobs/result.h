#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace winnow::jobs {

// What kind of failure an Error is, so callers can react (offer to pick
// another file, retry later) without parsing the message.
enum class ErrorKind {
    InvalidData,     // JSON or a page token that cannot be read
    InvalidArgument, // a request that makes no sense (an empty id, a bad page size)
    NotFound,        // no job with that id
    NotADatabase,    // the file is not an SQLite database
    Corrupt,         // an SQLite database whose content is damaged
    ReadOnly,        // the file or its folder cannot be written
    NewerSchema,     // written by a newer Winnow than this one
    DiskFull,        // a write ran out of space
    IoError,         // the operating system reported a read or write failure
    Busy,            // another process held the database for too long
    Database,        // any other database failure
};

// A failure, with a message meant for the user: it says what was being done
// and what went wrong, e.g. "could not save job 3f2c...: the disk is full".
struct Error {
    ErrorKind kind = ErrorKind::Database;
    QString message;
};

// A value or the Error that prevented it. Every fallible call in the jobs
// library returns one, so failures are never silent and never exceptions.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }
    // The message, or an empty string on success: handy in QVERIFY2 and logs.
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace winnow::jobs
