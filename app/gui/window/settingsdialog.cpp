#include "window/settingsdialog.h"

#include "actions/dialogfit.h"
#include "window/appsettings.h"
#include "inspect/inspect.h"
#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fero::gui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_clipboard(new QSpinBox(this))
    , m_release(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : fero::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    m_clipboard->setObjectName(QStringLiteral("clipboardTimeout"));
    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(AppSettings::clipboardTimeoutSeconds());

    m_release->setObjectName(QStringLiteral("release"));
    for (const fero::FerogramRelease &release : fero::ferogramReleases())
        m_release->addItem(tr("ferogram %1 (reads binary up to v%2)").arg(release.label).arg(release.newestBinaryRead),
                           release.key);
    m_release->setCurrentIndex(qMax(0, m_release->findData(fero::ferogramRelease(AppSettings::ferogramRelease()).key)));

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time Feroscope starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Clear copied secrets after:"), m_clipboard);
    form->addRow(tr("ferogram release I use:"), m_release);
    auto *releaseNote = new QLabel(tr("Sessions newer than this release can open are flagged \"too new\" in the "
                                      "library: that release would set them aside as .bak and start logged out."),
                                   this);
    releaseNote->setWordWrap(true);
    form->addRow(QString(), releaseNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The notes wrap: without this the dialog could be shrunk until they are cut off.
    keepWrappedTextWhole(this, 420);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setClipboardTimeoutSeconds(m_clipboard->value());
    AppSettings::setFerogramRelease(m_release->currentData().toString());
    QDialog::accept();
}

} // namespace fero::gui
