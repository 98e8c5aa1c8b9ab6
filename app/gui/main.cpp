// feroscope: thin. Hardening (core/processsetup), translations, the window; the rest is in the libraries.
#include "window/appicon.h"
#include "window/appsettings.h"
#include "i18n.h"
#include "window/mainwindow.h"
#include "base/processsetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    // Before anything could read a key.
    const fero::CoreDumpGuard hardening = fero::disableCoreDumps();
    fero::tuneAllocator(); // large sessions: no mmap + page faults per buffer

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Feroscope"));
    QApplication::setApplicationName(QStringLiteral("feroscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Feroscope"));
    QApplication::setApplicationVersion(QStringLiteral(FEROSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.feroscope.Feroscope"));
    QApplication::setWindowIcon(fero::gui::appIcon());
    fero::installTranslations(fero::gui::AppSettings::language());
    if (!hardening.ok())
        qWarning("%s", qPrintable(hardening.problem()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inspect, convert and clean up Telegram client sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "Session files, databases or folders to open."),
                                 QStringLiteral("[paths...]"));
    // For screenshots and documentation: start on a given tab (1 = Overview ... 6 = Raw).
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QCoreApplication::translate("main", "Show tab <n> (1-6) of the session view."),
                                       QStringLiteral("n"));
    parser.addOption(tabOption);
    // For screenshots and documentation: open the Export dialog with a target.
    const QCommandLineOption exportOption(
        QStringLiteral("show-export"),
        QCoreApplication::translate("main", "Open the Export dialog for the selected session with target <format> "
                                            "(a format id such as telethon-string)."),
        QStringLiteral("format"));
    parser.addOption(exportOption);
    // For screenshots and documentation: open Paste String with a file's text.
    const QCommandLineOption pasteOption(
        QStringLiteral("show-paste"),
        QCoreApplication::translate("main", "Open Paste String with the text of <file> in it."),
        QStringLiteral("file"));
    parser.addOption(pasteOption);
    // For screenshots and documentation: compare the selected session with another.
    const QCommandLineOption compareOption(
        QStringLiteral("show-compare"),
        QCoreApplication::translate("main", "Open Compare for the selected session and the session at <path>."),
        QStringLiteral("path"));
    parser.addOption(compareOption);
    parser.process(app);

    fero::gui::MainWindow window;
    window.show();
    window.openInitial(parser.positionalArguments());
    if (parser.isSet(tabOption))
        window.showTab(parser.value(tabOption).toInt() - 1);
    if (parser.isSet(exportOption)) {
        const QString format = parser.value(exportOption);
        QTimer::singleShot(0, &window, [&window, format] { window.showExportDialog(format); });
    }
    if (parser.isSet(pasteOption)) {
        QFile file(parser.value(pasteOption));
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        QTimer::singleShot(0, &window, [&window, text] { window.openPasteBox(text); });
    }
    if (parser.isSet(compareOption)) {
        const QString other = parser.value(compareOption);
        QTimer::singleShot(0, &window, [&window, other] { window.showCompareDialog(other); });
    }
    return QApplication::exec();
}
