#include "formats/tdl/bbolt.h"

#include <QCoreApplication>

#include <cstring>
#include <set>

namespace fero::bbolt {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Bbolt)
};

// bbolt page.go / node.go layout, little-endian.
constexpr std::size_t PageHeaderSize = 16; // id u64, flags u16, count u16, overflow u32
constexpr std::uint16_t BranchPage = 0x01, LeafPage = 0x02, MetaPage = 0x04;
constexpr std::size_t ElementSize = 16; // leaf: flags, pos, ksize, vsize; branch: pos, ksize, pgid
constexpr std::uint32_t BucketLeafFlag = 0x01;
constexpr std::size_t BucketHeaderSize = 16; // root pgid u64, sequence u64
constexpr std::size_t MetaSize = 64;         // magic .. checksum

template <typename T> T le(const std::uint8_t *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

std::uint64_t fnv1a64(const std::uint8_t *p, std::size_t n)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

struct Meta {
    bool valid = false;
    std::uint32_t pageSize = 0;
    std::uint64_t root = 0, pgid = 0, txid = 0;
};

Meta metaAt(QByteArrayView bytes, std::size_t offset)
{
    Meta m;
    if (offset + PageHeaderSize + MetaSize > std::size_t(bytes.size()))
        return m;
    const auto *page = reinterpret_cast<const std::uint8_t *>(bytes.data()) + offset;
    if (!(le<std::uint16_t>(page + 8) & MetaPage))
        return m;
    const std::uint8_t *meta = page + PageHeaderSize;
    if (le<std::uint32_t>(meta) != Magic || le<std::uint32_t>(meta + 4) != Version)
        return m;
    if (fnv1a64(meta, 56) != le<std::uint64_t>(meta + 56))
        return m;
    m.pageSize = le<std::uint32_t>(meta + 8);
    m.root = le<std::uint64_t>(meta + 16);
    m.pgid = le<std::uint64_t>(meta + 40);
    m.txid = le<std::uint64_t>(meta + 48);
    m.valid = m.pageSize >= 512 && m.pageSize <= (1u << 16) && (m.pageSize & (m.pageSize - 1)) == 0;
    return m;
}

class Walker {
public:
    Walker(QByteArrayView bytes, std::uint32_t pageSize, int maxDepth)
        : m_data(reinterpret_cast<const std::uint8_t *>(bytes.data()))
        , m_size(std::size_t(bytes.size()))
        , m_pageSize(pageSize)
        , m_maxDepth(maxDepth)
    {
    }

    QString error;

    // The keys of the bucket whose root is page pgid.
    bool bucket(std::uint64_t pgid, int depth, std::vector<Entry> &out)
    {
        if (pgid < 2 || pgid > m_size / m_pageSize)
            return fail(Tr::tr("a bucket's root page %1 is outside the file").arg(pgid));
        const std::size_t offset = std::size_t(pgid) * m_pageSize;
        if (offset + PageHeaderSize > m_size)
            return fail(Tr::tr("page %1 is outside the file").arg(pgid));
        const std::uint32_t overflow = le<std::uint32_t>(m_data + offset + 12);
        const std::size_t span = (std::size_t(overflow) + 1) * m_pageSize;
        if (overflow > m_size / m_pageSize || offset + span > m_size)
            return fail(Tr::tr("page %1 runs past the end of the file").arg(pgid));
        if (!m_visiting.insert(pgid).second)
            return fail(Tr::tr("page %1 is reached twice (a loop in the tree)").arg(pgid));
        const bool ok = node(m_data + offset, span, depth, out, pgid);
        m_visiting.erase(pgid);
        return ok;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::uint32_t m_pageSize;
    int m_maxDepth;
    std::set<std::uint64_t> m_visiting;

    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }

    // A page (or an inline bucket's page) of span bytes at p.
    bool node(const std::uint8_t *p, std::size_t span, int depth, std::vector<Entry> &out, std::uint64_t pgid)
    {
        if (span < PageHeaderSize)
            return fail(Tr::tr("an inline bucket is shorter than a page header"));
        const std::uint16_t flags = le<std::uint16_t>(p + 8);
        const std::size_t count = le<std::uint16_t>(p + 10);
        if (PageHeaderSize + count * ElementSize > span)
            return fail(Tr::tr("page %1's %2 elements do not fit it").arg(pgid).arg(count));
        const std::uint8_t *elements = p + PageHeaderSize;
        if (flags & BranchPage) {
            for (std::size_t i = 0; i < count; ++i) {
                const std::uint64_t child = le<std::uint64_t>(elements + i * ElementSize + 8);
                if (!bucket(child, depth, out))
                    return false;
            }
            return true;
        }
        if (!(flags & LeafPage))
            return fail(Tr::tr("page %1 is neither a branch nor a leaf (flags 0x%2)").arg(pgid).arg(flags, 0, 16));
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint8_t *e = elements + i * ElementSize;
            const std::uint32_t elementFlags = le<std::uint32_t>(e);
            const std::size_t pos = le<std::uint32_t>(e + 4);
            const std::size_t ksize = le<std::uint32_t>(e + 8);
            const std::size_t vsize = le<std::uint32_t>(e + 12);
            const std::size_t start = std::size_t(e - p) + pos;
            if (start > span || ksize > span - start || vsize > span - start - ksize)
                return fail(Tr::tr("element %1 of page %2 points past the page").arg(i).arg(pgid));
            Entry entry;
            entry.key = QByteArray(reinterpret_cast<const char *>(p + start), qsizetype(ksize));
            const std::uint8_t *value = p + start + ksize;
            if (elementFlags & BucketLeafFlag) {
                entry.bucket = true;
                if (vsize < BucketHeaderSize)
                    return fail(Tr::tr("bucket value of element %1 of page %2 is too short").arg(i).arg(pgid));
                if (depth >= m_maxDepth)
                    return fail(Tr::tr("buckets are nested deeper than %1").arg(m_maxDepth));
                const std::uint64_t root = le<std::uint64_t>(value);
                const bool ok = root == 0 ? node(value + BucketHeaderSize, vsize - BucketHeaderSize, depth + 1,
                                                 entry.children, pgid)
                                          : bucket(root, depth + 1, entry.children);
                if (!ok)
                    return false;
            } else {
                entry.value = QByteArray(reinterpret_cast<const char *>(value), qsizetype(vsize));
            }
            out.push_back(std::move(entry));
        }
        return true;
    }
};

} // namespace

