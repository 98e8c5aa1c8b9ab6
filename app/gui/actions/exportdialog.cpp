#include "actions/exportdialog.h"

#include "actions/clipboardguard.h"
#include "actions/dialogfit.h"
#include "convert/batch.h"
#include "formats/traits.h"
#include "inspect/inspect.h"
#include "widgets/revealtoggle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fero::gui {

ExportDialog::ExportDialog(ExportSource source, const QString &sourcePath, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_sourcePath(sourcePath)
    , m_clipboard(clipboard)
{
    m_sources.push_back(std::move(source));
    buildUi();
}

ExportDialog::ExportDialog(std::vector<ExportSource> sources, QWidget *parent)
    : QDialog(parent)
    , m_batch(true)
    , m_sources(std::move(sources))
{
    buildUi();
}

ExportDialog::~ExportDialog()
{
    // The passcode field's text: taken, then cleared in the field, so ours is
    // the only copy left and the wipe reaches the buffer the field typed into.
    for (QLineEdit *field : {m_passcode, m_repeat}) {
        const QSignalBlocker quiet(field);
        QString passcode = field->text();
        field->setText(QString());
        fero::secureWipe(passcode);
    }
}

void ExportDialog::buildUi()
{
    setWindowTitle(m_batch ? tr("Export Sessions") : tr("Export Session"));
    setObjectName(QStringLiteral("ExportDialog"));
    auto *layout = new QVBoxLayout(this);

    QString heading;
    if (m_batch) {
        // The first few names only: a long list would push the dialog off the screen.
        constexpr int Named = 3;
        QStringList names;
        for (const ExportSource &s : m_sources) {
            if (names.size() == Named)
                break;
            names << s.name;
        }
        const int more = int(m_sources.size()) - int(names.size());
        if (more > 0)
            names << tr("and %n more", nullptr, more);
        heading = tr("Export %n session(s) into one folder: %1", nullptr, int(m_sources.size()))
                      .arg(names.join(QStringLiteral(", ")));
    } else {
        heading = tr("Export %1 to another format or version.").arg(m_sources.front().name);
    }
    auto *intro = new QLabel(heading, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    form->addRow(tr("&Format:"), m_format);

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("version"));
    m_versionLabel = new QLabel(tr("&Version:"), this);
    m_versionLabel->setBuddy(m_version);
    form->addRow(m_versionLabel, m_version);

    m_userId = new QLineEdit(this);
    m_userId->setObjectName(QStringLiteral("userId"));
    m_userId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,19}")), m_userId));
    m_userId->setToolTip(tr("Compact, Pyrogram and mtcute strings, Pyrogram databases and tdata store the "
                            "account's user id. Leave empty to use the one the session carries."));
    if (!m_batch && m_sources.front().session.account.userId)
        m_userId->setText(QString::number(*m_sources.front().session.account.userId));
    m_userIdLabel = new QLabel(tr("&User id:"), this);
    m_userIdLabel->setBuddy(m_userId);
    form->addRow(m_userIdLabel, m_userId);

    // Values only some targets have (ConvertTarget); shown for those targets.
    m_apiId = new QLineEdit(this);
    m_apiId->setObjectName(QStringLiteral("apiId"));
    m_apiId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_apiId));
    m_apiId->setPlaceholderText(tr("from my.telegram.org; or tick the old layout below"));
    m_apiId->setToolTip(tr("Pyrogram's string stores the api_id of the app that logged in. Feroscope never "
                           "invents one."));
    if (!m_batch && m_sources.front().session.account.apiId)
        m_apiId->setText(QString::number(*m_sources.front().session.account.apiId));
    m_apiIdLabel = new QLabel(tr("&API id:"), this);
    m_apiIdLabel->setBuddy(m_apiId);
    form->addRow(m_apiIdLabel, m_apiId);
    // Short, so that it fits a narrow dialog in every language; the rest is the tooltip.
    m_pyrogramOld = new QCheckBox(tr("Use the &old 64-bit layout"), this);
    m_pyrogramOld->setObjectName(QStringLiteral("pyrogramOldLayout"));
    m_pyrogramOld->setToolTip(tr("Pyrogram's old 64-bit string layout needs no api id; Pyrogram 1.x and 2.x read it."));
    form->addRow(QString(), m_pyrogramOld);

    m_testMode = new QComboBox(this);
    m_testMode->setObjectName(QStringLiteral("testMode"));
    m_testMode->addItem(tr("as the session says"), -1);
    m_testMode->addItem(tr("production servers"), 0);
    m_testMode->addItem(tr("test servers"), 1);
    m_testModeLabel = new QLabel(tr("&Servers:"), this);
    m_testModeLabel->setBuddy(m_testMode);
    form->addRow(m_testModeLabel, m_testMode);

    m_passcode = new QLineEdit(this);
    m_passcode->setObjectName(QStringLiteral("passcode"));
    m_passcode->setEchoMode(QLineEdit::Password);
    m_passcode->setPlaceholderText(tr("none: Telegram Desktop opens it without asking"));
    m_passcode->setToolTip(tr("The local passcode the new tdata folder gets."));
    addRevealToggle(m_passcode);
    m_passcodeLabel = new QLabel(tr("Local &passcode:"), this);
    m_passcodeLabel->setBuddy(m_passcode);
    form->addRow(m_passcodeLabel, m_passcode);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passcodeRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setToolTip(tr("The same passcode again, to catch a typo."));
    addRevealToggle(m_repeat);
    m_repeatLabel = new QLabel(tr("Repea&t passcode:"), this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_repeatLabel, m_repeat);

    // A database keys DCs by (id, flags) and peers and min peers by id: two
    // entries with one key cannot both be written. The user decides.
    m_conflicts = new QComboBox(this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->addItem(tr("refuse: I will clean the session first"), int(ConflictPolicy::Refuse));
    m_conflicts->addItem(tr("keep the first of each"), int(ConflictPolicy::KeepFirst));
    m_conflicts->addItem(tr("keep the last of each"), int(ConflictPolicy::KeepLast));
    m_conflicts->setToolTip(tr("The target cannot hold two entries with the same key. The entries not kept are "
                               "listed below as losses."));
    m_conflictsLabel = new QLabel(tr("&Duplicates:"), this);
    m_conflictsLabel->setBuddy(m_conflicts);
    form->addRow(m_conflictsLabel, m_conflicts);

    // Where it goes: rows of the same form, not group boxes, whose titles and
    // frames would cost the height a laptop screen does not have.
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    if (m_batch) {
        form->addRow(tr("Into folder:"), pathRow);
    } else {
        m_toFile = new QRadioButton(tr("Save to a &file:"), this);
        m_toFile->setObjectName(QStringLiteral("toFile"));
        m_toFile->setChecked(true);
        form->addRow(m_toFile, pathRow);
        const int seconds = m_clipboard ? int(m_clipboard->timeout().count() / 1000) : 0;
        m_toClipboard =
            new QRadioButton(seconds > 0 ? tr("Copy to the &clipboard (cleared after %n second(s))", nullptr, seconds)
                                         : tr("Copy to the &clipboard"),
                             this);
        m_toClipboard->setObjectName(QStringLiteral("toClipboard"));
        form->addRow(m_toClipboard);
    }
    m_overwrite = new QCheckBox(m_batch ? tr("&Replace existing files") : tr("&Replace the file if it exists"), this);
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    form->addRow(QString(), m_overwrite);
    layout->addLayout(form);

    // The report's first line says what it is ("The target cannot hold:" or
    // "Nothing is lost"); it scrolls, so a few lines are its minimum.
    m_lossView = new QPlainTextEdit(this);
    m_lossView->setObjectName(QStringLiteral("losses"));
    m_lossView->setReadOnly(true);
    m_lossView->setMinimumHeight(4 * fontMetrics().lineSpacing());
    layout->addWidget(m_lossView, 1);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmLoss"));
    layout->addWidget(m_confirm);

    // The problems can be many lines (one per session in a batch): they
    // scroll in a box of a few lines instead of pushing the buttons away.
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_errorArea = new QScrollArea(this);
    m_errorArea->setObjectName(QStringLiteral("errorArea"));
    m_errorArea->setWidget(m_error);
    m_errorArea->setWidgetResizable(true);
    m_errorArea->setFrameShape(QFrame::NoFrame);
    m_errorArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_errorArea->hide();
    layout->addWidget(m_errorArea);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { exportNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The core's default target format starts selected, for one session and a batch alike.
    fillFormats(ConvertTarget().format);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_userId, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_apiId, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_pyrogramOld, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_testMode, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_passcode, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_conflicts, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_overwrite, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_confirm, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    if (m_toClipboard) {
        connect(m_toClipboard, &QRadioButton::toggled, this, &ExportDialog::refresh);
        connect(m_path, &QLineEdit::textEdited, this, [this] { m_toFile->setChecked(true); });
    }
    onFormatChanged();
    keepWrappedTextWhole(this, 480);
    resize(560, 480);
}

void ExportDialog::fillFormats(Format preferred)
{
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    for (Format format : exportFormats()) {
        m_format->addItem(formatDisplayName(format), int(format));
        if (format == preferred)
            m_format->setCurrentIndex(m_format->count() - 1);
    }
}

void ExportDialog::onFormatChanged()
{
    const Format format = Format(m_format->currentData().toInt());
    {
        const QSignalBlocker blocker(m_version);
        // Keep the version across a change of format; the first time, the preferred one.
        const int previous = m_version->count() > 0 ? m_version->currentData().toInt() : m_preferredVersion;
        m_version->clear();
        for (int v : exportVersions(format)) {
            m_version->addItem(tr("v%1 (opens with %2)").arg(v).arg(releasesThatRead(format, v)), v);
            if (v == previous)
                m_version->setCurrentIndex(m_version->count() - 1);
        }
    }
    updateSuggestedPath();
    refresh();
}

ConvertTarget ExportDialog::choice() const
{
    ConvertTarget c;
    c.format = Format(m_format->currentData().toInt());
    c.version = m_version->count() > 0 ? m_version->currentData().toInt() : LatestBinaryVersion;
    const FormatTraits &format = traits(c.format);
    if (format.takesOption(TargetOption::UserId)) {
        bool ok = false;
        const qint64 id = m_userId->text().trimmed().toLongLong(&ok);
        if (ok)
            c.userId = id;
    }
    if (format.takesOption(TargetOption::ApiId) && !m_pyrogramOld->isChecked()) {
        bool ok = false;
        const qint64 id = m_apiId->text().trimmed().toLongLong(&ok);
        if (ok)
            c.apiId = id;
    }
    c.pyrogramOldLayout = format.takesOption(TargetOption::PyrogramLayout) && m_pyrogramOld->isChecked();
    if (format.takesOption(TargetOption::TestMode) && m_testMode->currentData().toInt() >= 0)
        c.testMode = m_testMode->currentData().toInt() == 1;
    if (format.takesOption(TargetOption::Passcode))
        c.passcode = m_passcode->text();
    c.conflicts = ConflictPolicy(m_conflicts->currentData().toInt());
    return c;
}

void ExportDialog::setPreferredVersion(int version)
{
    m_preferredVersion = version;
    if (const int index = m_version->findData(version); index >= 0)
        m_version->setCurrentIndex(index); // refreshes through currentIndexChanged
}

void ExportDialog::setChoice(const ConvertTarget &choice)
{
    const int formatIndex = m_format->findData(int(choice.format));
    if (formatIndex >= 0)
        m_format->setCurrentIndex(formatIndex);
    const int versionIndex = m_version->findData(choice.version);
    if (versionIndex >= 0)
        m_version->setCurrentIndex(versionIndex);
    m_userId->setText(choice.userId ? QString::number(*choice.userId) : QString());
    m_apiId->setText(choice.apiId ? QString::number(*choice.apiId) : QString());
    m_pyrogramOld->setChecked(choice.pyrogramOldLayout);
    m_testMode->setCurrentIndex(m_testMode->findData(choice.testMode ? int(*choice.testMode) : -1));
    m_passcode->setText(choice.passcode);
    m_repeat->setText(choice.passcode); // a choice made before (Export again) was checked then
    refresh();
}

void ExportDialog::setDestination(const QString &fileOrFolder)
{
    m_pathEdited = true;
    if (m_toFile)
        m_toFile->setChecked(true);
    m_path->setText(fileOrFolder);
}

void ExportDialog::setCopyToClipboard(bool copy)
{
    if (!m_toClipboard)
        return;
    (copy ? m_toClipboard : m_toFile)->setChecked(true);
    refresh();
}

void ExportDialog::setOverwrite(bool overwrite)
{
    m_overwrite->setChecked(overwrite);
}

void ExportDialog::setLossConfirmed(bool confirmed)
{
    m_confirm->setChecked(confirmed);
}

bool ExportDialog::confirmationRequired() const
{
    return !m_losses.isEmpty();
}

QString ExportDialog::errorMessage() const
{
    return m_errorArea->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ExportDialog::updateSuggestedPath()
{
    if (m_pathEdited)
        return;
    const QSignalBlocker blocker(m_path);
    if (m_batch) {
        if (m_path->text().isEmpty())
            m_path->setText(QDir::homePath());
        return;
    }
    const Format format = Format(m_format->currentData().toInt());
    const QFileInfo source(m_sourcePath);
    const QString folder = m_sourcePath.isEmpty() ? QDir::homePath() : source.absolutePath();
    QString base = sessionBaseName(m_sourcePath.isEmpty() ? m_sources.front().name : source.fileName());
    if (base.isEmpty())
        base = QStringLiteral("session");
    QString candidate = QDir(folder).filePath(base + targetExtension(format));
    if (QFileInfo(candidate) == source) // never suggest writing over the source itself
        candidate = QDir(folder).filePath(base + tr("-converted") + targetExtension(format));
    m_path->setText(candidate);
}

void ExportDialog::refresh()
{
    const ConvertTarget c = choice();
    const FormatTraits &format = traits(c.format);
    const bool isString = format.isString();
    const bool takesUserId = format.takesOption(TargetOption::UserId);
    const bool takesApiId = format.takesOption(TargetOption::ApiId);
    m_version->setVisible(m_version->count() > 0);
    m_versionLabel->setVisible(m_version->count() > 0);
    m_userId->setVisible(takesUserId);
    // One rule, said once: a target that cannot do without the user id
    // (tdata) never promises to write 0; the core's refusal says why.
    if (m_batch)
        m_userId->setPlaceholderText(tr("each session's own user id"));
    else if (format.needsValue(TargetOption::UserId))
        m_userId->setPlaceholderText(tr("required: this format cannot do without it"));
    else
        m_userId->setPlaceholderText(tr("unknown: it will be written as 0"));
    m_userIdLabel->setVisible(takesUserId);
    m_apiId->setVisible(takesApiId);
    m_apiIdLabel->setVisible(takesApiId);
    m_apiId->setEnabled(!m_pyrogramOld->isChecked());
    m_pyrogramOld->setVisible(format.takesOption(TargetOption::PyrogramLayout));
    m_testMode->setVisible(format.takesOption(TargetOption::TestMode));
    m_testModeLabel->setVisible(format.takesOption(TargetOption::TestMode));
    m_passcode->setVisible(format.takesOption(TargetOption::Passcode));
    m_passcodeLabel->setVisible(format.takesOption(TargetOption::Passcode));
    // Only once there is a passcode to repeat: no passcode needs no second field.
    const bool repeatShown = format.takesOption(TargetOption::Passcode) && !m_passcode->text().isEmpty();
    m_repeat->setVisible(repeatShown);
    m_repeatLabel->setVisible(repeatShown);
    if (m_toClipboard) {
        m_toClipboard->setEnabled(isString && m_clipboard);
        if (!m_toClipboard->isEnabled() && m_toClipboard->isChecked())
            m_toFile->setChecked(true);
    }
    // A folder target (tdata) is written as a new folder, not a file.
    const bool folderTarget = format.kind == FormatKind::Folder;
    if (m_toFile)
        m_toFile->setText(folderTarget ? tr("Save as a &folder:") : tr("Save to a &file:"));
    if (!m_batch)
        m_overwrite->setText(folderTarget ? tr("&Replace the folder if it exists")
                                          : tr("&Replace the file if it exists"));
    const bool toClipboard = m_toClipboard && m_toClipboard->isChecked();
    m_path->setEnabled(!toClipboard);
    m_browse->setEnabled(!toClipboard);
    m_overwrite->setEnabled(!toClipboard);

    QStringList problems;
    QStringList losses;
    if (takesUserId && !m_userId->text().trimmed().isEmpty() && !c.userId)
        problems << tr("The user id must be a whole number.");
    if (takesApiId && !m_pyrogramOld->isChecked() && !m_apiId->text().trimmed().isEmpty() && !c.apiId)
        problems << tr("The api id must be a whole number.");
    if (repeatShown && m_repeat->text() != m_passcode->text())
        problems << (m_repeat->text().isEmpty() ? tr("Type the passcode again in \"Repeat passcode\".")
                                                : tr("The two passcodes differ: type them again."));
    if (m_batch) {
        bool hasConflicts = false;
        for (const ExportSource &source : m_sources)
            hasConflicts = hasConflicts || !targetConflicts(source.session, targetFor(c, source.session)).isEmpty();
        m_conflicts->setVisible(hasConflicts);
        m_conflictsLabel->setVisible(hasConflicts);
        const BatchPlan plan = planBatch(m_sources, c, m_path->text().trimmed(), m_overwrite->isChecked());
        problems << plan.problems;
        losses = plan.combinedLosses;
    } else {
        const Session &session = m_sources.front().session;
        const ConvertTarget target = targetFor(c, session);
        const bool hasConflicts = !targetConflicts(session, target).isEmpty();
        m_conflicts->setVisible(hasConflicts);
        m_conflictsLabel->setVisible(hasConflicts);
        const ExportCheck check = checkExport(session, target);
        if (check.problem)
            problems << problemText(*check.problem);
        losses = check.losses.losses;
        if (!toClipboard) {
            const QString path = m_path->text().trimmed();
            const QFileInfo info(path);
            if (path.isEmpty())
                problems << tr("Choose where to write the session.");
            else if (!folderTarget && info.isDir())
                problems << tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path));
            else if (folderTarget && info.exists() && !info.isDir())
                problems << tr("%1 is a file; choose a folder name.").arg(QDir::toNativeSeparators(path));
            else if (info.exists() && !m_overwrite->isChecked())
                problems << (folderTarget ? tr("%1 already exists. Tick \"Replace the folder if it exists\" or choose "
                                               "another name.")
                                          : tr("%1 already exists. Tick \"Replace the file if it exists\" or choose "
                                               "another name."))
                                .arg(QDir::toNativeSeparators(path));
        }
    }

    // A confirmation given for one target and its losses does not carry over
    // to another target, even one whose sentences read the same.
    const QString lossKey = QStringLiteral("%1/%2/%3/%4/%5/%6/%7\n")
                                .arg(int(c.format))
                                .arg(c.version)
                                .arg(c.userId.value_or(0))
                                .arg(c.apiId.value_or(0))
                                .arg(c.testMode ? int(*c.testMode) : -1)
                                .arg(int(c.pyrogramOldLayout))
                                .arg(int(c.conflicts))
                            + losses.join(u'\n');
    if (lossKey != m_lossKey) {
        const QSignalBlocker blocker(m_confirm);
        m_confirm->setChecked(false);
    }
    m_lossKey = lossKey;
    m_losses = losses;
    m_problems = problems;

    QStringList text;
    if (m_losses.isEmpty()) {
        text << tr("Nothing is lost: the target keeps everything the session holds.");
    } else {
        text << tr("The target cannot hold:");
        for (const QString &loss : std::as_const(m_losses))
            text << QStringLiteral("• ") + loss;
    }
    m_lossView->setPlainText(text.join(u'\n'));
    m_confirm->setVisible(!m_losses.isEmpty());
    // Short: a check box does not wrap, and a long one would set the dialog's width.
    m_confirm->setText(tr("Yes, &lose the %n item(s) listed above", nullptr, int(m_losses.size())));

    if (m_problems.isEmpty()) {
        m_error->clear();
        m_errorArea->hide();
    } else {
        m_error->setText(m_problems.join(u'\n'));
        fitErrorArea();
        m_errorArea->show();
    }
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(toClipboard ? tr("&Copy") : tr("&Export"));
    ok->setEnabled(canExport());
}

