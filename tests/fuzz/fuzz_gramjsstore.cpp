// GramJS StoreSession folders: a valid store from the vectors where the
// first input byte picks one file (or a new, unknown key) and the rest of
// the input becomes its content.
#include "fuzzsupport.h"

#include "formats/gramjsstore.h"

#include <QDir>
#include <QFile>

#include <utility>
#include <vector>

namespace {

struct Store {
    QString folder;
    std::vector<std::pair<QString, QByteArray>> files; // name -> original content
};

const Store &store()
{
    static const Store s = [] {
        Store out;
        out.folder = fuzz::copyVectorFolder(QStringLiteral("foreign/gramjs/gramjs_store_dc4"),
                                            QStringLiteral("gramjs_store_dc4"));
        const QStringList names = QDir(out.folder).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile f(out.folder + u'/' + name);
            f.open(QIODevice::ReadOnly);
            out.files.emplace_back(name, f.readAll());
        }
        out.files.emplace_back(QStringLiteral("gramjs_store_dc4%3Aextra"), QByteArray()); // absent unless chosen
        return out;
    }();
    return s;
}

void put(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fuzz::fail("cannot write the store file", path);
    f.write(bytes.data(), bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    if (size == 0)
        return 0;
    const Store &s = store();
    const auto &[name, original] = s.files[data[0] % s.files.size()];
    const QString path = s.folder + u'/' + name;
    put(path, QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    (void)fero::gramjsstore::sessionName(s.folder);
    (void)fero::gramjsstore::read(s.folder);
    if (original.isEmpty())
        QFile::remove(path);
    else
        put(path, original);
    return 0;
}
