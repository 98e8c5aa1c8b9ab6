// translations: every bundled language loads and really translates messages of
// the core, the CLI and the GUI (so lupdate found their contexts), English gets
// its plural forms, and no .ts file in the source tree ships an unfinished or
// broken message.
#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// The languages Feroscope ships, with the number of plural forms each has.
struct Language {
    const char *code;
    int pluralForms;
};
constexpr Language Shipped[] = {{"de", 2}, {"es", 2}, {"ru", 3}};

// Removes every translator installTranslations() added (deleting a translator
// uninstalls it), so each test starts from untranslated English.
void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one entry for a plain message
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && current.numerus)
            messages << current;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished =
                !xml.attributes().value(QLatin1String("type")).isEmpty(); // unfinished, vanished, obsolete
            if (!current.numerus) {
                current.forms << xml.readElementText();
                messages << current;
            }
        } else if (xml.name() == u"numerusform") {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1..%99, %n and %p placeholders, as a set: order may change in a translation.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|p)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { removeTranslators(); }
    void bundledLanguages();
    void translatesEveryPart_data();
    void translatesEveryPart();
    void russianPluralForms();
    void englishPluralForms_data();
    void englishPluralForms();
    void tsFilesComplete_data();
    void tsFilesComplete();
};

void TestTranslations::bundledLanguages()
{
    const QStringList languages = fero::availableLanguages();
    for (const Language &language : Shipped)
        QVERIFY2(languages.contains(QLatin1String(language.code)), language.code);
    QVERIFY2(!languages.contains(QStringLiteral("en")), "English is the source language, not a choice of its own");
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/feroscope_en.qm")));
}

void TestTranslations::translatesEveryPart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    // One message per part, each from a different way of reaching tr().
    const QList<QPair<const char *, const char *>> samples = {
        {"Inspect", "The session has no DC table and no auth key: it is not logged in."}, // core tr() wrapper
        {"Storage", "Cannot save %1: %2"},                                   // Q_DECLARE_TR_FUNCTIONS class
        {"FormatNames", "Telethon string"},                                  // QT_TRANSLATE_NOOP table
        {"BinaryFormat", "the auth key of DC entry %1 of %2"},               // field names in errors
        {"Tdata", "%1 not found."},                                          // a format reader in a sub-namespace
        {"Cli", "Show this help."},                                          // CLI
        {"main", "Inspect, convert and clean up Telegram client sessions."}, // GUI main()
        {"fero::gui::MainWindow", "&Quit"},                                  // GUI Q_OBJECT class
        {"fero::gui::ExportDialog", "Into folder:"},                         // GUI actions
    };
    for (const Language &language : Shipped)
        for (const auto &[context, source] : samples)
            QTest::addRow("%s %s", language.code, context)
                << QString::fromLatin1(language.code) << QByteArray(context) << QByteArray(source);
}

void TestTranslations::translatesEveryPart()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QCOMPARE(fero::installTranslations(language), language);
    const QString translated = translate(context.constData(), source.constData());
    QVERIFY2(translated != QString::fromUtf8(source), qPrintable(translated));
    QCOMPARE(placeholders(translated), placeholders(QString::fromUtf8(source)));
}

void TestTranslations::russianPluralForms()
{
    QCOMPARE(fero::installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
    const char *context = "fero::gui::UpdatesTab";
    QCOMPARE(translate(context, "%n second(s)", 1), QStringLiteral("1 секунду"));
    QCOMPARE(translate(context, "%n second(s)", 3), QStringLiteral("3 секунды"));
    QCOMPARE(translate(context, "%n second(s)", 5), QStringLiteral("5 секунд"));
    QCOMPARE(translate(context, "%n second(s)", 21), QStringLiteral("21 секунду"));
}

void TestTranslations::englishPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("English (US)") << QStringLiteral("en_US");
    QTest::newRow("no translation (French)") << QStringLiteral("fr");
}

void TestTranslations::englishPluralForms()
{
    QFETCH(QString, language);
    QCOMPARE(fero::installTranslations(language), QString()); // English
    const char *library = "fero::gui::MainWindow";
    QCOMPARE(translate(library, "%n session(s) in the library", 1), QStringLiteral("1 session in the library"));
    QCOMPARE(translate(library, "%n session(s) in the library", 2), QStringLiteral("2 sessions in the library"));
    QCOMPARE(translate("Convert", "%n cached peer(s) are dropped.", 1), QStringLiteral("1 cached peer is dropped."));
    QCOMPARE(translate("Convert", "%n cached peer(s) are dropped.", 7), QStringLiteral("7 cached peers are dropped."));
    // Plain messages stay as written.
    QCOMPARE(translate(library, "&Quit"), QStringLiteral("&Quit"));
}

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("pluralOnly");
    for (const Language &language : Shipped)
        QTest::newRow(language.code) << QStringLiteral("feroscope_%1.ts").arg(QLatin1String(language.code))
                                     << language.pluralForms << false;
    QTest::newRow("en") << QStringLiteral("feroscope_en.ts") << 2 << true;
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<TsMessage> messages = readTs(QDir(QStringLiteral(FEROSCOPE_TS_DIR)).filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (pluralOnly ? 20 : 500));
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (m.unfinished)
            problems << QStringLiteral("unfinished: ") + where;
        if (pluralOnly && !m.numerus)
            problems << QStringLiteral("not a plural message: ") + where;
        if (m.forms.size() != (m.numerus ? pluralForms : 1))
            problems << QStringLiteral("%1 forms: %2").arg(m.forms.size()).arg(where);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            // A plural form may leave %n out ("one more"), never another placeholder.
            QSet<QString> expected = placeholders(m.source), got = placeholders(form);
            if (m.numerus) {
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (expected != got)
                problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + form.left(60);
            if (m.source.count(u'\n') != form.count(u'\n'))
                problems << QStringLiteral("line breaks differ: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
