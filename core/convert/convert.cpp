#include "convert/convert.h"

#include "formats/common/extralosses.h"
#include "formats/registry.h"
#include "formats/traits.h"
#include "storage/storage.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Convert)
};

Error unwritable(Format format)
{
    return Error::usage(Tr::tr("Feroscope cannot write %1 yet.").arg(formatDisplayName(format)));
}

} // namespace

QString targetExtension(Format format)
{
    return QString::fromLatin1(traits(format).extension);
}

bool isWritable(Format format)
{
    return traits(format).canWrite;
}

LossReport lossReport(const Session &session, const ConvertTarget &target)
{
    LossReport report;
    if (const auto losses = codec(target.format).losses)
        losses(session, target, report);
    // The extras only Telethon 2 and mtcute databases hold; their own codecs
    // report what they keep of them.
    if (target.format != Format::Telethon2Sqlite && target.format != Format::MtcuteSqlite)
        extralosses::add(session, formatDisplayName(target.format), {}, report);
    return report;
}

QStringList targetConflicts(const Session &session, const ConvertTarget &target)
{
    const auto conflicts = codec(target.format).conflicts;
    return conflicts ? conflicts(session) : QStringList();
}

Error conflictRefusal(const QStringList &conflicts, const QString &remedy)
{
    return Error::refused(Tr::tr("A ferogram SQLite database cannot hold these entries (its primary keys allow one row "
                                 "each): %1. To go ahead, %2, or write a binary file, which keeps them all.")
                              .arg(conflicts.join(QStringLiteral("; ")),
                                   remedy.isEmpty() ? Tr::tr("keep the first or the last of each (the others are "
                                                             "dropped and listed in the loss report)")
                                                    : remedy));
}

Status preflight(const Session &session, const ConvertTarget &target)
{
    if (!isWritable(target.format))
        return unwritable(target.format);
    if (traits(target.format).versioned
        && (target.version < OldestWritableVersion || target.version > LatestBinaryVersion))
        return Error::usage(Tr::tr("%1 can be written in versions %2 to %3, not %4.")
                                .arg(formatDisplayName(target.format))
                                .arg(OldestWritableVersion)
                                .arg(LatestBinaryVersion)
                                .arg(target.version));
    // Under ConflictPolicy::Refuse, entries the target cannot hold together
    // refuse it; otherwise writeTo() keeps one of each and the loss report
    // names the others.
    if (target.conflicts == ConflictPolicy::Refuse)
        if (const QStringList conflicts = targetConflicts(session, target); !conflicts.isEmpty())
            return conflictRefusal(conflicts);
    const auto check = codec(target.format).preflight;
    return check ? check(session, target) : Status();
}

Result<QByteArray> encode(const Session &session, const ConvertTarget &target)
{
    if (!isWritable(target.format))
        return unwritable(target.format);
    if (const auto encodeAs = codec(target.format).encode)
        return encodeAs(session, target);
    return Error::usage(
        Tr::tr("%1 is written to a file, not encoded into bytes.").arg(formatDisplayName(target.format)));
}

Status writeTo(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (Status ok = preflight(session, target); !ok)
        return ok;
    if (const auto write = codec(target.format).write) // databases and folders
        return write(session, target, path, overwrite);
    Result<QByteArray> bytes = encode(session, target);
    if (!bytes)
        return bytes.error();
    Status saved = saveFileAtomic(path, bytes.value(), overwrite ? Overwrite::Replace : Overwrite::Refuse);
    secureWipe(bytes.value()); // the bytes hold auth keys
    return saved;
}

} // namespace fero
