// A read-only walker for bbolt database files (etcd-io/bbolt 1.3, the format
// tdl's store uses; more-stores.md §5). No C++ library for it is packaged,
// so this reads the bytes itself: two meta pages (the valid one with the
// higher txid wins), branch and leaf pages, inline buckets. It works on a
// copy of the file's bytes: bbolt's flock is never taken and nothing is
// written. Every offset is bounds-checked; a damaged file is an error that
// names the page, never a crash.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace fero::bbolt {

inline constexpr std::uint32_t Magic = 0xED0CDAED;
inline constexpr std::uint32_t Version = 2;

struct Entry {
    QByteArray key;
    QByteArray value; // empty for a bucket
    bool bucket = false;
    std::vector<Entry> children; // a bucket's keys, in byte order
};

// Why the bytes are a bbolt file (magic and version in both meta pages);
// empty when they are not.
QString recognise(QByteArrayView head);

struct Database {
    std::uint32_t pageSize = 0;
    std::uint64_t txid = 0;
    std::vector<Entry> root; // top-level keys (buckets), in byte order
};

// The whole tree. maxDepth bounds nested buckets (tdl uses one level).
Result<Database> read(QByteArrayView bytes, int maxDepth = 4);

} // namespace fero::bbolt
