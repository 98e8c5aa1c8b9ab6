#include "session/sessionview.h"

#include "session/dcstab.h"
#include "session/minpeerstab.h"
#include "session/overviewtab.h"
#include "session/peerstab.h"
#include "session/rawtab.h"
#include "session/updatestab.h"

#include <QScrollBar>
#include <QTableView>

namespace fero::gui {

namespace {

struct ScrollState {
    int value = 0;
    QModelIndex current;
};

} // namespace

SessionView::SessionView(QWidget *parent)
    : QTabWidget(parent)
    , m_overview(new OverviewTab(this))
    , m_dcs(new DcsTab(this))
    , m_updates(new UpdatesTab(this))
    , m_peers(new PeersTab(this))
    , m_minPeers(new MinPeersTab(m_peers->model(), this))
    , m_raw(new RawTab(this))
{
    setObjectName(QStringLiteral("sessionView"));
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    addTab(m_dcs, tr("&DCs"));
    addTab(m_updates, tr("&Updates"));
    addTab(m_peers, tr("&Peers"));
    addTab(m_minPeers, tr("&Min Peers"));
    addTab(m_raw, tr("Ra&w JSON")); // R is Reload's in the View menu, which lists the tabs too
    setTabToolTip(OverviewPage, tr("What this session is and what looks wrong (Ctrl+1)"));
    setTabToolTip(DcsPage, tr("Data centres, addresses and auth key ids (Ctrl+2)"));
    setTabToolTip(UpdatesPage, tr("Update counters and per-channel pts (Ctrl+3)"));
    setTabToolTip(PeersPage, tr("The access-hash cache (Ctrl+4)"));
    setTabToolTip(MinPeersPage, tr("Users seen only inside messages (Ctrl+5)"));
    setTabToolTip(RawPage, tr("The canonical JSON (Ctrl+6)"));

    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == RawPage)
            m_raw->ensureBuilt();
    });
    connect(m_minPeers, &MinPeersTab::jumpToPeer, this, [this](int row) {
        setCurrentIndex(PeersPage);
        m_peers->showPeer(row);
    });
    connect(m_peers, &PeersTab::copyRequested, this, &SessionView::copyRequested);
    connect(m_dcs, &DcsTab::copyRequested, this, &SessionView::copyRequested);
    connect(m_dcs, &DcsTab::copySecretRequested, this, &SessionView::copySecretRequested);
    connect(m_raw, &RawTab::copyRequested, this, &SessionView::copyRequested);
    connect(m_raw, &RawTab::copySecretRequested, this, &SessionView::copySecretRequested);
    showNothing();
}

void SessionView::setDataTabsEnabled(bool enabled)
{
    for (int i = DcsPage; i < TabCount; ++i)
        setTabEnabled(i, enabled);
}

void SessionView::showNothing()
{
    m_entryId = 0;
    m_shown = nullptr;
    m_overview->showEmpty();
    m_dcs->setSession(nullptr);
    m_updates->setSession(nullptr);
    m_peers->setSession(nullptr);
    m_minPeers->setSession(nullptr);
    m_raw->setSession(nullptr);
    setDataTabsEnabled(false);
    setCurrentIndex(OverviewPage);
}

void SessionView::showEntry(const LibraryEntry &entry)
{
    const bool usable = entry.decoded && !entry.decoded->sessions.empty();
    if (usable && entry.id == m_entryId && entry.decoded.get() == m_shown)
        return; // nothing changed
    const bool sameEntry = entry.id == m_entryId && m_entryId != 0;

    // Remember where the user was, to come back there after a reload.
    const PeersTab::State peerState = m_peers->saveState();
    auto scrollOf = [](QTableView *view) {
        return ScrollState{view->verticalScrollBar()->value(), view->currentIndex()};
    };
    const ScrollState dcState = scrollOf(m_dcs->view());
    const int dcRow = dcState.current.row();
    const ScrollState minState = scrollOf(m_minPeers->view());
    const ScrollState ptsState = scrollOf(m_updates->view());
    const int tab = currentIndex();

    m_entryId = entry.id;
    m_shown = entry.decoded.get();
    if (!sameEntry) { // before the new rows arrive: one filter pass, not two
        m_peers->clearSearch();
        m_minPeers->clearSearch();
    }
    m_overview->showEntry(entry);
    if (!usable) {
        m_dcs->setSession(nullptr);
        m_updates->setSession(nullptr);
        m_peers->setSession(nullptr);
        m_minPeers->setSession(nullptr);
        m_raw->setSession(nullptr);
        setDataTabsEnabled(false);
        setCurrentIndex(OverviewPage);
        return;
    }
    // Aliasing pointers: the tabs share ownership of the whole decoded session.
    const std::shared_ptr<const fero::Session> session(entry.decoded, &entry.decoded->session());
    m_dcs->setSession(session);
    m_updates->setSession(session);
    m_peers->setSession(session);
    m_minPeers->setSession(session); // after peers: it links to the peer model
    m_raw->setSession(entry.decoded);
    setDataTabsEnabled(true);

    if (sameEntry) {
        setCurrentIndex(tab);
        m_peers->restoreState(peerState);
        if (dcRow >= 0 && dcRow < m_dcs->model()->rowCount())
            m_dcs->view()->selectRow(dcRow);
        m_dcs->view()->verticalScrollBar()->setValue(dcState.value);
        m_minPeers->view()->verticalScrollBar()->setValue(minState.value);
        m_updates->view()->verticalScrollBar()->setValue(ptsState.value);
        if (tab == RawPage)
            m_raw->ensureBuilt();
    } else if (currentIndex() == RawPage) {
        m_raw->ensureBuilt();
    }
}

} // namespace fero::gui