bool ExportDialog::canExport() const
{
    return m_problems.isEmpty() && (m_losses.isEmpty() || m_confirm->isChecked());
}

void ExportDialog::browse()
{
    if (m_batch) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), m_path->text());
        if (!folder.isEmpty())
            setDestination(folder);
        return;
    }
    const Format format = Format(m_format->currentData().toInt());
    if (traits(format).kind == FormatKind::Folder) {
        // The target folder is created: choose where, and keep the name typed.
        const QFileInfo current(m_path->text().trimmed());
        const QString parent = QFileDialog::getExistingDirectory(
            this, tr("Choose Where to Create the %1").arg(formatDisplayName(format)), current.absolutePath());
        if (!parent.isEmpty())
            setDestination(
                QDir(parent).filePath(current.fileName().isEmpty() ? QStringLiteral("tdata") : current.fileName()));
        return;
    }
    const QString extension = targetExtension(format);
    const QString filter = extension.isEmpty()
                               ? tr("All files (*)")
                               : tr("%1 (*%2);;All files (*)").arg(formatDisplayName(format), extension);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Session"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    setDestination(path);
    // The file dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path))
        m_overwrite->setChecked(true);
}

void ExportDialog::fitErrorArea()
{
    // As tall as the text needs at the dialog's width, from one line up to
    // six; more scrolls. (A scroll area's own size hint ignores word wrap.)
    const int line = fontMetrics().lineSpacing();
    const int frame = 2 * m_errorArea->frameWidth();
    const int width = qMax(200, (isVisible() ? m_errorArea->width() : this->width() - 24) - frame);
    m_errorArea->setFixedHeight(qBound(line + 10, m_error->heightForWidth(width), 6 * line + 10) + frame);
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    fitErrorArea();
    m_errorArea->show();
}

