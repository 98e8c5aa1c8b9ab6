#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fero {

namespace {

const QString Prefix = QStringLiteral("feroscope_");
const QString Directory = QStringLiteral(":/i18n");

// Installs the bundled file that best matches `locale` (QTranslator tries the
// locale's UI languages in order) and returns its language ("de"), or an
// empty string when none matches.
QString installOurs(const QLocale &locale)
{
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("feroscope"), QStringLiteral("_"), Directory)) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    return ours->language().section(u'_', 0, 0);
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const auto files = QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(Prefix.size(), file.size() - Prefix.size() - 3); // drop ".qm"
        if (language != u"en") // the source language; its file only adds plural forms
            languages << language;
    }
    return languages;
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const QString loaded = english ? QString() : installOurs(locale);
    // Without a translation the messages stay English, and English still needs
    // its plural forms ("1 peer", "2 peers" instead of "peer(s)").
    if (loaded.isEmpty() || loaded == u"en") {
        if (loaded.isEmpty())
            installOurs(QLocale(QLocale::English));
        return {};
    }
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace fero
