#include "session/rawtab.h"

#include "widgets/findbar.h"
#include "base/secret.h"
#include "widgets/secrettextedit.h"
#include "inspect/sessionjson.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fero::gui {

RawTab::RawTab(QWidget *parent)
    : QWidget(parent)
    , m_text(new SecretTextEdit(this))
    , m_reveal(new QCheckBox(tr("Reveal auth keys and token"), this))
{
    m_text->setObjectName(QStringLiteral("rawText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setUndoRedoEnabled(false);
    m_reveal->setObjectName(QStringLiteral("revealRaw"));
    m_reveal->setToolTip(tr("Shows the secret values in this JSON. Anyone who sees them can use the account."));
    m_find = new FindBar(m_text, this);
    // Ctrl+F is the window's Edit ▸ Find, which opens this bar while the tab
    // has focus (a second Ctrl+F here would make the key ambiguous).

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text);

    connect(m_text, &SecretTextEdit::copyRequested, this, [this](const QString &text, bool secret) {
        if (secret)
            emit copySecretRequested(text);
        else
            emit copyRequested(text);
    });
    connect(m_reveal, &QCheckBox::toggled, this, [this] {
        m_built = false;
        ensureBuilt();
    });
}

void RawTab::setSession(std::shared_ptr<const fero::DecodedSession> decoded)
{
    m_decoded = std::move(decoded);
    m_built = false;
    m_reveal->setChecked(false); // a new session starts hidden; also rebuilds if visible
    if (isVisible())
        ensureBuilt();
}

void RawTab::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    if (!m_decoded || m_decoded->sessions.empty()) {
        m_text->clear();
        return;
    }
    fero::JsonOptions options;
    options.reveal = m_reveal->isChecked();
    m_text->setSecret(options.reveal);
    QByteArray json = fero::toCanonicalJson(*m_decoded, options);
    m_text->setPlainText(QString::fromUtf8(json));
    // The revealed JSON held keys: do not leave a copy in a freed heap block.
    fero::secureWipe(json);
    m_text->verticalScrollBar()->setValue(scroll);
}

QString RawTab::text() const
{
    return m_text->toPlainText();
}

} // namespace fero::gui
