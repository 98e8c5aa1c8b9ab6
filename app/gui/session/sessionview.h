// The right side of the window: one session in six tabs (Overview, DCs,
// Updates, Peers, Min peers, Raw). Showing the same entry again (a reload)
// keeps the tab, the selections, the filters and the scroll positions.
#pragma once

#include "library/libraryentry.h"

#include <QTabWidget>

namespace fero::gui {

class DcsTab;
class MinPeersTab;
class OverviewTab;
class PeersTab;
class RawTab;
class UpdatesTab;

class SessionView final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    enum Tab { OverviewPage, DcsPage, UpdatesPage, PeersPage, MinPeersPage, RawPage, TabCount };

    explicit SessionView(QWidget *parent = nullptr);

    void showEntry(const LibraryEntry &entry);
    void showNothing();
    quint64 shownEntryId() const { return m_entryId; }

    OverviewTab *overview() const { return m_overview; }
    DcsTab *dcs() const { return m_dcs; }
    UpdatesTab *updates() const { return m_updates; }
    PeersTab *peers() const { return m_peers; }
    MinPeersTab *minPeers() const { return m_minPeers; }
    RawTab *raw() const { return m_raw; }

signals:
    void copyRequested(const QString &text);
    // A revealed key or revealed JSON: only through the clipboard guard.
    void copySecretRequested(const QString &text);

private:
    void setDataTabsEnabled(bool enabled);

    OverviewTab *m_overview;
    DcsTab *m_dcs;
    UpdatesTab *m_updates;
    PeersTab *m_peers;
    MinPeersTab *m_minPeers;
    RawTab *m_raw;
    quint64 m_entryId = 0;
    const fero::DecodedSession *m_shown = nullptr;
};

} // namespace fero::gui
