// Which account of a multi-account source: the position (0 is the first)
// or the store's own id for it ("index:N" tdata's account index, "slot:N"
// Android's files/accountN, "name:X" a tdl namespace). Each reader lists
// its accounts' ids in DecodedSession::accountIds; resolving only compares
// with those, so a format answers for its own ids.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>

#include <cstddef>
#include <optional>

namespace fero {

struct AccountChoice {
    std::optional<std::size_t> position; // "2"
    QString nativeId;                    // "index:2", "slot:1", "name:work" (normalised)

    QString text() const; // as the user wrote it, for messages
};

// "N", "index:N", "slot:N" or "name:X"; a usage error naming the flag otherwise.
Result<AccountChoice> parseAccountChoice(const QString &flag, const QString &text);

// The position the choice names in decoded; a usage error saying which
// positions and ids the source has when it names none.
Result<std::size_t> resolveAccount(const QString &flag, const DecodedSession &decoded, const AccountChoice &choice);

// The native id of the account at position, or empty when the store has none.
QString accountIdAt(const DecodedSession &decoded, std::size_t position);

} // namespace fero
