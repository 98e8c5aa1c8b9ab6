#include "session/dctablemodel.h"

#include "inspect/inspect.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace fero::gui {

DcTableModel::DcTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DcTableModel::~DcTableModel()
{
    wipeKeyTexts();
}

void DcTableModel::wipeKeyTexts()
{
    for (QString &text : m_keyText)
        fero::secureWipe(text);
}

void DcTableModel::setSession(std::shared_ptr<const fero::Session> session)
{
    beginResetModel();
    wipeKeyTexts();
    m_session = std::move(session);
    m_revealed.assign(m_session ? m_session->dcs.size() : 0, false);
    m_keyText.assign(m_revealed.size(), QString());
    m_homeRow = -1;
    if (m_session) {
        if (const fero::DcEntry *home = fero::homeDcEntry(*m_session))
            m_homeRow = int(home - m_session->dcs.data());
    }
    endResetModel();
}

bool DcTableModel::isRevealed(int row) const
{
    return row >= 0 && std::size_t(row) < m_revealed.size() && m_revealed[std::size_t(row)];
}

QString DcTableModel::keyText(int row) const
{
    return isRevealed(row) ? m_keyText[std::size_t(row)] : QString();
}

bool DcTableModel::hasKey(int row) const
{
    return m_session && row >= 0 && std::size_t(row) < m_session->dcs.size()
           && m_session->dcs[std::size_t(row)].authKey.has_value();
}

void DcTableModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || std::size_t(row) >= m_revealed.size() || m_revealed[std::size_t(row)] == revealed)
        return;
    m_revealed[std::size_t(row)] = revealed;
    QString &text = m_keyText[std::size_t(row)];
    if (revealed && hasKey(row))
        text = m_session->dcs[std::size_t(row)].authKey->toHexString();
    else
        fero::secureWipe(text);
    emit dataChanged(index(row, Key), index(row, Key));
}

void DcTableModel::hideAll()
{
    for (int row = 0; row < int(m_revealed.size()); ++row)
        setRevealed(row, false);
}

int DcTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->dcs.size());
}

int DcTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DcTableModel::flagsText(std::uint8_t flags)
{
    QStringList parts;
    if (flags & fero::DcFlag::MediaOnly)
        parts << tr("media");
    if (flags & fero::DcFlag::Cdn)
        parts << tr("CDN");
    if (flags & fero::DcFlag::Static)
        parts << tr("static");
    if (flags & fero::DcFlag::TcpoOnly)
        parts << tr("TCPO");
    if (flags & ~fero::DcFlag::Known)
        parts << tr("unknown bits 0x%1").arg(flags & ~fero::DcFlag::Known, 2, 16, QLatin1Char('0'));
    return parts.isEmpty() ? tr("—") : parts.join(QStringLiteral(", "));
}

QVariant DcTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const int row = index.row();
    const fero::DcEntry &dc = m_session->dcs[std::size_t(row)];
    const bool home = row == m_homeRow;

    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Home:
            return home ? tr("home") : QString();
        case DcId:
            return dc.dcId;
        case Address:
            return dc.addr;
        case IpVersion:
            return dc.isIpv6() ? tr("IPv6") : tr("IPv4");
        case Flags:
            return flagsText(dc.flags);
        case AuthKeyId:
            return dc.authKey ? dc.authKey->idHex() : tr("no key");
        case Key:
            if (!dc.authKey)
                return tr("—");
            // A revealed key is shown whole in the DCs tab's key field (a cell
            // this narrow could only show "8a7…856"); keyText() hands it out.
            return isRevealed(row) ? tr("shown below") : MaskedKey.toString();
        case FirstSalt:
            return QString::number(dc.firstSalt);
        case TimeOffset:
            return dc.timeOffset;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::FontRole && (index.column() == AuthKeyId || (index.column() == Key && !isRevealed(row)))) {
        QFont font;
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        font.setBold(home && index.column() == AuthKeyId);
        return font;
    }
    if (role == Qt::FontRole && home) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case DcId:
        case FirstSalt:
        case TimeOffset:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole) {
        // Tooltips explain, never show a secret.
        if (index.column() == Key && dc.authKey)
            return isRevealed(row) ? tr("The auth key is shown below the table. Hide it with Hide Key.")
                                   : tr("The auth key is hidden. Select the row and use Reveal Key to show it.");
        if (index.column() == AuthKeyId)
            return tr("The MTProto auth_key_id: safe to share, identifies the key without revealing it.");
        if (index.column() == Home && home)
            return tr("The account lives on this DC.");
    }
    return {};
}

QVariant DcTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Home:
        return tr("Home");
    case DcId:
        return tr("DC");
    case Address:
        return tr("Address");
    case IpVersion:
        return tr("IP");
    case Flags:
        return tr("Flags");
    case AuthKeyId:
        return tr("Auth key id");
    case Key:
        return tr("Auth key");
    case FirstSalt:
        return tr("First salt");
    case TimeOffset:
        return tr("Offset (s)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fero::gui
