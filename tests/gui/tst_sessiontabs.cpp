// The session tabs as a user meets them: Bot-API ids in the Peers search, a
// search that does not follow the user to the next session, a revealed key
// shown whole (and hidden again), and Overview values that are never cut.
// Style and font are pinned (Fusion, DejaVu Sans) where layout is measured.
#include "guitestenv.h"
#include "library/librarymodel.h"
#include "model/markedid.h"
#include "session/dcstab.h"
#include "session/overviewtab.h"
#include "session/peerfilterproxy.h"
#include "session/peerstab.h"
#include "session/peertablemodel.h"
#include "session/sessionview.h"
#include "testsupport.h"
#include "widgets/secrettextedit.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace fero::gui;
using namespace Qt::StringLiterals;

namespace {

QString vector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

fero::CachedPeer peer(std::int64_t id, std::int64_t hash, bool chat, bool channel)
{
    fero::CachedPeer p;
    p.id = id;
    p.accessHash = hash;
    p.isChat = chat;
    p.isChannel = channel;
    if (channel)
        p.channelKind = fero::ChannelKind::Megagroup;
    return p;
}

// A user, a basic chat and a channel whose bare ids all contain "123"; the
// access hashes hold none of the digits searched for.
std::shared_ptr<fero::Session> idSession()
{
    auto s = std::make_shared<fero::Session>();
    s->peers = {peer(123456, 777, false, false), peer(123, 888, true, false), peer(1234567890, 999, false, true),
                peer(5, 555, false, false)};
    return s;
}

QStringList shownIds(const PeerFilterProxy &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, PeerTableModel::Id).data(PeerTableModel::IdRole).toString();
    return ids;
}

// Fusion with the form policy of Adwaita (and macOS): fields stay at their
// size hint. Overview values were cut mid-sentence under it.
class SizeHintFormStyle final : public QProxyStyle {
public:
    SizeHintFormStyle()
        : QProxyStyle(QStringLiteral("Fusion"))
    {
    }
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *data) const override
    {
        if (hint == SH_FormLayoutFieldGrowthPolicy)
            return QFormLayout::FieldsStayAtSizeHint;
        return QProxyStyle::styleHint(hint, option, widget, data);
    }
};

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestSessionTabs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void peerSearchMatchesMarkedIds_data();
    void peerSearchMatchesMarkedIds();
    void peerSearchClearedForAnotherSession();
    void revealedKeyShownWholeThenHidden();
    void overviewValuesNeverCut_data();
    void overviewValuesNeverCut();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestSessionTabs::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    // Layout is measured: the same style and font on every machine.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QVERIFY2(QFontInfo(QApplication::font()).family() == QStringLiteral("DejaVu Sans"),
             "fonts-dejavu-core is needed for the layout checks");
}

void TestSessionTabs::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSessionTabs::cleanup()
{
    m_window.reset();
}

void TestSessionTabs::peerSearchMatchesMarkedIds_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("ids"); // the bare ids shown, in the file's order
    QTest::newRow("channel, whole Bot-API id") << QStringLiteral("-1001234567890") << QStringList{u"1234567890"_s};
    QTest::newRow("channel, Bot-API prefix") << QStringLiteral("-100123") << QStringList{u"1234567890"_s};
    QTest::newRow("channel, -100 alone") << QStringLiteral("-100") << QStringList{u"1234567890"_s};
    QTest::newRow("basic chat, Bot-API id") << QStringLiteral("-123") << QStringList{u"123"_s};
    QTest::newRow("a user has no negative id") << QStringLiteral("-123456") << QStringList{};
    QTest::newRow("plain digits match bare ids")
        << QStringLiteral("123") << QStringList{u"123456"_s, u"123"_s, u"1234567890"_s};
    QTest::newRow("plain user id") << QStringLiteral("123456") << QStringList{u"123456"_s, u"1234567890"_s};
    QTest::newRow("access hash") << QStringLiteral("555") << QStringList{u"5"_s};
    QTest::newRow("spaces around") << QStringLiteral(" -123 ") << QStringList{u"123"_s};
}

void TestSessionTabs::peerSearchMatchesMarkedIds()
{
    QFETCH(QString, needle);
    QFETCH(QStringList, ids);
    const auto session = idSession();
    // The fixture's marked ids are what the Bot API writes.
    QCOMPARE(fero::markedPeerId(session->peers[2]), Q_INT64_C(-1001234567890));
    QCOMPARE(fero::markedPeerId(session->peers[1]), Q_INT64_C(-123));
    PeerTableModel model;
    PeerFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setSession(session);
    QCOMPARE(proxy.rowCount(), int(session->peers.size()));
    proxy.setSearchText(needle);
    QCOMPARE(shownIds(proxy), ids);
    // The Id column still shows the bare id (what the file stores).
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(!proxy.index(row, PeerTableModel::Id).data().toString().startsWith(QLatin1String("-100")));
}

