#include "formats/ferogram/binary.h"

#include "base/bytereader.h"
#include "formats/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace fero::binary {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BinaryFormat)
};

constexpr std::size_t KeySize = AuthKey::Size;
constexpr std::uint8_t KindAbsent = 0xFF;

// Field names for error messages; "%1 of %2" is the 1-based item and the count.
const char *const FVersion = QT_TRANSLATE_NOOP("BinaryFormat", "the version byte");
const char *const FHomeDc = QT_TRANSLATE_NOOP("BinaryFormat", "the home DC id");
const char *const FDcCount = QT_TRANSLATE_NOOP("BinaryFormat", "the DC count");
const char *const FDcId = QT_TRANSLATE_NOOP("BinaryFormat", "the DC id of DC entry %1 of %2");
const char *const FHasKey = QT_TRANSLATE_NOOP("BinaryFormat", "the key-presence byte of DC entry %1 of %2");
const char *const FAuthKey = QT_TRANSLATE_NOOP("BinaryFormat", "the auth key of DC entry %1 of %2");
const char *const FSalt = QT_TRANSLATE_NOOP("BinaryFormat", "the first salt of DC entry %1 of %2");
const char *const FTimeOffset = QT_TRANSLATE_NOOP("BinaryFormat", "the time offset of DC entry %1 of %2");
const char *const FAddrLen = QT_TRANSLATE_NOOP("BinaryFormat", "the address length of DC entry %1 of %2");
const char *const FAddr = QT_TRANSLATE_NOOP("BinaryFormat", "the address of DC entry %1 of %2");
const char *const FFlags = QT_TRANSLATE_NOOP("BinaryFormat", "the flags of DC entry %1 of %2");
const char *const FCounters = QT_TRANSLATE_NOOP("BinaryFormat", "the update counters (pts, qts, date, seq)");
const char *const FChannelCount = QT_TRANSLATE_NOOP("BinaryFormat", "the channel count");
const char *const FChannel = QT_TRANSLATE_NOOP("BinaryFormat", "channel %1 of %2");
const char *const FPeerCount = QT_TRANSLATE_NOOP("BinaryFormat", "the peer count");
const char *const FPeer = QT_TRANSLATE_NOOP("BinaryFormat", "peer %1 of %2");
const char *const FMinPeerCount = QT_TRANSLATE_NOOP("BinaryFormat", "the min-peer count");
const char *const FMinPeer = QT_TRANSLATE_NOOP("BinaryFormat", "min peer %1 of %2");
const char *const FTokenFlag = QT_TRANSLATE_NOOP("BinaryFormat", "the token presence byte");
const char *const FTokenLen = QT_TRANSLATE_NOOP("BinaryFormat", "the future auth token length");
const char *const FToken = QT_TRANSLATE_NOOP("BinaryFormat", "the future auth token");

QString fieldName(const char *field, std::size_t index, std::size_t count)
{
    QString name = QCoreApplication::translate("BinaryFormat", field);
    if (name.contains(u"%1"))
        name = name.arg(index + 1).arg(count);
    return name;
}

// Per-version layout facts (ferogram-formats.md §2, "Version history").
struct Layout {
    int version;
    bool hasCounters() const { return version >= 2; }
    bool hasDcFlags() const { return version >= 3; }
    bool hasMinPeers() const { return version >= 4; }
    bool hasKind() const { return version >= 6; }
    bool hasToken() const { return version >= 7; }
    bool hasCommunity() const { return version >= 8; }
    std::size_t peerSize() const { return 17 + (hasKind() ? 1 : 0) + (hasCommunity() ? 1 : 0); }
};
constexpr std::size_t ChannelSize = 12;
constexpr std::size_t MinPeerSize = 20;
constexpr std::size_t MinDcSize(bool flags)
{
    return 4 + 1 + 8 + 4 + 1 + (flags ? 1 : 0);
}

