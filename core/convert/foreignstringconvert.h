// Converting INTO other libraries' session strings (Telethon, GramJS, mtcute,
// Pyrogram, MTKruto): what each keeps and drops (the loss report) and the
// encoding with the target's extra values (--api-id, --user-id,
// --test-mode). Hooks for convert.cpp.
#pragma once

#include "convert/convert.h"

namespace fero {

bool isForeignStringFormat(Format format);

// One item per kind of data the string cannot hold (foreign-formats.md §11):
// a Telethon or GramJS string keeps one DC and no account values, mtcute a
// main and a media DC plus user/bot/test, Pyrogram DC id, test, user, bot
// and api_id but no address, MTKruto DC id, test flag and key.
void foreignStringLosses(const Session &session, const ConvertTarget &target, LossReport &report);

// The string (ASCII). A Pyrogram target without an api_id (target or
// session) is a usage error naming --api-id unless pyrogramOldLayout is set.
Result<QString> encodeForeignString(const Session &session, const ConvertTarget &target);

} // namespace fero
