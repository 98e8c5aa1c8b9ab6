#include "widgets/tablecopy.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace fero::gui {

QList<int> selectedRows(const QAbstractItemView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    for (const QItemSelectionRange &range : view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QString rowsAsText(const QAbstractItemModel *model, const QList<int> &rows)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(row, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace fero::gui
