<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountChoice</name>
    <message numerus="yes">
        <source>%1: the source holds %n account(s), numbered from 0; there is no account %2.</source>
        <translation>
            <numerusform>%1: the source holds %n account, numbered from 0; there is no account %2.</numerusform>
            <numerusform>%1: the source holds %n accounts, numbered from 0; there is no account %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AndroidCodec</name>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n DC entry without a key or an address is dropped.</numerusform>
            <numerusform>%n DC entries without a key or an address are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) are dropped: tgnet.dat keeps one permanent key per DC.</source>
        <translation>
            <numerusform>%n auth key is dropped: tgnet.dat keeps one permanent key per DC.</numerusform>
            <numerusform>%n auth keys are dropped: tgnet.dat keeps one permanent key per DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt (or a time offset other than the home DC&apos;s) of %n DC entry(ies) is dropped.</source>
        <translation>
            <numerusform>The salt (or a time offset other than the home DC&apos;s) of %n DC entry is dropped.</numerusform>
            <numerusform>The salt (or a time offset other than the home DC&apos;s) of %n DC entries is dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n cached peer is dropped.</numerusform>
            <numerusform>%n cached peers are dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n session(s) converted into %1</source>
        <translation>
            <numerusform>%n session converted into %1</numerusform>
            <numerusform>%n sessions converted into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already complete by the journal, skipped</source>
        <translation>
            <numerusform>; %n already complete by the journal, skipped</numerusform>
            <numerusform>; %n already complete by the journal, skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message numerus="yes">
        <source>The future auth token (%n byte(s)) is dropped: %1.</source>
        <translation>
            <numerusform>The future auth token (%n byte) is dropped: %1.</numerusform>
            <numerusform>The future auth token (%n bytes) is dropped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (binary v8 and newer only); those that are neither channel nor chat read back as users.</source>
        <translation>
            <numerusform>%n community peer loses the community flag (binary v8 and newer only); if it is neither channel nor chat it reads back as a user.</numerusform>
            <numerusform>%n community peers lose the community flag (binary v8 and newer only); those that are neither channel nor chat read back as users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and newer only).</source>
        <translation>
            <numerusform>%n channel kind (broadcast, megagroup, gigagroup) is dropped (binary v6 and newer only).</numerusform>
            <numerusform>%n channel kinds (broadcast, megagroup, gigagroup) are dropped (binary v6 and newer only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and channels).</source>
        <translation>
            <numerusform>%n basic group loses the chat flag (binary v2 to v4 only wrote users and channels).</numerusform>
            <numerusform>%n basic groups lose the chat flag (binary v2 to v4 only wrote users and channels).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are saved as chats: a binary file has one peer type, so the channel flag is dropped.</source>
        <translation>
            <numerusform>%n peer flagged both chat and channel is saved as a chat: a binary file has one peer type, so the channel flag is dropped.</numerusform>
            <numerusform>%n peers flagged both chat and channel are saved as chats: a binary file has one peer type, so the channel flag is dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped (legacy v1 holds the DC table only).</source>
        <translation>
            <numerusform>%n cached peer is dropped (legacy v1 holds the DC table only).</numerusform>
            <numerusform>%n cached peers are dropped (legacy v1 holds the DC table only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n channel pts value is dropped.</numerusform>
            <numerusform>%n channel pts values are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped (binary v4 and newer only).</source>
        <translation>
            <numerusform>%n min peer is dropped (binary v4 and newer only).</numerusform>
            <numerusform>%n min peers are dropped (binary v4 and newer only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The flags of %n DC table row(s) are dropped (binary v3 and newer only).</source>
        <translation>
            <numerusform>The flags of %n DC table row are dropped (binary v3 and newer only).</numerusform>
            <numerusform>The flags of %n DC table rows are dropped (binary v3 and newer only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a compact string holds one DC.</source>
        <translation>
            <numerusform>%n other DC table row is dropped: a compact string holds one DC.</numerusform>
            <numerusform>%n other DC table rows are dropped: a compact string holds one DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n auth key of another DC entry is dropped (that login is lost).</numerusform>
            <numerusform>%n auth keys of other DC entries are dropped (those logins are lost).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n cached peer is dropped.</numerusform>
            <numerusform>%n cached peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min peer is dropped.</numerusform>
            <numerusform>%n min peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</source>
        <translation>
            <numerusform>%n community peer loses the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</numerusform>
            <numerusform>%n community peers lose the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</source>
        <translation>
            <numerusform>%n channel kind is dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</numerusform>
            <numerusform>%n channel kinds are dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderStorage</name>
    <message numerus="yes">
        <source> %n item(s) inside were already deleted.</source>
        <translation>
            <numerusform> %n item inside was already deleted.</numerusform>
            <numerusform> %n items inside were already deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignFileConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: %1 keeps one DC.</source>
        <translation>
            <numerusform>%n DC entry besides the home DC&apos;s is dropped: %1 keeps one DC.</numerusform>
            <numerusform>%n DC entries besides the home DC&apos;s are dropped: %1 keeps one DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>%n auth key of another DC entry is dropped.</numerusform>
            <numerusform>%n auth keys of other DC entries are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broadcast/megagroup kind of %n channel(s) is dropped.</source>
        <translation>
            <numerusform>The broadcast/megagroup kind of %n channel is dropped.</numerusform>
            <numerusform>The broadcast/megagroup kind of %n channels is dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) are stored as plain peers.</source>
        <translation>
            <numerusform>%n community peer is stored as a plain peer.</numerusform>
            <numerusform>%n community peers are stored as plain peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are stored as chats.</source>
        <translation>
            <numerusform>%n peer flagged both chat and channel is stored as a chat.</numerusform>
            <numerusform>%n peers flagged both chat and channel are stored as chats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n channel pts value is dropped.</numerusform>
            <numerusform>%n channel pts values are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min peer is dropped.</numerusform>
            <numerusform>%n min peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.</source>
        <translation>
            <numerusform>%n DC entry is dropped: tdata keeps one auth key per DC id and no addresses.</numerusform>
            <numerusform>%n DC entries are dropped: tdata keeps one auth key per DC id and no addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n cached peer is dropped.</numerusform>
            <numerusform>%n cached peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) are dropped: no marked id reads back as the same peer (%1).</source>
        <translation>
            <numerusform>%n peer is dropped: no marked id reads back as the same peer (%1).</numerusform>
            <numerusform>%n peers are dropped: no marked id reads back as the same peer (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.</source>
        <translation>
            <numerusform>%n peer has the same marked id as a later peer, which replaces it: one row per id.</numerusform>
            <numerusform>%n peers have the same marked id as a later peer, which replaces them: one row per id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) that are not channels carry a channel kind, which is dropped.</source>
        <translation>
            <numerusform>%n peer that is not a channel carries a channel kind, which is dropped.</numerusform>
            <numerusform>%n peers that are not channels carry a channel kind, which is dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gigagroup(s) are stored as &quot;supergroup&quot; and read back as megagroups: Pyrogram has no gigagroup type.</source>
        <translation>
            <numerusform>%n gigagroup is stored as &quot;supergroup&quot; and reads back as a megagroup: Pyrogram has no gigagroup type.</numerusform>
            <numerusform>%n gigagroups are stored as &quot;supergroup&quot; and read back as megagroups: Pyrogram has no gigagroup type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) of unknown kind (%1 of them without an access hash) are stored as &quot;channel&quot; and read back as broadcast channels: Pyrogram&apos;s peer type has no unknown kind.</source>
        <translation>
            <numerusform>%n channel of unknown kind (%1 without an access hash) is stored as &quot;channel&quot; and reads back as a broadcast channel: Pyrogram&apos;s peer type has no unknown kind.</numerusform>
            <numerusform>%n channels of unknown kind (%1 of them without an access hash) are stored as &quot;channel&quot; and read back as broadcast channels: Pyrogram&apos;s peer type has no unknown kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</source>
        <translation>
            <numerusform>%n channel pts value with a channel id of 0 or below is not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</numerusform>
            <numerusform>%n channel pts values with a channel id of 0 or below are not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per channel (the last).</source>
        <translation>
            <numerusform>%n channel pts value repeats the id of an earlier entry; Telethon keeps one row per channel (the last).</numerusform>
            <numerusform>%n channel pts values repeat the id of an earlier entry; Telethon keeps one row per channel (the last).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: they read back with the DC&apos;s usual address and none of the others.</source>
        <translation>
            <numerusform>%n kept DC entry has an address, salt, time offset or flags that tdata does not store: it reads back with the DC&apos;s usual address and none of the others.</numerusform>
            <numerusform>%n kept DC entries have an address, salt, time offset or flags that tdata does not store: they read back with the DC&apos;s usual address and none of the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have more than one username; %1 keeps only the first.</source>
        <translation>
            <numerusform>%n peer has more than one username; %1 keeps only the first.</numerusform>
            <numerusform>%n peers have more than one username; %1 keeps only the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum or direct-messages peer(s) are stored as &quot;supergroup&quot;: %1 has no such type.</source>
        <translation>
            <numerusform>%n forum or direct-messages peer is stored as &quot;supergroup&quot;: %1 has no such type.</numerusform>
            <numerusform>%n forum or direct-messages peers are stored as &quot;supergroup&quot;: %1 has no such type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) that are not channels are stored as plain peers.</source>
        <translation>
            <numerusform>%n community peer that is not a channel is stored as a plain peer.</numerusform>
            <numerusform>%n community peers that are not channels are stored as plain peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) of no channel are dropped: %1 has no update_state table.</source>
        <translation>
            <numerusform>%n update_state row of no channel is dropped: %1 has no update_state table.</numerusform>
            <numerusform>%n update_state rows of no channel are dropped: %1 has no update_state table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are dropped; the permanent keys are kept.</source>
        <translation>
            <numerusform>%n temporary (PFS) auth key is dropped; the permanent keys are kept.</numerusform>
            <numerusform>%n temporary (PFS) auth keys are dropped; the permanent keys are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The future salts of %n DC(s) are dropped.</source>
        <translation>
            <numerusform>The future salts of %n DC are dropped.</numerusform>
            <numerusform>The future salts of %n DCs are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The addresses of %n DC entry(ies) besides the main and media DC are dropped: mtcute keeps only their auth keys.</source>
        <translation>
            <numerusform>The address of %n DC entry besides the main and media DC is dropped: mtcute keeps only its auth key.</numerusform>
            <numerusform>The addresses of %n DC entries besides the main and media DC are dropped: mtcute keeps only their auth keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC number that already has one are dropped: mtcute keeps one key per DC number.</source>
        <translation>
            <numerusform>%n more auth key of a DC number that already has one is dropped: mtcute keeps one key per DC number.</numerusform>
            <numerusform>%n more auth keys of a DC number that already has one are dropped: mtcute keeps one key per DC number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt and time offset of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>The salt and time offset of %n DC entry are dropped.</numerusform>
            <numerusform>The salt and time offset of %n DC entries are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: mtcute stores none for basic groups.</source>
        <translation>
            <numerusform>The access hash of %n basic group is dropped: mtcute stores none for basic groups.</numerusform>
            <numerusform>The access hashes of %n basic groups are dropped: mtcute stores none for basic groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: mtcute keys channels by their positive ids.</source>
        <translation>
            <numerusform>%n channel pts value with a channel id of 0 or below is not written: mtcute keys channels by their positive ids.</numerusform>
            <numerusform>%n channel pts values with a channel id of 0 or below are not written: mtcute keys channels by their positive ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; mtcute keeps one per channel (the last).</source>
        <translation>
            <numerusform>%n channel pts value repeats the id of an earlier entry; mtcute keeps one per channel (the last).</numerusform>
            <numerusform>%n channel pts values repeat the id of an earlier entry; mtcute keeps one per channel (the last).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</source>
        <translation>
            <numerusform>%n DC entry is dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</numerusform>
            <numerusform>%n DC entries are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC that already has one are dropped: Telethon 2 keeps one key per DC.</source>
        <translation>
            <numerusform>%n more auth key of a DC that already has one is dropped: Telethon 2 keeps one key per DC.</numerusform>
            <numerusform>%n more auth keys of a DC that already has one are dropped: Telethon 2 keeps one key per DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: Telethon 2 keeps no peer cache.</source>
        <translation>
            <numerusform>%n cached peer is dropped: Telethon 2 keeps no peer cache.</numerusform>
            <numerusform>%n cached peers are dropped: Telethon 2 keeps no peer cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have no last_update_on; %1 stores the time of writing.</source>
        <translation>
            <numerusform>%n peer has no last_update_on; %1 stores the time of writing.</numerusform>
            <numerusform>%n peers have no last_update_on; %1 stores the time of writing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignStringConvert</name>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media DC.</source>
        <translation>
            <numerusform>%n other DC table row is dropped: an mtcute string holds the home DC and one media DC.</numerusform>
            <numerusform>%n other DC table rows are dropped: an mtcute string holds the home DC and one media DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a %1 holds one DC.</source>
        <translation>
            <numerusform>%n other DC table row is dropped: a %1 holds one DC.</numerusform>
            <numerusform>%n other DC table rows are dropped: a %1 holds one DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n auth key of another DC entry is dropped (that login is lost).</numerusform>
            <numerusform>%n auth keys of other DC entries are dropped (those logins are lost).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n channel pts value is dropped.</numerusform>
            <numerusform>%n channel pts values are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n cached peer is dropped.</numerusform>
            <numerusform>%n cached peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min peer is dropped.</numerusform>
            <numerusform>%n min peers are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached upload(s) (Telethon sent_files) are dropped.</source>
        <translation>
            <numerusform>%n cached upload (Telethon sent_files) is dropped.</numerusform>
            <numerusform>%n cached uploads (Telethon sent_files) are dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GotdConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: gotd keeps one DC.</source>
        <translation>
            <numerusform>%n DC entry besides the home DC&apos;s is dropped: gotd keeps one DC.</numerusform>
            <numerusform>%n DC entries besides the home DC&apos;s are dropped: gotd keeps one DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>%n auth key of another DC entry is dropped.</numerusform>
            <numerusform>%n auth keys of other DC entries are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: gotd&apos;s session JSON has no peer cache.</source>
        <translation>
            <numerusform>%n cached peer is dropped: gotd&apos;s session JSON has no peer cache.</numerusform>
            <numerusform>%n cached peers are dropped: gotd&apos;s session JSON has no peer cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GotdJson</name>
    <message numerus="yes">
        <source>version 1, no address, %n DC option(s) in its config</source>
        <translation>
            <numerusform>version 1, no address, %n DC option in its config</numerusform>
            <numerusform>version 1, no address, %n DC options in its config</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version 1, address %1, %n DC option(s) in its config</source>
        <translation>
            <numerusform>version 1, address %1, %n DC option in its config</numerusform>
            <numerusform>version 1, address %1, %n DC options in its config</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersConvert</name>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: the grammers TL file has no peer cache.</source>
        <translation>
            <numerusform>%n cached peer is dropped: the grammers TL file has no peer cache.</numerusform>
            <numerusform>%n cached peers are dropped: the grammers TL file has no peer cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) with an id above %1 are dropped: grammers cannot key them.</source>
        <translation>
            <numerusform>%n channel with an id above %1 is dropped: grammers cannot key them.</numerusform>
            <numerusform>%n channels with an id above %1 are dropped: grammers cannot key them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: grammers stores none for them.</source>
        <translation>
            <numerusform>The access hash of %n basic group is dropped: grammers stores none for them.</numerusform>
            <numerusform>The access hash of %n basic groups is dropped: grammers stores none for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersDcs</name>
    <message numerus="yes">
        <source>%n media-only DC entry(s) are not written: grammers keeps one entry per DC.</source>
        <translation>
            <numerusform>%n media-only DC entry is not written: grammers keeps one entry per DC.</numerusform>
            <numerusform>%n media-only DC entries are not written: grammers keeps one entry per DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) with a host name or no port are not written: grammers stores IP addresses.</source>
        <translation>
            <numerusform>%n DC entry with a host name or no port is not written: grammers stores IP addresses.</numerusform>
            <numerusform>%n DC entries with a host name or no port are not written: grammers stores IP addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) of DCs without an IPv4 address are not written: grammers 0.8 needs one in every DC.</source>
        <translation>
            <numerusform>%n DC entry of DCs without an IPv4 address is not written: grammers 0.8 needs one in every DC.</numerusform>
            <numerusform>%n DC entries of DCs without an IPv4 address are not written: grammers 0.8 needs one in every DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) repeat a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</source>
        <translation>
            <numerusform>%n DC entry repeats a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</numerusform>
            <numerusform>%n DC entries repeat a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) differ from the key of their DC&apos;s first entry; grammers keeps one key per DC.</source>
        <translation>
            <numerusform>%n auth key differs from the key of their DC&apos;s first entry; grammers keeps one key per DC.</numerusform>
            <numerusform>%n auth keys differ from the key of their DC&apos;s first entry; grammers keeps one key per DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 port(s) differ from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</source>
        <translation>
            <numerusform>%n IPv6 port differs from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</numerusform>
            <numerusform>%n IPv6 ports differ from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry a salt or time offset; grammers stores neither.</source>
        <translation>
            <numerusform>%n DC entry carries a salt or time offset; grammers stores neither.</numerusform>
            <numerusform>%n DC entries carry a salt or time offset; grammers stores neither.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersTl</name>
    <message numerus="yes">
        <source>TL session, grammers 0.8 address layout (both addresses in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL session, grammers 0.8 address layout (both addresses in each of %n DC entry)</numerusform>
            <numerusform>TL session, grammers 0.8 address layout (both addresses in each of %n DC entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.7 address layout (one address in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL session, grammers 0.7 address layout (one address in each of %n DC entry)</numerusform>
            <numerusform>TL session, grammers 0.7 address layout (one address in each of %n DC entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the session are ignored.</source>
        <translation>
            <numerusform>%n byte after the session is ignored.</numerusform>
            <numerusform>%n bytes after the session are ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</source>
        <translation>
            <numerusform>%n DC entry carries one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</numerusform>
            <numerusform>%n DC entries carry one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message numerus="yes">
        <source>%n community peer(s): only ferogram 0.6.5 and newer keep them; older releases read them as plain peers and drop the flag on their next save.</source>
        <translation>
            <numerusform>%n community peer: only ferogram 0.6.5 and newer keep it; older releases read it as a plain peer and drop the flag on their next save.</numerusform>
            <numerusform>%n community peers: only ferogram 0.6.5 and newer keep them; older releases read them as plain peers and drop the flag on their next save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFlags</name>
    <message numerus="yes">
        <source>same key as %n other(s)</source>
        <translation>
            <numerusform>same key as %n other</numerusform>
            <numerusform>same key as %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message numerus="yes">
        <source>Remove %n Row(s) from Library</source>
        <translation>
            <numerusform>Remove %n Row from Library</numerusform>
            <numerusform>Remove %n Rows from Library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MtcuteSqlite</name>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are stored beside the permanent ones; they are shown, never used as the login.</source>
        <translation>
            <numerusform>%n temporary (PFS) auth key is stored beside the permanent ones; it is shown, never used as the login.</numerusform>
            <numerusform>%n temporary (PFS) auth keys are stored beside the permanent ones; they are shown, never used as the login.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionsAction</name>
    <message numerus="yes">
        <source>%n session(s) are now readable by you only.</source>
        <translation>
            <numerusform>%n session is now readable by you only.</numerusform>
            <numerusform>%n sessions are now readable by you only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) can be read by other users of this computer:

%1

Anyone who can read them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?</source>
        <translation>
            <numerusform>%n selected session can be read by other users of this computer:

%1

Anyone who can read it can use the account. Restrict it to you only (files 0600, session folders 0700)?</numerusform>
            <numerusform>%n selected sessions can be read by other users of this computer:

%1

Anyone who can read them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected session(s) are already readable by you only.</source>
        <translation>
            <numerusform>The selected session is already readable by you only.</numerusform>
            <numerusform>The %n selected sessions are already readable by you only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already were.</source>
        <translation>
            <numerusform>%n already was.</numerusform>
            <numerusform>%n already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be restricted.</source>
        <translation>
            <numerusform>%n could not be restricted.</numerusform>
            <numerusform>%n could not be restricted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message numerus="yes">
        <source>Removed %n peer(s), </source>
        <translation>
            <numerusform>Removed %n peer, </numerusform>
            <numerusform>Removed %n peers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) and </source>
        <translation>
            <numerusform>%n min peer and </numerusform>
            <numerusform>%n min peers and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts entries.</source>
        <translation>
            <numerusform>%n channel pts entry.</numerusform>
            <numerusform>%n channel pts entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PyrogramSqlite</name>
    <message numerus="yes">
        <source>%n peer(s) have an unknown type; their kind was taken from the id.</source>
        <translation>
            <numerusform>%n peer has an unknown type; its kind was taken from the id.</numerusform>
            <numerusform>%n peers have an unknown type; their kind was taken from the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) still have a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</source>
        <translation>
            <numerusform>%n peer still has a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</numerusform>
            <numerusform>%n peers still have a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) belong to no cached peer; they were not read.</source>
        <translation>
            <numerusform>%n username belongs to no cached peer; it was not read.</numerusform>
            <numerusform>%n usernames belong to no cached peer; they were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) are neither the account&apos;s (id 0) nor a channel&apos;s; they are kept as they are but not shown as counters.</source>
        <translation>
            <numerusform>%n update_state row is neither the account&apos;s (id 0) nor a channel&apos;s; it is kept as it is but not shown as counters.</numerusform>
            <numerusform>%n update_state rows are neither the account&apos;s (id 0) nor a channel&apos;s; they are kept as they are but not shown as counters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message numerus="yes">
        <source>text of %n byte(s)</source>
        <translation>
            <numerusform>text of %n byte</numerusform>
            <numerusform>text of %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a blob of %n byte(s)</source>
        <translation>
            <numerusform>a blob of %n byte</numerusform>
            <numerusform>a blob of %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with values ferogram skips or bends.</source>
        <translation>
            <numerusform>%1: %n more row with values ferogram skips or bends.</numerusform>
            <numerusform>%1: %n more rows with values ferogram skips or bends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteDbWrite</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%n row from %1</numerusform>
            <numerusform>%n rows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tdata</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TdlStore</name>
    <message numerus="yes">
        <source>legacy one-file store, %n namespace(s)</source>
        <translation>
            <numerusform>legacy one-file store, %n namespace</numerusform>
            <numerusform>legacy one-file store, %n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n logged in</source>
        <translation>
            <numerusform>, %n logged in</numerusform>
            <numerusform>, %n logged in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tgnet</name>
    <message numerus="yes">
        <source>Not a tgnet.dat: %n byte(s), less than its size field.</source>
        <translation>
            <numerusform>Not a tgnet.dat: %n byte, less than its size field.</numerusform>
            <numerusform>Not a tgnet.dat: %n bytes, less than its size field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserConfig</name>
    <message numerus="yes">
        <source>userconfing.xml: the user entry holds %n byte(s), no TL object.</source>
        <translation>
            <numerusform>userconfing.xml: the user entry holds %n byte, no TL object.</numerusform>
            <numerusform>userconfing.xml: the user entry holds %n bytes, no TL object.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WTelegramCodec</name>
    <message numerus="yes">
        <source>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n byte(s)).</source>
        <translation>
            <numerusform>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n byte).</numerusform>
            <numerusform>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n byte(s) of older saves besides the current block. They decrypt with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</source>
        <translation>
            <numerusform>The file holds %n byte of older saves besides the current block. It decrypts with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</numerusform>
            <numerusform>The file holds %n bytes of older saves besides the current block. They decrypt with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n DC entry without a key or an address is dropped.</numerusform>
            <numerusform>%n DC entries without a key or an address are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed DC entry(ies) repeat a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</source>
        <translation>
            <numerusform>%n keyed DC entry repeats a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</numerusform>
            <numerusform>%n keyed DC entries repeat a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time offset (and, on entries without a key, the salt) of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>The time offset (and, on an entry without a key, the salt) of %n DC entry is dropped.</numerusform>
            <numerusform>The time offset (and, on entries without a key, the salt) of %n DC entries are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n cached peer is dropped.</numerusform>
            <numerusform>%n cached peers are dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WTelegramFile</name>
    <message numerus="yes">
        <source>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n character(s).</source>
        <translation>
            <numerusform>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n character.</numerusform>
            <numerusform>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::CompareDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::DcsTab</name>
    <message numerus="yes">
        <source>Auth key of DC %1, hidden again in %n second(s) (or now with Hide Key):</source>
        <translation>
            <numerusform>Auth key of DC %1, hidden again in %n second (or now with Hide Key):</numerusform>
            <numerusform>Auth key of DC %1, hidden again in %n seconds (or now with Hide Key):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::DeleteDialog</name>
    <message numerus="yes">
        <source>The session rows of %n database(s) will be deleted; the file(s) stay:</source>
        <translation>
            <numerusform>The session rows of %n database will be deleted; the file stays:</numerusform>
            <numerusform>The session rows of %n databases will be deleted; the files stay:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n session to the trash.</numerusform>
            <numerusform>Moved %n sessions to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) permanently.</source>
        <translation>
            <numerusform>Deleted %n session permanently.</numerusform>
            <numerusform>Deleted %n sessions permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the session rows of %n database(s).</source>
        <translation>
            <numerusform>Cleared the session rows of %n database.</numerusform>
            <numerusform>Cleared the session rows of %n databases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the folder and the %n file(s) in it)</source>
        <translation>
            <numerusform>%1 (the folder and the %n file in it)</numerusform>
            <numerusform>%1 (the folder and the %n files in it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::DuplicateKeysDialog</name>
    <message numerus="yes">
        <source>%n session(s) share key %1</source>
        <translation>
            <numerusform>%n session shares key %1</numerusform>
            <numerusform>%n sessions share key %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share %1 keys</source>
        <translation>
            <numerusform>%n session shares %1 keys</numerusform>
            <numerusform>%n sessions share %1 keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of sessions share auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</source>
        <translation>
            <numerusform>%n group of sessions shares auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</numerusform>
            <numerusform>%n groups of sessions share auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::ExportDialog</name>
    <message numerus="yes">
        <source>Export %n session(s) into one folder: %1</source>
        <translation>
            <numerusform>Export %n session into a folder: %1</numerusform>
            <numerusform>Export %n sessions into one folder: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy to the &amp;clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>Copy to the &amp;clipboard (cleared after %n second)</numerusform>
            <numerusform>Copy to the &amp;clipboard (cleared after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the %1 to the clipboard; it is cleared in %n second.</numerusform>
            <numerusform>Copied the %1 to the clipboard; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n session into %1.</numerusform>
            <numerusform>Wrote %n sessions into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, &amp;lose the %n item(s) listed above</source>
        <translation>
            <numerusform>Yes, &amp;lose the %n item listed above</numerusform>
            <numerusform>Yes, &amp;lose the %n items listed above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryModel</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::MainWindow</name>
    <message numerus="yes">
        <source>Scan of %1 cancelled: %n session(s) found so far.</source>
        <translation>
            <numerusform>Scan of %1 cancelled: %n session found so far.</numerusform>
            <numerusform>Scan of %1 cancelled: %n sessions found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found, %2 could not be read.</source>
        <translation>
            <numerusform>%1: %n session found, %2 could not be read.</numerusform>
            <numerusform>%1: %n sessions found, %2 could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found.</source>
        <translation>
            <numerusform>%1: %n session found.</numerusform>
            <numerusform>%1: %n sessions found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the library</source>
        <translation>
            <numerusform>%n session in the library</numerusform>
            <numerusform>%n sessions in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied a secret: the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copied a secret: the clipboard clears in %n s.</numerusform>
            <numerusform>Copied a secret: the clipboard clears in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited cop(ies) not saved yet: %1.

Save the changes before quitting?</source>
        <translation>
            <numerusform>%n edited copy not saved yet: %1.

Save the changes before quitting?</numerusform>
            <numerusform>%n edited copies not saved yet: %1.

Save the changes before quitting?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n remembered folder(s): %1</source>
        <translation>
            <numerusform>Reopened %n remembered folder: %1</numerusform>
            <numerusform>Reopened %n remembered folders: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::OverviewTab</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broadcast channel(s)</source>
        <translation>
            <numerusform>%Ln broadcast channel</numerusform>
            <numerusform>%Ln broadcast channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln megagroup(s)</source>
        <translation>
            <numerusform>%Ln megagroup</numerusform>
            <numerusform>%Ln megagroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gigagroup(s)</source>
        <translation>
            <numerusform>%Ln gigagroup</numerusform>
            <numerusform>%Ln gigagroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s) without kind</source>
        <translation>
            <numerusform>%Ln channel without kind</numerusform>
            <numerusform>%Ln channels without kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min channel(s)</source>
        <translation>
            <numerusform>%Ln min channel</numerusform>
            <numerusform>%Ln min channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communit(y/ies)</source>
        <translation>
            <numerusform>%Ln community</numerusform>
            <numerusform>%Ln communities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerCacheCleaner</name>
    <message numerus="yes">
        <source>Removed %n min peer(s).</source>
        <translation>
            <numerusform>Removed %n min peer.</numerusform>
            <numerusform>Removed %n min peers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::UpdatesTab</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::WindowActions</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) could not be read and are left out of the export.</source>
        <translation>
            <numerusform>%n selected session could not be read and is left out of the export.</numerusform>
            <numerusform>%n selected sessions could not be read and are left out of the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copied the %1. The clipboard clears in %n s.</numerusform>
            <numerusform>Copied the %1. The clipboard clears in %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>
