#include "widgets/intsortproxy.h"

namespace fero::gui {

IntSortProxy::IntSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void IntSortProxy::setSourceModel(QAbstractItemModel *model)
{
    m_keys = dynamic_cast<const SortKeySource *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool IntSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keys)
        return QSortFilterProxyModel::lessThan(left, right);
    const qint64 a = m_keys->sortKey(left.row(), left.column());
    const qint64 b = m_keys->sortKey(right.row(), right.column());
    if (a != b)
        return a < b;
    return left.row() < right.row(); // stable: keeps the file's order among equals
}

} // namespace fero::gui
