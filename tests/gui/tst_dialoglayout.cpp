// Every dialog, in every shipped language, at the smallest size it accepts:
// nothing paints over anything (layoutcheck.h), the dialog fits a laptop
// screen, and the texts that used to overlap (Paste String with garbage or a
// cut-short string, Export to a Pyrogram string or tdata with its loss
// report, Settings' notes) are whole. Also the GUI's own words for what the
// core says is missing: fields and buttons, never command-line options.
#include "guitestenv.h"
#include "layoutcheck.h"

#include "actions/comparedialog.h"
#include "actions/deletedialog.h"
#include "actions/exportdialog.h"
#include "formats/traits.h"
#include "library/pastedialog.h"
#include "synthetic.h"
#include "testsupport.h"
#include "window/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace fero;
using namespace fero::gui;

namespace {

// A laptop screen (1366 x 768) less a panel and the window frame.
constexpr QSize Laptop(1000, 650);

// A session with every kind of data and no account block: no user id and no
// api_id, so tdata and a Pyrogram string have something to ask for.
Session richSession()
{
    SyntheticShape shape;
    shape.peers = 50;
    shape.minPeers = 8;
    shape.channelPts = 6;
    Session s = makeSyntheticSession(shape, 3);
    s.account = {};
    return s;
}

QString telethonString()
{
    return QString::fromUtf8(fero::test::readFile(fero::test::dataPath(
                                 QStringLiteral("vectors/foreign/telethon/telethon_str_dc2_v4.txt"))))
        .trimmed();
}

ExportDialog *exportTo(Format format, const QString &folder)
{
    auto *dialog = new ExportDialog({QStringLiteral("demo.session"), richSession()},
                                    QDir(folder).filePath(QStringLiteral("demo.session")), nullptr);
    ConvertTarget target;
    target.format = format;
    target.version = 5;
    dialog->setChoice(target);
    return dialog;
}

QDialog *makeDialog(const QString &name, const QString &folder)
{
    if (name.startsWith(u"paste")) {
        auto *paste = new PasteDialog;
        if (name == u"paste garbage")
            paste->setText(QStringLiteral("hello, this is not a session at all: 1234 %%% ~~~"));
        else if (name == u"paste cut short" || name == u"paste cut short, details open")
            paste->setText(telethonString().left(300));
        else if (name == u"paste telethon")
            paste->setText(telethonString());
        if (name.endsWith(u"details open"))
            paste->setDetailsShown(true);
        return paste;
    }
    if (name == u"export pyrogram string")
        return exportTo(Format::PyrogramString, folder);
    if (name == u"export tdata")
        return exportTo(Format::TdesktopTdata, folder);
    if (name == u"export binary v5")
        return exportTo(Format::FerogramBinary, folder);
    if (name == u"export batch to tdata") {
        std::vector<ExportSource> sources;
        for (int i = 0; i < 12; ++i)
            sources.push_back({QStringLiteral("account-with-a-long-name-%1.session").arg(i), richSession()});
        auto *dialog = new ExportDialog(std::move(sources));
        ConvertTarget target;
        target.format = Format::TdesktopTdata;
        dialog->setChoice(target);
        dialog->setDestination(folder);
        return dialog;
    }
    if (name == u"settings")
        return new SettingsDialog;
    if (name == u"delete") {
        const QString path = QDir(folder).filePath(QStringLiteral("a-session-with-a-rather-long-file-name.sqlite"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("x");
        return new DeleteDialog({{path, true}});
    }
    if (name == u"compare") {
        Session a = richSession();
        Session b = richSession();
        b.peers.pop_back();
        return new CompareDialog(QStringLiteral("today.session"), a, QStringLiteral("backup.session"), b);
    }
    return nullptr;
}

const QStringList Dialogs = {
    QStringLiteral("paste empty"),
    QStringLiteral("paste garbage"),
    QStringLiteral("paste cut short"),
    QStringLiteral("paste cut short, details open"),
    QStringLiteral("paste telethon"),
    QStringLiteral("export pyrogram string"),
    QStringLiteral("export tdata"),
    QStringLiteral("export binary v5"),
    QStringLiteral("export batch to tdata"),
    QStringLiteral("settings"),
    QStringLiteral("delete"),
    QStringLiteral("compare"),
};
const QStringList Languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("ru")};

} // namespace

class TestDialogLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { fero::gui::test::pinLook(); }
    void cleanupTestCase() { fero::gui::test::switchLanguage(QStringLiteral("en")); }

