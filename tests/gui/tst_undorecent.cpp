// Edit > Undo and File > Open Recent (issue 13): Remove from Library and a
// peer-cache cleaning are taken back by Ctrl+Z, pasted strings and unsaved
// copies included, with the Edit menu naming the step; a cleaning stops being
// undoable once its copy is saved. Open Recent lists what the user opened,
// newest first, keeps a session removed from the library, greys out a missing
// one, reopens by click, and "Clear Menu" empties it for good.
#include "guitestenv.h"

#include "i18n.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/recentmenu.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace fero::gui;

namespace {

QString vector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

QStringList entryNames(const LibraryModel &library)
{
    QStringList names;
    for (int g = 0; g < library.rowCount(); ++g) {
        const QModelIndex group = library.index(g, 0);
        for (int r = 0; r < library.rowCount(group); ++r) {
            if (const LibraryEntry *e = library.entry(library.index(r, 0, group)))
                names << e->name;
        }
    }
    return names;
}

QStringList menuTexts(RecentMenu *menu)
{
    emit menu->aboutToShow(); // built as it opens
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" [off]"));
    }
    return texts;
}

} // namespace

class TestUndoRecent : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void removeFromLibraryIsUndone();
    void cleaningIsUndoneUntilSaved();
    void openRecentKeepsWhatWasOpened();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QString copyIn(const QString &name);
    void select(const QList<QModelIndex> &rows);

    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUndoRecent::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    fero::installTranslations(QStringLiteral("en")); // English plural forms ("2 Rows")
}

