// The per-channel pts table of one session's update state.
#pragma once

#include "widgets/intsortproxy.h"
#include "model/session.h"

#include <QAbstractTableModel>

#include <memory>

namespace fero::gui {

class ChannelPtsModel final : public QAbstractTableModel, public SortKeySource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelPtsModel)

public:
    enum Column { ChannelId, Pts, ColumnCount };

    explicit ChannelPtsModel(QObject *parent = nullptr);
    void setSession(std::shared_ptr<const fero::Session> session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 sortKey(int row, int column) const override;

private:
    std::shared_ptr<const fero::Session> m_session;
};

} // namespace fero::gui