// How often upstream silently bent a value, and the first place it happened.
struct Tally {
    std::size_t count = 0;
    std::size_t first = 0;
    unsigned value = 0;
    void note(std::size_t index, unsigned v)
    {
        if (count++ == 0) {
            first = index;
            value = v;
        }
    }
};

// A count or length field as read, for the overflow diagnosis: a writer that
// casts a length without checking stores it modulo 256 / 65,536 but still
// writes every entry (ferogram-formats.md §2, fg065-overflow-* vectors).
struct CountField {
    const char *field;
    std::size_t index = 0, of = 0; // the DC entry, for address lengths
    std::size_t offset = 0;
    std::uint32_t value = 0;
    std::uint32_t modulus = 256;
    std::size_t unitSize = 1; // minimal bytes per counted unit
};

struct Override {
    std::size_t field = std::size_t(-1);
    std::uint32_t add = 0;
};

struct Reading {
    int version = 0;
    bool ok = false;
    std::size_t end = 0;
    QString error;
    Session session;
    Tally dcFlags, hasKey, badUtf8, peerType, kind, community;
    int tokenFlag = -1; // a presence byte other than 0/1, else -1
    std::vector<CountField> counts;

    bool exact(std::size_t size) const { return ok && end == size; }
    bool plausible() const { return badUtf8.count == 0 && hasKey.count == 0; }
};

class Parser {
public:
    Parser(QByteArrayView bytes, int version, std::size_t start, Override override, Reading &out)
        : m_r(bytes)
        , m_layout{version}
        , m_override(override)
        , m_out(out)
    {
        m_out.version = version;
        if (start)
            m_r.take(start, FVersion);
    }

    void run()
    {
        Session &s = m_out.session;
        if (!m_r.le(s.homeDcId, FHomeDc) || !readDcs() || (m_layout.hasCounters() && !readRest())) {
            if (m_out.error.isEmpty()) // a list failure already named its entry
                fail();
            return;
        }
        m_out.ok = true;
        m_out.end = m_r.offset();
    }

private:
    void fail() { fail(m_r.failNeeded(), m_r.failOffset(), m_r.failField(), m_index, m_of); }
    void fail(std::size_t needed, std::size_t offset, const char *field, std::size_t index, std::size_t of)
    {
        m_out.ok = false;
        m_out.end = offset;
        m_out.error = Text::tr("truncated session: needed %1 bytes for %2 at byte %3, %4 left")
                          .arg(needed)
                          .arg(fieldName(field, index, of))
                          .arg(offset)
                          .arg(m_r.size() - offset);
    }

    template <typename T> bool count(std::uint32_t &value, const char *field, std::size_t unitSize)
    {
        const std::size_t offset = m_r.offset();
        T raw = 0;
        if (!m_r.le(raw, field))
            return false;
        value = raw;
        const std::uint32_t modulus = std::uint32_t(1) << (8 * sizeof(T));
        m_out.counts.push_back({field, m_index, m_of, offset, value, modulus, unitSize});
        if (m_out.counts.size() - 1 == m_override.field)
            value += m_override.add;
        return true;
    }

