// One section of a session comparison (core/diff.h) as a table: a change
// column, the key columns, then each field as an "A" and a "B" column side
// by side. Rows are coloured by change; differing cells are bold. Auth keys
// appear only as auth key ids, the token only as present/absent.
#pragma once

#include "inspect/diff.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace fero::gui {

class DiffModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum Role {
        ChangeRole = Qt::UserRole + 1, // int(DiffChange) of the row
    };

    DiffModel(DiffSection section, QObject *parent = nullptr);

    void setDiff(std::shared_ptr<const SessionDiff> diff);
    DiffSection section() const { return m_section; }
    DiffChange changeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field {
        QString title;
        QStringList diffFields; // RowDiff::fields names that make this column differ
    };
    enum class Side { Before, After };

    QVariant keyValue(int row, int key) const;
    QVariant fieldValue(int row, int field, Side side) const;
    bool fieldDiffers(int row, int field) const;
    QStringList rowFields(int row) const;

    DiffSection m_section;
    std::shared_ptr<const SessionDiff> m_diff;
    QStringList m_keyTitles;
    std::vector<Field> m_fields;
};

// Hides unchanged rows unless asked (a 65,535-peer cache with three changes
// should show three rows).
class DiffFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffFilterProxy)

public:
    explicit DiffFilterProxy(QObject *parent = nullptr);
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showUnchanged = false;
};

// Translated "added" / "removed" / "changed" / "unchanged".
QString diffChangeText(DiffChange change);
// What a cell shows when that side has nothing there (a row, a key, a token).
QString noneSign();

} // namespace fero::gui
