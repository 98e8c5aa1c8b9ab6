#include "actions/diffmodel.h"

#include "inspect/report.h"
#include "widgets/humandate.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace fero::gui {
namespace {

// Light tints that keep text readable in light and dark palettes alike.
QColor tint(DiffChange change)
{
    switch (change) {
    case DiffChange::Added:
        return QColor(46, 160, 67, 70);
    case DiffChange::Removed:
        return QColor(218, 54, 51, 70);
    case DiffChange::Changed:
        return QColor(210, 153, 34, 70);
    case DiffChange::Unchanged:
        break;
    }
    return {};
}

QVariant keyIdOf(const DcEntry &dc)
{
    return dc.authKey ? QVariant(dc.authKey->idHex()) : QVariant(noneSign());
}

} // namespace

QString noneSign()
{
    // One sign for every "nothing here": a row one side lacks, a DC without
    // a key, an absent token. Its tooltip says it in words.
    return QStringLiteral("—");
}

QString diffChangeText(DiffChange change)
{
    switch (change) {
    case DiffChange::Added:
        return DiffModel::tr("added");
    case DiffChange::Removed:
        return DiffModel::tr("removed");
    case DiffChange::Changed:
        return DiffModel::tr("changed");
    case DiffChange::Unchanged:
        break;
    }
    return DiffModel::tr("unchanged");
}

DiffModel::DiffModel(DiffSection section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_section(section)
{
    switch (section) {
    case DiffSection::Counters:
        m_keyTitles = {tr("Field")};
        m_fields = {{tr("Value"), {}}};
        break;
    case DiffSection::Dcs:
        m_keyTitles = {tr("DC"), tr("Flags")};
        m_fields = {{tr("Address"), {QStringLiteral("addr")}},
                    {tr("Auth key id"), {QStringLiteral("auth_key")}},
                    {tr("First salt"), {QStringLiteral("first_salt")}},
                    {tr("Time offset"), {QStringLiteral("time_offset")}}};
        break;
    case DiffSection::Peers:
        m_keyTitles = {tr("Id"), tr("Channel")};
        m_fields = {
            {tr("Kind"), {QStringLiteral("is_chat"), QStringLiteral("channel_kind"), QStringLiteral("is_community")}},
            {tr("Access hash"), {QStringLiteral("access_hash")}}};
        break;
    case DiffSection::MinPeers:
        m_keyTitles = {tr("User id")};
        m_fields = {{tr("Peer id"), {QStringLiteral("peer_id")}}, {tr("Message id"), {QStringLiteral("msg_id")}}};
        break;
    case DiffSection::ChannelPts:
        m_keyTitles = {tr("Channel id")};
        m_fields = {{tr("pts"), {QStringLiteral("pts")}}};
        break;
    }
}

void DiffModel::setDiff(std::shared_ptr<const SessionDiff> diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_diff)
        return 0;
    switch (m_section) {
    case DiffSection::Counters:
        return int(m_diff->counters.size()) + 1; // + the token row
    case DiffSection::Dcs:
        return int(m_diff->dcs.size());
    case DiffSection::Peers:
        return int(m_diff->peers.size());
    case DiffSection::MinPeers:
        return int(m_diff->minPeers.size());
    case DiffSection::ChannelPts:
        return int(m_diff->channelPts.size());
    }
    return 0;
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_keyTitles.size()) + 2 * int(m_fields.size());
}

DiffChange DiffModel::changeAt(int row) const
{
    switch (m_section) {
    case DiffSection::Counters:
        return row < int(m_diff->counters.size()) ? m_diff->counters[row].change : m_diff->token;
    case DiffSection::Dcs:
        return m_diff->dcs[row].change;
    case DiffSection::Peers:
        return m_diff->peers[row].change;
    case DiffSection::MinPeers:
        return m_diff->minPeers[row].change;
    case DiffSection::ChannelPts:
        return m_diff->channelPts[row].change;
    }
    return DiffChange::Unchanged;
}

QStringList DiffModel::rowFields(int row) const
{
    switch (m_section) {
    case DiffSection::Counters:
        return {};
    case DiffSection::Dcs:
        return m_diff->dcs[row].fields;
    case DiffSection::Peers:
        return m_diff->peers[row].fields;
    case DiffSection::MinPeers:
        return m_diff->minPeers[row].fields;
    case DiffSection::ChannelPts:
        return m_diff->channelPts[row].fields;
    }
    return {};
}

bool DiffModel::fieldDiffers(int row, int field) const
{
    const DiffChange change = changeAt(row);
    if (change != DiffChange::Changed)
        return change == DiffChange::Added || change == DiffChange::Removed;
    if (m_section == DiffSection::Counters)
        return true;
    const QStringList fields = rowFields(row);
    for (const QString &f : m_fields[field].diffFields)
        if (fields.contains(f))
            return true;
    return false;
}

