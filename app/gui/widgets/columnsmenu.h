// A header's context menu to show and hide columns (every column but the
// first, which holds the tree). Right-click a header to get it.
#pragma once

#include <QList>

#include <functional>

class QHeaderView;
class QMenu;
class QWidget;

namespace fero::gui {

// Called with the hidden columns after each change (to remember them).
using HiddenColumnsChanged = std::function<void(const QList<int> &hidden)>;

// Builds the menu for the header's current state: one checkable entry per column.
QMenu *createColumnsMenu(QHeaderView *header, QWidget *parent, const HiddenColumnsChanged &changed);
// Shows that menu on right-click of the header.
void installColumnsMenu(QHeaderView *header, const HiddenColumnsChanged &changed);

} // namespace fero::gui
