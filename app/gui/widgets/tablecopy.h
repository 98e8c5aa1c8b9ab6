// Copying table rows as text: the selected rows of a view, tab-separated, with
// the header line first. Goes through the models' display data, so a masked
// secret stays masked in the copy.
#pragma once

#include <QList>
#include <QString>

class QAbstractItemView;
class QAbstractItemModel;

namespace fero::gui {

// Selected rows in view order (proxy rows of the view's model).
QList<int> selectedRows(const QAbstractItemView *view);
QString rowsAsText(const QAbstractItemModel *model, const QList<int> &rows);

} // namespace fero::gui
