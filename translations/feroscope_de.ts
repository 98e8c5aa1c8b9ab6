<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountChoice</name>
    <message>
        <source>%1: &quot;%2&quot; is neither an account position (0 is the first) nor a native id (index:N, slot:N or name:X).</source>
        <translation>%1: „%2“ ist weder eine Kontoposition (0 ist das erste) noch eine eigene Kennung (index:N, slot:N oder name:X).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the source holds %n account(s), numbered from 0; there is no account %2.</source>
        <translation>
            <numerusform>%1: die Quelle enthält %n Konto, gezählt ab 0; es gibt kein Konto %2.</numerusform>
            <numerusform>%1: die Quelle enthält %n Konten, gezählt ab 0; es gibt kein Konto %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is a native account id, and this source has none: give a position (0 is the first).</source>
        <translation>%1: %2 ist eine eigene Kontokennung, und diese Quelle hat keine: geben Sie eine Position an (0 ist das erste).</translation>
    </message>
    <message>
        <source>%1: the source has no account %2; its accounts are %3.</source>
        <translation>%1: die Quelle hat kein Konto %2; ihre Konten sind %3.</translation>
    </message>
</context>
<context>
    <name>AndroidCodec</name>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n DC-Eintrag ohne Schlüssel oder Adresse wird verworfen.</numerusform>
            <numerusform>%n DC-Einträge ohne Schlüssel oder Adresse werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) are dropped: tgnet.dat keeps one permanent key per DC.</source>
        <translation>
            <numerusform>%n Auth-Key wird verworfen: tgnet.dat speichert einen dauerhaften Schlüssel pro DC.</numerusform>
            <numerusform>%n Auth-Keys werden verworfen: tgnet.dat speichert einen dauerhaften Schlüssel pro DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt (or a time offset other than the home DC&apos;s) of %n DC entry(ies) is dropped.</source>
        <translation>
            <numerusform>Das Salt (oder ein anderer Zeitversatz als der des Heimat-DC) von %n DC-Eintrag wird verworfen.</numerusform>
            <numerusform>Das Salt (oder ein anderer Zeitversatz als der des Heimat-DC) von %n DC-Einträgen wird verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer wird verworfen.</numerusform>
            <numerusform>%n zwischengespeicherte Peers werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot flag is unknown: the user object in userconfing.xml says &quot;not a bot&quot;.</source>
        <translation>Das Bot-Flag ist unbekannt: das Benutzerobjekt in userconfing.xml sagt „kein Bot“.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>Telegram Android keeps the account&apos;s user id in userconfing.xml.</source>
        <translation>Telegram Android speichert die Benutzer-ID des Kontos in userconfing.xml.</translation>
    </message>
    <message>
        <source>tgnet.dat needs an auth key for the home DC %1.</source>
        <translation>tgnet.dat braucht einen Auth-Key für den Heimat-DC %1.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android fasst höchstens %1 Konten; diese Quelle hat %2.</translation>
    </message>
</context>
<context>
    <name>AndroidFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a tgnet.dat.</source>
        <translation>%1 ist zu groß für eine tgnet.dat.</translation>
    </message>
    <message>
        <source>%1 is read instead of tgnet.dat: the app&apos;s last save did not finish, and the app itself would replace tgnet.dat with it on its next start.</source>
        <translation>%1 wird statt tgnet.dat gelesen: das letzte Speichern der App wurde nicht beendet, und die App selbst würde tgnet.dat beim nächsten Start damit ersetzen.</translation>
    </message>
    <message>
        <source>%1 is missing: the account&apos;s user id is unknown.</source>
        <translation>%1 fehlt: die Benutzer-ID des Kontos ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 is a logged-out tgnet.dat: it holds no datacenter and no key.</source>
        <translation>%1 ist eine abgemeldete tgnet.dat: sie enthält kein Rechenzentrum und keinen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds no files/tgnet.dat: not a Telegram Android app folder.</source>
        <translation>%1 enthält keine files/tgnet.dat: kein App-Ordner von Telegram Android.</translation>
    </message>
    <message>
        <source>Slot %1 (%2) is logged out: it holds no datacenter and no key.</source>
        <translation>Platz %1 (%2) ist abgemeldet: er enthält kein Rechenzentrum und keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Every account of %1 is logged out.</source>
        <translation>Jedes Konto von %1 ist abgemeldet.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android fasst höchstens %1 Konten; diese Quelle hat %2.</translation>
    </message>
    <message>
        <source>Telegram Android needs the user id of account %1.</source>
        <translation>Telegram Android braucht die Benutzer-ID von Konto %1.</translation>
    </message>