    bool readDcs()
    {
        std::uint32_t n = 0;
        if (!count<std::uint8_t>(n, FDcCount, MinDcSize(m_layout.hasDcFlags())))
            return false;
        auto &dcs = m_out.session.dcs;
        dcs.reserve(n);
        m_of = n;
        for (m_index = 0; m_index < n; ++m_index) {
            DcEntry &dc = dcs.emplace_back();
            std::uint8_t hasKey = 0;
            if (!m_r.le(dc.dcId, FDcId) || !m_r.le(hasKey, FHasKey))
                return false;
            if (hasKey == 1) {
                const std::uint8_t *key = m_r.take(KeySize, FAuthKey);
                if (!key)
                    return false;
                dc.authKey = AuthKey::fromRaw(key);
            } else if (hasKey != 0) {
                m_out.hasKey.note(m_index, hasKey);
            }
            std::uint32_t addrLen = 0;
            if (!m_r.le(dc.firstSalt, FSalt) || !m_r.le(dc.timeOffset, FTimeOffset)
                || !count<std::uint8_t>(addrLen, FAddrLen, 1))
                return false;
            const char *addr = reinterpret_cast<const char *>(m_r.take(addrLen, FAddr));
            if (!addr)
                return false;
            const QByteArrayView addrBytes(addr, qsizetype(addrLen));
            if (!addrBytes.isValidUtf8())
                m_out.badUtf8.note(m_index, 0);
            dc.addr = QString::fromUtf8(addrBytes); // lossy, like upstream's from_utf8_lossy
            if (m_layout.hasDcFlags()) {
                if (!m_r.le(dc.flags, FFlags))
                    return false;
                if (dc.flags & ~DcFlag::Known)
                    m_out.dcFlags.note(m_index, dc.flags);
            }
        }
        m_index = m_of = 0;
        return true;
    }

    // Checks the whole list at once so the loops below run without per-field
    // bounds checks; on failure names the first entry that is cut off.
    const std::uint8_t *list(std::uint32_t n, std::size_t entrySize, const char *entryField)
    {
        const std::size_t bytes = std::size_t(n) * entrySize;
        if (m_r.remaining() >= bytes)
            return m_r.take(bytes, entryField);
        const std::size_t complete = m_r.remaining() / entrySize;
        m_index = complete;
        m_of = n;
        fail(entrySize, m_r.offset() + complete * entrySize, entryField, complete, n);
        return nullptr;
    }

    template <typename T> static T load(const std::uint8_t *p)
    {
        T v;
        std::memcpy(&v, p, sizeof(T));
        return v;
    }

    bool readRest()
    {
        Session &s = m_out.session;
        UpdatesState &u = s.updates;
        if (!m_r.need(16, FCounters))
            return false;
        m_r.le(u.pts, FCounters), m_r.le(u.qts, FCounters), m_r.le(u.date, FCounters), m_r.le(u.seq, FCounters);

        std::uint32_t n = 0;
        if (!count<std::uint16_t>(n, FChannelCount, ChannelSize))
            return false;
        const std::uint8_t *p = list(n, ChannelSize, FChannel);
        if (!p)
            return false;
        // resize + plain stores through a pointer: no capacity check per
        // entry, so the loops stay tight (65,535 entries per list). Measured
        // with feroscope-bench --cpu: faster than push_back per entry and
        // than resizing block by block.
        u.channels.resize(n);
        ChannelPts *channel = u.channels.data();
        for (std::uint32_t i = 0; i < n; ++i, p += ChannelSize, ++channel) {
            channel->channelId = load<std::int64_t>(p);
            channel->pts = load<std::int32_t>(p + 8);
        }

        const std::size_t peerSize = m_layout.peerSize();
        if (!count<std::uint16_t>(n, FPeerCount, peerSize))
            return false;
        if (!(p = list(n, peerSize, FPeer)))
            return false;
        s.peers.resize(n);
        CachedPeer *out = s.peers.data();
        for (std::uint32_t i = 0; i < n; ++i, p += peerSize) {
            CachedPeer &peer = out[i];
            peer.id = load<std::int64_t>(p);
            peer.accessHash = load<std::int64_t>(p + 8);
            const std::uint8_t type = p[16];
            peer.isChannel = type == 1;
            peer.isChat = type == 2;
            if (type > 2)
                m_out.peerType.note(i, type);
            if (m_layout.hasKind()) {
                const std::uint8_t kind = p[17];
                if (kind <= 2)
                    peer.channelKind = ChannelKind(kind);
                else if (kind != KindAbsent)
                    m_out.kind.note(i, kind);
            }
            if (m_layout.hasCommunity()) {
                const std::uint8_t community = p[18];
                peer.isCommunity = community != 0;
                if (community > 1)
                    m_out.community.note(i, community);
            }
        }

        if (m_layout.hasMinPeers()) {
            if (!count<std::uint16_t>(n, FMinPeerCount, MinPeerSize))
                return false;
            if (!(p = list(n, MinPeerSize, FMinPeer)))
                return false;
            s.minPeers.resize(n);
            MinPeer *minPeer = s.minPeers.data();
            for (std::uint32_t i = 0; i < n; ++i, p += MinPeerSize, ++minPeer) {
                minPeer->userId = load<std::int64_t>(p);
                minPeer->peerId = load<std::int64_t>(p + 8);
                minPeer->msgId = load<std::int32_t>(p + 16);
            }
        }

        if (m_layout.hasToken()) {
            std::uint8_t flag = 0;
            if (!m_r.le(flag, FTokenFlag))
                return false;
            if (flag == 1) {
                std::uint32_t len = 0;
                if (!count<std::uint16_t>(len, FTokenLen, 1))
                    return false;
                const char *token = reinterpret_cast<const char *>(m_r.take(len, FToken));
                if (!token)
                    return false;
                s.futureAuthToken = QByteArray(token, qsizetype(len));
            } else if (flag != 0) {
                m_out.tokenFlag = flag;
            }
        }
        return true;
    }

