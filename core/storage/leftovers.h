// Temporary files and folders that writers create beside their target:
// named ".<target name>.feroscope-tmp-XXXXXX" (recognisable in a listing and
// by the sweep), locked with flock(2) by the writing process for as long as
// it works on them. A writer killed half-way leaves its temporary behind,
// unlocked; the next write to the same place removes it (sweepLeftovers).
// A live writer's temporary is never removed: its lock is held.
#pragma once

#include <QString>

namespace fero {

// ".<name>.feroscope-tmp-" for target ".../<name>".
QString leftoverPrefix(const QString &targetPath);
// The QTemporaryFile/QTemporaryDir template beside target.
QString temporaryTemplate(const QString &targetPath);

// Removes every unlocked ".<name>.feroscope-tmp-*" entry beside target
// (files, their SQLite companions, folders). Returns how many went.
int sweepLeftovers(const QString &targetPath);

// flock(LOCK_EX) on a file or folder while alive: marks a temporary as
// being worked on by a live process.
class OwnerLock {
public:
    explicit OwnerLock(const QString &path);
    ~OwnerLock();
    OwnerLock(const OwnerLock &) = delete;
    OwnerLock &operator=(const OwnerLock &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// Removes a folder and what it holds without following symbolic links:
// a link (to a folder or anything else) is unlinked, never entered.
bool removeTreeNoFollow(const QString &path);

} // namespace fero
