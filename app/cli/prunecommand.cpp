// feroscope-cli prune IN OUT [--min-peers] [--channel-pts] [--peer ID...]
//                            [--format-version N] [--accept-loss] [--force]
// Peer-cache cleaning (core/prune.h) into a new file in IN's format and
// version; IN itself is never touched unless OUT names it and --force is given.
#include "cli.h"

#include "convert/convert.h"
#include "edit/prune.h"
#include "formats/traits.h"
#include "open/opener.h"

#include <QDir>
#include <QFileInfo>

namespace fero::cli {
namespace {

// "--peer 1 --peer 2" and "--peer 1,2" both work.
Result<std::vector<std::int64_t>> parsePeerIds(const QStringList &values)
{
    std::vector<std::int64_t> ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok)
                return Error::usage(Tr::tr("--peer: \"%1\" is not a peer id (a whole number).").arg(part));
            ids.push_back(id);
        }
    }
    return ids;
}

// The same container and generation as the input, so the result opens
// wherever the input did; an unwritable old generation must be chosen explicitly.
Result<ConvertTarget> sameFormatTarget(const DecodedSession &decoded, const QString &versionText)
{
    ConvertTarget target;
    target.format = decoded.format;
    target.userId = decoded.session().account.userId;
    if (!traits(decoded.format).canWrite)
        return Error::refused(
            Tr::tr("%1 cannot be written by this build; convert it first.").arg(formatDisplayName(decoded.format)));
    if (!traits(decoded.format).versioned)
        return target;
    if (!versionText.isEmpty()) {
        bool ok = false;
        target.version = versionText.toInt(&ok);
        if (!ok || target.version < OldestWritableVersion || target.version > LatestBinaryVersion)
            return Error::usage(Tr::tr("--format-version: expected %1..%2, got \"%3\".")
                                    .arg(OldestWritableVersion)
                                    .arg(LatestBinaryVersion)
                                    .arg(versionText));
        return target;
    }
    if (decoded.version < OldestWritableVersion)
        return Error::refused(Tr::tr("The input is %1 (version %2), which cannot be written any more; pass "
                                     "--format-version %3..%4 to choose the version of the output.")
                                  .arg(decoded.layout)
                                  .arg(decoded.version)
                                  .arg(OldestWritableVersion)
                                  .arg(LatestBinaryVersion));
    target.version = decoded.version;
    return target;
}

} // namespace

int runPrune(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption minPeers = option(command, "min-peers");
    const QCommandLineOption channelPts = option(command, "channel-pts");
    const QCommandLineOption peer = option(command, "peer");
    const QCommandLineOption version = option(command, "format-version");
    const QCommandLineOption acceptLoss = option(command, "accept-loss");
    const QCommandLineOption force = option(command, "force");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 2)
        return usageError(false, Tr::tr("prune takes exactly two paths: IN and OUT."));
    const QString in = paths.at(0), out = paths.at(1);

    PruneRequest request;
    request.allMinPeers = parser.isSet(minPeers);
    request.channelPts = parser.isSet(channelPts);
    Result<std::vector<std::int64_t>> ids = parsePeerIds(parser.values(peer));
    if (!ids)
        return fail(false, ids.error());
    request.peerIds = std::move(ids.value());
    if (!request.allMinPeers && !request.channelPts && request.peerIds.empty())
        return usageError(false, Tr::tr("Nothing to remove: pass --min-peers, --channel-pts or --peer ID."));
    if (QFileInfo(out).isDir())
        return usageError(false, Tr::tr("%1 is a folder; OUT must be a file.").arg(QDir::toNativeSeparators(out)));
    if (!parser.isSet(force) && QFileInfo::exists(out))
        return fail(false,
                    Error::refused(
                        Tr::tr("%1 already exists; pass --force to replace it.").arg(QDir::toNativeSeparators(out))));

    Result<DecodedSession> opened = openPath(in);
    if (!opened)
        return fail(false, aboutPath(opened.error(), in));
    const DecodedSession &decoded = opened.value();
    if (decoded.sessions.size() > 1)
        printErr(Tr::tr("note: %1 holds several accounts; cleaning the first.").arg(QDir::toNativeSeparators(in)));

    const PruneResult result = prune(decoded.session(), request);
    if (!result.missingPeerIds.empty()) {
        QStringList missing;
        for (std::int64_t id : result.missingPeerIds)
            missing << QString::number(id);
        return usageError(false, Tr::tr("Not in the peer cache of %1: %2. Nothing was written.")
                                     .arg(QDir::toNativeSeparators(in), missing.join(QStringLiteral(", "))));
    }

    Result<ConvertTarget> target = sameFormatTarget(decoded, parser.value(version));
    if (!target)
        return fail(false, target.error());
    if (Status ok = preflight(result.session, target.value()); !ok)
        return fail(false, ok.error());
    const LossReport losses = lossReport(result.session, target.value());
    if (!losses.lossless()) {
        printErr(Tr::tr("Writing %1 loses:").arg(formatDisplayName(target->format)));
        for (const QString &loss : losses.losses)
            printErr(QStringLiteral("  - ") + loss);
        if (!parser.isSet(acceptLoss))
            return fail(false, Error::refused(Tr::tr("Refusing to lose data; pass --accept-loss to go ahead.")));
    }
    if (Status written = writeTo(result.session, target.value(), out, parser.isSet(force)); !written)
        return fail(false, written.error());
    printOut(result.summary());
    printOut(Tr::tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(out), formatDisplayName(target->format)));
    return Ok;
}

} // namespace fero::cli