    ByteReader m_r;
    Layout m_layout;
    Override m_override;
    Reading &m_out;
    std::size_t m_index = 0, m_of = 0;
};

Reading parse(QByteArrayView bytes, int version, Override override = {})
{
    Reading out;
    Parser(bytes, version, version == 1 ? 0 : 1, override, out).run();
    return out;
}

// --- the overflow diagnosis ---------------------------------------------

struct OverflowFix {
    CountField field;
    std::uint32_t add = 0;
    Reading reading;
};

// Re-reads the file assuming one count field wrapped around (stored modulo
// 256 / 65,536) and returns the first hypothesis that consumes the whole
// input. Only runs on files that already failed or left bytes over. The work
// is bounded by the input's size: all hypotheses together may walk at most
// WorkPerByte times its bytes (each charged for the bytes it got through plus
// a fixed cost), so a damaged file costs a fixed multiple of one reading. (A
// flat 64 MiB budget let a damaged 8 KiB file be re-read up to 8,192 times.)
// Real overflows need little of it: list counts are tried first, and the
// fg065-overflow-* vectors are found after 1, 2 and 4 readings (at most 4x
// their size).
std::optional<OverflowFix> findOverflow(QByteArrayView bytes, const Reading &first)
{
    const std::size_t size = std::size_t(bytes.size());
    constexpr std::size_t WorkPerByte = 16;
    constexpr std::size_t CostPerReading = 512; // the allocations and message of a failed reading, in bytes
    constexpr std::size_t MinBudget = 8 * CostPerReading; // small files still get a few hypotheses
    const std::size_t budget = std::max(MinBudget, WorkPerByte * size);
    constexpr std::uint32_t MaxWraps = 3;
    std::vector<std::size_t> order(first.counts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // List counts first: they are few and the likeliest to overflow.
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return first.counts[i].field != FAddrLen; });
    std::size_t spent = 0;
    for (std::size_t i : order) {
        const CountField &field = first.counts[i];
        for (std::uint32_t k = 1; k <= MaxWraps; ++k) {
            const std::uint64_t add = std::uint64_t(k) * field.modulus;
            if (add * field.unitSize > size - field.offset)
                break;
            if (spent > budget)
                return std::nullopt;
            Reading r = parse(bytes, first.version, {i, std::uint32_t(add)});
            if (r.exact(size) && r.plausible())
                return OverflowFix{field, std::uint32_t(add), std::move(r)};
            spent += r.end + CostPerReading;
        }
    }
    return std::nullopt;
}

QString describeField(const CountField &field)
{
    return fieldName(field.field, field.index, field.of);
}

