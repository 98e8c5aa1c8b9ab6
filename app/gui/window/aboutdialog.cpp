#include "window/aboutdialog.h"

#include "base/versions.h"
#include "window/appicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fero::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Feroscope"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("<h3>Feroscope %1</h3>").arg(fero::feroscopeVersion()), this);
    auto *text = new QLabel(
        tr("<p>A session manager for Telegram client sessions: ferogram's binary files, strings and databases, "
           "and those of Telethon, Pyrogram, GramJS, mtcute, MTKruto and Telegram Desktop.</p>"
           "<p>Feroscope works offline. It never writes to a session when it opens it; auth keys stay hidden "
           "until you reveal them, are never logged, and copies of secrets leave the clipboard after a "
           "while.</p>"),
        this);
    text->setWordWrap(true);
    text->setMinimumWidth(360); // a wrapped label has no minimum width of its own

    auto *versions = new QFormLayout;
    versions->addRow(tr("Version:"), new QLabel(fero::feroscopeVersion(), this));
    versions->addRow(tr("Licence:"), new QLabel(tr("none granted yet: all rights reserved"), this));
    for (const LibraryVersion &library : fero::runtimeLibraryVersions())
        versions->addRow(tr("%1:").arg(library.name), new QLabel(library.version, this));
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextInteractionFlags(label->textInteractionFlags() | Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionInfo"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(fero::versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *body = new QVBoxLayout;
    body->addWidget(title);
    body->addWidget(text);
    body->addLayout(versions);
    head->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

} // namespace fero::gui
