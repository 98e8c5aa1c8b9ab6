// File ▸ Restrict Permissions over what the user selected: several files, a
// folder (the sessions it lists), a mix with a file already private and one
// owned by someone else, which cannot be changed and is reported as such.
//
// Run as an unprivileged user: started as root, the test re-runs itself
// under setpriv as uid/gid 65534 (as tests/reliability runs its helpers),
// since root may chmod any file and every check would pass vacuously. The
// root process first makes the "someone else's" file, owned by root.
#include "guitestenv.h"
#include "i18n.h"
#include "library/librarymodel.h"
#include "testsupport.h"
#include "library/librarypane.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fero::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr char ForeignDirVariable[] = "FEROSCOPE_TEST_FOREIGN_DIR";
constexpr char UnprivilegedVariable[] = "FEROSCOPE_TEST_UNPRIVILEGED";

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The sample session, readable by the unprivileged user: the source tree may
// sit in a folder only its owner can enter (a clone in mktemp -d), so root
// copies the sample out before dropping privileges.
constexpr char SampleVariable[] = "FEROSCOPE_RESTRICT_SAMPLE";

bool writeSession(const QString &path, int mode)
{
    const QString sample = qEnvironmentVariableIsSet(SampleVariable)
                               ? qEnvironmentVariable(SampleVariable)
                               : fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session"));
    const QByteArray bytes = fero::test::readFile(sample);
    QFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Answers every message box until stopped: Yes to the question, OK to the
// report; remembers what they said.
class BoxAnswerer {
public:
    explicit BoxAnswerer(QObject *owner)
        : m_poll(new QTimer(owner))
    {
        QObject::connect(m_poll, &QTimer::timeout, m_poll, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            texts << box->text();
            QAbstractButton *yes = box->button(QMessageBox::Yes);
            (yes ? yes : box->button(QMessageBox::Ok))->click();
        });
        m_poll->start(10);
    }
    ~BoxAnswerer() { delete m_poll; }
    BoxAnswerer(const BoxAnswerer &) = delete;
    BoxAnswerer &operator=(const BoxAnswerer &) = delete;
    QStringList texts;

private:
    QTimer *m_poll;
};

} // namespace

class TestRestrictSelection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restrictsEverySelected_data();
    void restrictsEverySelected();
    void healthBoxRestrictsTheFolder();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRestrictSelection::initTestCase()
{
    QVERIFY2(::geteuid() != 0, "still root: the privileges were not dropped");
    m_env = std::make_unique<test::GuiTestEnvironment>();
    fero::installTranslations(QStringLiteral("en")); // English plural forms ("1 session", "2 sessions")
}

void TestRestrictSelection::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    for (const auto &[name, mode] : std::initializer_list<std::pair<const char *, int>>{{"a.session", 0644},
                                                                                        {"b.session", 0640},
                                                                                        {"private.session", 0600},
                                                                                        {"folder/d.session", 0644},
                                                                                        {"folder/e.session", 0604}})
        QVERIFY(writeSession(m_dir->filePath(QString::fromLatin1(name)), mode));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRestrictSelection::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestRestrictSelection::restrictsEverySelected_data()
{
    QTest::addColumn<QStringList>("selected"); // names in the temp dir; "folder" is the folder's row
    QTest::addColumn<QStringList>("restricted");
    QTest::addColumn<QStringList>("untouched"); // stay as they were
    QTest::addColumn<QString>("status");
    QTest::newRow("two files") << QStringList{u"a.session"_s, u"b.session"_s}
                               << QStringList{u"a.session"_s, u"b.session"_s}
                               << QStringList{u"folder/d.session"_s, u"folder/e.session"_s}
                               << QStringLiteral("2 sessions are now readable by you only.");
    QTest::newRow("a folder") << QStringList{u"folder"_s} << QStringList{u"folder/d.session"_s, u"folder/e.session"_s}
                              << QStringList{u"a.session"_s, u"b.session"_s}
                              << QStringLiteral("2 sessions are now readable by you only.");
    QTest::newRow("a file, a private one, a folder")
        << QStringList{u"a.session"_s, u"private.session"_s, u"folder"_s}
        << QStringList{u"a.session"_s, u"folder/d.session"_s, u"folder/e.session"_s} << QStringList{u"b.session"_s}
        << QStringLiteral("3 sessions are now readable by you only. 1 already was.");
    // Needs a file this user does not own: made by the root parent.
    if (!qEnvironmentVariableIsEmpty(ForeignDirVariable))
        QTest::newRow("someone else's file")
            << QStringList{u"a.session"_s, u"@foreign"_s} << QStringList{u"a.session"_s} << QStringList{u"@foreign"_s}
            << QStringLiteral("1 session is now readable by you only. 1 could not be restricted.");
}