// --- warnings -----------------------------------------------------------

void describeOddities(const Reading &r, QStringList &warnings)
{
    const auto hex = [](unsigned v) { return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0')); };
    if (r.hasKey.count)
        warnings << Text::tr("%1 DC entries have a key-presence byte other than 0 or 1 (first: DC entry %2, byte %3); "
                             "ferogram reads them as having no key.")
                        .arg(r.hasKey.count)
                        .arg(r.hasKey.first + 1)
                        .arg(hex(r.hasKey.value));
    if (r.badUtf8.count)
        warnings << Text::tr("%1 DC addresses are not valid UTF-8 (first: DC entry %2); the invalid bytes read as "
                             "U+FFFD, as ferogram reads them, so writing this session changes those addresses.")
                        .arg(r.badUtf8.count)
                        .arg(r.badUtf8.first + 1);
    if (r.dcFlags.count)
        warnings << Text::tr("%1 DC entries have flag bits ferogram does not define (first: DC entry %2, flags %3); "
                             "they are kept as they are.")
                        .arg(r.dcFlags.count)
                        .arg(r.dcFlags.first + 1)
                        .arg(hex(r.dcFlags.value));
    if (r.peerType.count)
        warnings << Text::tr("%1 peers have a peer type byte above 2 (first: peer %2, byte %3); ferogram reads them "
                             "as neither channel nor chat.")
                        .arg(r.peerType.count)
                        .arg(r.peerType.first + 1)
                        .arg(hex(r.peerType.value));
    if (r.kind.count)
        warnings << Text::tr("%1 peers have an unknown channel kind byte (first: peer %2, byte %3); ferogram reads "
                             "it as no kind.")
                        .arg(r.kind.count)
                        .arg(r.kind.first + 1)
                        .arg(hex(r.kind.value));
    if (r.community.count)
        warnings << Text::tr("%1 peers have a community byte above 1 (first: peer %2, byte %3); ferogram reads any "
                             "value but 0 as a community.")
                        .arg(r.community.count)
                        .arg(r.community.first + 1)
                        .arg(hex(r.community.value));
    if (r.tokenFlag >= 0)
        warnings << Text::tr("The token presence byte is %1 (neither 0 nor 1); ferogram reads it as no token and "
                             "ignores what follows.")
                        .arg(hex(unsigned(r.tokenFlag)));
}

void describeTrailing(QByteArrayView bytes, const Reading &r, QStringList &warnings)
{
    const std::size_t size = std::size_t(bytes.size());
    if (r.end >= size)
        return;
    const std::size_t extra = size - r.end;
    warnings << Text::tr("%1 bytes after the end of the session data (from byte %2) are ignored, as ferogram "
                         "ignores them.")
                    .arg(extra)
                    .arg(r.end);
    if (auto fix = findOverflow(bytes, r)) {
        warnings << Text::tr("The file looks corrupted by a writer that overflowed a count field: %1 (at byte %2) "
                             "says %3, but %4 fits the data exactly. ferogram reads %3 and ignores the rest, and so "
                             "does Feroscope; the rest may be the true data.")
                        .arg(describeField(fix->field))
                        .arg(fix->field.offset)
                        .arg(fix->field.value)
                        .arg(fix->field.value + fix->add);
    } else if (extra % 256 == 0) {
        warnings << Text::tr("The number of ignored bytes is a multiple of 256: the file may have been corrupted by "
                             "a writer that overflowed a count field.");
    }
}

DecodedSession finish(Reading &&r, QByteArrayView bytes, QStringList warnings = {},
                      UpstreamReading upstream = UpstreamReading::Reads)
{
    DecodedSession decoded;
    decoded.format = Format::FerogramBinary;
    decoded.version = r.version;
    decoded.upstream = upstream;
    decoded.layout =
        r.version == 1 ? Text::tr("binary v1 (legacy, no version byte)") : Text::tr("binary v%1").arg(r.version);
    describeOddities(r, warnings);
    describeTrailing(bytes, r, warnings);
    decoded.warnings = std::move(warnings);
    decoded.sessions.push_back(std::move(r.session));
    return decoded;
}

// The home DC of a legacy file we read against upstream's choice: only the
// production DCs 1..5 are believable, so that a v8 file cut after 5 bytes
// (home DC 2 reads as 520 in the legacy layout) is not mistaken for one.
bool believableLegacyHome(std::int32_t dcId)
{
    return dcId >= 1 && dcId <= 5;
}

QString hexByte(std::uint8_t b)
{
    return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0'));
}

} // namespace

