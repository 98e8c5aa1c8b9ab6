// Loading the compiled translations (embedded in the binary under :/i18n/).
#pragma once

#include <QString>
#include <QStringList>

namespace fero {

// Installs Feroscope's and Qt's own translators for `language` ("de", "ru",
// "es"; empty = the system locale). Returns the language actually loaded,
// or an empty string for English (which still gets its plural forms from
// feroscope_en.qm, also when no bundled file matches the language).
QString installTranslations(const QString &language = {});

// Languages with a translation bundled, as locale names ("de", "es", "ru");
// English, the source language, is not listed.
QStringList availableLanguages();

} // namespace fero
