// The About box names the version the package and --version have
// (FEROSCOPE_VERSION, the project's version: tst_packagefiles checks the
// package side).
#include "guitestenv.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace fero::gui;

class TestAboutVersion : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiTestEnvironment> m_env;

private slots:
    void initTestCase() { m_env = std::make_unique<test::GuiTestEnvironment>(); }

    void aboutShowsTheVersion()
    {
        MainWindow window;
        window.show();
        QAction *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        // The box is modal: read and close it from the event loop it runs.
        QString text;
        QTimer::singleShot(0, this, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(text.contains(QStringLiteral("Feroscope " FEROSCOPE_VERSION)), qPrintable(text));
    }
};

QTEST_MAIN(TestAboutVersion)
#include "tst_aboutversion.moc"
