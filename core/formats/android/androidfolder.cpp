#include "formats/android/androidfolder.h"

#include "formats/android/tgnet.h"
#include "formats/android/userconfig.h"
#include "formats/common/folderwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fero::androidfolder {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AndroidFolder)
};

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

QString tgnetPath(int slot)
{
    return slot == 0 ? QStringLiteral("files/tgnet.dat") : QStringLiteral("files/account%1/tgnet.dat").arg(slot);
}

QString userConfigPath(int slot)
{
    return slot == 0 ? QStringLiteral("shared_prefs/userconfing.xml")
                     : QStringLiteral("shared_prefs/userconfig%1.xml").arg(slot);
}

Result<QByteArray> readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::invalid(Tr::tr("%1 is too large to be a tgnet.dat.").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

// One account: its tgnet.dat (the .bak when there is one, as the app does,
// §1.1) and its user from the prefs file beside it.
Result<std::optional<Session>> readAccount(const QString &tgnet, const QString &prefs, QStringList &warnings)
{
    QString chosen = tgnet;
    if (QFileInfo::exists(tgnet + QStringLiteral(".bak"))) {
        chosen = tgnet + QStringLiteral(".bak");
        warnings << Tr::tr("%1 is read instead of tgnet.dat: the app's last save did not finish, and the app itself "
                           "would replace tgnet.dat with it on its next start.")
                        .arg(QDir::toNativeSeparators(chosen));
    }
    Result<QByteArray> bytes = readSmall(chosen);
    if (!bytes)
        return bytes.error();
    Result<tgnet::Read> read = tgnet::read(bytes.value());
    secureWipe(bytes.value());
    if (!read)
        return Error::invalid(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(chosen), read.error().message));
    if (read->loggedOut)
        return std::optional<Session>();
    warnings << read->warnings;
    Session session = std::move(read->session);
    if (QFileInfo::exists(prefs)) {
        Result<QByteArray> xml = readSmall(prefs);
        if (!xml)
            return xml.error();
        Result<std::optional<userconfig::User>> user = userconfig::read(xml.value());
        if (!user)
            return Error::invalid(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(prefs), user.error().message));
        if (user.value()) {
            session.account.userId = user.value()->id;
            session.account.isBot = user.value()->isBot;
        }
    } else {
        warnings << Tr::tr("%1 is missing: the account's user id is unknown.").arg(QDir::toNativeSeparators(prefs));
    }
    return std::optional<Session>(std::move(session));
}

} // namespace

bool looksLikeAppFolder(const QString &path)
{
    const QDir dir(path);
    for (int slot = 0; slot < kMaxAccounts; ++slot)
        if (QFileInfo::exists(dir.filePath(tgnetPath(slot))) || QFileInfo::exists(dir.filePath(tgnetPath(slot) + QStringLiteral(".bak"))))
            return true;
    return false;
}

bool looksLikeTgnetFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    if (head.size() < 12)
        return false;
    // The size field against the file's size; the rest from the header.
    QByteArray probe = head;
    probe.resize(qsizetype(std::min<qint64>(file.size(), kMaxFileBytes)), '\0');
    return tgnet::looksLikeTgnet(probe);
}

Result<DecodedSession> read(const QString &path)
{
    DecodedSession decoded;
    decoded.format = Format::AndroidTgnet;
    decoded.layout = QStringLiteral("tgnet.dat config 5");
    const QFileInfo info(path);
    if (info.isFile()) {
        // A bare tgnet.dat; its user id when it sits in an app folder's files/.
        const QDir up(info.absolutePath() + QStringLiteral("/.."));
        const QString prefs = info.absoluteDir().dirName() == u"files" ? up.filePath(userConfigPath(0)) : QString();
        Result<std::optional<Session>> one = readAccount(path, prefs.isEmpty() ? path + QStringLiteral(".none") : prefs,
                                                         decoded.warnings);
        if (!one)
            return one.error();
        if (!one.value())
            return Error::invalid(Tr::tr("%1 is a logged-out tgnet.dat: it holds no datacenter and no key.")
                                      .arg(QDir::toNativeSeparators(path)));
        decoded.sessions.push_back(std::move(*one.value()));
        return decoded;
    }
    if (!looksLikeAppFolder(path))
        return Error::invalid(Tr::tr("%1 holds no files/tgnet.dat: not a Telegram Android app folder.")
                                  .arg(QDir::toNativeSeparators(path)));
    const QDir dir(path);
    for (int slot = 0; slot < kMaxAccounts; ++slot) {
        const QString tgnet = dir.filePath(tgnetPath(slot));
        if (!QFileInfo::exists(tgnet) && !QFileInfo::exists(tgnet + QStringLiteral(".bak")))
            continue;
        Result<std::optional<Session>> one = readAccount(tgnet, dir.filePath(userConfigPath(slot)), decoded.warnings);
        if (!one)
            return one.error();
        if (!one.value()) {
            decoded.warnings << Tr::tr("Slot %1 (%2) is logged out: it holds no datacenter and no key.")
                                    .arg(slot)
                                    .arg(tgnetPath(slot));
            continue;
        }
        decoded.sessions.push_back(std::move(*one.value()));
        decoded.accountIds.push_back(QStringLiteral("slot:%1").arg(slot));
    }
    if (decoded.sessions.empty())
        return Error::invalid(Tr::tr("Every account of %1 is logged out.").arg(QDir::toNativeSeparators(path)));
    return decoded;
}

Status write(const std::vector<Session> &accounts, const QString &path, bool overwrite)
{
    if (accounts.size() > std::size_t(kMaxAccounts))
        return Error::refused(Tr::tr("Telegram Android holds at most %1 accounts; this source has %2.")
                                  .arg(kMaxAccounts)
                                  .arg(accounts.size()));
    FolderFiles files;
    for (std::size_t slot = 0; slot < accounts.size(); ++slot) {
        const Session &s = accounts[slot];
        if (!s.account.userId)
            return Error::refused(Tr::tr("Telegram Android needs the user id of account %1.").arg(slot));
        Result<QByteArray> tgnet = tgnet::write(s);
        if (!tgnet) {
            for (auto &file : files)
                secureWipe(file.second);
            return tgnet.error();
        }
        files.emplace_back(tgnetPath(int(slot)), std::move(tgnet.value()));
        files.emplace_back(userConfigPath(int(slot)), userconfig::write({*s.account.userId, s.account.isBot}));
    }
    Status ok = writeFolderAtomically(path, files, overwrite);
    for (auto &file : files)
        secureWipe(file.second);
    return ok;
}

} // namespace fero::androidfolder
