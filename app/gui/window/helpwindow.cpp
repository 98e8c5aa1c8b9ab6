#include "window/helpwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fero::gui {

namespace {

// "&Open Session…" -> "Open Session…": the menu's words without the mnemonic.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace

HelpWindow::HelpWindow(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Feroscope Help"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false);

    QString shortcuts;
    for (const QAction *action : actions) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        shortcuts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                         .arg(keys.toHtmlEscaped(), plainText(action).toHtmlEscaped());
    }

    const QString page =
        tr("<h2>Feroscope</h2>"
           "<p>Feroscope shows what is inside a Telegram client session and converts it between libraries and "
           "versions. It never writes to a session when it opens it.</p>"
           "<h3>Open sessions</h3>"
           "<p>Use <b>File ▸ Open Session…</b> for a file or a SQLite database, <b>File ▸ Open Folder…</b> for a "
           "folder of sessions (Telegram Desktop's tdata and GramJS stores are folders too), or paste a string "
           "session with <b>Ctrl+V</b>. You can also drop files and folders onto the window. Everything you open "
           "is listed in the library on the left; icons after a name flag a risk (point at one for details).</p>"
           "<h3>Look inside</h3>"
           "<p>Select a session to see it in the tabs: <b>Overview</b> (format, where it opens, health), "
           "<b>DCs</b> (the data centres and their auth key ids; a key is shown only when you reveal it), "
           "<b>Updates</b> (the update counters), <b>Peers</b> and <b>Min Peers</b> (the peer cache, searchable "
           "and sortable) and <b>Raw JSON</b> (the whole session, keys masked).</p>"
           "<h3>Export and convert</h3>"
           "<p><b>Session ▸ Export / Convert…</b> writes the session as another format or version, to a file, a "
           "database or a string. Before anything is written it lists what the target cannot hold; you export "
           "only after agreeing to lose that. Files are written owner-only (0600) and atomically.</p>"
           "<h3>Secrets</h3>"
           "<p>Whoever holds an auth key holds the account. Keys are hidden until you reveal one, are hidden "
           "again after a minute, and a copied key or string leaves the clipboard after a timeout.</p>"
           "<h3>Command line</h3>"
           "<p><code>feroscope-cli</code> does the same from scripts: run <code>feroscope-cli --help</code> for "
           "its commands.</p>")
        + tr("<h3>Keyboard shortcuts</h3>") + QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(shortcuts);
    m_browser->setHtml(page);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpWindow::html() const
{
    return m_browser->toHtml();
}

} // namespace fero::gui
