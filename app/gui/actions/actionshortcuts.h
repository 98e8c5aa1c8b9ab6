// Proposed keyboard shortcuts for the actions in this folder, for the main
// window's menus and toolbar (one place, so menus and tooltips agree).
// Functions, not globals: a QKeySequence built from a StandardKey needs the
// platform theme, which exists only after QGuiApplication.
#pragma once

#include <QKeySequence>

namespace fero::gui::shortcuts {

inline QKeySequence exportSession()
{
    return QKeySequence(Qt::CTRL | Qt::Key_E);
}
inline QKeySequence batchExport()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
}
inline QKeySequence copyStringSession()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}
inline QKeySequence copyReport()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}
inline QKeySequence clearClipboard()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
}
inline QKeySequence compare()
{
    return QKeySequence(Qt::CTRL | Qt::Key_D);
}
inline QKeySequence deleteSession()
{
    return QKeySequence(QKeySequence::Delete);
}
inline QKeySequence deletePermanently()
{
    return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
}
inline QKeySequence restrictPermissions()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}
// Peer-cache cleaning, in the Peers / Min peers tabs.
inline QKeySequence removeSelectedRows()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Delete);
}
inline QKeySequence pruneMinPeers()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
}
inline QKeySequence clearChannelPts()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
}
inline QKeySequence save()
{
    return QKeySequence(QKeySequence::Save);
}
inline QKeySequence saveAs()
{
    return QKeySequence(QKeySequence::SaveAs);
}

} // namespace fero::gui::shortcuts