</context>
<context>
    <name>Base64</name>
    <message>
        <source>base64 decode error: invalid character %1 at offset %2.</source>
        <translation>Base64-Dekodierfehler: ungültiges Zeichen %1 an Position %2.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: &apos;=&apos; at offset %1 is followed by more text at offset %2.</source>
        <translation>Base64-Dekodierfehler: ungültiges Padding: Auf das &apos;=&apos; an Position %1 folgt weiterer Text an Position %2.</translation>
    </message>
    <message>
        <source>base64 decode error: %1 at offset %2 is not in the URL-safe alphabet that this text otherwise uses (%3 at offset %4); a text mixing both alphabets is corrupted.</source>
        <translation>Base64-Dekodierfehler: %1 an Position %2 gehört nicht zum URL-sicheren Alphabet, das dieser Text sonst verwendet (%3 an Position %4); ein Text, der beide Alphabete mischt, ist beschädigt.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid input length: %1 symbols cannot be base64 (one symbol too many or too few; was the text cut off?).</source>
        <translation>Base64-Dekodierfehler: ungültige Eingabelänge: %1 Zeichen können kein Base64 sein (ein Zeichen zu viel oder zu wenig; wurde der Text abgeschnitten?).</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: %1 &apos;=&apos; after %2 symbols.</source>
        <translation>Base64-Dekodierfehler: ungültiges Padding: %1 &apos;=&apos; nach %2 Zeichen.</translation>
    </message>
    <message>
        <source>The text contains %1 white-space characters inside it; they were ignored, but ferogram itself would reject the string.</source>
        <translation>Der Text enthält %1 Leerraumzeichen; sie wurden ignoriert, aber ferogram selbst würde den String ablehnen.</translation>
    </message>
    <message>
        <source>The text ends in &apos;=&apos; padding; it was accepted, but ferogram itself would reject the string (it expects base64 without padding).</source>
        <translation>Der Text endet mit &apos;=&apos;-Padding; er wurde akzeptiert, aber ferogram selbst würde den String ablehnen (es erwartet Base64 ohne Padding).</translation>
    </message>
    <message>
        <source>The text uses the standard base64 alphabet (&apos;+&apos; and &apos;/&apos;); it was accepted, but ferogram itself would reject the string (it expects the URL-safe alphabet, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>Der Text verwendet das Standard-Base64-Alphabet (&apos;+&apos; und &apos;/&apos;); er wurde akzeptiert, aber ferogram selbst würde den String ablehnen (es erwartet das URL-sichere Alphabet, &apos;-&apos; und &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The last base64 symbol has unused bits set; ferogram itself would reject the string.</source>
        <translation>Im letzten Base64-Zeichen sind ungenutzte Bits gesetzt; ferogram selbst würde den String ablehnen.</translation>
    </message>
    <message>
        <source>base64 decode error: the text is not valid base64.</source>
        <translation>Base64-Dekodierfehler: Der Text ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>%1: no session found in this folder</source>
        <translation>%1: keine Sitzung in diesem Ordner gefunden</translation>
    </message>
    <message>
        <source>Some inputs cannot be read; nothing was written:</source>
        <translation>Einige Eingaben können nicht gelesen werden; es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>No input to convert.</source>
        <translation>Keine Eingabe zum Konvertieren.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Some inputs cannot be converted; nothing was written:</source>
        <translation>Einige Eingaben können nicht konvertiert werden; es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>%1 and %2 would both be written to %3</source>
        <translation>%1 und %2 würden beide nach %3 geschrieben</translation>
    </message>
    <message>
        <source>%1 would be overwritten by a converted file</source>
        <translation>%1 würde von einer konvertierten Datei überschrieben</translation>
    </message>
    <message>
        <source>Output names collide; nothing was written:</source>
        <translation>Ausgabenamen kollidieren; es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: %2 (files written before it are kept)</source>
        <translation>%1: %2 (zuvor geschriebene Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>allow overwriting to replace them</source>
        <translation>Überschreiben erlauben, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>These outputs already exist (%1); nothing was written:</source>
        <translation>Diese Ausgaben existieren bereits (%1); es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>accept the loss to go ahead</source>
        <translation>den Verlust akzeptieren, um fortzufahren</translation>
    </message>
    <message>
        <source>The conversion would lose data (%1); nothing was written:</source>
        <translation>Die Konvertierung würde Daten verlieren (%1); es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Resuming and overwriting exclude each other.</source>
        <translation>Fortsetzen und Überschreiben schließen einander aus.</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Cannot read the batch journal %1: %2</source>
        <translation>Das Stapel-Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the batch journal %1: %2</source>
        <translation>Das Stapel-Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Another conversion is writing into %1 (its journal %2 is locked); wait for it to finish.</source>
        <translation>Eine andere Konvertierung schreibt in %1 (ihr Journal %2 ist gesperrt); warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Cannot empty the batch journal %1: %2</source>
        <translation>Das Stapel-Journal %1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>unvollständig geschrieben</translation>
    </message>
</context>
<context>
    <name>Bbolt</name>
    <message>
        <source>a bucket&apos;s root page %1 is outside the file</source>
        <translation>die Wurzelseite %1 eines Buckets liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>page %1 is outside the file</source>
        <translation>Seite %1 liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>page %1 runs past the end of the file</source>
        <translation>Seite %1 reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>page %1 is reached twice (a loop in the tree)</source>
        <translation>Seite %1 wird zweimal erreicht (eine Schleife im Baum)</translation>
    </message>
    <message>
        <source>an inline bucket is shorter than a page header</source>
        <translation>ein eingebetteter Bucket ist kürzer als ein Seitenkopf</translation>
    </message>
    <message>
        <source>page %1&apos;s %2 elements do not fit it</source>
        <translation>die %2 Elemente von Seite %1 passen nicht hinein</translation>
    </message>
    <message>
        <source>page %1 is neither a branch nor a leaf (flags 0x%2)</source>
        <translation>Seite %1 ist weder Zweig noch Blatt (Flags 0x%2)</translation>
    </message>
    <message>
        <source>element %1 of page %2 points past the page</source>
        <translation>Element %1 von Seite %2 zeigt über die Seite hinaus</translation>
    </message>
    <message>
        <source>bucket value of element %1 of page %2 is too short</source>
        <translation>der Bucket-Wert von Element %1 auf Seite %2 ist zu kurz</translation>
    </message>
    <message>
        <source>buckets are nested deeper than %1</source>
        <translation>Buckets sind tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <source>Its first page is a bbolt meta page (magic 0xED0CDAED, version 2, %1-byte pages, checksum valid): a bbolt database, as tdl keeps its logins.</source>
        <translation>Die erste Seite ist eine bbolt-Metaseite (Magic 0xED0CDAED, Version 2, Seiten zu %1 Byte, Prüfsumme gültig): eine bbolt-Datenbank, wie tdl seine Anmeldungen speichert.</translation>
    </message>
    <message>
        <source>Not a bbolt database: no valid meta page (magic 0xED0CDAED, version 2, checksum) at the start.</source>
        <translation>Keine bbolt-Datenbank: am Anfang steht keine gültige Metaseite (Magic 0xED0CDAED, Version 2, Prüfsumme).</translation>
    </message>
    <message>
        <source>The bbolt database is cut short: %1 bytes, less than its two meta pages.</source>
        <translation>Die bbolt-Datenbank ist abgeschnitten: %1 Byte, weniger als ihre zwei Metaseiten.</translation>
    </message>
    <message>
        <source>The bbolt database is damaged: %1.</source>
        <translation>Die bbolt-Datenbank ist beschädigt: %1.</translation>
    </message>
</context>
<context>
    <name>BinaryFormat</name>
    <message>
        <source>the version byte</source>
        <translation>das Versionsbyte</translation>
    </message>
    <message>
        <source>the home DC id</source>
        <translation>die ID des Heimat-DC</translation>
    </message>
    <message>
        <source>the DC count</source>
        <translation>die DC-Anzahl</translation>
    </message>
    <message>
        <source>the DC id of DC entry %1 of %2</source>
        <translation>die DC-ID von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the key-presence byte of DC entry %1 of %2</source>
        <translation>das Schlüssel-vorhanden-Byte von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the auth key of DC entry %1 of %2</source>
        <translation>der Autorisierungsschlüssel von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the first salt of DC entry %1 of %2</source>
        <translation>das erste Salt von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the time offset of DC entry %1 of %2</source>
        <translation>der Zeitversatz von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the address length of DC entry %1 of %2</source>
        <translation>die Adresslänge von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the address of DC entry %1 of %2</source>
        <translation>die Adresse von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the flags of DC entry %1 of %2</source>
        <translation>die Flags von DC-Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>the update counters (pts, qts, date, seq)</source>
        <translation>die Update-Zähler (pts, qts, date, seq)</translation>
    </message>
    <message>
        <source>the channel count</source>
        <translation>die Kanalanzahl</translation>
    </message>
    <message>
        <source>channel %1 of %2</source>
        <translation>Kanal %1 von %2</translation>
    </message>
    <message>
        <source>the peer count</source>
        <translation>die Peer-Anzahl</translation>
    </message>
    <message>
        <source>peer %1 of %2</source>
        <translation>Peer %1 von %2</translation>
    </message>
    <message>
        <source>the min-peer count</source>
        <translation>die Min-Peer-Anzahl</translation>
    </message>
    <message>
        <source>min peer %1 of %2</source>
        <translation>Min-Peer %1 von %2</translation>
    </message>
    <message>
        <source>the token presence byte</source>
        <translation>das Token-vorhanden-Byte</translation>
    </message>
    <message>
        <source>the future auth token length</source>
        <translation>die Länge des Future-Auth-Tokens</translation>
    </message>
    <message>
        <source>the future auth token</source>
        <translation>das Future-Auth-Token</translation>
    </message>
    <message>
        <source>truncated session: needed %1 bytes for %2 at byte %3, %4 left</source>
        <translation>abgeschnittene Sitzung: %1 Bytes für %2 an Byte %3 benötigt, %4 übrig</translation>
    </message>
    <message>
        <source>%1 DC entries have a key-presence byte other than 0 or 1 (first: DC entry %2, byte %3); ferogram reads them as having no key.</source>
        <translation>%1 DC-Einträge haben ein Schlüssel-vorhanden-Byte außer 0 oder 1 (erster: DC-Eintrag %2, Byte %3); ferogram liest sie als Einträge ohne Schlüssel.</translation>
    </message>
    <message>
        <source>%1 DC addresses are not valid UTF-8 (first: DC entry %2); the invalid bytes read as U+FFFD, as ferogram reads them, so writing this session changes those addresses.</source>
        <translation>%1 DC-Adressen sind kein gültiges UTF-8 (erste: DC-Eintrag %2); die ungültigen Bytes werden wie bei ferogram als U+FFFD gelesen, daher ändert das Schreiben dieser Sitzung diese Adressen.</translation>
    </message>
    <message>
        <source>%1 DC entries have flag bits ferogram does not define (first: DC entry %2, flags %3); they are kept as they are.</source>
        <translation>%1 DC-Einträge haben Flag-Bits, die ferogram nicht definiert (erster: DC-Eintrag %2, Flags %3); sie bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 peers have a peer type byte above 2 (first: peer %2, byte %3); ferogram reads them as neither channel nor chat.</source>
        <translation>%1 Peers haben ein Peer-Typ-Byte über 2 (erster: Peer %2, Byte %3); ferogram liest sie weder als Kanal noch als Chat.</translation>
    </message>
    <message>
        <source>%1 peers have an unknown channel kind byte (first: peer %2, byte %3); ferogram reads it as no kind.</source>
        <translation>%1 Peers haben ein unbekanntes Kanalart-Byte (erster: Peer %2, Byte %3); ferogram liest es als keine Art.</translation>
    </message>
    <message>
        <source>%1 peers have a community byte above 1 (first: peer %2, byte %3); ferogram reads any value but 0 as a community.</source>
        <translation>%1 Peers haben ein Community-Byte über 1 (erster: Peer %2, Byte %3); ferogram liest jeden Wert außer 0 als Community.</translation>
    </message>
    <message>
        <source>The token presence byte is %1 (neither 0 nor 1); ferogram reads it as no token and ignores what follows.</source>
        <translation>Das Token-vorhanden-Byte ist %1 (weder 0 noch 1); ferogram liest es als kein Token und ignoriert, was folgt.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the session data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>%1 Bytes nach dem Ende der Sitzungsdaten (ab Byte %2) werden ignoriert, wie ferogram sie ignoriert.</translation>
    </message>
    <message>
        <source>The file looks corrupted by a writer that overflowed a count field: %1 (at byte %2) says %3, but %4 fits the data exactly. ferogram reads %3 and ignores the rest, and so does Feroscope; the rest may be the true data.</source>
        <translation>Die Datei wirkt beschädigt durch ein Schreibprogramm, bei dem ein Zählerfeld übergelaufen ist: %1 (an Byte %2) sagt %3, aber %4 passt genau zu den Daten. ferogram liest %3 und ignoriert den Rest, Feroscope ebenso; der Rest könnten die eigentlichen Daten sein.</translation>
    </message>
    <message>
        <source>The number of ignored bytes is a multiple of 256: the file may have been corrupted by a writer that overflowed a count field.</source>
        <translation>Die Anzahl der ignorierten Bytes ist ein Vielfaches von 256: Die Datei wurde möglicherweise von einem Schreibprogramm beschädigt, bei dem ein Zählerfeld übergelaufen ist.</translation>
    </message>
    <message>
        <source>binary v1 (legacy, no version byte)</source>
        <translation>binär v1 (veraltet, ohne Versionsbyte)</translation>
    </message>
    <message>
        <source>binary v%1</source>
        <translation>binär v%1</translation>
    </message>
    <message>
        <source>empty session data</source>
        <translation>leere Sitzungsdaten</translation>
    </message>
    <message>
        <source>This file also reads completely as a legacy v1 file (no version byte, home DC %1); it was read as version %2, as ferogram reads it.</source>
        <translation>Diese Datei lässt sich auch vollständig als veraltete v1-Datei lesen (ohne Versionsbyte, Heimat-DC %1); sie wurde wie bei ferogram als Version %2 gelesen.</translation>
    </message>
    <message>
        <source>Read as a legacy v1 file (no version byte, home DC %1). ferogram takes the first byte %2 as version %3 and %4; convert the file to a current version before using it with ferogram.</source>
        <translation>Als veraltete v1-Datei gelesen (ohne Versionsbyte, Heimat-DC %1). ferogram hält das erste Byte %2 für Version %3 und %4; konvertieren Sie die Datei in eine aktuelle Version, bevor Sie sie mit ferogram verwenden.</translation>
    </message>
    <message>
        <source>misreads it</source>
        <translation>liest sie falsch</translation>
    </message>
    <message>
        <source>fails to read it</source>
        <translation>kann sie nicht lesen</translation>
    </message>
    <message>
        <source>ferogram cannot read this file (%1). It looks corrupted by a writer that overflowed a count field: %2 (at byte %3) says %4, but the data holds %5, and Feroscope read it that way. The session is over the binary format&apos;s limits: save it in a format without them (SQLite keeps everything).</source>
        <translation>ferogram kann diese Datei nicht lesen (%1). Sie wirkt beschädigt durch ein Schreibprogramm, bei dem ein Zählerfeld übergelaufen ist: %2 (an Byte %3) sagt %4, aber die Daten enthalten %5, und so hat Feroscope sie gelesen. Die Sitzung überschreitet die Grenzen des Binärformats: Speichern Sie sie in einem Format ohne diese Grenzen (SQLite behält alles).</translation>
    </message>
    <message>
        <source>read as a legacy v1 file (no version byte) it ends at byte %1 of %2</source>
        <translation>als veraltete v1-Datei (ohne Versionsbyte) gelesen, endet sie bei Byte %1 von %2</translation>
    </message>
    <message>
        <source>reading it as a legacy v1 file (no version byte) fails: %1</source>
        <translation>das Lesen als veraltete v1-Datei (ohne Versionsbyte) schlägt fehl: %1</translation>
    </message>
    <message>
        <source>not a ferogram session: the first byte %1 is no version ferogram writes (2 to 8), and %2.</source>
        <translation>keine ferogram-Sitzung: Das erste Byte %1 ist keine Version, die ferogram schreibt (2 bis 8), und %2.</translation>
    </message>
    <message>
        <source>cannot write binary version %1: Feroscope writes versions %2 to %3.</source>
        <translation>Binärversion %1 kann nicht geschrieben werden: Feroscope schreibt die Versionen %2 bis %3.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the session has %2 %3, the format holds at most %4. ferogram would write a corrupt file; remove entries or choose a format without this limit (SQLite).</source>
        <translation>Binär v%1 kann nicht geschrieben werden: Die Sitzung hat %2 %3, das Format fasst höchstens %4. ferogram würde eine beschädigte Datei schreiben; entfernen Sie Einträge oder wählen Sie ein Format ohne diese Grenze (SQLite).</translation>
    </message>
    <message>
        <source>DC entries</source>
        <translation>DC-Einträge</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC entry %2 (DC %3) is %4 bytes of UTF-8, the format holds at most 255.</source>
        <translation>Binär v%1 kann nicht geschrieben werden: Die Adresse von DC-Eintrag %2 (DC %3) ist %4 Bytes UTF-8, das Format fasst höchstens 255.</translation>
    </message>
    <message>
        <source>channel pts entries</source>
        <translation>Kanal-pts-Einträge</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>min peers</source>
        <translation>Min-Peers</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the future auth token is %2 bytes, the format holds at most 65535.</source>
        <translation>Binär v%1 kann nicht geschrieben werden: Das Future-Auth-Token ist %2 Bytes groß, das Format fasst höchstens 65535.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC %2 is %3 bytes of UTF-8, the format holds at most 255.</source>
        <translation>Binär v%1 kann nicht geschrieben werden: Die Adresse von DC %2 ist %3 Bytes UTF-8, das Format fasst höchstens 255.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>See: feroscope-cli %1 --help</source>
        <translation>Siehe: feroscope-cli %1 --help</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (known: %3).</source>
        <translation>%1: unbekanntes Format &quot;%2&quot; (bekannt: %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not supported by this build yet (supported: %3).</source>
        <translation>%1: %2 wird von diesem Build noch nicht unterstützt (unterstützt: %3).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Standard input is too large to be a session.</source>
        <translation>Die Standardeingabe ist zu groß für eine Sitzung.</translation>
    </message>
    <message>
        <source>Nothing is lost in this conversion.</source>
        <translation>Bei dieser Konvertierung geht nichts verloren.</translation>
    </message>
    <message>
        <source>This conversion loses:</source>
        <translation>Bei dieser Konvertierung geht verloren:</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data; pass --accept-loss to go ahead.</source>
        <translation>Eine Konvertierung mit Datenverlust wird abgelehnt; mit --accept-loss fortfahren.</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data (pass --accept-loss to go ahead): %1</source>
        <translation>Eine Konvertierung mit Datenverlust wird abgelehnt (mit --accept-loss fortfahren): %1</translation>
    </message>
    <message>
        <source>Only string formats can be written to standard output; %1 needs a file.</source>
        <translation>Nur String-Formate können auf die Standardausgabe geschrieben werden; %1 braucht eine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder; use --out-dir to convert into a folder.</source>
        <translation>%1 ist ein Ordner; verwenden Sie --out-dir, um in einen Ordner zu konvertieren.</translation>
    </message>
    <message>
        <source>note: the source holds %1 accounts; converting account 0 (choose with --account N).</source>
        <translation>Hinweis: Die Quelle enthält %1 Konten; Konto 0 wird konvertiert (Auswahl mit --account N).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force ersetzen.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be part of a batch conversion.</source>
        <translation>Die Standardeingabe (-) kann nicht Teil einer Stapelkonvertierung sein.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>convert needs --to FORMAT (one of: %1).</source>
        <translation>convert braucht --to FORMAT (eines von: %1).</translation>
    </message>
    <message>
        <source>--to: %1 cannot be written yet.</source>
        <translation>--to: %1 kann noch nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--format-version: &quot;%1&quot; is not a number.</source>
        <translation>--format-version: &quot;%1&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>--format-version: %1 can be written in versions %2 to %3, not %4.</source>
        <translation>--format-version: %1 kann in den Versionen %2 bis %3 geschrieben werden, nicht %4.</translation>
    </message>
    <message>
        <source>--user-id: &quot;%1&quot; is not a 64-bit integer.</source>
        <translation>--user-id: &quot;%1&quot; ist keine 64-Bit-Ganzzahl.</translation>
    </message>
    <message>
        <source>--api-id: &quot;%1&quot; is not an api_id (a positive 32-bit number).</source>
        <translation>--api-id: &quot;%1&quot; ist keine api_id (eine positive 32-Bit-Zahl).</translation>
    </message>
    <message>
        <source>convert --out-dir needs at least one input.</source>
        <translation>convert --out-dir braucht mindestens eine Eingabe.</translation>
    </message>
    <message>
        <source>convert takes IN and OUT (or several inputs with --out-dir DIR).</source>
        <translation>convert erwartet IN und OUT (oder mehrere Eingaben mit --out-dir DIR).</translation>
    </message>
    <message>
        <source>diff takes exactly two sessions: A and B.</source>
        <translation>diff erwartet genau zwei Sitzungen: A und B.</translation>
    </message>
    <message>
        <source>note: a source holds several accounts; comparing the first of each.</source>
        <translation>Hinweis: Eine Quelle enthält mehrere Konten; jeweils das erste wird verglichen.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>delete takes exactly one PATH.</source>
        <translation>delete erwartet genau einen PATH.</translation>
    </message>
    <message>
        <source>--permanent and --rows-only exclude each other.</source>
        <translation>--permanent und --rows-only schließen einander aus.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; delete removes one session file.</source>
        <translation>%1 ist ein Ordner; delete entfernt eine Sitzungsdatei.</translation>
    </message>
    <message>
        <source>the session rows of %1 (the database file stays)</source>
        <translation>die Sitzungszeilen von %1 (die Datenbankdatei bleibt)</translation>
    </message>
    <message>
        <source>Move to the trash: %1?</source>
        <translation>In den Papierkorb verschieben: %1?</translation>
    </message>
    <message>
        <source>Delete permanently: %1?</source>
        <translation>Endgültig löschen: %1?</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>%1 leeren?</translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: no terminal to ask on. Pass --yes to delete %1.</source>
        <translation>Löschen ohne Bestätigung wird abgelehnt: kein Terminal zum Nachfragen. Mit --yes %1 löschen.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>restrict takes exactly one PATH.</source>
        <translation>restrict erwartet genau einen PATH.</translation>
    </message>
    <message>
        <source>%1: mode %2 -&gt; %3</source>
        <translation>%1: Modus %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inspect takes exactly one PATH (or - for standard input).</source>
        <translation>inspect erwartet genau einen PATH (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>locate takes no arguments.</source>
        <translation>locate erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>No tdata folder in the usual places (see --all for the list searched).</source>
        <translation>Kein tdata-Ordner an den üblichen Orten (siehe --all für die durchsuchte Liste).</translation>
    </message>
    <message>
        <source>(local passcode set)</source>
        <translation>(lokaler Passcode gesetzt)</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>--peer: &quot;%1&quot; is not a peer id (a whole number).</source>
        <translation>--peer: &quot;%1&quot; ist keine Peer-ID (eine ganze Zahl).</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; convert it first.</source>
        <translation>%1 kann von diesem Build nicht geschrieben werden; konvertieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>--format-version: expected %1..%2, got &quot;%3&quot;.</source>
        <translation>--format-version: %1..%2 erwartet, &quot;%3&quot; erhalten.</translation>
    </message>
    <message>
        <source>The input is %1 (version %2), which cannot be written any more; pass --format-version %3..%4 to choose the version of the output.</source>
        <translation>Die Eingabe ist %1 (Version %2), die nicht mehr geschrieben werden kann; wählen Sie mit --format-version %3..%4 die Version der Ausgabe.</translation>
    </message>
    <message>
        <source>prune takes exactly two paths: IN and OUT.</source>
        <translation>prune erwartet genau zwei Pfade: IN und OUT.</translation>
    </message>
    <message>
        <source>Nothing to remove: pass --min-peers, --channel-pts or --peer ID.</source>
        <translation>Nichts zu entfernen: --min-peers, --channel-pts oder --peer ID angeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; OUT must be a file.</source>
        <translation>%1 ist ein Ordner; OUT muss eine Datei sein.</translation>
    </message>
    <message>
        <source>note: %1 holds several accounts; cleaning the first.</source>
        <translation>Hinweis: %1 enthält mehrere Konten; das erste wird bereinigt.</translation>
    </message>
    <message>
        <source>Not in the peer cache of %1: %2. Nothing was written.</source>
        <translation>Nicht im Peer-Cache von %1: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1 loses:</source>
        <translation>Beim Schreiben von %1 geht verloren:</translation>
    </message>
    <message>
        <source>Refusing to lose data; pass --accept-loss to go ahead.</source>
        <translation>Datenverlust wird abgelehnt; mit --accept-loss fortfahren.</translation>
    </message>
    <message>
        <source>Sessions in %1: %2</source>
        <translation>Sitzungen in %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, home DC %3, key id %4, peers: %5, mode %6</source>
        <translation>%1, %2, Heimat-DC %3, Schlüssel-ID %4, Peers: %5, Modus %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SAME AUTH KEY as %1: two clients using one key get logged out by Telegram.</source>
        <translation>GLEICHER AUTORISIERUNGSSCHLÜSSEL wie %1: Zwei Clients mit einem Schlüssel werden von Telegram abgemeldet.</translation>
    </message>
    <message>
        <source>related files: %1</source>
        <translation>zugehörige Dateien: %1</translation>
    </message>
    <message>
        <source>Unreadable candidates:</source>
        <translation>Nicht lesbare Kandidaten:</translation>
    </message>
    <message>
        <source>scan takes exactly one FOLDER.</source>
        <translation>scan erwartet genau einen FOLDER.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Local passcode of %1: </source>
        <translation>Lokaler Passcode von %1: </translation>
    </message>
    <message>
        <source>DC table (entries: %1, auth keys: %2)</source>
        <translation>DC-Tabelle (Einträge: %1, Autorisierungsschlüssel: %2)</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>auth key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>first salt</source>
        <translation>erstes Salt</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Cached peers: %1</source>
        <translation>Zwischengespeicherte Peers: %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-Peers</translation>
    </message>
    <message>
        <source>Update state</source>
        <translation>Update-Status</translation>
    </message>
    <message>
        <source>pts %1, qts %2, seq %3, date %4</source>
        <translation>pts %1, qts %2, seq %3, Datum %4</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Kanal-pts</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Server salt</source>
        <translation>Server-Salt</translation>
    </message>
    <message>
        <source>seq_no</source>
        <translation>seq_no</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>in diesem Format nicht gespeichert</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Account values</source>
        <translation>Kontowerte</translation>
    </message>
    <message>
        <source>  Address</source>
        <translation>  Adresse</translation>
    </message>
    <message>
        <source> (IPv6)</source>
        <translation> (IPv6)</translation>
    </message>
    <message>
        <source>not stored (the known address of DC %1 is used)</source>
        <translation>nicht gespeichert (die bekannte Adresse von DC %1 wird verwendet)</translation>
    </message>
    <message>
        <source>  User id</source>
        <translation>  Benutzer-ID</translation>
    </message>
    <message>
        <source>  Bot</source>
        <translation>  Bot</translation>
    </message>
    <message>
        <source>  Test mode</source>
        <translation>  Testmodus</translation>
    </message>
    <message>
        <source>  API id</source>
        <translation>  API-ID</translation>
    </message>
    <message>
        <source>  Takeout id</source>
        <translation>  Takeout-ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bytes, mode %2</source>
        <translation>%1 Bytes, Modus %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Opens in</source>
        <translation>Öffnet in</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (showing account %2; choose with --account N)</source>
        <translation>%1 (Konto %2 wird angezeigt; Auswahl mit --account N)</translation>
    </message>
    <message>
        <source>user id %1, main DC %2</source>
        <translation>Benutzer-ID %1, Haupt-DC %2</translation>
    </message>
    <message>
        <source>Detected as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>  auth key id %1</source>
        <translation>  Autorisierungsschlüssel-ID %1</translation>
    </message>
    <message>
        <source>  no auth key</source>
        <translation>  kein Autorisierungsschlüssel</translation>
    </message>
    <message>
        <source>Home DC</source>
        <translation>Heimat-DC</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>hidden (length: %1 bytes)</source>
        <translation>verborgen (Länge: %1 Bytes)</translation>
    </message>
    <message>
        <source>Binary size</source>
        <translation>Größe als Binärdatei</translation>
    </message>
    <message>
        <source>%1 bytes as a binary v%2 file</source>
        <translation>%1 Bytes als Binärdatei v%2</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: feroscope-cli --help</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Siehe: feroscope-cli --help</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(Konto %1)</translation>
    </message>
    <message>
        <source>pass --keep first or --keep last (the others are dropped and listed in the loss report)</source>
        <translation>--keep first oder --keep last angeben (die übrigen werden verworfen und im Verlustbericht aufgeführt)</translation>
    </message>
    <message>
        <source>pass --accept-loss to go ahead</source>
        <translation>mit --accept-loss fortfahren</translation>
    </message>
    <message>
        <source>pass --force to replace them</source>
        <translation>mit --force ersetzen</translation>
    </message>
    <message>
        <source>--keep: &quot;%1&quot; is neither first nor last.</source>
        <translation>--keep: &quot;%1&quot; ist weder first noch last.</translation>
    </message>
    <message>
        <source>Standard input can hold only one of the session, the passcode and the output passcode; give the others as files.</source>
        <translation>Die Standardeingabe kann nur eines davon enthalten: die Sitzung, den Passcode oder den Ausgabe-Passcode; geben Sie die anderen als Dateien an.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the session and the passcode; give --passcode-file a file.</source>
        <translation>Die Standardeingabe kann nicht zugleich die Sitzung und den Passcode enthalten; geben Sie --passcode-file eine Datei.</translation>
    </message>
    <message>
        <source>%1 beside the session is readable by other users (mode %2); it belongs to the session and can hold its keys. &quot;feroscope-cli restrict&quot; on the session restricts it too.</source>
        <translation>%1 neben der Sitzung ist für andere Benutzer lesbar (Modus %2); die Datei gehört zur Sitzung und kann ihre Schlüssel enthalten. &quot;feroscope-cli restrict&quot; für die Sitzung schränkt sie ebenfalls ein.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds more than %3 bytes; it is not a passcode file.</source>
        <translation>%1: %2 enthält mehr als %3 Bytes; das ist keine Passcode-Datei.</translation>
    </message>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>Geben Sie entweder %1 oder %2 an, nicht beides.</translation>
    </message>
    <message>
        <source>%1 (mode %2)</source>
        <translation>%1 (Modus %2)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>%1 Give it with --passcode or --passcode-file.</source>
        <translation>%1 Geben Sie ihn mit --passcode oder --passcode-file an.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>FORMAT (the input&apos;s is detected; --from forces one, --to chooses the output&apos;s):</source>
        <translation>FORMAT (das der Eingabe wird erkannt; --from erzwingt eines, --to wählt das der Ausgabe):</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 unreadable or invalid input, 3 refused, 4 I/O failure.</source>
        <translation>Exit-Codes: 0 ok, 1 Aufruffehler, 2 unlesbare oder ungültige Eingabe, 3 abgelehnt, 4 E/A-Fehler.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>--pyrogram-old-layout applies to --to %1 only.</source>
        <translation>--pyrogram-old-layout gilt nur für --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode applies to --to %1 only.</source>
        <translation>--out-passcode gilt nur für --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode-file applies to --to %1 only.</source>
        <translation>--out-passcode-file gilt nur für --to %1.</translation>
    </message>
    <message>
        <source>Give it with --user-id.</source>
        <translation>Geben Sie sie mit --user-id an.</translation>
    </message>
    <message>
        <source>Give it with --api-id, or pass --pyrogram-old-layout to write the old 64-bit layout.</source>
        <translation>Geben Sie sie mit --api-id an, oder schreiben Sie mit --pyrogram-old-layout das alte 64-Bit-Layout.</translation>
    </message>
    <message>
        <source>checking inputs</source>
        <translation>Eingaben werden geprüft</translation>
    </message>
    <message>
        <source>writing outputs</source>
        <translation>Ausgaben werden geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) converted into %1</source>
        <translation>
            <numerusform>%n Sitzung nach %1 konvertiert</numerusform>
            <numerusform>%n Sitzungen nach %1 konvertiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already complete by the journal, skipped</source>
        <translation>
            <numerusform>; %n laut Journal bereits fertig, übersprungen</numerusform>
            <numerusform>; %n laut Journal bereits fertig, übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>--resume and --force exclude each other: resuming keeps what an earlier run completed, --force replaces it.</source>
        <translation>--resume und --force schließen einander aus: Fortsetzen behält, was ein früherer Lauf fertiggestellt hat, --force ersetzt es.</translation>
    </message>
    <message>
        <source>--resume applies to batch conversion (--out-dir DIR) only.</source>
        <translation>--resume gilt nur für die Stapelkonvertierung (--out-dir DIR).</translation>
    </message>
    <message>
        <source>--json and --json-lines exclude each other.</source>
        <translation>--json und --json-lines schließen einander aus.</translation>
    </message>
    <message>
        <source>(account %1, %2)</source>
        <translation>(Konto %1, %2)</translation>
    </message>
    <message>
        <source>Session key (api_hash or session_key) of %1: </source>
        <translation>Sitzungsschlüssel (api_hash oder session_key) von %1: </translation>
    </message>
    <message>
        <source>%1 Give it with --session-key or --session-key-file.</source>
        <translation>%1 Geben Sie ihn mit --session-key oder --session-key-file an.</translation>
    </message>
    <message>
        <source>Give either a passcode (a tdata input) or a session key (a WTelegramClient input), not both.</source>
        <translation>Geben Sie entweder einen Passcode (eine tdata-Eingabe) oder einen Sitzungsschlüssel (eine WTelegramClient-Eingabe) an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>CompactString</name>
    <message>
        <source>invalid or truncated session data: %1</source>
        <translation>ungültige oder abgeschnittene Sitzungsdaten: %1</translation>
    </message>
    <message>
        <source>the string is empty.</source>
        <translation>der String ist leer.</translation>
    </message>
    <message>
        <source>unsupported version: %1 (ferogram compact strings start with version 1 or 2).</source>
        <translation>nicht unterstützte Version: %1 (kompakte ferogram-Strings beginnen mit Version 1 oder 2).</translation>
    </message>
    <message>
        <source>it ends at byte %1, before the ip type byte.</source>
        <translation>er endet bei Byte %1, vor dem IP-Typ-Byte.</translation>
    </message>
    <message>
        <source>unknown ip type byte: %1 at byte 2 (a compact string holds 4 or 6).</source>
        <translation>unbekanntes IP-Typ-Byte: %1 an Byte 2 (ein kompakter String enthält 4 oder 6).</translation>
    </message>
    <message>
        <source>a V%1 string with an IPv%2 address holds %3 bytes, this one %4.</source>
        <translation>ein V%1-String mit einer IPv%2-Adresse hat %3 Bytes, dieser %4.</translation>
    </message>
    <message>
        <source>compact string V%1</source>
        <translation>kompakter String V%1</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the compact string data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>%1 Bytes nach dem Ende der kompakten String-Daten (ab Byte %2) werden ignoriert, wie ferogram sie ignoriert.</translation>
    </message>
    <message>
        <source>a compact string is version 1 or 2, not %1.</source>
        <translation>ein kompakter String hat Version 1 oder 2, nicht %1.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC id %1 does not fit its one-byte DC id (0 to 255).</source>
        <translation>kompakter String kann nicht geschrieben werden: Die Heimat-DC-ID %1 passt nicht in seine Ein-Byte-DC-ID (0 bis 255).</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC %1 has no DC entry with an auth key, and a compact string holds exactly that.</source>
        <translation>kompakter String kann nicht geschrieben werden: Der Heimat-DC %1 hat keinen DC-Eintrag mit Autorisierungsschlüssel, und genau den enthält ein kompakter String.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the address &quot;%1&quot; of DC %2 is not an IP address and port (a hostname or zone id cannot be stored in a compact string).</source>
        <translation>kompakter String kann nicht geschrieben werden: Die Adresse &quot;%1&quot; von DC %2 ist keine IP-Adresse mit Port (ein Hostname oder eine Zonen-ID kann in einem kompakten String nicht gespeichert werden).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>einfache Gruppe</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>the last one is kept</source>
        <translation>das letzte Vorkommen bleibt erhalten</translation>
    </message>
    <message>
        <source>the first one is kept</source>
        <translation>das erste Vorkommen bleibt erhalten</translation>
    </message>
    <message>
        <source>A DC %1 entry with flags 0x%2 (%3, %4) is dropped: the database keeps one entry per dc_id and flags, and %5.</source>
        <translation>Ein Eintrag für DC %1 mit Flags 0x%2 (%3, %4) wird verworfen: Die Datenbank behält einen Eintrag pro dc_id und Flags, und %5.</translation>
    </message>
    <message>
        <source>auth key id %1</source>
        <translation>Autorisierungsschlüssel-ID %1</translation>
    </message>
    <message>
        <source>no auth key</source>
        <translation>kein Autorisierungsschlüssel</translation>
    </message>
    <message>
        <source>Peer %1 (a %2) is dropped: the database keeps one peer per id, and %3.</source>
        <translation>Peer %1 (%2) wird verworfen: Die Datenbank behält einen Peer pro ID, und %3.</translation>
    </message>
    <message>
        <source>Min peer %1 (seen in peer %2, message %3) is dropped: the database keeps one min peer per user_id, and %4.</source>
        <translation>Min-Peer %1 (gesehen in Peer %2, Nachricht %3) wird verworfen: Die Datenbank behält einen Min-Peer pro user_id, und %4.</translation>
    </message>
    <message>
        <source>The pts %1 of channel %2 is dropped: the database keeps one pts per channel, and %3.</source>
        <translation>Der pts-Wert %1 von Kanal %2 wird verworfen: Die Datenbank behält einen pts-Wert pro Kanal, und %3.</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>user id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>Bot-Flag (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>kein Bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>Testmodus-Flag (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>API-ID %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>Takeout-ID %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>Server-Salt %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>%1 hat kein Feld für diese Kontowerte, sie gehen verloren: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The future auth token (%n byte(s)) is dropped: %1.</source>
        <translation>
            <numerusform>Das Future-Auth-Token (%n Byte) geht verloren: %1.</numerusform>
            <numerusform>Das Future-Auth-Token (%n Bytes) geht verloren: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram binary v%1 file</source>
        <translation>Eine ferogram-Binärdatei v%1</translation>
    </message>
    <message>
        <source>binary files hold it from v7 (ferogram 0.6.4) on</source>
        <translation>Binärdateien enthalten es ab v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (binary v8 and newer only); those that are neither channel nor chat read back as users.</source>
        <translation>
            <numerusform>%n Community-Peer verliert das Community-Flag (nur ab Binär v8); wer weder Kanal noch Chat ist, wird als Benutzer zurückgelesen.</numerusform>
            <numerusform>%n Community-Peers verlieren das Community-Flag (nur ab Binär v8); wer weder Kanal noch Chat ist, wird als Benutzer zurückgelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and newer only).</source>
        <translation>
            <numerusform>%n Kanalart (Broadcast, Megagruppe, Gigagruppe) geht verloren (nur ab Binär v6).</numerusform>
            <numerusform>%n Kanalarten (Broadcast, Megagruppe, Gigagruppe) gehen verloren (nur ab Binär v6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and channels).</source>
        <translation>
            <numerusform>%n einfache Gruppe verliert das Chat-Flag (Binär v2 bis v4 schrieben nur Benutzer und Kanäle).</numerusform>
            <numerusform>%n einfache Gruppen verlieren das Chat-Flag (Binär v2 bis v4 schrieben nur Benutzer und Kanäle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are saved as chats: a binary file has one peer type, so the channel flag is dropped.</source>
        <translation>
            <numerusform>%n Peer mit Chat- und Kanal-Flag wird als Chat gespeichert: Eine Binärdatei hat einen Peer-Typ, daher geht das Kanal-Flag verloren.</numerusform>
            <numerusform>%n Peers mit Chat- und Kanal-Flag werden als Chats gespeichert: Eine Binärdatei hat einen Peer-Typ, daher geht das Kanal-Flag verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped (legacy v1 holds the DC table only).</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer geht verloren (das veraltete v1 enthält nur die DC-Tabelle).</numerusform>
            <numerusform>%n zwischengespeicherte Peers gehen verloren (das veraltete v1 enthält nur die DC-Tabelle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert geht verloren.</numerusform>
            <numerusform>%n Kanal-pts-Werte gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Die Update-Zähler (pts, qts, date, seq) gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped (binary v4 and newer only).</source>
        <translation>
            <numerusform>%n Min-Peer geht verloren (nur ab Binär v4).</numerusform>
            <numerusform>%n Min-Peers gehen verloren (nur ab Binär v4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The flags of %n DC table row(s) are dropped (binary v3 and newer only).</source>
        <translation>
            <numerusform>Die Flags von %n DC-Tabellenzeile gehen verloren (nur ab Binär v3).</numerusform>
            <numerusform>Die Flags von %n DC-Tabellenzeilen gehen verloren (nur ab Binär v3).</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram SQLite database</source>
        <translation>Eine ferogram-SQLite-Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a compact string holds one DC.</source>
        <translation>
            <numerusform>%n weitere DC-Tabellenzeile geht verloren: Ein kompakter String enthält einen DC.</numerusform>
            <numerusform>%n weitere DC-Tabellenzeilen gehen verloren: Ein kompakter String enthält einen DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge geht verloren (diese Anmeldungen gehen verloren).</numerusform>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge gehen verloren (diese Anmeldungen gehen verloren).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped (only IPv6 survives).</source>
        <translation>Die Flags 0x%1 des beibehaltenen DC-Eintrags gehen verloren (nur IPv6 bleibt erhalten).</translation>
    </message>
    <message>
        <source>The time offset (%1 s) of the kept DC entry is dropped.</source>
        <translation>Der Zeitversatz (%1 s) des beibehaltenen DC-Eintrags geht verloren.</translation>
    </message>
    <message>
        <source>The server salt is dropped: a V2 string has no salt field.</source>
        <translation>Das Server-Salt geht verloren: Ein V2-String hat kein Salt-Feld.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer geht verloren.</numerusform>
            <numerusform>%n zwischengespeicherte Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n Min-Peer geht verloren.</numerusform>
            <numerusform>%n Min-Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>compact strings have no field for it</source>
        <translation>kompakte Strings haben kein Feld dafür</translation>
    </message>
    <message>
        <source>The user id is not known: the string will carry 0 (give the account&apos;s user id to avoid this).</source>
        <translation>Die Benutzer-ID ist nicht bekannt: Der String enthält 0 (geben Sie die Benutzer-ID des Kontos an, um das zu vermeiden).</translation>
    </message>
    <message>
        <source>seq_no is not known: the V1 string will carry 0.</source>
        <translation>seq_no ist nicht bekannt: Der V1-String enthält 0.</translation>
    </message>
    <message>
        <source>The layer is not known: the V1 string will carry 0.</source>
        <translation>Der Layer ist nicht bekannt: Der V1-String enthält 0.</translation>
    </message>
    <message>
        <source>A compact V%1 string</source>
        <translation>Ein kompakter String V%1</translation>
    </message>
    <message>
        <source>Feroscope cannot write %1 yet.</source>
        <translation>Feroscope kann %1 noch nicht schreiben.</translation>
    </message>
    <message>
        <source>%1 can be written in versions %2 to %3, not %4.</source>
        <translation>%1 kann in den Versionen %2 bis %3 geschrieben werden, nicht %4.</translation>
    </message>
    <message>
        <source>%1 is written to a file, not encoded into bytes.</source>
        <translation>%1 wird in eine Datei geschrieben, nicht in Bytes kodiert.</translation>
    </message>
    <message>
        <source>A ferogram SQLite database cannot hold these entries (its primary keys allow one row each): %1. To go ahead, %2, or write a binary file, which keeps them all.</source>
        <translation>Eine ferogram-SQLite-Datenbank kann diese Einträge nicht aufnehmen (ihre Primärschlüssel erlauben je eine Zeile): %1. Zum Fortfahren %2 oder eine Binärdatei schreiben, die sie alle behält.</translation>
    </message>
    <message>
        <source>keep the first or the last of each (the others are dropped and listed in the loss report)</source>
        <translation>jeweils den ersten oder den letzten behalten (die übrigen werden verworfen und im Verlustbericht aufgeführt)</translation>
    </message>
    <message>
        <source>databases hold it from v7 (ferogram 0.6.4) on</source>
        <translation>Datenbanken enthalten es ab v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</source>
        <translation>
            <numerusform>%n Community-Peer verliert das Community-Flag (die Spalte is_community gibt es ab ferogram 0.6.5: Version 8).</numerusform>
            <numerusform>%n Community-Peers verlieren das Community-Flag (die Spalte is_community gibt es ab ferogram 0.6.5: Version 8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</source>
        <translation>
            <numerusform>%n Kanalart geht verloren (die Spalte channel_kind gibt es ab ferogram 0.5.2: Version 6).</numerusform>
            <numerusform>%n Kanalarten gehen verloren (die Spalte channel_kind gibt es ab ferogram 0.5.2: Version 6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <source>%1 is read from a file, not from bytes.</source>
        <translation>%1 wird aus einer Datei gelesen, nicht aus Bytes.</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>als %1: %2</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>kompakter ferogram-String</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read (%1).</source>
        <translation>Keine Sitzung, die Feroscope lesen kann (%1).</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>This looks like a WTelegramClient session file (its header names an encrypted block); it needs its session key, which can only be given for a file: open it by its path.</source>
        <translation>Das sieht nach einer WTelegramClient-Sitzungsdatei aus (ihr Kopf nennt einen verschlüsselten Block); sie braucht ihren Sitzungsschlüssel, der nur für eine Datei angegeben werden kann: öffnen Sie sie über ihren Pfad.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Wählen Sie, wohin die Sitzung geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is not a string; it can only be written to a file.</source>
        <translation>%1 ist kein String; es kann nur in eine Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder to write into.</source>
        <translation>Wählen Sie einen Zielordner.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: %2 already exists (tick &quot;Replace existing files&quot; to overwrite it).</source>
        <translation>%1: %2 existiert bereits (&quot;Vorhandene Dateien ersetzen&quot; ankreuzen, um sie zu überschreiben).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the exported sessions.</source>
        <translation>Der Ordner für die exportierten Sitzungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Enter the user id above.</source>
        <translation>Geben Sie oben die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Enter the API id above, or choose the old layout.</source>
        <translation>Geben Sie oben die API-ID ein, oder wählen Sie das alte Layout.</translation>
    </message>
</context>
<context>
    <name>FailureExplanation</name>
    <message>
        <source>As a %1: %2.</source>
        <translation>Als %1: %2.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>kompakter ferogram-String</translation>
    </message>
    <message>
        <source>The file is not there.</source>
        <translation>Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>A folder that holds no session Feroscope can read.</source>
        <translation>Ein Ordner ohne Sitzung, die Feroscope lesen kann.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A save that was interrupted, or a file created but never written.</source>
        <translation>Ein unterbrochenes Speichern oder eine angelegte, aber nie beschriebene Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>You may not have permission to read it.</source>
        <translation>Vielleicht fehlt Ihnen die Leseberechtigung.</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read.</source>
        <translation>Keine Sitzung, die Feroscope lesen kann.</translation>
    </message>
    <message>
        <source>A SQLite database, but not a session store Feroscope knows.</source>
        <translation>Eine SQLite-Datenbank, aber kein Sitzungsspeicher, den Feroscope kennt.</translation>
    </message>
    <message>
        <source>The file reads now; it changed since it was listed. Reload it (F5).</source>
        <translation>Die Datei ist jetzt lesbar; sie hat sich seit dem Auflisten geändert. Neu laden (F5).</translation>
    </message>
    <message>
        <source>Text, but not a session string Feroscope knows.</source>
        <translation>Text, aber kein Sitzungs-String, den Feroscope kennt.</translation>
    </message>
    <message>
        <source>It matches no library&apos;s string layout: perhaps not a session at all.</source>
        <translation>Er passt zu keinem String-Layout einer Bibliothek: vielleicht gar keine Sitzung.</translation>
    </message>
    <message>
        <source>A damaged ferogram session file.</source>
        <translation>Eine beschädigte ferogram-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten.</source>
        <translation>Wahrscheinlich eine ferogram-v%1-Datei, abgeschnitten oder überschrieben.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten: %2.</source>
        <translation>Wahrscheinlich eine ferogram-v%1-Datei, abgeschnitten oder überschrieben: %2.</translation>
    </message>
    <message>
        <source>Its first byte (0x%1) starts no session format Feroscope knows: perhaps another program&apos;s file.</source>
        <translation>Sein erstes Byte (0x%1) beginnt kein Sitzungsformat, das Feroscope kennt: vielleicht die Datei eines anderen Programms.</translation>
    </message>
    <message>
        <source>A %1 session, which Feroscope recognises but cannot open.</source>
        <translation>Eine %1-Sitzung, die Feroscope erkennt, aber nicht öffnen kann.</translation>
    </message>
</context>
<context>
    <name>FolderStorage</name>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; open the folder it points to instead. Nothing was changed.</source>
        <translation>%1 ist ein symbolischer Link; öffnen Sie stattdessen den Ordner, auf den er zeigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>Der Datenordner %1 für den Papierkorb kann nicht angelegt werden; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Cannot move the folder %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>Der Ordner %1 kann nicht in den Papierkorb verschoben werden; es wurde nichts verschoben. Löschen Sie den Ordner endgültig, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) inside were already deleted.</source>
        <translation>
            <numerusform> %n Element darin wurde bereits gelöscht.</numerusform>
            <numerusform> %n Elemente darin wurden bereits gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database; it has no session rows to clear.</source>
        <translation>%1 ist ein Ordner, keine Datenbank; er hat keine Sitzungszeilen, die geleert werden könnten.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 können nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>FolderWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone (write to the folder it points to, or choose another name).</source>
        <translation>%1 ist ein symbolischer Link; er bleibt unangetastet (schreiben Sie in den Ordner, auf den er zeigt, oder wählen Sie einen anderen Namen).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1: %2</source>
        <translation>Der neue Ordner kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot swap the new folder into place at %1: %2</source>
        <translation>Der neue Ordner kann nicht gegen %1 ausgetauscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the old %1 aside.</source>
        <translation>Das alte %1 kann nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1.</source>
        <translation>Der neue Ordner kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: Nur %2 von %3 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>ForeignBase64</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 is not base64: the character &apos;%2&apos; at position %3 %4. Paste the whole string exactly as the library printed it.</source>
        <translation>%1 ist kein Base64: Das Zeichen &apos;%2&apos; an Position %3 %4. Fügen Sie den ganzen String genau so ein, wie die Bibliothek ihn ausgegeben hat.</translation>
    </message>
    <message>
        <source>follows the &apos;=&apos; padding</source>
        <translation>folgt auf das &apos;=&apos;-Padding</translation>
    </message>
    <message>
        <source>is outside both base64 alphabets</source>
        <translation>liegt außerhalb beider Base64-Alphabete</translation>
    </message>
    <message>
        <source>The %1 is cut short or has an extra character: %2 base64 characters cannot encode whole bytes (one more than a multiple of 4).</source>
        <translation>%1 ist abgeschnitten oder hat ein Zeichen zu viel: %2 Base64-Zeichen ergeben keine ganzen Bytes (eins mehr als ein Vielfaches von 4).</translation>
    </message>
    <message>
        <source>The %1 is not valid base64 (the last characters do not form whole bytes).</source>
        <translation>%1 ist kein gültiges Base64 (die letzten Zeichen ergeben keine ganzen Bytes).</translation>
    </message>
</context>
<context>
    <name>ForeignFileConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: %1 keeps one DC.</source>
        <translation>
            <numerusform>%n DC-Eintrag außer dem des Heimat-DC geht verloren: %1 behält einen DC.</numerusform>
            <numerusform>%n DC-Einträge außer dem des Heimat-DC gehen verloren: %1 behält einen DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge geht verloren.</numerusform>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s salt, time offset and flags are dropped.</source>
        <translation>Salt, Zeitversatz und Flags des beibehaltenen DC-Eintrags gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>The broadcast/megagroup kind of %n channel(s) is dropped.</source>
        <translation>
            <numerusform>Die Broadcast-/Megagruppen-Art von %n Kanal geht verloren.</numerusform>
            <numerusform>Die Broadcast-/Megagruppen-Art von %n Kanälen geht verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) are stored as plain peers.</source>
        <translation>
            <numerusform>%n Community-Peer wird als einfacher Peer gespeichert.</numerusform>
            <numerusform>%n Community-Peers werden als einfache Peers gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are stored as chats.</source>
        <translation>
            <numerusform>%n Peer mit Chat- und Kanal-Flag wird als Chat gespeichert.</numerusform>
            <numerusform>%n Peers mit Chat- und Kanal-Flag werden als Chats gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Die Update-Zähler (pts, qts, date, seq) gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert geht verloren.</numerusform>
            <numerusform>%n Kanal-pts-Werte gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n Min-Peer geht verloren.</numerusform>
            <numerusform>%n Min-Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped.</source>
        <translation>Das Future-Auth-Token geht verloren.</translation>
    </message>
    <message>
        <source>The address %1 is not stored: Pyrogram uses its own table.</source>
        <translation>Die Adresse %1 wird nicht gespeichert: Pyrogram verwendet eine eigene Tabelle.</translation>
    </message>
    <message>
        <source>The user id is not known: Pyrogram treats a session without one as logged out (give the account&apos;s user id).</source>
        <translation>Die Benutzer-ID ist nicht bekannt: Pyrogram behandelt eine Sitzung ohne sie als abgemeldet (geben Sie die Benutzer-ID des Kontos an).</translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.</source>
        <translation>
            <numerusform>%n DC-Eintrag geht verloren: tdata behält einen Autorisierungsschlüssel pro DC-ID und keine Adressen.</numerusform>
            <numerusform>%n DC-Einträge gehen verloren: tdata behält einen Autorisierungsschlüssel pro DC-ID und keine Adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer geht verloren.</numerusform>
            <numerusform>%n zwischengespeicherte Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the home DC&apos;s address and port, and DC %2 has none.</source>
        <translation>%1 braucht Adresse und Port des Heimat-DC, und DC %2 hat keine.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs every account&apos;s user id.</source>
        <translation>Telegram Desktop braucht die Benutzer-ID jedes Kontos.</translation>
    </message>
    <message>
        <source>tdata needs an auth key for the home DC %1.</source>
        <translation>tdata braucht einen Autorisierungsschlüssel für den Heimat-DC %1.</translation>
    </message>
    <message>
        <source>%1 stores the home DC&apos;s entry, and DC %2 has none in this session.</source>
        <translation>%1 speichert den Eintrag des Heimat-DC, und DC %2 hat in dieser Sitzung keinen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) are dropped: no marked id reads back as the same peer (%1).</source>
        <translation>
            <numerusform>%n Peer geht verloren: Keine markierte ID wird als derselbe Peer zurückgelesen (%1).</numerusform>
            <numerusform>%n Peers gehen verloren: Keine markierte ID wird als derselbe Peer zurückgelesen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.</source>
        <translation>
            <numerusform>%n Peer hat dieselbe markierte ID wie ein späterer Peer, der ihn ersetzt: eine Zeile pro ID.</numerusform>
            <numerusform>%n Peers haben dieselbe markierte ID wie ein späterer Peer, der sie ersetzt: eine Zeile pro ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) that are not channels carry a channel kind, which is dropped.</source>
        <translation>
            <numerusform>%n Peer, der kein Kanal ist, trägt eine Kanalart, die verloren geht.</numerusform>
            <numerusform>%n Peers, die keine Kanäle sind, tragen eine Kanalart, die verloren geht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gigagroup(s) are stored as &quot;supergroup&quot; and read back as megagroups: Pyrogram has no gigagroup type.</source>
        <translation>
            <numerusform>%n Gigagruppe wird als &quot;supergroup&quot; gespeichert und als Megagruppe zurückgelesen: Pyrogram hat keinen Gigagruppen-Typ.</numerusform>
            <numerusform>%n Gigagruppen werden als &quot;supergroup&quot; gespeichert und als Megagruppen zurückgelesen: Pyrogram hat keinen Gigagruppen-Typ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) of unknown kind (%1 of them without an access hash) are stored as &quot;channel&quot; and read back as broadcast channels: Pyrogram&apos;s peer type has no unknown kind.</source>
        <translation>
            <numerusform>%n Kanal unbekannter Art (%1 ohne Access-Hash) wird als &quot;channel&quot; gespeichert und als Broadcast-Kanal zurückgelesen: Pyrograms Peer-Typ kennt keine unbekannte Art.</numerusform>
            <numerusform>%n Kanäle unbekannter Art (davon %1 ohne Access-Hash) werden als &quot;channel&quot; gespeichert und als Broadcast-Kanäle zurückgelesen: Pyrograms Peer-Typ kennt keine unbekannte Art.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert mit einer Kanal-ID von 0 oder kleiner wird nicht geschrieben: Telethon speichert den eigenen Zustand des Kontos in update_state-Zeile 0 und Kanäle unter ihren positiven IDs.</numerusform>
            <numerusform>%n Kanal-pts-Werte mit einer Kanal-ID von 0 oder kleiner werden nicht geschrieben: Telethon speichert den eigenen Zustand des Kontos in update_state-Zeile 0 und Kanäle unter ihren positiven IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per channel (the last).</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert wiederholt die ID eines früheren Eintrags; Telethon behält eine Zeile pro Kanal (die letzte).</numerusform>
            <numerusform>%n Kanal-pts-Werte wiederholen die ID eines früheren Eintrags; Telethon behält eine Zeile pro Kanal (die letzte).</numerusform>
        </translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>Bot-Flag (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>kein Bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>Testmodus-Flag (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>API-ID %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>Takeout-ID %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>Server-Salt %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>%1 hat kein Feld für diese Kontowerte, sie gehen verloren: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: they read back with the DC&apos;s usual address and none of the others.</source>
        <translation>
            <numerusform>%n beibehaltener DC-Eintrag hat eine Adresse, ein Salt, einen Zeitversatz oder Flags, die tdata nicht speichert: Er wird mit der üblichen Adresse des DC und ohne die übrigen Werte zurückgelesen.</numerusform>
            <numerusform>%n beibehaltene DC-Einträge haben eine Adresse, ein Salt, einen Zeitversatz oder Flags, die tdata nicht speichert: Sie werden mit der üblichen Adresse des DC und ohne die übrigen Werte zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id.</source>
        <translation>Telegram Desktop braucht die Benutzer-ID des Kontos.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have more than one username; %1 keeps only the first.</source>
        <translation>
            <numerusform>%n Peer hat mehr als einen Benutzernamen; %1 behält nur den ersten.</numerusform>
            <numerusform>%n Peers haben mehr als einen Benutzernamen; %1 behält nur den ersten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum or direct-messages peer(s) are stored as &quot;supergroup&quot;: %1 has no such type.</source>
        <translation>
            <numerusform>%n Forum- oder Direktnachrichten-Peer wird als „supergroup“ gespeichert: %1 kennt diesen Typ nicht.</numerusform>
            <numerusform>%n Forum- oder Direktnachrichten-Peers werden als „supergroup“ gespeichert: %1 kennt diesen Typ nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) that are not channels are stored as plain peers.</source>
        <translation>
            <numerusform>%n Community-Peer, der kein Kanal ist, wird als gewöhnlicher Peer gespeichert.</numerusform>
            <numerusform>%n Community-Peers, die keine Kanäle sind, werden als gewöhnliche Peers gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) of no channel are dropped: %1 has no update_state table.</source>
        <translation>
            <numerusform>%n update_state-Zeile ohne Kanal entfällt: %1 hat keine update_state-Tabelle.</numerusform>
            <numerusform>%n update_state-Zeilen ohne Kanal entfallen: %1 hat keine update_state-Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC entry has no address; Kurigram&apos;s own table gives %1.</source>
        <translation>Der DC-Eintrag hat keine Adresse; Kurigrams eigene Tabelle liefert %1.</translation>
    </message>
    <message>
        <source>Kurigram knows test DCs 1 to 3 only and fails on a test session on DC %1; it cannot be written as a Kurigram database.</source>
        <translation>Kurigram kennt nur die Test-DCs 1 bis 3 und scheitert an einer Testsitzung auf DC %1; sie kann nicht als Kurigram-Datenbank geschrieben werden.</translation>
    </message>
    <message>
        <source>DC %1 has no address in this session and none in Kurigram&apos;s table; Kurigram stores the address it connects to.</source>
        <translation>DC %1 hat in dieser Sitzung keine Adresse und auch keine in Kurigrams Tabelle; Kurigram speichert die Adresse, mit der es sich verbindet.</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the account&apos;s usernames; dropped: %3.</source>
        <translation>%1 behält %2 der Benutzernamen des Kontos; verworfen: %3.</translation>
    </message>
    <message>
        <source>%1 has no field for the account&apos;s premium flag, it is dropped.</source>
        <translation>%1 hat kein Feld für das Premium-Kennzeichen des Kontos; es wird verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are dropped; the permanent keys are kept.</source>
        <translation>
            <numerusform>%n temporärer (PFS-)Auth-Key wird verworfen; die dauerhaften Schlüssel bleiben.</numerusform>
            <numerusform>%n temporäre (PFS-)Auth-Keys werden verworfen; die dauerhaften Schlüssel bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The future salts of %n DC(s) are dropped.</source>
        <translation>
            <numerusform>Die künftigen Salts von %n DC werden verworfen.</numerusform>
            <numerusform>Die künftigen Salts von %n DCs werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The addresses of %n DC entry(ies) besides the main and media DC are dropped: mtcute keeps only their auth keys.</source>
        <translation>
            <numerusform>Die Adresse von %n DC-Eintrag neben dem Haupt- und Medien-DC wird verworfen: mtcute behält nur dessen Auth-Key.</numerusform>
            <numerusform>Die Adressen von %n DC-Einträgen neben dem Haupt- und Medien-DC werden verworfen: mtcute behält nur ihre Auth-Keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC number that already has one are dropped: mtcute keeps one key per DC number.</source>
        <translation>
            <numerusform>%n weiterer Auth-Key einer DC-Nummer, die schon einen hat, wird verworfen: mtcute behält einen Schlüssel pro DC-Nummer.</numerusform>
            <numerusform>%n weitere Auth-Keys einer DC-Nummer, die schon einen hat, werden verworfen: mtcute behält einen Schlüssel pro DC-Nummer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt and time offset of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Salt und Zeitversatz von %n DC-Eintrag werden verworfen.</numerusform>
            <numerusform>Salt und Zeitversatz von %n DC-Einträgen werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: mtcute stores none for basic groups.</source>
        <translation>
            <numerusform>Der Access-Hash von %n einfacher Gruppe wird verworfen: mtcute speichert für einfache Gruppen keinen.</numerusform>
            <numerusform>Die Access-Hashes von %n einfachen Gruppen werden verworfen: mtcute speichert für einfache Gruppen keinen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: mtcute keys channels by their positive ids.</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert mit einer Kanal-ID von 0 oder weniger wird nicht geschrieben: mtcute führt Kanäle unter ihren positiven IDs.</numerusform>
            <numerusform>%n Kanal-pts-Werte mit einer Kanal-ID von 0 oder weniger werden nicht geschrieben: mtcute führt Kanäle unter ihren positiven IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; mtcute keeps one per channel (the last).</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert wiederholt die ID eines früheren Eintrags; mtcute behält einen pro Kanal (den letzten).</numerusform>
            <numerusform>%n Kanal-pts-Werte wiederholen die ID eines früheren Eintrags; mtcute behält einen pro Kanal (den letzten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</source>
        <translation>
            <numerusform>%n DC-Eintrag wird verworfen: Telethon 2 behält eine IPv4- und eine IPv6-Adresse pro DC und keine Nur-Medien-, CDN- oder statischen Einträge.</numerusform>
            <numerusform>%n DC-Einträge werden verworfen: Telethon 2 behält eine IPv4- und eine IPv6-Adresse pro DC und keine Nur-Medien-, CDN- oder statischen Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC that already has one are dropped: Telethon 2 keeps one key per DC.</source>
        <translation>
            <numerusform>%n weiterer Auth-Key eines DC, der schon einen hat, wird verworfen: Telethon 2 behält einen Schlüssel pro DC.</numerusform>
            <numerusform>%n weitere Auth-Keys eines DC, der schon einen hat, werden verworfen: Telethon 2 behält einen Schlüssel pro DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: Telethon 2 keeps no peer cache.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer wird verworfen: Telethon 2 hat keinen Peer-Cache.</numerusform>
            <numerusform>%n zwischengespeicherte Peers werden verworfen: Telethon 2 hat keinen Peer-Cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tdata would hold %1 accounts: official Telegram Desktop rejects a key file with more than 6, starts logged out and overwrites it. Pick one account (--account), or confirm the copy is for a fork that allows more (--accept-loss).</source>
        <translation>Diese tdata würde %1 Konten enthalten: das offizielle Telegram Desktop verwirft eine Schlüsseldatei mit mehr als 6, startet abgemeldet und überschreibt sie. Wählen Sie ein Konto (--account) oder bestätigen Sie, dass die Kopie für einen Fork ist, der mehr erlaubt (--accept-loss).</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have no last_update_on; %1 stores the time of writing.</source>
        <translation>
            <numerusform>%n Peer hat kein last_update_on; %1 speichert die Zeit des Schreibens.</numerusform>
            <numerusform>%n Peers haben kein last_update_on; %1 speichert die Zeit des Schreibens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignFileOpen</name>
    <message>
        <source>%1 (by its header); as a ferogram binary file: %2</source>
        <translation>%1 (nach ihrem Kopf); als ferogram-Binärdatei: %2</translation>
    </message>
</context>
<context>
    <name>ForeignStringConvert</name>
    <message>
        <source>user id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>Bot-Flag (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>kein Bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>Testmodus-Flag (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>API-ID %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>Takeout-ID %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>Server-Salt %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>A %1 has no field for these account values, they are dropped: %2.</source>
        <translation>Ein %1 hat kein Feld für diese Kontowerte, sie gehen verloren: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media DC.</source>
        <translation>
            <numerusform>%n weitere DC-Tabellenzeile geht verloren: Ein mtcute-String enthält den Heimat-DC und einen Medien-DC.</numerusform>
            <numerusform>%n weitere DC-Tabellenzeilen gehen verloren: Ein mtcute-String enthält den Heimat-DC und einen Medien-DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a %1 holds one DC.</source>
        <translation>
            <numerusform>%n weitere DC-Tabellenzeile geht verloren: Ein %1 enthält einen DC.</numerusform>
            <numerusform>%n weitere DC-Tabellenzeilen gehen verloren: Ein %1 enthält einen DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge geht verloren (diese Anmeldungen gehen verloren).</numerusform>
            <numerusform>%n Autorisierungsschlüssel anderer DC-Einträge gehen verloren (diese Anmeldungen gehen verloren).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped.</source>
        <translation>Die Flags 0x%1 des beibehaltenen DC-Eintrags gehen verloren.</translation>
    </message>
    <message>
        <source>The flags 0x%1 of the media DC entry are dropped.</source>
        <translation>Die Flags 0x%1 des Medien-DC-Eintrags gehen verloren.</translation>
    </message>
    <message>
        <source>The time offset of the kept DC entry is dropped.</source>
        <translation>Der Zeitversatz des beibehaltenen DC-Eintrags geht verloren.</translation>
    </message>
    <message>
        <source>The server salt of the kept DC entry is dropped.</source>
        <translation>Das Server-Salt des beibehaltenen DC-Eintrags geht verloren.</translation>
    </message>
    <message>
        <source>The address %1 is not stored, and no address is known for %2 DC %3: reading the string back gives an entry without an address.</source>
        <translation>Die Adresse %1 wird nicht gespeichert, und für DC %3 (%2) ist keine Adresse bekannt: Beim Zurücklesen des Strings entsteht ein Eintrag ohne Adresse.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The address %1 is not stored: reading the string back gives DC %2&apos;s usual address %3.</source>
        <translation>Die Adresse %1 wird nicht gespeichert: Beim Zurücklesen des Strings ergibt sich die übliche Adresse %3 von DC %2.</translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Die Update-Zähler (pts, qts, date, seq) gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n Kanal-pts-Wert geht verloren.</numerusform>
            <numerusform>%n Kanal-pts-Werte gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer geht verloren.</numerusform>
            <numerusform>%n zwischengespeicherte Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n Min-Peer geht verloren.</numerusform>
            <numerusform>%n Min-Peers gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached upload(s) (Telethon sent_files) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Upload (Telethon sent_files) geht verloren.</numerusform>
            <numerusform>%n zwischengespeicherte Uploads (Telethon sent_files) gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped: session strings have no field for it.</source>
        <translation>Das Future-Auth-Token geht verloren: Sitzungs-Strings haben kein Feld dafür.</translation>
    </message>
    <message>
        <source>The user id is not known: the Pyrogram string will carry 0 and Pyrogram asks Telegram on start (give the user id to avoid this).</source>
        <translation>Die Benutzer-ID ist nicht bekannt: Der Pyrogram-String enthält 0, und Pyrogram fragt beim Start Telegram (geben Sie die Benutzer-ID an, um das zu vermeiden).</translation>
    </message>
</context>
<context>
    <name>ForeignStrings</name>
    <message>
        <source>The %1 is cut short: its data ends at byte %2 while reading %3 (%4 more bytes needed). Copy the whole string again.</source>
        <translation>%1 ist abgeschnitten: Die Daten enden bei Byte %2 beim Lesen von %3 (%4 Bytes fehlen). Kopieren Sie den ganzen String erneut.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>kompakter ferogram-String</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not &quot;host:port&quot;</source>
        <translation>seine Adresse &quot;%1&quot; ist nicht &quot;host:port&quot;</translation>
    </message>
    <message>
        <source>its port is 0</source>
        <translation>sein Port ist 0</translation>
    </message>
    <message>
        <source>its address text &quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>sein Adresstext &quot;%1&quot; ist weder eine IP-Adresse noch ein Hostname</translation>
    </message>
    <message>
        <source>its IPv6 address %1 is not a public (2000::/3) address</source>
        <translation>seine IPv6-Adresse %1 ist keine öffentliche (2000::/3) Adresse</translation>
    </message>
    <message>
        <source>its IPv4 address %1 is not a public address</source>
        <translation>seine IPv4-Adresse %1 ist keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>byte %1 (test mode) holds 0x%2, where Pyrogram writes 0 or 1</source>
        <translation>Byte %1 (Testmodus) enthält 0x%2, wo Pyrogram 0 oder 1 schreibt</translation>
    </message>
    <message>
        <source>the last byte (is_bot) holds 0x%1, where Pyrogram writes 0 or 1</source>
        <translation>das letzte Byte (is_bot) enthält 0x%1, wo Pyrogram 0 oder 1 schreibt</translation>
    </message>
    <message>
        <source>it holds no session</source>
        <translation>er enthält keine Sitzung</translation>
    </message>
    <message>
        <source>its DC id would be %1, and Telegram&apos;s DCs are 1 to 5</source>
        <translation>seine DC-ID wäre %1, und die DCs von Telegram sind 1 bis 5</translation>
    </message>
    <message>
        <source>it has no entry for its home DC %1</source>
        <translation>er hat keinen Eintrag für seinen Heimat-DC %1</translation>
    </message>
    <message>
        <source>its home DC has no auth key</source>
        <translation>sein Heimat-DC hat keinen Autorisierungsschlüssel</translation>
    </message>
    <message>
        <source>DC entry %1&apos;s address &quot;%2&quot; is not &quot;host:port&quot;</source>
        <translation>die Adresse &quot;%2&quot; von DC-Eintrag %1 ist nicht &quot;host:port&quot;</translation>
    </message>
    <message>
        <source>bytes 1-2 hold %1, the length of the address text &quot;%2&quot; that follows: that is the GramJS layout, which has the size of a Telethon IPv6 string</source>
        <translation>Bytes 1–2 enthalten %1, die Länge des folgenden Adresstexts &quot;%2&quot;: Das ist das GramJS-Layout, das die Größe eines Telethon-IPv6-Strings hat</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 ist kein String-Format.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>it decodes to plausible values too, but the %1 reading needs more structure to succeed and was preferred</source>
        <translation>er ergibt auch plausible Werte, aber die Lesart als %1 braucht mehr Struktur, um zu gelingen, und wurde bevorzugt</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>Kein %1: %2</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>als %1: %2</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows (%1).</source>
        <translation>Kein Sitzungs-String, den Feroscope kennt (%1).</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>Read as a %1, but the values look wrong: %2.</source>
        <translation>Als %1 gelesen, aber die Werte sehen falsch aus: %2.</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has an empty address. Set one before a client uses this session.</source>
        <translation>Für DC %2 (%1) ist keine Adresse bekannt; der DC-Eintrag hat eine leere Adresse. Legen Sie eine fest, bevor ein Client diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>The session has no auth key for its home DC %1, and a %2 holds exactly that key. Log in first or pick a session with a key.</source>
        <translation>Die Sitzung hat keinen Autorisierungsschlüssel für ihren Heimat-DC %1, und ein %2 enthält genau diesen Schlüssel. Melden Sie sich zuerst an oder wählen Sie eine Sitzung mit Schlüssel.</translation>
    </message>
    <message>
        <source>The home DC %1 address &quot;%2&quot; is not &quot;ip:port&quot;, which a %3 needs.</source>
        <translation>Die Adresse &quot;%2&quot; des Heimat-DC %1 ist nicht &quot;ip:port&quot;, was ein %3 braucht.</translation>
    </message>
</context>
<context>
    <name>FormatNames</name>
    <message>
        <source>ferogram binary file</source>
        <translation>ferogram-Binärdatei</translation>
    </message>
    <message>
        <source>ferogram SQLite database</source>
        <translation>ferogram-SQLite-Datenbank</translation>
    </message>
    <message>
        <source>ferogram native string</source>
        <translation>nativer ferogram-String</translation>
    </message>
    <message>
        <source>ferogram compact string V2</source>
        <translation>kompakter ferogram-String V2</translation>
    </message>
    <message>
        <source>ferogram compact string V1</source>
        <translation>kompakter ferogram-String V1</translation>
    </message>
    <message>
        <source>Telethon string</source>
        <translation>Telethon-String</translation>
    </message>
    <message>
        <source>Telethon SQLite session</source>
        <translation>Telethon-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>Pyrogram string</source>
        <translation>Pyrogram-String</translation>
    </message>
    <message>
        <source>Pyrogram SQLite session</source>
        <translation>Pyrogram-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>GramJS string</source>
        <translation>GramJS-String</translation>
    </message>
    <message>
        <source>GramJS store folder</source>
        <translation>GramJS-Store-Ordner</translation>
    </message>
    <message>
        <source>mtcute string</source>
        <translation>mtcute-String</translation>
    </message>
    <message>
        <source>MTKruto string</source>
        <translation>MTKruto-String</translation>
    </message>
    <message>
        <source>Telegram Desktop tdata</source>
        <translation>Telegram Desktop tdata</translation>
    </message>
    <message>
        <source>ferogram file v%1</source>
        <translation>ferogram-Datei v%1</translation>
    </message>
    <message>
        <source>ferogram SQLite v%1</source>
        <translation>ferogram-SQLite v%1</translation>
    </message>
    <message>
        <source>ferogram native v%1</source>
        <translation>ferogram nativ v%1</translation>
    </message>
    <message>
        <source>ferogram compact V2</source>
        <translation>ferogram kompakt V2</translation>
    </message>
    <message>
        <source>ferogram compact V1</source>
        <translation>ferogram kompakt V1</translation>
    </message>
    <message>
        <source>Telethon SQLite</source>
        <translation>Telethon-SQLite</translation>
    </message>
    <message>
        <source>Pyrogram SQLite</source>
        <translation>Pyrogram-SQLite</translation>
    </message>
    <message>
        <source>GramJS store</source>
        <translation>GramJS-Store</translation>
    </message>
    <message>
        <source>Telegram tdata</source>
        <translation>Telegram-tdata</translation>
    </message>
    <message>
        <source>Kurigram SQLite session</source>
        <translation>Kurigram-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>Kurigram SQLite</source>
        <translation>Kurigram SQLite</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite session</source>
        <translation>PyroTGFork-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite</source>
        <translation>PyroTGFork SQLite</translation>
    </message>
    <message>
        <source>Pyrofork SQLite session</source>
        <translation>Pyrofork-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>Pyrofork SQLite</source>
        <translation>Pyrofork SQLite</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite session</source>
        <translation>Telethon-2-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite</source>
        <translation>Telethon 2 SQLite</translation>
    </message>
    <message>
        <source>mtcute SQLite storage</source>
        <translation>mtcute-SQLite-Speicher</translation>
    </message>
    <message>
        <source>mtcute SQLite</source>
        <translation>mtcute SQLite</translation>
    </message>
    <message>
        <source>grammers TL session file</source>
        <translation>grammers-TL-Sitzungsdatei</translation>
    </message>
    <message>
        <source>grammers TL</source>
        <translation>grammers TL</translation>
    </message>
    <message>
        <source>grammers SQLite session</source>
        <translation>grammers-SQLite-Sitzung</translation>
    </message>
    <message>
        <source>grammers SQLite</source>
        <translation>grammers SQLite</translation>
    </message>
    <message>
        <source>gotd session JSON</source>
        <translation>gotd-Sitzungs-JSON</translation>
    </message>
    <message>
        <source>gotd JSON</source>
        <translation>gotd JSON</translation>
    </message>
    <message>
        <source>tdl bbolt store</source>
        <translation>tdl-bbolt-Speicher</translation>
    </message>
    <message>
        <source>tdl store</source>
        <translation>tdl-Speicher</translation>
    </message>
    <message>
        <source>WTelegramClient session file</source>
        <translation>WTelegramClient-Sitzungsdatei</translation>
    </message>
    <message>
        <source>WTelegramClient session</source>
        <translation>WTelegramClient-Sitzung</translation>
    </message>
    <message>
        <source>Telegram Android tgnet.dat</source>
        <translation>Telegram-Android-tgnet.dat</translation>
    </message>
    <message>
        <source>Android tgnet.dat</source>
        <translation>Android-tgnet.dat</translation>
    </message>
</context>
<context>
    <name>GotdConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: gotd keeps one DC.</source>
        <translation>
            <numerusform>%n DC-Eintrag neben dem des Heim-DCs entfällt: gotd behält einen DC.</numerusform>
            <numerusform>%n DC-Einträge neben dem des Heim-DCs entfallen: gotd behält einen DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>%n Auth-Key anderer DC-Einträge entfällt.</numerusform>
            <numerusform>%n Auth-Keys anderer DC-Einträge entfallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s time offset is dropped.</source>
        <translation>Der Zeitversatz des behaltenen DC-Eintrags entfällt.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: gotd&apos;s session JSON has no peer cache.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer entfällt: gotds Sitzungs-JSON hat keinen Peer-Cache.</numerusform>
            <numerusform>%n zwischengespeicherte Peers entfallen: gotds Sitzungs-JSON hat keinen Peer-Cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd would not load it: %1</source>
        <translation>gotd würde es nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>GotdJson</name>
    <message>
        <source>It is JSON starting with {&quot;Version&quot;:, the envelope gotd&apos;s session.FileStorage writes: gotd session JSON.</source>
        <translation>Es ist JSON, das mit {&quot;Version&quot;: beginnt, der Hülle, die gotds session.FileStorage schreibt: gotd-Sitzungs-JSON.</translation>
    </message>
    <message>
        <source>Not gotd session JSON: %1 at character %2.</source>
        <translation>Kein gotd-Sitzungs-JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Not gotd session JSON: it has no &quot;Version&quot; and &quot;Data&quot; object.</source>
        <translation>Kein gotd-Sitzungs-JSON: es fehlen &quot;Version&quot; und das Objekt &quot;Data&quot;.</translation>
    </message>
    <message>
        <source>gotd session JSON of version %1: gotd only loads version 1 (any other it treats as &quot;no session&quot; and logs in again).</source>
        <translation>gotd-Sitzungs-JSON der Version %1: gotd lädt nur Version 1 (jede andere behandelt es als „keine Sitzung“ und meldet sich neu an).</translation>
    </message>
    <message>
        <source>gotd session JSON without Data.%1.</source>
        <translation>gotd-Sitzungs-JSON ohne Data.%1.</translation>
    </message>
    <message>
        <source>Data.AuthKey is %1 bytes; an auth key has 256.</source>
        <translation>Data.AuthKey hat %1 Byte; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>Data.AuthKeyID (%1) is not the key&apos;s id (%2): gotd refuses such a session (&quot;corrupted key&quot;).</source>
        <translation>Data.AuthKeyID (%1) ist nicht die ID des Schlüssels (%2): gotd lehnt eine solche Sitzung ab („corrupted key“).</translation>
    </message>
    <message numerus="yes">
        <source>version 1, no address, %n DC option(s) in its config</source>
        <translation>
            <numerusform>Version 1, keine Adresse, %n DC-Option in der Konfiguration</numerusform>
            <numerusform>Version 1, keine Adresse, %n DC-Optionen in der Konfiguration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version 1, address %1, %n DC option(s) in its config</source>
        <translation>
            <numerusform>Version 1, Adresse %1, %n DC-Option in der Konfiguration</numerusform>
            <numerusform>Version 1, Adresse %1, %n DC-Optionen in der Konfiguration</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd session JSON needs the home DC&apos;s auth key, and DC %1 has none.</source>
        <translation>gotd-Sitzungs-JSON braucht den Auth-Key des Heim-DCs, und DC %1 hat keinen.</translation>
    </message>
</context>
<context>
    <name>GramjsStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the JSON value GramJS writes (%2).</source>
        <translation>%1 ist nicht der JSON-Wert, den GramJS schreibt (%2).</translation>
    </message>
    <message>
        <source>%1 is not a 256-byte JSON Buffer ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</source>
        <translation>%1 ist kein 256-Byte-JSON-Buffer ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</translation>
    </message>
    <message>
        <source>%1: data[%2] is not a byte value.</source>
        <translation>%1: data[%2] ist kein Byte-Wert.</translation>
    </message>
    <message>
        <source>%1 is not a GramJS entity row [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</source>
        <translation>%1 ist keine GramJS-Entitätszeile [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</translation>
    </message>
    <message>
        <source>%1 is not a GramJS store folder: no &quot;&lt;name&gt;%3AdcId&quot; file in it.</source>
        <translation>%1 ist kein GramJS-Store-Ordner: Er enthält keine Datei &quot;&lt;name&gt;%3AdcId&quot;.</translation>
    </message>
    <message>
        <source>StoreSession &quot;%1&quot;</source>
        <translation>StoreSession &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The GramJS store %1 lacks a serverAddress or port file.</source>
        <translation>Dem GramJS-Store %1 fehlt eine serverAddress- oder port-Datei.</translation>
    </message>
    <message>
        <source>Files not read: %1.</source>
        <translation>Nicht gelesene Dateien: %1.</translation>
    </message>
    <message>
        <source>GramJS refuses the session name &quot;%1&quot;; choose another folder name.</source>
        <translation>GramJS lehnt den Sitzungsnamen &quot;%1&quot; ab; wählen Sie einen anderen Ordnernamen.</translation>
    </message>
    <message>
        <source>The home DC %1 has no address; GramJS needs its serverAddress and port.</source>
        <translation>Der Heimat-DC %1 hat keine Adresse; GramJS braucht seine serverAddress und seinen Port.</translation>
    </message>
</context>
<context>
    <name>GramjsString</name>
    <message>
        <source>GramJS string</source>
        <translation>GramJS-String</translation>
    </message>
    <message>
        <source>Not a GramJS string: it must start with the version character &quot;1&quot;.</source>
        <translation>Kein GramJS-String: Er muss mit dem Versionszeichen &quot;1&quot; beginnen.</translation>
    </message>
    <message>
        <source>Not a GramJS string: %1 bytes are left over after the auth key (byte %2). It may be another library&apos;s string.</source>
        <translation>Kein GramJS-String: Nach dem Autorisierungsschlüssel bleiben %1 Bytes übrig (Byte %2). Es könnte der String einer anderen Bibliothek sein.</translation>
    </message>
    <message>
        <source>Not a GramJS string: the address text at byte 3 is not UTF-8.</source>
        <translation>Kein GramJS-String: Der Adresstext an Byte 3 ist kein UTF-8.</translation>
    </message>
    <message>
        <source>%1 address text, %2 characters</source>
        <translation>%1-Adresstext, %2 Zeichen</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>Port %1 is above 32767: GramJS itself reads it as %2 and cannot save the session again.</source>
        <translation>Port %1 liegt über 32767: GramJS selbst liest ihn als %2 und kann die Sitzung nicht erneut speichern.</translation>
    </message>
    <message>
        <source>GramJS writes the standard base64 alphabet with &apos;=&apos; padding; this text differs (GramJS still reads it).</source>
        <translation>GramJS schreibt das Standard-Base64-Alphabet mit &apos;=&apos;-Padding; dieser Text weicht ab (GramJS liest ihn trotzdem).</translation>
    </message>
    <message>
        <source>Port %1 is above 32767: GramJS stores the port as a signed 16-bit number, would read it as %2 and cannot save it. Use an address with a port up to 32767.</source>
        <translation>Port %1 liegt über 32767: GramJS speichert den Port als vorzeichenbehaftete 16-Bit-Zahl, würde ihn als %2 lesen und könnte ihn nicht speichern. Verwenden Sie eine Adresse mit einem Port bis 32767.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a GramJS string has for it.</source>
        <translation>DC-ID %1 passt nicht in das eine Byte, das ein GramJS-String dafür hat.</translation>
    </message>
    <message>
        <source>The address text is %1 bytes long; GramJS reads at most 32767.</source>
        <translation>Der Adresstext ist %1 Bytes lang; GramJS liest höchstens 32767.</translation>
    </message>
</context>
<context>
    <name>GrammersConvert</name>
    <message>
        <source>The session does not say whether user %1 is a bot; grammers stores the flag, and it is written as &quot;not a bot&quot;.</source>
        <translation>Die Sitzung sagt nicht, ob Benutzer %1 ein Bot ist; grammers speichert das Flag, es wird als „kein Bot“ geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: the grammers TL file has no peer cache.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer entfällt: die grammers-TL-Datei hat keinen Peer-Cache.</numerusform>
            <numerusform>%n zwischengespeicherte Peers entfallen: die grammers-TL-Datei hat keinen Peer-Cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) with an id above %1 are dropped: grammers cannot key them.</source>
        <translation>
            <numerusform>%n Kanal mit einer ID über %1 entfällt: grammers kann ihn nicht als Schlüssel speichern.</numerusform>
            <numerusform>%n Kanäle mit einer ID über %1 entfallen: grammers kann sie nicht als Schlüssel speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: grammers stores none for them.</source>
        <translation>
            <numerusform>Der Access-Hash von %n Basisgruppe entfällt: grammers speichert für sie keinen.</numerusform>
            <numerusform>Der Access-Hash von %n Basisgruppen entfällt: grammers speichert für sie keinen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersDcs</name>
    <message>
        <source>The store has no entry for its home DC %1, and grammers has no built-in address for it.</source>
        <translation>Der Speicher hat keinen Eintrag für seinen Heim-DC %1, und grammers hat keine eingebaute Adresse dafür.</translation>
    </message>
    <message>
        <source>The store has no entry for its home DC %1; grammers uses its built-in address %2:443, and so did we.</source>
        <translation>Der Speicher hat keinen Eintrag für seinen Heim-DC %1; grammers nimmt seine eingebaute Adresse %2:443, wir ebenso.</translation>
    </message>
    <message numerus="yes">
        <source>%n media-only DC entry(s) are not written: grammers keeps one entry per DC.</source>
        <translation>
            <numerusform>%n reiner Medien-DC-Eintrag wird nicht geschrieben: grammers behält einen Eintrag pro DC.</numerusform>
            <numerusform>%n reine Medien-DC-Einträge werden nicht geschrieben: grammers behält einen Eintrag pro DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) with a host name or no port are not written: grammers stores IP addresses.</source>
        <translation>
            <numerusform>%n DC-Eintrag mit Hostnamen oder ohne Port wird nicht geschrieben: grammers speichert IP-Adressen.</numerusform>
            <numerusform>%n DC-Einträge mit Hostnamen oder ohne Port werden nicht geschrieben: grammers speichert IP-Adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) of DCs without an IPv4 address are not written: grammers 0.8 needs one in every DC.</source>
        <translation>
            <numerusform>%n DC-Eintrag eines DCs ohne IPv4-Adresse wird nicht geschrieben: grammers 0.8 braucht eine in jedem DC.</numerusform>
            <numerusform>%n DC-Einträge von DCs ohne IPv4-Adresse werden nicht geschrieben: grammers 0.8 braucht eine in jedem DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) repeat a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</source>
        <translation>
            <numerusform>%n DC-Eintrag wiederholt die IPv4- oder IPv6-Adresse eines DCs; grammers behält jeweils die erste.</numerusform>
            <numerusform>%n DC-Einträge wiederholen die IPv4- oder IPv6-Adresse eines DCs; grammers behält jeweils die erste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) differ from the key of their DC&apos;s first entry; grammers keeps one key per DC.</source>
        <translation>
            <numerusform>%n Auth-Key weicht vom Schlüssel des ersten Eintrags seines DCs ab; grammers behält einen Schlüssel pro DC.</numerusform>
            <numerusform>%n Auth-Keys weichen vom Schlüssel des ersten Eintrags ihres DCs ab; grammers behält einen Schlüssel pro DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 port(s) differ from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</source>
        <translation>
            <numerusform>%n IPv6-Port weicht vom IPv4-Port des DCs ab; grammers 0.8 behält einen Port pro DC.</numerusform>
            <numerusform>%n IPv6-Ports weichen vom IPv4-Port des DCs ab; grammers 0.8 behält einen Port pro DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry a salt or time offset; grammers stores neither.</source>
        <translation>
            <numerusform>%n DC-Eintrag trägt ein Salt oder einen Zeitversatz; grammers speichert keins von beiden.</numerusform>
            <numerusform>%n DC-Einträge tragen ein Salt oder einen Zeitversatz; grammers speichert keins von beiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an IPv4 address for the home DC %2 (grammers 0.8 requires one in every DC), and the session has none.</source>
        <translation>%1 braucht eine IPv4-Adresse für den Heim-DC %2 (grammers 0.8 verlangt eine in jedem DC), und die Sitzung hat keine.</translation>
    </message>
</context>
<context>
    <name>GrammersSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv4 &quot;%2&quot; is not an IPv4 socket address.</source>
        <translation>dc_option-Zeile von DC %1: ipv4 „%2“ ist keine IPv4-Socket-Adresse.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv6 &quot;%2&quot; is not an IPv6 socket address.</source>
        <translation>dc_option-Zeile von DC %1: ipv6 „%2“ ist keine IPv6-Socket-Adresse.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: auth_key is %2 bytes; an auth key has 256.</source>
        <translation>dc_option-Zeile von DC %1: auth_key hat %2 Byte; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>An SQLite database with grammers&apos; dc_home, dc_option and peer_info tables (Telethon has sessions/entities, Pyrogram peers with access_hash): a grammers SQLite session.</source>
        <translation>Eine SQLite-Datenbank mit grammers&apos; Tabellen dc_home, dc_option und peer_info (Telethon hat sessions/entities, Pyrogram peers mit access_hash): eine grammers-SQLite-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a grammers session (no dc_home, dc_option and peer_info tables).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine grammers-Sitzung (keine Tabellen dc_home, dc_option und peer_info).</translation>
    </message>
    <message>
        <source>user_version %1</source>
        <translation>user_version %1</translation>
    </message>
    <message>
        <source>user_version is %1 (grammers 0.8 writes 1); read as version 1.</source>
        <translation>user_version ist %1 (grammers 0.8 schreibt 1); als Version 1 gelesen.</translation>
    </message>
</context>
<context>
    <name>GrammersTl</name>
    <message>
        <source>The grammers session file is cut short: it ends at byte %1 while reading %2 (%3 more bytes needed; grammers would say &quot;malformed data&quot;).</source>
        <translation>Die grammers-Sitzungsdatei ist abgeschnitten: sie endet bei Byte %1 beim Lesen von %2 (%3 Byte fehlen; grammers würde „malformed data“ melden).</translation>
    </message>
    <message>
        <source>Unknown constructor 0x%1 at byte %2 (%3): grammers would refuse the file (&quot;unsupported version&quot;).</source>
        <translation>Unbekannter Konstruktor 0x%1 bei Byte %2 (%3): grammers würde die Datei ablehnen („unsupported version“).</translation>
    </message>
    <message>
        <source>DC %1 has a WebSocket entry (%2); grammers 0.8 skips those, and so did we.</source>
        <translation>DC %1 hat einen WebSocket-Eintrag (%2); grammers 0.8 überspringt solche, wir ebenso.</translation>
    </message>
    <message>
        <source>DC %1&apos;s port is %2, not a port number.</source>
        <translation>Der Port von DC %1 ist %2, keine Portnummer.</translation>
    </message>
    <message>
        <source>DC %1&apos;s auth key is %2 bytes; an auth key has 256.</source>
        <translation>Der Auth-Key von DC %1 hat %2 Byte; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>DC %1&apos;s entry has no address.</source>
        <translation>Der Eintrag von DC %1 hat keine Adresse.</translation>
    </message>
    <message>
        <source>user.bot at byte %1 is 0x%2, not a TL Bool.</source>
        <translation>user.bot bei Byte %1 ist 0x%2, kein TL-Bool.</translation>
    </message>
    <message>
        <source>The channel count %1 does not fit the %2 bytes left.</source>
        <translation>Die Kanalanzahl %1 passt nicht in die verbleibenden %2 Byte.</translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.8 address layout (both addresses in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL-Sitzung, Adresslayout von grammers 0.8 (beide Adressen in %n DC-Eintrag)</numerusform>
            <numerusform>TL-Sitzung, Adresslayout von grammers 0.8 (beide Adressen in jedem der %n DC-Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.7 address layout (one address in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL-Sitzung, Adresslayout von grammers 0.7 (eine Adresse in %n DC-Eintrag)</numerusform>
            <numerusform>TL-Sitzung, Adresslayout von grammers 0.7 (eine Adresse in jedem der %n DC-Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>TL session, mixed address layouts (%1 DC entries of grammers 0.8, %2 of 0.7)</source>
        <translation>TL-Sitzung, gemischte Adresslayouts (%1 DC-Einträge von grammers 0.8, %2 von 0.7)</translation>
    </message>
    <message>
        <source>It starts with grammers&apos; session constructor 0xa73eb8ce, a flags word of %1 and a TL vector: a grammers TL session file.</source>
        <translation>Sie beginnt mit grammers&apos; Sitzungskonstruktor 0xa73eb8ce, einem Flag-Wort %1 und einem TL-Vektor: eine grammers-TL-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Not a grammers session file: it starts with 0x%1, not the session constructor 0xa73eb8ce.</source>
        <translation>Keine grammers-Sitzungsdatei: sie beginnt mit 0x%1, nicht mit dem Sitzungskonstruktor 0xa73eb8ce.</translation>
    </message>
    <message>
        <source>The DC count %1 does not fit the %2 bytes left.</source>
        <translation>Die DC-Anzahl %1 passt nicht in die verbleibenden %2 Byte.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the session are ignored.</source>
        <translation>
            <numerusform>%n Byte nach der Sitzung wird ignoriert.</numerusform>
            <numerusform>%n Byte nach der Sitzung werden ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</source>
        <translation>
            <numerusform>%n DC-Eintrag trägt eine Adresse (Flags 5 oder 6): von grammers 0.7 oder älter geschrieben, Oktette in Netzwerkreihenfolge, und so gelesen. grammers 0.8 selbst würde eine IPv4-Adresse umgekehrt lesen und bei einem reinen IPv6-Eintrag abstürzen; Feroscope schreibt das Layout von 0.8.</numerusform>
            <numerusform>%n DC-Einträge tragen eine Adresse (Flags 5 oder 6): von grammers 0.7 oder älter geschrieben, Oktette in Netzwerkreihenfolge, und so gelesen. grammers 0.8 selbst würde eine IPv4-Adresse umgekehrt lesen und bei einem reinen IPv6-Eintrag abstürzen; Feroscope schreibt das Layout von 0.8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>%1: %2 entries, more than the %3 a ferogram binary file can hold; it can only be kept as a SQLite database.</source>
        <translation>%1: %2 Einträge, mehr als die %3, die eine ferogram-Binärdatei fassen kann; die Sitzung kann nur als SQLite-Datenbank behalten werden.</translation>
    </message>
    <message>
        <source>%1: %2 entries, close to the binary format&apos;s limit of %3 (ferogram&apos;s writer silently corrupts the file beyond it).</source>
        <translation>%1: %2 Einträge, nahe an der Grenze des Binärformats von %3 (ferograms Schreibcode beschädigt die Datei darüber hinaus unbemerkt).</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>basic groups</source>
        <translation>einfache Gruppen</translation>
    </message>
    <message>
        <source>broadcast channels</source>
        <translation>Broadcast-Kanäle</translation>
    </message>
    <message>
        <source>megagroups</source>
        <translation>Megagruppen</translation>
    </message>
    <message>
        <source>gigagroups</source>
        <translation>Gigagruppen</translation>
    </message>
    <message>
        <source>channels of unknown kind</source>
        <translation>Kanäle unbekannter Art</translation>
    </message>
    <message>
        <source>min channels (no access hash)</source>
        <translation>Min-Kanäle (ohne Access-Hash)</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>every ferogram release with the sqlite-session feature (0.3.0 and newer)</source>
        <translation>jede ferogram-Version mit dem Feature sqlite-session (0.3.0 und neuer)</translation>
    </message>
    <message>
        <source>every ferogram release that reads compact strings</source>
        <translation>jede ferogram-Version, die kompakte Strings liest</translation>
    </message>
    <message>
        <source>no ferogram release directly (convert it first)</source>
        <translation>keine ferogram-Version direkt (zuerst konvertieren)</translation>
    </message>
    <message>
        <source>The home DC %1 has no entry in the DC table: the client cannot reach the account&apos;s data centre.</source>
        <translation>Der Heimat-DC %1 hat keinen Eintrag in der DC-Tabelle: Der Client erreicht das Rechenzentrum des Kontos nicht.</translation>
    </message>
    <message>
        <source>The session has no DC table and no auth key: it is not logged in.</source>
        <translation>Die Sitzung hat keine DC-Tabelle und keinen Autorisierungsschlüssel: Sie ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>The home DC %1 has no auth key: this session is not logged in.</source>
        <translation>Der Heimat-DC %1 hat keinen Autorisierungsschlüssel: Diese Sitzung ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>DC %1 with flags 0x%2 appears %3 times in the DC table; the client uses only one of them and a SQLite database cannot store them all.</source>
        <translation>DC %1 mit Flags 0x%2 kommt %3-mal in der DC-Tabelle vor; der Client verwendet nur einen davon, und eine SQLite-Datenbank kann nicht alle speichern.</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>DC-Tabelle</translation>
    </message>
    <message>
        <source>Cached peers</source>
        <translation>Zwischengespeicherte Peers</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-Peers</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Kanal-pts</translation>
    </message>
    <message>
        <source>Future auth token bytes</source>
        <translation>Bytes des Future-Auth-Tokens</translation>
    </message>
    <message>
        <source>The address of DC %1 is %2 bytes long; the binary format holds at most 255.</source>
        <translation>Die Adresse von DC %1 ist %2 Bytes lang; das Binärformat fasst höchstens 255.</translation>
    </message>
    <message>
        <source>The min-peer cache holds %1 entries; ferogram never prunes it, and it slows every load and save.</source>
        <translation>Der Min-Peer-Cache enthält %1 Einträge; ferogram bereinigt ihn nie, und er verlangsamt jedes Laden und Speichern.</translation>
    </message>
    <message>
        <source>The update state is not initialised (pts %1): the client will fetch its state from scratch and may miss updates that happened while it was away.</source>
        <translation>Der Update-Status ist nicht initialisiert (pts %1): Der Client holt seinen Status neu und kann Updates verpassen, die während seiner Abwesenheit passiert sind.</translation>
    </message>
    <message>
        <source>Legacy v1 file (no version byte, DC table only): ferogram guesses this layout from the first byte; convert it to a current version to be safe.</source>
        <translation>Veraltete v1-Datei (ohne Versionsbyte, nur DC-Tabelle): ferogram errät dieses Layout aus dem ersten Byte; konvertieren Sie sie sicherheitshalber in eine aktuelle Version.</translation>
    </message>
    <message>
        <source>Only %1 can open this file; older releases treat it as damaged, rename it to .bak and start logged out. Convert it to an older version for them.</source>
        <translation>Nur %1 kann diese Datei öffnen; ältere Versionen halten sie für beschädigt, benennen sie in .bak um und starten abgemeldet. Konvertieren Sie sie für diese in eine ältere Version.</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s): only ferogram 0.6.5 and newer keep them; older releases read them as plain peers and drop the flag on their next save.</source>
        <translation>
            <numerusform>%n Community-Peer: Nur ferogram 0.6.5 und neuer behält ihn; ältere Versionen lesen ihn als einfachen Peer und verwerfen das Flag beim nächsten Speichern.</numerusform>
            <numerusform>%n Community-Peers: Nur ferogram 0.6.5 und neuer behält sie; ältere Versionen lesen sie als einfache Peers und verwerfen das Flag beim nächsten Speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is kept only by ferogram 0.6.4 and newer; older releases drop it on their next save.</source>
        <translation>Das Future-Auth-Token behält nur ferogram 0.6.4 und neuer; ältere Versionen verwerfen es beim nächsten Speichern.</translation>
    </message>
    <message>
        <source>no ferogram release (every release misreads this file)</source>
        <translation>keine ferogram-Version (jede Version liest diese Datei falsch)</translation>
    </message>
    <message>
        <source>no ferogram release (every release fails to read this file)</source>
        <translation>keine ferogram-Version (jede Version scheitert beim Lesen dieser Datei)</translation>
    </message>
    <message>
        <source>every ferogram release (%1 and newer)</source>
        <translation>jede ferogram-Version (%1 und neuer)</translation>
    </message>
    <message>
        <source>ferogram %1 and newer</source>
        <translation>ferogram %1 und neuer</translation>
    </message>
</context>
<context>
    <name>LibraryFlags</name>
    <message>
        <source>readable by others</source>
        <translation>für andere lesbar</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>too new for %1</source>
        <translation>zu neu für %1</translation>
    </message>
    <message numerus="yes">
        <source>same key as %n other(s)</source>
        <translation>
            <numerusform>gleicher Schlüssel wie %n andere</numerusform>
            <numerusform>gleicher Schlüssel wie %n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>same key elsewhere</source>
        <translation>gleicher Schlüssel anderswo</translation>
    </message>
    <message>
        <source>Other users can read this session (mode %1): anyone who reads it can use the account. Use File ▸ Restrict Permissions.</source>
        <translation>Andere Benutzer können diese Sitzung lesen (Modus %1): Wer sie liest, kann das Konto verwenden. Verwenden Sie Datei ▸ Berechtigungen einschränken.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Another program has this database open (a -wal or -journal file exists); what you see is a snapshot.</source>
        <translation>Ein anderes Programm hat diese Datenbank geöffnet (eine -wal- oder -journal-Datei existiert); angezeigt wird ein Snapshot.</translation>
    </message>
    <message>
        <source>ferogram %1 cannot open this version: it would rename the file to .bak and start logged out. Export it as an older version.</source>
        <translation>ferogram %1 kann diese Version nicht öffnen: Es würde die Datei in .bak umbenennen und abgemeldet starten. Exportieren Sie sie als ältere Version.</translation>
    </message>
    <message>
        <source>The same auth key is in: %1. Two clients using one key log each other out.</source>
        <translation>Derselbe Autorisierungsschlüssel steckt in: %1. Zwei Clients mit einem Schlüssel melden sich gegenseitig ab.</translation>
    </message>
    <message>
        <source>Icons after a name flag a risk:
• open padlock: other users can read the session
• clock: another program has the database open (in use)
• up arrow: too new for ferogram %1 (the release chosen in Settings)
• key: the same auth key is in another session
Point at an icon for details.</source>
        <translation>Symbole hinter einem Namen weisen auf ein Risiko hin:
• offenes Vorhängeschloss: Andere Benutzer können die Sitzung lesen
• Uhr: Ein anderes Programm hat die Datenbank geöffnet (in Benutzung)
• Pfeil nach oben: zu neu für ferogram %1 (die in den Einstellungen gewählte Version)
• Schlüssel: Derselbe Autorisierungsschlüssel steckt in einer anderen Sitzung
Zeigen Sie auf ein Symbol, um Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1, account %2 of %3</source>
        <translation>%1, Konto %2 von %3</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message>
        <source>Remove from Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Row(s) from Library</source>
        <translation>
            <numerusform>%n Zeile aus der Bibliothek entfernen</numerusform>
            <numerusform>%n Zeilen aus der Bibliothek entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MtcuteSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The key_value entry %1 is not what mtcute writes: %2</source>
        <translation>Der key_value-Eintrag %1 ist nicht, was mtcute schreibt: %2</translation>
    </message>
    <message>
        <source>key_value entry %1</source>
        <translation>key_value-Eintrag %1</translation>
    </message>
    <message>
        <source>version %1 (mtcute knows 1 and 2)</source>
        <translation>Version %1 (mtcute kennt 1 und 2)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>key_value entry current_user</source>
        <translation>key_value-Eintrag current_user</translation>
    </message>
    <message>
        <source>version %1 (mtcute writes 1)</source>
        <translation>Version %1 (mtcute schreibt 1)</translation>
    </message>
    <message>
        <source>not a Vector&lt;mt_future_salt&gt;</source>
        <translation>kein Vector&lt;mt_future_salt&gt;</translation>
    </message>
    <message>
        <source>entry %1 is not an mt_future_salt</source>
        <translation>Eintrag %1 ist kein mt_future_salt</translation>
    </message>
    <message>
        <source>%1 bytes left over</source>
        <translation>%1 überzählige Bytes</translation>
    </message>
    <message>
        <source>%1 bytes where mtcute writes 4</source>
        <translation>%1 Bytes, wo mtcute 4 schreibt</translation>
    </message>
    <message>
        <source>not a channel id with a 4-byte pts</source>
        <translation>keine Kanal-ID mit 4-Byte-pts</translation>
    </message>
    <message>
        <source>auth_keys row: DC id %1 is out of range.</source>
        <translation>auth_keys-Zeile: DC-ID %1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>auth_keys-Zeile von DC %1: Der Schlüssel hat %2 Bytes; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>temp_auth_keys row: DC %1, index %2 is out of range.</source>
        <translation>temp_auth_keys-Zeile: DC %1, Index %2 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>temp_auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>temp_auth_keys-Zeile von DC %1: Der Schlüssel hat %2 Bytes; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>peers row %1: the hash &quot;%2&quot; is not &quot;&lt;low&gt;|&lt;high&gt;&quot;.</source>
        <translation>peers-Zeile %1: Der Hash „%2“ ist nicht „&lt;low&gt;|&lt;high&gt;“.</translation>
    </message>
    <message>
        <source>peers row %1: usernames is not a JSON list.</source>
        <translation>peers-Zeile %1: usernames ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>message_refs row: message id %1 is out of range.</source>
        <translation>message_refs-Zeile: Nachrichten-ID %1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>mtcute would migrate this database on open (%1 not at the version 0.29.7 writes); we read it as it is.</source>
        <translation>mtcute würde diese Datenbank beim Öffnen migrieren (%1 nicht auf der Version, die 0.29.7 schreibt); wir lesen sie, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an mtcute storage (no mtcute_migrations, auth_keys and key_value tables).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein mtcute-Speicher (keine Tabellen mtcute_migrations, auth_keys und key_value).</translation>
    </message>
    <message>
        <source>mtcute storage (migrations: %1), %2 journal</source>
        <translation>mtcute-Speicher (Migrationen: %1), Journal %2</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>%1 is an mtcute storage without a main DC (no dc_main key): no session was saved in it.</source>
        <translation>%1 ist ein mtcute-Speicher ohne Haupt-DC (kein Schlüssel dc_main): Darin wurde keine Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>auth_keys holds no key for the main DC %1: the session is not logged in.</source>
        <translation>auth_keys enthält keinen Schlüssel für den Haupt-DC %1: Die Sitzung ist nicht angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are stored beside the permanent ones; they are shown, never used as the login.</source>
        <translation>
            <numerusform>%n temporärer (PFS-)Auth-Key liegt neben den dauerhaften; er wird angezeigt, nie als Anmeldung verwendet.</numerusform>
            <numerusform>%n temporäre (PFS-)Auth-Keys liegen neben den dauerhaften; sie werden angezeigt, nie als Anmeldung verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only some of updates_pts, updates_qts, updates_date and updates_seq are stored: mtcute reads no update state from this file.</source>
        <translation>Nur einige von updates_pts, updates_qts, updates_date und updates_seq sind gespeichert: mtcute liest aus dieser Datei keinen Update-Zustand.</translation>
    </message>
    <message>
        <source>key_value entries Feroscope does not know were left out: %1.</source>
        <translation>key_value-Einträge, die Feroscope nicht kennt, wurden ausgelassen: %1.</translation>
    </message>
    <message>
        <source>mtcute stores the main DC&apos;s address and port, and DC %1 has none.</source>
        <translation>mtcute speichert Adresse und Port des Haupt-DC, und DC %1 hat keine.</translation>
    </message>
</context>
<context>
    <name>MtcuteString</name>
    <message>
        <source>mtcute string</source>
        <translation>mtcute-String</translation>
    </message>
    <message>
        <source>%1 of the mtcute string</source>
        <translation>%1 des mtcute-Strings</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has version %2; mtcute knows versions 1 and 2.</source>
        <translation>%1 des mtcute-Strings hat Version %2; mtcute kennt die Versionen 1 und 2.</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has %2 bytes left over.</source>
        <translation>%1 des mtcute-Strings hat %2 überzählige Bytes.</translation>
    </message>
    <message>
        <source>Not an mtcute string: it starts with byte 0x%1, and mtcute 0.29.7 reads only session version 3.</source>
        <translation>Kein mtcute-String: Er beginnt mit Byte 0x%1, und mtcute 0.29.7 liest nur die Sitzungsversion 3.</translation>
    </message>
    <message>
        <source>Not an mtcute string: %1 bytes are left over after the auth key (byte %2).</source>
        <translation>Kein mtcute-String: Nach dem Autorisierungsschlüssel bleiben %1 Bytes übrig (Byte %2).</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s is_bot value 0x%1 is neither TL true nor TL false.</source>
        <translation>Der is_bot-Wert 0x%1 des mtcute-Strings ist weder TL true noch TL false.</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>Der Autorisierungsschlüssel des mtcute-Strings ist %1 Bytes lang, nicht 256.</translation>
    </message>
    <message>
        <source>main DC</source>
        <translation>Haupt-DC</translation>
    </message>
    <message>
        <source>media DC</source>
        <translation>Medien-DC</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s main and media DC disagree about test mode; mtcute rejects such a string.</source>
        <translation>Haupt- und Medien-DC des mtcute-Strings sind sich über den Testmodus uneinig; mtcute lehnt einen solchen String ab.</translation>
    </message>
    <message>
        <source>version 3</source>
        <translation>Version 3</translation>
    </message>
    <message>
        <source>no media DC</source>
        <translation>kein Medien-DC</translation>
    </message>
    <message>
        <source>self user</source>
        <translation>eigener Benutzer</translation>
    </message>
    <message>
        <source>no self user</source>
        <translation>kein eigener Benutzer</translation>
    </message>
    <message>
        <source>The string sets mtcute&apos;s legacy test-mode flag; both DCs are test DCs.</source>
        <translation>Der String setzt mtcutes veraltetes Testmodus-Flag; beide DCs sind Test-DCs.</translation>
    </message>
    <message>
        <source>mtcute writes URL-safe base64 without &apos;=&apos; padding; this text differs (mtcute still reads it).</source>
        <translation>mtcute schreibt URL-sicheres Base64 ohne &apos;=&apos;-Padding; dieser Text weicht ab (mtcute liest ihn trotzdem).</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte an mtcute string has for it.</source>
        <translation>DC-ID %1 passt nicht in das eine Byte, das ein mtcute-String dafür hat.</translation>
    </message>
</context>
<context>
    <name>MtkrutoString</name>
    <message>
        <source>MTKruto string</source>
        <translation>MTKruto-String</translation>
    </message>
    <message>
        <source>The MTKruto string is cut short: it ends with a zero byte whose run length is missing. Copy the whole string again.</source>
        <translation>Der MTKruto-String ist abgeschnitten: Er endet mit einem Null-Byte, dessen Lauflänge fehlt. Kopieren Sie den ganzen String erneut.</translation>
    </message>
    <message>
        <source>Not an MTKruto string: %1 bytes are left over after the auth key.</source>
        <translation>Kein MTKruto-String: Nach dem Autorisierungsschlüssel bleiben %1 Bytes übrig.</translation>
    </message>
    <message>
        <source>Not an MTKruto string: its DC field is &quot;%1&quot;, not a DC number with an optional &quot;-test&quot;.</source>
        <translation>Kein MTKruto-String: Sein DC-Feld ist &quot;%1&quot;, keine DC-Nummer mit optionalem &quot;-test&quot;.</translation>
    </message>
    <message>
        <source>The MTKruto string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>Der Autorisierungsschlüssel des MTKruto-Strings ist %1 Bytes lang, nicht 256.</translation>
    </message>
    <message>
        <source>test DC %1</source>
        <translation>Test-DC %1</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>MTKruto strings are URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>MTKruto-Strings sind URL-sicheres Base64 ohne &apos;=&apos;-Padding; dieser Text weicht ab.</translation>
    </message>
    <message>
        <source>DC id %1 cannot be written to an MTKruto string.</source>
        <translation>DC-ID %1 kann nicht in einen MTKruto-String geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>NativeString</name>
    <message>
        <source>native string of %1</source>
        <translation>nativer String von %1</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Feroscope cannot read %1 yet.</source>
        <translation>Feroscope kann %1 noch nicht lesen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the database: %1</source>
        <translation>Für die Datenbank kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1); every ferogram save leaves 0644. Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>Die Datei ist für andere Benutzer lesbar (Modus %1); jedes Speichern durch ferogram hinterlässt 0644. Beschränken Sie sie auf den Besitzer (0600): Der Autorisierungsschlüssel darin ist eine vollständige Anmeldung.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a session file (use scan to list the sessions in a folder).</source>
        <translation>%1 ist ein Ordner, keine Sitzungsdatei (verwenden Sie scan, um die Sitzungen in einem Ordner aufzulisten).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large to be a ferogram session (the largest possible binary file is about 3 MiB).</source>
        <translation>%1 ist %2 MiB groß: viel zu groß für eine ferogram-Sitzung (die größtmögliche Binärdatei hat etwa 3 MiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a ferogram session.</source>
        <translation>%1 ist zu groß für eine ferogram-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 ist kein String-Format.</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1). Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>Die Datei ist für andere Benutzer lesbar (Modus %1). Beschränken Sie sie auf den Eigentümer (0600): Der Auth-Key darin ist eine vollständige Anmeldung.</translation>
    </message>
</context>
<context>
    <name>PermissionsAction</name>
    <message>
        <source>%1 can be read by other users of this computer (mode %2). Anyone who can read it can use the account.

Restrict it to you only (mode 0600)?</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen werden (Modus %2). Wer sie lesen kann, kann das Konto verwenden.

Nur für Sie lesbar machen (Modus 0600)?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Restrict Permissions</source>
        <translation>Berechtigungen einschränken</translation>
    </message>
    <message>
        <source>%1 is now readable by you only.</source>
        <translation>%1 ist jetzt nur noch für Sie lesbar.</translation>
    </message>
    <message>
        <source>Files in %1 can be read by other users of this computer. Anyone who can read them can use the accounts.

Restrict the folder to you only (every file in it 0600, its folders 0700)?</source>
        <translation>Dateien in %1 können von anderen Benutzern dieses Computers gelesen werden. Wer sie lesen kann, kann die Konten verwenden.

Den Ordner nur für Sie zugänglich machen (jede Datei darin 0600, seine Ordner 0700)?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are now readable by you only.</source>
        <translation>
            <numerusform>%n Sitzung ist jetzt nur für Sie lesbar.</numerusform>
            <numerusform>%n Sitzungen sind jetzt nur für Sie lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) can be read by other users of this computer:

%1

Anyone who can read them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?</source>
        <translation>
            <numerusform>%n ausgewählte Sitzung kann von anderen Benutzern dieses Computers gelesen werden:

%1

Wer sie lesen kann, kann das Konto verwenden. Auf Sie allein beschränken (Dateien 0600, Sitzungsordner 0700)?</numerusform>
            <numerusform>%n ausgewählte Sitzungen können von anderen Benutzern dieses Computers gelesen werden:

%1

Wer sie lesen kann, kann die Konten verwenden. Auf Sie allein beschränken (Dateien 0600, Sitzungsordner 0700)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected session(s) are already readable by you only.</source>
        <translation>
            <numerusform>Die ausgewählte Sitzung ist bereits nur für Sie lesbar.</numerusform>
            <numerusform>Die %n ausgewählten Sitzungen sind bereits nur für Sie lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already were.</source>
        <translation>
            <numerusform>%n war es bereits.</numerusform>
            <numerusform>%n waren es bereits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be restricted.</source>
        <translation>
            <numerusform>%n konnte nicht eingeschränkt werden.</numerusform>
            <numerusform>%n konnten nicht eingeschränkt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProcessSetup</name>
    <message>
        <source>Core dumps could not be disabled (setrlimit: %1); a crash may write auth keys to disk.</source>
        <translation>Core-Dumps konnten nicht deaktiviert werden (setrlimit: %1); bei einem Absturz können Autorisierungsschlüssel auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>The process could not be made non-dumpable (prctl: %1); a crash or a debugger may expose auth keys.</source>
        <translation>Der Prozess konnte nicht als nicht dumpbar markiert werden (prctl: %1); ein Absturz oder ein Debugger kann Autorisierungsschlüssel preisgeben.</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n peer(s), </source>
        <translation>
            <numerusform>Entfernt: %n Peer, </numerusform>
            <numerusform>Entfernt: %n Peers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) and </source>
        <translation>
            <numerusform>%n Min-Peer und </numerusform>
            <numerusform>%n Min-Peers und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts entries.</source>
        <translation>
            <numerusform>%n Kanal-pts-Eintrag.</numerusform>
            <numerusform>%n Kanal-pts-Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PyrogramLayout</name>
    <message>
        <source>the version table has a &quot;version&quot; column: a Telethon session</source>
        <translation>die Tabelle version hat eine Spalte „version“: eine Telethon-Sitzung</translation>
    </message>
    <message>
        <source>no sessions, peers and version(number) tables</source>
        <translation>keine Tabellen sessions, peers und version(number)</translation>
    </message>
    <message>
        <source>sessions has server_address and port columns</source>
        <translation>sessions hat die Spalten server_address und port</translation>
    </message>
    <message>
        <source>a usernames(id, username) table without server_address</source>
        <translation>eine Tabelle usernames(id, username) ohne server_address</translation>
    </message>
    <message>
        <source>a usernames table keyed by username, with peer_id</source>
        <translation>eine nach Benutzernamen geschlüsselte Tabelle usernames mit peer_id</translation>
    </message>
    <message>
        <source>version 4 with update_state and peers.username (no usernames table yet)</source>
        <translation>Version 4 mit update_state und peers.username (noch keine Tabelle usernames)</translation>
    </message>
    <message>
        <source>peers.username, no usernames and no update_state table</source>
        <translation>peers.username, keine Tabelle usernames und keine update_state</translation>
    </message>
    <message>
        <source>sessions, peers and version(number) tables, none of a fork&apos;s marks</source>
        <translation>Tabellen sessions, peers und version(number), keines der Merkmale eines Forks</translation>
    </message>
</context>
<context>
    <name>PyrogramSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>This Pyrogram database holds no session (the sessions table is empty).</source>
        <translation>Diese Pyrogram-Datenbank enthält keine Sitzung (die Tabelle sessions ist leer).</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has none.</source>
        <translation>Für DC %2 (%1) ist keine Adresse bekannt; der DC-Eintrag hat keine.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key hat %1 Bytes; ein Autorisierungsschlüssel hat 256.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have an unknown type; their kind was taken from the id.</source>
        <translation>
            <numerusform>%n Peer hat einen unbekannten Typ; seine Art wurde aus der ID abgeleitet.</numerusform>
            <numerusform>%n Peers haben einen unbekannten Typ; ihre Art wurde aus der ID abgeleitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra tables not read (a Pyrogram fork&apos;s?): %1.</source>
        <translation>Zusätzliche Tabellen nicht gelesen (von einem Pyrogram-Fork?): %1.</translation>
    </message>
    <message>
        <source>Version 1 peers use an older id scheme; they were not read.</source>
        <translation>Peers der Version 1 verwenden ein älteres ID-Schema; sie wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>sessions.server_address/port hold no usable address; the known address of DC %1 is shown.</source>
        <translation>sessions.server_address/port enthalten keine brauchbare Adresse; die bekannte Adresse von DC %1 wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) still have a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</source>
        <translation>
            <numerusform>%n Peer hat noch einen Benutzernamen in peers.username, von einem Upgrade übrig; der Fork liest Benutzernamen nur aus seiner Tabelle usernames, Feroscope ebenso.</numerusform>
            <numerusform>%n Peers haben noch einen Benutzernamen in peers.username, von einem Upgrade übrig; der Fork liest Benutzernamen nur aus seiner Tabelle usernames, Feroscope ebenso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) belong to no cached peer; they were not read.</source>
        <translation>
            <numerusform>%n Benutzername gehört zu keinem gespeicherten Peer; er wurde nicht gelesen.</numerusform>
            <numerusform>%n Benutzernamen gehören zu keinem gespeicherten Peer; sie wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) are neither the account&apos;s (id 0) nor a channel&apos;s; they are kept as they are but not shown as counters.</source>
        <translation>
            <numerusform>%n update_state-Zeile gehört weder zum Konto (ID 0) noch zu einem Kanal; sie bleibt erhalten, wird aber nicht als Zähler angezeigt.</numerusform>
            <numerusform>%n update_state-Zeilen gehören weder zum Konto (ID 0) noch zu einem Kanal; sie bleiben erhalten, werden aber nicht als Zähler angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some update_state values do not fit 32 bits; the counters show them cut to 32 bits.</source>
        <translation>Einige update_state-Werte passen nicht in 32 Bit; die Zähler zeigen sie auf 32 Bit gekürzt.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Pyrogram session (%2).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Pyrogram-Sitzung (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Schema version %1 where %2 writes %3 (an older or half-upgraded file); the library would upgrade it on open, Feroscope reads it as it is.</source>
        <translation>Schemaversion %1, wo %2 %3 schreibt (eine ältere oder halb aktualisierte Datei); die Bibliothek würde sie beim Öffnen aktualisieren, Feroscope liest sie, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is damaged: its update_state table holds the row id %2 more than once.</source>
        <translation>%1 ist beschädigt: seine update_state-Tabelle enthält die Zeilen-ID %2 mehrfach.</translation>
    </message>
</context>
<context>
    <name>PyrogramString</name>
    <message>
        <source>Pyrogram string</source>
        <translation>Pyrogram-String</translation>
    </message>
    <message>
        <source>new layout with api_id</source>
        <translation>neues Layout mit api_id</translation>
    </message>
    <message>
        <source>old 64-bit layout</source>
        <translation>altes 64-Bit-Layout</translation>
    </message>
    <message>
        <source>old 32-bit layout</source>
        <translation>altes 32-Bit-Layout</translation>
    </message>
    <message>
        <source>Not a Pyrogram string: it holds %1 bytes (%2 characters), but Pyrogram&apos;s layouts hold 271 (362 characters), 267 (356) or 263 (351).</source>
        <translation>Kein Pyrogram-String: Er enthält %1 Bytes (%2 Zeichen), Pyrograms Layouts enthalten aber 271 (362 Zeichen), 267 (356) oder 263 (351).</translation>
    </message>
    <message>
        <source>A yes/no byte holds %1 instead of 0 or 1; Pyrogram reads any non-zero value as yes.</source>
        <translation>Ein Ja/Nein-Byte enthält %1 statt 0 oder 1; Pyrogram liest jeden Wert ungleich null als Ja.</translation>
    </message>
    <message>
        <source>The user id is above 2^53; @mtcute/convert would round it.</source>
        <translation>Die Benutzer-ID liegt über 2^53; @mtcute/convert würde sie runden.</translation>
    </message>
    <message>
        <source>This old 32-bit layout is read by Pyrogram but not by @mtcute/convert.</source>
        <translation>Dieses alte 32-Bit-Layout liest Pyrogram, aber nicht @mtcute/convert.</translation>
    </message>
    <message>
        <source>Pyrogram writes URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>Pyrogram schreibt URL-sicheres Base64 ohne &apos;=&apos;-Padding; dieser Text weicht ab.</translation>
    </message>
    <message>
        <source>Feroscope does not write Pyrogram&apos;s old 32-bit layout (user ids no longer fit it); write the new layout or the old 64-bit one.</source>
        <translation>Feroscope schreibt Pyrograms altes 32-Bit-Layout nicht (Benutzer-IDs passen nicht mehr hinein); schreiben Sie das neue Layout oder das alte 64-Bit-Layout.</translation>
    </message>
    <message>
        <source>api_id %1 does not fit Pyrogram&apos;s unsigned 32-bit field.</source>
        <translation>api_id %1 passt nicht in Pyrograms vorzeichenloses 32-Bit-Feld.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Pyrogram string has for it.</source>
        <translation>DC-ID %1 passt nicht in das eine Byte, das ein Pyrogram-String dafür hat.</translation>
    </message>
    <message>
        <source>User id %1 is negative; Pyrogram stores an unsigned number.</source>
        <translation>Die Benutzer-ID %1 ist negativ; Pyrogram speichert eine vorzeichenlose Zahl.</translation>
    </message>
    <message>
        <source>A Pyrogram string (new layout) needs the api_id of the app that logged in, and this session does not carry one. The old 64-bit layout needs none, and Pyrogram still reads it.</source>
        <translation>Ein Pyrogram-String (neues Layout) braucht die api_id der App, die sich angemeldet hat, und diese Sitzung enthält keine. Das alte 64-Bit-Layout braucht keine, und Pyrogram liest es weiterhin.</translation>
    </message>
</context>
<context>
    <name>Recognised</name>
    <message>
        <source>This is a MadelineProto (PHP) session: it stores the login as serialized PHP objects that only MadelineProto itself can load, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Das ist eine MadelineProto-Sitzung (PHP): sie speichert die Anmeldung als serialisierte PHP-Objekte, die nur MadelineProto selbst laden kann; Feroscope erkennt sie daher, kann sie aber nicht öffnen oder umwandeln.</translation>
    </message>
    <message>
        <source>an external</source>
        <translation>einer externen</translation>
    </message>
    <message>
        <source>Its data is not in this folder but in a %1 database.</source>
        <translation>Ihre Daten liegen nicht in diesem Ordner, sondern in einer %1-Datenbank.</translation>
    </message>
    <message>
        <source>This is a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): TDLib keeps the login inside its own encrypted event log, whose contents are internal to TDLib, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Das ist eine TDLib-Datenbank (genutzt von Telegram X, Unigram sowie TDLib-Bots und -Werkzeugen): TDLib hält die Anmeldung in seinem eigenen verschlüsselten Ereignisprotokoll, dessen Inhalt TDLib-intern ist; Feroscope erkennt sie daher, kann sie aber nicht öffnen oder umwandeln.</translation>
    </message>
    <message>
        <source>This is the encrypted message and file cache of a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): its key is inside TDLib&apos;s own encrypted event log, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Das ist der verschlüsselte Nachrichten- und Dateicache einer TDLib-Datenbank (genutzt von Telegram X, Unigram sowie TDLib-Bots und -Werkzeugen): sein Schlüssel liegt im eigenen verschlüsselten Ereignisprotokoll von TDLib; Feroscope erkennt ihn daher, kann ihn aber nicht öffnen oder umwandeln.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Copied the session report (with ids) to the clipboard.</source>
        <translation>Sitzungsbericht (mit IDs) in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copied the session report to the clipboard; it holds no keys and no ids.</source>
        <translation>Sitzungsbericht in die Zwischenablage kopiert; er enthält keine Schlüssel und keine IDs.</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Text verbergen</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
</context>
<context>
    <name>SaveChangesHelper</name>
    <message>
        <source>Saving in this format loses: %1</source>
        <translation>Beim Speichern in diesem Format geht verloren: %1</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1: %2</source>
        <translation>Die vorherige Version von %1 kann nicht behalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 before saving over it; nothing was saved.</source>
        <translation>%1 kann vor dem Überschreiben nicht kopiert werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot move the previous version of %1 to the trash (%2); nothing was saved. Use Save As… instead.</source>
        <translation>Die vorherige Version von %1 kann nicht in den Papierkorb verschoben werden (%2); es wurde nichts gespeichert. Verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; use Export to save in another format.</source>
        <translation>%1 kann von diesem Build nicht geschrieben werden; verwenden Sie Exportieren, um in einem anderen Format zu speichern.</translation>
    </message>
    <message>
        <source>This session was read as version %1, which cannot be written; use Export to choose a version.</source>
        <translation>Diese Sitzung wurde als Version %1 gelesen, die nicht geschrieben werden kann; verwenden Sie Exportieren, um eine Version zu wählen.</translation>
    </message>
    <message>
        <source>Use Save to write over the original; Save As writes a new file.</source>
        <translation>Mit Speichern wird das Original überschrieben; „Speichern unter“ schreibt eine neue Datei.</translation>
    </message>
    <message>
        <source>This session has no file to save over; use Save As…</source>
        <translation>Diese Sitzung hat keine Datei, die überschrieben werden könnte; verwenden Sie „Speichern unter…“</translation>
    </message>
    <message>
        <source>A %1 cannot be saved over in place; use Export into a new folder.</source>
        <translation>Ein %1 kann nicht an Ort und Stelle überschrieben werden; exportieren Sie in einen neuen Ordner.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it first, or use Save As…</source>
        <translation>%1 wurde seit dem Lesen auf dem Datenträger geändert; laden Sie es zuerst neu oder verwenden Sie „Speichern unter…“</translation>
    </message>
    <message>
        <source>%1 is in use by another program (its -wal or -journal file exists); close that program first, or use Save As…</source>
        <translation>%1 wird von einem anderen Programm verwendet (seine -wal- oder -journal-Datei existiert); schließen Sie zuerst dieses Programm oder verwenden Sie „Speichern unter…“</translation>
    </message>
    <message>
        <source>Cannot prepare the new version beside %1: %2</source>
        <translation>Die neue Version kann nicht neben %1 vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk while saving; nothing was replaced (the previous version is also in the trash).</source>
        <translation>%1 wurde während des Speicherns auf dem Datenträger geändert; es wurde nichts ersetzt (die vorherige Version liegt außerdem im Papierkorb).</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Save Cleaned Session As</source>
        <translation>Bereinigte Sitzung speichern unter</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Saving in this format loses:
%1

Save anyway?</source>
        <translation>Beim Speichern in diesem Format geht verloren:
%1

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the changes over %1?

The previous version is moved to the trash first, so it can be restored.</source>
        <translation>Änderungen über %1 speichern?

Die vorherige Version wird zuerst in den Papierkorb verschoben und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Saving in this format also loses:
%1</source>
        <translation>Beim Speichern in diesem Format geht außerdem verloren:
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in the trash.</source>
        <translation>%1 gespeichert; die vorherige Version liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>the temporary folder %1 could not be locked</source>
        <translation>der temporäre Ordner %1 konnte nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>passcode needed: open it with its local passcode to list its accounts</source>
        <translation>Passcode nötig: Öffnen Sie es mit seinem lokalen Passcode, um seine Konten aufzulisten</translation>
    </message>
    <message>
        <source>%1#account %2</source>
        <translation>%1#Konto %2</translation>
    </message>
    <message>
        <source>session key needed: open it with the app&apos;s api_hash or session_key</source>
        <translation>Sitzungsschlüssel nötig: mit api_hash oder session_key der App öffnen</translation>
    </message>
</context>
<context>
    <name>ScanCache</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SessionDiff</name>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 unchanged</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert, %5 unverändert</translation>
    </message>
    <message>
        <source>%1, auth key id %2, first salt %3, time offset %4</source>
        <translation>%1, Autorisierungsschlüssel-ID %2, erstes Salt %3, Zeitversatz %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, access hash %2</source>
        <translation>%1, Access-Hash %2</translation>
    </message>
    <message>
        <source>The sessions are identical.</source>
        <translation>Die Sitzungen sind identisch.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>future auth token %1</source>
        <translation>Future-Auth-Token %1</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>DC-Tabelle</translation>
    </message>
    <message>
        <source>DC %1 (%2)</source>
        <translation>DC %1 (%2)</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>Peer %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-Peers</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>seen in peer %1, message %2</source>
        <translation>gesehen in Peer %1, Nachricht %2</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Kanal-pts</translation>
    </message>
    <message>
        <source>pts %1</source>
        <translation>pts %1</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>TCPO</source>
        <translation>TCPO</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>einfache Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>Kanal (Broadcast)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>Kanal (Megagruppe)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>Kanal (Gigagruppe)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>Min-Kanal</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>The source holds no session.</source>
        <translation>Die Quelle enthält keine Sitzung.</translation>
    </message>
    <message>
        <source>Feroscope %1 session report</source>
        <translation>Feroscope-%1-Sitzungsbericht</translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation>Format: %1 (%2)</translation>
    </message>
    <message>
        <source>Version: %1, layout: %2</source>
        <translation>Version: %1, Layout: %2</translation>
    </message>
    <message>
        <source>Opens with: %1</source>
        <translation>Öffnet mit: %1</translation>
    </message>
    <message>
        <source>Account: %1 of %2</source>
        <translation>Konto: %1 von %2</translation>
    </message>
    <message>
        <source>Home DC: %1</source>
        <translation>Heimat-DC: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Test servers: %1</source>
        <translation>Testserver: %1</translation>
    </message>
    <message>
        <source>DC table (%1 entries):</source>
        <translation>DC-Tabelle (%1 Einträge):</translation>
    </message>
    <message>
        <source> [home]</source>
        <translation> [Heimat]</translation>
    </message>
    <message>
        <source>  DC %1%2  %3  flags: %4  auth key id: %5  time offset: %6</source>
        <translation>  DC %1%2  %3  Flags: %4  Autorisierungsschlüssel-ID: %5  Zeitversatz: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Updates state:</source>
        <translation>Update-Status:</translation>
    </message>
    <message>
        <source>  pts %1, qts %2, seq %3, date %4, initialised: %5</source>
        <translation>  pts %1, qts %2, seq %3, Datum %4, initialisiert: %5</translation>
    </message>
    <message>
        <source>  channel pts entries: %1</source>
        <translation>  Kanal-pts-Einträge: %1</translation>
    </message>
    <message>
        <source>Peer cache (%1 peers):</source>
        <translation>Peer-Cache (%1 Peers):</translation>
    </message>
    <message>
        <source>  users: %1</source>
        <translation>  Benutzer: %1</translation>
    </message>
    <message>
        <source>  basic groups: %1</source>
        <translation>  einfache Gruppen: %1</translation>
    </message>
    <message>
        <source>  broadcast channels: %1</source>
        <translation>  Broadcast-Kanäle: %1</translation>
    </message>
    <message>
        <source>  megagroups: %1</source>
        <translation>  Megagruppen: %1</translation>
    </message>
    <message>
        <source>  gigagroups: %1</source>
        <translation>  Gigagruppen: %1</translation>
    </message>
    <message>
        <source>  channels without kind: %1</source>
        <translation>  Kanäle ohne Art: %1</translation>
    </message>
    <message>
        <source>  min channels: %1</source>
        <translation>  Min-Kanäle: %1</translation>
    </message>
    <message>
        <source>  communities: %1</source>
        <translation>  Communities: %1</translation>
    </message>
    <message>
        <source>  min peers: %1</source>
        <translation>  Min-Peers: %1</translation>
    </message>
    <message>
        <source>Future auth token: %1</source>
        <translation>Future-Auth-Token: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>SqliteAccess</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; SQLite files cannot be opened. Install the Qt 6 SQL SQLite plugin.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert; SQLite-Dateien können nicht geöffnet werden. Installieren Sie das Qt-6-SQL-SQLite-Plugin.</translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2</source>
        <translation>%1 kann nicht als SQLite geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver gave no SQLite handle for %1.</source>
        <translation>Der Qt-SQLite-Treiber hat für %1 kein SQLite-Handle geliefert.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (SQLite: &quot;%2&quot;). Close the program that uses it, or try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet (SQLite: &quot;%2&quot;). Schließen Sie das Programm, das sie verwendet, oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: &quot;%2&quot;). Restore it from a backup; do not let a client open it, it would start an empty session.</source>
        <translation>%1 ist beschädigt (SQLite: &quot;%2&quot;). Stellen Sie sie aus einer Sicherung wieder her; lassen Sie keinen Client sie öffnen, er würde eine leere Sitzung beginnen.</translation>
    </message>
    <message>
        <source>Cannot read %1 (SQLite: &quot;%2&quot;).</source>
        <translation>%1 kann nicht gelesen werden (SQLite: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file: no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 ist eine leere Datei: keine Sitzung darin gespeichert, und noch keine ferogram-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite file.</source>
        <translation>%1 ist keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read a snapshot of %1: %2</source>
        <translation>Für einen Snapshot von %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write a private snapshot of %1 into %2.</source>
        <translation>Ein privater Snapshot von %1 kann nicht nach %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while a snapshot was taken. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet: Sie hat sich während des Snapshots ständig geändert. Schließen Sie das Programm, das sie verwendet, oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while it was read. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet: Die Datei änderte sich während des Lesens ständig. Schließen Sie das Programm, das sie verwendet, oder versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>SqliteCreate</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction in %1: %2</source>
        <translation>In %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit %1: %2</source>
        <translation>%1 kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a file.</source>
        <translation>%1 existiert und ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Neben %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>Die neue Datenbank kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>the real number %1</source>
        <translation>die reelle Zahl %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte(s)</source>
        <translation>
            <numerusform>Text mit %n Byte</numerusform>
            <numerusform>Text mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>a blob of %n byte(s)</source>
        <translation>
            <numerusform>ein Blob mit %n Byte</numerusform>
            <numerusform>ein Blob mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope cannot hold the value either and leaves the row out.</source>
        <translation>%1 Zeile %2: %3. ferogram überspringt diese Zeile beim Laden; Feroscope kann den Wert ebenfalls nicht aufnehmen und lässt die Zeile weg.</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope keeps it (%4).</source>
        <translation>%1 Zeile %2: %3. ferogram überspringt diese Zeile beim Laden; Feroscope behält sie (%4).</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram reads it as %4, and so does Feroscope.</source>
        <translation>%1 Zeile %2: %3. ferogram liest es als %4, Feroscope ebenso.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with values ferogram skips or bends.</source>
        <translation>
            <numerusform>%1: %n weitere Zeile mit Werten, die ferogram überspringt oder verbiegt.</numerusform>
            <numerusform>%1: %n weitere Zeilen mit Werten, die ferogram überspringt oder verbiegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2, outside the range its field can hold</source>
        <translation>%1 enthält %2, außerhalb des Bereichs, den sein Feld fassen kann</translation>
    </message>
    <message>
        <source>%1 holds %2, not an integer</source>
        <translation>%1 enthält %2, keine Ganzzahl</translation>
    </message>
    <message>
        <source>meta home_dc_id: %1. ferogram reads the home DC as 0, and so does Feroscope.</source>
        <translation>meta home_dc_id: %1. ferogram liest den Heimat-DC als 0, Feroscope ebenso.</translation>
    </message>
    <message>
        <source>meta future_auth_token holds %1, not a blob. ferogram reads the token as absent, and so does Feroscope.</source>
        <translation>meta future_auth_token enthält %1, keinen Blob. ferogram liest das Token als nicht vorhanden, Feroscope ebenso.</translation>
    </message>
    <message>
        <source>dc_id %1 flags %2</source>
        <translation>dc_id %1 Flags %2</translation>
    </message>
    <message>
        <source>addr holds %1, not text</source>
        <translation>addr enthält %1, keinen Text</translation>
    </message>
    <message>
        <source>addr is not valid UTF-8 text</source>
        <translation>addr ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>addr is stored as a blob, not as text</source>
        <translation>addr ist als Blob gespeichert, nicht als Text</translation>
    </message>
    <message>
        <source>its bytes are valid UTF-8: &quot;%1&quot;</source>
        <translation>seine Bytes sind gültiges UTF-8: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>auth_key is %1, not 256 bytes</source>
        <translation>auth_key ist %1, nicht 256 Bytes</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>auth_key holds %1, not a blob</source>
        <translation>auth_key enthält %1, keinen Blob</translation>
    </message>
    <message>
        <source>update_state: %1. ferogram then reads pts, qts, date and seq all as 0, and so does Feroscope (stored: %2, %3, %4, %5).</source>
        <translation>update_state: %1. ferogram liest dann pts, qts, date und seq alle als 0, Feroscope ebenso (gespeichert: %2, %3, %4, %5).</translation>
    </message>
    <message>
        <source>channel_id %1</source>
        <translation>channel_id %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>a non-zero value reads as true</source>
        <translation>ein Wert ungleich null wird als wahr gelesen</translation>
    </message>
    <message>
        <source>%1 holds %2, not 0 or 1</source>
        <translation>%1 enthält %2, nicht 0 oder 1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>channel_kind holds %1, not 0, 1 or 2</source>
        <translation>channel_kind enthält %1, nicht 0, 1 oder 2</translation>
    </message>
    <message>
        <source>kind %1 (its low byte)</source>
        <translation>Art %1 (sein unteres Byte)</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>keine Art</translation>
    </message>
    <message>
        <source>user_id %1</source>
        <translation>user_id %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon session, not a ferogram one. Open it as a Telethon session.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms: eine Telethon-Sitzung, keine von ferogram. Öffnen Sie sie als Telethon-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Pyrogram session, not a ferogram one. Open it as a Pyrogram session.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms: eine Pyrogram-Sitzung, keine von ferogram. Öffnen Sie sie als Pyrogram-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database (no tables): no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 ist eine leere SQLite-Datenbank (keine Tabellen): keine Sitzung darin gespeichert, und noch keine ferogram-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a ferogram session database (it has no meta and dcs tables).</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine ferogram-Sitzungsdatenbank (sie hat keine Tabellen meta und dcs).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet (its meta table is empty).</source>
        <translation>%1 ist eine ferogram-Datenbank ohne gespeicherte Sitzung (ihre Tabelle meta ist leer).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet: its meta table is empty, so ferogram starts an empty session. Other tables still hold rows (%2), which ferogram ignores.</source>
        <translation>%1 ist eine ferogram-Datenbank ohne gespeicherte Sitzung: Ihre Tabelle meta ist leer, daher beginnt ferogram eine leere Sitzung. Andere Tabellen enthalten noch Zeilen (%2), die ferogram ignoriert.</translation>
    </message>
    <message>
        <source>meta has no home_dc_id row; the home DC reads as 0.</source>
        <translation>meta hat keine Zeile home_dc_id; der Heimat-DC wird als 0 gelesen.</translation>
    </message>
    <message>
        <source>meta holds keys ferogram does not use: %1.</source>
        <translation>meta enthält Schlüssel, die ferogram nicht verwendet: %1.</translation>
    </message>
    <message>
        <source>The database also holds tables ferogram does not use: %1.</source>
        <translation>Die Datenbank enthält außerdem Tabellen, die ferogram nicht verwendet: %1.</translation>
    </message>
    <message>
        <source>SQLite generation E (ferogram 0.6.5)</source>
        <translation>SQLite-Generation E (ferogram 0.6.5)</translation>
    </message>
    <message>
        <source>SQLite generation C with a token row (ferogram 0.6.4)</source>
        <translation>SQLite-Generation C mit Token-Zeile (ferogram 0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation C (ferogram 0.5.2 to 0.6.4)</source>
        <translation>SQLite-Generation C (ferogram 0.5.2 bis 0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation B (ferogram 0.4.1 to 0.5.1)</source>
        <translation>SQLite-Generation B (ferogram 0.4.1 bis 0.5.1)</translation>
    </message>
    <message>
        <source>SQLite generation A (ferogram 0.3.0 to 0.4.0)</source>
        <translation>SQLite-Generation A (ferogram 0.3.0 bis 0.4.0)</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon 2 session, not a ferogram one. Open it as a Telethon 2 session.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms: eine Telethon-2-Sitzung, keine von ferogram. Öffnen Sie sie als Telethon-2-Sitzung.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: an mtcute storage, not a ferogram session. Open it as an mtcute SQLite storage.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms: ein mtcute-Speicher, keine ferogram-Sitzung. Öffnen Sie sie als mtcute-SQLite-Speicher.</translation>
    </message>
</context>
<context>
    <name>SqliteDbWrite</name>
    <message>
        <source>%1 DC entries with dc_id %2 and flags 0x%3 (the dcs table keeps one per dc_id and flags)</source>
        <translation>%1 DC-Einträge mit dc_id %2 und Flags 0x%3 (die Tabelle dcs behält einen pro dc_id und Flags)</translation>
    </message>
    <message>
        <source>%1 peers with id %2 (for example a user and a channel sharing a bare id; the peers table keeps one per id)</source>
        <translation>%1 Peers mit ID %2 (zum Beispiel ein Benutzer und ein Kanal mit derselben bloßen ID; die Tabelle peers behält einen pro ID)</translation>
    </message>
    <message>
        <source>%1 min peers with user_id %2 (the min_peers table keeps one per user_id)</source>
        <translation>%1 Min-Peers mit user_id %2 (die Tabelle min_peers behält einen pro user_id)</translation>
    </message>
    <message>
        <source>%1 channel pts entries with channel_id %2 (the channel_pts table keeps one per channel_id)</source>
        <translation>%1 Kanal-pts-Einträge mit channel_id %2 (die Tabelle channel_pts behält einen pro channel_id)</translation>
    </message>
    <message>
        <source>ferogram databases are written in format versions 5 to 8, not %1.</source>
        <translation>ferogram-Datenbanken werden in den Formatversionen 5 bis 8 geschrieben, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1 as a ferogram database: its schema cannot hold these entries:
- %2
Keep one of each, or write a binary file, which keeps them all.</source>
        <translation>%1 kann nicht als ferogram-Datenbank geschrieben werden: Ihr Schema kann diese Einträge nicht aufnehmen:
- %2
Behalten Sie je einen oder schreiben Sie eine Binärdatei, die alle behält.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder lassen Sie die Datei ersetzen.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 existiert und ist keine reguläre Datei; sie bleibt unangetastet.</translation>
    </message>
    <message>
        <source>%1 has a %2 file beside it: a program has the database open (or crashed with it open). Replacing it now would mix two databases; close that program first.</source>
        <translation>Neben %1 liegt eine %2-Datei: Ein Programm hat die Datenbank geöffnet (oder ist mit geöffneter Datenbank abgestürzt). Sie jetzt zu ersetzen würde zwei Datenbanken vermischen; schließen Sie zuerst dieses Programm.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1: %2</source>
        <translation>Die neue Datenbank kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>Der Datenordner %1 für den Papierkorb kann nicht angelegt werden; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden; es wurde nichts verschoben. Löschen Sie die Datei endgültig, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.%3</source>
        <translation>%1 kann nicht gelöscht werden: %2.%3</translation>
    </message>
    <message>
        <source> Already deleted: %1.</source>
        <translation> Bereits gelöscht: %1.</translation>
    </message>
    <message>
        <source>%1 is not a ferogram database; only those can have their session rows cleared.</source>
        <translation>%1 ist keine ferogram-Datenbank; nur bei diesen können die Sitzungszeilen geleert werden.</translation>
    </message>
    <message>
        <source>Cannot clear %1 in %2: %3; nothing was changed.</source>
        <translation>%1 in %2 kann nicht geleert werden: %3; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1</numerusform>
            <numerusform>%n Zeilen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot clear the session rows of %1: %2; nothing was changed.</source>
        <translation>Die Sitzungszeilen von %1 können nicht geleert werden: %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder lassen Sie die Datei ersetzen.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone, and so is the file it points to. Save to that file&apos;s own path or choose another name.</source>
        <translation>%1 ist ein symbolischer Link; er bleibt unangetastet, ebenso die Datei, auf die er zeigt. Speichern Sie unter dem eigenen Pfad dieser Datei oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 existiert und ist keine reguläre Datei; sie bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the original is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2; das Original ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was not recreated. Save it as a new file instead.</source>
        <translation>%1 existiert nicht mehr; es wurde nicht neu angelegt. Speichern Sie es stattdessen als neue Datei.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (a running client may have saved it); nothing was written. Open it again to see the new content.</source>
        <translation>%1 wurde seit dem Lesen auf dem Datenträger geändert (ein laufender Client hat sie eventuell gespeichert); es wurde nichts geschrieben. Öffnen Sie sie erneut, um den neuen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is left alone.</source>
        <translation>%1 ist keine reguläre Datei; sie bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; restrict the file it points to instead. Nothing was changed.</source>
        <translation>%1 ist ein symbolischer Link; schränken Sie stattdessen die Datei ein, auf die er zeigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; its permissions were left alone.</source>
        <translation>%1 ist keine reguläre Datei; ihre Berechtigungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to change its permissions: %2</source>
        <translation>%1 kann zum Ändern der Berechtigungen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; no permissions were changed.</source>
        <translation>%1 ist keine reguläre Datei; es wurden keine Berechtigungen geändert.</translation>
    </message>
    <message>
        <source>%1 Already restricted: %2.</source>
        <translation>%1 Bereits eingeschränkt: %2.</translation>
    </message>
</context>
<context>
    <name>StringHints</name>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>The character &apos;%1&apos; at position %2 is not base64, and every session string is: the text is damaged there.</source>
        <translation>Das Zeichen &apos;%1&apos; an Position %2 ist kein Base64, jeder Sitzungs-String besteht aber aus Base64: Der Text ist dort beschädigt.</translation>
    </message>
    <message>
        <source>It looks like a %1 with a damaged character: &apos;%2&apos; at position %3 is not base64.</source>
        <translation>Es sieht aus wie ein %1 mit einem beschädigten Zeichen: &apos;%2&apos; an Position %3 ist kein Base64.</translation>
    </message>
    <message>
        <source>It looks like a Pyrogram string cut short: %1 of %2 characters (the new layout; the old layouts have 356 or 351).</source>
        <translation>Es sieht aus wie ein abgeschnittener Pyrogram-String: %1 von %2 Zeichen (das neue Layout; die alten Layouts haben 356 oder 351).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters (the %4 layout).</source>
        <translation>Es sieht aus wie ein abgeschnittener %1: %2 von %3 Zeichen (das %4-Layout).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters.</source>
        <translation>Es sieht aus wie ein abgeschnittener %1: %2 von %3 Zeichen.</translation>
    </message>
</context>
<context>
    <name>StringVerdicts</name>
    <message>
        <source>garbage</source>
        <translation>Datenmüll</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>DC %1 at %2</source>
        <translation>DC %1 unter %2</translation>
    </message>
    <message>
        <source>Telethon would refuse it with &quot;ValueError: Not a valid string&quot;: Telethon strings start with &quot;1&quot;.</source>
        <translation>Telethon würde ihn mit &quot;ValueError: Not a valid string&quot; ablehnen: Telethon-Strings beginnen mit &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;.</source>
        <translation>Telethon würde mit &quot;%1&quot; scheitern.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;: it picks its layout by length alone (352 characters after &quot;1&quot; = IPv4, anything else = IPv6) and this text holds %2 bytes.</source>
        <translation>Telethon würde mit &quot;%1&quot; scheitern: Es wählt sein Layout allein nach der Länge (352 Zeichen nach &quot;1&quot; = IPv4, alles andere = IPv6), und dieser Text enthält %2 Bytes.</translation>
    </message>
    <message>
        <source>Telethon would load it without an error but misread it as its IPv%1 layout: %2.</source>
        <translation>Telethon würde ihn ohne Fehler laden, aber als sein IPv%1-Layout falsch lesen: %2.</translation>
    </message>
    <message>
        <source>GramJS would refuse it with &quot;Error: Not a valid string&quot;: GramJS strings start with &quot;1&quot;.</source>
        <translation>GramJS würde ihn mit &quot;Error: Not a valid string&quot; ablehnen: GramJS-Strings beginnen mit &quot;1&quot;.</translation>
    </message>
    <message>
        <source>GramJS&apos;s base64 decoder would turn it into bytes of no known layout.</source>
        <translation>Der Base64-Dekoder von GramJS würde daraus Bytes ohne bekanntes Layout machen.</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv4 string and misread it.</source>
        <translation>GramJS würde ihn für einen Telethon-IPv4-String halten und falsch lesen.</translation>
    </message>
    <message>
        <source>GramJS would read past the end of the data (RangeError).</source>
        <translation>GramJS würde über das Ende der Daten hinaus lesen (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and read past the end (RangeError).</source>
        <translation>GramJS würde ihn für einen Telethon-IPv6-String halten und über das Ende hinaus lesen (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and misread it.</source>
        <translation>GramJS würde ihn für einen Telethon-IPv6-String halten und falsch lesen.</translation>
    </message>
    <message>
        <source>GramJS would read a negative address length (%1) and fail.</source>
        <translation>GramJS würde eine negative Adresslänge (%1) lesen und scheitern.</translation>
    </message>
    <message>
        <source>GramJS would read a %1-byte address and then an auth key of %2 bytes instead of 256; it cannot log in with that.</source>
        <translation>GramJS würde eine %1-Byte-Adresse lesen und dann einen Autorisierungsschlüssel von %2 Bytes statt 256; damit kann es sich nicht anmelden.</translation>
    </message>
    <message>
        <source>GramJS reads the port as a signed 16-bit number: it would get %1 and could not save the session.</source>
        <translation>GramJS liest den Port als vorzeichenbehaftete 16-Bit-Zahl: Es würde %1 erhalten und könnte die Sitzung nicht speichern.</translation>
    </message>
    <message>
        <source>GramJS would load it without an error but misread it.</source>
        <translation>GramJS würde ihn ohne Fehler laden, aber falsch lesen.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: it is not base64.</source>
        <translation>mtcute würde ihn ablehnen: Er ist kein Base64.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: its first byte is 0x%1 where mtcute&apos;s session version 3 belongs.</source>
        <translation>mtcute würde ihn ablehnen: Sein erstes Byte ist 0x%1, wo mtcutes Sitzungsversion 3 hingehört.</translation>
    </message>
    <message>
        <source>mtcute would load it without an error but misread it.</source>
        <translation>mtcute würde ihn ohne Fehler laden, aber falsch lesen.</translation>
    </message>
    <message>
        <source>mtcute would fail: %1</source>
        <translation>mtcute würde scheitern: %1</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;.</source>
        <translation>Pyrogram würde mit &quot;%1&quot; scheitern.</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;: it picks its layout by length (351 or 356 characters = old layouts, anything else = the new 362-character one) and this text holds %2 bytes.</source>
        <translation>Pyrogram würde mit &quot;%1&quot; scheitern: Es wählt sein Layout nach der Länge (351 oder 356 Zeichen = alte Layouts, alles andere = das neue mit 362 Zeichen), und dieser Text enthält %2 Bytes.</translation>
    </message>
    <message>
        <source>Pyrogram would load it without an error but misread it: %1.</source>
        <translation>Pyrogram würde ihn ohne Fehler laden, aber falsch lesen: %1.</translation>
    </message>
    <message>
        <source>MTKruto would fail (judging by @mtcute/convert&apos;s MTKruto reader): %1</source>
        <translation>MTKruto würde scheitern (nach dem MTKruto-Leser von @mtcute/convert zu urteilen): %1</translation>
    </message>
    <message>
        <source>MTKruto would load it without an error but misread it: %1.</source>
        <translation>MTKruto würde ihn ohne Fehler laden, aber falsch lesen: %1.</translation>
    </message>
</context>
<context>
    <name>Tdata</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes, a Telegram Desktop file has at least 24.</source>
        <translation>%1 ist abgeschnitten: %2 Bytes, eine Telegram-Desktop-Datei hat mindestens 24.</translation>
    </message>
    <message>
        <source>%1 does not start with TDF$; it is not a Telegram Desktop file.</source>
        <translation>%1 beginnt nicht mit TDF$; es ist keine Telegram-Desktop-Datei.</translation>
    </message>
    <message>
        <source>%1 fails its MD5 check (truncated or damaged, %2 bytes).</source>
        <translation>%1 besteht die MD5-Prüfung nicht (abgeschnitten oder beschädigt, %2 Bytes).</translation>
    </message>
    <message>
        <source>%1 not found.</source>
        <translation>%1 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is damaged: truncated at byte %2 of its payload while reading %3.</source>
        <translation>%1 ist beschädigt: abgeschnitten bei Byte %2 seiner Nutzdaten beim Lesen von %3.</translation>
    </message>
    <message>
        <source>Wrong passcode: the local key in %1 does not decrypt with it.</source>
        <translation>Falscher Passcode: Der lokale Schlüssel in %1 lässt sich damit nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>%1 is damaged: the encrypted local key is malformed.</source>
        <translation>%1 ist beschädigt: Der verschlüsselte lokale Schlüssel ist fehlerhaft.</translation>
    </message>
    <message>
        <source>%1 is damaged: the account list does not decrypt.</source>
        <translation>%1 ist beschädigt: Die Kontenliste lässt sich nicht entschlüsseln.</translation>
    </message>
    <message>
        <source> (account list)</source>
        <translation> (Kontenliste)</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Konto %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not decrypt with the local key.</source>
        <translation>%1 ist beschädigt: Es lässt sich nicht mit dem lokalen Schlüssel entschlüsseln.</translation>
    </message>
    <message>
        <source>%1: the first setting block is 0x%2, not the MTP authorization (0x4b).</source>
        <translation>%1: Der erste Einstellungsblock ist 0x%2, nicht die MTP-Autorisierung (0x4b).</translation>
    </message>
    <message>
        <source>Account %1: %2 bytes of further settings were not read.</source>
        <translation>Konto %1: %2 Bytes weiterer Einstellungen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source> (MTP authorization)</source>
        <translation> (MTP-Autorisierung)</translation>
    </message>
    <message>
        <source>Account %1&apos;s map file is missing or damaged (%2/maps): %3</source>
        <translation>Die Map-Datei von Konto %1 fehlt oder ist beschädigt (%2/maps): %3</translation>
    </message>
    <message>
        <source>Account %1 uses a legacy map key; its map was not checked.</source>
        <translation>Konto %1 verwendet einen veralteten Map-Schlüssel; seine Map wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 does not decrypt with the local key.</source>
        <translation>%1 lässt sich nicht mit dem lokalen Schlüssel entschlüsseln.</translation>
    </message>
    <message>
        <source>key_datas not found here; did you mean %1?</source>
        <translation>key_datas hier nicht gefunden; meinten Sie %1?</translation>
    </message>
    <message>
        <source>key_datas not found in %1; this is not a Telegram Desktop tdata folder (it is usually ~/.local/share/TelegramDesktop/tdata).</source>
        <translation>key_datas nicht in %1 gefunden; das ist kein tdata-Ordner von Telegram Desktop (er liegt meist unter ~/.local/share/TelegramDesktop/tdata).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no accounts.</source>
        <translation>%1 listet keine Konten auf.</translation>
    </message>
    <message>
        <source>Nothing to write: no session given for the tdata folder.</source>
        <translation>Nichts zu schreiben: keine Sitzung für den tdata-Ordner angegeben.</translation>
    </message>
    <message>
        <source>Account %1 has no auth key for its home DC %2; tdata needs one.</source>
        <translation>Konto %1 hat keinen Autorisierungsschlüssel für seinen Heimat-DC %2; tdata braucht einen.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large for a Telegram Desktop settings file.</source>
        <translation>%1 ist %2 MiB groß: viel zu groß für eine Einstellungsdatei von Telegram Desktop.</translation>
    </message>
    <message>
        <source>Cannot encrypt the Telegram Desktop files (OpenSSL failed); nothing was written.</source>
        <translation>Die Dateien für Telegram Desktop können nicht verschlüsselt werden (OpenSSL-Fehler); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode: it opens only with it.</source>
        <translation>%1 ist durch einen lokalen Passcode geschützt und lässt sich nur damit öffnen.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id (account %1).</source>
        <translation>Telegram Desktop braucht die Benutzer-ID des Kontos (Konto %1).</translation>
    </message>
    <message>
        <source>Stale legacy copies beside the current files were ignored: %1. They may still decrypt to an older account list and auth key; delete them or keep them as private as the session.</source>
        <translation>Veraltete Altkopien neben den aktuellen Dateien wurden übergangen: %1. Sie können sich noch zu einer älteren Kontoliste und einem älteren Auth-Key entschlüsseln lassen; löschen Sie sie oder halten Sie sie so privat wie die Sitzung.</translation>
    </message>
    <message>
        <source>This tdata lists %1 accounts: official Telegram Desktop loads at most 6 and, with more, starts logged out and rewrites the key file (forks allow more).</source>
        <translation>Diese tdata listet %1 Konten: das offizielle Telegram Desktop lädt höchstens 6 und startet bei mehr abgemeldet und schreibt die Schlüsseldatei neu (Forks erlauben mehr).</translation>
    </message>
    <message>
        <source>its map ends inside an entry</source>
        <translation>seine Map endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <source>its map holds an entry of type %1, which Telegram Desktop does not know</source>
        <translation>seine Map enthält einen Eintrag vom Typ %1, den Telegram Desktop nicht kennt</translation>
    </message>
    <message>
        <source>its map ends inside an entry of type %1</source>
        <translation>seine Map endet mitten in einem Eintrag vom Typ %1</translation>
    </message>
    <message>
        <source>Account %1: %2. Telegram Desktop would not load this account (it reads the login only after the whole map); Feroscope read the login, which is intact.</source>
        <translation>Konto %1: %2. Telegram Desktop würde dieses Konto nicht laden (es liest die Anmeldung erst nach der ganzen Map); Feroscope hat die Anmeldung gelesen, sie ist unversehrt.</translation>
    </message>
</context>
<context>
    <name>TdlStore</name>
    <message>
        <source>The top-level key &quot;%1&quot; is not a bucket; tdl keeps only namespaces there.</source>
        <translation>Der Schlüssel „%1“ der obersten Ebene ist kein Bucket; tdl legt dort nur Namensräume ab.</translation>
    </message>
    <message>
        <source>logged out (app %1, no session)</source>
        <translation>abgemeldet (App %1, keine Sitzung)</translation>
    </message>
    <message>
        <source>logged out (an empty namespace)</source>
        <translation>abgemeldet (ein leerer Namensraum)</translation>
    </message>
    <message>
        <source>its session does not decode: %1</source>
        <translation>seine Sitzung lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>Namespace %1: %2</source>
        <translation>Namensraum %1: %2</translation>
    </message>
    <message>
        <source>This bbolt file holds no namespace buckets: not a tdl store.</source>
        <translation>Diese bbolt-Datei enthält keine Namensraum-Buckets: kein tdl-Speicher.</translation>
    </message>
    <message numerus="yes">
        <source>legacy one-file store, %n namespace(s)</source>
        <translation>
            <numerusform>alter Ein-Datei-Speicher, %n Namensraum</numerusform>
            <numerusform>alter Ein-Datei-Speicher, %n Namensräume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n logged in</source>
        <translation>
            <numerusform>, %n angemeldet</numerusform>
            <numerusform>, %n angemeldet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Telethon2Sqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: %2 &quot;%3&quot; is not host:port.</source>
        <translation>datacenter-Zeile von DC %1: %2 „%3“ ist nicht host:port.</translation>
    </message>
    <message>
        <source>datacenter row: DC id %1 is out of range.</source>
        <translation>datacenter-Zeile: DC-ID %1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: auth is %2 bytes; an auth key has 256.</source>
        <translation>datacenter-Zeile von DC %1: auth hat %2 Bytes; ein Auth-Key hat 256.</translation>
    </message>
    <message>
        <source>No user row: the session is not logged in (or was upgraded from Telethon 1). Telethon 2 then connects to DC %1 and uses its key, so DC %1 is shown as the home DC.</source>
        <translation>Keine user-Zeile: Die Sitzung ist nicht angemeldet (oder wurde von Telethon 1 aktualisiert). Telethon 2 verbindet sich dann mit DC %1 und nutzt dessen Schlüssel, daher wird DC %1 als Heim-DC angezeigt.</translation>
    </message>
    <message>
        <source>user.dc is %1, not a DC id.</source>
        <translation>user.dc ist %1, keine DC-ID.</translation>
    </message>
    <message>
        <source>The user table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>Die Tabelle user hat mehr als eine Zeile; Telethon 2 liest nur die erste, und wir auch.</translation>
    </message>
    <message>
        <source>The state row of %1 holds values out of range (pts %2, qts %3, seq %4).</source>
        <translation>Die state-Zeile von %1 enthält Werte außerhalb des Bereichs (pts %2, qts %3, seq %4).</translation>
    </message>
    <message>
        <source>The state table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>Die Tabelle state hat mehr als eine Zeile; Telethon 2 liest nur die erste, und wir auch.</translation>
    </message>
    <message>
        <source>channelstate row of channel %1: pts %2 is out of range.</source>
        <translation>channelstate-Zeile von Kanal %1: pts %2 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon 2 session (no version, datacenter and channelstate tables).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Telethon-2-Sitzung (keine Tabellen version, datacenter und channelstate).</translation>
    </message>
    <message>
        <source>Telethon 2, schema version %1</source>
        <translation>Telethon 2, Schema-Version %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 2 writes 10 and refuses any other); we read it as it is.</source>
        <translation>Schema-Version %1 (Telethon 2 schreibt 10 und lehnt jede andere ab); wir lesen sie, wie sie ist.</translation>
    </message>
    <message>
        <source>Telethon 2 stores the home DC in its user row, which needs the user id: without one it would connect to DC %1, not DC %2. Give the account&apos;s user id with --user-id.</source>
        <translation>Telethon 2 speichert den Heim-DC in seiner user-Zeile, die die Benutzer-ID braucht: Ohne sie würde es sich mit DC %1 verbinden, nicht mit DC %2. Geben Sie die Benutzer-ID des Kontos mit --user-id an.</translation>
    </message>
</context>
<context>
    <name>TelethonSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>This Telethon database holds no session yet (the sessions table is empty).</source>
        <translation>Diese Telethon-Datenbank enthält noch keine Sitzung (die Tabelle sessions ist leer).</translation>
    </message>
    <message>
        <source>sessions.port is %1, not a port number.</source>
        <translation>sessions.port ist %1, keine Portnummer.</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key hat %1 Bytes; ein Autorisierungsschlüssel hat 256.</translation>
    </message>
    <message>
        <source>The sessions table has more than one row; Telethon reads only the first, and so did we.</source>
        <translation>Die Tabelle sessions hat mehr als eine Zeile; Telethon liest nur die erste, wir ebenso.</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row&apos;s key were skipped (%1): Telethon reads only the first row for a key, and so did we.</source>
        <translation>Zeilen, die den Schlüssel einer früheren Zeile wiederholen, wurden übersprungen (%1): Telethon liest für einen Schlüssel nur die erste Zeile, wir ebenso.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon session (no version, sessions and entities tables).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Telethon-Sitzung (keine Tabellen version, sessions und entities).</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 1.25 writes 7); Telethon would migrate it on open, we read it as it is.</source>
        <translation>Schemaversion %1 (Telethon 1.25 schreibt 7); Telethon würde sie beim Öffnen migrieren, wir lesen sie, wie sie ist.</translation>
    </message>
    <message>
        <source>The session has no entry for its home DC %1; Telethon needs the home DC&apos;s address.</source>
        <translation>Die Sitzung hat keinen Eintrag für ihren Heimat-DC %1; Telethon braucht die Adresse des Heimat-DC.</translation>
    </message>
    <message>
        <source>The home DC&apos;s address &quot;%1&quot; has no host and port; Telethon needs both.</source>
        <translation>Die Adresse &quot;%1&quot; des Heimat-DC hat weder Host noch Port; Telethon braucht beides.</translation>
    </message>
</context>
<context>
    <name>TelethonString</name>
    <message>
        <source>Telethon string</source>
        <translation>Telethon-String</translation>
    </message>
    <message>
        <source>Not a Telethon string: it must start with the version character &quot;1&quot;.</source>
        <translation>Kein Telethon-String: Er muss mit dem Versionszeichen &quot;1&quot; beginnen.</translation>
    </message>
    <message>
        <source>Not a Telethon string: it holds %1 bytes, but a Telethon string holds %2 (IPv4) or %3 (IPv6).</source>
        <translation>Kein Telethon-String: Er enthält %1 Bytes, ein Telethon-String enthält aber %2 (IPv4) oder %3 (IPv6).</translation>
    </message>
    <message>
        <source>%1, %2 characters</source>
        <translation>%1, %2 Zeichen</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>The auth key is all zero bytes, which Telethon writes when there is no key.</source>
        <translation>Der Autorisierungsschlüssel besteht nur aus Null-Bytes, was Telethon schreibt, wenn es keinen Schlüssel gibt.</translation>
    </message>
    <message>
        <source>The home DC address &quot;%1&quot; is a host name; a Telethon string stores the IP address in binary, so it needs an IP literal.</source>
        <translation>Die Adresse &quot;%1&quot; des Heimat-DC ist ein Hostname; ein Telethon-String speichert die IP-Adresse binär und braucht daher ein IP-Literal.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Telethon string has for it.</source>
        <translation>DC-ID %1 passt nicht in das eine Byte, das ein Telethon-String dafür hat.</translation>
    </message>
    <message>
        <source>Telethon itself would not load this text as it is (it needs the &apos;=&apos; padding and exactly %1 characters); convert it to a Telethon string to get one it loads.</source>
        <translation>Telethon selbst würde diesen Text so nicht laden (es braucht das &apos;=&apos;-Padding und genau %1 Zeichen); konvertieren Sie ihn in einen Telethon-String, um einen zu erhalten, den Telethon lädt.</translation>
    </message>
</context>
<context>
    <name>Tgnet</name>
    <message>
        <source>%1 at byte %2 is 0x%3, neither true nor false</source>
        <translation>%1 bei Byte %2 ist 0x%3, weder true noch false</translation>
    </message>
    <message>
        <source>%1 at byte %2 is %3, far more than a tgnet.dat holds</source>
        <translation>%1 bei Byte %2 ist %3, weit mehr als eine tgnet.dat enthält</translation>
    </message>
    <message>
        <source>truncated at byte %1 while reading %2</source>
        <translation>abgeschnitten bei Byte %1 beim Lesen von %2</translation>
    </message>
    <message>
        <source>datacenter version %1 (the app reads 2 to 13)</source>
        <translation>Rechenzentrumsversion %1 (die App liest 2 bis 13)</translation>
    </message>
    <message>
        <source>the permanent auth key of DC %1 is not 256 bytes</source>
        <translation>der dauerhafte Auth-Key von DC %1 hat nicht 256 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>Not a tgnet.dat: %n byte(s), less than its size field.</source>
        <translation>
            <numerusform>Keine tgnet.dat: %n Byte, weniger als ihr Größenfeld.</numerusform>
            <numerusform>Keine tgnet.dat: %n Bytes, weniger als ihr Größenfeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a tgnet.dat: its size field says %1 bytes, and the file has %2 after it.</source>
        <translation>Keine tgnet.dat: ihr Größenfeld nennt %1 Bytes, und die Datei hat %2 danach.</translation>
    </message>
    <message>
        <source>tgnet.dat: %1.</source>
        <translation>tgnet.dat: %1.</translation>
    </message>
    <message>
        <source>tgnet.dat: config version %1; the app writes 1 to 5.</source>
        <translation>tgnet.dat: Konfigurationsversion %1; die App schreibt 1 bis 5.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2: %3.</source>
        <translation>tgnet.dat: Rechenzentrum %1 von %2: %3.</translation>
    </message>
    <message>
        <source>The temporary (PFS) auth keys are not kept: a client makes new ones when it connects.</source>
        <translation>Die temporären (PFS-)Auth-Keys werden nicht übernommen: ein Client erzeugt beim Verbinden neue.</translation>
    </message>
    <message>
        <source>The server salts are not kept: a client gets new ones when it connects.</source>
        <translation>Die Server-Salts werden nicht übernommen: ein Client erhält beim Verbinden neue.</translation>
    </message>
    <message>
        <source>Some addresses carry an MTProxy secret, which is not kept.</source>
        <translation>Einige Adressen tragen ein MTProxy-Secret, das nicht übernommen wird.</translation>
    </message>
    <message>
        <source>tgnet.dat needs the home DC %1 among its datacenters.</source>
        <translation>tgnet.dat braucht den Heimat-DC %1 unter ihren Rechenzentren.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random number.</source>
        <translation>OpenSSL konnte keine Zufallszahl erzeugen.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2 names DC %3 a second time; the file is damaged.</source>
        <translation>tgnet.dat: Rechenzentrum %1 von %2 nennt DC %3 ein zweites Mal; die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>UserConfig</name>
    <message>
        <source>userconfing.xml is not readable XML (%1, line %2).</source>
        <translation>userconfing.xml ist kein lesbares XML (%1, Zeile %2).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is not Base64.</source>
        <translation>userconfing.xml: der user-Eintrag ist kein Base64.</translation>
    </message>
    <message numerus="yes">
        <source>userconfing.xml: the user entry holds %n byte(s), no TL object.</source>
        <translation>
            <numerusform>userconfing.xml: der user-Eintrag enthält %n Byte, kein TL-Objekt.</numerusform>
            <numerusform>userconfing.xml: der user-Eintrag enthält %n Bytes, kein TL-Objekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is a TL object 0x%1, not a user constructor Feroscope knows (userEmpty, user of layer 144 or 227).</source>
        <translation>userconfing.xml: der user-Eintrag ist ein TL-Objekt 0x%1, kein Benutzer-Konstruktor, den Feroscope kennt (userEmpty, user aus Layer 144 oder 227).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user object ends before its id.</source>
        <translation>userconfing.xml: das Benutzerobjekt endet vor seiner ID.</translation>
    </message>
</context>
<context>
    <name>WTelegramCodec</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a WTelegramClient session.</source>
        <translation>%1 ist zu groß für eine WTelegramClient-Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n byte(s)).</source>
        <translation>
            <numerusform>Keine WTelegramClient-Sitzung: kein Dateikopf nennt darin einen Block, und als bloßer Block hätte sie mindestens 64 Bytes, einen IV und ganze AES-Blöcke (sie hat %n Byte).</numerusform>
            <numerusform>Keine WTelegramClient-Sitzung: kein Dateikopf nennt darin einen Block, und als bloßer Block hätte sie mindestens 64 Bytes, einen IV und ganze AES-Blöcke (sie hat %n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>a %1-byte block at byte %2</source>
        <translation>ein %1-Byte-Block bei Byte %2</translation>
    </message>
    <message>
        <source>a bare %1-byte block</source>
        <translation>ein bloßer %1-Byte-Block</translation>
    </message>
    <message>
        <source>This is a WTelegramClient session (%1), encrypted with the app&apos;s api_hash or its session_key: a session key is needed to read it.</source>
        <translation>Das ist eine WTelegramClient-Sitzung (%1), verschlüsselt mit dem api_hash oder dem session_key der App: zum Lesen wird ein Sitzungsschlüssel gebraucht.</translation>
    </message>
    <message>
        <source>Read as a bare block (a custom stream&apos;s save, no file header).</source>
        <translation>Als bloßer Block gelesen (Speicherung eines eigenen Streams, kein Dateikopf).</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n byte(s) of older saves besides the current block. They decrypt with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</source>
        <translation>
            <numerusform>Die Datei enthält neben dem aktuellen Block %n Byte älterer Speicherungen. Sie entschlüsseln sich mit demselben Schlüssel zu älteren Auth-Keys: halten Sie die Datei privat oder wandeln Sie sie in eine neue Datei um, die nur den aktuellen Block enthält.</numerusform>
            <numerusform>Die Datei enthält neben dem aktuellen Block %n Bytes älterer Speicherungen. Sie entschlüsseln sich mit demselben Schlüssel zu älteren Auth-Keys: halten Sie die Datei privat oder wandeln Sie sie in eine neue Datei um, die nur den aktuellen Block enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n DC-Eintrag ohne Schlüssel oder Adresse wird verworfen.</numerusform>
            <numerusform>%n DC-Einträge ohne Schlüssel oder Adresse werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed DC entry(ies) repeat a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</source>
        <translation>
            <numerusform>%n DC-Eintrag mit Schlüssel wiederholt eine DC-ID (und Medien-Flag) eines früheren: WTelegramClient hält eine Sitzung pro DC, die erste wird geschrieben.</numerusform>
            <numerusform>%n DC-Einträge mit Schlüssel wiederholen eine DC-ID (und Medien-Flag) eines früheren: WTelegramClient hält eine Sitzung pro DC, die erste wird geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time offset (and, on entries without a key, the salt) of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Der Zeitversatz (und bei Einträgen ohne Schlüssel das Salt) von %n DC-Eintrag wird verworfen.</numerusform>
            <numerusform>Der Zeitversatz (und bei Einträgen ohne Schlüssel das Salt) von %n DC-Einträgen wird verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Peer wird verworfen.</numerusform>
            <numerusform>%n zwischengespeicherte Peers werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A WTelegramClient session is encrypted with the app&apos;s api_hash or its session_key: give that key (--session-key or --session-key-file).</source>
        <translation>Eine WTelegramClient-Sitzung ist mit dem api_hash oder dem session_key der App verschlüsselt: geben Sie diesen Schlüssel an (--session-key oder --session-key-file).</translation>
    </message>
    <message>
        <source>WTelegramClient stores the api_id the session was made with.</source>
        <translation>WTelegramClient speichert die api_id, mit der die Sitzung erstellt wurde.</translation>
    </message>
    <message>
        <source>WTelegramClient needs an auth key for the home DC %1.</source>
        <translation>WTelegramClient braucht einen Auth-Key für den Heimat-DC %1.</translation>
    </message>
</context>
<context>
    <name>WTelegramFile</name>
    <message>
        <source>OpenSSL could not set up AES-CBC.</source>
        <translation>OpenSSL konnte AES-CBC nicht einrichten.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the padding of the decrypted block is wrong): give the app&apos;s session_key or api_hash.</source>
        <translation>Der Sitzungsschlüssel öffnet diese WTelegramClient-Sitzung nicht (das Padding des entschlüsselten Blocks ist falsch): geben Sie session_key oder api_hash der App an.</translation>
    </message>
    <message numerus="yes">
        <source>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n character(s).</source>
        <translation>
            <numerusform>Ein WTelegramClient-Sitzungsschlüssel ist der api_hash der App (32 Hex-Ziffern) oder ihr session_key (32, 48 oder 64 Hex-Ziffern); der angegebene Schlüssel hat %n Zeichen.</numerusform>
            <numerusform>Ein WTelegramClient-Sitzungsschlüssel ist der api_hash der App (32 Hex-Ziffern) oder ihr session_key (32, 48 oder 64 Hex-Ziffern); der angegebene Schlüssel hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WTelegramClient block is %1 bytes: a block is 64 bytes or more, the IV and whole AES blocks.</source>
        <translation>Der WTelegramClient-Block hat %1 Bytes: ein Block hat 64 Bytes oder mehr, den IV und ganze AES-Blöcke.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the integrity check of the decrypted block fails): give the app&apos;s session_key or api_hash.</source>
        <translation>Der Sitzungsschlüssel öffnet diese WTelegramClient-Sitzung nicht (die Integritätsprüfung des entschlüsselten Blocks schlägt fehl): geben Sie session_key oder api_hash der App an.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random IV.</source>
        <translation>OpenSSL konnte keinen zufälligen IV erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL could not hash the session.</source>
        <translation>OpenSSL konnte die Sitzung nicht hashen.</translation>
    </message>
</context>
<context>
    <name>WTelegramJson</name>
    <message>
        <source>WTelegramClient session: %1 is not an object.</source>
        <translation>WTelegramClient-Sitzung: %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>WTelegramClient session: the flags of %1 are neither a number nor flag names.</source>
        <translation>WTelegramClient-Sitzung: die Flags von %1 sind weder eine Zahl noch Flag-Namen.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no DC id.</source>
        <translation>WTelegramClient-Sitzung: %1 hat keine DC-ID.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no port from 0 to 65535.</source>
        <translation>WTelegramClient-Sitzung: %1 hat keinen Port von 0 bis 65535.</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.3 or older</source>
        <translation>WTelegramClient 4.3.3 oder älter</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.4 to 4.3.14</source>
        <translation>WTelegramClient 4.3.4 bis 4.3.14</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.15 or newer</source>
        <translation>WTelegramClient 4.3.15 oder neuer</translation>
    </message>
    <message>
        <source>The decrypted WTelegramClient block is not a JSON object (%1 at character %2).</source>
        <translation>Der entschlüsselte WTelegramClient-Block ist kein JSON-Objekt (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>WTelegramClient session: MainDC is missing or not a DC id.</source>
        <translation>WTelegramClient-Sitzung: MainDC fehlt oder ist keine DC-ID.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DCSessions has the key &quot;%1&quot;, not a DC id.</source>
        <translation>WTelegramClient-Sitzung: DCSessions hat den Schlüssel „%1“, keine DC-ID.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DC session %1 is not an object.</source>
        <translation>WTelegramClient-Sitzung: DC-Sitzung %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>the DataCenter of DC session %1</source>
        <translation>das DataCenter der DC-Sitzung %1</translation>
    </message>
    <message>
        <source>WTelegramClient session: the AuthKey of DC session %1 is not 256 bytes of Base64.</source>
        <translation>WTelegramClient-Sitzung: der AuthKey der DC-Sitzung %1 sind nicht 256 Bytes Base64.</translation>
    </message>
    <message>
        <source>DcOptions[%1]</source>
        <translation>DcOptions[%1]</translation>
    </message>
    <message>
        <source>Some DC options carry an MTProxy secret or the this_port_only flag, which Feroscope does not keep; a copy written by Feroscope leaves them out (the app gets them back with its next help.getConfig).</source>
        <translation>Einige DC-Optionen tragen ein MTProxy-Secret oder das Flag this_port_only, die Feroscope nicht übernimmt; eine von Feroscope geschriebene Kopie lässt sie weg (die App bekommt sie mit ihrem nächsten help.getConfig zurück).</translation>
    </message>
    <message>
        <source>The future server salts of each DC session are not kept (the app asks for new ones when it needs them); only each DC&apos;s current salt is.</source>
        <translation>Die künftigen Server-Salts jeder DC-Sitzung werden nicht übernommen (die App fragt bei Bedarf neue an); nur das aktuelle Salt jedes DC.</translation>
    </message>
</context>
<context>
    <name>fero::gui::AboutDialog</name>
    <message>
        <source>About Feroscope</source>
        <translation>Über Feroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A session manager for Telegram client sessions: ferogram&apos;s binary files, strings and databases, and those of Telethon, Pyrogram, GramJS, mtcute, MTKruto and Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope works offline. It never writes to a session when it opens it; auth keys stay hidden until you reveal them, are never logged, and copies of secrets leave the clipboard after a while.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Sitzungsmanager für Telegram-Client-Sitzungen: ferogram-Binärdateien, -Strings und -Datenbanken sowie die von Telethon, Pyrogram, GramJS, mtcute, MTKruto und Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope arbeitet offline. Es schreibt nie in eine Sitzung, wenn es sie öffnet; Auth-Keys bleiben verborgen, bis Sie sie aufdecken, werden nie protokolliert, und Kopien von Geheimnissen verlassen die Zwischenablage nach einer Weile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>none granted yet: all rights reserved</source>
        <translation>noch keine erteilt: alle Rechte vorbehalten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinfo &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>fero::gui::ChannelPtsModel</name>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
</context>
<context>
    <name>fero::gui::CompareDialog</name>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>DC Table</source>
        <translation>DC-Tabelle</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Min Peers</source>
        <translation>Min-Peers</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Kanal-pts</translation>
    </message>
    <message>
        <source>Compare Sessions</source>
        <translation>Sitzungen vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>&amp;Unveränderte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The two sessions are identical.</source>
        <translation>Die beiden Sitzungen sind identisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fero::gui::DcTableModel</name>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>TCPO</source>
        <translation>TCPO</translation>
    </message>
    <message>
        <source>unknown bits 0x%1</source>
        <translation>unbekannte Bits 0x%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Heimat</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>The MTProto auth_key_id: safe to share, identifies the key without revealing it.</source>
        <translation>Die MTProto-auth_key_id: unbedenklich weiterzugeben, identifiziert den Schlüssel, ohne ihn preiszugeben.</translation>
    </message>
    <message>
        <source>The account lives on this DC.</source>
        <translation>Das Konto liegt auf diesem DC.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimat</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>Autorisierungsschlüssel-ID</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Autorisierungsschlüssel</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Erstes Salt</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>Versatz (s)</translation>
    </message>
    <message>
        <source>shown below</source>
        <translation>unten angezeigt</translation>
    </message>
    <message>
        <source>The auth key is shown below the table. Hide it with Hide Key.</source>
        <translation>Der Autorisierungsschlüssel wird unter der Tabelle angezeigt. Mit „Schlüssel verbergen“ verbergen Sie ihn.</translation>
    </message>
    <message>
        <source>The auth key is hidden. Select the row and use Reveal Key to show it.</source>
        <translation>Der Autorisierungsschlüssel ist verborgen. Wählen Sie die Zeile und zeigen Sie ihn mit „Schlüssel anzeigen“ an.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DcsTab</name>
    <message>
        <source>Reveal Key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide All Keys</source>
        <translation>Alle Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Auth keys are hidden. The auth key id names a key without revealing it: compare ids, not keys. Select a row and press Reveal Key to see one key.</source>
        <translation>Autorisierungsschlüssel sind verborgen. Die Autorisierungsschlüssel-ID benennt einen Schlüssel, ohne ihn preiszugeben: Vergleichen Sie IDs, nicht Schlüssel. Wählen Sie eine Zeile und drücken Sie „Schlüssel anzeigen“, um einen Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Hide Key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the revealed auth key; the clipboard is cleared after the timeout (Ctrl+Shift+K)</source>
        <translation>Den angezeigten Autorisierungsschlüssel kopieren; die Zwischenablage wird nach Ablauf des Zeitlimits geleert (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>The auth key in hex. Anyone who has it can use the account.</source>
        <translation>Der Autorisierungsschlüssel in Hex. Wer ihn hat, kann das Konto verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Auth key of DC %1, hidden again in %n second(s) (or now with Hide Key):</source>
        <translation>
            <numerusform>Autorisierungsschlüssel von DC %1, wird in %n Sekunde wieder verborgen (oder sofort mit „Schlüssel verbergen“):</numerusform>
            <numerusform>Autorisierungsschlüssel von DC %1, wird in %n Sekunden wieder verborgen (oder sofort mit „Schlüssel verbergen“):</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the auth key of the selected DC (Ctrl+R)</source>
        <translation>Den Autorisierungsschlüssel des ausgewählten DC verbergen (Strg+R)</translation>
    </message>
    <message>
        <source>Show the auth key of the selected DC (Ctrl+R)</source>
        <translation>Den Autorisierungsschlüssel des ausgewählten DC anzeigen (Strg+R)</translation>
    </message>
</context>
<context>
    <name>fero::gui::DeleteDialog</name>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>Move to the &amp;trash (can be restored)</source>
        <translation>In den &amp;Papierkorb verschieben (wiederherstellbar)</translation>
    </message>
    <message>
        <source>Delete &amp;permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Clear the session &amp;rows only (the database file stays, as ferogram&apos;s own delete does)</source>
        <translation>Nur die Sitzungs&amp;zeilen leeren (die Datenbankdatei bleibt, wie bei ferograms eigenem Löschen)</translation>
    </message>
    <message>
        <source>Also remove the leftover files listed (backups, temporary files)</source>
        <translation>Auch die aufgeführten Restdateien entfernen (Sicherungen, temporäre Dateien)</translation>
    </message>
    <message>
        <source>These files will be moved to the trash:</source>
        <translation>Diese Dateien werden in den Papierkorb verschoben:</translation>
    </message>
    <message>
        <source>These files will be deleted permanently. This cannot be undone:</source>
        <translation>Diese Dateien werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden:</translation>
    </message>
    <message numerus="yes">
        <source>The session rows of %n database(s) will be deleted; the file(s) stay:</source>
        <translation>
            <numerusform>Die Sitzungszeilen von %n Datenbank werden gelöscht; die Datei bleibt:</numerusform>
            <numerusform>Die Sitzungszeilen von %n Datenbanken werden gelöscht; die Dateien bleiben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found beside it (kept):</source>
        <translation>Außerdem daneben gefunden (bleibt erhalten):</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Clear Rows</source>
        <translation>Zeilen &amp;leeren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) to the trash.</source>
        <translation>
            <numerusform>%n Sitzung in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Sitzungen in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) permanently.</source>
        <translation>
            <numerusform>%n Sitzung endgültig gelöscht.</numerusform>
            <numerusform>%n Sitzungen endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the session rows of %n database(s).</source>
        <translation>
            <numerusform>Die Sitzungszeilen von %n Datenbank geleert.</numerusform>
            <numerusform>Die Sitzungszeilen von %n Datenbanken geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be deleted:</source>
        <translation>Nicht alles konnte gelöscht werden:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the folder and the %n file(s) in it)</source>
        <translation>
            <numerusform>%1 (der Ordner und die %n Datei darin)</numerusform>
            <numerusform>%1 (der Ordner und die %n Dateien darin)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;In use:&lt;/b&gt; another program has %1 open (a -wal or -journal file exists). Close it first: a running client may write the session again after it is deleted, or lose what it has not saved.</source>
        <translation>&lt;b&gt;In Benutzung:&lt;/b&gt; Ein anderes Programm hat %1 geöffnet (eine -wal- oder -journal-Datei existiert). Schließen Sie es zuerst: Ein laufender Client kann die Sitzung nach dem Löschen erneut schreiben oder verlieren, was er noch nicht gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DiffModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>Autorisierungsschlüssel-ID</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Erstes Salt</translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation>Zeitversatz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Access-Hash</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>present, differs</source>
        <translation>vorhanden, abweichend</translation>
    </message>
    <message>
        <source>None in A</source>
        <translation>Nichts in A</translation>
    </message>
    <message>
        <source>None in B</source>
        <translation>Nichts in B</translation>
    </message>
    <message>
        <source>Unix time %1</source>
        <translation>Unix-Zeit %1</translation>
    </message>
</context>
<context>
    <name>fero::gui::DuplicateKeysDialog</name>
    <message>
        <source>Duplicate Keys</source>
        <translation>Doppelte Schlüssel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Keep This One, Trash the Others…</source>
        <translation>Diese &amp;behalten, die anderen in den Papierkorb…</translation>
    </message>
    <message>
        <source>Keep the selected session and move the others of its group to the trash (you confirm the list first)</source>
        <translation>Die gewählte Sitzung behalten und die anderen ihrer Gruppe in den Papierkorb verschieben (Sie bestätigen die Liste vorher)</translation>
    </message>
    <message>
        <source>&amp;Show in Library</source>
        <translation>In der Bibliothek &amp;zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share key %1</source>
        <translation>
            <numerusform>%n Sitzung teilt Schlüssel %1</numerusform>
            <numerusform>%n Sitzungen teilen Schlüssel %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share %1 keys</source>
        <translation>
            <numerusform>%n Sitzung teilt %1 Schlüssel</numerusform>
            <numerusform>%n Sitzungen teilen %1 Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth key ids: %1</source>
        <translation>Schlüssel-IDs: %1</translation>
    </message>
    <message>
        <source>not stored in a file</source>
        <translation>nicht in einer Datei gespeichert</translation>
    </message>
    <message>
        <source>No two sessions in the library share an auth key.</source>
        <translation>Keine zwei Sitzungen der Bibliothek teilen einen Auth-Key.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of sessions share auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</source>
        <translation>
            <numerusform>%n Gruppe von Sitzungen teilt Auth-Keys. Telegram meldet jede Kopie ab, wenn ein Schlüssel an zwei Orten benutzt wird: Behalten Sie aus jeder Gruppe eine Sitzung.</numerusform>
            <numerusform>%n Gruppen von Sitzungen teilen Auth-Keys. Telegram meldet jede Kopie ab, wenn ein Schlüssel an zwei Orten benutzt wird: Behalten Sie aus jeder Gruppe eine Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not stored in a file (remove it from the library instead)</source>
        <translation>%1: nicht in einer Datei gespeichert (entfernen Sie sie stattdessen aus der Bibliothek)</translation>
    </message>
    <message>
        <source>%1: the same source as the session kept</source>
        <translation>%1: dieselbe Quelle wie die behaltene Sitzung</translation>
    </message>
    <message>
        <source>%1: its source holds other accounts too, which would go with it</source>
        <translation>%1: ihre Quelle enthält auch andere Konten, die mit ihr verschwänden</translation>
    </message>
    <message>
        <source>Not offered for the trash: %1.</source>
        <translation>Nicht für den Papierkorb angeboten: %1.</translation>
    </message>
</context>
<context>
    <name>fero::gui::ExportDialog</name>
    <message>
        <source>Export Sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n session(s) into one folder: %1</source>
        <translation>
            <numerusform>%n Sitzung in einen Ordner exportieren: %1</numerusform>
            <numerusform>%n Sitzungen in einen Ordner exportieren: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 to another format or version.</source>
        <translation>%1 in ein anderes Format oder eine andere Version exportieren.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>each session&apos;s own user id</source>
        <translation>die eigene Benutzer-ID jeder Sitzung</translation>
    </message>
    <message>
        <source>unknown: it will be written as 0</source>
        <translation>unbekannt: Es wird 0 geschrieben</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save to a &amp;file:</source>
        <translation>In eine &amp;Datei speichern:</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the &amp;clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>In die &amp;Zwischenablage kopieren (wird nach %n Sekunde geleert)</numerusform>
            <numerusform>In die &amp;Zwischenablage kopieren (wird nach %n Sekunden geleert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>Vorhandene Dateien e&amp;rsetzen</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>Datei e&amp;rsetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>v%1 (opens with %2)</source>
        <translation>v%1 (öffnet mit %2)</translation>
    </message>
    <message>
        <source>-converted</source>
        <translation>-konvertiert</translation>
    </message>
    <message>
        <source>The user id must be a whole number.</source>
        <translation>Die Benutzer-ID muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Wählen Sie, wohin die Sitzung geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the file if it exists&quot; or choose another name.</source>
        <translation>%1 existiert bereits. Kreuzen Sie &quot;Datei ersetzen, falls vorhanden&quot; an oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Nothing is lost: the target keeps everything the session holds.</source>
        <translation>Nichts geht verloren: Das Ziel behält alles, was die Sitzung enthält.</translation>
    </message>
    <message>
        <source>The target cannot hold:</source>
        <translation>Das Ziel kann Folgendes nicht aufnehmen:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tick the confirmation: this export loses data.</source>
        <translation>Bestätigen Sie per Häkchen: Bei diesem Export gehen Daten verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 in die Zwischenablage kopiert; sie wird in %n Sekunde geleert.</numerusform>
            <numerusform>%1 in die Zwischenablage kopiert; sie wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) into %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 geschrieben.</numerusform>
            <numerusform>%n Sitzungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions were not written:</source>
        <translation>Einige Sitzungen wurden nicht geschrieben:</translation>
    </message>
    <message>
        <source>Compact, Pyrogram and mtcute strings, Pyrogram databases and tdata store the account&apos;s user id. Leave empty to use the one the session carries.</source>
        <translation>Kompakte, Pyrogram- und mtcute-Strings, Pyrogram-Datenbanken und tdata speichern die Benutzer-ID des Kontos. Leer lassen, um die der Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>from my.telegram.org; or tick the old layout below</source>
        <translation>von my.telegram.org; oder unten das alte Layout ankreuzen</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s string stores the api_id of the app that logged in. Feroscope never invents one.</source>
        <translation>Der Pyrogram-String speichert die api_id der App, mit der angemeldet wurde. Feroscope erfindet nie eine.</translation>
    </message>
    <message>
        <source>&amp;API id:</source>
        <translation>&amp;API-ID:</translation>
    </message>
    <message>
        <source>as the session says</source>
        <translation>wie in der Sitzung angegeben</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>Produktionsserver</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>none: Telegram Desktop opens it without asking</source>
        <translation>keiner: Telegram Desktop öffnet es ohne Nachfrage</translation>
    </message>
    <message>
        <source>The local passcode the new tdata folder gets.</source>
        <translation>Der lokale Passcode, den der neue tdata-Ordner erhält.</translation>
    </message>
    <message>
        <source>Local &amp;passcode:</source>
        <translation>Lokaler &amp;Passcode:</translation>
    </message>
    <message>
        <source>The api id must be a whole number.</source>
        <translation>Die API-ID muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>refuse: I will clean the session first</source>
        <translation>ablehnen: Ich bereinige die Sitzung zuerst</translation>
    </message>
    <message>
        <source>keep the first of each</source>
        <translation>jeweils den ersten behalten</translation>
    </message>
    <message>
        <source>keep the last of each</source>
        <translation>jeweils den letzten behalten</translation>
    </message>
    <message>
        <source>The target cannot hold two entries with the same key. The entries not kept are listed below as losses.</source>
        <translation>Das Ziel kann keine zwei Einträge mit demselben Schlüssel aufnehmen. Die nicht behaltenen Einträge werden unten als Verluste aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>D&amp;uplikate:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;old 64-bit layout</source>
        <translation>Das &amp;alte 64-Bit-Layout verwenden</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s old 64-bit string layout needs no api id; Pyrogram 1.x and 2.x read it.</source>
        <translation>Das alte 64-Bit-Layout von Pyrogram-Strings braucht keine API-ID; Pyrogram 1.x und 2.x lesen es.</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>In den Ordner:</translation>
    </message>
    <message>
        <source>required: this format cannot do without it</source>
        <translation>erforderlich: dieses Format kommt nicht ohne sie aus</translation>
    </message>
    <message>
        <source>Save as a &amp;folder:</source>
        <translation>Als &amp;Ordner speichern:</translation>
    </message>
    <message>
        <source>&amp;Replace the folder if it exists</source>
        <translation>Ordner e&amp;rsetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder name.</source>
        <translation>%1 ist eine Datei; wählen Sie einen Ordnernamen.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the folder if it exists&quot; or choose another name.</source>
        <translation>%1 existiert bereits. Haken Sie „Ordner ersetzen, falls vorhanden“ an oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, &amp;lose the %n item(s) listed above</source>
        <translation>
            <numerusform>Ja, den oben genannten %n Eintrag ver&amp;lieren</numerusform>
            <numerusform>Ja, die oben genannten %n Einträge ver&amp;lieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Where to Create the %1</source>
        <translation>Ort für %1 wählen</translation>
    </message>
    <message>
        <source>The same passcode again, to catch a typo.</source>
        <translation>Derselbe Passcode noch einmal, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>Type the passcode again in &quot;Repeat passcode&quot;.</source>
        <translation>Geben Sie den Passcode unter „Passcode wiederholen“ noch einmal ein.</translation>
    </message>
    <message>
        <source>The two passcodes differ: type them again.</source>
        <translation>Die beiden Passcodes unterscheiden sich: bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Repea&amp;t passcode:</source>
        <translation>Passcode &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>fero::gui::FindBar</name>
    <message>
        <source>Find in JSON…</source>
        <translation>In JSON suchen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fero::gui::HelpWindow</name>
    <message>
        <source>Feroscope Help</source>
        <translation>Feroscope-Hilfe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope shows what is inside a Telegram client session and converts it between libraries and versions. It never writes to a session when it opens it.&lt;/p&gt;&lt;h3&gt;Open sessions&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Open Session…&lt;/b&gt; for a file or a SQLite database, &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; for a folder of sessions (Telegram Desktop&apos;s tdata and GramJS stores are folders too), or paste a string session with &lt;b&gt;Ctrl+V&lt;/b&gt;. You can also drop files and folders onto the window. Everything you open is listed in the library on the left; icons after a name flag a risk (point at one for details).&lt;/p&gt;&lt;h3&gt;Look inside&lt;/h3&gt;&lt;p&gt;Select a session to see it in the tabs: &lt;b&gt;Overview&lt;/b&gt; (format, where it opens, health), &lt;b&gt;DCs&lt;/b&gt; (the data centres and their auth key ids; a key is shown only when you reveal it), &lt;b&gt;Updates&lt;/b&gt; (the update counters), &lt;b&gt;Peers&lt;/b&gt; and &lt;b&gt;Min Peers&lt;/b&gt; (the peer cache, searchable and sortable) and &lt;b&gt;Raw JSON&lt;/b&gt; (the whole session, keys masked).&lt;/p&gt;&lt;h3&gt;Export and convert&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Session ▸ Export / Convert…&lt;/b&gt; writes the session as another format or version, to a file, a database or a string. Before anything is written it lists what the target cannot hold; you export only after agreeing to lose that. Files are written owner-only (0600) and atomically.&lt;/p&gt;&lt;h3&gt;Secrets&lt;/h3&gt;&lt;p&gt;Whoever holds an auth key holds the account. Keys are hidden until you reveal one, are hidden again after a minute, and a copied key or string leaves the clipboard after a timeout.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; does the same from scripts: run &lt;code&gt;feroscope-cli --help&lt;/code&gt; for its commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope zeigt, was in einer Telegram-Client-Sitzung steckt, und konvertiert sie zwischen Bibliotheken und Versionen. Es schreibt nie in eine Sitzung, wenn es sie öffnet.&lt;/p&gt;&lt;h3&gt;Sitzungen öffnen&lt;/h3&gt;&lt;p&gt;Verwenden Sie &lt;b&gt;Datei ▸ Sitzung öffnen…&lt;/b&gt; für eine Datei oder eine SQLite-Datenbank, &lt;b&gt;Datei ▸ Ordner öffnen…&lt;/b&gt; für einen Ordner mit Sitzungen (tdata von Telegram Desktop und GramJS-Speicher sind ebenfalls Ordner), oder fügen Sie eine String-Sitzung mit &lt;b&gt;Strg+V&lt;/b&gt; ein. Sie können Dateien und Ordner auch auf das Fenster ziehen. Alles Geöffnete steht in der Bibliothek links; Symbole hinter einem Namen markieren ein Risiko (zeigen Sie darauf für Details).&lt;/p&gt;&lt;h3&gt;Hineinschauen&lt;/h3&gt;&lt;p&gt;Wählen Sie eine Sitzung, um sie in den Reitern zu sehen: &lt;b&gt;Übersicht&lt;/b&gt; (Format, wo sie sich öffnet, Zustand), &lt;b&gt;DCs&lt;/b&gt; (die Rechenzentren und die IDs ihrer Auth-Keys; ein Schlüssel wird nur gezeigt, wenn Sie ihn aufdecken), &lt;b&gt;Updates&lt;/b&gt; (die Update-Zähler), &lt;b&gt;Peers&lt;/b&gt; und &lt;b&gt;Min-Peers&lt;/b&gt; (der Peer-Cache, durchsuchbar und sortierbar) und &lt;b&gt;Roh-JSON&lt;/b&gt; (die ganze Sitzung, Schlüssel maskiert).&lt;/p&gt;&lt;h3&gt;Exportieren und konvertieren&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sitzung ▸ Exportieren / Konvertieren…&lt;/b&gt; schreibt die Sitzung in einem anderen Format oder einer anderen Version, als Datei, Datenbank oder String. Bevor etwas geschrieben wird, listet es auf, was das Ziel nicht aufnehmen kann; Sie exportieren erst, wenn Sie diesem Verlust zustimmen. Dateien werden nur für Sie lesbar (0600) und atomar geschrieben.&lt;/p&gt;&lt;h3&gt;Geheimnisse&lt;/h3&gt;&lt;p&gt;Wer einen Auth-Key hat, hat das Konto. Schlüssel bleiben verborgen, bis Sie einen aufdecken, werden nach einer Minute wieder verborgen, und ein kopierter Schlüssel oder String verlässt die Zwischenablage nach einer Frist.&lt;/p&gt;&lt;h3&gt;Kommandozeile&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; kann dasselbe in Skripten: &lt;code&gt;feroscope-cli --help&lt;/code&gt; nennt seine Befehle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tastenkürzel&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryModel</name>
    <message>
        <source>The file is missing: it was moved or deleted since it was added.</source>
        <translation>Die Datei fehlt: Sie wurde seit dem Hinzufügen verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Pasted strings</source>
        <translation>Eingefügte Strings</translation>
    </message>
    <message>
        <source>Unsaved copies</source>
        <translation>Nicht gespeicherte Kopien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>wird durchsucht…</translation>
    </message>
    <message>
        <source>no sessions found</source>
        <translation>keine Sitzungen gefunden</translation>
    </message>
    <message>
        <source>This folder is missing: it was moved or deleted.</source>
        <translation>Dieser Ordner fehlt: Er wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Sessions found in %1</source>
        <translation>In %1 gefundene Sitzungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session stored as a folder (%2)</source>
        <translation>%1: eine als Ordner gespeicherte Sitzung (%2)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>The home DC: the data center the account lives on</source>
        <translation>Der Heimat-DC: das Rechenzentrum, auf dem das Konto liegt</translation>
    </message>
    <message>
        <source>The auth key id of the home DC&apos;s key: safe to share; the same id in two sessions means one key in two places</source>
        <translation>Die Autorisierungsschlüssel-ID des Schlüssels des Heimat-DC: unbedenklich weiterzugeben; dieselbe ID in zwei Sitzungen bedeutet einen Schlüssel an zwei Orten</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Right-click a column header to show or hide columns (size, modified, flags as text).</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Spaltenkopf, um Spalten ein- oder auszublenden (Größe, Geändert, Flags als Text).</translation>
    </message>
    <message>
        <source>The session&apos;s size on disk (with its -wal, or a folder&apos;s files)</source>
        <translation>Die Größe der Sitzung auf dem Datenträger (mit ihrer -wal-Datei bzw. den Dateien eines Ordners)</translation>
    </message>
    <message>
        <source>When the session last changed on disk</source>
        <translation>Wann die Sitzung zuletzt auf dem Datenträger geändert wurde</translation>
    </message>
    <message>
        <source>passcode needed</source>
        <translation>Passcode nötig</translation>
    </message>
    <message>
        <source>Protected by a local passcode: select it and choose Enter Passcode… to see its accounts.</source>
        <translation>Durch einen lokalen Passcode geschützt: Wählen Sie den Eintrag aus und dann „Passcode eingeben…“, um seine Konten zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account index %1</source>
        <translation>Konto-Index %1</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <source>%1 (not supported)</source>
        <translation>%1 (nicht unterstützt)</translation>
    </message>
    <message>
        <source>The %1 is no longer in %2.</source>
        <translation>%1 ist nicht mehr in %2 enthalten.</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryPane</name>
    <message>
        <source>ferogram SQLite v8</source>
        <translation>ferogram-SQLite v8</translation>
    </message>
    <message>
        <source>readable by others, in use</source>
        <translation>für andere lesbar, in Benutzung</translation>
    </message>
    <message>
        <source>Filter by name, format, key id, user id or path</source>
        <translation>Nach Name, Format, Schlüssel-ID, Benutzer-ID oder Pfad filtern</translation>
    </message>
    <message>
        <source>Shows the sessions whose name, format, auth key id, user id or path contain every word typed here. Esc clears it.</source>
        <translation>Zeigt die Sitzungen, deren Name, Format, Auth-Key-ID, Benutzer-ID oder Pfad jedes hier eingegebene Wort enthält. Esc leert das Feld.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>fero::gui::MainWindow</name>
    <message>
        <source>&amp;Export / Convert…</source>
        <translation>&amp;Exportieren / Konvertieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Remove Selected &amp;Peers</source>
        <translation>Ausgewählte &amp;Peers entfernen</translation>
    </message>
    <message>
        <source>Prune All &amp;Min Peers</source>
        <translation>Alle &amp;Min-Peers entfernen</translation>
    </message>
    <message>
        <source>Clear &amp;Channel pts</source>
        <translation>&amp;Kanal-pts leeren</translation>
    </message>
    <message>
        <source>Copy &amp;Report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Feroscope</source>
        <translation>Feroscope</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 neu geladen: Die Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add session files or databases to the library</source>
        <translation>Sitzungsdateien oder Datenbanken zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Read the selected session or folder again</source>
        <translation>Die ausgewählte Sitzung oder den Ordner erneut lesen</translation>
    </message>
    <message>
        <source>Remove from &amp;Library</source>
        <translation>Aus der Bibliothe&amp;k entfernen</translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay where they are)</source>
        <translation>Die ausgewählten Einträge vergessen (die Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, clipboard timeout, your ferogram release</source>
        <translation>Sprache, Zeitlimit der Zwischenablage, Ihre ferogram-Version</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Feroscope</source>
        <translation>Feroscope beenden</translation>
    </message>
    <message>
        <source>&amp;About Feroscope</source>
        <translation>Ü&amp;ber Feroscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Die verwendete Qt-Version</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Registerkarte %1 anzeigen</translation>
    </message>
    <message>
        <source>Not available in this build yet</source>
        <translation>In diesem Build noch nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Clean &amp;Peer Cache</source>
        <translation>&amp;Peer-Cache bereinigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop scanning folders (Esc)</source>
        <translation>Durchsuchen der Ordner abbrechen (Esc)</translation>
    </message>
    <message>
        <source>demo.session</source>
        <translation>demo.session</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 cancelled: %n session(s) found so far.</source>
        <translation>
            <numerusform>Durchsuchen von %1 abgebrochen: bisher %n Sitzung gefunden.</numerusform>
            <numerusform>Durchsuchen von %1 abgebrochen: bisher %n Sitzungen gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found, %2 could not be read.</source>
        <translation>
            <numerusform>%1: %n Sitzung gefunden, %2 nicht lesbar.</numerusform>
            <numerusform>%1: %n Sitzungen gefunden, %2 nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found.</source>
        <translation>
            <numerusform>%1: %n Sitzung gefunden.</numerusform>
            <numerusform>%1: %n Sitzungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted string %1</source>
        <translation>Eingefügter String %1</translation>
    </message>
    <message>
        <source>%1 — Feroscope</source>
        <translation>%1 — Feroscope</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the library</source>
        <translation>
            <numerusform>%n Sitzung in der Bibliothek</numerusform>
            <numerusform>%n Sitzungen in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning %p%</source>
        <translation>Durchsuche %p%</translation>
    </message>
    <message>
        <source>Open Sessions</source>
        <translation>Sitzungen öffnen</translation>
    </message>
    <message>
        <source>Sessions (*.session *.sqlite *.db *.txt *.string);;All files (*)</source>
        <translation>Sitzungen (*.session *.sqlite *.db *.txt *.string);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Folder of Sessions</source>
        <translation>Ordner mit Sitzungen öffnen</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 neu geladen.</translation>
    </message>
    <message>
        <source>The dropped text is not a string session: %1</source>
        <translation>Der abgelegte Text ist kein Sitzungs-String: %1</translation>
    </message>
    <message>
        <source>Telegram Desktop Passcode</source>
        <translation>Telegram-Desktop-Passcode</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode. Enter it to open the accounts (it is kept in memory only).</source>
        <translation>%1 ist durch einen lokalen Passcode geschützt. Geben Sie ihn ein, um die Konten zu öffnen (er wird nur im Speicher gehalten).</translation>
    </message>
    <message>
        <source>Add every session found in a folder, or a Telegram Desktop tdata or GramJS store folder</source>
        <translation>Alle Sitzungen eines Ordners hinzufügen, oder einen tdata-Ordner von Telegram Desktop oder einen GramJS-Store-Ordner</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>Aus der Zwischenablage ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Check the string session on the clipboard: its format, and what else it could be</source>
        <translation>Den Sitzungs-String in der Zwischenablage prüfen: sein Format und was er sonst sein könnte</translation>
    </message>
    <message>
        <source>Type or paste a string session of any library into a masked box</source>
        <translation>Einen Sitzungs-String einer beliebigen Bibliothek in ein maskiertes Feld tippen oder einfügen</translation>
    </message>
    <message>
        <source>Opened the pasted string: %1 It is kept in memory only.</source>
        <translation>Der eingefügte String wurde geöffnet: %1 Er wird nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Wrong passcode: it does not open %1. Try again.</source>
        <translation>Falscher Passcode: Er öffnet %1 nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a string session first, or use File ▸ Paste String… (Ctrl+Shift+V) to type one.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst einen Sitzungs-String oder tippen Sie einen über Datei ▸ String einfügen… (Strg+Umschalt+V) ein.</translation>
    </message>
    <message>
        <source>Remove Selected M&amp;in Peers</source>
        <translation>Ausgewählte M&amp;in-Peers entfernen</translation>
    </message>
    <message>
        <source>Write the selected sessions in another format or version, or copy one as a string</source>
        <translation>Die ausgewählten Sitzungen in einem anderen Format oder einer anderen Version schreiben oder eine davon als String kopieren</translation>
    </message>
    <message>
        <source>Copy the session as a string of its own library; the clipboard is cleared after the timeout</source>
        <translation>Die Sitzung als String ihrer eigenen Bibliothek kopieren; die Zwischenablage wird nach Ablauf des Zeitlimits geleert</translation>
    </message>
    <message>
        <source>Move the selected session files to the trash, or delete them permanently</source>
        <translation>Die ausgewählten Sitzungsdateien in den Papierkorb verschieben oder endgültig löschen</translation>
    </message>
    <message>
        <source>Compare two sessions: DCs, counters and the peer cache side by side</source>
        <translation>Zwei Sitzungen vergleichen: DCs, Zähler und Peer-Cache nebeneinander</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the peers selected in the Peers tab</source>
        <translation>Eine nicht gespeicherte Kopie ohne die auf der Registerkarte „Peers“ ausgewählten Peers erstellen</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the min peers selected in the Min Peers tab</source>
        <translation>Eine nicht gespeicherte Kopie ohne die auf der Registerkarte „Min-Peers“ ausgewählten Min-Peers erstellen</translation>
    </message>
    <message>
        <source>Make an unsaved copy without any min peers</source>
        <translation>Eine nicht gespeicherte Kopie ganz ohne Min-Peers erstellen</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the per-channel pts</source>
        <translation>Eine nicht gespeicherte Kopie ohne die Kanal-pts erstellen</translation>
    </message>
    <message>
        <source>Copy a summary that is safe to paste into a bug report (no keys, no access hashes)</source>
        <translation>Eine Zusammenfassung kopieren, die sich gefahrlos in einen Fehlerbericht einfügen lässt (keine Schlüssel, keine Access-Hashes)</translation>
    </message>
    <message numerus="yes">
        <source>Copied a secret: the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Ein Geheimnis wurde kopiert: Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Ein Geheimnis wurde kopiert: Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected Telegram Desktop folder with its local passcode</source>
        <translation>Den ausgewählten Ordner von Telegram Desktop mit seinem lokalen Passcode öffnen</translation>
    </message>
    <message>
        <source>%1 stays locked: no passcode given.</source>
        <translation>%1 bleibt gesperrt: Es wurde kein Passcode eingegeben.</translation>
    </message>
    <message>
        <source>Opening %1 with its passcode…</source>
        <translation>%1 wird mit seinem Passcode geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Select a session in the library first</source>
        <translation>Wählen Sie zuerst eine Sitzung in der Bibliothek aus</translation>
    </message>
    <message>
        <source>Locked by a local passcode: enter it first (Enter Passcode…)</source>
        <translation>Durch einen lokalen Passcode gesperrt: Geben Sie ihn zuerst ein (Passcode eingeben…)</translation>
    </message>
    <message>
        <source>None of the selected sessions could be read: nothing to export</source>
        <translation>Keine der ausgewählten Sitzungen konnte gelesen werden: nichts zu exportieren</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to export</source>
        <translation>Diese Sitzung konnte nicht gelesen werden: nichts zu exportieren</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to copy</source>
        <translation>Diese Sitzung konnte nicht gelesen werden: nichts zu kopieren</translation>
    </message>
    <message>
        <source>None of the selected sessions is stored in a file: nothing to delete</source>
        <translation>Keine der ausgewählten Sitzungen ist in einer Datei gespeichert: nichts zu löschen</translation>
    </message>
    <message>
        <source>The file is no longer there: nothing to delete</source>
        <translation>Die Datei ist nicht mehr vorhanden: nichts zu löschen</translation>
    </message>
    <message>
        <source>The demo session has no file to delete</source>
        <translation>Die Demo-Sitzung hat keine Datei, die gelöscht werden könnte</translation>
    </message>
    <message>
        <source>A pasted string has no file to delete</source>
        <translation>Ein eingefügter String hat keine Datei, die gelöscht werden könnte</translation>
    </message>
    <message>
        <source>An unsaved copy has nothing on disk to delete</source>
        <translation>Eine nicht gespeicherte Kopie hat nichts auf dem Datenträger, das gelöscht werden könnte</translation>
    </message>
    <message>
        <source>This session has no file to delete</source>
        <translation>Diese Sitzung hat keine Datei, die gelöscht werden könnte</translation>
    </message>
    <message>
        <source>This session could not be read</source>
        <translation>Diese Sitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n edited cop(ies) not saved yet: %1.

Save the changes before quitting?</source>
        <translation>
            <numerusform>%n bearbeitete Kopie ist noch nicht gespeichert: %1.

Änderungen vor dem Beenden speichern?</numerusform>
            <numerusform>%n bearbeitete Kopien sind noch nicht gespeichert: %1.

Änderungen vor dem Beenden speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo session is missing from this build.</source>
        <translation>Die Demo-Sitzung fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Paste S&amp;tring…</source>
        <translation>S&amp;tring einfügen…</translation>
    </message>
    <message>
        <source>Opened the pasted string. It is kept in memory only.</source>
        <translation>Eingefügter String geöffnet. Er wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Copy Strin&amp;g Session</source>
        <translation>Sitzungs-Str&amp;ing kopieren</translation>
    </message>
    <message>
        <source>Enter Pass&amp;code…</source>
        <translation>&amp;Passcode eingeben…</translation>
    </message>
    <message>
        <source>Make the selected session files, and those in selected folders, readable by you only (mode 0600)</source>
        <translation>Die ausgewählten Sitzungsdateien und die in ausgewählten Ordnern nur für Sie lesbar machen (Modus 0600)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Restrict &amp;Permissions</source>
        <translation>Be&amp;rechtigungen einschränken</translation>
    </message>
    <message>
        <source>Feroscope &amp;Help</source>
        <translation>Feroscope-&amp;Hilfe</translation>
    </message>
    <message>
        <source>How to open, inspect and convert sessions, and the keyboard shortcuts</source>
        <translation>Wie man Sitzungen öffnet, untersucht und konvertiert, und die Tastenkürzel</translation>
    </message>
    <message>
        <source>Version, licence and the libraries Feroscope runs with</source>
        <translation>Version, Lizenz und die Bibliotheken, mit denen Feroscope läuft</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n remembered folder(s): %1</source>
        <translation>
            <numerusform>%n gemerkter Ordner wieder geöffnet: %1</numerusform>
            <numerusform>%n gemerkte Ordner wieder geöffnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search where you are: the Peers or Min Peers search or the Raw JSON find bar when they have focus, else the library&apos;s filter</source>
        <translation>Sucht dort, wo Sie sind: in der Suche von Peers oder Min-Peers oder der Suchleiste des Roh-JSON, wenn sie den Fokus haben, sonst im Filter der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last removal from the library or peer-cache cleaning</source>
        <translation>Das letzte Entfernen aus der Bibliothek oder Bereinigen des Peer-Caches zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Erneut ausführen, was Rückgängig zurückgenommen hat</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 Undo with %2.</source>
        <translation>%1 Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>WTelegramClient Session Key</source>
        <translation>WTelegramClient-Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>%1 is encrypted with the app&apos;s api_hash or its session_key. Enter that key (hex digits) to open it (it is kept in memory only).</source>
        <translation>%1 ist mit dem api_hash oder dem session_key der App verschlüsselt. Geben Sie diesen Schlüssel (Hex-Ziffern) ein, um sie zu öffnen (er bleibt nur im Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>Duplicate &amp;Keys…</source>
        <translation>Doppelte &amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Sessions in the library that share an auth key, and a way to keep one of each</source>
        <translation>Sitzungen der Bibliothek, die einen Auth-Key teilen, und wie man je eine behält</translation>
    </message>
    <message>
        <source>Re&amp;scan Folders</source>
        <translation>Ordner neu &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Read every file of the library&apos;s folders again, not only those that changed since the last scan</source>
        <translation>Jede Datei der Ordner der Bibliothek erneut lesen, nicht nur die seit der letzten Durchsuchung geänderten</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeerTableModel</name>
    <message>
        <source>not cached</source>
        <translation>nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>Double-click to show this peer in the Peers tab.</source>
        <translation>Doppelklicken, um diesen Peer auf der Registerkarte „Peers“ anzuzeigen.</translation>
    </message>
    <message>
        <source>The peer cache holds no peer with this id.</source>
        <translation>Der Peer-Cache enthält keinen Peer mit dieser ID.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Seen in peer id</source>
        <translation>Gesehen in Peer-ID</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Peer in cache</source>
        <translation>Peer im Cache</translation>
    </message>
    <message>
        <source>User in cache</source>
        <translation>Benutzer im Cache</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeersTab</name>
    <message>
        <source>No min peers stored. Min peers are users the client saw only inside a message (&quot;min&quot; users).</source>
        <translation>Keine Min-Peers gespeichert. Min-Peers sind Benutzer, die der Client nur innerhalb einer Nachricht gesehen hat („min“-Benutzer).</translation>
    </message>
    <message>
        <source>%1 min-user contexts: the user was seen in message &quot;Message id&quot; of &quot;Seen in peer id&quot;. Double-click a row to jump to the cached peer.</source>
        <translation>%1 Min-Benutzer-Kontexte: Der Benutzer wurde in Nachricht „Nachrichten-ID“ von „Gesehen in Peer-ID“ gesehen. Doppelklicken Sie auf eine Zeile, um zum zwischengespeicherten Peer zu springen.</translation>
    </message>
    <message>
        <source>Search user, peer or message id (digits)…</source>
        <translation>Benutzer-, Peer- oder Nachrichten-ID suchen (Ziffern)…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>fero::gui::OverviewTab</name>
    <message>
        <source>&lt;h3&gt;No session selected&lt;/h3&gt;&lt;p&gt;Pick a session in the library on the left to see what is inside it.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;File ▸ Open Session…&lt;/b&gt; (Ctrl+O), &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; (Ctrl+Shift+O), drop files or folders onto this window, or copy a string session and press &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Feroscope never writes to a session when it opens it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Sitzung ausgewählt&lt;/h3&gt;&lt;p&gt;Wählen Sie links in der Bibliothek eine Sitzung, um zu sehen, was darin steckt.&lt;/p&gt;&lt;p&gt;Zum Hinzufügen: &lt;b&gt;Datei ▸ Sitzung öffnen…&lt;/b&gt; (Strg+O), &lt;b&gt;Datei ▸ Ordner öffnen…&lt;/b&gt; (Strg+Umschalt+O), Dateien oder Ordner auf dieses Fenster ziehen oder einen Sitzungs-String kopieren und &lt;b&gt;Strg+V&lt;/b&gt; drücken.&lt;/p&gt;&lt;p&gt;Feroscope schreibt nie in eine Sitzung, wenn es sie öffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Opens in:</source>
        <translation>Öffnet in:</translation>
    </message>
    <message>
        <source>Home DC:</source>
        <translation>Heimat-DC:</translation>
    </message>
    <message>
        <source>Home auth key id:</source>
        <translation>Autorisierungsschlüssel-ID (Heimat):</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>DC entries:</source>
        <translation>DC-Einträge:</translation>
    </message>
    <message>
        <source>Cached peers:</source>
        <translation>Zwischengespeicherte Peers:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>Nach Art:</translation>
    </message>
    <message>
        <source>Min peers:</source>
        <translation>Min-Peers:</translation>
    </message>
    <message>
        <source>Channel pts:</source>
        <translation>Kanal-pts:</translation>
    </message>
    <message>
        <source>Future auth token:</source>
        <translation>Future-Auth-Token:</translation>
    </message>
    <message>
        <source>Size as binary file:</source>
        <translation>Größe als Binärdatei:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>none: this session is not logged in on its home DC</source>
        <translation>keine: Diese Sitzung ist auf ihrem Heimat-DC nicht angemeldet</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>in diesem Format nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2 with an auth key)</source>
        <translation>%1 (%2 mit Autorisierungsschlüssel)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>present, empty</source>
        <translation>vorhanden, leer</translation>
    </message>
    <message>
        <source>present (hidden; see Raw to reveal)</source>
        <translation>vorhanden (verborgen; unter „Roh-JSON“ anzeigen)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>a pasted string (kept in memory only, never saved)</source>
        <translation>ein eingefügter String (nur im Speicher, nie gespeichert)</translation>
    </message>
    <message>
        <source>the demo session bundled with Feroscope (random keys, not a real account)</source>
        <translation>die mit Feroscope gelieferte Demo-Sitzung (Zufallsschlüssel, kein echtes Konto)</translation>
    </message>
    <message>
        <source>an unsaved copy</source>
        <translation>eine nicht gespeicherte Kopie</translation>
    </message>
    <message>
        <source>an unsaved copy of %1</source>
        <translation>eine nicht gespeicherte Kopie von %1</translation>
    </message>
    <message>
        <source>%1 — other users can read it; use Restrict permissions</source>
        <translation>%1 — andere Benutzer können sie lesen; verwenden Sie „Berechtigungen einschränken“</translation>
    </message>
    <message>
        <source>%1 — only you can read it</source>
        <translation>%1 — nur Sie können sie lesen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>API id:</source>
        <translation>API-ID:</translation>
    </message>
    <message>
        <source>Takeout id:</source>
        <translation>Takeout-ID:</translation>
    </message>
    <message>
        <source>Media DC:</source>
        <translation>Medien-DC:</translation>
    </message>
    <message>
        <source>Self user:</source>
        <translation>Eigener Benutzer:</translation>
    </message>
    <message>
        <source>0 (unknown)</source>
        <translation>0 (unbekannt)</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>Produktionsserver</translation>
    </message>
    <message>
        <source>DC %1 (%2)</source>
        <translation>DC %1 (%2)</translation>
    </message>
    <message>
        <source>none stored (the main DC serves media)</source>
        <translation>keiner gespeichert (der Haupt-DC liefert die Medien)</translation>
    </message>
    <message>
        <source>stored (user id %1%2)</source>
        <translation>gespeichert (Benutzer-ID %1%2)</translation>
    </message>
    <message>
        <source>, bot</source>
        <translation>, Bot</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broadcast channel(s)</source>
        <translation>
            <numerusform>%Ln Broadcast-Kanal</numerusform>
            <numerusform>%Ln Broadcast-Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln megagroup(s)</source>
        <translation>
            <numerusform>%Ln Megagruppe</numerusform>
            <numerusform>%Ln Megagruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gigagroup(s)</source>
        <translation>
            <numerusform>%Ln Gigagruppe</numerusform>
            <numerusform>%Ln Gigagruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s) without kind</source>
        <translation>
            <numerusform>%Ln Kanal ohne Art</numerusform>
            <numerusform>%Ln Kanäle ohne Art</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min channel(s)</source>
        <translation>
            <numerusform>%Ln Min-Kanal</numerusform>
            <numerusform>%Ln Min-Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communit(y/ies)</source>
        <translation>
            <numerusform>%Ln Community</numerusform>
            <numerusform>%Ln Communities</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enter Passcode…</source>
        <translation>Passcode eingeben…</translation>
    </message>
    <message>
        <source>Type the local passcode to read the accounts (kept in memory only)</source>
        <translation>Den lokalen Passcode eingeben, um die Konten zu lesen (wird nur im Speicher gehalten)</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode.

Its accounts, keys and peers are read once you enter it. Feroscope keeps the passcode in memory only, for as long as the folder is in the library, and never saves it.</source>
        <translation>%1 ist durch einen lokalen Passcode geschützt.

Die Konten, Schlüssel und Peers darin werden gelesen, sobald Sie den Passcode eingeben. Feroscope hält ihn nur im Speicher, solange der Ordner in der Bibliothek ist, und speichert ihn nie.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Restrict Permissions…</source>
        <translation>Berechtigungen einschränken…</translation>
    </message>
    <message>
        <source>Make the selected sessions readable by you only (mode 0600)</source>
        <translation>Die ausgewählten Sitzungen nur für Sie lesbar machen (Modus 0600)</translation>
    </message>
    <message>
        <source>Restrict the Whole Folder…</source>
        <translation>Den ganzen Ordner einschränken…</translation>
    </message>
    <message>
        <source>Make every session found in this folder readable by you only</source>
        <translation>Jede in diesem Ordner gefundene Sitzung nur für Sie lesbar machen</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>It was moved, renamed or deleted since it was added. Remove it from the library or put the file back; Feroscope notices when it returns (View ▸ Reload, F5).</source>
        <translation>Sie wurde seit dem Hinzufügen verschoben, umbenannt oder gelöscht. Entfernen Sie sie aus der Bibliothek oder legen Sie die Datei zurück; Feroscope bemerkt, wenn sie wieder da ist (Ansicht ▸ Neu laden, F5).</translation>
    </message>
    <message>
        <source>This entry cannot be read.</source>
        <translation>Dieser Eintrag kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fero::gui::PasteDialog</name>
    <message>
        <source>Paste String Session</source>
        <translation>Sitzungs-String einfügen</translation>
    </message>
    <message>
        <source>Paste a string session here (Ctrl+V)</source>
        <translation>Fügen Sie hier einen Sitzungs-String ein (Strg+V)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>A string session logs in whoever holds it. Feroscope keeps it in memory only: it is not saved, not remembered and not shown.</source>
        <translation>Ein Sitzungs-String meldet jeden an, der ihn besitzt. Feroscope hält ihn nur im Speicher: Er wird nicht gespeichert, nicht gemerkt und nicht angezeigt.</translation>
    </message>
    <message>
        <source>String session:</source>
        <translation>Sitzungs-String:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Other readings that were tried, and why they were rejected, appear here.</source>
        <translation>Andere versuchte Lesarten und warum sie verworfen wurden, erscheinen hier.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>nothing pasted yet</source>
        <translation>noch nichts eingefügt</translation>
    </message>
    <message>
        <source>%1 (%2), as chosen.</source>
        <translation>%1 (%2), wie gewählt.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>Kein %1: %2</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Andere Lesarten</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows.</source>
        <translation>Kein Sitzungs-String, den Feroscope kennt.</translation>
    </message>
    <message>
        <source>Other readings (%1)</source>
        <translation>Andere Lesarten (%1)</translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerCacheCleaner</name>
    <message>
        <source>No min peers selected.</source>
        <translation>Keine Min-Peers ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n min peer(s).</source>
        <translation>
            <numerusform>%n Min-Peer entfernt.</numerusform>
            <numerusform>%n Min-Peers entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerTableModel</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>Kanal (Broadcast)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>Kanal (Megagruppe)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>Kanal (Gigagruppe)</translation>
    </message>
    <message>
        <source>channel (kind not stored)</source>
        <translation>Kanal (Art nicht gespeichert)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>Min-Kanal</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Access-Hash</translation>
    </message>
    <message>
        <source>Stored flags</source>
        <translation>Gespeicherte Flags</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>(min)</source>
        <translation>(min)</translation>
    </message>
</context>
<context>
    <name>fero::gui::PeersTab</name>
    <message>
        <source>Search id or access hash (digits)…</source>
        <translation>ID oder Access-Hash suchen (Ziffern)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Chats (basic groups)</source>
        <translation>Chats (einfache Gruppen)</translation>
    </message>
    <message>
        <source>Channels (all kinds)</source>
        <translation>Kanäle (alle Arten)</translation>
    </message>
    <message>
        <source>Broadcast channels</source>
        <translation>Broadcast-Kanäle</translation>
    </message>
    <message>
        <source>Megagroups</source>
        <translation>Megagruppen</translation>
    </message>
    <message>
        <source>Gigagroups</source>
        <translation>Gigagruppen</translation>
    </message>
    <message>
        <source>Channels without kind</source>
        <translation>Kanäle ohne Art</translation>
    </message>
    <message>
        <source>Min channels</source>
        <translation>Min-Kanäle</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Copy Rows as Text</source>
        <translation>Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>Copy Rows as JSON</source>
        <translation>Zeilen als JSON kopieren</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No peers cached.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A client fills this cache with the access hashes of the users, groups and channels it meets; a fresh login has none yet. Sessions of libraries that keep no peer cache (string sessions) show none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Peers zwischengespeichert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Client füllt diesen Cache mit den Access-Hashes der Benutzer, Gruppen und Kanäle, denen er begegnet; eine frische Anmeldung hat noch keine. Sitzungen von Bibliotheken, die keinen Peer-Cache führen (Sitzungs-Strings), zeigen ebenfalls keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Shows peers whose id or access hash contains these digits; Bot API ids (-100… for channels, -… for basic groups) match too</source>
        <translation>Zeigt Peers, deren ID oder Access-Hash diese Ziffern enthält; Bot-API-IDs (-100… für Kanäle, -… für einfache Gruppen) passen auch</translation>
    </message>
</context>
<context>
    <name>fero::gui::RawTab</name>
    <message>
        <source>Reveal auth keys and token</source>
        <translation>Autorisierungsschlüssel und Token anzeigen</translation>
    </message>
    <message>
        <source>Shows the secret values in this JSON. Anyone who sees them can use the account.</source>
        <translation>Zeigt die geheimen Werte in diesem JSON. Wer sie sieht, kann das Konto verwenden.</translation>
    </message>
</context>
<context>
    <name>fero::gui::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>No Recent Sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>fero::gui::SecretTextEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>fero::gui::SessionView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Üb&amp;ersicht</translation>
    </message>
    <message>
        <source>&amp;DCs</source>
        <translation>D&amp;Cs</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Updates</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>&amp;Peers</translation>
    </message>
    <message>
        <source>&amp;Min Peers</source>
        <translation>&amp;Min-Peers</translation>
    </message>
    <message>
        <source>What this session is and what looks wrong (Ctrl+1)</source>
        <translation>Was diese Sitzung ist und was nicht stimmt (Strg+1)</translation>
    </message>
    <message>
        <source>Data centres, addresses and auth key ids (Ctrl+2)</source>
        <translation>Rechenzentren, Adressen und Autorisierungsschlüssel-IDs (Strg+2)</translation>
    </message>
    <message>
        <source>Update counters and per-channel pts (Ctrl+3)</source>
        <translation>Update-Zähler und Kanal-pts (Strg+3)</translation>
    </message>
    <message>
        <source>The access-hash cache (Ctrl+4)</source>
        <translation>Der Access-Hash-Cache (Strg+4)</translation>
    </message>
    <message>
        <source>Users seen only inside messages (Ctrl+5)</source>
        <translation>Benutzer, die nur in Nachrichten gesehen wurden (Strg+5)</translation>
    </message>
    <message>
        <source>The canonical JSON (Ctrl+6)</source>
        <translation>Das kanonische JSON (Strg+6)</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;Roh-JSON</translation>
    </message>
</context>
<context>
    <name>fero::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>ferogram %1 (reads binary up to v%2)</source>
        <translation>ferogram %1 (liest Binärdateien bis v%2)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Feroscope starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Feroscope.</translation>
    </message>
    <message>
        <source>Clear copied secrets after:</source>
        <translation>Kopierte Geheimnisse löschen nach:</translation>
    </message>
    <message>
        <source>ferogram release I use:</source>
        <translation>Meine ferogram-Version:</translation>
    </message>
    <message>
        <source>Sessions newer than this release can open are flagged &quot;too new&quot; in the library: that release would set them aside as .bak and start logged out.</source>
        <translation>Sitzungen, die neuer sind, als diese Version öffnen kann, werden in der Bibliothek als „zu neu“ markiert: Diese Version würde sie als .bak beiseitelegen und abgemeldet starten.</translation>
    </message>
</context>
<context>
    <name>fero::gui::UpdatesTab</name>
    <message>
        <source>Update state</source>
        <translation>Update-Status</translation>
    </message>
    <message>
        <source>Initialised:</source>
        <translation>Initialisiert:</translation>
    </message>
    <message>
        <source>pts:</source>
        <translation>pts:</translation>
    </message>
    <message>
        <source>qts:</source>
        <translation>qts:</translation>
    </message>
    <message>
        <source>seq:</source>
        <translation>seq:</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>date:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1 (clock skew?)</source>
        <translation>in %1 (Uhr falsch gestellt?)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — pts is 0: the client will fetch the state from scratch</source>
        <translation>nein — pts ist 0: Der Client holt den Status neu</translation>
    </message>
    <message>
        <source>0 (never set)</source>
        <translation>0 (nie gesetzt)</translation>
    </message>
    <message>
        <source>%1 (%2) — Unix time %3</source>
        <translation>%1 (%2) — Unix-Zeit %3</translation>
    </message>
    <message>
        <source>No per-channel pts stored.</source>
        <translation>Keine Kanal-pts gespeichert.</translation>
    </message>
    <message>
        <source>Per-channel pts: %1 channel(s)</source>
        <translation>Kanal-pts: %1 Kanäle</translation>
    </message>
</context>
<context>
    <name>fero::gui::WindowActions</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Write the cleaned copy over its original (the previous file goes to the trash)</source>
        <translation>Die bereinigte Kopie über das Original schreiben (die vorherige Datei kommt in den Papierkorb)</translation>
    </message>
    <message>
        <source>Save Changes &amp;As…</source>
        <translation>Änderungen speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write the cleaned copy to a new file (owner-only)</source>
        <translation>Die bereinigte Kopie in eine neue Datei schreiben (nur für den Besitzer)</translation>
    </message>
    <message>
        <source>Only sessions stored in files can be deleted; remove others from the library (Del).</source>
        <translation>Nur in Dateien gespeicherte Sitzungen können gelöscht werden; entfernen Sie andere aus der Bibliothek (Entf).</translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation>%1 vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select peers in the Peers tab first.</source>
        <translation>Wählen Sie zuerst Peers auf der Registerkarte „Peers“ aus.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 (cleaned)</source>
        <translation>%1 (bereinigt)</translation>
    </message>
    <message>
        <source>%1 Unsaved: use Save Changes (Ctrl+S) or Save Changes As (Ctrl+Shift+S).</source>
        <translation>%1 Nicht gespeichert: Verwenden Sie „Änderungen speichern“ (Strg+S) oder „Änderungen speichern unter“ (Strg+Umschalt+S).</translation>
    </message>
    <message>
        <source>Include &amp;Ids in Reports</source>
        <translation>&amp;IDs in Berichte aufnehmen</translation>
    </message>
    <message>
        <source>Copy Report adds the user id and peer ids (never keys or access hashes)</source>
        <translation>„Bericht kopieren“ fügt die Benutzer-ID und die Peer-IDs hinzu (nie Schlüssel oder Access-Hashes)</translation>
    </message>
    <message>
        <source>Select min peers in the Min Peers tab first.</source>
        <translation>Wählen Sie zuerst Min-Peers auf der Registerkarte „Min-Peers“ aus.</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in this file&apos;s version v%1</source>
        <translation>der eigene String von ferogram, in der Version dieser Datei (v%1)</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in the newest version v%1 (this file&apos;s version cannot be written)</source>
        <translation>der eigene String von ferogram, in der neuesten Version v%1 (die Version dieser Datei kann nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>the format this string already is</source>
        <translation>das Format, das dieser String bereits hat</translation>
    </message>
    <message>
        <source>Copy String Session</source>
        <translation>Sitzungs-String kopieren</translation>
    </message>
    <message>
        <source>The string loses data. Copy it anyway?</source>
        <translation>Der String verliert Daten. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Copies the %1.

The string cannot hold:
%2</source>
        <translation>Kopiert wird: %1.

Der String kann Folgendes nicht aufnehmen:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Anyway</source>
        <translation>&amp;Trotzdem kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) could not be read and are left out of the export.</source>
        <translation>
            <numerusform>%n ausgewählte Sitzung konnte nicht gelesen werden und wird beim Export ausgelassen.</numerusform>
            <numerusform>%n ausgewählte Sitzungen konnten nicht gelesen werden und werden beim Export ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing copied; the clipboard is unchanged.</source>
        <translation>Nichts kopiert; die Zwischenablage ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Kopiert: %1. Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Kopiert: %1. Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
    <message>
        <source>%1 has no string of its own; ferogram&apos;s string v%2 holds the login</source>
        <translation>%1 hat keinen eigenen String; der String von ferogram v%2 enthält die Anmeldung</translation>
    </message>
    <message>
        <source>the string form of %1, the library this database belongs to</source>
        <translation>die String-Form von %1, der Bibliothek, zu der diese Datenbank gehört</translation>
    </message>
    <message>
        <source>the string form of %1, the library this store belongs to</source>
        <translation>die String-Form von %1, der Bibliothek, zu der dieser Store gehört</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, convert and clean up Telegram client sessions.</source>
        <translation>Telegram-Client-Sitzungen untersuchen, konvertieren und aufräumen.</translation>
    </message>
    <message>
        <source>Session files, databases or folders to open.</source>
        <translation>Zu öffnende Sitzungsdateien, Datenbanken oder Ordner.</translation>
    </message>
    <message>
        <source>Show tab &lt;n&gt; (1-6) of the session view.</source>
        <translation>Registerkarte &lt;n&gt; (1–6) der Sitzungsansicht anzeigen.</translation>
    </message>
    <message>
        <source>Open the Export dialog for the selected session with target &lt;format&gt; (a format id such as telethon-string).</source>
        <translation>Den Export-Dialog für die ausgewählte Sitzung mit dem Zielformat &lt;format&gt; öffnen (eine Format-ID wie telethon-string).</translation>
    </message>
    <message>
        <source>Open Paste String with the text of &lt;file&gt; in it.</source>
        <translation>Öffnet „String einfügen“ mit dem Text aus &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open Compare for the selected session and the session at &lt;path&gt;.</source>
        <translation>Vergleich der ausgewählten Sitzung mit der Sitzung unter &lt;path&gt; öffnen.</translation>
    </message>
</context>
</TS>
