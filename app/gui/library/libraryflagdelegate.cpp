#include "library/libraryflagdelegate.h"

#include "library/libraryflags.h"
#include "library/librarymodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace fero::gui {

namespace {

QList<LibraryFlag> flagsAt(const QModelIndex &index)
{
    QList<LibraryFlag> flags;
    for (const QVariant &v : index.data(LibraryModel::FlagsRole).toList())
        flags << LibraryFlag(v.toInt());
    return flags;
}

int reservedWidth(int count)
{
    return count == 0 ? 0 : count * (LibraryFlagDelegate::IconSize + LibraryFlagDelegate::Spacing) + 2;
}

} // namespace

QList<QRect> LibraryFlagDelegate::iconRects(const QRect &cell, int count)
{
    QList<QRect> rects;
    int x = cell.right() + 1 - reservedWidth(count) + Spacing;
    const int y = cell.top() + (cell.height() - IconSize) / 2;
    for (int i = 0; i < count; ++i, x += IconSize + Spacing)
        rects << QRect(x, y, IconSize, IconSize);
    return rects;
}

void LibraryFlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<LibraryFlag> flags = flagsAt(index);
    if (flags.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection/alternate background over the whole cell, then the name
    // in what is left of it, then the icons (never elided away).
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    QStyleOptionViewItem text(opt);
    text.rect.setRight(opt.rect.right() - reservedWidth(int(flags.size())));
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
    const QList<QRect> rects = iconRects(opt.rect, int(flags.size()));
    for (int i = 0; i < flags.size(); ++i)
        flagIcon(flags[i]).paint(painter, rects[i]);
}

QSize LibraryFlagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += reservedWidth(int(flagsAt(index).size()));
    return size;
}

bool LibraryFlagDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QStringList tips = index.data(LibraryModel::FlagToolTipsRole).toStringList();
        const QList<QRect> rects = iconRects(option.rect, int(tips.size()));
        for (int i = 0; i < rects.size(); ++i) {
            if (rects[i].contains(event->pos())) {
                QToolTip::showText(event->globalPos(), tips[i], view, rects[i]);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace fero::gui
