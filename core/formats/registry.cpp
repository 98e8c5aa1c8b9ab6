#include "formats/registry.h"

#include "formats/android/codecs.h"
#include "formats/ferogram/codecs.h"
#include "formats/gotd/codecs.h"
#include "formats/gramjs/codecs.h"
#include "formats/grammers/codecs.h"
#include "formats/mtcute/codecs.h"
#include "formats/mtkruto/codecs.h"
#include "formats/pyrogram/codecs.h"
#include "formats/tdesktop/codecs.h"
#include "formats/tdl/codecs.h"
#include "formats/telethon/codecs.h"
#include "formats/wtelegram/codecs.h"

#include <array>

namespace fero {
namespace {

// Detection order (foreign-formats.md §10). Strings: compact (one reader for
// both versions), mtcute (a full TL parse), GramJS (a length and an IP
// text), Telethon, MTKruto before Pyrogram (whose only structure is its
// length), with native between them. Folders and databases: tdata before a
// GramJS store; ferogram's binary file is what is left.
constexpr std::array<const Codec *, kFormatCount> kCodecs{
    &ferogram::kCompactV2Codec, &ferogram::kCompactV1Codec, &mtcute::kStringCodec,   &gramjs::kStringCodec,
    &telethon::kStringCodec,    &mtkruto::kStringCodec,     &ferogram::kNativeCodec, &pyrogram::kStringCodec,
    &tdesktop::kTdataCodec,     &gramjs::kStoreCodec,       &telethon::kSqliteCodec, &pyrogram::kSqliteCodec,
    &ferogram::kSqliteCodec,
    // issue 16: recognised by content (magic numbers, table names)
    &grammers::kTlCodec, &grammers::kSqliteCodec, &gotd::kJsonCodec, &tdl::kBoltCodec,
    // issue 16 part 2: before ferogram's binary file, which misreads a
    // WTelegramClient header (8, length) as a damaged v8 file
    &wtelegram::kSessionCodec, &android::kTgnetCodec,
    &ferogram::kBinaryCodec,
    // Pyrogram's forks: pyrogram::kSqliteCodec's reader tells them apart (pyrogram-forks.md §3).
    &pyrogram::kKurigramCodec,  &pyrogram::kPyrotgforkCodec, &pyrogram::kPyroforkCodec,
    // issue 15 part 2
    &telethon::kSqlite2Codec,   &mtcute::kSqliteCodec,
};

// One row per format: a row left out leaves a null pointer, and a row too
// many does not fit the array (tst_registry checks each row's format).
constexpr bool everyRowSet()
{
    for (const Codec *c : kCodecs)
        if (!c)
            return false;
    return true;
}
static_assert(everyRowSet(), "formats/registry.cpp: every Format needs its codec in kCodecs");

std::array<const Codec *, kFormatCount> byFormat()
{
    std::array<const Codec *, kFormatCount> table{};
    for (const Codec *c : kCodecs)
        table[std::size_t(c->format)] = c;
    return table;
}

} // namespace

const Codec &codec(Format format)
{
    static const std::array<const Codec *, kFormatCount> table = byFormat();
    return *table[std::size_t(format)];
}

std::span<const Codec *const> codecs()
{
    return kCodecs;
}

} // namespace fero
