// The versions Feroscope runs with: its own and those of the libraries it
// uses at run time (Qt, OpenSSL, SQLite), for About boxes, --version and bug
// reports.
#pragma once

#include <QList>
#include <QString>

namespace fero {

struct LibraryVersion {
    QString name;    // "Qt", "OpenSSL", "SQLite"
    QString version; // as the loaded library reports it, e.g. "3.40.1"
};

QString feroscopeVersion();
// The loaded libraries (not the headers built against): what a bug report needs.
QList<LibraryVersion> runtimeLibraryVersions();
// "Feroscope 0.1.0\nQt 6.4.2\nOpenSSL 3.0.15\nSQLite 3.40.1" plus the system.
QString versionReport();

} // namespace fero
