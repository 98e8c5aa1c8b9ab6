#include "inspect/failure.h"

#include "base/secret.h"
#include "detect/detect.h"
#include "detect/recognised.h"
#include "detect/stringhints.h"
#include "formats/traits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FailureExplanation)
};

// Enough for any session with a full peer cache; a larger unreadable file is
// judged by its error alone.
constexpr qint64 kLookAtMost = 16 * 1024 * 1024;

// "reason." -> "reason": the reasons are joined and listed, not run together.
QString sentence(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QStringList readingLines(const std::vector<RejectedReading> &rejected)
{
    QStringList lines;
    for (const RejectedReading &r : rejected) {
        const bool compact = traits(r.format).compactVersion != 0;
        lines << Tr::tr("As a %1: %2.")
                     .arg(compact ? Tr::tr("ferogram compact string") : formatDisplayName(r.format), sentence(r.reason));
    }
    return lines;
}

} // namespace

FailureExplanation explainFailure(const QString &path, const QString &error, const QString &recognised)
{
    FailureExplanation out;
    out.details << error;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.verdict = Tr::tr("The file is not there.");
        return out;
    }
    if (!recognised.isEmpty()) {
        out.verdict = Tr::tr("A %1 session, which Feroscope recognises but cannot open.").arg(recognisedProgram(recognised));
        return out;
    }
    if (info.isDir()) {
        out.verdict = Tr::tr("A folder that holds no session Feroscope can read.");
        return out;
    }
    if (info.size() == 0) {
        out.verdict = Tr::tr("The file is empty.");
        out.guess = Tr::tr("A save that was interrupted, or a file created but never written.");
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.verdict = Tr::tr("The file cannot be read: %1.").arg(sentence(file.errorString()));
        out.guess = Tr::tr("You may not have permission to read it.");
        return out;
    }
    if (info.size() > kLookAtMost) {
        out.verdict = Tr::tr("Not a session Feroscope can read.");
        return out;
    }
    QByteArray bytes = file.readAll();
    const WipeOnExit wipe(bytes); // it may hold a key all the same
    if (hasSqliteHeader(bytes)) {
        out.verdict = Tr::tr("A SQLite database, but not a session store Feroscope knows.");
        out.guess = sentence(error) + QLatin1Char('.');
        return out;
    }
    Detection detection = detectBytes(bytes);
    if (detection.result.ok()) {
        // Readable now: it changed since it was listed.
        out.verdict = Tr::tr("The file reads now; it changed since it was listed. Reload it (F5).");
        return out;
    }
    if (!detection.rejected.empty())
        out.details = readingLines(detection.rejected);
    if (looksLikeText(bytes)) {
        out.verdict = Tr::tr("Text, but not a session string Feroscope knows.");
        const QString hint = damagedStringHint(QString::fromLatin1(bytes).trimmed());
        out.guess = hint.isEmpty() ? Tr::tr("It matches no library's string layout: perhaps not a session at all.")
                                   : hint;
        return out;
    }
    // A binary file: ferogram's first byte is its version.
    const auto first = std::uint8_t(bytes.at(0));
    if (first >= 2 && first <= LatestBinaryVersion) {
        out.verdict = Tr::tr("A damaged ferogram session file.");
        QString why = detection.result.ok() ? QString() : sentence(detection.result.error().message);
        for (const RejectedReading &r : detection.rejected)
            if (r.format == Format::FerogramBinary)
                why = sentence(r.reason);
        out.guess = why.isEmpty() ? Tr::tr("Probably a ferogram v%1 file, cut short or overwritten.").arg(first)
                                  : Tr::tr("Probably a ferogram v%1 file, cut short or overwritten: %2.")
                                        .arg(first)
                                        .arg(why);
        return out;
    }
    out.verdict = Tr::tr("Not a session Feroscope can read.");
    out.guess = Tr::tr("Its first byte (0x%1) starts no session format Feroscope knows: perhaps another "
                       "program's file.")
                    .arg(first, 2, 16, QLatin1Char('0'));
    return out;
}

} // namespace fero
