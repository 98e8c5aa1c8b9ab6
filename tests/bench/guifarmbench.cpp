#include "guifarmbench.h"

#include "convert/convert.h"
#include "library/libraryfilter.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "synthetic.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace guifarmbench {
namespace {

using Clock = std::chrono::steady_clock;

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

[[noreturn]] void fail(const QString &what)
{
    log(QStringLiteral("feroscope-guibench --farm: %1").arg(what));
    std::exit(1);
}

long long nsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
}

long long median(std::vector<long long> samples)
{
    std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
    return samples[samples.size() / 2];
}

long long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6));
    return -1;
}

// A farm as operators keep one: a folder per account, a thousand accounts per
// parent folder; three in four a ferogram file, one in four a Telethon
// database, each with its own keys (the account number in their first bytes).
// Written from two templates with the key bytes replaced: a farm of 100,000
// is made in seconds.
void makeFarm(const QString &root, int count)
{
    if (QFileInfo::exists(root + QStringLiteral("/.complete")))
        return; // kept from an earlier run
    QDir(root).removeRecursively();
    fero::SyntheticShape shape;
    shape.peers = 40;
    shape.minPeers = 5;
    shape.channelPts = 5;
    fero::Session session = fero::makeSyntheticSession(shape, 0x6f4a);
    session.account.userId = 5000000000LL;
    // Every DC's key made the account's own: a key two sessions share is a
    // duplicate, and a farm where all share one is not what is measured.
    QList<QByteArray> keys;
    for (const fero::DcEntry &dc : session.dcs)
        if (dc.authKey && !keys.contains(dc.authKey->toByteArray()))
            keys << dc.authKey->toByteArray();
    if (keys.isEmpty())
        fail(QStringLiteral("the synthetic session has no key"));
    struct Template {
        QString name;
        QByteArray bytes;
    };
    std::vector<Template> templates;
    QTemporaryDir scratch;
    for (const auto &[format, name] : {std::pair{fero::Format::FerogramBinary, QStringLiteral("account.session")},
                                       std::pair{fero::Format::TelethonSqlite, QStringLiteral("telethon.session")}}) {
        fero::ConvertTarget target;
        target.format = format;
        target.version = 8;
        const QString path = scratch.filePath(name);
        if (const fero::Status written = fero::writeTo(session, target, path, false); !written)
            fail(written.error().message);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(path);
        templates.push_back({name, file.readAll()});
        // Telethon keeps one key per DC id, ferogram every entry's: each holds some.
        if (std::none_of(keys.cbegin(), keys.cend(),
                         [&](const QByteArray &key) { return templates.back().bytes.contains(key); }))
            fail(QStringLiteral("no key is found in the %1 template").arg(name));
    }
    const qint64 need = qint64(count) * (templates[0].bytes.size() + 4096) + (64 << 20);
    if (!QDir().mkpath(root))
        fail(QStringLiteral("cannot make %1").arg(root));
    const QStorageInfo disk(root);
    if (disk.bytesAvailable() < need)
        fail(QStringLiteral("%1 needs %2 MB free for a farm of %3 sessions; %4 MB are free")
                 .arg(root)
                 .arg(need >> 20)
                 .arg(count)
                 .arg(disk.bytesAvailable() >> 20));
    for (int i = 0; i < count; ++i) {
        const Template &t = templates[std::size_t(i % 4 == 3)];
        const QString folder = QStringLiteral("%1/k%2/acct%3").arg(root).arg(i / 1000, 3, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0'));
        if (!QDir().mkpath(folder))
            fail(folder);
        QByteArray bytes = t.bytes;
        for (const QByteArray &key : std::as_const(keys)) {
            QByteArray own = key;
            for (int b = 0; b < 4; ++b)
                own[b] = char(i >> (8 * b));
            for (qsizetype at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1))
                bytes.replace(at, key.size(), own);
        }
        QFile file(folder + QLatin1Char('/') + t.name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            fail(file.fileName());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile done(root + QStringLiteral("/.complete"));
    if (!done.open(QIODevice::WriteOnly))
        fail(done.fileName());
}

// The longest the event loop went without serving a 1 ms timer.
class GapMeter {
public:
    GapMeter()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const auto now = Clock::now();
            m_longest = std::max<long long>(
                m_longest, std::chrono::duration_cast<std::chrono::nanoseconds>(now - m_last).count());
            m_last = now;
        });
        m_last = Clock::now();
        m_timer.start(1);
    }
    long long longest() const { return m_longest; }

private:
    QTimer m_timer;
    Clock::time_point m_last;
    long long m_longest = 0;
};

void paint(QWidget &window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

} // namespace