QVariant DiffModel::keyValue(int row, int key) const
{
    switch (m_section) {
    case DiffSection::Counters:
        return row < int(m_diff->counters.size()) ? m_diff->counters[row].field : QStringLiteral("future_auth_token");
    case DiffSection::Dcs: {
        const DcEntry &dc = m_diff->dcs[row].either();
        return key == 0 ? QVariant(dc.dcId) : QVariant(dcFlagsText(dc.flags));
    }
    case DiffSection::Peers: {
        const CachedPeer &p = m_diff->peers[row].either();
        return key == 0 ? QVariant(qint64(p.id)) : QVariant(p.isChannel ? tr("yes") : tr("no"));
    }
    case DiffSection::MinPeers:
        return qint64(m_diff->minPeers[row].either().userId);
    case DiffSection::ChannelPts:
        return qint64(m_diff->channelPts[row].either().channelId);
    }
    return {};
}

QVariant DiffModel::fieldValue(int row, int field, Side side) const
{
    const bool before = side == Side::Before;
    switch (m_section) {
    case DiffSection::Counters: {
        if (row == int(m_diff->counters.size())) { // the token: presence only, it is a secret
            const bool present = before ? m_diff->tokenBefore : m_diff->tokenAfter;
            // Both present but different: say so (the token itself is never shown).
            if (present && m_diff->token == DiffChange::Changed)
                return before ? tr("present") : tr("present, differs");
            return present ? tr("present") : noneSign();
        }
        const auto &value = before ? m_diff->counters[row].before : m_diff->counters[row].after;
        if (!value)
            return noneSign();
        // The date as the Updates tab shows it (a Unix time means nothing to a reader).
        if (m_diff->counters[row].field == QLatin1String("date"))
            return humanUnixDate(qint64(*value));
        return qint64(*value);
    }
    case DiffSection::Dcs: {
        const auto &dc = before ? m_diff->dcs[row].before : m_diff->dcs[row].after;
        if (!dc)
            return noneSign();
        switch (field) {
        case 0:
            return dc->addr;
        case 1:
            return keyIdOf(*dc);
        case 2:
            return qint64(dc->firstSalt);
        default:
            return dc->timeOffset;
        }
    }
    case DiffSection::Peers: {
        const auto &p = before ? m_diff->peers[row].before : m_diff->peers[row].after;
        if (!p)
            return noneSign();
        return field == 0 ? QVariant(peerKindText(*p)) : QVariant(qint64(p->accessHash));
    }
    case DiffSection::MinPeers: {
        const auto &m = before ? m_diff->minPeers[row].before : m_diff->minPeers[row].after;
        if (!m)
            return noneSign();
        return field == 0 ? QVariant(qint64(m->peerId)) : QVariant(m->msgId);
    }
    case DiffSection::ChannelPts: {
        const auto &c = before ? m_diff->channelPts[row].before : m_diff->channelPts[row].after;
        return c ? QVariant(c->pts) : QVariant(noneSign());
    }
    }
    return {};
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_diff)
        return {};
    const int row = index.row();
    const int column = index.column();
    const int keys = int(m_keyTitles.size());
    const DiffChange change = changeAt(row);

    if (role == ChangeRole)
        return int(change);
    if (role == Qt::BackgroundRole)
        return change == DiffChange::Unchanged ? QVariant() : QVariant(QBrush(tint(change)));

    const bool isField = column > keys;
    const int field = isField ? (column - 1 - keys) / 2 : -1;
    if (role == Qt::FontRole) {
        if (isField && change == DiffChange::Changed && fieldDiffers(row, field)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const QVariant v = data(index, Qt::DisplayRole);
        const bool number = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (isField && data(index, Qt::DisplayRole).toString() == noneSign())
            return (column - 1 - keys) % 2 == 0 ? tr("None in A") : tr("None in B");
        if (isField && m_section == DiffSection::Counters && row < int(m_diff->counters.size())
            && m_diff->counters[row].field == QLatin1String("date")) {
            const auto &value = (column - 1 - keys) % 2 == 0 ? m_diff->counters[row].before : m_diff->counters[row].after;
            if (value)
                return tr("Unix time %1").arg(qint64(*value));
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    if (column == 0)
        return diffChangeText(change);
    if (column <= keys)
        return keyValue(row, column - 1);
    return fieldValue(row, field, (column - 1 - keys) % 2 == 0 ? Side::Before : Side::After);
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    const int keys = int(m_keyTitles.size());
    if (section == 0)
        return tr("Change");
    if (section <= keys)
        return m_keyTitles.at(section - 1);
    const Field &f = m_fields[std::size_t((section - 1 - keys) / 2)];
    // "A" is the first session of the comparison, "B" the second.
    return (section - 1 - keys) % 2 == 0 ? tr("%1 (A)").arg(f.title) : tr("%1 (B)").arg(f.title);
}

DiffFilterProxy::DiffFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DiffFilterProxy::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showUnchanged)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return DiffChange(index.data(DiffModel::ChangeRole).toInt()) != DiffChange::Unchanged;
}

} // namespace fero::gui