    void nothingOverlapsAtMinimumSize_data();
    void nothingOverlapsAtMinimumSize();
    void pasteShowsOneVerdictFirst_data();
    void pasteShowsOneVerdictFirst();
    void missingValuesNameTheDialogsFields_data();
    void missingValuesNameTheDialogsFields();
    void userIdPlaceholderFollowsTheTarget();
    void folderTargetIsSavedAsAFolder();

private:
    QTemporaryDir m_folder;
};

void TestDialogLayout::nothingOverlapsAtMinimumSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : Languages)
        for (const QString &dialog : Dialogs)
            QTest::addRow("%s, %s", qPrintable(language), qPrintable(dialog)) << language << dialog;
}

void TestDialogLayout::nothingOverlapsAtMinimumSize()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    fero::gui::test::switchLanguage(language);
    std::unique_ptr<QDialog> window(makeDialog(dialog, m_folder.path()));
    QVERIFY(window);
    fero::gui::test::showAtMinimum(window.get());
    const QSize size = window->size();
    qInfo("minimum %dx%d", size.width(), size.height()); // the measurement, for the record
    QVERIFY2(size.width() <= Laptop.width() && size.height() <= Laptop.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(size.width()).arg(size.height())));
    // The minimum is a real one: not shrunk to nothing by word-wrapped labels.
    QVERIFY2(window->minimumSize().width() >= 300 && window->minimumSize().height() >= 120,
             qPrintable(QStringLiteral("minimum %1x%2").arg(window->minimumWidth()).arg(window->minimumHeight())));
    const QStringList faults = fero::gui::test::layoutFaults(window.get());
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
}

void TestDialogLayout::pasteShowsOneVerdictFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("opens");
    const QString telethon = telethonString();
    QTest::newRow("cut short") << telethon.left(300)
                               << QStringLiteral("Telethon string cut short: 300 of %1 characters").arg(telethon.size())
                               << false;
    // The CLI's diagnosis where there is one, else the plain refusal.
    QTest::newRow("garbage") << QStringLiteral("hello, this is not a session at all: 1234 %%% ~~~")
                             << QStringLiteral("The character ',' at position 6 is not base64") << false;
    QTest::newRow("no layout") << QStringLiteral("AAAAnotasessionatall")
                               << QStringLiteral("Not a session string Feroscope knows.") << false;
    QTest::newRow("whole") << telethon << QStringLiteral("Telethon string") << true;
}

void TestDialogLayout::pasteShowsOneVerdictFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, verdict);
    QFETCH(bool, opens);
    fero::gui::test::switchLanguage(QStringLiteral("en"));
    PasteDialog paste;
    paste.setText(text);
    paste.show();
    QVERIFY2(paste.verdict().contains(verdict), qPrintable(paste.verdict()));
    QCOMPARE(paste.canOpen(), opens);
    // One line: the reasons reader by reader are folded away, not drawn under it.
    QVERIFY2(!paste.verdict().contains(u'\n'), qPrintable(paste.verdict()));
    auto *others = paste.findChild<QPlainTextEdit *>(QStringLiteral("pasteOtherReadings"));
    auto *details = paste.findChild<QToolButton *>(QStringLiteral("pasteDetails"));
    QVERIFY(others && details);
    QVERIFY(!others->isVisible());
    QVERIFY(!paste.otherReadings().isEmpty());
    QVERIFY(details->text().contains(QString::number(paste.otherReadings().size())));
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(others->isVisible());
    QCOMPARE(others->toPlainText(), paste.otherReadings().join(u'\n'));
    QVERIFY2(!others->toPlainText().contains(paste.verdict()), "the verdict is not repeated in the details");
}

