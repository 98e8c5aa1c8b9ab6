// The containers the reliability suites write, kill, starve and lock: one
// writer and one reader per container, over a path, plus the helper modes
// the suites run in a child process (the suite's own executable re-run with
// "--helper ..."), so a SIGKILL, a file size limit or a dropped privilege
// hits only the child.
#pragma once

#include "base/result.h"
#include "model/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace rel {

enum class Container { Binary, NativeString, FerogramSqlite, TelethonSqlite, PyrogramSqlite, GramjsStore, Tdata };

const std::vector<Container> &allContainers();
QString containerName(Container c);
Container containerFromName(const QString &name);
// The file or folder name a container is saved as (a GramJS store folder is
// named after its session).
QString targetName(Container c);

// A session every container can hold (user id, home DC key), with `peers`
// cached peers; seed makes two versions differ everywhere.
fero::Session sessionFor(Container c, int seed, std::size_t peers);

// Saves over an existing target (overwrite allowed), as the app does.
fero::Status write(Container c, const fero::Session &session, const QString &path);
// Reads back; every account of the container.
fero::Result<std::vector<fero::Session>> read(Container c, const QString &path);

// Entries beside path whose names say "feroscope-tmp" (a writer's temporaries).
QStringList temporariesBeside(const QString &path);

// Every file under a path (itself when a file) with its bytes: "unchanged" means equal.
QByteArray fingerprint(const QString &path);

// The suite executable's own path, for helper children.
QString selfPath();

// Runs "--helper ..." modes; returns the exit code, or -1 when argv is no helper call.
int runHelper(int argc, char **argv);

} // namespace rel
