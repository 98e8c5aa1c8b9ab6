// Shared pieces of the fuzz targets: a Qt application object (the SQL
// plugins and translations want one), a private scratch folder, and helpers
// that turn the fuzzer's bytes into a file or a folder a reader opens.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace fuzz {

// Creates the QCoreApplication once (idempotent) and the scratch folder.
void init();

// A folder only this process uses, in /dev/shm when it exists (the SQLite
// and folder targets write one file per run; memory is faster than disk).
const QString &scratch();

// Writes bytes to scratch()/name (replacing it) and returns its path.
QString writeScratchFile(const QString &name, const std::uint8_t *data, std::size_t size);

// Copies a folder from the test vectors into scratch()/name (replacing it).
QString copyVectorFolder(const QString &vectorRelative, const QString &name);

// A failed invariant: print it and abort, so libFuzzer saves the input.
[[noreturn]] void fail(const char *what, const QString &detail = {});

// The bytes as text the way a paste arrives: UTF-8, invalid sequences replaced.
QString text(const std::uint8_t *data, std::size_t size);

} // namespace fuzz

// libFuzzer's entry points; every target defines LLVMFuzzerTestOneInput.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
