// The desktop app at farm scale (issue 17), for feroscope-guibench --farm:
//   gui_open_<N>      Open Folder on a nested farm of N sessions until every
//                     row is listed (the scan included)
//   gui_open_<N>_gap  the longest the event loop went unserved meanwhile
//   gui_start_cached_<N>     the same folder remembered (a start-up): until
//                            its N rows from the cache are listed and painted
//   gui_start_refreshed_<N>  until the background scan that follows is done
//                            (nothing changed: no file read again)
//   filter_<N>        one keystroke's filtering of the library (median)
//   filter_<N>_worst  the slowest of those
//   sort_<N>          sorting the library by a column (median over columns)
// Resident memory with the N rows listed goes to stderr ("gui_farm_rss_kb").
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace guifarmbench {

struct Options {
    std::vector<int> sizes; // 1,000 / 10,000 / 100,000
    int repeat = 3;
    QString dir; // where the farms go (kept and reused when given)
    std::function<void(const char *operation, long long ns)> report;
};

void run(const Options &options);

} // namespace guifarmbench
