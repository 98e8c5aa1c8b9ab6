// What a target drops of the foreign extras only some databases keep: the
// account's own usernames and premium flag, mtcute's temporary keys and salts.
#pragma once

#include "formats/target.h"

namespace fero::extralosses {

struct Kept {
    qsizetype selfUsernames = 0; // how many of the account's usernames fit (Telethon 2: one)
    bool selfPremium = false;
    bool tempKeys = false;
    bool salts = false;
};

void add(const Session &session, const QString &formatName, Kept kept, LossReport &report);

} // namespace fero::extralosses