void TestSessionTabs::peerSearchClearedForAnotherSession()
{
    const QString first = vector(QStringLiteral("fg065-typical.session"));
    const QString second = vector(QStringLiteral("fg052-typical.session"));
    m_window->openInitial({first, second});
    const QModelIndex firstRow = m_window->library()->indexOfPath(QFileInfo(first).absoluteFilePath());
    const QModelIndex secondRow = m_window->library()->indexOfPath(QFileInfo(second).absoluteFilePath());
    QVERIFY(firstRow.isValid() && secondRow.isValid());
    m_window->selectIndex(firstRow);
    m_window->sessionView()->setCurrentIndex(SessionView::PeersPage);
    PeersTab *peers = m_window->sessionView()->peers();
    const int firstTotal = peers->model()->rowCount();
    QVERIFY(firstTotal > 0);

    // A search that matches nothing in the second session.
    const QString needle = QStringLiteral("999999999999999");
    QTest::keyClicks(peers->searchBox(), needle);
    QCOMPARE(peers->proxy()->rowCount(), 0);

    m_window->selectIndex(secondRow);
    const int secondTotal = peers->model()->rowCount();
    QVERIFY(secondTotal > 0);
    QCOMPARE(peers->searchBox()->text(), QString());
    QCOMPARE(peers->proxy()->searchText(), QString());
    QCOMPARE(peers->proxy()->rowCount(), secondTotal);
    QCOMPARE(peers->countText(),
             PeersTab::tr("%1 of %2 shown").arg(QLocale().toString(secondTotal), QLocale().toString(secondTotal)));

    // The same session shown again (a reload) keeps what the user typed.
    QTest::keyClicks(peers->searchBox(), QStringLiteral("1"));
    m_window->refreshPath(second);
    QCOMPARE(peers->searchBox()->text(), QStringLiteral("1"));
}

void TestSessionTabs::revealedKeyShownWholeThenHidden()
{
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    const fero::Session &session = m_window->currentSession().decoded->session();
    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::DcsPage);
    DcsTab *dcs = view->dcs();
    const int home = dcs->model()->homeRow();
    QVERIFY(home >= 0 && session.dcs[std::size_t(home)].authKey);
    const QString hex = QString::fromLatin1(session.dcs[std::size_t(home)].authKey->toHex());
    QCOMPARE(hex.size(), 512);
    dcs->setRevealTimeout(std::chrono::milliseconds(1500));
    dcs->view()->setCurrentIndex(dcs->model()->index(home, DcTableModel::DcId));

    // Hidden: the toggle offers to reveal, unchecked; the cell's tooltip names it.
    QAction *toggle = dcs->revealAction();
    QVERIFY(!toggle->isCheckable());
    QCOMPARE(plain(toggle->text()), DcsTab::tr("Reveal Key"));
    const QModelIndex keyCell = dcs->model()->index(home, DcTableModel::Key);
    QVERIFY2(keyCell.data(Qt::ToolTipRole).toString().contains(plain(toggle->text())),
             qPrintable(keyCell.data(Qt::ToolTipRole).toString()));
    QVERIFY(!dcs->keyField()->isVisible());

    toggle->trigger();
    QVERIFY(!toggle->isChecked());
    QCOMPARE(plain(toggle->text()), DcsTab::tr("Hide Key"));
    QVERIFY2(keyCell.data(Qt::ToolTipRole).toString().contains(plain(toggle->text())),
             qPrintable(keyCell.data(Qt::ToolTipRole).toString()));
    // The narrow cell never carries the key; the field under the table does.
    QVERIFY(!keyCell.data().toString().contains(hex.left(8)));
    SecretTextEdit *field = dcs->keyField();
    QVERIFY(field->isVisible());
    QCOMPARE(field->toPlainText(), hex);
    QVERIFY(field->isReadOnly());
    QVERIFY(field->isSecret());
    QVERIFY(QFontInfo(field->font()).fixedPitch());
    QVERIFY(field->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(field->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    field->selectAll();
    QCOMPARE(field->textCursor().selectedText(), hex);
    // Wrapped, and tall enough to show every line at once: no scrolling either way.
    QCoreApplication::processEvents();
    QVERIFY2(field->document()->lineCount() > 1, "a 512-digit key in a 1024-pixel window must wrap");
    QCOMPARE(field->horizontalScrollBar()->maximum(), 0);
    QTRY_COMPARE(field->verticalScrollBar()->maximum(), 0); // fitted after the layout settles
    // ...and no taller than that: the table keeps the room.
    const int lineSpacing = QFontMetrics(field->font()).lineSpacing();
    QVERIFY2(field->height() <= (field->document()->lineCount() + 1) * lineSpacing
                                    + 2 * int(field->document()->documentMargin()) + 2 * field->frameWidth(),
             qPrintable(QStringLiteral("%1 px for %2 lines").arg(field->height()).arg(field->document()->lineCount())));
    // A wider window: fewer lines, and the field shrinks with them.
    const int linesBefore = field->document()->lineCount();
    m_window->resize(1400, 700);
    QTRY_VERIFY(field->document()->lineCount() < linesBefore);
    QTRY_VERIFY(field->height() <= (field->document()->lineCount() + 1) * lineSpacing
                                       + 2 * int(field->document()->documentMargin()) + 2 * field->frameWidth());
    QCOMPARE(field->verticalScrollBar()->maximum(), 0);
    QVERIFY(field->width() <= dcs->width());
    // The countdown says how long is left.
    QVERIFY(dcs->keyCountdown()->isVisible());
    QVERIFY2(dcs->keyCountdown()->text().contains(QLatin1Char('1'))
                 || dcs->keyCountdown()->text().contains(QLatin1Char('2')),
             qPrintable(dcs->keyCountdown()->text()));

    // The timer hides it again, everywhere.
    QTRY_VERIFY_WITH_TIMEOUT(!field->isVisible(), 5000);
    QVERIFY(!dcs->model()->isRevealed(home));
    QCOMPARE(keyCell.data().toString(), DcTableModel::MaskedKey.toString());
    QCOMPARE(field->toPlainText(), QString());
    QCOMPARE(plain(toggle->text()), DcsTab::tr("Reveal Key"));

    // Hide Key hides it at once, before the timer.
    dcs->setRevealTimeout(std::chrono::seconds(60));
    toggle->trigger();
    QVERIFY(field->isVisible());
    QVERIFY(dcs->keyCountdown()->text().contains(QStringLiteral("60")));
    toggle->trigger();
    QVERIFY(!field->isVisible());
    QCOMPARE(plain(toggle->text()), DcsTab::tr("Reveal Key"));
}

void TestSessionTabs::overviewValuesNeverCut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sizeHintForms"); // Adwaita's form policy on Fusion
    for (const bool forms : {false, true}) {
        const char *style = forms ? ", fields at size hint" : ", Fusion";
        QTest::addRow("binary v8%s", style) << QStringLiteral("fg065-typical.session") << forms;
        QTest::addRow("legacy v1, warnings%s", style) << QStringLiteral("hand-v1-home2.session") << forms;
        QTest::addRow("overflowed address%s", style) << QStringLiteral("fg065-overflow-addr300.session") << forms;
    }
}

