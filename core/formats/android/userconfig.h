// Telegram Android's shared_prefs/userconfing.xml (android-wtelegram.md
// §1.8): the account's user id, inside the Base64 of a TL User object.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace fero::userconfig {

struct User {
    std::int64_t id = 0;
    std::optional<bool> isBot; // userEmpty has no flags
};

// The `user` entry's object: userEmpty#d3bc4b7a, user#3ff6ecb0 (layer 144,
// what AndroidTelePorter writes) or user#31774388 (layer 227, current apps).
// nullopt when the file has no user entry (logged out).
Result<std::optional<User>> read(QByteArrayView xml);

// AndroidTelePorter's shape: a map with just the `user` entry, a
// user#3ff6ecb0 (the constructor its Telethon 1.25.1 parser reads) with the
// self flag, the bot flag where known, and the id.
QByteArray write(const User &user);

} // namespace fero::userconfig
