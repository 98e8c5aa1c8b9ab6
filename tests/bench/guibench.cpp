// feroscope-guibench: the desktop app's responsiveness on the largest
// session, measured on the real window under QT_QPA_PLATFORM=offscreen.
//
// stdout carries only "<operation> <integer nanoseconds per op>" lines
// (median of repeated runs); logs go to stderr.
//   gui_open_max          click to fully shown: the file decoded, every tab's
//                         model filled, the Peers tab laid out and painted
//   gui_filter_max        one keystroke in the peer filter over 65,535 peers,
//                         filtered and repainted (median)
//   gui_filter_max_worst  the slowest of those keystrokes
// Resident memory is not a time: it goes to stderr as the log line
// "gui_rss_kb <KiB with the largest session open> (window empty: <KiB>)".
//
// --farm adds the library at farm scale (guifarmbench.h: gui_open_<N>,
// filter_<N>, sort_<N> for 1,000 / 10,000 / 100,000 sessions; --quick: 1,000);
// --farm-only runs those alone; --farm-dir DIR keeps the farms there.
//
//   feroscope-guibench [--repeat N] [--quick] [--farm | --farm-only] [--farm-dir DIR] [--farm-sizes N,N]

#include "../gui/guitestenv.h"
#include "guifarmbench.h"
#include "formats/ferogram/binary.h"
#include "library/librarymodel.h"
#include "window/mainwindow.h"
#include "session/peerstab.h"
#include "base/processsetup.h"
#include "session/sessionview.h"
#include "synthetic.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

[[noreturn]] void fail(const QString &what)
{
    log(QStringLiteral("feroscope-guibench: %1").arg(what));
    std::exit(1);
}

void report(const char *operation, long long value)
{
    std::printf("%s %lld\n", operation, value);
    std::fflush(stdout);
}

long long median(std::vector<long long> samples)
{
    std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
    return samples[samples.size() / 2];
}

long long nsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
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

// Handles pending layout and update requests, then paints the window now, as
// the first frame the user sees.
void showNow(QWidget &window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

} // namespace

int main(int argc, char **argv)
{
    fero::tuneAllocator(); // as feroscope's main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    fero::gui::test::GuiTestEnvironment environment; // never the user's settings
    QApplication app(argc, argv);

    int repeat = 7;
    bool quick = false;
    bool farm = false;
    bool farmOnly = false;
    QString farmDir;
    std::vector<int> farmSizes;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--repeat" && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == u"--quick")
            repeat = 3, quick = true;
        else if (args[i] == u"--farm")
            farm = true;
        else if (args[i] == u"--farm-only")
            farm = farmOnly = true;
        else if (args[i] == u"--farm-dir" && i + 1 < args.size())
            farmDir = args[++i];
        else if (args[i] == u"--farm-sizes" && i + 1 < args.size())
            for (const QString &size : args[++i].split(u','))
                farmSizes.push_back(size.toInt());
        else
            fail(QStringLiteral("unknown argument %1 (usage: feroscope-guibench [--repeat N] [--quick] [--farm | "
                                "--farm-only] [--farm-dir DIR] [--farm-sizes N,N])")
                     .arg(args[i]));
    }
    if (farm) {
        guifarmbench::Options options;
        options.sizes = !farmSizes.empty() ? farmSizes
                        : quick            ? std::vector<int>{1000}
                                           : std::vector<int>{1000, 10000, 100000};
        options.repeat = quick ? 1 : std::min(repeat, 3);
        options.dir = farmDir;
        options.report = report;
        guifarmbench::run(options);
        if (farmOnly)
            return 0;
    }

    // The largest session the binary format holds (performance issue #7).
    fero::SyntheticShape shape;
    shape.peers = shape.minPeers = shape.channelPts = 65535;
    shape.dcEntries = 18;
    shape.typicalDcTable = true; // the reference table: 3,343,835 bytes
    const auto bytes = fero::binary::write(fero::makeSyntheticSession(shape, 0xbe7c4), 8);
    if (!bytes)
        fail(bytes.error().message);
    QTemporaryDir dir;
    std::vector<QString> files;
    for (int i = 0; i <= repeat; ++i) { // a fresh path per open: no cached entry
        files.push_back(dir.filePath(QStringLiteral("largest%1.session").arg(i)));
        QFile file(files.back());
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            fail(QStringLiteral("cannot write %1").arg(files.back()));
    }
    log(QStringLiteral("largest session: %1 bytes, %2 runs").arg(bytes->size()).arg(repeat));

    fero::gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.showTab(fero::gui::SessionView::PeersPage); // the heaviest tab to show
    showNow(window);
    const long long baseKb = residentKb();

    // Open: the click that adds and selects the file, until it is painted.
    std::vector<long long> opens;
    long long openKb = 0;
    for (int i = 0; i <= repeat; ++i) {
        const auto start = Clock::now();
        window.addSources({files[std::size_t(i)]});
        window.showTab(fero::gui::SessionView::PeersPage);
        showNow(window);
        const long long ns = nsSince(start);
        auto *peers = window.sessionView()->peers();
        if (peers->model()->rowCount() != 65535)
            fail(QStringLiteral("the Peers tab shows %1 rows, not 65535").arg(peers->model()->rowCount()));
        if (i == 0) {
            openKb = residentKb(); // one largest session open, first run
            continue;              // warm-up: fonts, styles, first layout
        }
        opens.push_back(ns);
        // Close the previous one, so memory does not pile up across runs.
        window.library()->remove(window.library()->indexOfPath(files[std::size_t(i - 1)]));
    }

    // Filter: digits typed one at a time, then erased (each a keystroke).
    auto *peers = window.sessionView()->peers();
    QLineEdit *search = peers->searchBox();
    search->setFocus();
    std::vector<long long> keys;
    const QString typed = QStringLiteral("12345");
    for (int r = 0; r < repeat; ++r) {
        search->clear();
        showNow(window);
        for (QChar c : typed) {
            const auto start = Clock::now();
            QTest::keyClick(search, c.toLatin1());
            showNow(window);
            keys.push_back(nsSince(start));
        }
        for (qsizetype k = 0; k < typed.size(); ++k) {
            const auto start = Clock::now();
            QTest::keyClick(search, Qt::Key_Backspace);
            showNow(window);
            keys.push_back(nsSince(start));
        }
        if (peers->proxy()->rowCount() != 65535)
            fail(QStringLiteral("after erasing the filter %1 peers are shown").arg(peers->proxy()->rowCount()));
    }

    log(QStringLiteral("gui_rss_kb %1 (window empty: %2)").arg(openKb).arg(baseKb));
    report("gui_open_max", median(opens));
    report("gui_filter_max", median(keys));
    report("gui_filter_max_worst", *std::max_element(keys.begin(), keys.end()));
    return 0;
}
