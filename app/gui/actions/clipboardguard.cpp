#include "actions/clipboardguard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace fero::gui {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
    , m_clipboard(QGuiApplication::clipboard())
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearSecret);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (m_clipboard)
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    // The destructor may run after the platform clipboard is gone; quitting
    // is the last safe moment.
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearSecret);
}

ClipboardGuard::~ClipboardGuard()
{
    if (QCoreApplication::instance() && !QCoreApplication::closingDown())
        clearSecret();
}

void ClipboardGuard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

QByteArray ClipboardGuard::digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void ClipboardGuard::copySecret(const QString &text)
{
    if (!m_clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(HintMime), QByteArrayLiteral("secret"));
    m_digest = digestOf(text);
    m_settingData = true;
    // QClipboard::Clipboard only: the PRIMARY selection (middle-click paste)
    // is readable by any X11 client and has no clearing convention.
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_settingData = false;

    m_clearTimer.stop();
    m_tickTimer.stop();
    if (m_timeout.count() > 0) {
        m_clearTimer.start(m_timeout);
        m_tickTimer.setInterval(std::min(std::chrono::milliseconds(1000), m_timeout));
        m_tickTimer.start();
        emit countdown(secondsLeft());
    }
}

void ClipboardGuard::copyPlain(const QString &text)
{
    if (!m_clipboard)
        return;
    // A plain copy replaces any secret of ours: nothing of ours left to clear.
    stopCountdown(false);
    m_settingData = true;
    m_clipboard->setText(text, QClipboard::Clipboard);
    m_settingData = false;
}

bool ClipboardGuard::holdsSecret() const
{
    if (!m_clipboard || m_digest.isEmpty())
        return false;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() && digestOf(mime->text()) == m_digest;
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_clearTimer.isActive())
        return 0;
    // Rounded up ("1 s" until the very end), never above the timeout itself.
    const int ceiling = int((m_timeout.count() + 999) / 1000);
    return std::min(ceiling, (m_clearTimer.remainingTime() + 999) / 1000);
}

void ClipboardGuard::clearSecret()
{
    if (m_digest.isEmpty())
        return;
    const bool ours = holdsSecret();
    if (ours) {
        m_settingData = true;
        m_clipboard->clear(QClipboard::Clipboard);
        m_settingData = false;
    }
    stopCountdown(ours);
}

void ClipboardGuard::tick()
{
    const int left = secondsLeft();
    if (left > 0)
        emit countdown(left);
}

void ClipboardGuard::onClipboardChanged()
{
    // Someone else copied something: our secret is gone from the clipboard,
    // so the countdown has nothing left to protect.
    if (!m_settingData && !m_digest.isEmpty() && !holdsSecret())
        stopCountdown(false);
}

void ClipboardGuard::stopCountdown(bool cleared)
{
    const bool wasPending = !m_digest.isEmpty();
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_digest.clear();
    if (wasPending) {
        emit countdown(0);
        emit finished(cleared);
    }
}

} // namespace fero::gui
