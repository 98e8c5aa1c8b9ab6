// feroscope-cli scan FOLDER [--recursive] [--json | --json-lines]
#include "cli.h"

#include "base/jsonwriter.h"
#include "inspect/sessionjson.h"
#include "open/scan.h"

#include <QDir>
#include <QFileInfo>

namespace fero::cli {
namespace {

QString keyIdHex(std::uint64_t id)
{
    return QStringLiteral("%1").arg(id, 16, 16, QLatin1Char('0'));
}

// The keys every listing shows of a session; --json adds duplicate_of.
void writeEntryFields(JsonWriter &json, const ScanEntry &e)
{
    json.key("path").value(e.path);
    // A recognised store (MadelineProto, TDLib) has no format of ours: its id instead.
    json.key("format").value(e.recognised.isEmpty() ? formatId(e.format) : e.recognised);
    if (!e.recognised.isEmpty())
        json.key("recognised").value(e.recognised);
    json.key("version").value(e.version);
    json.key("layout").value(e.layout);
    json.key("account");
    e.account < 0 ? json.null() : json.value(e.account);
    json.key("position");
    e.account < 0 ? json.null() : json.value(e.account);
    json.key("account_id");
    e.accountId.isEmpty() ? json.null() : json.value(e.accountId);
    if (!e.nativeId.isEmpty()) // tdl's namespace name
        json.key("native_id").value(e.nativeId);
    json.key("note");
    e.note.isEmpty() ? json.null() : json.value(e.note);
    json.key("home_dc_id").value(e.homeDcId);
    json.key("auth_key_id");
    if (e.authKeyId.isEmpty())
        json.null();
    else
        json.value(e.authKeyId);
    json.key("peers").value(std::uint64_t(e.peers));
    json.key("mode").value(e.mode);
}

QByteArray scanJson(const ScanResult &scan)
{
    JsonWriter json;
    json.beginObject();
    json.key("root").value(scan.root);
    json.key("sessions").beginArray();
    for (const ScanEntry &e : scan.sessions) {
        json.beginObject();
        writeEntryFields(json, e);
        writeStringList(json, "duplicate_of", e.duplicateOf);
        // -wal/-shm/-journal and upstream's .bak/.<n>.tmp leftovers, as the text lists them.
        writeStringList(json, "related", e.related);
        json.endObject();
    }
    json.endArray();
    json.key("errors").beginArray();
    for (const ScanError &e : scan.errors)
        json.beginObject().key("path").value(e.path).key("error").value(e.error).endObject();
    json.endArray();
    json.endObject();
    return json.take() + '\n';
}

// --json-lines: one compact object per line, written as soon as the scan
// finds it, so a farm of 100,000 sessions starts printing at once and a
// consumer never holds the whole listing. Which record a line is: "type".
QByteArray sessionLine(const ScanEntry &e)
{
    JsonWriter json(false);
    json.beginObject().key("type").value("session");
    writeEntryFields(json, e);
    // Every DC's key, the ones the duplicate groups compare.
    json.key("auth_key_ids").beginArray();
    for (const std::uint64_t id : e.authKeyIds)
        json.value(keyIdHex(id));
    json.endArray();
    writeStringList(json, "related", e.related);
    json.endObject();
    return json.take() + '\n';
}

QByteArray errorLine(const ScanError &e)
{
    JsonWriter json(false);
    json.beginObject().key("type").value("error").key("path").value(e.path).key("error").value(e.error).endObject();
    return json.take() + '\n';
}

// After the sessions: one line per group of sessions sharing keys, then a
// summary, whose presence tells a reader the listing is complete.
QByteArray trailingLines(const ScanResult &scan)
{
    QByteArray out;
    for (const DuplicateGroup &group : scan.duplicates) {
        JsonWriter json(false);
        json.beginObject().key("type").value("duplicates");
        json.key("auth_key_ids").beginArray();
        for (const std::uint64_t id : group.authKeyIds)
            json.value(keyIdHex(id));
        json.endArray();
        json.key("sessions").beginArray();
        for (const std::size_t i : group.sessions)
            json.value(scanEntryName(scan.sessions[i]));
        json.endArray();
        json.endObject();
        out += json.take() + '\n';
    }
    JsonWriter json(false);
    json.beginObject().key("type").value("summary").key("root").value(scan.root);
    json.key("sessions").value(std::uint64_t(scan.sessions.size()));
    json.key("errors").value(std::uint64_t(scan.errors.size()));
    json.key("duplicate_groups").value(std::uint64_t(scan.duplicates.size()));
    json.endObject();
    return out + json.take() + '\n';
}

void printScan(const ScanResult &scan)
{
    printOut(Tr::tr("Sessions in %1: %2").arg(QDir::toNativeSeparators(scan.root)).arg(scan.sessions.size()));
    for (const ScanEntry &e : scan.sessions) {
        QString shown = QDir::toNativeSeparators(e.path);
        if (e.account >= 0) {
            const QString id = !e.accountId.isEmpty() ? e.accountId : e.nativeId;
            shown += QStringLiteral("  ")
                     + (id.isEmpty() ? Tr::tr("(account %1)").arg(e.account) : Tr::tr("(account %1, %2)").arg(e.account).arg(id));
        }
        printOut(QStringLiteral("  %1").arg(shown));
        if (!e.note.isEmpty()) {
            printOut(QStringLiteral("      %1, %2").arg(e.recognised.isEmpty() ? formatId(e.format) : e.recognised, e.note));
            continue;
        }
        QString line = Tr::tr("%1, %2, home DC %3, key id %4, peers: %5, mode %6")
                           .arg(formatId(e.format), e.layout.isEmpty() ? QString::number(e.version) : e.layout)
                           .arg(e.homeDcId)
                           .arg(e.authKeyId.isEmpty() ? Tr::tr("none") : e.authKeyId)
                           .arg(e.peers)
                           .arg(e.mode);
        printOut(QStringLiteral("      ") + line);
        if (!e.duplicateOf.isEmpty())
            printOut(QStringLiteral("      ")
                     + Tr::tr("SAME AUTH KEY as %1: two clients using one key get logged out by Telegram.")
                           .arg(e.duplicateOf.join(QStringLiteral(", "))));
        if (!e.related.isEmpty())
            printOut(QStringLiteral("      ") + Tr::tr("related files: %1").arg(e.related.join(QStringLiteral(", "))));
    }
    if (!scan.errors.empty()) {
        printOut(Tr::tr("Unreadable candidates:"));
        for (const ScanError &e : scan.errors)
            printOut(QStringLiteral("  %1: %2").arg(QDir::toNativeSeparators(e.path), e.error));
    }
}

} // namespace

int runScan(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption recursive = option(command, "recursive");
    const QCommandLineOption json = option(command, "json");
    const QCommandLineOption jsonLines = option(command, "json-lines");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const bool lines = parser.isSet(jsonLines);
    const bool asJson = parser.isSet(json) || lines;
    if (parser.isSet(json) && lines)
        return usageError(asJson, Tr::tr("--json and --json-lines exclude each other."));
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(asJson, Tr::tr("scan takes exactly one FOLDER."));
    const QFileInfo root(paths.front());
    if (!root.exists())
        return fail(asJson, Error::invalid(Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(paths.front()))));
    if (!root.isDir())
        return fail(asJson, Error::invalid(Tr::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(paths.front()))));

    ScanOptions options;
    options.recursive = parser.isSet(recursive);
    if (lines) {
        options.found = [](const ScanEntry &entry) { writeOut(sessionLine(entry)); };
        options.failed = [](const ScanError &error) { writeOut(errorLine(error)); };
    }
    const ScanResult scan = scanFolder(paths.front(), options);
    if (lines)
        writeOut(trailingLines(scan));
    else if (asJson)
        writeOut(scanJson(scan));
    else
        printScan(scan);
    return Ok;
}

} // namespace fero::cli
