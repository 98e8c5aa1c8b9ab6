// Compare two sessions side by side (e.g. today's file against yesterday's
// backup): counters, DC table, peer cache, min peers and channel pts, each a
// table with added / removed / changed rows highlighted (core/diff.h).
#pragma once

#include "inspect/diff.h"

#include <QDialog>

#include <array>
#include <memory>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace fero::gui {

class DiffFilterProxy;
class DiffModel;

class CompareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const QString &nameA, const Session &a, const QString &nameB, const Session &b,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    const SessionDiff &diff() const { return *m_diff; }
    DiffModel *model(DiffSection section) const;
    DiffFilterProxy *proxy(DiffSection section) const;
    QTabWidget *tabs() const { return m_tabs; }
    void setShowUnchanged(bool show);

private:
    static constexpr std::size_t SectionCount = 5;
    std::shared_ptr<const SessionDiff> m_diff;
    std::array<DiffModel *, SectionCount> m_models{};
    std::array<DiffFilterProxy *, SectionCount> m_proxies{};
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_showUnchanged = nullptr;
};

} // namespace fero::gui
