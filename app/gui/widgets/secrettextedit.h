// A read-only text view that may show secrets (the Raw tab's revealed JSON).
// While secret, no selection leaves it by Qt's own paths: the mouse selection
// does not reach the X11 PRIMARY selection (middle-click paste, readable by
// any X client, never cleared), drag and drop carries nothing, and Copy
// (Ctrl+C, context menu) is handed to the window, which copies through the
// clipboard guard (password-manager hint, cleared after the timeout).
#pragma once

#include <QPlainTextEdit>

namespace fero::gui {

class SecretTextEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretTextEdit)

public:
    explicit SecretTextEdit(QWidget *parent = nullptr);

    void setSecret(bool secret) { m_secret = secret; }
    bool isSecret() const { return m_secret; }
    // Copies the selection: copyRequested(text, secret).
    void copySelection();

    // Public for the tests: what Qt puts on PRIMARY, in a drag and on copy().
    QMimeData *createMimeDataFromSelection() const override;

signals:
    void copyRequested(const QString &text, bool secret);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool m_secret = false;
};

} // namespace fero::gui
