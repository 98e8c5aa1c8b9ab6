// The Raw tab: the canonical session JSON (session-json.md), keys shown as
// "hidden" unless the user reveals them, with a find bar. Built lazily: only
// when the tab is shown, since a full session's JSON runs to megabytes.
#pragma once

#include "model/decoded.h"

#include <QWidget>

#include <memory>

class QCheckBox;

namespace fero::gui {

class FindBar;
class SecretTextEdit;

class RawTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawTab)

public:
    explicit RawTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::DecodedSession> decoded);
    // Builds the text if the session changed since the last build.
    void ensureBuilt();
    QString text() const;
    QCheckBox *revealBox() const { return m_reveal; }
    FindBar *findBar() const { return m_find; }
    SecretTextEdit *textView() const { return m_text; }

signals:
    // Copy of a selection: plain while the keys are hidden, secret once revealed.
    void copyRequested(const QString &text);
    void copySecretRequested(const QString &text);

private:
    std::shared_ptr<const fero::DecodedSession> m_decoded;
    bool m_built = false;
    SecretTextEdit *m_text;
    QCheckBox *m_reveal;
    FindBar *m_find;
};

} // namespace fero::gui
