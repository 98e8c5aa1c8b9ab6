// Paints the library's Name column with the row's flag icons at its right
// end (one small icon per flag, LibraryModel::FlagsRole) and shows the
// tooltip of the icon under the mouse. The name gets the rest of the cell.
#pragma once

#include <QStyledItemDelegate>

namespace fero::gui {

class LibraryFlagDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFlagDelegate)

public:
    static constexpr int IconSize = 16;
    static constexpr int Spacing = 3;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the flag icons of a row go inside its cell (tests, tooltips).
    static QList<QRect> iconRects(const QRect &cell, int count);
};

} // namespace fero::gui
