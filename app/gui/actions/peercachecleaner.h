// Peer-cache cleaning in the GUI: each operation produces a modified copy
// (core/prune.h) of the session that was opened; the original stays as read
// until SaveChangesHelper writes the copy somewhere.
#pragma once

#include "inspect/diff.h"
#include "edit/prune.h"

#include <QObject>

namespace fero::gui {

class PeerCacheCleaner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerCacheCleaner)

public:
    explicit PeerCacheCleaner(const Session &original, QObject *parent = nullptr);

    const Session &original() const { return m_original; }
    const Session &current() const { return m_current; }
    bool isModified() const { return !(m_current == m_original); }
    // What the copy lacks compared with the original, for a "Unsaved: …" line.
    SessionDiff changes() const { return diffSessions(m_original, m_current); }

    // Each returns what it did as a sentence for the status bar.
    QString removePeers(const std::vector<PeerKey> &peers);
    QString removeMinPeers(const std::vector<std::int64_t> &userIds);
    // Exactly these rows of the copy's min_peers (a GUI selection: one user
    // may have several contexts, and only the selected ones go).
    QString removeMinPeerRows(const std::vector<int> &rows);
    QString removeAllMinPeers();
    QString clearChannelPts();
    // Back to the original (nothing is written either way).
    void revert();
    // After a save: the copy becomes the new original.
    void markSaved();

signals:
    void modifiedChanged(bool modified);
    // The copy changed (the views showing it should reload).
    void sessionChanged();

private:
    QString apply(const PruneRequest &request);

    Session m_original;
    Session m_current;
};

} // namespace fero::gui
