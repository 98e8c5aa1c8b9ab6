// Errors as values: the core never throws across its API and never shows UI.
// Every fallible operation returns Result<T>; the message is a translated
// sentence a user can act on ("truncated at byte 1234 while reading ...").
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fero {

// The kind decides the CLI exit code (see app/cli) and how the GUI words it.
enum class ErrorKind {
    Usage = 1,   // the caller asked for something impossible (missing flag, bad id)
    Invalid = 2, // the input is unreadable or not what it claims to be
    Refused = 3, // we could, but will not: loss, format limits, conflicts, existing output
    Io = 4,      // the disk said no
};

// An input that is fine but locked: the caller can ask for the secret and
// open it again (the GUI's "Enter Passcode…", the CLI's prompt). Distinct
// outcomes, so that "none given yet" is never shown as "wrong".
enum class Lock {
    None,
    PasscodeNeeded, // opened without a passcode; it has one
    WrongPasscode,  // the passcode given does not open it
};

// A value the caller must supply before the operation can go ahead. The core
// says which value and why (Error::message); each face words the remedy in
// its own terms: the CLI names its option, the GUI its field or button.
enum class MissingValue {
    None,
    UserId, // the account's user id
    ApiId,  // the api_id of the app that logged in (Pyrogram's new string layout)
};

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    Lock lock = Lock::None;
    MissingValue missing = MissingValue::None;
    // A store Feroscope recognises but cannot open (detect/recognised.h):
    // its id ("madelineproto", "tdlib-binlog", "tdlib-sqlite"), else empty.
    QString recognised{};
    bool encrypted = false;

    static Error invalid(QString m) { return {ErrorKind::Invalid, std::move(m)}; }
    static Error refused(QString m) { return {ErrorKind::Refused, std::move(m)}; }
    static Error io(QString m) { return {ErrorKind::Io, std::move(m)}; }
    static Error usage(QString m) { return {ErrorKind::Usage, std::move(m)}; }
    static Error locked(Lock why, QString m) { return {ErrorKind::Invalid, std::move(m), why}; }
    static Error missingValue(MissingValue what, QString why)
    {
        return {ErrorKind::Usage, std::move(why), Lock::None, what};
    }
};

// A tiny std::expected stand-in (C++23 is not available with GCC 12).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

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

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace fero
