#include "library/pastedialog.h"

#include "actions/dialogfit.h"
#include "detect/detect.h"
#include "open/opener.h"
#include "widgets/revealtoggle.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fero::gui {

PasteDialog::PasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_others(new QPlainTextEdit(this))
    , m_details(new QToolButton(this))
{
    setObjectName(QStringLiteral("pasteDialog"));
    setWindowTitle(tr("Paste String Session"));
    m_text->setObjectName(QStringLiteral("pasteText"));
    m_text->setEchoMode(QLineEdit::Password);
    m_text->setPlaceholderText(tr("Paste a string session here (Ctrl+V)"));
    m_text->setMinimumWidth(320);
    addRevealToggle(m_text);

    m_format->setObjectName(QStringLiteral("pasteFormat"));
    m_format->addItem(tr("Detect automatically"));
    for (fero::Format format : fero::supportedFormats()) {
        if (fero::isStringFormat(format))
            m_format->addItem(fero::formatDisplayName(format), int(format));
    }

    m_detected->setObjectName(QStringLiteral("pasteDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_detected->font();
    bold.setBold(true);
    m_detected->setFont(bold);

    // The readings that lost: no secret in them (reasons and lengths only).
    // Folded by default: the verdict line above says what matters, and the
    // list is long (every reader, then every library's verdict).
    m_others->setObjectName(QStringLiteral("pasteOtherReadings"));
    m_others->setReadOnly(true);
    m_others->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_others->setMinimumHeight(120);
    m_others->setPlaceholderText(tr("Other readings that were tried, and why they were rejected, appear here."));
    m_others->hide();

    m_details->setObjectName(QStringLiteral("pasteDetails"));
    m_details->setCheckable(true);
    m_details->setAutoRaise(true);
    m_details->setArrowType(Qt::RightArrow);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setText(tr("Other readings"));
    connect(m_details, &QToolButton::toggled, this, &PasteDialog::setDetailsShown);

    auto *explain = new QLabel(tr("A string session logs in whoever holds it. Feroscope keeps it in memory only: "
                                  "it is not saved, not remembered and not shown."),
                               this);
    explain->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("String session:"), m_text);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Detected:"), m_detected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_others, 1);
    layout->addWidget(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &PasteDialog::detect);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PasteDialog::detect);
    detect();
    keepWrappedTextWhole(this, 420);
}

PasteDialog::~PasteDialog()
{
    m_text->clear();
}

void PasteDialog::setText(const QString &text)
{
    m_text->setText(text.trimmed());
}

QString PasteDialog::detectedText() const
{
    if (m_pending)
        return m_detected->text();
    return m_result ? m_resultText : QString(); // accepted, not taken yet
}

QString PasteDialog::verdict() const
{
    return m_detected->text();
}

void PasteDialog::setDetailsShown(bool shown)
{
    if (m_details->isChecked() != shown)
        m_details->setChecked(shown); // comes back here through toggled
    m_details->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_others->setVisible(shown);
    if (!shown && isVisible())
        resize(width(), minimumSizeHint().height()); // give the folded space back
}

bool PasteDialog::canOpen() const
{
    return m_pending.has_value();
}

void PasteDialog::detect()
{
    m_pending.reset();
    m_otherReadings.clear();
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        m_detected->setText(tr("nothing pasted yet"));
        m_others->clear();
        m_details->setEnabled(false);
        m_open->setEnabled(false);
        return;
    }
    if (m_format->currentIndex() > 0) {
        // A forced format: that reader alone, no detection; its refusal is the verdict.
        const auto format = fero::Format(m_format->currentData().toInt());
        auto result = fero::openText(text, format);
        if (result.ok()) {
            m_detected->setText(tr("%1 (%2), as chosen.").arg(fero::formatDisplayName(format), result->layout));
            m_pending = std::move(result).value();
        } else {
            m_detected->setText(tr("Not a %1: %2").arg(fero::formatDisplayName(format), result.error().message));
        }
        m_others->clear();
        m_details->setEnabled(false);
        m_open->setEnabled(m_pending.has_value());
        return;
    }
    fero::Detection detection = fero::detectText(text);
    QStringList lines = detection.explanation;
    if (detection.result.ok()) {
        m_detected->setText(lines.isEmpty() ? fero::formatDisplayName(detection.result->format) : lines.takeFirst());
        m_pending = std::move(detection.result).value();
    } else {
        // The CLI's diagnosis when there is one ("It looks like a Telethon
        // string cut short: 149 of 263 characters."): detection puts it first.
        // The full refusal, reader by reader, is in the details.
        const QString refusal = detection.result.error().message;
        const bool hinted = !lines.isEmpty() && refusal.startsWith(lines.front());
        m_detected->setText(hinted ? lines.takeFirst() : tr("Not a session string Feroscope knows."));
    }
    if (lines.isEmpty()) {
        for (const fero::RejectedReading &r : detection.rejected)
            lines << tr("Not a %1: %2").arg(fero::formatDisplayName(r.format), r.reason);
    }
    m_otherReadings = lines;
    m_others->setPlainText(lines.join(QLatin1Char('\n')));
    m_details->setEnabled(!lines.isEmpty());
    m_details->setText(tr("Other readings (%1)").arg(lines.size()));
    m_open->setEnabled(m_pending.has_value());
}

void PasteDialog::accept()
{
    if (!m_pending)
        return;
    m_resultText = m_detected->text();
    m_result = std::exchange(m_pending, std::nullopt);
    m_text->clear();
    QDialog::accept();
}

} // namespace fero::gui
