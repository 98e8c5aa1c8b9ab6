// A sort proxy for the big tables: compares 64-bit sort keys the source model
// computes straight from the core's vectors, instead of building two QVariants
// per comparison (65,535 rows sort in milliseconds, not seconds).
#pragma once

#include <QSortFilterProxyModel>

namespace fero::gui {

// Implemented by table models that want fast sorting.
class SortKeySource {
public:
    virtual ~SortKeySource() = default;
    virtual qint64 sortKey(int row, int column) const = 0;
};

class IntSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit IntSortProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const SortKeySource *m_keys = nullptr;
};

} // namespace fero::gui
