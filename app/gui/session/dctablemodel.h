// The DC table of one session. Auth keys are masked here, in the model, with a
// fixed placeholder that does not reveal anything (not even the length), so no
// view, copy or drag can leak them; a row's key shows only after reveal(row).
#pragma once

#include "model/session.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace fero::gui {

class DcTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DcTableModel)

public:
    enum Column { Home, DcId, Address, IpVersion, Flags, AuthKeyId, Key, FirstSalt, TimeOffset, ColumnCount };
    static constexpr QStringView MaskedKey = u"••••••";

    explicit DcTableModel(QObject *parent = nullptr);
    ~DcTableModel() override; // wipes the revealed keys' text

    // Resets the table; every key goes back to masked.
    void setSession(std::shared_ptr<const fero::Session> session);

    bool isRevealed(int row) const;
    // The revealed key's hex text (empty while hidden): the only way the
    // secret leaves the model. The table cell itself says where it is shown.
    QString keyText(int row) const;
    void setRevealed(int row, bool revealed);
    void hideAll();
    int homeRow() const { return m_homeRow; }
    bool hasKey(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "media, CDN" etc. from the flag bits; "—" when none.
    static QString flagsText(std::uint8_t flags);

private:
    void wipeKeyTexts();

    std::shared_ptr<const fero::Session> m_session;
    std::vector<bool> m_revealed;
    // A revealed key's hex text, made once when revealed and wiped when hidden:
    // every repaint gets this same (shared) string, not a fresh heap copy.
    std::vector<QString> m_keyText;
    int m_homeRow = -1;
};

} // namespace fero::gui
