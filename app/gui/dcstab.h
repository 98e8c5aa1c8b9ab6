// The DCs tab: the DC table, the home DC marked, keys masked until revealed
// one row at a time.
#pragma once

#include "dctablemodel.h"

#include <QWidget>

class QTableView;
class QAction;
class QLabel;

namespace feroscope {

class DcsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DcsTab)

public:
    explicit DcsTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);
    DcTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *revealAction() const { return m_reveal; }
    QAction *hideAllAction() const { return m_hideAll; }

private:
    void updateActions();

    DcTableModel *m_model;
    QTableView *m_view;
    QAction *m_reveal;
    QAction *m_hideAll;
    QLabel *m_hint;
};

} // namespace feroscope
