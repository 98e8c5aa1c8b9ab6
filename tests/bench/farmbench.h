// The farm benchmarks of feroscope-bench (issue 17): a nested folder of
// sessions of every format in the registry, scanned (scan_100k), its
// duplicate keys grouped (dupes_100k), and batch conversion of Telethon
// databases to ferogram binary files and back (batch_10k) and its resume
// (batch_resume). The folders are made by the benchmark, never committed.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace farmbench {

struct Options {
    std::vector<int> scanSizes;  // sessions per farm: 1,000 / 10,000 / 100,000
    std::vector<int> batchSizes; // inputs per batch: 1,000 / 10,000
    int repeat = 0;              // 0: per operation
    QString dir;                 // where the farms go (kept when given); empty: a temporary folder
    std::function<bool(const QString &)> wanted;
    std::function<void(const QString &operation, long long ns)> report;
};

void run(const Options &options);

} // namespace farmbench