Result<DecodedSession> read(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return Error::invalid(Text::tr("empty session data"));
    const std::size_t size = std::size_t(bytes.size());
    const std::uint8_t first = std::uint8_t(bytes[0]);

    // ferogram takes a first byte of 2..8 as the version and anything else as
    // the legacy layout. We read both ways and keep the one that consumes
    // the whole input into plausible values (ferogram-formats.md §2, "Legacy v1").
    if (first >= 2 && first <= 8) {
        // The legacy reading only matters when its home DC (the first four
        // bytes) is believable; skipping it otherwise halves the work on
        // every current file (the legacy pass walks tens of thousands of
        // garbage entries in a large one).
        std::int32_t legacyHome = 0;
        if (size >= sizeof legacyHome)
            std::memcpy(&legacyHome, bytes.data(), sizeof legacyHome);
        Reading legacy;
        if (size >= sizeof legacyHome && believableLegacyHome(legacyHome))
            legacy = parse(bytes, 1);
        const bool legacyFits = legacy.exact(size) && legacy.plausible();
        Reading versioned = parse(bytes, first);
        const bool legacyBelievable = legacyFits && believableLegacyHome(legacy.session.homeDcId);
        if (versioned.exact(size) && versioned.plausible()) {
            QStringList warnings;
            if (legacyBelievable)
                warnings << Text::tr("This file also reads completely as a legacy v1 file (no version byte, home DC "
                                     "%1); it was read as version %2, as ferogram reads it.")
                                .arg(legacy.session.homeDcId)
                                .arg(first);
            return finish(std::move(versioned), bytes, warnings);
        }
        if (legacyBelievable)
            return finish(std::move(legacy), bytes,
                          {Text::tr("Read as a legacy v1 file (no version byte, home DC %1). ferogram takes the first "
                                    "byte %2 as version %3 and %4; convert the file to a current version before "
                                    "using it with ferogram.")
                               .arg(legacy.session.homeDcId)
                               .arg(hexByte(first))
                               .arg(first)
                               .arg(versioned.ok ? Text::tr("misreads it") : Text::tr("fails to read it"))},
                          versioned.ok ? UpstreamReading::Misreads : UpstreamReading::Fails);
        if (versioned.ok)
            return finish(std::move(versioned), bytes);
        if (auto fix = findOverflow(bytes, versioned)) {
            const QString why =
                Text::tr("ferogram cannot read this file (%1). It looks corrupted by a writer that overflowed a "
                         "count field: %2 (at byte %3) says %4, but the data holds %5, and Feroscope read it that "
                         "way. The session is over the binary format's limits: save it in a format without them "
                         "(SQLite keeps everything).")
                    .arg(versioned.error, describeField(fix->field))
                    .arg(fix->field.offset)
                    .arg(fix->field.value)
                    .arg(fix->field.value + fix->add);
            return finish(std::move(fix->reading), bytes, {why}, UpstreamReading::Fails);
        }
        return Error::invalid(versioned.error);
    }

    Reading legacy = parse(bytes, 1);
    const bool legacyFits = legacy.exact(size) && legacy.plausible();
    if (legacy.exact(size) && (legacyFits || first == 1))
        return finish(std::move(legacy), bytes);
    // A legacy file of home DC 1 (the usual case) with bytes left over: read
    // as ferogram does, with a warning, when its DC table is believable.
    if (first == 1 && legacy.ok && legacy.plausible() && !legacy.session.dcs.empty())
        return finish(std::move(legacy), bytes);
    if (first == 1 && !legacy.ok)
        return Error::invalid(legacy.error);

    const QString legacyOutcome =
        legacy.ok
            ? Text::tr("read as a legacy v1 file (no version byte) it ends at byte %1 of %2").arg(legacy.end).arg(size)
            : Text::tr("reading it as a legacy v1 file (no version byte) fails: %1").arg(legacy.error);
    return Error::invalid(Text::tr("not a ferogram session: the first byte %1 is no version ferogram writes (2 to 8), "
                                   "and %2.")
                              .arg(hexByte(first), legacyOutcome));
}