void run(const Options &options)
{
    QTemporaryDir scratch;
    const QString base = options.dir.isEmpty() ? scratch.path() : options.dir;
    for (const int count : options.sizes) {
        const QString farm = QStringLiteral("%1/guifarm%2").arg(base).arg(count);
        const auto made = Clock::now();
        makeFarm(farm, count);
        log(QStringLiteral("farm of %1 sessions in %2: %3 ms").arg(count).arg(farm).arg(nsSince(made) / 1000000));

        std::vector<long long> opens, gaps;
        long long rss = 0;
        fero::gui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        paint(window);
        for (int r = 0; r < options.repeat; ++r) {
            QSignalSpy done(&window, &fero::gui::MainWindow::scansFinished);
            GapMeter gap;
            const auto start = Clock::now();
            window.addFolder(farm, true, true); // a full pass: Open Folder on a folder never seen
            while (window.isScanning())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            paint(window);
            opens.push_back(nsSince(start));
            gaps.push_back(gap.longest());
            const int listed = window.library()->entryCount();
            if (listed != count)
                fail(QStringLiteral("%1 rows listed, not %2").arg(listed).arg(count));
            rss = std::max(rss, residentKb());
            if (r + 1 < options.repeat)
                window.library()->remove(window.library()->indexOfFolder(farm));
        }
        log(QStringLiteral("gui_farm_rss_kb %1 (%2 sessions listed)").arg(rss).arg(count));
        const std::string n = std::to_string(count);
        options.report(("gui_open_" + n).c_str(), median(opens));
        options.report(("gui_open_" + n + "_gap").c_str(), median(gaps));

        // Start-up with the folder remembered: listed from the cache (read on
        // the scanner's thread) until painted, then refreshed by a scan that
        // reads nothing unchanged; the window answering all along.
        std::vector<long long> starts, refreshes, startGaps;
        for (int r = 0; r < options.repeat; ++r) {
            window.library()->remove(window.library()->indexOfFolder(farm));
            paint(window);
            QSignalSpy fromCache(&window, &fero::gui::MainWindow::folderListedFromCache);
            GapMeter gap;
            const auto start = Clock::now();
            window.addFolder(farm);
            while (fromCache.isEmpty() && window.isScanning())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const int shown = window.library()->entryCount();
            paint(window);
            starts.push_back(nsSince(start));
            if (fromCache.isEmpty() || shown != count)
                fail(QStringLiteral("%1 rows listed from the cache, not %2").arg(shown).arg(count));
            while (window.isScanning())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            paint(window);
            refreshes.push_back(nsSince(start));
            startGaps.push_back(gap.longest());
        }
        options.report(("gui_start_cached_" + n).c_str(), median(starts));
        options.report(("gui_start_refreshed_" + n).c_str(), median(refreshes));
        options.report(("gui_start_" + n + "_gap").c_str(), median(startGaps));

        // Filtering: what one keystroke costs once the pause before it runs.
        fero::gui::LibraryPane *pane = window.libraryPane();
        std::vector<long long> keys;
        const QStringList typed{QStringLiteral("a"), QStringLiteral("ac"), QStringLiteral("acct00"),
                                QStringLiteral("acct0001"), QStringLiteral("telethon"), QStringLiteral("zzz"),
                                QString()};
        for (int r = 0; r < options.repeat; ++r) {
            for (const QString &text : typed) {
                const auto start = Clock::now();
                pane->filter()->setText(text);
                const long long filtered = nsSince(start);
                paint(window);
                keys.push_back(nsSince(start));
                if (qEnvironmentVariableIsSet("FEROSCOPE_BENCH_TRACE"))
                    log(QStringLiteral("filter \"%1\": %2 ms filtered, %3 ms painted")
                            .arg(text)
                            .arg(filtered / 1000000)
                            .arg(keys.back() / 1000000));
            }
        }
        if (pane->filter()->shownEntryCount() != count)
            fail(QStringLiteral("after clearing the filter %1 sessions show").arg(pane->filter()->shownEntryCount()));
        options.report(("filter_" + n).c_str(), median(keys));
        options.report(("filter_" + n + "_worst").c_str(), *std::max_element(keys.begin(), keys.end()));

        // Sorting by a column (a header click).
        std::vector<long long> sorts;
        QTreeView *view = window.libraryView();
        for (int r = 0; r < options.repeat; ++r) {
            for (int column : {int(fero::gui::LibraryModel::Name), int(fero::gui::LibraryModel::FormatVersion),
                               int(fero::gui::LibraryModel::AuthKeyId)}) {
                for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                    const auto start = Clock::now();
                    view->sortByColumn(column, order);
                    paint(window);
                    sorts.push_back(nsSince(start));
                }
            }
        }
        options.report(("sort_" + n).c_str(), median(sorts));
        options.report(("sort_" + n + "_worst").c_str(), *std::max_element(sorts.begin(), sorts.end()));
    }
}

} // namespace guifarmbench
