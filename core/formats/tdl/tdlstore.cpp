#include "formats/tdl/tdlstore.h"

#include "formats/gotd/gotdjson.h"
#include "formats/tdl/bbolt.h"

#include <QCoreApplication>

namespace fero::tdlstore {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TdlStore)
};

const QByteArray *valueOf(const bbolt::Entry &bucket, const char *key)
{
    for (const bbolt::Entry &e : bucket.children)
        if (!e.bucket && e.key == key)
            return &e.value;
    return nullptr;
}

} // namespace

QString recognise(QByteArrayView head)
{
    return bbolt::recognise(head);
}

Result<DecodedSession> read(QByteArrayView bytes)
{
    Result<bbolt::Database> db = bbolt::read(bytes);
    if (!db)
        return db.error();
    DecodedSession decoded;
    decoded.format = Format::TdlBolt;
    int loggedIn = 0;
    for (const bbolt::Entry &ns : db->root) {
        if (!ns.bucket) {
            decoded.warnings << Tr::tr("The top-level key \"%1\" is not a bucket; tdl keeps only namespaces there.")
                                    .arg(QString::fromUtf8(ns.key).left(64));
            continue;
        }
        const QString name = QString::fromUtf8(ns.key);
        const QByteArray *app = valueOf(ns, "app");
        const QByteArray *session = valueOf(ns, "session");
        DecodedSession::AccountLabel label{name, {}};
        Session account;
        if (!session || session->isEmpty()) {
            label.note = app ? Tr::tr("logged out (app %1, no session)").arg(QString::fromUtf8(*app))
                             : Tr::tr("logged out (an empty namespace)");
        } else {
            Result<DecodedSession> gotd = gotdjson::readUtf8(*session);
            if (!gotd) {
                label.note = Tr::tr("its session does not decode: %1").arg(gotd.error().message);
            } else {
                account = std::move(gotd->session());
                for (const QString &w : gotd->warnings)
                    decoded.warnings << Tr::tr("Namespace %1: %2").arg(name, w);
                ++loggedIn;
            }
        }
        decoded.sessions.push_back(std::move(account));
        // What --account takes: "name:work" (open/accountchoice.h).
        decoded.accountIds.push_back(QStringLiteral("name:") + name);
        decoded.accountLabels.push_back(std::move(label));
    }
    if (decoded.sessions.empty())
        return Error::invalid(Tr::tr("This bbolt file holds no namespace buckets: not a tdl store."));
    decoded.version = 1;
    decoded.layout = Tr::tr("legacy one-file store, %n namespace(s)", nullptr, int(decoded.sessions.size()))
                     + Tr::tr(", %n logged in", nullptr, loggedIn);
    return decoded;
}

} // namespace fero::tdlstore