// --- writing ------------------------------------------------------------

namespace {

// UTF-8 length of what QString::toUtf8() produces (Qt 6.4 writes a lone
// surrogate as '?', 1 byte), without allocating.
std::size_t utf8Length(QStringView text)
{
    std::size_t n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else if (QChar::isSurrogate(c)) {
            n += 1;
        } else {
            n += 3;
        }
    }
    return n;
}

class Writer {
public:
    explicit Writer(char *p)
        : m_p(p)
    {
    }
    template <typename T> void le(T v)
    {
        std::memcpy(m_p, &v, sizeof(T)); // little-endian host (bytereader.h asserts it)
        m_p += sizeof(T);
    }
    void bytes(const void *data, std::size_t n)
    {
        if (n)
            std::memcpy(m_p, data, n);
        m_p += n;
    }
    char *pos() const { return m_p; }

private:
    char *m_p;
};

std::uint8_t peerType(const CachedPeer &p)
{
    return p.isChat ? 2 : p.isChannel ? 1 : 0; // chat wins (ferogram-formats.md §2)
}

} // namespace

Status checkLimits(const Session &session, int version)
{
    if (version < OldestWritableVersion || version > LatestBinaryVersion)
        return Error::refused(Text::tr("cannot write binary version %1: Feroscope writes versions %2 to %3.")
                                  .arg(version)
                                  .arg(OldestWritableVersion)
                                  .arg(LatestBinaryVersion));
    const auto over = [&](std::size_t have, std::size_t limit, const QString &what) {
        return Error::refused(Text::tr("cannot write binary v%1: the session has %2 %3, the format holds at most %4. "
                                       "ferogram would write a corrupt file; remove entries or choose a format "
                                       "without this limit (SQLite).")
                                  .arg(version)
                                  .arg(have)
                                  .arg(what)
                                  .arg(limit));
    };
    if (session.dcs.size() > 255)
        return over(session.dcs.size(), 255, Text::tr("DC entries"));
    for (std::size_t i = 0; i < session.dcs.size(); ++i) {
        const std::size_t len = utf8Length(session.dcs[i].addr);
        if (len > 255)
            return Error::refused(Text::tr("cannot write binary v%1: the address of DC entry %2 (DC %3) is %4 bytes "
                                           "of UTF-8, the format holds at most 255.")
                                      .arg(version)
                                      .arg(i + 1)
                                      .arg(session.dcs[i].dcId)
                                      .arg(len));
    }
    if (session.updates.channels.size() > 65535)
        return over(session.updates.channels.size(), 65535, Text::tr("channel pts entries"));
    if (session.peers.size() > 65535)
        return over(session.peers.size(), 65535, Text::tr("peers"));
    if (session.minPeers.size() > 65535)
        return over(session.minPeers.size(), 65535, Text::tr("min peers"));
    if (version >= 7 && session.futureAuthToken && session.futureAuthToken->size() > 65535)
        return Error::refused(Text::tr("cannot write binary v%1: the future auth token is %2 bytes, the format holds "
                                       "at most 65535.")
                                  .arg(version)
                                  .arg(session.futureAuthToken->size()));
    return {};
}

