// The Updates tab: the account's update counters and the per-channel pts.
#pragma once

#include "session/channelptsmodel.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableView;

namespace fero::gui {

class IntSortProxy;

class UpdatesTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesTab)

public:
    explicit UpdatesTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);
    QString fieldText(const QString &name) const;
    ChannelPtsModel *model() const { return m_model; }
    IntSortProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }


private:
    ChannelPtsModel *m_model;
    IntSortProxy *m_proxy;
    QTableView *m_view;
    QList<QLabel *> m_fields;
    QLabel *m_channelsTitle;
};

} // namespace fero::gui