void TestUndoRecent::init()
{
    QSettings().clear(); // an empty recent list for each case
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUndoRecent::cleanup()
{
    m_window.reset();
}

QString TestUndoRecent::copyIn(const QString &name)
{
    const QString path = m_dir->filePath(name);
    return QFile::copy(vector(name), path) ? path : QString();
}

void TestUndoRecent::select(const QList<QModelIndex> &rows)
{
    QItemSelectionModel *selection = m_window->libraryView()->selectionModel();
    selection->clearSelection();
    for (const QModelIndex &row : rows)
        selection->select(m_window->libraryPane()->viewIndex(row),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestUndoRecent::removeFromLibraryIsUndone()
{
    const QString a = copyIn(QStringLiteral("fg065-typical.session"));
    const QString b = copyIn(QStringLiteral("fg052-typical.session"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    m_window->addSources({a, b});
    QString error;
    // A pasted string has no file to bring it back from: only the undo can.
    QFile native(fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.native.txt")));
    QVERIFY2(native.open(QIODevice::ReadOnly), qPrintable(native.fileName()));
    QVERIFY2(m_window->addPastedText(QString::fromLatin1(native.readAll()).trimmed(), &error), qPrintable(error));
    LibraryModel *library = m_window->library();
    const QStringList before = entryNames(*library);
    QCOMPARE(before.size(), 3);
    QAction *undo = action("actionUndo");
    QAction *redo = action("actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    const QModelIndex pasted = library->index(0, 0, library->groupIndex(SourceKind::Pasted));
    const quint64 pastedId = library->entry(pasted)->id;
    select({library->indexOfPath(a), pasted});
    action("actionRemove")->trigger();
    QCOMPARE(entryNames(*library), QStringList{QFileInfo(b).fileName()});
    QVERIFY(!library->groupIndex(SourceKind::Pasted).isValid()); // its group went with it
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Remove 2 Rows from Library"));

    // Ctrl+Z, as a user presses it in the library.
    m_window->libraryView()->setFocus();
    QTest::keyClick(m_window->libraryView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(entryNames(*library), before);
    const QModelIndex back = library->indexOfEntry(pastedId);
    QVERIFY(back.isValid());
    QVERIFY(library->sessionRef(back).isValid()); // decoded, not a path to re-read
    QCOMPARE(library->indexOfPath(a).row(), 0);     // in its place
    QCOMPARE(redo->text(), QStringLiteral("&Redo Remove 2 Rows from Library"));

    redo->trigger();
    QCOMPARE(entryNames(*library), QStringList{QFileInfo(b).fileName()});
    undo->trigger();
    QCOMPARE(entryNames(*library), before);

    // One row: the menu says so in the singular.
    select({library->indexOfPath(b)});
    action("actionRemove")->trigger();
    QCOMPARE(undo->text(), QStringLiteral("&Undo Remove from Library"));
}

void TestUndoRecent::cleaningIsUndoneUntilSaved()
{
    const QString a = copyIn(QStringLiteral("fg065-typical.session"));
    m_window->addSources({a});
    LibraryModel *library = m_window->library();
    const quint64 sourceId = library->entry(library->indexOfPath(a))->id;
    QVERIFY(!m_window->currentSession().decoded->session().minPeers.empty());

    m_window->pluggableAction(MainWindow::ActionId::PruneMinPeers)->trigger();
    const SessionRef copy = m_window->currentSession();
    QCOMPARE(copy.kind, SourceKind::Modified);
    QAction *undo = action("actionUndo");
    const QString prune =
        m_window->pluggableAction(MainWindow::ActionId::PruneMinPeers)->text().remove(QLatin1Char('&'));
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + prune);

    undo->trigger();
    QVERIFY(!library->groupIndex(SourceKind::Modified).isValid());
    QCOMPARE(library->entry(m_window->libraryPane()->currentIndex())->id, sourceId); // back on the original
    QVERIFY(!m_window->currentSession().decoded->session().minPeers.empty());

    action("actionRedo")->trigger();
    QCOMPARE(m_window->currentSession().kind, SourceKind::Modified);
    QVERIFY(m_window->currentSession().decoded->session().minPeers.empty());

    // Saved, the copy leaves the library (what Save Changes does): the
    // cleaning is no longer Undo's, and the menu stops offering it.
    library->remove(m_window->libraryPane()->currentIndex());
    QTRY_VERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestUndoRecent::openRecentKeepsWhatWasOpened()
{
    RecentMenu *recent = m_window->recentMenu();
    QVERIFY(recent);
    QVERIFY(m_window->fileMenu()->actions().contains(recent->menuAction()));
    QCOMPARE(menuTexts(recent), (QStringList{QStringLiteral("No Recent Sessions [off]"),
                                             QStringLiteral("&Clear Menu [off]")}));

    const QString a = copyIn(QStringLiteral("fg065-typical.session"));
    const QString b = copyIn(QStringLiteral("fg052-typical.session"));
    m_window->addSources({a});
    m_window->addSources({b});
    QCOMPARE(recent->paths(), (QStringList{b, a})); // newest first
    QStringList texts = menuTexts(recent);
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts[0].startsWith(QStringLiteral("&1 fg052-typical.session")), qPrintable(texts[0]));
    QVERIFY2(texts[1].startsWith(QStringLiteral("&2 fg065-typical.session")), qPrintable(texts[1]));

    // Removed from the library: still in the menu, and a click brings it back.
    LibraryModel *library = m_window->library();
    select({library->indexOfPath(a)});
    action("actionRemove")->trigger();
    QVERIFY(!library->indexOfPath(a).isValid());
    menuTexts(recent);
    recent->actions().at(1)->trigger();
    QVERIFY(library->indexOfPath(a).isValid());
    QCOMPARE(recent->paths().first(), a); // opened again: on top

    // A file that went away is greyed out, not dropped (it may come back).
    QVERIFY(QFile::remove(b));
    texts = menuTexts(recent);
    QVERIFY2(texts[1].endsWith(QStringLiteral("(missing) [off]")), qPrintable(texts[1]));

    // Remembered across restarts, until cleared.
    RecentMenu again;
    QCOMPARE(again.paths(), (QStringList{a, b}));
    menuTexts(recent);
    recent->findChild<QAction *>(QStringLiteral("recentClear"))->trigger();
    QVERIFY(recent->paths().isEmpty());
    RecentMenu afterClear;
    QVERIFY(afterClear.paths().isEmpty());
}

QTEST_MAIN(TestUndoRecent)
#include "tst_undorecent.moc"
