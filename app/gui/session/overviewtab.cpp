#include "session/overviewtab.h"

#include "inspect/failure.h"

#include "formats/traits.h"
#include "inspect/inspect.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fero::gui {

namespace {

QString count(std::size_t n)
{
    return QLocale().toString(qulonglong(n));
}

QLabel *makeParagraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

// A form whose values take the whole width and wrap in it. Styles choose
// otherwise: Adwaita (like macOS) keeps fields at their size hint, and a
// wrapped label narrower than its hint was then cut mid-sentence ("18 (3
// with an auth").
QFormLayout *makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Page 0: nothing selected.
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setObjectName(QStringLiteral("emptyState"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setText(
        tr("<h3>No session selected</h3>"
           "<p>Pick a session in the library on the left to see what is inside it.</p>"
           "<p>To add one: <b>File ▸ Open Session…</b> (Ctrl+O), <b>File ▸ Open Folder…</b> (Ctrl+Shift+O), "
           "drop files or folders onto this window, or copy a string session and press <b>Ctrl+V</b>.</p>"
           "<p>Feroscope never writes to a session when it opens it.</p>"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();
    m_stack->addWidget(emptyPage);

    // Page 1: the entry could not be read.
    auto *errorPage = new QWidget;
    auto *errorLayout = new QVBoxLayout(errorPage);
    // What it is, in one line, then the best guess; the readings tried come
    // last, one per line, for whoever wants them.
    m_errorText = makeParagraph(errorPage);
    m_errorText->setObjectName(QStringLiteral("errorState"));
    m_errorText->setTextFormat(Qt::PlainText);
    QFont headline = m_errorText->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_errorText->setFont(headline);
    errorLayout->addWidget(m_errorText);
    m_errorGuess = makeParagraph(errorPage);
    m_errorGuess->setObjectName(QStringLiteral("errorGuess"));
    m_errorGuess->setTextFormat(Qt::PlainText);
    errorLayout->addWidget(m_errorGuess);
    m_errorWhere = makeParagraph(errorPage);
    m_errorWhere->setObjectName(QStringLiteral("errorWhere"));
    m_errorWhere->setTextFormat(Qt::PlainText);
    errorLayout->addWidget(m_errorWhere);
    auto *detailsTitle = new QLabel(tr("Details"), errorPage);
    detailsTitle->setObjectName(QStringLiteral("errorDetailsTitle"));
    QFont bold = detailsTitle->font();
    bold.setBold(true);
    detailsTitle->setFont(bold);
    errorLayout->addSpacing(8);
    errorLayout->addWidget(detailsTitle);
    m_errorDetails = new QPlainTextEdit(errorPage);
    m_errorDetails->setObjectName(QStringLiteral("errorDetails"));
    m_errorDetails->setReadOnly(true);
    m_errorDetails->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    errorLayout->addWidget(m_errorDetails, 1);
    m_stack->addWidget(errorPage);

    // Page 2: the facts.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *what = new QGroupBox(tr("Session"), content);
    auto *whatForm = makeForm(what);
    addField(whatForm, QStringLiteral("format"), tr("Format:"));
    addField(whatForm, QStringLiteral("version"), tr("Version:"));
    addField(whatForm, QStringLiteral("opensIn"), tr("Opens in:"));
    addField(whatForm, QStringLiteral("homeDc"), tr("Home DC:"));
    addField(whatForm, QStringLiteral("authKeyId"), tr("Home auth key id:"));
    layout->addWidget(what);

    // What other libraries' formats carry about the account (foreign-formats.md):
    // rows appear only for the values a session holds.
    auto *account = new QGroupBox(tr("Account"), content);
    // A grid, not a QFormLayout: hiding rows of a form layout writes out of
    // bounds in Qt 6.4's layout pass.
    m_accountGrid = new QGridLayout(account);
    m_accountGrid->setColumnStretch(1, 1);
    const std::pair<const char *, QString> accountFields[] = {
        {"account", tr("Account:")},  {"userId", tr("User id:")},     {"accountType", tr("Type:")},
        {"servers", tr("Servers:")},  {"apiId", tr("API id:")},       {"takeoutId", tr("Takeout id:")},
        {"mediaDc", tr("Media DC:")}, {"selfUser", tr("Self user:")},
    };
    for (const auto &[name, caption] : accountFields) {
        const int row = m_accountGrid->rowCount();
        auto *captionLabel = new QLabel(caption, account);
        auto *value = makeParagraph(account);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextFormat(Qt::PlainText);
        captionLabel->setBuddy(value);
        m_accountGrid->addWidget(captionLabel, row, 0, Qt::AlignTop);
        m_accountGrid->addWidget(value, row, 1);
        m_fields << value;
    }
    layout->addWidget(account);

    auto *stats = new QGroupBox(tr("Contents"), content);
    auto *statsForm = makeForm(stats);
    addField(statsForm, QStringLiteral("dcs"), tr("DC entries:"));
    addField(statsForm, QStringLiteral("peers"), tr("Cached peers:"));
    addField(statsForm, QStringLiteral("peerKinds"), tr("By kind:"));
    addField(statsForm, QStringLiteral("minPeers"), tr("Min peers:"));
    addField(statsForm, QStringLiteral("channelPts"), tr("Channel pts:"));
    addField(statsForm, QStringLiteral("token"), tr("Future auth token:"));
    addField(statsForm, QStringLiteral("binarySize"), tr("Size as binary file:"));
    layout->addWidget(stats);

    auto *health = new QGroupBox(tr("Health"), content);
    auto *healthLayout = new QVBoxLayout(health);
    m_warnings = makeParagraph(health);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setTextFormat(Qt::RichText);
    healthLayout->addWidget(m_warnings);
    // The remedy where the problem is read: restrict this session (or the
    // library's selection), or every session of the folder it was found in.
    auto *remedies = new QHBoxLayout;
    m_restrictButton = new QPushButton(tr("Restrict Permissions…"), health);
    m_restrictButton->setObjectName(QStringLiteral("healthRestrict"));
    m_restrictButton->setToolTip(tr("Make the selected sessions readable by you only (mode 0600)"));
    m_restrictFolderButton = new QPushButton(tr("Restrict the Whole Folder…"), health);
    m_restrictFolderButton->setObjectName(QStringLiteral("healthRestrictFolder"));
    m_restrictFolderButton->setToolTip(tr("Make every session found in this folder readable by you only"));
    remedies->addWidget(m_restrictButton);
    remedies->addWidget(m_restrictFolderButton);
    remedies->addStretch();
    healthLayout->addLayout(remedies);
    m_restrictResult = makeParagraph(health);
    m_restrictResult->setObjectName(QStringLiteral("healthRestrictResult"));
    m_restrictResult->setTextFormat(Qt::PlainText);
    healthLayout->addWidget(m_restrictResult);
    connect(m_restrictButton, &QPushButton::clicked, this, [this] { emit restrictRequested(false); });
    connect(m_restrictFolderButton, &QPushButton::clicked, this, [this] { emit restrictRequested(true); });
    layout->addWidget(health);

    auto *file = new QGroupBox(tr("Source"), content);
    auto *fileForm = makeForm(file);
    addField(fileForm, QStringLiteral("path"), tr("Location:"));
    addField(fileForm, QStringLiteral("fileSize"), tr("File size:"));
    addField(fileForm, QStringLiteral("mode"), tr("Permissions:"));
    addField(fileForm, QStringLiteral("modified"), tr("Modified:"));
    layout->addWidget(file);
    layout->addStretch();

    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    // Page 3: a source locked by a local passcode, with the way in.
    m_lockedPage = new QWidget;
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    m_lockedText = makeParagraph(m_lockedPage);
    m_lockedText->setObjectName(QStringLiteral("lockedState"));
    m_lockedText->setTextFormat(Qt::PlainText);
    m_enterPasscode = new QPushButton(tr("Enter Passcode…"), m_lockedPage);
    m_enterPasscode->setObjectName(QStringLiteral("enterPasscodeButton"));
    m_enterPasscode->setToolTip(tr("Type the local passcode to read the accounts (kept in memory only)"));
    connect(m_enterPasscode, &QPushButton::clicked, this, &OverviewTab::enterPasscodeRequested);
    m_unlocking = new QProgressBar(m_lockedPage);
    m_unlocking->setObjectName(QStringLiteral("unlockingProgress"));
    m_unlocking->setRange(0, 0); // busy: the key derivation gives no progress
    m_unlocking->setMaximumWidth(240);
    m_unlocking->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_enterPasscode);
    buttonRow->addWidget(m_unlocking);
    buttonRow->addStretch();
    lockedLayout->addWidget(m_lockedText);
    lockedLayout->addLayout(buttonRow);
    lockedLayout->addStretch();
    m_stack->addWidget(m_lockedPage);
    showEmpty();
}

QLabel *OverviewTab::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = makeParagraph(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    form->addRow(label, value);
    m_fields << value;
    return value;
}

QString OverviewTab::fieldText(const QString &name) const
{
    for (const QLabel *label : m_fields) {
        if (label->objectName() == name)
            return label->text();
    }
    if (name == m_warnings->objectName())
        return m_warnings->text();
    return {};
}

bool OverviewTab::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void OverviewTab::showEmpty()
{
    m_stack->setCurrentIndex(0);
}

void OverviewTab::showError(const LibraryEntry &entry)
{
    const QString where = entry.path.isEmpty() ? entry.name : QDir::toNativeSeparators(entry.path);
    m_errorWhere->setText(where);
    if (entry.state == LibraryEntry::State::Missing) {
        m_errorText->setText(tr("The file is not there any more."));
        m_errorGuess->setText(tr("It was moved, renamed or deleted since it was added. Remove it from the library "
                                 "or put the file back; Feroscope notices when it returns (View ▸ Reload, F5)."));
        m_errorDetails->clear();
        m_errorDetails->hide();
        findChild<QLabel *>(QStringLiteral("errorDetailsTitle"))->hide();
    } else {
        const fero::FailureExplanation why = fero::explainFailure(entry.path, entry.error, entry.recognised);
        m_errorText->setText(why.verdict.isEmpty() ? tr("This entry cannot be read.") : why.verdict);
        m_errorGuess->setText(why.guess);
        m_errorGuess->setVisible(!why.guess.isEmpty());
        m_errorDetails->setPlainText(QStringLiteral("• ") + why.details.join(QStringLiteral("\n• ")));
        m_errorDetails->show();
        findChild<QLabel *>(QStringLiteral("errorDetailsTitle"))->show();
    }
    m_stack->setCurrentIndex(1);
}

void OverviewTab::showLocked(const LibraryEntry &entry)
{
    m_lockedText->setText(
        tr("%1 is protected by a local passcode.\n\nIts accounts, keys and peers are read once you enter it. "
           "Feroscope keeps the passcode in memory only, for as long as the folder is in the library, and never "
           "saves it.")
            .arg(QDir::toNativeSeparators(entry.path)));
    m_stack->setCurrentWidget(m_lockedPage);
}

void OverviewTab::showRestrictResult(const QString &summary)
{
    m_restrictResult->setText(summary);
    m_restrictResult->setVisible(!summary.isEmpty());
}

bool OverviewTab::isShowingLockedState() const
{
    return m_stack->currentWidget() == m_lockedPage;
}

void OverviewTab::setUnlocking(bool unlocking)
{
    m_enterPasscode->setEnabled(!unlocking);
    m_unlocking->setVisible(unlocking);
}

void OverviewTab::showAccount(const fero::DecodedSession &decoded)
{
    const fero::Session &s = decoded.session();
    const fero::AccountInfo &a = s.account;
    auto show = [this](const QString &name, const std::optional<QString> &text) {
        for (QLabel *label : std::as_const(m_fields)) {
            if (label->objectName() == name) {
                label->setText(text.value_or(QString()));
                label->setVisible(text.has_value());
                for (int i = 0; i < m_accountGrid->count(); ++i) {
                    auto *caption = qobject_cast<QLabel *>(m_accountGrid->itemAt(i)->widget());
                    if (caption && caption->buddy() == label)
                        caption->setVisible(text.has_value());
                }
            }
        }
    };
    std::optional<QString> none;
    show(QStringLiteral("userId"),
         a.userId ? std::optional(*a.userId == 0 ? tr("0 (unknown)") : QString::number(*a.userId)) : none);
    show(QStringLiteral("accountType"), a.isBot ? std::optional(*a.isBot ? tr("bot") : tr("user account")) : none);
    show(QStringLiteral("servers"),
         a.testMode ? std::optional(*a.testMode ? tr("test servers") : tr("production servers")) : none);
    show(QStringLiteral("apiId"), a.apiId ? std::optional(QString::number(*a.apiId)) : none);
    show(QStringLiteral("takeoutId"), a.takeoutId ? std::optional(QString::number(*a.takeoutId)) : none);

    // mtcute strings name a media DC and an optional self user; say so either way.
    const bool mediaAndSelf = fero::traits(decoded.format).mediaDcAndSelf;
    std::optional<QString> media;
    // The mtcute reader lists the media DC right after the main one.
    if (mediaAndSelf && s.dcs.size() > 1)
        media = tr("DC %1 (%2)").arg(s.dcs[1].dcId).arg(s.dcs[1].addr);
    if (mediaAndSelf && !media)
        media = tr("none stored (the main DC serves media)");
    show(QStringLiteral("mediaDc"), mediaAndSelf ? media : none);
    std::optional<QString> self;
    if (mediaAndSelf)
        self = a.userId ? tr("stored (user id %1%2)").arg(*a.userId).arg(a.isBot && *a.isBot ? tr(", bot") : QString())
                        : tr("not stored");
    show(QStringLiteral("selfUser"), self);

    const bool anything = a.userId || a.isBot || a.testMode || a.apiId || a.takeoutId || mediaAndSelf;
    show(QStringLiteral("account"), anything ? none : std::optional(tr("not stored in this format")));
}

void OverviewTab::showEntry(const LibraryEntry &entry)
{
    if (entry.state == LibraryEntry::State::Locked) {
        showLocked(entry);
        return;
    }
    if (!entry.decoded || entry.decoded->sessions.empty()) {
        showError(entry);
        return;
    }
    const fero::DecodedSession &decoded = *entry.decoded;
    const fero::Session &s = decoded.session();
    const fero::SessionStats st =
        fero::computeStats(s, decoded.version >= 1 && decoded.version <= 8 ? decoded.version : 8);
    auto set = [this](const QString &name, const QString &text) {
        for (QLabel *label : std::as_const(m_fields)) {
            if (label->objectName() == name)
                label->setText(text);
        }
    };

    set(QStringLiteral("format"), decoded.layout.isEmpty()
                                      ? fero::formatDisplayName(decoded.format)
                                      : tr("%1 (%2)").arg(fero::formatDisplayName(decoded.format), decoded.layout));
    set(QStringLiteral("version"), decoded.version > 0 ? tr("v%1").arg(decoded.version) : tr("—"));
    set(QStringLiteral("opensIn"), fero::releasesThatCanOpen(decoded));
    set(QStringLiteral("homeDc"), tr("DC %1").arg(s.homeDcId));
    const fero::DcEntry *home = fero::homeDcEntry(s);
    set(QStringLiteral("authKeyId"),
        home && home->authKey ? home->authKey->idHex() : tr("none: this session is not logged in on its home DC"));
    showAccount(decoded);

    set(QStringLiteral("dcs"), tr("%1 (%2 with an auth key)").arg(count(st.dcEntries), count(st.authKeys)));
    set(QStringLiteral("peers"), count(s.peers.size()));
    {
        // Only the kinds the cache holds, each with its own plural ("1 user", "3 chats").
        const std::pair<std::size_t, QString (*)(int)> kinds[] = {
            {st.users, [](int n) { return tr("%Ln user(s)", nullptr, n); }},
            {st.chats, [](int n) { return tr("%Ln chat(s)", nullptr, n); }},
            {st.broadcasts, [](int n) { return tr("%Ln broadcast channel(s)", nullptr, n); }},
            {st.megagroups, [](int n) { return tr("%Ln megagroup(s)", nullptr, n); }},
            {st.gigagroups, [](int n) { return tr("%Ln gigagroup(s)", nullptr, n); }},
            {st.channelsNoKind, [](int n) { return tr("%Ln channel(s) without kind", nullptr, n); }},
            {st.minChannels, [](int n) { return tr("%Ln min channel(s)", nullptr, n); }},
            {st.communities, [](int n) { return tr("%Ln communit(y/ies)", nullptr, n); }},
        };
        QStringList parts;
        for (const auto &[n, text] : kinds) {
            if (n > 0)
                parts << text(int(n));
        }
        // Two kinds a line, broken by us: a long wrapped value in this form
        // was given the height of fewer lines than it wraps to (Qt 6.4), and
        // the last kinds were cut off.
        QString text;
        for (qsizetype i = 0; i < parts.size(); ++i)
            text += parts[i] + (i + 1 == parts.size() ? QString() : i % 2 ? QStringLiteral(",\n") : QStringLiteral(", "));
        set(QStringLiteral("peerKinds"), parts.isEmpty() ? tr("none") : text);
    }
    set(QStringLiteral("minPeers"), count(st.minPeers));
    set(QStringLiteral("channelPts"), count(st.channelPts));
    set(QStringLiteral("token"), !s.futureAuthToken             ? tr("absent")
                                 : s.futureAuthToken->isEmpty() ? tr("present, empty")
                                                                : tr("present (hidden; see Raw to reveal)"));
    set(QStringLiteral("binarySize"), QLocale().formattedDataSize(qint64(st.binaryBytes)));

    m_restrictButton->setVisible(entry.othersCanRead);
    m_restrictFolderButton->setVisible(entry.kind == SourceKind::Folder);
    m_restrictResult->clear();
    m_restrictResult->hide();
    QStringList warnings = fero::healthWarnings(decoded);
    warnings += decoded.warnings;
    if (warnings.isEmpty()) {
        m_warnings->setText(tr("No problems found."));
    } else {
        QString html = QStringLiteral("<ul style=\"margin-left:0\">");
        for (const QString &w : std::as_const(warnings))
            html += QStringLiteral("<li>") + w.toHtmlEscaped() + QStringLiteral("</li>");
        m_warnings->setText(html + QStringLiteral("</ul>"));
    }

    switch (entry.kind) {
    case SourceKind::Pasted:
        set(QStringLiteral("path"), tr("a pasted string (kept in memory only, never saved)"));
        break;
    case SourceKind::Demo:
        set(QStringLiteral("path"), tr("the demo session bundled with Feroscope (random keys, not a real account)"));
        break;
    case SourceKind::Modified:
        set(QStringLiteral("path"),
            entry.originalPath.isEmpty()
                ? tr("an unsaved copy")
                : tr("an unsaved copy of %1").arg(QDir::toNativeSeparators(entry.originalPath)));
        break;
    case SourceKind::File:
    case SourceKind::Folder:
    case SourceKind::Database:
        set(QStringLiteral("path"), QDir::toNativeSeparators(entry.path));
        break;
    }
    const bool onDisk = !entry.path.isEmpty();
    set(QStringLiteral("fileSize"), onDisk && entry.size >= 0 ? QLocale().formattedDataSize(entry.size) : tr("—"));
    set(QStringLiteral("mode"), !onDisk ? tr("—")
                                : entry.othersCanRead
                                    ? tr("%1 — other users can read it; use Restrict permissions").arg(entry.mode)
                                    : tr("%1 — only you can read it").arg(entry.mode));
    set(QStringLiteral("modified"),
        onDisk && entry.modified.isValid() ? QLocale().toString(entry.modified.toLocalTime(), QLocale::LongFormat) : tr("—"));
    m_stack->setCurrentIndex(2);
}

} // namespace fero::gui
