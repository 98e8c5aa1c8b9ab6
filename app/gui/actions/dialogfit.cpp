#include "actions/dialogfit.h"

#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QWidget>

namespace fero::gui {
namespace {

class WrappedTextFit final : public QObject {
public:
    WrappedTextFit(QWidget *window, int minimumWidth)
        : QObject(window)
        , m_window(window)
        , m_minimumWidth(minimumWidth)
    {
        window->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // LayoutRequest reaches the filter before the window's layout
        // activates, so the layout already sees the new explicit minimum.
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            fit();
        return false;
    }

private:
    void fit()
    {
        QLayout *layout = m_window ? m_window->layout() : nullptr;
        if (!layout || m_fitting)
            return;
        m_fitting = true;
        const QSize plain = layout->totalMinimumSize();
        const int width = qMax(plain.width(), m_minimumWidth);
        const int height =
            layout->hasHeightForWidth() ? qMax(plain.height(), layout->totalHeightForWidth(width)) : plain.height();
        if (m_window->minimumSize() != QSize(width, height))
            m_window->setMinimumSize(width, height);
        m_fitting = false;
    }

    QPointer<QWidget> m_window;
    int m_minimumWidth;
    bool m_fitting = false;
};

} // namespace

void keepWrappedTextWhole(QWidget *window, int minimumWidth)
{
    new WrappedTextFit(window, minimumWidth);
}

} // namespace fero::gui
