#include "actions/deletedialog.h"

#include "actions/dialogfit.h"
#include "storage/folderstorage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fero::gui {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool inUse(const QString &path)
{
    for (const QString &companion : fero::companionFiles(path)) {
        if (companion.endsWith(QLatin1String("-wal")) || companion.endsWith(QLatin1String("-journal")))
            return true;
    }
    return false;
}

// "~/tdata/ (the folder and the 12 files in it)": a folder goes as a whole.
QString folderLine(const QString &path)
{
    int files = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    return DeleteDialog::tr("%1 (the folder and the %n file(s) in it)", nullptr, files)
        .arg(shown(path) + QDir::separator());
}

} // namespace

DeleteDialog::DeleteDialog(std::vector<DeleteTarget> targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
{
    setObjectName(QStringLiteral("DeleteDialog"));
    setWindowTitle(m_targets.size() == 1 ? tr("Delete Session") : tr("Delete Sessions"));
    for (const DeleteTarget &t : m_targets) {
        if (!fero::isSessionFolder(t.path))
            m_related << fero::relatedFiles(t.path);
    }

    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_inUse = new QLabel(this);
    m_inUse->setObjectName(QStringLiteral("inUse"));
    m_inUse->setWordWrap(true);
    m_inUse->setText(inUseWarning());
    m_inUse->setVisible(!m_inUse->text().isEmpty());
    layout->addWidget(m_inUse);
    m_list = new QPlainTextEdit(this);
    m_list->setObjectName(QStringLiteral("files"));
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_list, 1);

    m_trash = new QRadioButton(tr("Move to the &trash (can be restored)"), this);
    m_trash->setObjectName(QStringLiteral("trash"));
    m_trash->setChecked(true);
    m_permanent = new QRadioButton(tr("Delete &permanently"), this);
    m_permanent->setObjectName(QStringLiteral("permanent"));
    m_rowsOnly = new QRadioButton(tr("Clear the session &rows only (the database file stays, as ferogram's own "
                                     "delete does)"),
                                  this);
    m_rowsOnly->setObjectName(QStringLiteral("rowsOnly"));
    m_rowsOnly->setVisible(rowsOnlyAvailable());
    layout->addWidget(m_trash);
    layout->addWidget(m_permanent);
    layout->addWidget(m_rowsOnly);

    m_includeRelated = new QCheckBox(tr("Also remove the leftover files listed (backups, temporary files)"), this);
    m_includeRelated->setObjectName(QStringLiteral("includeRelated"));
    m_includeRelated->setVisible(!m_related.isEmpty());
    layout->addWidget(m_includeRelated);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Enter must not delete: the safe button has the focus.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { performDelete(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_trash), static_cast<QAbstractButton *>(m_permanent),
          static_cast<QAbstractButton *>(m_rowsOnly), static_cast<QAbstractButton *>(m_includeRelated)})
        connect(b, &QAbstractButton::toggled, this, &DeleteDialog::refresh);
    refresh();
    keepWrappedTextWhole(this, 420);
    resize(560, 360);
}

DeleteDialog::~DeleteDialog() = default;

QString DeleteDialog::inUseWarning() const
{
    QStringList names;
    for (const DeleteTarget &t : m_targets) {
        if (!fero::isSessionFolder(t.path) && inUse(t.path))
            names << shown(t.path);
    }
    if (names.isEmpty())
        return {};
    return tr("<b>In use:</b> another program has %1 open (a -wal or -journal file exists). Close it first: a "
              "running client may write the session again after it is deleted, or lose what it has not saved.")
        .arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
}

bool DeleteDialog::rowsOnlyAvailable() const
{
    return !m_targets.empty() && std::all_of(m_targets.begin(), m_targets.end(), [](const DeleteTarget &t) {
        return t.isFerogramDatabase;
    });
}

void DeleteDialog::setMode(DeleteMode mode)
{
    if (mode == DeleteMode::RowsOnly && !rowsOnlyAvailable())
        return;
    (mode == DeleteMode::Trash ? m_trash : mode == DeleteMode::Permanent ? m_permanent : m_rowsOnly)->setChecked(true);
}

DeleteMode DeleteDialog::mode() const
{
    if (m_rowsOnly->isChecked())
        return DeleteMode::RowsOnly;
    return m_permanent->isChecked() ? DeleteMode::Permanent : DeleteMode::Trash;
}

void DeleteDialog::setIncludeRelated(bool include)
{
    m_includeRelated->setChecked(include);
}

QStringList DeleteDialog::affectedFiles() const
{
    QStringList files;
    for (const DeleteTarget &t : m_targets) {
        files << t.path;
        if (mode() != DeleteMode::RowsOnly && !fero::isSessionFolder(t.path))
            files << fero::companionFiles(t.path);
    }
    if (mode() != DeleteMode::RowsOnly && m_includeRelated->isChecked())
        files << m_related;
    return files;
}

void DeleteDialog::refresh()
{
    const DeleteMode m = mode();
    const int n = int(m_targets.size());
    switch (m) {
    case DeleteMode::Trash:
        m_heading->setText(tr("These files will be moved to the trash:"));
        break;
    case DeleteMode::Permanent:
        m_heading->setText(tr("These files will be deleted permanently. This cannot be undone:"));
        break;
    case DeleteMode::RowsOnly:
        m_heading->setText(tr("The session rows of %n database(s) will be deleted; the file(s) stay:", nullptr, n));
        break;
    }
    QStringList lines;
    for (const QString &f : affectedFiles())
        lines << (fero::isSessionFolder(f) ? folderLine(f) : shown(f));
    if (!m_related.isEmpty() && !(m_includeRelated->isChecked() && m != DeleteMode::RowsOnly)) {
        lines << QString() << tr("Also found beside it (kept):");
        for (const QString &f : std::as_const(m_related))
            lines << QStringLiteral("  ") + shown(f);
    }
    m_list->setPlainText(lines.join(u'\n'));
    m_includeRelated->setEnabled(m != DeleteMode::RowsOnly);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m == DeleteMode::Trash       ? tr("Move to &Trash")
                : m == DeleteMode::Permanent ? tr("&Delete Permanently")
                                             : tr("&Clear Rows"));
}

bool DeleteDialog::performDelete()
{
    m_removed.clear();
    m_failures.clear();
    const DeleteMode m = mode();
    QStringList gone;
    auto run = [&](const QString &path) {
        Result<QStringList> result =
            fero::isSessionFolder(path) ? fero::deleteSessionFolder(path, m) : fero::deleteSession(path, m);
        if (result) {
            m_removed << result.value();
            return true;
        }
        m_failures << tr("%1: %2").arg(shown(path), result.error().message);
        return false;
    };
    for (const DeleteTarget &t : m_targets)
        if (run(t.path))
            gone << t.path;
    if (m != DeleteMode::RowsOnly && m_includeRelated->isChecked())
        for (const QString &related : std::as_const(m_related))
            if (QFileInfo::exists(related))
                run(related);

    const int n = int(gone.size());
    m_resultMessage = m == DeleteMode::Trash       ? tr("Moved %n session(s) to the trash.", nullptr, n)
                      : m == DeleteMode::Permanent ? tr("Deleted %n session(s) permanently.", nullptr, n)
                                                   : tr("Cleared the session rows of %n database(s).", nullptr, n);
    if (!gone.isEmpty())
        emit deleted(gone, m_resultMessage);
    if (!m_failures.isEmpty()) {
        m_error->setText(tr("Not everything could be deleted:") + u'\n' + m_failures.join(u'\n'));
        m_error->show();
        return false;
    }
    accept();
    return true;
}

} // namespace fero::gui
