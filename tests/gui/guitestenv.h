// Points HOME and the XDG folders at a temporary folder before the test's
// QApplication reads them, so tests never touch the user's settings, trash
// or recent list.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace fero::gui::test {

class GuiTestEnvironment {
public:
    GuiTestEnvironment()
    {
        const QString root = m_dir.path();
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME"}) {
            const QString folder = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
            QDir().mkpath(folder);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv(name, folder.toLocal8Bit());
        }
        QCoreApplication::setOrganizationName(QStringLiteral("FeroscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("feroscope-test"));
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace fero::gui::test