void TestRestrictSelection::restrictsEverySelected()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, restricted);
    QFETCH(QStringList, untouched);
    QFETCH(QString, status);
    const QString foreign = qEnvironmentVariable(ForeignDirVariable) + QStringLiteral("/foreign.session");
    auto pathOf = [&](const QString &name) {
        return name == QLatin1String("@foreign") ? foreign : m_dir->filePath(name);
    };
    QHash<QString, int> before;
    for (const QString &name : restricted + untouched)
        before.insert(name, modeOf(pathOf(name)));
    for (const QString &name : restricted)
        QVERIFY2(before.value(name) & 077, qPrintable(name));

    // The files on their own, and the folder scanned.
    QStringList files;
    for (const QString &name : selected) {
        if (name != QLatin1String("folder"))
            files << pathOf(name);
    }
    m_window->addSources(files);
    QSignalSpy scanned(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(m_dir->filePath(QStringLiteral("folder")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isScanning(), 20000);

    QTreeView *view = m_window->libraryView();
    view->selectionModel()->clearSelection();
    bool first = true;
    for (const QString &name : selected) {
        const QModelIndex index = name == QLatin1String("folder")
                                      ? m_window->library()->indexOfFolder(m_dir->filePath(name))
                                      : m_window->library()->indexOfPath(pathOf(name));
        QVERIFY2(index.isValid(), qPrintable(name));
        const QModelIndex row = m_window->libraryPane()->viewIndex(index); // through the library's filter
        if (first)
            view->setCurrentIndex(row);
        view->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        first = false;
    }
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRestrictPermissions"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    BoxAnswerer answer(m_window.get());
    action->trigger();
    QVERIFY(!answer.texts.isEmpty());
    // The question names every file it is about to change.
    for (const QString &name : restricted)
        QVERIFY2(answer.texts.front().contains(QDir::toNativeSeparators(pathOf(name))) || restricted.size() == 1,
                 qPrintable(answer.texts.front()));

    for (const QString &name : restricted)
        QVERIFY2(modeOf(pathOf(name)) == 0600,
                 qPrintable(QStringLiteral("%1: %2").arg(name).arg(modeOf(pathOf(name)), 0, 8)));
    for (const QString &name : untouched)
        QCOMPARE(modeOf(pathOf(name)), before.value(name));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("private.session"))), 0600);
    QCOMPARE(m_window->statusBar()->currentMessage(), status);
    if (selected.contains(u"@foreign"_s)) {
        // The failure is shown with the file it concerns.
        QCOMPARE(answer.texts.size(), 2);
        QVERIFY2(answer.texts.back().contains(QDir::toNativeSeparators(foreign)), qPrintable(answer.texts.back()));
    } else {
        QCOMPARE(answer.texts.size(), 1);
    }
}

// The Health box of a session found in a folder offers the remedy where the
// problem is read: Restrict the Whole Folder changes every session of that
// folder (not the files outside it) and says what it did under the buttons.
void TestRestrictSelection::healthBoxRestrictsTheFolder()
{
    const QString a = m_dir->filePath(QStringLiteral("a.session"));
    m_window->addSources({a});
    m_window->addFolder(m_dir->filePath(QStringLiteral("folder")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isScanning(), 20000);
    const QModelIndex d = m_window->library()->indexOfPath(m_dir->filePath(QStringLiteral("folder/d.session")));
    QVERIFY(d.isValid());
    m_window->selectIndex(d);
    m_window->showTab(0);

    auto *restrictOne = m_window->findChild<QPushButton *>(QStringLiteral("healthRestrict"));
    auto *restrictFolder = m_window->findChild<QPushButton *>(QStringLiteral("healthRestrictFolder"));
    auto *result = m_window->findChild<QLabel *>(QStringLiteral("healthRestrictResult"));
    QVERIFY(restrictOne && restrictFolder && result);
    QTRY_VERIFY(restrictFolder->isVisible());
    QVERIFY(restrictOne->isVisible()); // d is readable by others
    QVERIFY(!result->isVisible());

    BoxAnswerer answer(m_window.get());
    restrictFolder->click();
    QCOMPARE(answer.texts.size(), 1); // one question, naming the folder's files
    QVERIFY2(answer.texts.front().contains(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("folder/e.session")))),
             qPrintable(answer.texts.front()));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("folder/d.session"))), 0600);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("folder/e.session"))), 0600);
    QCOMPARE(modeOf(a), 0644); // outside the folder
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("2 sessions are now readable by you only."));
    // The session is private now: its own Restrict button goes.
    QTRY_VERIFY(!restrictOne->isVisible());
}

int main(int argc, char **argv)
{
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty(UnprivilegedVariable)) {
        // Root makes a session file others can read and this user cannot change.
        QTemporaryDir foreign;
        if (!foreign.isValid() || ::chmod(QFile::encodeName(foreign.path()).constData(), 0755) != 0
            || !writeSession(foreign.filePath(QStringLiteral("foreign.session")), 0644)) {
            std::fprintf(stderr, "could not make the root-owned session file\n");
            return 1;
        }
        QTemporaryDir samples;
        const QString sample = samples.filePath(QStringLiteral("sample.session"));
        if (!samples.isValid() || ::chmod(QFile::encodeName(samples.path()).constData(), 0755) != 0
            || !writeSession(sample, 0644)) {
            std::fprintf(stderr, "could not copy the sample session out of the source tree\n");
            return 1;
        }
        qputenv(SampleVariable, QFile::encodeName(sample));
        qputenv(ForeignDirVariable, QFile::encodeName(foreign.path()));
        qputenv(UnprivilegedVariable, "1");
        std::vector<char *> args{const_cast<char *>("setpriv"), const_cast<char *>("--reuid=65534"),
                                 const_cast<char *>("--regid=65534"), const_cast<char *>("--clear-groups")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        const pid_t child = ::fork();
        if (child == 0) {
            ::execvp("setpriv", args.data());
            std::fprintf(stderr, "could not run setpriv to drop privileges\n");
            ::_exit(127);
        }
        int status = 0;
        if (child < 0 || ::waitpid(child, &status, 0) != child)
            return 1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
    QApplication app(argc, argv);
    TestRestrictSelection test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_restrictselection.moc"