bool ExportDialog::exportNow()
{
    refresh();
    if (!canExport()) {
        showError(!m_problems.isEmpty() ? m_problems.join(u'\n')
                                        : tr("Tick the confirmation: this export loses data."));
        return false;
    }
    m_written.clear();
    const bool ok = m_batch ? exportBatch() : exportSingle();
    if (ok) {
        emit exported(m_resultMessage);
        accept();
    }
    return ok;
}

bool ExportDialog::exportSingle()
{
    const Session &session = m_sources.front().session;
    const ConvertTarget c = choice();
    const ConvertTarget target = targetFor(c, session);
    if (m_toClipboard && m_toClipboard->isChecked()) {
        Result<QString> text = exportToText(session, target);
        if (!text) {
            showError(problemText(text.error()));
            return false;
        }
        m_clipboard->copySecret(text.value());
        text.value().fill(QChar(u'\0')); // do not leave the string session behind in this heap block
        const int seconds = int(m_clipboard->timeout().count() / 1000);
        m_resultMessage = seconds > 0
                              ? tr("Copied the %1 to the clipboard; it is cleared in %n second(s).", nullptr, seconds)
                                    .arg(formatDisplayName(c.format))
                              : tr("Copied the %1 to the clipboard.").arg(formatDisplayName(c.format));
        return true;
    }
    const QString path = m_path->text().trimmed();
    if (Status ok = exportToFile(session, target, path, m_overwrite->isChecked()); !ok) {
        showError(problemText(ok.error()));
        return false;
    }
    m_written << QFileInfo(path).absoluteFilePath();
    m_resultMessage = tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(path), formatDisplayName(c.format));
    return true;
}

bool ExportDialog::exportBatch()
{
    const ConvertTarget c = choice();
    const BatchPlan plan = planBatch(m_sources, c, m_path->text().trimmed(), m_overwrite->isChecked());
    const BatchOutcome outcome = runBatch(m_sources, plan, c, m_overwrite->isChecked());
    for (const QString &written : outcome.written)
        m_written << QFileInfo(written).absoluteFilePath();
    m_resultMessage = tr("Wrote %n session(s) into %1.", nullptr, int(outcome.written.size()))
                          .arg(QDir::toNativeSeparators(plan.folder));
    if (!outcome.failures.isEmpty()) {
        showError(tr("Some sessions were not written:") + u'\n' + outcome.failures.join(u'\n'));
        if (!outcome.written.isEmpty())
            emit exported(m_resultMessage);
        return false;
    }
    return true;
}

} // namespace fero::gui
