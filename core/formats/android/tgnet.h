// Telegram Android's tgnet.dat (android-wtelegram.md §1.2-1.6): the
// connection state of one account, read into a Session and written as
// config 5 / datacenter 13.
#pragma once

#include "base/result.h"
#include "model/session.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace fero::tgnet {

// The size prefix and the config version (1..5) followed by a Bool: what
// tells a tgnet.dat by content, nothing decrypted or parsed past it.
bool looksLikeTgnet(QByteArrayView file);

// DC entries: one per stored address (its flags as stored; the four lists
// are told apart by the ipv6 and download bits), each carrying its
// datacenter's permanent key; a datacenter with a key and no address gives
// one entry without an address. Home DC = current_dc_id, test mode =
// test_backend, the time difference on every entry. Temporary keys, salts
// and address secrets are not kept: warnings say so.
struct Read {
    Session session;
    QStringList warnings;
    bool loggedOut = false; // has_current_datacenter false: nothing past the header
};
Result<Read> read(QByteArrayView file);

// config 5 with every datacenter at version 13, as the app accepts it
// (§1.6): a random non-zero push_session_id, the home DC authorized, no
// salts and no sessions to destroy (AndroidTelePorter writes none either).
// Holds auth keys: the caller wipes it.
Result<QByteArray> write(const Session &session);

} // namespace fero::tgnet
