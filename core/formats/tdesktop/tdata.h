// Telegram Desktop's `tdata` folder as @mtcute/convert reads and writes it
// (foreign-formats.md §9): key_datas, and per account a data file with the
// MTProto authorization and a map file. Local passcode in UTF-8.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace fero::tdata {

inline constexpr std::int32_t AppVersion = 5008003; // what mtcute writes (§9.2)

// Why a read failed, for callers that react (prompt for a passcode again).
// PasscodeNeeded: none was given and the folder has one; WrongPasscode: the
// one given does not open it (or one was given and none is set).
enum class Problem { None, PasscodeNeeded, WrongPasscode, NotTdata, MissingFile, Damaged };

// "data" -> "D877F783D5D3EF8C" (§9.1).
QString fileKey(const QString &dataName);
// "data" for account 0, "data#<i+1>" otherwise.
QString accountDataName(int index);

// True when folder holds a key_datas file (the cheap detection test).
bool looksLikeTdata(const QString &folder);
// True when the key file does not open with an empty passcode.
bool needsPasscode(const QString &folder);

// Derives the key that opens key_datas from its salt and the local passcode
// in UTF-8 (§9.4). read() uses tdatacrypto::passcodeKey, which runs 100,000
// PBKDF2-HMAC-SHA512 rounds for a non-empty passcode (tens of milliseconds).
// A caller that opens the same folder with the same passcode over and over
// (the tdata fuzz target) passes one that returns the key it derived once for
// that salt. A function that returns anything but passcodeKey's result makes
// the passcode read as wrong; nothing else depends on it.
using PasscodeKeyFunction = QByteArray (*)(QByteArrayView salt, QByteArrayView passcodeUtf8);

// Every account, in the order key_datas lists them, one Session each: home DC
// = main DC, one DC entry per key with the production address (tdata stores
// neither address nor test flag), user id as stored (0 = unknown). A folder
// with a passcode read without one gives Problem::PasscodeNeeded and
// Lock::PasscodeNeeded in the error; a wrong passcode, "wrong passcode",
// Problem::WrongPasscode and Lock::WrongPasscode.
// deriveKey: see PasscodeKeyFunction; nullptr = tdatacrypto::passcodeKey.
Result<DecodedSession> read(const QString &folder, const QString &passcode = {}, Problem *problem = nullptr,
                            PasscodeKeyFunction deriveKey = nullptr);

// Writes a NEW tdata folder with one account per session (user id required:
// session.account.userId), every DC key of each session, and the passcode
// (empty = none). Salt, local key and padding are random.
Status write(const std::vector<Session> &sessions, const QString &folder, const QString &passcode = {},
             bool overwrite = false);

// The DC entries whose keys an account data file holds: one per DC id that
// has a key (tdata keys by DC id), the home DC first; per id a main entry
// before a media-only one. The loss report judges these same entries.
std::vector<const DcEntry *> keptKeys(const Session &session);

// Where Telegram Desktop and its forks keep tdata on this system (native,
// snap, Flatpak, Kotatogram, 64Gram, AyuGram, ...): every candidate path,
// existing or not, most common first.
QStringList usualLocations();
// The subset of usualLocations() that exist and hold a key_datas file.
QStringList existingLocations();

} // namespace fero::tdata
