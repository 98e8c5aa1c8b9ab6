#include "session/channelptsmodel.h"

namespace fero::gui {

ChannelPtsModel::ChannelPtsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChannelPtsModel::setSession(std::shared_ptr<const fero::Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    endResetModel();
}

int ChannelPtsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->updates.channels.size());
}

int ChannelPtsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelPtsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fero::ChannelPts &c = m_session->updates.channels[std::size_t(index.row())];
    if (role == Qt::DisplayRole)
        return index.column() == ChannelId ? QVariant(QString::number(c.channelId)) : QVariant(c.pts);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChannelPtsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ChannelId ? tr("Channel id") : tr("pts");
}

qint64 ChannelPtsModel::sortKey(int row, int column) const
{
    const fero::ChannelPts &c = m_session->updates.channels[std::size_t(row)];
    return column == ChannelId ? c.channelId : c.pts;
}

} // namespace fero::gui