QString recognise(QByteArrayView head)
{
    const Meta first = metaAt(head, 0);
    if (!first.valid)
        return {};
    return Tr::tr("Its first page is a bbolt meta page (magic 0xED0CDAED, version 2, %1-byte pages, checksum "
                  "valid): a bbolt database, as tdl keeps its logins.")
        .arg(first.pageSize);
}

Result<Database> read(QByteArrayView bytes, int maxDepth)
{
    const Meta first = metaAt(bytes, 0);
    if (!first.valid && metaAt(bytes, 4096).valid == false)
        return Error::invalid(Tr::tr("Not a bbolt database: no valid meta page (magic 0xED0CDAED, version 2, "
                                     "checksum) at the start."));
    Meta second = metaAt(bytes, first.valid ? first.pageSize : 4096);
    // bbolt uses the valid meta page with the higher transaction id.
    const Meta &meta = second.valid && (!first.valid || second.txid > first.txid) ? second : first;
    if (std::size_t(bytes.size()) < std::size_t(meta.pageSize) * 2)
        return Error::invalid(
            Tr::tr("The bbolt database is cut short: %1 bytes, less than its two meta pages.").arg(bytes.size()));
    Walker walker(bytes, meta.pageSize, maxDepth);
    Database db;
    db.pageSize = meta.pageSize;
    db.txid = meta.txid;
    if (!walker.bucket(meta.root, 0, db.root))
        return Error::invalid(Tr::tr("The bbolt database is damaged: %1.").arg(walker.error));
    return db;
}

} // namespace fero::bbolt
