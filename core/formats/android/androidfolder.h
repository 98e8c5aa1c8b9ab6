// Telegram Android's app folder (android-wtelegram.md §1.1): files/tgnet.dat
// and shared_prefs/userconfing.xml for account 0, files/accountN/ and
// shared_prefs/userconfigN.xml for the slots 1..4, or a bare tgnet.dat.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>

#include <vector>

namespace fero::androidfolder {

// The app allows five accounts (MAX_ACCOUNT_COUNT in Defines.h).
inline constexpr int kMaxAccounts = 5;

// A folder holding files/tgnet.dat (or its .bak) in slot 0 or any slot.
bool looksLikeAppFolder(const QString &path);
// A file whose first bytes are a tgnet.dat header (tgnet::looksLikeTgnet).
bool looksLikeTgnetFile(const QString &path);

// Every slot with a logged-in tgnet.dat, in slot order; accountIds "slot:N".
// A bare tgnet.dat gets its user id from the shared_prefs/ folder beside
// its parent when it sits in an app folder's files/. Opening never writes (the .bak is read, not renamed).
Result<DecodedSession> read(const QString &path);

// A new app folder with one account per slot from 0 (tgnet.dat as the app
// accepts it, userconfing.xml as AndroidTelePorter writes it).
Status write(const std::vector<Session> &accounts, const QString &path, bool overwrite);

} // namespace fero::androidfolder
