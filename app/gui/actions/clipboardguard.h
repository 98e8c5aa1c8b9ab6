// Puts text on the clipboard. Secret text (string sessions, keys) is marked
// for clipboard managers, kept out of the X11 PRIMARY selection, and cleared
// after a timeout, on quit and when this guard is destroyed, but only while
// the clipboard still holds what we put there (KeePassXC's behaviour).
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QClipboard;

namespace fero::gui {

class ClipboardGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    // KDE's Klipper (and others following it) skip entries with this hint.
    static constexpr const char *HintMime = "x-kde-passwordManagerHint";
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // 0 disables the automatic clearing (quit still clears).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Copies secret text: hint MIME, no PRIMARY selection, cleared later.
    void copySecret(const QString &text);
    // Copies harmless text (a report): plain, not cleared, forgets any secret.
    void copyPlain(const QString &text);

    // True while the clipboard still holds the secret we copied.
    bool holdsSecret() const;
    // Whole seconds until clearing (0 when nothing is pending).
    int secondsLeft() const;

public slots:
    // Clears the clipboard if it still holds our secret; otherwise only stops
    // the countdown. Never clears what another program put there.
    void clearSecret();

signals:
    // Once a second while a secret is pending, with the seconds left, and a
    // final 0 when the countdown ends (for "Clipboard clears in 12 s").
    void countdown(int secondsLeft);
    // The countdown ended: cleared = we removed our secret; false = the
    // clipboard had already changed and was left alone.
    void finished(bool cleared);

private:
    void tick();
    void onClipboardChanged();
    void stopCountdown(bool cleared);
    static QByteArray digestOf(const QString &text);

    QPointer<QClipboard> m_clipboard;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    // A SHA-256 of the secret, not the secret: enough to recognise our own
    // text without keeping another copy of it in memory.
    QByteArray m_digest;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    bool m_settingData = false;
};

} // namespace fero::gui