void TestDialogLayout::missingValuesNameTheDialogsFields_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("tdata: user id") << int(Format::TdesktopTdata) << QStringLiteral("Enter the user id above.");
    QTest::newRow("Pyrogram string: api id")
        << int(Format::PyrogramString) << QStringLiteral("Enter the API id above, or choose the old layout.");
}

void TestDialogLayout::missingValuesNameTheDialogsFields()
{
    QFETCH(int, format);
    QFETCH(QString, remedy);
    fero::gui::test::switchLanguage(QStringLiteral("en"));
    std::unique_ptr<ExportDialog> dialog(exportTo(Format(format), m_folder.path()));
    QVERIFY(!dialog->canExport());
    const QString error = dialog->errorMessage();
    QVERIFY2(error.contains(remedy), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("--")), qPrintable(error)); // no command-line option leaks in
    // The field the remedy names is there to fill in, and filling it in clears the problem.
    dialog->show();
    if (Format(format) == Format::TdesktopTdata) {
        auto *userId = dialog->findChild<QLineEdit *>(QStringLiteral("userId"));
        QVERIFY(userId->isVisible());
        userId->setText(QStringLiteral("123456789"));
    } else {
        auto *old = dialog->findChild<QCheckBox *>(QStringLiteral("pyrogramOldLayout"));
        QVERIFY(old->isVisible());
        old->setChecked(true);
    }
    QVERIFY2(!dialog->errorMessage().contains(remedy), qPrintable(dialog->errorMessage()));
}

void TestDialogLayout::userIdPlaceholderFollowsTheTarget()
{
    fero::gui::test::switchLanguage(QStringLiteral("en"));
    // One rule, said once: a target that needs the user id never promises to write 0.
    for (Format format : {Format::TdesktopTdata, Format::PyrogramString, Format::FerogramCompactV2}) {
        std::unique_ptr<ExportDialog> dialog(exportTo(format, m_folder.path()));
        const QString placeholder = dialog->findChild<QLineEdit *>(QStringLiteral("userId"))->placeholderText();
        const bool needed = traits(format).needsValue(TargetOption::UserId);
        QCOMPARE(placeholder.contains(QStringLiteral("written as 0")), !needed);
        QCOMPARE(dialog->errorMessage().contains(QStringLiteral("user id")), needed);
    }
}

void TestDialogLayout::folderTargetIsSavedAsAFolder()
{
    fero::gui::test::switchLanguage(QStringLiteral("en"));
    for (Format format : {Format::TdesktopTdata, Format::TelethonSqlite}) {
        std::unique_ptr<ExportDialog> dialog(exportTo(format, m_folder.path()));
        const QString toFile = dialog->findChild<QRadioButton *>(QStringLiteral("toFile"))->text();
        const bool folder = traits(format).kind == FormatKind::Folder;
        QCOMPARE(toFile.contains(QStringLiteral("folder")), folder);
        QCOMPARE(toFile.contains(QStringLiteral("file")), !folder);
        // An existing folder is what a folder target replaces, not "a folder; choose a file name".
        QDir(m_folder.path()).mkpath(QStringLiteral("existing"));
        dialog->setDestination(QDir(m_folder.path()).filePath(QStringLiteral("existing")));
        const QString error = dialog->errorMessage();
        QVERIFY2(error.contains(folder ? QStringLiteral("already exists") : QStringLiteral("choose a file name")),
                 qPrintable(error));
    }
}

int main(int argc, char **argv)
{
    fero::gui::test::GuiTestEnvironment environment;
    QApplication app(argc, argv);
    TestDialogLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialoglayout.moc"
