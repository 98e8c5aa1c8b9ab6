#include "widgets/revealtoggle.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace fero::gui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RevealToggle)
};

// An eye in the field's text colour, crossed out when the text is shown
// (the button then hides it).
QIcon drawnEye(const QColor &color, bool crossed)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        QPainterPath outline;
        outline.moveTo(2, 12);
        outline.quadTo(12, 1, 22, 12);
        outline.quadTo(12, 23, 2, 12);
        painter.setPen(QPen(color, 1.8));
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(12, 12), 3.2, 3.2);
        if (crossed)
            painter.drawLine(QPointF(4, 20), QPointF(20, 4));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon eye(const QLineEdit *field, bool crossed)
{
    const QString name = crossed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible");
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return drawnEye(field->palette().color(QPalette::Text), crossed);
}

} // namespace

QAction *addRevealToggle(QLineEdit *field)
{
    auto *toggle = field->addAction(eye(field, false), QLineEdit::TrailingPosition);
    toggle->setObjectName(field->objectName() + QStringLiteral("Reveal"));
    toggle->setCheckable(true);
    auto follow = [field, toggle](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        toggle->setIcon(eye(field, shown));
        toggle->setText(shown ? Tr::tr("Hide") : Tr::tr("Show"));
        toggle->setToolTip(shown ? Tr::tr("Hide the text") : Tr::tr("Show the text"));
    };
    QObject::connect(toggle, &QAction::toggled, field, follow);
    follow(false);
    return toggle;
}

} // namespace fero::gui
