#include "actions/exportplan.h"

#include "convert/batch.h"
#include "formats/traits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace fero::gui {
namespace {

// This file's strings, in the context "ExportPlan".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)
};

} // namespace

QString problemText(const Error &error)
{
    QString remedy;
    switch (error.missing) {
    case MissingValue::None:
        return error.message;
    case MissingValue::UserId:
        remedy = Tr::tr("Enter the user id above.");
        break;
    case MissingValue::ApiId:
        remedy = Tr::tr("Enter the API id above, or choose the old layout.");
        break;
    }
    return error.message + u' ' + remedy;
}

ConvertTarget targetFor(const ConvertTarget &choice, const Session &session)
{
    const FormatTraits &format = traits(choice.format);
    ConvertTarget target;
    target.format = choice.format;
    target.version = choice.version;
    target.userId = choice.userId ? choice.userId : session.account.userId;
    if (format.takesOption(TargetOption::ApiId))
        target.apiId = choice.apiId ? choice.apiId : session.account.apiId;
    if (format.takesOption(TargetOption::TestMode))
        target.testMode = choice.testMode;
    target.pyrogramOldLayout = format.takesOption(TargetOption::PyrogramLayout) && choice.pyrogramOldLayout;
    if (format.takesOption(TargetOption::Passcode))
        target.passcode = choice.passcode;
    target.conflicts = choice.conflicts;
    return target;
}

std::vector<Format> exportFormats()
{
    std::vector<Format> formats;
    for (Format format : supportedFormats())
        if (isWritable(format))
            formats.push_back(format);
    return formats;
}

std::vector<int> exportVersions(Format format)
{
    std::vector<int> versions;
    if (hasFerogramVersion(format))
        for (int v = LatestBinaryVersion; v >= OldestWritableVersion; --v)
            versions.push_back(v); // newest first: the default is the top entry
    return versions;
}

ExportCheck checkExport(const Session &session, const ConvertTarget &target)
{
    ExportCheck check;
    if (Status ok = preflight(session, target); !ok)
        check.problem = ok.error();
    check.losses = lossReport(session, target);
    return check;
}

Status exportToFile(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (path.trimmed().isEmpty())
        return Error::usage(Tr::tr("Choose where to write the session."));
    if (QFileInfo(path).isDir())
        return Error::usage(Tr::tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
    if (Status ok = preflight(session, target); !ok)
        return ok;
    return writeTo(session, target, path, overwrite);
}

Result<QString> exportToText(const Session &session, const ConvertTarget &target)
{
    if (!isStringFormat(target.format))
        return Error::usage(
            Tr::tr("%1 is not a string; it can only be written to a file.").arg(formatDisplayName(target.format)));
    if (Status ok = preflight(session, target); !ok)
        return ok.error();
    Result<QByteArray> bytes = encode(session, target);
    if (!bytes)
        return bytes.error();
    QString text = QString::fromUtf8(bytes.value());
    secureWipe(bytes.value());
    return text;
}

BatchPlan planBatch(const std::vector<ExportSource> &sources, const ConvertTarget &choice, const QString &folder,
                    bool overwrite)
{
    BatchPlan plan;
    plan.folder = folder;
    if (folder.trimmed().isEmpty()) {
        plan.problems << Tr::tr("Choose a folder to write into.");
    } else if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        plan.problems << Tr::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
    }
    const QDir dir(folder);
    const QString extension = targetExtension(choice.format);
    QSet<QString> taken;
    for (const ExportSource &source : sources) {
        BatchPlanItem item;
        item.name = source.name;
        QString base = sessionBaseName(QFileInfo(source.name).fileName());
        if (base.isEmpty())
            base = QStringLiteral("session");
        QString fileName = base + extension;
        for (int n = 2; taken.contains(fileName); ++n)
            fileName = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(extension);
        taken.insert(fileName);
        item.outputPath = dir.filePath(fileName);
        item.check = checkExport(source.session, targetFor(choice, source.session));
        if (item.check.problem)
            plan.problems << QStringLiteral("%1: %2").arg(item.name, problemText(*item.check.problem));
        else if (!overwrite && !folder.trimmed().isEmpty() && QFileInfo::exists(item.outputPath))
            plan.problems << Tr::tr("%1: %2 already exists (tick \"Replace existing files\" to overwrite it).")
                                 .arg(item.name, QDir::toNativeSeparators(item.outputPath));
        for (const QString &loss : item.check.losses.losses)
            plan.combinedLosses << QStringLiteral("%1: %2").arg(item.name, loss);
        plan.items.push_back(std::move(item));
    }
    return plan;
}

BatchOutcome runBatch(const std::vector<ExportSource> &sources, const BatchPlan &plan, const ConvertTarget &choice,
                      bool overwrite)
{
    BatchOutcome outcome;
    if (!plan.canRun() || plan.items.size() != sources.size()) {
        outcome.failures = plan.problems;
        return outcome;
    }
    if (!QDir().mkpath(plan.folder)) {
        outcome.failures << Tr::tr("Cannot create the folder for the exported sessions.");
        return outcome;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const BatchPlanItem &item = plan.items[i];
        const Status ok =
            writeTo(sources[i].session, targetFor(choice, sources[i].session), item.outputPath, overwrite);
        if (ok)
            outcome.written << item.outputPath;
        else
            outcome.failures << QStringLiteral("%1: %2").arg(item.name, ok.error().message);
    }
    return outcome;
}

} // namespace fero::gui
