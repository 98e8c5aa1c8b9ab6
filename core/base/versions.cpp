#include "base/versions.h"

#include <QSysInfo>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace fero {

QString feroscopeVersion()
{
    return QStringLiteral(FEROSCOPE_VERSION);
}

QList<LibraryVersion> runtimeLibraryVersions()
{
    // OpenSSL_version(OPENSSL_VERSION) reads "OpenSSL 3.0.15 3 Sep 2024": keep the number.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(QLatin1Char(' '), 1, 1);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), openssl},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

QString versionReport()
{
    QStringList lines{QStringLiteral("Feroscope ") + feroscopeVersion()};
    for (const LibraryVersion &library : runtimeLibraryVersions())
        lines << library.name + QLatin1Char(' ') + library.version;
    lines << QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture()
                 + QLatin1Char(')');
    return lines.join(QLatin1Char('\n'));
}

} // namespace fero