void TestSessionTabs::overviewValuesNeverCut()
{
    QFETCH(QString, file);
    QFETCH(bool, sizeHintForms);
    // The window is made again under the style: layouts read its hints when built.
    m_window.reset();
    if (sizeHintForms)
        QApplication::setStyle(new SizeHintFormStyle);
    const auto restoreStyle = qScopeGuard([] { QApplication::setStyle(QStringLiteral("Fusion")); });
    init();
    m_window->openInitial({vector(file)});
    OverviewTab *overview = m_window->sessionView()->overview();
    m_window->sessionView()->setCurrentIndex(SessionView::OverviewPage);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    // The session view as wide as at the default split, then narrower: values
    // must wrap (or elide with the whole text in a tooltip), never be clipped.
    for (const int library : {450, 600}) {
        splitter->setSizes({library, splitter->width() - library});
        QTest::qWait(20);
        QCoreApplication::processEvents();
        const int width = m_window->sessionView()->width();
        const QList<QLabel *> labels = overview->findChildren<QLabel *>();
        int checked = 0;
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty() || label->objectName().isEmpty()
                || label->textFormat() != Qt::PlainText)
                continue;
            ++checked;
            const QString where = QStringLiteral("%1 at %2 px: \"%3\" in %4x%5")
                                      .arg(label->objectName())
                                      .arg(width)
                                      .arg(label->text())
                                      .arg(label->width())
                                      .arg(label->height());
            const QRect room = label->contentsRect();
            // What QLabel itself does: word wrap breaks at spaces only, so an
            // unbroken run (a path, a key id) wider than the label is clipped.
            const QRect needed = label->fontMetrics().boundingRect(
                room, int(label->alignment()) | (label->wordWrap() ? int(Qt::TextWordWrap) : 0), label->text());
            const bool fits = needed.width() <= room.width() && needed.height() <= room.height();
            const bool elidedWithTip = label->toolTip().contains(label->text().remove(QChar(0x2026)).left(8));
            QVERIFY2(fits || elidedWithTip, qPrintable(where));
            // Inside its parent: not pushed out of the group box.
            QVERIFY2(label->parentWidget()->contentsRect().contains(label->geometry()), qPrintable(where));
        }
        QVERIFY(checked >= 10);
    }
}

QTEST_MAIN(TestSessionTabs)
#include "tst_sessiontabs.moc"