std::size_t encodedSize(const Session &session, int version)
{
    const Layout layout{version};
    std::size_t n = 1 + 4 + 1;
    for (const DcEntry &dc : session.dcs)
        n += MinDcSize(layout.hasDcFlags()) + (dc.authKey ? KeySize : 0) + utf8Length(dc.addr);
    n += 16 + 2 + session.updates.channels.size() * ChannelSize;
    n += 2 + session.peers.size() * layout.peerSize();
    if (layout.hasMinPeers())
        n += 2 + session.minPeers.size() * MinPeerSize;
    if (layout.hasToken())
        n += 1 + (session.futureAuthToken ? 2 + std::size_t(session.futureAuthToken->size()) : 0);
    return n;
}

Result<QByteArray> write(const Session &session, int version)
{
    if (Status limits = checkLimits(session, version); !limits)
        return limits.error();
    const Layout layout{version};
    // The buffer is sized from the addresses' real UTF-8, so that it can
    // never be overrun even if utf8Length() disagreed with Qt's encoder.
    std::vector<QByteArray> addrs;
    addrs.reserve(session.dcs.size());
    std::size_t size = encodedSize(session, version);
    for (const DcEntry &dc : session.dcs) {
        addrs.push_back(dc.addr.toUtf8());
        if (addrs.back().size() > 255)
            return Error::refused(Text::tr("cannot write binary v%1: the address of DC %2 is %3 bytes of UTF-8, the "
                                           "format holds at most 255.")
                                      .arg(version)
                                      .arg(dc.dcId)
                                      .arg(addrs.back().size()));
        size = size - utf8Length(dc.addr) + std::size_t(addrs.back().size());
    }
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    Writer w(out.data());

    w.le(std::uint8_t(version));
    w.le(session.homeDcId);
    w.le(std::uint8_t(session.dcs.size()));
    for (std::size_t i = 0; i < session.dcs.size(); ++i) {
        const DcEntry &dc = session.dcs[i];
        const QByteArray &addr = addrs[i];
        w.le(dc.dcId);
        w.le(std::uint8_t(dc.authKey ? 1 : 0));
        if (dc.authKey)
            w.bytes(dc.authKey->data(), KeySize);
        w.le(dc.firstSalt);
        w.le(dc.timeOffset);
        w.le(std::uint8_t(addr.size()));
        w.bytes(addr.constData(), std::size_t(addr.size()));
        w.le(dc.flags);
    }

    const UpdatesState &u = session.updates;
    w.le(u.pts), w.le(u.qts), w.le(u.date), w.le(u.seq);
    w.le(std::uint16_t(u.channels.size()));
    for (const ChannelPts &c : u.channels)
        w.le(c.channelId), w.le(c.pts);

    w.le(std::uint16_t(session.peers.size()));
    for (const CachedPeer &p : session.peers) {
        w.le(p.id), w.le(p.accessHash), w.le(peerType(p));
        if (layout.hasKind())
            w.le(p.channelKind == ChannelKind::None ? KindAbsent : std::uint8_t(p.channelKind));
        if (layout.hasCommunity())
            w.le(std::uint8_t(p.isCommunity ? 1 : 0));
    }

    w.le(std::uint16_t(session.minPeers.size()));
    for (const MinPeer &m : session.minPeers)
        w.le(m.userId), w.le(m.peerId), w.le(m.msgId);

    if (layout.hasToken()) {
        const auto &token = session.futureAuthToken;
        w.le(std::uint8_t(token ? 1 : 0));
        if (token) {
            w.le(std::uint16_t(token->size()));
            w.bytes(token->constData(), std::size_t(token->size()));
        }
    }
    Q_ASSERT(w.pos() == out.constData() + out.size());
    return out;
}

} // namespace fero::binary
