// View > Duplicate Keys… driven through the real window: a folder with two
// copies of one ferogram session and two copies of a two-account tdata. The
// dialog shows one group per set of sessions sharing keys; keeping one copy
// of the file moves the other to the trash through the Delete dialog (and out
// of the library); an account of a tdata that holds other accounts too is
// never offered for the trash.
#include "guitestenv.h"
#include "i18n.h"
#include "library/duplicatekeysdialog.h"
#include "library/librarymodel.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace fero::gui;

namespace {

// The group's rows by name, for comparing.
QStringList namesIn(const QTreeWidgetItem *group)
{
    QStringList names;
    for (int i = 0; i < group->childCount(); ++i)
        names << group->child(i)->text(0);
    names.sort();
    return names;
}

} // namespace

class TestDuplicateKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { fero::installTranslations(QStringLiteral("en")); } // "2 sessions share"

    void init()
    {
        m_env = std::make_unique<test::GuiTestEnvironment>();
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("farm"));
        QVERIFY(QDir().mkpath(m_folder));
        const QString typical = fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session"));
        QVERIFY(QFile::copy(typical, m_folder + QStringLiteral("/a.session")));
        QVERIFY(QFile::copy(typical, m_folder + QStringLiteral("/b.session")));
        const QString tdata = fero::test::dataPath(QStringLiteral("vectors/foreign/tdata/tdata_two_accounts"));
        QVERIFY(fero::test::copyFolder(tdata, m_folder + QStringLiteral("/desk1")));
        QVERIFY(fero::test::copyFolder(tdata, m_folder + QStringLiteral("/desk2")));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
        m_window->addFolder(m_folder);
        QVERIFY(!m_window->isScanning() || done.wait(30000));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
        m_env.reset();
    }

    void groupsAndKeepOne()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDuplicateKeys"));
        QVERIFY(action && action->isEnabled() && !action->shortcut().isEmpty());
        action->trigger();
        auto *dialog = m_window->findChild<DuplicateKeysDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTreeWidget *tree = dialog->tree();
        // The file pair, and one group per tdata account (each account's keys
        // are held by its two copies).
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *files = nullptr;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QCOMPARE(tree->topLevelItem(g)->childCount(), 2);
            if (namesIn(tree->topLevelItem(g)) == QStringList{QStringLiteral("a.session"), QStringLiteral("b.session")})
                files = tree->topLevelItem(g);
        }
        QVERIFY(files);
        QVERIFY2(files->text(0).startsWith(QStringLiteral("2 sessions share")), qPrintable(files->text(0)));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("duplicateSummary"))->text().contains(u"3 groups"));

        // A group row selected: nothing to keep yet.
        tree->setCurrentItem(files);
        QVERIFY(!dialog->keepButton()->isEnabled());

        // A tdata account: its copy holds the other account too, so it is not offered.
        QTreeWidgetItem *deskGroup = tree->topLevelItem(files == tree->topLevelItem(0) ? 1 : 0);
        tree->setCurrentItem(deskGroup->child(0));
        const DuplicateKeysDialog::Plan deskPlan = dialog->planFor(dialog->selectedRow());
        QVERIFY(deskPlan.trash.isEmpty());
        QCOMPARE(deskPlan.kept.size(), 1);
        QVERIFY2(deskPlan.kept.front().contains(u"other accounts too"), qPrintable(deskPlan.kept.front()));

        // Keep a.session: b.session goes to the trash, after the Delete dialog.
        QTreeWidgetItem *keep = files->child(0)->text(0) == u"a.session" ? files->child(0) : files->child(1);
        tree->setCurrentItem(keep);
        QVERIFY(dialog->keepButton()->isEnabled());
        const QString b = QDir(m_folder).absoluteFilePath(QStringLiteral("b.session"));
        QCOMPARE(dialog->planFor(dialog->selectedRow()).trash, QStringList{b});
        QStringList confirmed;
        QTimer::singleShot(0, this, [&confirmed] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            confirmed << QString::fromLatin1(modal->metaObject()->className());
            QVERIFY(QMetaObject::invokeMethod(modal, "performDelete"));
        });
        QTest::mouseClick(dialog->keepButton(), Qt::LeftButton);
        QCOMPARE(confirmed, QStringList{QStringLiteral("fero::gui::DeleteDialog")});
        QVERIFY(!QFile::exists(b));
        QVERIFY(QFile::exists(QDir(m_folder).absoluteFilePath(QStringLiteral("a.session"))));
        QVERIFY(!m_window->library()->indexOfPath(b).isValid());
        // Refreshed: only the tdata groups are left.
        QCOMPARE(tree->topLevelItemCount(), 2);
    }

    void nothingShared()
    {
        m_window.reset();
        QVERIFY(QFile::remove(m_folder + QStringLiteral("/b.session")));
        QVERIFY(QDir(m_folder + QStringLiteral("/desk2")).removeRecursively());
        m_window = std::make_unique<MainWindow>();
        QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
        m_window->addFolder(m_folder);
        QVERIFY(!m_window->isScanning() || done.wait(30000));
        DuplicateKeysDialog *dialog = m_window->showDuplicateKeys();
        QCOMPARE(dialog->tree()->topLevelItemCount(), 0);
        QVERIFY(!dialog->keepButton()->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("duplicateSummary"))->text(),
                 QStringLiteral("No two sessions in the library share an auth key."));
    }

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
};

QTEST_MAIN(TestDuplicateKeys)
#include "tst_duplicatekeys.moc"
