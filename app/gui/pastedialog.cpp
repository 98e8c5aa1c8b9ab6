#include "pastedialog.h"

#include "opener.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace feroscope {

PasteDialog::PasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Paste String Session"));
    m_text->setObjectName(QStringLiteral("pasteText"));
    m_text->setEchoMode(QLineEdit::Password);
    m_text->setPlaceholderText(tr("Paste a string session here (Ctrl+V)"));
    m_text->setMinimumWidth(460);
    auto *show = m_text->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setText(tr("Show"));
    show->setToolTip(tr("Show or hide the text"));
    connect(show, &QAction::toggled, this,
            [this](bool on) { m_text->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });

    m_format->addItem(tr("Detect automatically"));
    for (fero::Format format : fero::supportedFormats()) {
        if (fero::isStringFormat(format))
            m_format->addItem(fero::formatDisplayName(format), int(format));
    }
    m_error->setObjectName(QStringLiteral("pasteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto *explain = new QLabel(tr("A string session logs in whoever holds it. Feroscope keeps it in memory only: "
                                  "it is not saved, not remembered and not shown."),
                               this);
    explain->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("String session:"), m_text);
    form->addRow(tr("Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

PasteDialog::~PasteDialog()
{
    m_text->clear();
}

void PasteDialog::accept()
{
    std::optional<fero::Format> forced;
    if (m_format->currentIndex() > 0)
        forced = fero::Format(m_format->currentData().toInt());
    auto result = fero::openText(m_text->text().trimmed(), forced);
    if (!result.ok()) {
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_result = std::move(result).value();
    m_text->clear();
    QDialog::accept();
}

} // namespace feroscope
