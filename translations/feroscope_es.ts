<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountChoice</name>
    <message>
        <source>%1: &quot;%2&quot; is neither an account position (0 is the first) nor a native id (index:N, slot:N or name:X).</source>
        <translation>%1: «%2» no es ni una posición de cuenta (0 es la primera) ni un id propio (index:N, slot:N o name:X).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the source holds %n account(s), numbered from 0; there is no account %2.</source>
        <translation>
            <numerusform>%1: el origen contiene %n cuenta, numerada desde 0; no hay cuenta %2.</numerusform>
            <numerusform>%1: el origen contiene %n cuentas, numeradas desde 0; no hay cuenta %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is a native account id, and this source has none: give a position (0 is the first).</source>
        <translation>%1: %2 es un id propio de cuenta y este origen no tiene ninguno: indique una posición (0 es la primera).</translation>
    </message>
    <message>
        <source>%1: the source has no account %2; its accounts are %3.</source>
        <translation>%1: el origen no tiene la cuenta %2; sus cuentas son %3.</translation>
    </message>
</context>
<context>
    <name>AndroidCodec</name>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC sin clave ni dirección.</numerusform>
            <numerusform>Se descartan %n entradas de DC sin clave ni dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) are dropped: tgnet.dat keeps one permanent key per DC.</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización: tgnet.dat guarda una clave permanente por DC.</numerusform>
            <numerusform>Se descartan %n claves de autorización: tgnet.dat guarda una clave permanente por DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt (or a time offset other than the home DC&apos;s) of %n DC entry(ies) is dropped.</source>
        <translation>
            <numerusform>Se descarta la sal (o un desfase horario distinto del del DC principal) de %n entrada de DC.</numerusform>
            <numerusform>Se descarta la sal (o un desfase horario distinto del del DC principal) de %n entradas de DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n par en caché.</numerusform>
            <numerusform>Se descartan %n pares en caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot flag is unknown: the user object in userconfing.xml says &quot;not a bot&quot;.</source>
        <translation>Se desconoce el indicador de bot: el objeto de usuario de userconfing.xml dice «no es un bot».</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <source>Telegram Android keeps the account&apos;s user id in userconfing.xml.</source>
        <translation>Telegram Android guarda el id de usuario de la cuenta en userconfing.xml.</translation>
    </message>
    <message>
        <source>tgnet.dat needs an auth key for the home DC %1.</source>
        <translation>tgnet.dat necesita una clave de autorización para el DC principal %1.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android admite como máximo %1 cuentas; este origen tiene %2.</translation>
    </message>
</context>
<context>
    <name>AndroidFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a tgnet.dat.</source>
        <translation>%1 es demasiado grande para ser un tgnet.dat.</translation>
    </message>
    <message>
        <source>%1 is read instead of tgnet.dat: the app&apos;s last save did not finish, and the app itself would replace tgnet.dat with it on its next start.</source>
        <translation>Se lee %1 en lugar de tgnet.dat: el último guardado de la app no terminó, y la propia app reemplazaría tgnet.dat con él en su próximo inicio.</translation>
    </message>
    <message>
        <source>%1 is missing: the account&apos;s user id is unknown.</source>
        <translation>Falta %1: se desconoce el id de usuario de la cuenta.</translation>
    </message>
    <message>
        <source>%1 is a logged-out tgnet.dat: it holds no datacenter and no key.</source>
        <translation>%1 es un tgnet.dat sin sesión: no contiene ningún centro de datos ni clave.</translation>
    </message>
    <message>
        <source>%1 holds no files/tgnet.dat: not a Telegram Android app folder.</source>
        <translation>%1 no contiene files/tgnet.dat: no es una carpeta de la app Telegram Android.</translation>
    </message>
    <message>
        <source>Slot %1 (%2) is logged out: it holds no datacenter and no key.</source>
        <translation>La ranura %1 (%2) no tiene sesión: no contiene ningún centro de datos ni clave.</translation>
    </message>
    <message>
        <source>Every account of %1 is logged out.</source>
        <translation>Todas las cuentas de %1 están sin sesión.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android admite como máximo %1 cuentas; este origen tiene %2.</translation>
    </message>
    <message>
        <source>Telegram Android needs the user id of account %1.</source>
        <translation>Telegram Android necesita el id de usuario de la cuenta %1.</translation>
    </message>
</context>
<context>
    <name>Base64</name>
    <message>
        <source>base64 decode error: invalid character %1 at offset %2.</source>
        <translation>error de decodificación base64: carácter no válido %1 en la posición %2.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: &apos;=&apos; at offset %1 is followed by more text at offset %2.</source>
        <translation>error de decodificación base64: relleno no válido: al &apos;=&apos; de la posición %1 le sigue más texto en la posición %2.</translation>
    </message>
    <message>
        <source>base64 decode error: %1 at offset %2 is not in the URL-safe alphabet that this text otherwise uses (%3 at offset %4); a text mixing both alphabets is corrupted.</source>
        <translation>error de decodificación base64: %1 en la posición %2 no pertenece al alfabeto seguro para URL que usa el resto del texto (%3 en la posición %4); un texto que mezcla ambos alfabetos está dañado.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid input length: %1 symbols cannot be base64 (one symbol too many or too few; was the text cut off?).</source>
        <translation>error de decodificación base64: longitud de entrada no válida: %1 símbolos no pueden ser base64 (sobra o falta un símbolo; ¿se cortó el texto?).</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: %1 &apos;=&apos; after %2 symbols.</source>
        <translation>error de decodificación base64: relleno no válido: %1 &apos;=&apos; tras %2 símbolos.</translation>
    </message>
    <message>
        <source>The text contains %1 white-space characters inside it; they were ignored, but ferogram itself would reject the string.</source>
        <translation>El texto contiene %1 caracteres de espacio en blanco; se ignoraron, pero el propio ferogram rechazaría la cadena.</translation>
    </message>
    <message>
        <source>The text ends in &apos;=&apos; padding; it was accepted, but ferogram itself would reject the string (it expects base64 without padding).</source>
        <translation>El texto termina con relleno &apos;=&apos;; se aceptó, pero el propio ferogram rechazaría la cadena (espera base64 sin relleno).</translation>
    </message>
    <message>
        <source>The text uses the standard base64 alphabet (&apos;+&apos; and &apos;/&apos;); it was accepted, but ferogram itself would reject the string (it expects the URL-safe alphabet, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>El texto usa el alfabeto base64 estándar (&apos;+&apos; y &apos;/&apos;); se aceptó, pero el propio ferogram rechazaría la cadena (espera el alfabeto seguro para URL, &apos;-&apos; y &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The last base64 symbol has unused bits set; ferogram itself would reject the string.</source>
        <translation>El último símbolo base64 tiene bits sin usar activados; el propio ferogram rechazaría la cadena.</translation>
    </message>
    <message>
        <source>base64 decode error: the text is not valid base64.</source>
        <translation>error de decodificación base64: el texto no es base64 válido.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>%1: no session found in this folder</source>
        <translation>%1: no se encontró ninguna sesión en esta carpeta</translation>
    </message>
    <message>
        <source>Some inputs cannot be read; nothing was written:</source>
        <translation>Algunas entradas no se pueden leer; no se escribió nada:</translation>
    </message>
    <message>
        <source>No input to convert.</source>
        <translation>No hay ninguna entrada que convertir.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>Some inputs cannot be converted; nothing was written:</source>
        <translation>Algunas entradas no se pueden convertir; no se escribió nada:</translation>
    </message>
    <message>
        <source>%1 and %2 would both be written to %3</source>
        <translation>%1 y %2 se escribirían ambos en %3</translation>
    </message>
    <message>
        <source>%1 would be overwritten by a converted file</source>
        <translation>%1 se sobrescribiría con un archivo convertido</translation>
    </message>
    <message>
        <source>Output names collide; nothing was written:</source>
        <translation>Los nombres de salida coinciden; no se escribió nada:</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1: %2 (files written before it are kept)</source>
        <translation>%1: %2 (los archivos escritos antes se conservan)</translation>
    </message>
    <message>
        <source>allow overwriting to replace them</source>
        <translation>permita sobrescribir para reemplazarlas</translation>
    </message>
    <message>
        <source>These outputs already exist (%1); nothing was written:</source>
        <translation>Estas salidas ya existen (%1); no se escribió nada:</translation>
    </message>
    <message>
        <source>accept the loss to go ahead</source>
        <translation>acepte la pérdida para continuar</translation>
    </message>
    <message>
        <source>The conversion would lose data (%1); nothing was written:</source>
        <translation>La conversión perdería datos (%1); no se escribió nada:</translation>
    </message>
    <message>
        <source>Resuming and overwriting exclude each other.</source>
        <translation>Reanudar y sobrescribir se excluyen mutuamente.</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Cannot read the batch journal %1: %2</source>
        <translation>No se puede leer el registro del lote %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the batch journal %1: %2</source>
        <translation>No se puede escribir el registro del lote %1: %2</translation>
    </message>
    <message>
        <source>Another conversion is writing into %1 (its journal %2 is locked); wait for it to finish.</source>
        <translation>Otra conversión está escribiendo en %1 (su registro %2 está bloqueado); espere a que termine.</translation>
    </message>
    <message>
        <source>Cannot empty the batch journal %1: %2</source>
        <translation>No se puede vaciar el registro del lote %1: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>escritura incompleta</translation>
    </message>
</context>
<context>
    <name>Bbolt</name>
    <message>
        <source>a bucket&apos;s root page %1 is outside the file</source>
        <translation>la página raíz %1 de un bucket está fuera del archivo</translation>
    </message>
    <message>
        <source>page %1 is outside the file</source>
        <translation>la página %1 está fuera del archivo</translation>
    </message>
    <message>
        <source>page %1 runs past the end of the file</source>
        <translation>la página %1 sobrepasa el final del archivo</translation>
    </message>
    <message>
        <source>page %1 is reached twice (a loop in the tree)</source>
        <translation>la página %1 se alcanza dos veces (un bucle en el árbol)</translation>
    </message>
    <message>
        <source>an inline bucket is shorter than a page header</source>
        <translation>un bucket en línea es más corto que una cabecera de página</translation>
    </message>
    <message>
        <source>page %1&apos;s %2 elements do not fit it</source>
        <translation>los %2 elementos de la página %1 no caben en ella</translation>
    </message>
    <message>
        <source>page %1 is neither a branch nor a leaf (flags 0x%2)</source>
        <translation>la página %1 no es ni rama ni hoja (indicadores 0x%2)</translation>
    </message>
    <message>
        <source>element %1 of page %2 points past the page</source>
        <translation>el elemento %1 de la página %2 apunta más allá de la página</translation>
    </message>
    <message>
        <source>bucket value of element %1 of page %2 is too short</source>
        <translation>el valor de bucket del elemento %1 de la página %2 es demasiado corto</translation>
    </message>
    <message>
        <source>buckets are nested deeper than %1</source>
        <translation>los buckets están anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>Its first page is a bbolt meta page (magic 0xED0CDAED, version 2, %1-byte pages, checksum valid): a bbolt database, as tdl keeps its logins.</source>
        <translation>Su primera página es una página meta de bbolt (magic 0xED0CDAED, versión 2, páginas de %1 bytes, suma de comprobación válida): una base de datos bbolt, como las que usa tdl para sus sesiones.</translation>
    </message>
    <message>
        <source>Not a bbolt database: no valid meta page (magic 0xED0CDAED, version 2, checksum) at the start.</source>
        <translation>No es una base de datos bbolt: no hay una página meta válida (magic 0xED0CDAED, versión 2, suma de comprobación) al principio.</translation>
    </message>
    <message>
        <source>The bbolt database is cut short: %1 bytes, less than its two meta pages.</source>
        <translation>La base de datos bbolt está truncada: %1 bytes, menos que sus dos páginas meta.</translation>
    </message>
    <message>
        <source>The bbolt database is damaged: %1.</source>
        <translation>La base de datos bbolt está dañada: %1.</translation>
    </message>
</context>
<context>
    <name>BinaryFormat</name>
    <message>
        <source>the version byte</source>
        <translation>el byte de versión</translation>
    </message>
    <message>
        <source>the home DC id</source>
        <translation>el ID del DC principal</translation>
    </message>
    <message>
        <source>the DC count</source>
        <translation>el número de DC</translation>
    </message>
    <message>
        <source>the DC id of DC entry %1 of %2</source>
        <translation>el ID de DC de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the key-presence byte of DC entry %1 of %2</source>
        <translation>el byte de presencia de clave de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the auth key of DC entry %1 of %2</source>
        <translation>la clave de autorización de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the first salt of DC entry %1 of %2</source>
        <translation>la primera sal de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the time offset of DC entry %1 of %2</source>
        <translation>el desfase horario de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the address length of DC entry %1 of %2</source>
        <translation>la longitud de la dirección de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the address of DC entry %1 of %2</source>
        <translation>la dirección de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the flags of DC entry %1 of %2</source>
        <translation>los flags de la entrada de DC %1 de %2</translation>
    </message>
    <message>
        <source>the update counters (pts, qts, date, seq)</source>
        <translation>los contadores de actualizaciones (pts, qts, date, seq)</translation>
    </message>
    <message>
        <source>the channel count</source>
        <translation>el número de canales</translation>
    </message>
    <message>
        <source>channel %1 of %2</source>
        <translation>canal %1 de %2</translation>
    </message>
    <message>
        <source>the peer count</source>
        <translation>el número de peers</translation>
    </message>
    <message>
        <source>peer %1 of %2</source>
        <translation>peer %1 de %2</translation>
    </message>
    <message>
        <source>the min-peer count</source>
        <translation>el número de min peers</translation>
    </message>
    <message>
        <source>min peer %1 of %2</source>
        <translation>min peer %1 de %2</translation>
    </message>
    <message>
        <source>the token presence byte</source>
        <translation>el byte de presencia del token</translation>
    </message>
    <message>
        <source>the future auth token length</source>
        <translation>la longitud del token de autorización futuro</translation>
    </message>
    <message>
        <source>the future auth token</source>
        <translation>el token de autorización futuro</translation>
    </message>
    <message>
        <source>truncated session: needed %1 bytes for %2 at byte %3, %4 left</source>
        <translation>sesión truncada: se necesitaban %1 bytes para %2 en el byte %3, quedan %4</translation>
    </message>
    <message>
        <source>%1 DC entries have a key-presence byte other than 0 or 1 (first: DC entry %2, byte %3); ferogram reads them as having no key.</source>
        <translation>%1 entradas de DC tienen un byte de presencia de clave distinto de 0 o 1 (la primera: entrada de DC %2, byte %3); ferogram las lee como entradas sin clave.</translation>
    </message>
    <message>
        <source>%1 DC addresses are not valid UTF-8 (first: DC entry %2); the invalid bytes read as U+FFFD, as ferogram reads them, so writing this session changes those addresses.</source>
        <translation>%1 direcciones de DC no son UTF-8 válido (la primera: entrada de DC %2); los bytes no válidos se leen como U+FFFD, igual que ferogram, así que escribir esta sesión cambia esas direcciones.</translation>
    </message>
    <message>
        <source>%1 DC entries have flag bits ferogram does not define (first: DC entry %2, flags %3); they are kept as they are.</source>
        <translation>%1 entradas de DC tienen bits de flag que ferogram no define (la primera: entrada de DC %2, flags %3); se conservan tal cual.</translation>
    </message>
    <message>
        <source>%1 peers have a peer type byte above 2 (first: peer %2, byte %3); ferogram reads them as neither channel nor chat.</source>
        <translation>%1 peers tienen un byte de tipo de peer mayor que 2 (el primero: peer %2, byte %3); ferogram no los lee ni como canal ni como chat.</translation>
    </message>
    <message>
        <source>%1 peers have an unknown channel kind byte (first: peer %2, byte %3); ferogram reads it as no kind.</source>
        <translation>%1 peers tienen un byte de tipo de canal desconocido (el primero: peer %2, byte %3); ferogram lo lee como sin tipo.</translation>
    </message>
    <message>
        <source>%1 peers have a community byte above 1 (first: peer %2, byte %3); ferogram reads any value but 0 as a community.</source>
        <translation>%1 peers tienen un byte de comunidad mayor que 1 (el primero: peer %2, byte %3); ferogram lee cualquier valor distinto de 0 como comunidad.</translation>
    </message>
    <message>
        <source>The token presence byte is %1 (neither 0 nor 1); ferogram reads it as no token and ignores what follows.</source>
        <translation>El byte de presencia del token es %1 (ni 0 ni 1); ferogram lo lee como sin token e ignora lo que sigue.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the session data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>Se ignoran %1 bytes tras el final de los datos de la sesión (desde el byte %2), igual que los ignora ferogram.</translation>
    </message>
    <message>
        <source>The file looks corrupted by a writer that overflowed a count field: %1 (at byte %2) says %3, but %4 fits the data exactly. ferogram reads %3 and ignores the rest, and so does Feroscope; the rest may be the true data.</source>
        <translation>El archivo parece dañado por un programa que desbordó un campo de recuento: %1 (en el byte %2) indica %3, pero %4 encaja exactamente con los datos. ferogram lee %3 e ignora el resto, y Feroscope también; el resto podrían ser los datos reales.</translation>
    </message>
    <message>
        <source>The number of ignored bytes is a multiple of 256: the file may have been corrupted by a writer that overflowed a count field.</source>
        <translation>El número de bytes ignorados es múltiplo de 256: puede que el archivo lo haya dañado un programa que desbordó un campo de recuento.</translation>
    </message>
    <message>
        <source>binary v1 (legacy, no version byte)</source>
        <translation>binario v1 (antiguo, sin byte de versión)</translation>
    </message>
    <message>
        <source>binary v%1</source>
        <translation>binario v%1</translation>
    </message>
    <message>
        <source>empty session data</source>
        <translation>datos de sesión vacíos</translation>
    </message>
    <message>
        <source>This file also reads completely as a legacy v1 file (no version byte, home DC %1); it was read as version %2, as ferogram reads it.</source>
        <translation>Este archivo también se lee por completo como un archivo v1 antiguo (sin byte de versión, DC principal %1); se leyó como versión %2, igual que lo lee ferogram.</translation>
    </message>
    <message>
        <source>Read as a legacy v1 file (no version byte, home DC %1). ferogram takes the first byte %2 as version %3 and %4; convert the file to a current version before using it with ferogram.</source>
        <translation>Leído como archivo v1 antiguo (sin byte de versión, DC principal %1). ferogram toma el primer byte %2 como versión %3 y %4; convierta el archivo a una versión actual antes de usarlo con ferogram.</translation>
    </message>
    <message>
        <source>misreads it</source>
        <translation>lo lee mal</translation>
    </message>
    <message>
        <source>fails to read it</source>
        <translation>no puede leerlo</translation>
    </message>
    <message>
        <source>ferogram cannot read this file (%1). It looks corrupted by a writer that overflowed a count field: %2 (at byte %3) says %4, but the data holds %5, and Feroscope read it that way. The session is over the binary format&apos;s limits: save it in a format without them (SQLite keeps everything).</source>
        <translation>ferogram no puede leer este archivo (%1). Parece dañado por un programa que desbordó un campo de recuento: %2 (en el byte %3) indica %4, pero los datos contienen %5, y así lo leyó Feroscope. La sesión supera los límites del formato binario: guárdela en un formato sin ellos (SQLite lo conserva todo).</translation>
    </message>
    <message>
        <source>read as a legacy v1 file (no version byte) it ends at byte %1 of %2</source>
        <translation>leído como archivo v1 antiguo (sin byte de versión), termina en el byte %1 de %2</translation>
    </message>
    <message>
        <source>reading it as a legacy v1 file (no version byte) fails: %1</source>
        <translation>leerlo como archivo v1 antiguo (sin byte de versión) falla: %1</translation>
    </message>
    <message>
        <source>not a ferogram session: the first byte %1 is no version ferogram writes (2 to 8), and %2.</source>
        <translation>no es una sesión de ferogram: el primer byte %1 no es ninguna versión que escriba ferogram (2 a 8), y %2.</translation>
    </message>
    <message>
        <source>cannot write binary version %1: Feroscope writes versions %2 to %3.</source>
        <translation>no se puede escribir la versión binaria %1: Feroscope escribe las versiones %2 a %3.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the session has %2 %3, the format holds at most %4. ferogram would write a corrupt file; remove entries or choose a format without this limit (SQLite).</source>
        <translation>no se puede escribir binario v%1: la sesión tiene %2 %3 y el formato admite como máximo %4. ferogram escribiría un archivo dañado; elimine entradas o elija un formato sin este límite (SQLite).</translation>
    </message>
    <message>
        <source>DC entries</source>
        <translation>entradas de DC</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC entry %2 (DC %3) is %4 bytes of UTF-8, the format holds at most 255.</source>
        <translation>no se puede escribir binario v%1: la dirección de la entrada de DC %2 (DC %3) ocupa %4 bytes de UTF-8 y el formato admite como máximo 255.</translation>
    </message>
    <message>
        <source>channel pts entries</source>
        <translation>entradas de pts de canal</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>peers</translation>
    </message>
    <message>
        <source>min peers</source>
        <translation>min peers</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the future auth token is %2 bytes, the format holds at most 65535.</source>
        <translation>no se puede escribir binario v%1: el token de autorización futuro ocupa %2 bytes y el formato admite como máximo 65535.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC %2 is %3 bytes of UTF-8, the format holds at most 255.</source>
        <translation>no se puede escribir binario v%1: la dirección del DC %2 ocupa %3 bytes de UTF-8 y el formato admite como máximo 255.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>See: feroscope-cli %1 --help</source>
        <translation>Véase: feroscope-cli %1 --help</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (known: %3).</source>
        <translation>%1: formato desconocido &quot;%2&quot; (conocidos: %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not supported by this build yet (supported: %3).</source>
        <translation>%1: esta compilación aún no admite %2 (admitidos: %3).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>No se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>Standard input is too large to be a session.</source>
        <translation>La entrada estándar es demasiado grande para ser una sesión.</translation>
    </message>
    <message>
        <source>Nothing is lost in this conversion.</source>
        <translation>Esta conversión no pierde nada.</translation>
    </message>
    <message>
        <source>This conversion loses:</source>
        <translation>Esta conversión pierde:</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data; pass --accept-loss to go ahead.</source>
        <translation>Se rechaza una conversión que pierde datos; use --accept-loss para continuar.</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data (pass --accept-loss to go ahead): %1</source>
        <translation>Se rechaza una conversión que pierde datos (use --accept-loss para continuar): %1</translation>
    </message>
    <message>
        <source>Only string formats can be written to standard output; %1 needs a file.</source>
        <translation>Solo los formatos de cadena se pueden escribir en la salida estándar; %1 necesita un archivo.</translation>
    </message>
    <message>
        <source>%1 is a folder; use --out-dir to convert into a folder.</source>
        <translation>%1 es una carpeta; use --out-dir para convertir dentro de una carpeta.</translation>
    </message>
    <message>
        <source>note: the source holds %1 accounts; converting account 0 (choose with --account N).</source>
        <translation>nota: el origen contiene %1 cuentas; se convierte la cuenta 0 (elija con --account N).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 ya existe; use --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be part of a batch conversion.</source>
        <translation>La entrada estándar (-) no puede formar parte de una conversión por lotes.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>convert needs --to FORMAT (one of: %1).</source>
        <translation>convert necesita --to FORMAT (uno de: %1).</translation>
    </message>
    <message>
        <source>--to: %1 cannot be written yet.</source>
        <translation>--to: %1 aún no se puede escribir.</translation>
    </message>
    <message>
        <source>--format-version: &quot;%1&quot; is not a number.</source>
        <translation>--format-version: &quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>--format-version: %1 can be written in versions %2 to %3, not %4.</source>
        <translation>--format-version: %1 se puede escribir en las versiones %2 a %3, no en la %4.</translation>
    </message>
    <message>
        <source>--user-id: &quot;%1&quot; is not a 64-bit integer.</source>
        <translation>--user-id: &quot;%1&quot; no es un entero de 64 bits.</translation>
    </message>
    <message>
        <source>--api-id: &quot;%1&quot; is not an api_id (a positive 32-bit number).</source>
        <translation>--api-id: &quot;%1&quot; no es un api_id (un número positivo de 32 bits).</translation>
    </message>
    <message>
        <source>convert --out-dir needs at least one input.</source>
        <translation>convert --out-dir necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>convert takes IN and OUT (or several inputs with --out-dir DIR).</source>
        <translation>convert recibe IN y OUT (o varias entradas con --out-dir DIR).</translation>
    </message>
    <message>
        <source>diff takes exactly two sessions: A and B.</source>
        <translation>diff recibe exactamente dos sesiones: A y B.</translation>
    </message>
    <message>
        <source>note: a source holds several accounts; comparing the first of each.</source>
        <translation>nota: un origen contiene varias cuentas; se compara la primera de cada uno.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[s/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>delete takes exactly one PATH.</source>
        <translation>delete recibe exactamente una PATH.</translation>
    </message>
    <message>
        <source>--permanent and --rows-only exclude each other.</source>
        <translation>--permanent y --rows-only se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; delete removes one session file.</source>
        <translation>%1 es una carpeta; delete elimina un archivo de sesión.</translation>
    </message>
    <message>
        <source>the session rows of %1 (the database file stays)</source>
        <translation>las filas de la sesión de %1 (el archivo de base de datos se conserva)</translation>
    </message>
    <message>
        <source>Move to the trash: %1?</source>
        <translation>¿Mover a la papelera: %1?</translation>
    </message>
    <message>
        <source>Delete permanently: %1?</source>
        <translation>¿Eliminar definitivamente: %1?</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>¿Vaciar %1?</translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: no terminal to ask on. Pass --yes to delete %1.</source>
        <translation>Se rechaza eliminar sin confirmación: no hay terminal en el que preguntar. Use --yes para eliminar %1.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>restrict takes exactly one PATH.</source>
        <translation>restrict recibe exactamente una PATH.</translation>
    </message>
    <message>
        <source>%1: mode %2 -&gt; %3</source>
        <translation>%1: modo %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inspect takes exactly one PATH (or - for standard input).</source>
        <translation>inspect recibe exactamente una PATH (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>locate takes no arguments.</source>
        <translation>locate no recibe argumentos.</translation>
    </message>
    <message>
        <source>No tdata folder in the usual places (see --all for the list searched).</source>
        <translation>No hay ninguna carpeta tdata en las ubicaciones habituales (véase --all para la lista buscada).</translation>
    </message>
    <message>
        <source>(local passcode set)</source>
        <translation>(código de acceso local establecido)</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(no está aquí)</translation>
    </message>
    <message>
        <source>--peer: &quot;%1&quot; is not a peer id (a whole number).</source>
        <translation>--peer: &quot;%1&quot; no es un ID de peer (un número entero).</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; convert it first.</source>
        <translation>Esta compilación no puede escribir %1; conviértalo primero.</translation>
    </message>
    <message>
        <source>--format-version: expected %1..%2, got &quot;%3&quot;.</source>
        <translation>--format-version: se esperaba %1..%2 y se recibió &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The input is %1 (version %2), which cannot be written any more; pass --format-version %3..%4 to choose the version of the output.</source>
        <translation>La entrada es %1 (versión %2), que ya no se puede escribir; indique --format-version %3..%4 para elegir la versión de la salida.</translation>
    </message>
    <message>
        <source>prune takes exactly two paths: IN and OUT.</source>
        <translation>prune recibe exactamente dos rutas: IN y OUT.</translation>
    </message>
    <message>
        <source>Nothing to remove: pass --min-peers, --channel-pts or --peer ID.</source>
        <translation>Nada que eliminar: indique --min-peers, --channel-pts o --peer ID.</translation>
    </message>
    <message>
        <source>%1 is a folder; OUT must be a file.</source>
        <translation>%1 es una carpeta; OUT debe ser un archivo.</translation>
    </message>
    <message>
        <source>note: %1 holds several accounts; cleaning the first.</source>
        <translation>nota: %1 contiene varias cuentas; se limpia la primera.</translation>
    </message>
    <message>
        <source>Not in the peer cache of %1: %2. Nothing was written.</source>
        <translation>No está en la caché de peers de %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>Writing %1 loses:</source>
        <translation>Al escribir %1 se pierde:</translation>
    </message>
    <message>
        <source>Refusing to lose data; pass --accept-loss to go ahead.</source>
        <translation>Se rechaza perder datos; use --accept-loss para continuar.</translation>
    </message>
    <message>
        <source>Sessions in %1: %2</source>
        <translation>Sesiones en %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, home DC %3, key id %4, peers: %5, mode %6</source>
        <translation>%1, %2, DC principal %3, ID de clave %4, peers: %5, modo %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>SAME AUTH KEY as %1: two clients using one key get logged out by Telegram.</source>
        <translation>LA MISMA CLAVE DE AUTORIZACIÓN que %1: Telegram cierra la sesión de dos clientes que usan una misma clave.</translation>
    </message>
    <message>
        <source>related files: %1</source>
        <translation>archivos relacionados: %1</translation>
    </message>
    <message>
        <source>Unreadable candidates:</source>
        <translation>Candidatos ilegibles:</translation>
    </message>
    <message>
        <source>scan takes exactly one FOLDER.</source>
        <translation>scan recibe exactamente una FOLDER.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Local passcode of %1: </source>
        <translation>Código de acceso local de %1: </translation>
    </message>
    <message>
        <source>DC table (entries: %1, auth keys: %2)</source>
        <translation>Tabla de DC (entradas: %1, claves de autorización: %2)</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>flags</translation>
    </message>
    <message>
        <source>auth key id</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>first salt</source>
        <translation>primera sal</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>desfase</translation>
    </message>
    <message>
        <source>key:</source>
        <translation>clave:</translation>
    </message>
    <message>
        <source>Cached peers: %1</source>
        <translation>Peers en caché: %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min peers</translation>
    </message>
    <message>
        <source>Update state</source>
        <translation>Estado de actualizaciones</translation>
    </message>
    <message>
        <source>pts %1, qts %2, seq %3, date %4</source>
        <translation>pts %1, qts %2, seq %3, fecha %4</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Pts de canales</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Server salt</source>
        <translation>Sal del servidor</translation>
    </message>
    <message>
        <source>seq_no</source>
        <translation>seq_no</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa (layer)</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>no se guarda en este formato</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Account values</source>
        <translation>Valores de la cuenta</translation>
    </message>
    <message>
        <source>  Address</source>
        <translation>  Dirección</translation>
    </message>
    <message>
        <source> (IPv6)</source>
        <translation> (IPv6)</translation>
    </message>
    <message>
        <source>not stored (the known address of DC %1 is used)</source>
        <translation>no se guarda (se usa la dirección conocida del DC %1)</translation>
    </message>
    <message>
        <source>  User id</source>
        <translation>  ID de usuario</translation>
    </message>
    <message>
        <source>  Bot</source>
        <translation>  Bot</translation>
    </message>
    <message>
        <source>  Test mode</source>
        <translation>  Modo de prueba</translation>
    </message>
    <message>
        <source>  API id</source>
        <translation>  ID de API</translation>
    </message>
    <message>
        <source>  Takeout id</source>
        <translation>  ID de takeout</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 bytes, mode %2</source>
        <translation>%1 bytes, modo %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Opens in</source>
        <translation>Se abre en</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>%1 (showing account %2; choose with --account N)</source>
        <translation>%1 (se muestra la cuenta %2; elija con --account N)</translation>
    </message>
    <message>
        <source>user id %1, main DC %2</source>
        <translation>ID de usuario %1, DC principal %2</translation>
    </message>
    <message>
        <source>Detected as</source>
        <translation>Detectado como</translation>
    </message>
    <message>
        <source>  auth key id %1</source>
        <translation>  ID de la clave de autorización %1</translation>
    </message>
    <message>
        <source>  no auth key</source>
        <translation>  sin clave de autorización</translation>
    </message>
    <message>
        <source>Home DC</source>
        <translation>DC principal</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autorización</translation>
    </message>
    <message>
        <source>hidden (length: %1 bytes)</source>
        <translation>oculto (longitud: %1 bytes)</translation>
    </message>
    <message>
        <source>Binary size</source>
        <translation>Tamaño binario</translation>
    </message>
    <message>
        <source>%1 bytes as a binary v%2 file</source>
        <translation>%1 bytes como archivo binario v%2</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: feroscope-cli --help</source>
        <translation>Orden desconocida &quot;%1&quot;. Véase: feroscope-cli --help</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(cuenta %1)</translation>
    </message>
    <message>
        <source>pass --keep first or --keep last (the others are dropped and listed in the loss report)</source>
        <translation>use --keep first o --keep last (las demás se descartan y se listan en el informe de pérdidas)</translation>
    </message>
    <message>
        <source>pass --accept-loss to go ahead</source>
        <translation>use --accept-loss para continuar</translation>
    </message>
    <message>
        <source>pass --force to replace them</source>
        <translation>use --force para reemplazarlas</translation>
    </message>
    <message>
        <source>--keep: &quot;%1&quot; is neither first nor last.</source>
        <translation>--keep: &quot;%1&quot; no es ni first ni last.</translation>
    </message>
    <message>
        <source>Standard input can hold only one of the session, the passcode and the output passcode; give the others as files.</source>
        <translation>La entrada estándar solo puede contener una cosa: la sesión, el código de acceso o el código de acceso de salida; indique las demás como archivos.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the session and the passcode; give --passcode-file a file.</source>
        <translation>La entrada estándar no puede contener a la vez la sesión y el código de acceso; indique un archivo en --passcode-file.</translation>
    </message>
    <message>
        <source>%1 beside the session is readable by other users (mode %2); it belongs to the session and can hold its keys. &quot;feroscope-cli restrict&quot; on the session restricts it too.</source>
        <translation>%1, junto a la sesión, lo pueden leer otros usuarios (modo %2); pertenece a la sesión y puede contener sus claves. &quot;feroscope-cli restrict&quot; sobre la sesión también lo restringe.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds more than %3 bytes; it is not a passcode file.</source>
        <translation>%1: %2 contiene más de %3 bytes; no es un archivo de código de acceso.</translation>
    </message>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>Indique %1 o %2, no ambos.</translation>
    </message>
    <message>
        <source>%1 (mode %2)</source>
        <translation>%1 (modo %2)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>%1 Give it with --passcode or --passcode-file.</source>
        <translation>%1 Indíquelo con --passcode o --passcode-file.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>FORMAT (the input&apos;s is detected; --from forces one, --to chooses the output&apos;s):</source>
        <translation>FORMATO (el de la entrada se detecta; --from fuerza uno, --to elige el de la salida):</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 unreadable or invalid input, 3 refused, 4 I/O failure.</source>
        <translation>Códigos de salida: 0 correcto, 1 uso incorrecto, 2 entrada ilegible o no válida, 3 rechazado, 4 error de E/S.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>--pyrogram-old-layout applies to --to %1 only.</source>
        <translation>--pyrogram-old-layout solo se aplica a --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode applies to --to %1 only.</source>
        <translation>--out-passcode solo se aplica a --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode-file applies to --to %1 only.</source>
        <translation>--out-passcode-file solo se aplica a --to %1.</translation>
    </message>
    <message>
        <source>Give it with --user-id.</source>
        <translation>Indíquelo con --user-id.</translation>
    </message>
    <message>
        <source>Give it with --api-id, or pass --pyrogram-old-layout to write the old 64-bit layout.</source>
        <translation>Indíquelo con --api-id, o use --pyrogram-old-layout para escribir el antiguo formato de 64 bits.</translation>
    </message>
    <message>
        <source>checking inputs</source>
        <translation>comprobando las entradas</translation>
    </message>
    <message>
        <source>writing outputs</source>
        <translation>escribiendo las salidas</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) converted into %1</source>
        <translation>
            <numerusform>%n sesión convertida en %1</numerusform>
            <numerusform>%n sesiones convertidas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already complete by the journal, skipped</source>
        <translation>
            <numerusform>; %n ya completa según el registro, omitida</numerusform>
            <numerusform>; %n ya completas según el registro, omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>--resume and --force exclude each other: resuming keeps what an earlier run completed, --force replaces it.</source>
        <translation>--resume y --force se excluyen mutuamente: reanudar conserva lo que una ejecución anterior completó, --force lo reemplaza.</translation>
    </message>
    <message>
        <source>--resume applies to batch conversion (--out-dir DIR) only.</source>
        <translation>--resume solo se aplica a la conversión por lotes (--out-dir DIR).</translation>
    </message>
    <message>
        <source>--json and --json-lines exclude each other.</source>
        <translation>--json y --json-lines se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>(account %1, %2)</source>
        <translation>(cuenta %1, %2)</translation>
    </message>
    <message>
        <source>Session key (api_hash or session_key) of %1: </source>
        <translation>Clave de sesión (api_hash o session_key) de %1: </translation>
    </message>
    <message>
        <source>%1 Give it with --session-key or --session-key-file.</source>
        <translation>%1 Indíquela con --session-key o --session-key-file.</translation>
    </message>
    <message>
        <source>Give either a passcode (a tdata input) or a session key (a WTelegramClient input), not both.</source>
        <translation>Indique un código de acceso (una entrada tdata) o una clave de sesión (una entrada WTelegramClient), no ambos.</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>CompactString</name>
    <message>
        <source>invalid or truncated session data: %1</source>
        <translation>datos de sesión no válidos o truncados: %1</translation>
    </message>
    <message>
        <source>the string is empty.</source>
        <translation>la cadena está vacía.</translation>
    </message>
    <message>
        <source>unsupported version: %1 (ferogram compact strings start with version 1 or 2).</source>
        <translation>versión no admitida: %1 (las cadenas compactas de ferogram empiezan con la versión 1 o 2).</translation>
    </message>
    <message>
        <source>it ends at byte %1, before the ip type byte.</source>
        <translation>termina en el byte %1, antes del byte de tipo de IP.</translation>
    </message>
    <message>
        <source>unknown ip type byte: %1 at byte 2 (a compact string holds 4 or 6).</source>
        <translation>byte de tipo de IP desconocido: %1 en el byte 2 (una cadena compacta contiene 4 o 6).</translation>
    </message>
    <message>
        <source>a V%1 string with an IPv%2 address holds %3 bytes, this one %4.</source>
        <translation>una cadena V%1 con una dirección IPv%2 tiene %3 bytes, esta %4.</translation>
    </message>
    <message>
        <source>compact string V%1</source>
        <translation>cadena compacta V%1</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the compact string data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>Se ignoran %1 bytes tras el final de los datos de la cadena compacta (desde el byte %2), igual que los ignora ferogram.</translation>
    </message>
    <message>
        <source>a compact string is version 1 or 2, not %1.</source>
        <translation>una cadena compacta es de la versión 1 o 2, no %1.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC id %1 does not fit its one-byte DC id (0 to 255).</source>
        <translation>no se puede escribir una cadena compacta: el ID del DC principal %1 no cabe en su ID de DC de un byte (0 a 255).</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC %1 has no DC entry with an auth key, and a compact string holds exactly that.</source>
        <translation>no se puede escribir una cadena compacta: el DC principal %1 no tiene ninguna entrada de DC con clave de autorización, y una cadena compacta contiene justamente eso.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the address &quot;%1&quot; of DC %2 is not an IP address and port (a hostname or zone id cannot be stored in a compact string).</source>
        <translation>no se puede escribir una cadena compacta: la dirección &quot;%1&quot; del DC %2 no es una dirección IP con puerto (un nombre de host o un ID de zona no se pueden guardar en una cadena compacta).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>grupo básico</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>the last one is kept</source>
        <translation>se conserva la última aparición</translation>
    </message>
    <message>
        <source>the first one is kept</source>
        <translation>se conserva la primera aparición</translation>
    </message>
    <message>
        <source>A DC %1 entry with flags 0x%2 (%3, %4) is dropped: the database keeps one entry per dc_id and flags, and %5.</source>
        <translation>Se descarta una entrada del DC %1 con flags 0x%2 (%3, %4): la base de datos conserva una entrada por dc_id y flags, y %5.</translation>
    </message>
    <message>
        <source>auth key id %1</source>
        <translation>ID de clave de autorización %1</translation>
    </message>
    <message>
        <source>no auth key</source>
        <translation>sin clave de autorización</translation>
    </message>
    <message>
        <source>Peer %1 (a %2) is dropped: the database keeps one peer per id, and %3.</source>
        <translation>Se descarta el peer %1 (%2): la base de datos conserva un peer por ID, y %3.</translation>
    </message>
    <message>
        <source>Min peer %1 (seen in peer %2, message %3) is dropped: the database keeps one min peer per user_id, and %4.</source>
        <translation>Se descarta el min peer %1 (visto en el peer %2, mensaje %3): la base de datos conserva un min peer por user_id, y %4.</translation>
    </message>
    <message>
        <source>The pts %1 of channel %2 is dropped: the database keeps one pts per channel, and %3.</source>
        <translation>Se descarta el pts %1 del canal %2: la base de datos conserva un pts por canal, y %3.</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>user id %1</source>
        <translation>ID de usuario %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>flag de bot (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>no es un bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>flag de modo de prueba (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>servidores de prueba</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID de API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID de takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>sal del servidor %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>%1 no tiene campo para estos valores de la cuenta; se descartan: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The future auth token (%n byte(s)) is dropped: %1.</source>
        <translation>
            <numerusform>El token de autorización futuro (%n byte) se descarta: %1.</numerusform>
            <numerusform>El token de autorización futuro (%n bytes) se descarta: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram binary v%1 file</source>
        <translation>Un archivo binario de ferogram v%1</translation>
    </message>
    <message>
        <source>binary files hold it from v7 (ferogram 0.6.4) on</source>
        <translation>los archivos binarios lo guardan desde la v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (binary v8 and newer only); those that are neither channel nor chat read back as users.</source>
        <translation>
            <numerusform>%n peer de comunidad pierde el flag de comunidad (solo binario v8 y posteriores); los que no son ni canal ni chat se vuelven a leer como usuarios.</numerusform>
            <numerusform>%n peers de comunidad pierden el flag de comunidad (solo binario v8 y posteriores); los que no son ni canal ni chat se vuelven a leer como usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and newer only).</source>
        <translation>
            <numerusform>Se descarta %n tipo de canal (difusión, megagrupo, gigagrupo) (solo binario v6 y posteriores).</numerusform>
            <numerusform>Se descartan %n tipos de canal (difusión, megagrupo, gigagrupo) (solo binario v6 y posteriores).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and channels).</source>
        <translation>
            <numerusform>%n grupo básico pierde el flag de chat (binario v2 a v4 solo escribía usuarios y canales).</numerusform>
            <numerusform>%n grupos básicos pierden el flag de chat (binario v2 a v4 solo escribía usuarios y canales).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are saved as chats: a binary file has one peer type, so the channel flag is dropped.</source>
        <translation>
            <numerusform>%n peer marcado a la vez como chat y canal se guarda como chat: un archivo binario tiene un solo tipo de peer, así que se descarta el flag de canal.</numerusform>
            <numerusform>%n peers marcados a la vez como chat y canal se guardan como chats: un archivo binario tiene un solo tipo de peer, así que se descarta el flag de canal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped (legacy v1 holds the DC table only).</source>
        <translation>
            <numerusform>Se descarta %n peer en caché (la v1 antigua solo contiene la tabla de DC).</numerusform>
            <numerusform>Se descartan %n peers en caché (la v1 antigua solo contiene la tabla de DC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n valor de pts de canal.</numerusform>
            <numerusform>Se descartan %n valores de pts de canal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Se descartan los contadores de actualizaciones (pts, qts, date, seq).</translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped (binary v4 and newer only).</source>
        <translation>
            <numerusform>Se descarta %n min peer (solo binario v4 y posteriores).</numerusform>
            <numerusform>Se descartan %n min peers (solo binario v4 y posteriores).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The flags of %n DC table row(s) are dropped (binary v3 and newer only).</source>
        <translation>
            <numerusform>Se descartan los flags de %n fila de la tabla de DC (solo binario v3 y posteriores).</numerusform>
            <numerusform>Se descartan los flags de %n filas de la tabla de DC (solo binario v3 y posteriores).</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram SQLite database</source>
        <translation>Una base de datos SQLite de ferogram</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a compact string holds one DC.</source>
        <translation>
            <numerusform>Se descarta %n fila más de la tabla de DC: una cadena compacta contiene un solo DC.</numerusform>
            <numerusform>Se descartan %n filas más de la tabla de DC: una cadena compacta contiene un solo DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización de otras entradas de DC (esos inicios de sesión se pierden).</numerusform>
            <numerusform>Se descartan %n claves de autorización de otras entradas de DC (esos inicios de sesión se pierden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped (only IPv6 survives).</source>
        <translation>Se descartan los flags 0x%1 de la entrada de DC conservada (solo sobrevive IPv6).</translation>
    </message>
    <message>
        <source>The time offset (%1 s) of the kept DC entry is dropped.</source>
        <translation>Se descarta el desfase horario (%1 s) de la entrada de DC conservada.</translation>
    </message>
    <message>
        <source>The server salt is dropped: a V2 string has no salt field.</source>
        <translation>Se descarta la sal del servidor: una cadena V2 no tiene campo de sal.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché.</numerusform>
            <numerusform>Se descartan %n peers en caché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n min peer.</numerusform>
            <numerusform>Se descartan %n min peers.</numerusform>
        </translation>
    </message>
    <message>
        <source>compact strings have no field for it</source>
        <translation>las cadenas compactas no tienen campo para él</translation>
    </message>
    <message>
        <source>The user id is not known: the string will carry 0 (give the account&apos;s user id to avoid this).</source>
        <translation>El ID de usuario no se conoce: la cadena llevará 0 (indique el ID de usuario de la cuenta para evitarlo).</translation>
    </message>
    <message>
        <source>seq_no is not known: the V1 string will carry 0.</source>
        <translation>seq_no no se conoce: la cadena V1 llevará 0.</translation>
    </message>
    <message>
        <source>The layer is not known: the V1 string will carry 0.</source>
        <translation>La capa (layer) no se conoce: la cadena V1 llevará 0.</translation>
    </message>
    <message>
        <source>A compact V%1 string</source>
        <translation>Una cadena compacta V%1</translation>
    </message>
    <message>
        <source>Feroscope cannot write %1 yet.</source>
        <translation>Feroscope aún no puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 can be written in versions %2 to %3, not %4.</source>
        <translation>%1 se puede escribir en las versiones %2 a %3, no en la %4.</translation>
    </message>
    <message>
        <source>%1 is written to a file, not encoded into bytes.</source>
        <translation>%1 se escribe en un archivo, no se codifica en bytes.</translation>
    </message>
    <message>
        <source>A ferogram SQLite database cannot hold these entries (its primary keys allow one row each): %1. To go ahead, %2, or write a binary file, which keeps them all.</source>
        <translation>Una base de datos SQLite de ferogram no puede contener estas entradas (sus claves primarias permiten una fila de cada): %1. Para continuar, %2, o escriba un archivo binario, que las conserva todas.</translation>
    </message>
    <message>
        <source>keep the first or the last of each (the others are dropped and listed in the loss report)</source>
        <translation>conserve la primera o la última de cada grupo (las demás se descartan y se listan en el informe de pérdidas)</translation>
    </message>
    <message>
        <source>databases hold it from v7 (ferogram 0.6.4) on</source>
        <translation>las bases de datos lo guardan desde la v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</source>
        <translation>
            <numerusform>%n peer de comunidad pierde el flag de comunidad (la columna is_community existe desde ferogram 0.6.5: versión 8).</numerusform>
            <numerusform>%n peers de comunidad pierden el flag de comunidad (la columna is_community existe desde ferogram 0.6.5: versión 8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</source>
        <translation>
            <numerusform>Se descarta %n tipo de canal (la columna channel_kind existe desde ferogram 0.5.2: versión 6).</numerusform>
            <numerusform>Se descartan %n tipos de canal (la columna channel_kind existe desde ferogram 0.5.2: versión 6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <source>%1 is read from a file, not from bytes.</source>
        <translation>%1 se lee de un archivo, no de bytes.</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>como %1: %2</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>cadena compacta de ferogram</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read (%1).</source>
        <translation>No es una sesión que Feroscope pueda leer (%1).</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>This looks like a WTelegramClient session file (its header names an encrypted block); it needs its session key, which can only be given for a file: open it by its path.</source>
        <translation>Parece un archivo de sesión de WTelegramClient (su cabecera señala un bloque cifrado); necesita su clave de sesión, que solo puede darse para un archivo: ábralo por su ruta.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Elija dónde escribir la sesión.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is not a string; it can only be written to a file.</source>
        <translation>%1 no es una cadena; solo se puede escribir en un archivo.</translation>
    </message>
    <message>
        <source>Choose a folder to write into.</source>
        <translation>Elija una carpeta en la que escribir.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1: %2 already exists (tick &quot;Replace existing files&quot; to overwrite it).</source>
        <translation>%1: %2 ya existe (marque &quot;Reemplazar los archivos existentes&quot; para sobrescribirlo).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the exported sessions.</source>
        <translation>No se puede crear la carpeta para las sesiones exportadas.</translation>
    </message>
    <message>
        <source>Enter the user id above.</source>
        <translation>Introduzca arriba el ID de usuario.</translation>
    </message>
    <message>
        <source>Enter the API id above, or choose the old layout.</source>
        <translation>Introduzca arriba el ID de API, o elija el formato antiguo.</translation>
    </message>
</context>
<context>
    <name>FailureExplanation</name>
    <message>
        <source>As a %1: %2.</source>
        <translation>Como %1: %2.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>cadena compacta de ferogram</translation>
    </message>
    <message>
        <source>The file is not there.</source>
        <translation>El archivo no está.</translation>
    </message>
    <message>
        <source>A folder that holds no session Feroscope can read.</source>
        <translation>Una carpeta sin ninguna sesión que Feroscope pueda leer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>A save that was interrupted, or a file created but never written.</source>
        <translation>Un guardado interrumpido, o un archivo creado pero nunca escrito.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>You may not have permission to read it.</source>
        <translation>Quizá no tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read.</source>
        <translation>No es una sesión que Feroscope pueda leer.</translation>
    </message>
    <message>
        <source>A SQLite database, but not a session store Feroscope knows.</source>
        <translation>Una base de datos SQLite, pero no un almacén de sesiones que Feroscope conozca.</translation>
    </message>
    <message>
        <source>The file reads now; it changed since it was listed. Reload it (F5).</source>
        <translation>El archivo ya se puede leer; cambió desde que se listó. Recárguelo (F5).</translation>
    </message>
    <message>
        <source>Text, but not a session string Feroscope knows.</source>
        <translation>Texto, pero no una cadena de sesión que Feroscope conozca.</translation>
    </message>
    <message>
        <source>It matches no library&apos;s string layout: perhaps not a session at all.</source>
        <translation>No coincide con el formato de cadena de ninguna biblioteca: quizá no sea una sesión.</translation>
    </message>
    <message>
        <source>A damaged ferogram session file.</source>
        <translation>Un archivo de sesión de ferogram dañado.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten.</source>
        <translation>Probablemente un archivo ferogram v%1, cortado o sobrescrito.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten: %2.</source>
        <translation>Probablemente un archivo ferogram v%1, cortado o sobrescrito: %2.</translation>
    </message>
    <message>
        <source>Its first byte (0x%1) starts no session format Feroscope knows: perhaps another program&apos;s file.</source>
        <translation>Su primer byte (0x%1) no inicia ningún formato de sesión que Feroscope conozca: quizá sea un archivo de otro programa.</translation>
    </message>
    <message>
        <source>A %1 session, which Feroscope recognises but cannot open.</source>
        <translation>Una sesión de %1, que Feroscope reconoce pero no puede abrir.</translation>
    </message>
</context>
<context>
    <name>FolderStorage</name>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>No se puede leer la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>No se puede examinar %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>No se puede abrir la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; open the folder it points to instead. Nothing was changed.</source>
        <translation>%1 es un enlace simbólico; abra en su lugar la carpeta a la que apunta. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>No se puede crear la carpeta de datos %1 que contiene la papelera; no se movió nada.</translation>
    </message>
    <message>
        <source>Cannot move the folder %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>No se puede mover la carpeta %1 a la papelera; no se movió nada. Elimínela definitivamente si es lo que quiere.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) inside were already deleted.</source>
        <translation>
            <numerusform> Ya se había eliminado %n elemento de su interior.</numerusform>
            <numerusform> Ya se habían eliminado %n elementos de su interior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the folder %1: %2</source>
        <translation>No se puede eliminar la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database; it has no session rows to clear.</source>
        <translation>%1 es una carpeta, no una base de datos; no tiene filas de sesión que vaciar.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>No se pueden cambiar los permisos de %1: %2</translation>
    </message>
</context>
<context>
    <name>FolderWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 ya existe; elija otro nombre o permita sobrescribir.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone (write to the folder it points to, or choose another name).</source>
        <translation>%1 es un enlace simbólico; no se toca (escriba en la carpeta a la que apunta o elija otro nombre).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>No se puede crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1: %2</source>
        <translation>No se puede mover la carpeta nueva a %1: %2</translation>
    </message>
    <message>
        <source>Cannot swap the new folder into place at %1: %2</source>
        <translation>No se puede intercambiar la carpeta nueva por %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the old %1 aside.</source>
        <translation>No se puede apartar el %1 antiguo.</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1.</source>
        <translation>No se puede mover la carpeta nueva a %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?)</source>
        <translation>No se puede escribir %1: solo se pudieron escribir %2 de %3 bytes (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>ForeignBase64</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>The %1 is not base64: the character &apos;%2&apos; at position %3 %4. Paste the whole string exactly as the library printed it.</source>
        <translation>%1 no es base64: el carácter &apos;%2&apos; en la posición %3 %4. Pegue la cadena completa tal como la mostró la biblioteca.</translation>
    </message>
    <message>
        <source>follows the &apos;=&apos; padding</source>
        <translation>va después del relleno &apos;=&apos;</translation>
    </message>
    <message>
        <source>is outside both base64 alphabets</source>
        <translation>está fuera de ambos alfabetos base64</translation>
    </message>
    <message>
        <source>The %1 is cut short or has an extra character: %2 base64 characters cannot encode whole bytes (one more than a multiple of 4).</source>
        <translation>%1 está cortado o tiene un carácter de más: %2 caracteres base64 no codifican bytes completos (uno más que un múltiplo de 4).</translation>
    </message>
    <message>
        <source>The %1 is not valid base64 (the last characters do not form whole bytes).</source>
        <translation>%1 no es base64 válido (los últimos caracteres no forman bytes completos).</translation>
    </message>
</context>
<context>
    <name>ForeignFileConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: %1 keeps one DC.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC además de la del DC principal: %1 conserva un solo DC.</numerusform>
            <numerusform>Se descartan %n entradas de DC además de la del DC principal: %1 conserva un solo DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización de otras entradas de DC.</numerusform>
            <numerusform>Se descartan %n claves de autorización de otras entradas de DC.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s salt, time offset and flags are dropped.</source>
        <translation>Se descartan la sal, el desfase horario y los flags de la entrada de DC conservada.</translation>
    </message>
    <message numerus="yes">
        <source>The broadcast/megagroup kind of %n channel(s) is dropped.</source>
        <translation>
            <numerusform>Se descarta el tipo difusión/megagrupo de %n canal.</numerusform>
            <numerusform>Se descarta el tipo difusión/megagrupo de %n canales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) are stored as plain peers.</source>
        <translation>
            <numerusform>%n peer de comunidad se guarda como peer normal.</numerusform>
            <numerusform>%n peers de comunidad se guardan como peers normales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are stored as chats.</source>
        <translation>
            <numerusform>%n peer marcado a la vez como chat y canal se guarda como chat.</numerusform>
            <numerusform>%n peers marcados a la vez como chat y canal se guardan como chats.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Se descartan los contadores de actualizaciones (pts, qts, date, seq).</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n valor de pts de canal.</numerusform>
            <numerusform>Se descartan %n valores de pts de canal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n min peer.</numerusform>
            <numerusform>Se descartan %n min peers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped.</source>
        <translation>Se descarta el token de autorización futuro.</translation>
    </message>
    <message>
        <source>The address %1 is not stored: Pyrogram uses its own table.</source>
        <translation>La dirección %1 no se guarda: Pyrogram usa su propia tabla.</translation>
    </message>
    <message>
        <source>The user id is not known: Pyrogram treats a session without one as logged out (give the account&apos;s user id).</source>
        <translation>El ID de usuario no se conoce: Pyrogram trata una sesión sin él como cerrada (indique el ID de usuario de la cuenta).</translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC: tdata guarda una clave de autorización por ID de DC y ninguna dirección.</numerusform>
            <numerusform>Se descartan %n entradas de DC: tdata guarda una clave de autorización por ID de DC y ninguna dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché.</numerusform>
            <numerusform>Se descartan %n peers en caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the home DC&apos;s address and port, and DC %2 has none.</source>
        <translation>%1 necesita la dirección y el puerto del DC principal, y el DC %2 no los tiene.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs every account&apos;s user id.</source>
        <translation>Telegram Desktop necesita el ID de usuario de cada cuenta.</translation>
    </message>
    <message>
        <source>tdata needs an auth key for the home DC %1.</source>
        <translation>tdata necesita una clave de autorización para el DC principal %1.</translation>
    </message>
    <message>
        <source>%1 stores the home DC&apos;s entry, and DC %2 has none in this session.</source>
        <translation>%1 guarda la entrada del DC principal, y el DC %2 no tiene ninguna en esta sesión.</translation>
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
            <numerusform>Se descarta %n peer: ningún ID marcado se vuelve a leer como el mismo peer (%1).</numerusform>
            <numerusform>Se descartan %n peers: ningún ID marcado se vuelve a leer como el mismo peer (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.</source>
        <translation>
            <numerusform>%n peer tiene el mismo ID marcado que un peer posterior, que lo reemplaza: una fila por ID.</numerusform>
            <numerusform>%n peers tienen el mismo ID marcado que un peer posterior, que los reemplaza: una fila por ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) that are not channels carry a channel kind, which is dropped.</source>
        <translation>
            <numerusform>%n peer que no es un canal lleva un tipo de canal, que se descarta.</numerusform>
            <numerusform>%n peers que no son canales llevan un tipo de canal, que se descarta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gigagroup(s) are stored as &quot;supergroup&quot; and read back as megagroups: Pyrogram has no gigagroup type.</source>
        <translation>
            <numerusform>%n gigagrupo se guarda como &quot;supergroup&quot; y se vuelve a leer como megagrupo: Pyrogram no tiene tipo gigagrupo.</numerusform>
            <numerusform>%n gigagrupos se guardan como &quot;supergroup&quot; y se vuelven a leer como megagrupos: Pyrogram no tiene tipo gigagrupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) of unknown kind (%1 of them without an access hash) are stored as &quot;channel&quot; and read back as broadcast channels: Pyrogram&apos;s peer type has no unknown kind.</source>
        <translation>
            <numerusform>%n canal de tipo desconocido (%1 sin hash de acceso) se guarda como &quot;channel&quot; y se vuelve a leer como canal de difusión: el tipo de peer de Pyrogram no tiene tipo desconocido.</numerusform>
            <numerusform>%n canales de tipo desconocido (%1 de ellos sin hash de acceso) se guardan como &quot;channel&quot; y se vuelven a leer como canales de difusión: el tipo de peer de Pyrogram no tiene tipo desconocido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</source>
        <translation>
            <numerusform>No se escribe %n valor de pts de canal con un ID de canal de 0 o menor: Telethon guarda el estado propio de la cuenta en la fila 0 de update_state y los canales bajo sus ID positivos.</numerusform>
            <numerusform>No se escriben %n valores de pts de canal con un ID de canal de 0 o menor: Telethon guarda el estado propio de la cuenta en la fila 0 de update_state y los canales bajo sus ID positivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per channel (the last).</source>
        <translation>
            <numerusform>%n valor de pts de canal repite el ID de una entrada anterior; Telethon conserva una fila por canal (la última).</numerusform>
            <numerusform>%n valores de pts de canal repiten el ID de una entrada anterior; Telethon conserva una fila por canal (la última).</numerusform>
        </translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation>ID de usuario %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>flag de bot (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>no es un bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>flag de modo de prueba (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>servidores de prueba</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID de API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID de takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>sal del servidor %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>%1 no tiene campo para estos valores de la cuenta; se descartan: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: they read back with the DC&apos;s usual address and none of the others.</source>
        <translation>
            <numerusform>%n entrada de DC conservada tiene una dirección, sal, desfase horario o flags que tdata no guarda: se vuelve a leer con la dirección habitual del DC y sin lo demás.</numerusform>
            <numerusform>%n entradas de DC conservadas tienen una dirección, sal, desfase horario o flags que tdata no guarda: se vuelven a leer con la dirección habitual del DC y sin lo demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id.</source>
        <translation>Telegram Desktop necesita el ID de usuario de la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have more than one username; %1 keeps only the first.</source>
        <translation>
            <numerusform>%n peer tiene más de un nombre de usuario; %1 solo conserva el primero.</numerusform>
            <numerusform>%n peers tienen más de un nombre de usuario; %1 solo conserva el primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum or direct-messages peer(s) are stored as &quot;supergroup&quot;: %1 has no such type.</source>
        <translation>
            <numerusform>%n peer de foro o de mensajes directos se guarda como «supergroup»: %1 no tiene ese tipo.</numerusform>
            <numerusform>%n peers de foro o de mensajes directos se guardan como «supergroup»: %1 no tiene ese tipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) that are not channels are stored as plain peers.</source>
        <translation>
            <numerusform>%n peer de comunidad que no es un canal se guarda como peer normal.</numerusform>
            <numerusform>%n peers de comunidad que no son canales se guardan como peers normales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) of no channel are dropped: %1 has no update_state table.</source>
        <translation>
            <numerusform>Se descarta %n fila de update_state que no es de ningún canal: %1 no tiene tabla update_state.</numerusform>
            <numerusform>Se descartan %n filas de update_state que no son de ningún canal: %1 no tiene tabla update_state.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC entry has no address; Kurigram&apos;s own table gives %1.</source>
        <translation>La entrada del DC no tiene dirección; la tabla propia de Kurigram da %1.</translation>
    </message>
    <message>
        <source>Kurigram knows test DCs 1 to 3 only and fails on a test session on DC %1; it cannot be written as a Kurigram database.</source>
        <translation>Kurigram solo conoce los DC de prueba 1 a 3 y falla con una sesión de prueba en el DC %1; no se puede escribir como base de datos de Kurigram.</translation>
    </message>
    <message>
        <source>DC %1 has no address in this session and none in Kurigram&apos;s table; Kurigram stores the address it connects to.</source>
        <translation>El DC %1 no tiene dirección en esta sesión ni en la tabla de Kurigram; Kurigram guarda la dirección a la que se conecta.</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the account&apos;s usernames; dropped: %3.</source>
        <translation>%1 conserva %2 de los nombres de usuario de la cuenta; se descartan: %3.</translation>
    </message>
    <message>
        <source>%1 has no field for the account&apos;s premium flag, it is dropped.</source>
        <translation>%1 no tiene campo para el indicador premium de la cuenta; se descarta.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are dropped; the permanent keys are kept.</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización temporal (PFS); las permanentes se conservan.</numerusform>
            <numerusform>Se descartan %n claves de autorización temporales (PFS); las permanentes se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The future salts of %n DC(s) are dropped.</source>
        <translation>
            <numerusform>Se descartan las sales futuras de %n DC.</numerusform>
            <numerusform>Se descartan las sales futuras de %n DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The addresses of %n DC entry(ies) besides the main and media DC are dropped: mtcute keeps only their auth keys.</source>
        <translation>
            <numerusform>Se descarta la dirección de %n entrada de DC además del DC principal y el de medios: mtcute solo conserva su clave.</numerusform>
            <numerusform>Se descartan las direcciones de %n entradas de DC además del DC principal y el de medios: mtcute solo conserva sus claves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC number that already has one are dropped: mtcute keeps one key per DC number.</source>
        <translation>
            <numerusform>Se descarta %n clave más de un número de DC que ya tiene una: mtcute conserva una clave por número de DC.</numerusform>
            <numerusform>Se descartan %n claves más de un número de DC que ya tiene una: mtcute conserva una clave por número de DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt and time offset of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Se descartan la sal y el desfase horario de %n entrada de DC.</numerusform>
            <numerusform>Se descartan la sal y el desfase horario de %n entradas de DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: mtcute stores none for basic groups.</source>
        <translation>
            <numerusform>Se descarta el access hash de %n grupo básico: mtcute no guarda ninguno para grupos básicos.</numerusform>
            <numerusform>Se descartan los access hash de %n grupos básicos: mtcute no guarda ninguno para grupos básicos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: mtcute keys channels by their positive ids.</source>
        <translation>
            <numerusform>No se escribe %n valor de pts de canal con un id de canal de 0 o menos: mtcute guarda los canales por sus id positivos.</numerusform>
            <numerusform>No se escriben %n valores de pts de canal con un id de canal de 0 o menos: mtcute guarda los canales por sus id positivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; mtcute keeps one per channel (the last).</source>
        <translation>
            <numerusform>%n valor de pts de canal repite el id de una entrada anterior; mtcute conserva uno por canal (el último).</numerusform>
            <numerusform>%n valores de pts de canal repiten el id de una entrada anterior; mtcute conserva uno por canal (el último).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC: Telethon 2 conserva una dirección IPv4 y una IPv6 por DC y ninguna entrada solo de medios, CDN o estática.</numerusform>
            <numerusform>Se descartan %n entradas de DC: Telethon 2 conserva una dirección IPv4 y una IPv6 por DC y ninguna entrada solo de medios, CDN o estática.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC that already has one are dropped: Telethon 2 keeps one key per DC.</source>
        <translation>
            <numerusform>Se descarta %n clave más de un DC que ya tiene una: Telethon 2 conserva una clave por DC.</numerusform>
            <numerusform>Se descartan %n claves más de un DC que ya tiene una: Telethon 2 conserva una clave por DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: Telethon 2 keeps no peer cache.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché: Telethon 2 no tiene caché de peers.</numerusform>
            <numerusform>Se descartan %n peers en caché: Telethon 2 no tiene caché de peers.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tdata would hold %1 accounts: official Telegram Desktop rejects a key file with more than 6, starts logged out and overwrites it. Pick one account (--account), or confirm the copy is for a fork that allows more (--accept-loss).</source>
        <translation>Este tdata tendría %1 cuentas: Telegram Desktop oficial rechaza un archivo de claves con más de 6, arranca sin sesión y lo sobrescribe. Elija una cuenta (--account) o confirme que la copia es para un fork que admite más (--accept-loss).</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have no last_update_on; %1 stores the time of writing.</source>
        <translation>
            <numerusform>%n par no tiene last_update_on; %1 guarda la hora de escritura.</numerusform>
            <numerusform>%n pares no tienen last_update_on; %1 guarda la hora de escritura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignFileOpen</name>
    <message>
        <source>%1 (by its header); as a ferogram binary file: %2</source>
        <translation>%1 (por su cabecera); como archivo binario de ferogram: %2</translation>
    </message>
</context>
<context>
    <name>ForeignStringConvert</name>
    <message>
        <source>user id %1</source>
        <translation>ID de usuario %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>flag de bot (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>no es un bot</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>flag de modo de prueba (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>servidores de prueba</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID de API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID de takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>sal del servidor %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>A %1 has no field for these account values, they are dropped: %2.</source>
        <translation>Un %1 no tiene campo para estos valores de la cuenta; se descartan: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media DC.</source>
        <translation>
            <numerusform>Se descarta %n fila más de la tabla de DC: una cadena de mtcute contiene el DC principal y un DC de medios.</numerusform>
            <numerusform>Se descartan %n filas más de la tabla de DC: una cadena de mtcute contiene el DC principal y un DC de medios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a %1 holds one DC.</source>
        <translation>
            <numerusform>Se descarta %n fila más de la tabla de DC: un %1 contiene un solo DC.</numerusform>
            <numerusform>Se descartan %n filas más de la tabla de DC: un %1 contiene un solo DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización de otras entradas de DC (esos inicios de sesión se pierden).</numerusform>
            <numerusform>Se descartan %n claves de autorización de otras entradas de DC (esos inicios de sesión se pierden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped.</source>
        <translation>Se descartan los flags 0x%1 de la entrada de DC conservada.</translation>
    </message>
    <message>
        <source>The flags 0x%1 of the media DC entry are dropped.</source>
        <translation>Se descartan los flags 0x%1 de la entrada del DC de medios.</translation>
    </message>
    <message>
        <source>The time offset of the kept DC entry is dropped.</source>
        <translation>Se descarta el desfase horario de la entrada de DC conservada.</translation>
    </message>
    <message>
        <source>The server salt of the kept DC entry is dropped.</source>
        <translation>Se descarta la sal del servidor de la entrada de DC conservada.</translation>
    </message>
    <message>
        <source>The address %1 is not stored, and no address is known for %2 DC %3: reading the string back gives an entry without an address.</source>
        <translation>La dirección %1 no se guarda y no se conoce ninguna dirección para el DC %3 (%2): al volver a leer la cadena se obtiene una entrada sin dirección.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>The address %1 is not stored: reading the string back gives DC %2&apos;s usual address %3.</source>
        <translation>La dirección %1 no se guarda: al volver a leer la cadena se obtiene la dirección habitual del DC %2, %3.</translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Se descartan los contadores de actualizaciones (pts, qts, date, seq).</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n valor de pts de canal.</numerusform>
            <numerusform>Se descartan %n valores de pts de canal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché.</numerusform>
            <numerusform>Se descartan %n peers en caché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n min peer.</numerusform>
            <numerusform>Se descartan %n min peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached upload(s) (Telethon sent_files) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n subida en caché (sent_files de Telethon).</numerusform>
            <numerusform>Se descartan %n subidas en caché (sent_files de Telethon).</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped: session strings have no field for it.</source>
        <translation>Se descarta el token de autorización futuro: las cadenas de sesión no tienen campo para él.</translation>
    </message>
    <message>
        <source>The user id is not known: the Pyrogram string will carry 0 and Pyrogram asks Telegram on start (give the user id to avoid this).</source>
        <translation>El ID de usuario no se conoce: la cadena de Pyrogram llevará 0 y Pyrogram lo pregunta a Telegram al iniciar (indique el ID de usuario para evitarlo).</translation>
    </message>
</context>
<context>
    <name>ForeignStrings</name>
    <message>
        <source>The %1 is cut short: its data ends at byte %2 while reading %3 (%4 more bytes needed). Copy the whole string again.</source>
        <translation>%1 está cortado: sus datos terminan en el byte %2 al leer %3 (faltan %4 bytes). Vuelva a copiar la cadena completa.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>cadena compacta de ferogram</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not &quot;host:port&quot;</source>
        <translation>su dirección &quot;%1&quot; no es &quot;host:puerto&quot;</translation>
    </message>
    <message>
        <source>its port is 0</source>
        <translation>su puerto es 0</translation>
    </message>
    <message>
        <source>its address text &quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>el texto de su dirección &quot;%1&quot; no es ni una dirección IP ni un nombre de host</translation>
    </message>
    <message>
        <source>its IPv6 address %1 is not a public (2000::/3) address</source>
        <translation>su dirección IPv6 %1 no es pública (2000::/3)</translation>
    </message>
    <message>
        <source>its IPv4 address %1 is not a public address</source>
        <translation>su dirección IPv4 %1 no es pública</translation>
    </message>
    <message>
        <source>byte %1 (test mode) holds 0x%2, where Pyrogram writes 0 or 1</source>
        <translation>el byte %1 (modo de prueba) contiene 0x%2, donde Pyrogram escribe 0 o 1</translation>
    </message>
    <message>
        <source>the last byte (is_bot) holds 0x%1, where Pyrogram writes 0 or 1</source>
        <translation>el último byte (is_bot) contiene 0x%1, donde Pyrogram escribe 0 o 1</translation>
    </message>
    <message>
        <source>it holds no session</source>
        <translation>no contiene ninguna sesión</translation>
    </message>
    <message>
        <source>its DC id would be %1, and Telegram&apos;s DCs are 1 to 5</source>
        <translation>su ID de DC sería %1, y los DC de Telegram van del 1 al 5</translation>
    </message>
    <message>
        <source>it has no entry for its home DC %1</source>
        <translation>no tiene entrada para su DC principal %1</translation>
    </message>
    <message>
        <source>its home DC has no auth key</source>
        <translation>su DC principal no tiene clave de autorización</translation>
    </message>
    <message>
        <source>DC entry %1&apos;s address &quot;%2&quot; is not &quot;host:port&quot;</source>
        <translation>la dirección &quot;%2&quot; de la entrada de DC %1 no es &quot;host:puerto&quot;</translation>
    </message>
    <message>
        <source>bytes 1-2 hold %1, the length of the address text &quot;%2&quot; that follows: that is the GramJS layout, which has the size of a Telethon IPv6 string</source>
        <translation>los bytes 1-2 contienen %1, la longitud del texto de dirección &quot;%2&quot; que sigue: ese es el formato de GramJS, que tiene el tamaño de una cadena IPv6 de Telethon</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 no es un formato de cadena.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>it decodes to plausible values too, but the %1 reading needs more structure to succeed and was preferred</source>
        <translation>también da valores plausibles, pero la lectura como %1 necesita más estructura para tener éxito y se prefirió</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>No es un %1: %2</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>como %1: %2</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows (%1).</source>
        <translation>No es una cadena de sesión que Feroscope conozca (%1).</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>Read as a %1, but the values look wrong: %2.</source>
        <translation>Leído como %1, pero los valores parecen incorrectos: %2.</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has an empty address. Set one before a client uses this session.</source>
        <translation>No se conoce ninguna dirección para el DC %2 (%1); la entrada de DC tiene una dirección vacía. Establezca una antes de que un cliente use esta sesión.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>The session has no auth key for its home DC %1, and a %2 holds exactly that key. Log in first or pick a session with a key.</source>
        <translation>La sesión no tiene clave de autorización para su DC principal %1, y un %2 contiene justamente esa clave. Inicie sesión primero o elija una sesión con clave.</translation>
    </message>
    <message>
        <source>The home DC %1 address &quot;%2&quot; is not &quot;ip:port&quot;, which a %3 needs.</source>
        <translation>La dirección &quot;%2&quot; del DC principal %1 no es &quot;ip:puerto&quot;, que es lo que necesita un %3.</translation>
    </message>
</context>
<context>
    <name>FormatNames</name>
    <message>
        <source>ferogram binary file</source>
        <translation>archivo binario de ferogram</translation>
    </message>
    <message>
        <source>ferogram SQLite database</source>
        <translation>base de datos SQLite de ferogram</translation>
    </message>
    <message>
        <source>ferogram native string</source>
        <translation>cadena nativa de ferogram</translation>
    </message>
    <message>
        <source>ferogram compact string V2</source>
        <translation>cadena compacta V2 de ferogram</translation>
    </message>
    <message>
        <source>ferogram compact string V1</source>
        <translation>cadena compacta V1 de ferogram</translation>
    </message>
    <message>
        <source>Telethon string</source>
        <translation>cadena de Telethon</translation>
    </message>
    <message>
        <source>Telethon SQLite session</source>
        <translation>sesión SQLite de Telethon</translation>
    </message>
    <message>
        <source>Pyrogram string</source>
        <translation>cadena de Pyrogram</translation>
    </message>
    <message>
        <source>Pyrogram SQLite session</source>
        <translation>sesión SQLite de Pyrogram</translation>
    </message>
    <message>
        <source>GramJS string</source>
        <translation>cadena de GramJS</translation>
    </message>
    <message>
        <source>GramJS store folder</source>
        <translation>carpeta de almacén de GramJS</translation>
    </message>
    <message>
        <source>mtcute string</source>
        <translation>cadena de mtcute</translation>
    </message>
    <message>
        <source>MTKruto string</source>
        <translation>cadena de MTKruto</translation>
    </message>
    <message>
        <source>Telegram Desktop tdata</source>
        <translation>tdata de Telegram Desktop</translation>
    </message>
    <message>
        <source>ferogram file v%1</source>
        <translation>archivo de ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram SQLite v%1</source>
        <translation>SQLite de ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram native v%1</source>
        <translation>nativa de ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram compact V2</source>
        <translation>compacta de ferogram V2</translation>
    </message>
    <message>
        <source>ferogram compact V1</source>
        <translation>compacta de ferogram V1</translation>
    </message>
    <message>
        <source>Telethon SQLite</source>
        <translation>SQLite de Telethon</translation>
    </message>
    <message>
        <source>Pyrogram SQLite</source>
        <translation>SQLite de Pyrogram</translation>
    </message>
    <message>
        <source>GramJS store</source>
        <translation>almacén de GramJS</translation>
    </message>
    <message>
        <source>Telegram tdata</source>
        <translation>tdata de Telegram</translation>
    </message>
    <message>
        <source>Kurigram SQLite session</source>
        <translation>sesión SQLite de Kurigram</translation>
    </message>
    <message>
        <source>Kurigram SQLite</source>
        <translation>Kurigram SQLite</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite session</source>
        <translation>sesión SQLite de PyroTGFork</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite</source>
        <translation>PyroTGFork SQLite</translation>
    </message>
    <message>
        <source>Pyrofork SQLite session</source>
        <translation>sesión SQLite de Pyrofork</translation>
    </message>
    <message>
        <source>Pyrofork SQLite</source>
        <translation>Pyrofork SQLite</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite session</source>
        <translation>sesión SQLite de Telethon 2</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite</source>
        <translation>Telethon 2 SQLite</translation>
    </message>
    <message>
        <source>mtcute SQLite storage</source>
        <translation>almacenamiento SQLite de mtcute</translation>
    </message>
    <message>
        <source>mtcute SQLite</source>
        <translation>mtcute SQLite</translation>
    </message>
    <message>
        <source>grammers TL session file</source>
        <translation>archivo de sesión TL de grammers</translation>
    </message>
    <message>
        <source>grammers TL</source>
        <translation>grammers TL</translation>
    </message>
    <message>
        <source>grammers SQLite session</source>
        <translation>sesión SQLite de grammers</translation>
    </message>
    <message>
        <source>grammers SQLite</source>
        <translation>grammers SQLite</translation>
    </message>
    <message>
        <source>gotd session JSON</source>
        <translation>JSON de sesión de gotd</translation>
    </message>
    <message>
        <source>gotd JSON</source>
        <translation>gotd JSON</translation>
    </message>
    <message>
        <source>tdl bbolt store</source>
        <translation>almacén bbolt de tdl</translation>
    </message>
    <message>
        <source>tdl store</source>
        <translation>almacén de tdl</translation>
    </message>
    <message>
        <source>WTelegramClient session file</source>
        <translation>archivo de sesión de WTelegramClient</translation>
    </message>
    <message>
        <source>WTelegramClient session</source>
        <translation>sesión de WTelegramClient</translation>
    </message>
    <message>
        <source>Telegram Android tgnet.dat</source>
        <translation>tgnet.dat de Telegram Android</translation>
    </message>
    <message>
        <source>Android tgnet.dat</source>
        <translation>tgnet.dat de Android</translation>
    </message>
</context>
<context>
    <name>GotdConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: gotd keeps one DC.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC además de la del DC principal: gotd guarda un DC.</numerusform>
            <numerusform>Se descartan %n entradas de DC además de la del DC principal: gotd guarda un DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>Se descarta %n clave de autorización de otras entradas de DC.</numerusform>
            <numerusform>Se descartan %n claves de autorización de otras entradas de DC.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s time offset is dropped.</source>
        <translation>Se descarta el desfase horario de la entrada de DC conservada.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: gotd&apos;s session JSON has no peer cache.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché: el JSON de sesión de gotd no tiene caché de peers.</numerusform>
            <numerusform>Se descartan %n peers en caché: el JSON de sesión de gotd no tiene caché de peers.</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd would not load it: %1</source>
        <translation>gotd no lo cargaría: %1</translation>
    </message>
</context>
<context>
    <name>GotdJson</name>
    <message>
        <source>It is JSON starting with {&quot;Version&quot;:, the envelope gotd&apos;s session.FileStorage writes: gotd session JSON.</source>
        <translation>Es JSON que empieza por {&quot;Version&quot;:, el envoltorio que escribe session.FileStorage de gotd: JSON de sesión de gotd.</translation>
    </message>
    <message>
        <source>Not gotd session JSON: %1 at character %2.</source>
        <translation>No es JSON de sesión de gotd: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>Not gotd session JSON: it has no &quot;Version&quot; and &quot;Data&quot; object.</source>
        <translation>No es JSON de sesión de gotd: no tiene &quot;Version&quot; ni el objeto &quot;Data&quot;.</translation>
    </message>
    <message>
        <source>gotd session JSON of version %1: gotd only loads version 1 (any other it treats as &quot;no session&quot; and logs in again).</source>
        <translation>JSON de sesión de gotd de versión %1: gotd solo carga la versión 1 (cualquier otra la trata como «sin sesión» y vuelve a iniciar sesión).</translation>
    </message>
    <message>
        <source>gotd session JSON without Data.%1.</source>
        <translation>JSON de sesión de gotd sin Data.%1.</translation>
    </message>
    <message>
        <source>Data.AuthKey is %1 bytes; an auth key has 256.</source>
        <translation>Data.AuthKey tiene %1 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>Data.AuthKeyID (%1) is not the key&apos;s id (%2): gotd refuses such a session (&quot;corrupted key&quot;).</source>
        <translation>Data.AuthKeyID (%1) no es el id de la clave (%2): gotd rechaza una sesión así («corrupted key»).</translation>
    </message>
    <message numerus="yes">
        <source>version 1, no address, %n DC option(s) in its config</source>
        <translation>
            <numerusform>versión 1, sin dirección, %n opción de DC en su configuración</numerusform>
            <numerusform>versión 1, sin dirección, %n opciones de DC en su configuración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version 1, address %1, %n DC option(s) in its config</source>
        <translation>
            <numerusform>versión 1, dirección %1, %n opción de DC en su configuración</numerusform>
            <numerusform>versión 1, dirección %1, %n opciones de DC en su configuración</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd session JSON needs the home DC&apos;s auth key, and DC %1 has none.</source>
        <translation>El JSON de sesión de gotd necesita la clave de autorización del DC principal, y el DC %1 no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>GramjsStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not the JSON value GramJS writes (%2).</source>
        <translation>%1 no es el valor JSON que escribe GramJS (%2).</translation>
    </message>
    <message>
        <source>%1 is not a 256-byte JSON Buffer ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</source>
        <translation>%1 no es un Buffer JSON de 256 bytes ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</translation>
    </message>
    <message>
        <source>%1: data[%2] is not a byte value.</source>
        <translation>%1: data[%2] no es un valor de byte.</translation>
    </message>
    <message>
        <source>%1 is not a GramJS entity row [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</source>
        <translation>%1 no es una fila de entidad de GramJS [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</translation>
    </message>
    <message>
        <source>%1 is not a GramJS store folder: no &quot;&lt;name&gt;%3AdcId&quot; file in it.</source>
        <translation>%1 no es una carpeta de almacén de GramJS: no contiene ningún archivo &quot;&lt;name&gt;%3AdcId&quot;.</translation>
    </message>
    <message>
        <source>StoreSession &quot;%1&quot;</source>
        <translation>StoreSession &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The GramJS store %1 lacks a serverAddress or port file.</source>
        <translation>Al almacén de GramJS %1 le falta el archivo serverAddress o port.</translation>
    </message>
    <message>
        <source>Files not read: %1.</source>
        <translation>Archivos no leídos: %1.</translation>
    </message>
    <message>
        <source>GramJS refuses the session name &quot;%1&quot;; choose another folder name.</source>
        <translation>GramJS rechaza el nombre de sesión &quot;%1&quot;; elija otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>The home DC %1 has no address; GramJS needs its serverAddress and port.</source>
        <translation>El DC principal %1 no tiene dirección; GramJS necesita su serverAddress y su puerto.</translation>
    </message>
</context>
<context>
    <name>GramjsString</name>
    <message>
        <source>GramJS string</source>
        <translation>cadena de GramJS</translation>
    </message>
    <message>
        <source>Not a GramJS string: it must start with the version character &quot;1&quot;.</source>
        <translation>No es una cadena de GramJS: debe empezar con el carácter de versión &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Not a GramJS string: %1 bytes are left over after the auth key (byte %2). It may be another library&apos;s string.</source>
        <translation>No es una cadena de GramJS: sobran %1 bytes tras la clave de autorización (byte %2). Puede ser la cadena de otra biblioteca.</translation>
    </message>
    <message>
        <source>Not a GramJS string: the address text at byte 3 is not UTF-8.</source>
        <translation>No es una cadena de GramJS: el texto de dirección del byte 3 no es UTF-8.</translation>
    </message>
    <message>
        <source>%1 address text, %2 characters</source>
        <translation>texto de dirección %1, %2 caracteres</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nombre de host</translation>
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
        <translation>El puerto %1 es mayor que 32767: el propio GramJS lo lee como %2 y no puede volver a guardar la sesión.</translation>
    </message>
    <message>
        <source>GramJS writes the standard base64 alphabet with &apos;=&apos; padding; this text differs (GramJS still reads it).</source>
        <translation>GramJS escribe el alfabeto base64 estándar con relleno &apos;=&apos;; este texto es distinto (GramJS lo lee igualmente).</translation>
    </message>
    <message>
        <source>Port %1 is above 32767: GramJS stores the port as a signed 16-bit number, would read it as %2 and cannot save it. Use an address with a port up to 32767.</source>
        <translation>El puerto %1 es mayor que 32767: GramJS guarda el puerto como número de 16 bits con signo, lo leería como %2 y no podría guardarlo. Use una dirección con un puerto de hasta 32767.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a GramJS string has for it.</source>
        <translation>El ID de DC %1 no cabe en el único byte que tiene para él una cadena de GramJS.</translation>
    </message>
    <message>
        <source>The address text is %1 bytes long; GramJS reads at most 32767.</source>
        <translation>El texto de la dirección mide %1 bytes; GramJS lee como máximo 32767.</translation>
    </message>
</context>
<context>
    <name>GrammersConvert</name>
    <message>
        <source>The session does not say whether user %1 is a bot; grammers stores the flag, and it is written as &quot;not a bot&quot;.</source>
        <translation>La sesión no dice si el usuario %1 es un bot; grammers guarda el indicador, y se escribe como «no es un bot».</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: the grammers TL file has no peer cache.</source>
        <translation>
            <numerusform>Se descarta %n peer en caché: el archivo TL de grammers no tiene caché de peers.</numerusform>
            <numerusform>Se descartan %n peers en caché: el archivo TL de grammers no tiene caché de peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) with an id above %1 are dropped: grammers cannot key them.</source>
        <translation>
            <numerusform>Se descarta %n canal con un id mayor que %1: grammers no puede usarlo como clave.</numerusform>
            <numerusform>Se descartan %n canales con un id mayor que %1: grammers no puede usarlos como clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: grammers stores none for them.</source>
        <translation>
            <numerusform>Se descarta el access hash de %n grupo básico: grammers no guarda ninguno para ellos.</numerusform>
            <numerusform>Se descarta el access hash de %n grupos básicos: grammers no guarda ninguno para ellos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersDcs</name>
    <message>
        <source>The store has no entry for its home DC %1, and grammers has no built-in address for it.</source>
        <translation>El almacén no tiene entrada para su DC principal %1, y grammers no tiene una dirección integrada para él.</translation>
    </message>
    <message>
        <source>The store has no entry for its home DC %1; grammers uses its built-in address %2:443, and so did we.</source>
        <translation>El almacén no tiene entrada para su DC principal %1; grammers usa su dirección integrada %2:443, y nosotros también.</translation>
    </message>
    <message numerus="yes">
        <source>%n media-only DC entry(s) are not written: grammers keeps one entry per DC.</source>
        <translation>
            <numerusform>No se escribe %n entrada de DC solo para medios: grammers guarda una entrada por DC.</numerusform>
            <numerusform>No se escriben %n entradas de DC solo para medios: grammers guarda una entrada por DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) with a host name or no port are not written: grammers stores IP addresses.</source>
        <translation>
            <numerusform>No se escribe %n entrada de DC con nombre de host o sin puerto: grammers guarda direcciones IP.</numerusform>
            <numerusform>No se escriben %n entradas de DC con nombre de host o sin puerto: grammers guarda direcciones IP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) of DCs without an IPv4 address are not written: grammers 0.8 needs one in every DC.</source>
        <translation>
            <numerusform>No se escribe %n entrada de DC sin dirección IPv4: grammers 0.8 necesita una en cada DC.</numerusform>
            <numerusform>No se escriben %n entradas de DC sin dirección IPv4: grammers 0.8 necesita una en cada DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) repeat a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</source>
        <translation>
            <numerusform>%n entrada de DC repite la dirección IPv4 o IPv6 de un DC; grammers guarda la primera de cada una.</numerusform>
            <numerusform>%n entradas de DC repiten la dirección IPv4 o IPv6 de un DC; grammers guarda la primera de cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) differ from the key of their DC&apos;s first entry; grammers keeps one key per DC.</source>
        <translation>
            <numerusform>%n clave de autorización difiere de la de la primera entrada de su DC; grammers guarda una clave por DC.</numerusform>
            <numerusform>%n claves de autorización difieren de la de la primera entrada de su DC; grammers guarda una clave por DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 port(s) differ from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</source>
        <translation>
            <numerusform>%n puerto IPv6 difiere del puerto IPv4 del DC; grammers 0.8 guarda un puerto por DC.</numerusform>
            <numerusform>%n puertos IPv6 difieren del puerto IPv4 del DC; grammers 0.8 guarda un puerto por DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry a salt or time offset; grammers stores neither.</source>
        <translation>
            <numerusform>%n entrada de DC lleva una sal o un desfase horario; grammers no guarda ninguno.</numerusform>
            <numerusform>%n entradas de DC llevan una sal o un desfase horario; grammers no guarda ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an IPv4 address for the home DC %2 (grammers 0.8 requires one in every DC), and the session has none.</source>
        <translation>%1 necesita una dirección IPv4 para el DC principal %2 (grammers 0.8 exige una en cada DC), y la sesión no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>GrammersSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv4 &quot;%2&quot; is not an IPv4 socket address.</source>
        <translation>fila dc_option del DC %1: ipv4 «%2» no es una dirección de socket IPv4.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv6 &quot;%2&quot; is not an IPv6 socket address.</source>
        <translation>fila dc_option del DC %1: ipv6 «%2» no es una dirección de socket IPv6.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: auth_key is %2 bytes; an auth key has 256.</source>
        <translation>fila dc_option del DC %1: auth_key tiene %2 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>An SQLite database with grammers&apos; dc_home, dc_option and peer_info tables (Telethon has sessions/entities, Pyrogram peers with access_hash): a grammers SQLite session.</source>
        <translation>Una base de datos SQLite con las tablas dc_home, dc_option y peer_info de grammers (Telethon tiene sessions/entities, Pyrogram peers con access_hash): una sesión SQLite de grammers.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a grammers session (no dc_home, dc_option and peer_info tables).</source>
        <translation>%1 es una base de datos SQLite pero no una sesión de grammers (no hay tablas dc_home, dc_option y peer_info).</translation>
    </message>
    <message>
        <source>user_version %1</source>
        <translation>user_version %1</translation>
    </message>
    <message>
        <source>user_version is %1 (grammers 0.8 writes 1); read as version 1.</source>
        <translation>user_version es %1 (grammers 0.8 escribe 1); se lee como versión 1.</translation>
    </message>
</context>
<context>
    <name>GrammersTl</name>
    <message>
        <source>The grammers session file is cut short: it ends at byte %1 while reading %2 (%3 more bytes needed; grammers would say &quot;malformed data&quot;).</source>
        <translation>El archivo de sesión de grammers está truncado: termina en el byte %1 al leer %2 (faltan %3 bytes; grammers diría «malformed data»).</translation>
    </message>
    <message>
        <source>Unknown constructor 0x%1 at byte %2 (%3): grammers would refuse the file (&quot;unsupported version&quot;).</source>
        <translation>Constructor desconocido 0x%1 en el byte %2 (%3): grammers rechazaría el archivo («unsupported version»).</translation>
    </message>
    <message>
        <source>DC %1 has a WebSocket entry (%2); grammers 0.8 skips those, and so did we.</source>
        <translation>El DC %1 tiene una entrada WebSocket (%2); grammers 0.8 las omite, y nosotros también.</translation>
    </message>
    <message>
        <source>DC %1&apos;s port is %2, not a port number.</source>
        <translation>El puerto del DC %1 es %2, no un número de puerto.</translation>
    </message>
    <message>
        <source>DC %1&apos;s auth key is %2 bytes; an auth key has 256.</source>
        <translation>La clave de autorización del DC %1 tiene %2 bytes; una clave tiene 256.</translation>
    </message>
    <message>
        <source>DC %1&apos;s entry has no address.</source>
        <translation>La entrada del DC %1 no tiene dirección.</translation>
    </message>
    <message>
        <source>user.bot at byte %1 is 0x%2, not a TL Bool.</source>
        <translation>user.bot en el byte %1 es 0x%2, no un Bool de TL.</translation>
    </message>
    <message>
        <source>The channel count %1 does not fit the %2 bytes left.</source>
        <translation>El número de canales %1 no cabe en los %2 bytes restantes.</translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.8 address layout (both addresses in each of %n DC entry(s))</source>
        <translation>
            <numerusform>sesión TL, formato de direcciones de grammers 0.8 (ambas direcciones en %n entrada de DC)</numerusform>
            <numerusform>sesión TL, formato de direcciones de grammers 0.8 (ambas direcciones en cada una de las %n entradas de DC)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.7 address layout (one address in each of %n DC entry(s))</source>
        <translation>
            <numerusform>sesión TL, formato de direcciones de grammers 0.7 (una dirección en %n entrada de DC)</numerusform>
            <numerusform>sesión TL, formato de direcciones de grammers 0.7 (una dirección en cada una de las %n entradas de DC)</numerusform>
        </translation>
    </message>
    <message>
        <source>TL session, mixed address layouts (%1 DC entries of grammers 0.8, %2 of 0.7)</source>
        <translation>sesión TL, formatos de direcciones mezclados (%1 entradas de DC de grammers 0.8, %2 de 0.7)</translation>
    </message>
    <message>
        <source>It starts with grammers&apos; session constructor 0xa73eb8ce, a flags word of %1 and a TL vector: a grammers TL session file.</source>
        <translation>Empieza con el constructor de sesión de grammers 0xa73eb8ce, una palabra de indicadores %1 y un vector TL: un archivo de sesión TL de grammers.</translation>
    </message>
    <message>
        <source>Not a grammers session file: it starts with 0x%1, not the session constructor 0xa73eb8ce.</source>
        <translation>No es un archivo de sesión de grammers: empieza por 0x%1, no por el constructor de sesión 0xa73eb8ce.</translation>
    </message>
    <message>
        <source>The DC count %1 does not fit the %2 bytes left.</source>
        <translation>El número de DC %1 no cabe en los %2 bytes restantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the session are ignored.</source>
        <translation>
            <numerusform>Se ignora %n byte tras la sesión.</numerusform>
            <numerusform>Se ignoran %n bytes tras la sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</source>
        <translation>
            <numerusform>%n entrada de DC lleva una sola dirección (indicadores 5 o 6): escrita por grammers 0.7 o anterior, octetos en orden de red, y así se lee. grammers 0.8 leería una dirección IPv4 al revés y entraría en pánico con una entrada solo IPv6; Feroscope escribe el formato de 0.8.</numerusform>
            <numerusform>%n entradas de DC llevan una sola dirección (indicadores 5 o 6): escritas por grammers 0.7 o anterior, octetos en orden de red, y así se leen. grammers 0.8 leería una dirección IPv4 al revés y entraría en pánico con una entrada solo IPv6; Feroscope escribe el formato de 0.8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>%1: %2 entries, more than the %3 a ferogram binary file can hold; it can only be kept as a SQLite database.</source>
        <translation>%1: %2 entradas, más de las %3 que admite un archivo binario de ferogram; solo se puede conservar como base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1: %2 entries, close to the binary format&apos;s limit of %3 (ferogram&apos;s writer silently corrupts the file beyond it).</source>
        <translation>%1: %2 entradas, cerca del límite del formato binario de %3 (el escritor de ferogram daña el archivo sin avisar si se supera).</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>basic groups</source>
        <translation>grupos básicos</translation>
    </message>
    <message>
        <source>broadcast channels</source>
        <translation>canales de difusión</translation>
    </message>
    <message>
        <source>megagroups</source>
        <translation>megagrupos</translation>
    </message>
    <message>
        <source>gigagroups</source>
        <translation>gigagrupos</translation>
    </message>
    <message>
        <source>channels of unknown kind</source>
        <translation>canales de tipo desconocido</translation>
    </message>
    <message>
        <source>min channels (no access hash)</source>
        <translation>canales min (sin hash de acceso)</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>comunidades</translation>
    </message>
    <message>
        <source>every ferogram release with the sqlite-session feature (0.3.0 and newer)</source>
        <translation>cualquier versión de ferogram con la función sqlite-session (0.3.0 y posteriores)</translation>
    </message>
    <message>
        <source>every ferogram release that reads compact strings</source>
        <translation>cualquier versión de ferogram que lea cadenas compactas</translation>
    </message>
    <message>
        <source>no ferogram release directly (convert it first)</source>
        <translation>ninguna versión de ferogram directamente (conviértala primero)</translation>
    </message>
    <message>
        <source>The home DC %1 has no entry in the DC table: the client cannot reach the account&apos;s data centre.</source>
        <translation>El DC principal %1 no tiene entrada en la tabla de DC: el cliente no puede llegar al centro de datos de la cuenta.</translation>
    </message>
    <message>
        <source>The session has no DC table and no auth key: it is not logged in.</source>
        <translation>La sesión no tiene tabla de DC ni clave de autorización: no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The home DC %1 has no auth key: this session is not logged in.</source>
        <translation>El DC principal %1 no tiene clave de autorización: esta sesión no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>DC %1 with flags 0x%2 appears %3 times in the DC table; the client uses only one of them and a SQLite database cannot store them all.</source>
        <translation>El DC %1 con flags 0x%2 aparece %3 veces en la tabla de DC; el cliente solo usa una y una base de datos SQLite no puede guardarlas todas.</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>Tabla de DC</translation>
    </message>
    <message>
        <source>Cached peers</source>
        <translation>Peers en caché</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min peers</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Pts de canales</translation>
    </message>
    <message>
        <source>Future auth token bytes</source>
        <translation>Bytes del token de autorización futuro</translation>
    </message>
    <message>
        <source>The address of DC %1 is %2 bytes long; the binary format holds at most 255.</source>
        <translation>La dirección del DC %1 mide %2 bytes; el formato binario admite como máximo 255.</translation>
    </message>
    <message>
        <source>The min-peer cache holds %1 entries; ferogram never prunes it, and it slows every load and save.</source>
        <translation>La caché de min peers contiene %1 entradas; ferogram nunca la limpia y ralentiza cada carga y cada guardado.</translation>
    </message>
    <message>
        <source>The update state is not initialised (pts %1): the client will fetch its state from scratch and may miss updates that happened while it was away.</source>
        <translation>El estado de actualizaciones no está inicializado (pts %1): el cliente obtendrá su estado desde cero y puede perderse actualizaciones ocurridas mientras no estaba.</translation>
    </message>
    <message>
        <source>Legacy v1 file (no version byte, DC table only): ferogram guesses this layout from the first byte; convert it to a current version to be safe.</source>
        <translation>Archivo v1 antiguo (sin byte de versión, solo tabla de DC): ferogram deduce este formato por el primer byte; conviértalo a una versión actual por seguridad.</translation>
    </message>
    <message>
        <source>Only %1 can open this file; older releases treat it as damaged, rename it to .bak and start logged out. Convert it to an older version for them.</source>
        <translation>Solo %1 puede abrir este archivo; las versiones anteriores lo consideran dañado, lo renombran a .bak y empiezan sin sesión iniciada. Conviértalo a una versión anterior para ellas.</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s): only ferogram 0.6.5 and newer keep them; older releases read them as plain peers and drop the flag on their next save.</source>
        <translation>
            <numerusform>%n peer de comunidad: solo ferogram 0.6.5 y posteriores lo conservan; las versiones anteriores lo leen como peer normal y descartan el flag al guardar la próxima vez.</numerusform>
            <numerusform>%n peers de comunidad: solo ferogram 0.6.5 y posteriores los conservan; las versiones anteriores los leen como peers normales y descartan el flag al guardar la próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is kept only by ferogram 0.6.4 and newer; older releases drop it on their next save.</source>
        <translation>Solo ferogram 0.6.4 y posteriores conservan el token de autorización futuro; las versiones anteriores lo descartan al guardar la próxima vez.</translation>
    </message>
    <message>
        <source>no ferogram release (every release misreads this file)</source>
        <translation>ninguna versión de ferogram (todas las versiones leen mal este archivo)</translation>
    </message>
    <message>
        <source>no ferogram release (every release fails to read this file)</source>
        <translation>ninguna versión de ferogram (todas las versiones fallan al leer este archivo)</translation>
    </message>
    <message>
        <source>every ferogram release (%1 and newer)</source>
        <translation>cualquier versión de ferogram (%1 y posteriores)</translation>
    </message>
    <message>
        <source>ferogram %1 and newer</source>
        <translation>ferogram %1 y posteriores</translation>
    </message>
</context>
<context>
    <name>LibraryFlags</name>
    <message>
        <source>readable by others</source>
        <translation>legible por otros</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>too new for %1</source>
        <translation>demasiado nueva para %1</translation>
    </message>
    <message numerus="yes">
        <source>same key as %n other(s)</source>
        <translation>
            <numerusform>misma clave que %n otra</numerusform>
            <numerusform>misma clave que %n otras</numerusform>
        </translation>
    </message>
    <message>
        <source>same key elsewhere</source>
        <translation>misma clave en otro sitio</translation>
    </message>
    <message>
        <source>Other users can read this session (mode %1): anyone who reads it can use the account. Use File ▸ Restrict Permissions.</source>
        <translation>Otros usuarios pueden leer esta sesión (modo %1): cualquiera que la lea puede usar la cuenta. Use Archivo ▸ Restringir permisos.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Another program has this database open (a -wal or -journal file exists); what you see is a snapshot.</source>
        <translation>Otro programa tiene abierta esta base de datos (existe un archivo -wal o -journal); lo que ve es una instantánea.</translation>
    </message>
    <message>
        <source>ferogram %1 cannot open this version: it would rename the file to .bak and start logged out. Export it as an older version.</source>
        <translation>ferogram %1 no puede abrir esta versión: renombraría el archivo a .bak y empezaría sin sesión iniciada. Expórtela como una versión anterior.</translation>
    </message>
    <message>
        <source>The same auth key is in: %1. Two clients using one key log each other out.</source>
        <translation>La misma clave de autorización está en: %1. Dos clientes que usan una misma clave se cierran la sesión mutuamente.</translation>
    </message>
    <message>
        <source>Icons after a name flag a risk:
• open padlock: other users can read the session
• clock: another program has the database open (in use)
• up arrow: too new for ferogram %1 (the release chosen in Settings)
• key: the same auth key is in another session
Point at an icon for details.</source>
        <translation>Los iconos tras un nombre señalan un riesgo:
• candado abierto: otros usuarios pueden leer la sesión
• reloj: otro programa tiene abierta la base de datos (en uso)
• flecha hacia arriba: demasiado nueva para ferogram %1 (la versión elegida en Ajustes)
• llave: la misma clave de autorización está en otra sesión
Sitúe el puntero sobre un icono para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1, account %2 of %3</source>
        <translation>%1, cuenta %2 de %3</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message>
        <source>Remove from Library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Row(s) from Library</source>
        <translation>
            <numerusform>Quitar %n fila de la biblioteca</numerusform>
            <numerusform>Quitar %n filas de la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MtcuteSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>The key_value entry %1 is not what mtcute writes: %2</source>
        <translation>La entrada de key_value %1 no es lo que escribe mtcute: %2</translation>
    </message>
    <message>
        <source>key_value entry %1</source>
        <translation>entrada de key_value %1</translation>
    </message>
    <message>
        <source>version %1 (mtcute knows 1 and 2)</source>
        <translation>versión %1 (mtcute conoce 1 y 2)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>key_value entry current_user</source>
        <translation>entrada de key_value current_user</translation>
    </message>
    <message>
        <source>version %1 (mtcute writes 1)</source>
        <translation>versión %1 (mtcute escribe 1)</translation>
    </message>
    <message>
        <source>not a Vector&lt;mt_future_salt&gt;</source>
        <translation>no es un Vector&lt;mt_future_salt&gt;</translation>
    </message>
    <message>
        <source>entry %1 is not an mt_future_salt</source>
        <translation>la entrada %1 no es un mt_future_salt</translation>
    </message>
    <message>
        <source>%1 bytes left over</source>
        <translation>sobran %1 bytes</translation>
    </message>
    <message>
        <source>%1 bytes where mtcute writes 4</source>
        <translation>%1 bytes donde mtcute escribe 4</translation>
    </message>
    <message>
        <source>not a channel id with a 4-byte pts</source>
        <translation>no es un id de canal con un pts de 4 bytes</translation>
    </message>
    <message>
        <source>auth_keys row: DC id %1 is out of range.</source>
        <translation>Fila de auth_keys: el id de DC %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>Fila de auth_keys del DC %1: la clave tiene %2 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>temp_auth_keys row: DC %1, index %2 is out of range.</source>
        <translation>Fila de temp_auth_keys: DC %1, índice %2 fuera de rango.</translation>
    </message>
    <message>
        <source>temp_auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>Fila de temp_auth_keys del DC %1: la clave tiene %2 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>peers row %1: the hash &quot;%2&quot; is not &quot;&lt;low&gt;|&lt;high&gt;&quot;.</source>
        <translation>Fila de peers %1: el hash «%2» no es «&lt;low&gt;|&lt;high&gt;».</translation>
    </message>
    <message>
        <source>peers row %1: usernames is not a JSON list.</source>
        <translation>Fila de peers %1: usernames no es una lista JSON.</translation>
    </message>
    <message>
        <source>message_refs row: message id %1 is out of range.</source>
        <translation>Fila de message_refs: el id de mensaje %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>mtcute would migrate this database on open (%1 not at the version 0.29.7 writes); we read it as it is.</source>
        <translation>mtcute migraría esta base de datos al abrirla (%1 no está en la versión que escribe 0.29.7); la leemos tal cual.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an mtcute storage (no mtcute_migrations, auth_keys and key_value tables).</source>
        <translation>%1 es una base de datos SQLite pero no un almacenamiento de mtcute (no tiene las tablas mtcute_migrations, auth_keys y key_value).</translation>
    </message>
    <message>
        <source>mtcute storage (migrations: %1), %2 journal</source>
        <translation>almacenamiento de mtcute (migraciones: %1), diario %2</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>rollback</translation>
    </message>
    <message>
        <source>%1 is an mtcute storage without a main DC (no dc_main key): no session was saved in it.</source>
        <translation>%1 es un almacenamiento de mtcute sin DC principal (sin la clave dc_main): no se guardó ninguna sesión en él.</translation>
    </message>
    <message>
        <source>auth_keys holds no key for the main DC %1: the session is not logged in.</source>
        <translation>auth_keys no tiene clave para el DC principal %1: la sesión no ha iniciado sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are stored beside the permanent ones; they are shown, never used as the login.</source>
        <translation>
            <numerusform>Hay %n clave de autorización temporal (PFS) junto a las permanentes; se muestra, nunca se usa como inicio de sesión.</numerusform>
            <numerusform>Hay %n claves de autorización temporales (PFS) junto a las permanentes; se muestran, nunca se usan como inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only some of updates_pts, updates_qts, updates_date and updates_seq are stored: mtcute reads no update state from this file.</source>
        <translation>Solo se guardan algunos de updates_pts, updates_qts, updates_date y updates_seq: mtcute no lee ningún estado de actualizaciones de este archivo.</translation>
    </message>
    <message>
        <source>key_value entries Feroscope does not know were left out: %1.</source>
        <translation>Se omitieron entradas de key_value que Feroscope no conoce: %1.</translation>
    </message>
    <message>
        <source>mtcute stores the main DC&apos;s address and port, and DC %1 has none.</source>
        <translation>mtcute guarda la dirección y el puerto del DC principal, y el DC %1 no tiene.</translation>
    </message>
</context>
<context>
    <name>MtcuteString</name>
    <message>
        <source>mtcute string</source>
        <translation>cadena de mtcute</translation>
    </message>
    <message>
        <source>%1 of the mtcute string</source>
        <translation>%1 de la cadena de mtcute</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has version %2; mtcute knows versions 1 and 2.</source>
        <translation>%1 de la cadena de mtcute tiene la versión %2; mtcute conoce las versiones 1 y 2.</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has %2 bytes left over.</source>
        <translation>A %1 de la cadena de mtcute le sobran %2 bytes.</translation>
    </message>
    <message>
        <source>Not an mtcute string: it starts with byte 0x%1, and mtcute 0.29.7 reads only session version 3.</source>
        <translation>No es una cadena de mtcute: empieza por el byte 0x%1, y mtcute 0.29.7 solo lee la versión de sesión 3.</translation>
    </message>
    <message>
        <source>Not an mtcute string: %1 bytes are left over after the auth key (byte %2).</source>
        <translation>No es una cadena de mtcute: sobran %1 bytes tras la clave de autorización (byte %2).</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s is_bot value 0x%1 is neither TL true nor TL false.</source>
        <translation>El valor is_bot 0x%1 de la cadena de mtcute no es ni TL true ni TL false.</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>La clave de autorización de la cadena de mtcute mide %1 bytes, no 256.</translation>
    </message>
    <message>
        <source>main DC</source>
        <translation>DC principal</translation>
    </message>
    <message>
        <source>media DC</source>
        <translation>DC de medios</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s main and media DC disagree about test mode; mtcute rejects such a string.</source>
        <translation>El DC principal y el de medios de la cadena de mtcute no coinciden en el modo de prueba; mtcute rechaza una cadena así.</translation>
    </message>
    <message>
        <source>version 3</source>
        <translation>versión 3</translation>
    </message>
    <message>
        <source>no media DC</source>
        <translation>sin DC de medios</translation>
    </message>
    <message>
        <source>self user</source>
        <translation>usuario propio</translation>
    </message>
    <message>
        <source>no self user</source>
        <translation>sin usuario propio</translation>
    </message>
    <message>
        <source>The string sets mtcute&apos;s legacy test-mode flag; both DCs are test DCs.</source>
        <translation>La cadena activa el antiguo flag de modo de prueba de mtcute; ambos DC son DC de prueba.</translation>
    </message>
    <message>
        <source>mtcute writes URL-safe base64 without &apos;=&apos; padding; this text differs (mtcute still reads it).</source>
        <translation>mtcute escribe base64 seguro para URL sin relleno &apos;=&apos;; este texto es distinto (mtcute lo lee igualmente).</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte an mtcute string has for it.</source>
        <translation>El ID de DC %1 no cabe en el único byte que tiene para él una cadena de mtcute.</translation>
    </message>
</context>
<context>
    <name>MtkrutoString</name>
    <message>
        <source>MTKruto string</source>
        <translation>cadena de MTKruto</translation>
    </message>
    <message>
        <source>The MTKruto string is cut short: it ends with a zero byte whose run length is missing. Copy the whole string again.</source>
        <translation>La cadena de MTKruto está cortada: termina con un byte cero al que le falta la longitud de la repetición. Vuelva a copiar la cadena completa.</translation>
    </message>
    <message>
        <source>Not an MTKruto string: %1 bytes are left over after the auth key.</source>
        <translation>No es una cadena de MTKruto: sobran %1 bytes tras la clave de autorización.</translation>
    </message>
    <message>
        <source>Not an MTKruto string: its DC field is &quot;%1&quot;, not a DC number with an optional &quot;-test&quot;.</source>
        <translation>No es una cadena de MTKruto: su campo de DC es &quot;%1&quot;, no un número de DC con un &quot;-test&quot; opcional.</translation>
    </message>
    <message>
        <source>The MTKruto string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>La clave de autorización de la cadena de MTKruto mide %1 bytes, no 256.</translation>
    </message>
    <message>
        <source>test DC %1</source>
        <translation>DC de prueba %1</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>MTKruto strings are URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>Las cadenas de MTKruto son base64 seguro para URL sin relleno &apos;=&apos;; este texto es distinto.</translation>
    </message>
    <message>
        <source>DC id %1 cannot be written to an MTKruto string.</source>
        <translation>El ID de DC %1 no se puede escribir en una cadena de MTKruto.</translation>
    </message>
</context>
<context>
    <name>NativeString</name>
    <message>
        <source>native string of %1</source>
        <translation>cadena nativa de %1</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Feroscope cannot read %1 yet.</source>
        <translation>Feroscope aún no puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the database: %1</source>
        <translation>No se puede crear una carpeta temporal para la base de datos: %1</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1); every ferogram save leaves 0644. Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>El archivo lo pueden leer otros usuarios (modo %1); cada guardado de ferogram deja 0644. Restrínjalo al propietario (0600): la clave de autorización que contiene es un inicio de sesión completo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a session file (use scan to list the sessions in a folder).</source>
        <translation>%1 es una carpeta, no un archivo de sesión (use scan para listar las sesiones de una carpeta).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large to be a ferogram session (the largest possible binary file is about 3 MiB).</source>
        <translation>%1 ocupa %2 MiB: demasiado para ser una sesión de ferogram (el mayor archivo binario posible ocupa unos 3 MiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a ferogram session.</source>
        <translation>%1 es demasiado grande para ser una sesión de ferogram.</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 no es un formato de cadena.</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1). Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>Otros usuarios pueden leer el archivo (modo %1). Restrínjalo al propietario (0600): su clave de autorización es un inicio de sesión completo.</translation>
    </message>
</context>
<context>
    <name>PermissionsAction</name>
    <message>
        <source>%1 can be read by other users of this computer (mode %2). Anyone who can read it can use the account.

Restrict it to you only (mode 0600)?</source>
        <translation>%1 lo pueden leer otros usuarios de este equipo (modo %2). Cualquiera que pueda leerlo puede usar la cuenta.

¿Restringirlo solo a usted (modo 0600)?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Restrict Permissions</source>
        <translation>Restringir permisos</translation>
    </message>
    <message>
        <source>%1 is now readable by you only.</source>
        <translation>Ahora %1 solo lo puede leer usted.</translation>
    </message>
    <message>
        <source>Files in %1 can be read by other users of this computer. Anyone who can read them can use the accounts.

Restrict the folder to you only (every file in it 0600, its folders 0700)?</source>
        <translation>Otros usuarios de este equipo pueden leer archivos de %1. Cualquiera que pueda leerlos puede usar las cuentas.

¿Restringir la carpeta solo a usted (cada archivo que contiene 0600, sus carpetas 0700)?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are now readable by you only.</source>
        <translation>
            <numerusform>%n sesión ahora solo la puede leer usted.</numerusform>
            <numerusform>%n sesiones ahora solo las puede leer usted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) can be read by other users of this computer:

%1

Anyone who can read them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?</source>
        <translation>
            <numerusform>%n sesión seleccionada la pueden leer otros usuarios de este equipo:

%1

Quien pueda leerla puede usar la cuenta. ¿Restringirla solo a usted (archivos 0600, carpetas de sesión 0700)?</numerusform>
            <numerusform>%n sesiones seleccionadas las pueden leer otros usuarios de este equipo:

%1

Quien pueda leerlas puede usar las cuentas. ¿Restringirlas solo a usted (archivos 0600, carpetas de sesión 0700)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected session(s) are already readable by you only.</source>
        <translation>
            <numerusform>La sesión seleccionada ya solo la puede leer usted.</numerusform>
            <numerusform>Las %n sesiones seleccionadas ya solo las puede leer usted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already were.</source>
        <translation>
            <numerusform>%n ya lo estaba.</numerusform>
            <numerusform>%n ya lo estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be restricted.</source>
        <translation>
            <numerusform>%n no se pudo restringir.</numerusform>
            <numerusform>%n no se pudieron restringir.</numerusform>
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
        <translation>No se pudieron desactivar los volcados de memoria (setrlimit: %1); un fallo puede escribir claves de autorización en el disco.</translation>
    </message>
    <message>
        <source>The process could not be made non-dumpable (prctl: %1); a crash or a debugger may expose auth keys.</source>
        <translation>No se pudo marcar el proceso como no volcable (prctl: %1); un fallo o un depurador pueden exponer claves de autorización.</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n peer(s), </source>
        <translation>
            <numerusform>Eliminados: %n peer, </numerusform>
            <numerusform>Eliminados: %n peers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) and </source>
        <translation>
            <numerusform>%n min peer y </numerusform>
            <numerusform>%n min peers y </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts entries.</source>
        <translation>
            <numerusform>%n entrada de pts de canal.</numerusform>
            <numerusform>%n entradas de pts de canal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PyrogramLayout</name>
    <message>
        <source>the version table has a &quot;version&quot; column: a Telethon session</source>
        <translation>la tabla version tiene una columna «version»: una sesión de Telethon</translation>
    </message>
    <message>
        <source>no sessions, peers and version(number) tables</source>
        <translation>no hay tablas sessions, peers y version(number)</translation>
    </message>
    <message>
        <source>sessions has server_address and port columns</source>
        <translation>sessions tiene las columnas server_address y port</translation>
    </message>
    <message>
        <source>a usernames(id, username) table without server_address</source>
        <translation>una tabla usernames(id, username) sin server_address</translation>
    </message>
    <message>
        <source>a usernames table keyed by username, with peer_id</source>
        <translation>una tabla usernames con el nombre de usuario como clave y peer_id</translation>
    </message>
    <message>
        <source>version 4 with update_state and peers.username (no usernames table yet)</source>
        <translation>versión 4 con update_state y peers.username (aún sin tabla usernames)</translation>
    </message>
    <message>
        <source>peers.username, no usernames and no update_state table</source>
        <translation>peers.username, sin tabla usernames ni update_state</translation>
    </message>
    <message>
        <source>sessions, peers and version(number) tables, none of a fork&apos;s marks</source>
        <translation>tablas sessions, peers y version(number), ninguna marca de un fork</translation>
    </message>
</context>
<context>
    <name>PyrogramSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>This Pyrogram database holds no session (the sessions table is empty).</source>
        <translation>Esta base de datos de Pyrogram no contiene ninguna sesión (la tabla sessions está vacía).</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has none.</source>
        <translation>No se conoce ninguna dirección para el DC %2 (%1); la entrada de DC no tiene ninguna.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key tiene %1 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have an unknown type; their kind was taken from the id.</source>
        <translation>
            <numerusform>%n peer tiene un tipo desconocido; su tipo se dedujo del ID.</numerusform>
            <numerusform>%n peers tienen un tipo desconocido; su tipo se dedujo del ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra tables not read (a Pyrogram fork&apos;s?): %1.</source>
        <translation>Tablas adicionales no leídas (¿de un fork de Pyrogram?): %1.</translation>
    </message>
    <message>
        <source>Version 1 peers use an older id scheme; they were not read.</source>
        <translation>Los peers de la versión 1 usan un esquema de ID más antiguo; no se leyeron.</translation>
    </message>
    <message>
        <source>sessions.server_address/port hold no usable address; the known address of DC %1 is shown.</source>
        <translation>sessions.server_address/port no contienen una dirección utilizable; se muestra la dirección conocida del DC %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) still have a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</source>
        <translation>
            <numerusform>%n peer aún tiene un nombre de usuario en peers.username, resto de una actualización; el fork lee los nombres de usuario solo de su tabla usernames, y Feroscope también.</numerusform>
            <numerusform>%n peers aún tienen un nombre de usuario en peers.username, resto de una actualización; el fork lee los nombres de usuario solo de su tabla usernames, y Feroscope también.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) belong to no cached peer; they were not read.</source>
        <translation>
            <numerusform>%n nombre de usuario no pertenece a ningún peer guardado; no se leyó.</numerusform>
            <numerusform>%n nombres de usuario no pertenecen a ningún peer guardado; no se leyeron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) are neither the account&apos;s (id 0) nor a channel&apos;s; they are kept as they are but not shown as counters.</source>
        <translation>
            <numerusform>%n fila de update_state no es de la cuenta (id 0) ni de un canal; se conserva tal cual pero no se muestra como contador.</numerusform>
            <numerusform>%n filas de update_state no son de la cuenta (id 0) ni de un canal; se conservan tal cual pero no se muestran como contadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some update_state values do not fit 32 bits; the counters show them cut to 32 bits.</source>
        <translation>Algunos valores de update_state no caben en 32 bits; los contadores los muestran recortados a 32 bits.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Pyrogram session (%2).</source>
        <translation>%1 es una base de datos SQLite pero no una sesión de Pyrogram (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Schema version %1 where %2 writes %3 (an older or half-upgraded file); the library would upgrade it on open, Feroscope reads it as it is.</source>
        <translation>Versión de esquema %1 donde %2 escribe %3 (un archivo más antiguo o actualizado a medias); la biblioteca lo actualizaría al abrirlo, Feroscope lo lee tal cual.</translation>
    </message>
    <message>
        <source>%1 is damaged: its update_state table holds the row id %2 more than once.</source>
        <translation>%1 está dañado: su tabla update_state contiene el id de fila %2 más de una vez.</translation>
    </message>
</context>
<context>
    <name>PyrogramString</name>
    <message>
        <source>Pyrogram string</source>
        <translation>cadena de Pyrogram</translation>
    </message>
    <message>
        <source>new layout with api_id</source>
        <translation>formato nuevo con api_id</translation>
    </message>
    <message>
        <source>old 64-bit layout</source>
        <translation>formato antiguo de 64 bits</translation>
    </message>
    <message>
        <source>old 32-bit layout</source>
        <translation>formato antiguo de 32 bits</translation>
    </message>
    <message>
        <source>Not a Pyrogram string: it holds %1 bytes (%2 characters), but Pyrogram&apos;s layouts hold 271 (362 characters), 267 (356) or 263 (351).</source>
        <translation>No es una cadena de Pyrogram: contiene %1 bytes (%2 caracteres), pero los formatos de Pyrogram contienen 271 (362 caracteres), 267 (356) o 263 (351).</translation>
    </message>
    <message>
        <source>A yes/no byte holds %1 instead of 0 or 1; Pyrogram reads any non-zero value as yes.</source>
        <translation>Un byte de sí/no contiene %1 en lugar de 0 o 1; Pyrogram lee cualquier valor distinto de cero como sí.</translation>
    </message>
    <message>
        <source>The user id is above 2^53; @mtcute/convert would round it.</source>
        <translation>El ID de usuario es mayor que 2^53; @mtcute/convert lo redondearía.</translation>
    </message>
    <message>
        <source>This old 32-bit layout is read by Pyrogram but not by @mtcute/convert.</source>
        <translation>Pyrogram lee este formato antiguo de 32 bits, pero @mtcute/convert no.</translation>
    </message>
    <message>
        <source>Pyrogram writes URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>Pyrogram escribe base64 seguro para URL sin relleno &apos;=&apos;; este texto es distinto.</translation>
    </message>
    <message>
        <source>Feroscope does not write Pyrogram&apos;s old 32-bit layout (user ids no longer fit it); write the new layout or the old 64-bit one.</source>
        <translation>Feroscope no escribe el antiguo formato de 32 bits de Pyrogram (los ID de usuario ya no caben); escriba el formato nuevo o el antiguo de 64 bits.</translation>
    </message>
    <message>
        <source>api_id %1 does not fit Pyrogram&apos;s unsigned 32-bit field.</source>
        <translation>El api_id %1 no cabe en el campo de 32 bits sin signo de Pyrogram.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Pyrogram string has for it.</source>
        <translation>El ID de DC %1 no cabe en el único byte que tiene para él una cadena de Pyrogram.</translation>
    </message>
    <message>
        <source>User id %1 is negative; Pyrogram stores an unsigned number.</source>
        <translation>El ID de usuario %1 es negativo; Pyrogram guarda un número sin signo.</translation>
    </message>
    <message>
        <source>A Pyrogram string (new layout) needs the api_id of the app that logged in, and this session does not carry one. The old 64-bit layout needs none, and Pyrogram still reads it.</source>
        <translation>Una cadena de Pyrogram (formato nuevo) necesita el api_id de la aplicación que inició sesión, y esta sesión no lo tiene. El antiguo formato de 64 bits no lo necesita, y Pyrogram todavía lo lee.</translation>
    </message>
</context>
<context>
    <name>Recognised</name>
    <message>
        <source>This is a MadelineProto (PHP) session: it stores the login as serialized PHP objects that only MadelineProto itself can load, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Es una sesión de MadelineProto (PHP): guarda el inicio de sesión como objetos PHP serializados que solo el propio MadelineProto puede cargar, así que Feroscope la reconoce pero no puede abrirla ni convertirla.</translation>
    </message>
    <message>
        <source>an external</source>
        <translation>una externa</translation>
    </message>
    <message>
        <source>Its data is not in this folder but in a %1 database.</source>
        <translation>Sus datos no están en esta carpeta sino en una base de datos %1.</translation>
    </message>
    <message>
        <source>This is a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): TDLib keeps the login inside its own encrypted event log, whose contents are internal to TDLib, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Es una base de datos de TDLib (usada por Telegram X, Unigram y bots y herramientas de TDLib): TDLib guarda el inicio de sesión en su propio registro de eventos cifrado, cuyo contenido es interno de TDLib, así que Feroscope la reconoce pero no puede abrirla ni convertirla.</translation>
    </message>
    <message>
        <source>This is the encrypted message and file cache of a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): its key is inside TDLib&apos;s own encrypted event log, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Es la caché cifrada de mensajes y archivos de una base de datos de TDLib (usada por Telegram X, Unigram y bots y herramientas de TDLib): su clave está dentro del registro de eventos cifrado de TDLib, así que Feroscope la reconoce pero no puede abrirla ni convertirla.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Copied the session report (with ids) to the clipboard.</source>
        <translation>Se copió el informe de la sesión (con ID) al portapapeles.</translation>
    </message>
    <message>
        <source>Copied the session report to the clipboard; it holds no keys and no ids.</source>
        <translation>Se copió el informe de la sesión al portapapeles; no contiene claves ni ID.</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Ocultar el texto</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Mostrar el texto</translation>
    </message>
</context>
<context>
    <name>SaveChangesHelper</name>
    <message>
        <source>Saving in this format loses: %1</source>
        <translation>Guardar en este formato pierde: %1</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1: %2</source>
        <translation>No se puede conservar la versión anterior de %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 before saving over it; nothing was saved.</source>
        <translation>No se puede copiar %1 antes de sobrescribirlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot move the previous version of %1 to the trash (%2); nothing was saved. Use Save As… instead.</source>
        <translation>No se puede mover la versión anterior de %1 a la papelera (%2); no se guardó nada. Use Guardar como… en su lugar.</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; use Export to save in another format.</source>
        <translation>Esta compilación no puede escribir %1; use Exportar para guardar en otro formato.</translation>
    </message>
    <message>
        <source>This session was read as version %1, which cannot be written; use Export to choose a version.</source>
        <translation>Esta sesión se leyó como versión %1, que no se puede escribir; use Exportar para elegir una versión.</translation>
    </message>
    <message>
        <source>Use Save to write over the original; Save As writes a new file.</source>
        <translation>Guardar sobrescribe el original; Guardar como escribe un archivo nuevo.</translation>
    </message>
    <message>
        <source>This session has no file to save over; use Save As…</source>
        <translation>Esta sesión no tiene ningún archivo que sobrescribir; use Guardar como…</translation>
    </message>
    <message>
        <source>A %1 cannot be saved over in place; use Export into a new folder.</source>
        <translation>Un %1 no se puede sobrescribir en su sitio; exporte a una carpeta nueva.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it first, or use Save As…</source>
        <translation>%1 cambió en el disco desde que se leyó; vuelva a cargarlo primero o use Guardar como…</translation>
    </message>
    <message>
        <source>%1 is in use by another program (its -wal or -journal file exists); close that program first, or use Save As…</source>
        <translation>%1 lo está usando otro programa (existe su archivo -wal o -journal); cierre primero ese programa o use Guardar como…</translation>
    </message>
    <message>
        <source>Cannot prepare the new version beside %1: %2</source>
        <translation>No se puede preparar la versión nueva junto a %1: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk while saving; nothing was replaced (the previous version is also in the trash).</source>
        <translation>%1 cambió en el disco mientras se guardaba; no se reemplazó nada (la versión anterior también está en la papelera).</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
    <message>
        <source>Save Cleaned Session As</source>
        <translation>Guardar la sesión limpia como</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Saving in this format loses:
%1

Save anyway?</source>
        <translation>Guardar en este formato pierde:
%1

¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save the changes over %1?

The previous version is moved to the trash first, so it can be restored.</source>
        <translation>¿Guardar los cambios sobre %1?

La versión anterior se mueve primero a la papelera, así que se puede restaurar.</translation>
    </message>
    <message>
        <source>Saving in this format also loses:
%1</source>
        <translation>Guardar en este formato también pierde:
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in the trash.</source>
        <translation>Se guardó %1; la versión anterior está en la papelera.</translation>
    </message>
    <message>
        <source>the temporary folder %1 could not be locked</source>
        <translation>no se pudo bloquear la carpeta temporal %1</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>passcode needed: open it with its local passcode to list its accounts</source>
        <translation>se necesita el código de acceso: ábralo con su código de acceso local para listar sus cuentas</translation>
    </message>
    <message>
        <source>%1#account %2</source>
        <translation>%1#cuenta %2</translation>
    </message>
    <message>
        <source>session key needed: open it with the app&apos;s api_hash or session_key</source>
        <translation>se necesita la clave de sesión: ábrala con el api_hash o el session_key de la app</translation>
    </message>
</context>
<context>
    <name>ScanCache</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
</context>
<context>
    <name>SessionDiff</name>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 unchanged</source>
        <translation>%1: %2 añadidas, %3 eliminadas, %4 cambiadas, %5 sin cambios</translation>
    </message>
    <message>
        <source>%1, auth key id %2, first salt %3, time offset %4</source>
        <translation>%1, ID de la clave de autorización %2, primera sal %3, desfase horario %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1, access hash %2</source>
        <translation>%1, hash de acceso %2</translation>
    </message>
    <message>
        <source>The sessions are identical.</source>
        <translation>Las sesiones son idénticas.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>future auth token %1</source>
        <translation>token de autorización futuro %1</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>Tabla de DC</translation>
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
        <translation>canal %1</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>peer %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min peers</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>seen in peer %1, message %2</source>
        <translation>visto en el peer %1, mensaje %2</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Pts de canales</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>media</source>
        <translation>medios</translation>
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
        <translation>estático</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>grupo básico</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>canal (difusión)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>canal (megagrupo)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>canal (gigagrupo)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>canal min</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>The source holds no session.</source>
        <translation>El origen no contiene ninguna sesión.</translation>
    </message>
    <message>
        <source>Feroscope %1 session report</source>
        <translation>Informe de sesión de Feroscope %1</translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation>Formato: %1 (%2)</translation>
    </message>
    <message>
        <source>Version: %1, layout: %2</source>
        <translation>Versión: %1, disposición: %2</translation>
    </message>
    <message>
        <source>Opens with: %1</source>
        <translation>Se abre con: %1</translation>
    </message>
    <message>
        <source>Account: %1 of %2</source>
        <translation>Cuenta: %1 de %2</translation>
    </message>
    <message>
        <source>Home DC: %1</source>
        <translation>DC principal: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Test servers: %1</source>
        <translation>Servidores de prueba: %1</translation>
    </message>
    <message>
        <source>DC table (%1 entries):</source>
        <translation>Tabla de DC (%1 entradas):</translation>
    </message>
    <message>
        <source> [home]</source>
        <translation> [principal]</translation>
    </message>
    <message>
        <source>  DC %1%2  %3  flags: %4  auth key id: %5  time offset: %6</source>
        <translation>  DC %1%2  %3  flags: %4  ID de la clave de autorización: %5  desfase horario: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Updates state:</source>
        <translation>Estado de actualizaciones:</translation>
    </message>
    <message>
        <source>  pts %1, qts %2, seq %3, date %4, initialised: %5</source>
        <translation>  pts %1, qts %2, seq %3, fecha %4, inicializado: %5</translation>
    </message>
    <message>
        <source>  channel pts entries: %1</source>
        <translation>  entradas de pts de canal: %1</translation>
    </message>
    <message>
        <source>Peer cache (%1 peers):</source>
        <translation>Caché de peers (%1 peers):</translation>
    </message>
    <message>
        <source>  users: %1</source>
        <translation>  usuarios: %1</translation>
    </message>
    <message>
        <source>  basic groups: %1</source>
        <translation>  grupos básicos: %1</translation>
    </message>
    <message>
        <source>  broadcast channels: %1</source>
        <translation>  canales de difusión: %1</translation>
    </message>
    <message>
        <source>  megagroups: %1</source>
        <translation>  megagrupos: %1</translation>
    </message>
    <message>
        <source>  gigagroups: %1</source>
        <translation>  gigagrupos: %1</translation>
    </message>
    <message>
        <source>  channels without kind: %1</source>
        <translation>  canales sin tipo: %1</translation>
    </message>
    <message>
        <source>  min channels: %1</source>
        <translation>  canales min: %1</translation>
    </message>
    <message>
        <source>  communities: %1</source>
        <translation>  comunidades: %1</translation>
    </message>
    <message>
        <source>  min peers: %1</source>
        <translation>  min peers: %1</translation>
    </message>
    <message>
        <source>Future auth token: %1</source>
        <translation>Token de autorización futuro: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
</context>
<context>
    <name>SqliteAccess</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; SQLite files cannot be opened. Install the Qt 6 SQL SQLite plugin.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado; no se pueden abrir archivos SQLite. Instale el complemento SQLite de Qt 6 SQL.</translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2</source>
        <translation>No se puede abrir %1 como SQLite: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver gave no SQLite handle for %1.</source>
        <translation>El controlador SQLite de Qt no devolvió ningún identificador SQLite para %1.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (SQLite: &quot;%2&quot;). Close the program that uses it, or try again in a moment.</source>
        <translation>%1 lo está usando otro programa (SQLite: &quot;%2&quot;). Cierre el programa que lo usa o vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: &quot;%2&quot;). Restore it from a backup; do not let a client open it, it would start an empty session.</source>
        <translation>%1 está dañado (SQLite: &quot;%2&quot;). Restáurelo desde una copia de seguridad; no deje que un cliente lo abra, empezaría una sesión vacía.</translation>
    </message>
    <message>
        <source>Cannot read %1 (SQLite: &quot;%2&quot;).</source>
        <translation>No se puede leer %1 (SQLite: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file: no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 es un archivo vacío: no hay ninguna sesión guardada y aún no es una base de datos de ferogram.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite file.</source>
        <translation>%1 no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read a snapshot of %1: %2</source>
        <translation>No se puede crear una carpeta temporal para leer una instantánea de %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a private snapshot of %1 into %2.</source>
        <translation>No se puede escribir una instantánea privada de %1 en %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while a snapshot was taken. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 lo está usando otro programa: no dejó de cambiar mientras se tomaba la instantánea. Cierre el programa que lo usa o vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while it was read. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 está en uso por otro programa: cambió continuamente mientras se leía. Cierre el programa que lo usa o vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>SqliteCreate</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction in %1: %2</source>
        <translation>No se puede iniciar una transacción en %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit %1: %2</source>
        <translation>No se puede confirmar %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>No se puede preparar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>No se puede ejecutar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 ya existe; elija otro nombre o permita sobrescribir.</translation>
    </message>
    <message>
        <source>%1 exists and is not a file.</source>
        <translation>%1 existe y no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>No se puede crear un archivo temporal junto a %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>No se puede mover la base de datos nueva a %1.</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>the real number %1</source>
        <translation>el número real %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte(s)</source>
        <translation>
            <numerusform>texto de %n byte</numerusform>
            <numerusform>texto de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>el texto &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>a blob of %n byte(s)</source>
        <translation>
            <numerusform>un blob de %n byte</numerusform>
            <numerusform>un blob de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope cannot hold the value either and leaves the row out.</source>
        <translation>%1, fila %2: %3. ferogram omite esta fila al cargar; Feroscope tampoco puede contener el valor y deja fuera la fila.</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope keeps it (%4).</source>
        <translation>%1, fila %2: %3. ferogram omite esta fila al cargar; Feroscope la conserva (%4).</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram reads it as %4, and so does Feroscope.</source>
        <translation>%1, fila %2: %3. ferogram lo lee como %4, y Feroscope también.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with values ferogram skips or bends.</source>
        <translation>
            <numerusform>%1: %n fila más con valores que ferogram omite o altera.</numerusform>
            <numerusform>%1: %n filas más con valores que ferogram omite o altera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2, outside the range its field can hold</source>
        <translation>%1 contiene %2, fuera del rango que admite su campo</translation>
    </message>
    <message>
        <source>%1 holds %2, not an integer</source>
        <translation>%1 contiene %2, no un entero</translation>
    </message>
    <message>
        <source>meta home_dc_id: %1. ferogram reads the home DC as 0, and so does Feroscope.</source>
        <translation>meta home_dc_id: %1. ferogram lee el DC principal como 0, y Feroscope también.</translation>
    </message>
    <message>
        <source>meta future_auth_token holds %1, not a blob. ferogram reads the token as absent, and so does Feroscope.</source>
        <translation>meta future_auth_token contiene %1, no un blob. ferogram lee el token como ausente, y Feroscope también.</translation>
    </message>
    <message>
        <source>dc_id %1 flags %2</source>
        <translation>dc_id %1 flags %2</translation>
    </message>
    <message>
        <source>addr holds %1, not text</source>
        <translation>addr contiene %1, no texto</translation>
    </message>
    <message>
        <source>addr is not valid UTF-8 text</source>
        <translation>addr no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>addr is stored as a blob, not as text</source>
        <translation>addr está guardado como blob, no como texto</translation>
    </message>
    <message>
        <source>its bytes are valid UTF-8: &quot;%1&quot;</source>
        <translation>sus bytes son UTF-8 válido: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>auth_key is %1, not 256 bytes</source>
        <translation>auth_key es %1, no 256 bytes</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>auth_key holds %1, not a blob</source>
        <translation>auth_key contiene %1, no un blob</translation>
    </message>
    <message>
        <source>update_state: %1. ferogram then reads pts, qts, date and seq all as 0, and so does Feroscope (stored: %2, %3, %4, %5).</source>
        <translation>update_state: %1. ferogram lee entonces pts, qts, date y seq como 0, y Feroscope también (guardado: %2, %3, %4, %5).</translation>
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
        <translation>un valor distinto de cero se lee como verdadero</translation>
    </message>
    <message>
        <source>%1 holds %2, not 0 or 1</source>
        <translation>%1 contiene %2, no 0 o 1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>channel_kind holds %1, not 0, 1 or 2</source>
        <translation>channel_kind contiene %1, no 0, 1 o 2</translation>
    </message>
    <message>
        <source>kind %1 (its low byte)</source>
        <translation>tipo %1 (su byte bajo)</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>user_id %1</source>
        <translation>user_id %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon session, not a ferogram one. Open it as a Telethon session.</source>
        <translation>%1 es una base de datos SQLite de otro programa: una sesión de Telethon, no de ferogram. Ábrala como sesión de Telethon.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Pyrogram session, not a ferogram one. Open it as a Pyrogram session.</source>
        <translation>%1 es una base de datos SQLite de otro programa: una sesión de Pyrogram, no de ferogram. Ábrala como sesión de Pyrogram.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database (no tables): no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 es una base de datos SQLite vacía (sin tablas): no hay ninguna sesión guardada y aún no es una base de datos de ferogram.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a ferogram session database (it has no meta and dcs tables).</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de sesión de ferogram (no tiene las tablas meta y dcs).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet (its meta table is empty).</source>
        <translation>%1 es una base de datos de ferogram sin ninguna sesión guardada aún (su tabla meta está vacía).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet: its meta table is empty, so ferogram starts an empty session. Other tables still hold rows (%2), which ferogram ignores.</source>
        <translation>%1 es una base de datos de ferogram sin ninguna sesión guardada aún: su tabla meta está vacía, así que ferogram empieza una sesión vacía. Otras tablas aún contienen filas (%2), que ferogram ignora.</translation>
    </message>
    <message>
        <source>meta has no home_dc_id row; the home DC reads as 0.</source>
        <translation>meta no tiene fila home_dc_id; el DC principal se lee como 0.</translation>
    </message>
    <message>
        <source>meta holds keys ferogram does not use: %1.</source>
        <translation>meta contiene claves que ferogram no usa: %1.</translation>
    </message>
    <message>
        <source>The database also holds tables ferogram does not use: %1.</source>
        <translation>La base de datos también contiene tablas que ferogram no usa: %1.</translation>
    </message>
    <message>
        <source>SQLite generation E (ferogram 0.6.5)</source>
        <translation>SQLite generación E (ferogram 0.6.5)</translation>
    </message>
    <message>
        <source>SQLite generation C with a token row (ferogram 0.6.4)</source>
        <translation>SQLite generación C con fila de token (ferogram 0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation C (ferogram 0.5.2 to 0.6.4)</source>
        <translation>SQLite generación C (ferogram 0.5.2 a 0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation B (ferogram 0.4.1 to 0.5.1)</source>
        <translation>SQLite generación B (ferogram 0.4.1 a 0.5.1)</translation>
    </message>
    <message>
        <source>SQLite generation A (ferogram 0.3.0 to 0.4.0)</source>
        <translation>SQLite generación A (ferogram 0.3.0 a 0.4.0)</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon 2 session, not a ferogram one. Open it as a Telethon 2 session.</source>
        <translation>%1 es una base de datos SQLite de otro programa: una sesión de Telethon 2, no de ferogram. Ábrala como sesión de Telethon 2.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: an mtcute storage, not a ferogram session. Open it as an mtcute SQLite storage.</source>
        <translation>%1 es una base de datos SQLite de otro programa: un almacenamiento de mtcute, no una sesión de ferogram. Ábrala como almacenamiento SQLite de mtcute.</translation>
    </message>
</context>
<context>
    <name>SqliteDbWrite</name>
    <message>
        <source>%1 DC entries with dc_id %2 and flags 0x%3 (the dcs table keeps one per dc_id and flags)</source>
        <translation>%1 entradas de DC con dc_id %2 y flags 0x%3 (la tabla dcs guarda una por dc_id y flags)</translation>
    </message>
    <message>
        <source>%1 peers with id %2 (for example a user and a channel sharing a bare id; the peers table keeps one per id)</source>
        <translation>%1 peers con ID %2 (por ejemplo, un usuario y un canal que comparten un ID sin marcar; la tabla peers guarda uno por ID)</translation>
    </message>
    <message>
        <source>%1 min peers with user_id %2 (the min_peers table keeps one per user_id)</source>
        <translation>%1 min peers con user_id %2 (la tabla min_peers guarda uno por user_id)</translation>
    </message>
    <message>
        <source>%1 channel pts entries with channel_id %2 (the channel_pts table keeps one per channel_id)</source>
        <translation>%1 entradas de pts de canal con channel_id %2 (la tabla channel_pts guarda una por channel_id)</translation>
    </message>
    <message>
        <source>ferogram databases are written in format versions 5 to 8, not %1.</source>
        <translation>las bases de datos de ferogram se escriben en las versiones de formato 5 a 8, no en la %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1 as a ferogram database: its schema cannot hold these entries:
- %2
Keep one of each, or write a binary file, which keeps them all.</source>
        <translation>No se puede escribir %1 como base de datos de ferogram: su esquema no admite estas entradas:
- %2
Conserve una de cada o escriba un archivo binario, que las conserva todas.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o pida reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 existe y no es un archivo normal; no se toca.</translation>
    </message>
    <message>
        <source>%1 has a %2 file beside it: a program has the database open (or crashed with it open). Replacing it now would mix two databases; close that program first.</source>
        <translation>%1 tiene al lado un archivo %2: un programa tiene abierta la base de datos (o se bloqueó con ella abierta). Reemplazarla ahora mezclaría dos bases de datos; cierre primero ese programa.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>No se puede crear un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>No se puede escribir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1: %2</source>
        <translation>No se puede mover la base de datos nueva a %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>No se puede crear la carpeta de datos %1 que contiene la papelera; no se movió nada.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>No se puede mover %1 a la papelera; no se movió nada. Elimínelo definitivamente si es lo que quiere.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.%3</source>
        <translation>No se puede eliminar %1: %2.%3</translation>
    </message>
    <message>
        <source> Already deleted: %1.</source>
        <translation> Ya eliminados: %1.</translation>
    </message>
    <message>
        <source>%1 is not a ferogram database; only those can have their session rows cleared.</source>
        <translation>%1 no es una base de datos de ferogram; solo a esas se les pueden vaciar las filas de sesión.</translation>
    </message>
    <message>
        <source>Cannot clear %1 in %2: %3; nothing was changed.</source>
        <translation>No se puede vaciar %1 en %2: %3; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%n fila de %1</numerusform>
            <numerusform>%n filas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot clear the session rows of %1: %2; nothing was changed.</source>
        <translation>No se pueden vaciar las filas de sesión de %1: %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o pida reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone, and so is the file it points to. Save to that file&apos;s own path or choose another name.</source>
        <translation>%1 es un enlace simbólico; no se toca, ni tampoco el archivo al que apunta. Guarde en la ruta propia de ese archivo o elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 existe y no es un archivo normal; no se toca.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the original is unchanged.</source>
        <translation>No se puede escribir %1: %2; el original no ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was not recreated. Save it as a new file instead.</source>
        <translation>%1 ya no existe; no se volvió a crear. Guárdelo como archivo nuevo en su lugar.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (a running client may have saved it); nothing was written. Open it again to see the new content.</source>
        <translation>%1 cambió en el disco desde que se leyó (puede que lo guardara un cliente en ejecución); no se escribió nada. Vuelva a abrirlo para ver el contenido nuevo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is left alone.</source>
        <translation>%1 no es un archivo normal; no se toca.</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>No se puede examinar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; restrict the file it points to instead. Nothing was changed.</source>
        <translation>%1 es un enlace simbólico; restrinja en su lugar el archivo al que apunta. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; its permissions were left alone.</source>
        <translation>%1 no es un archivo normal; sus permisos no se tocaron.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>No se pueden cambiar los permisos de %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to change its permissions: %2</source>
        <translation>No se puede abrir %1 para cambiar sus permisos: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>solo se pudieron escribir %1 de %2 bytes (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; no permissions were changed.</source>
        <translation>%1 no es un archivo normal; no se cambió ningún permiso.</translation>
    </message>
    <message>
        <source>%1 Already restricted: %2.</source>
        <translation>%1 Ya restringidos: %2.</translation>
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
        <translation>El carácter &apos;%1&apos; de la posición %2 no es base64, y toda cadena de sesión lo es: el texto está dañado ahí.</translation>
    </message>
    <message>
        <source>It looks like a %1 with a damaged character: &apos;%2&apos; at position %3 is not base64.</source>
        <translation>Parece una %1 con un carácter dañado: &apos;%2&apos; en la posición %3 no es base64.</translation>
    </message>
    <message>
        <source>It looks like a Pyrogram string cut short: %1 of %2 characters (the new layout; the old layouts have 356 or 351).</source>
        <translation>Parece una cadena de Pyrogram cortada: %1 de %2 caracteres (el formato nuevo; los formatos antiguos tienen 356 o 351).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters (the %4 layout).</source>
        <translation>Parece una %1 cortada: %2 de %3 caracteres (el formato %4).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters.</source>
        <translation>Parece una %1 cortada: %2 de %3 caracteres.</translation>
    </message>
</context>
<context>
    <name>StringVerdicts</name>
    <message>
        <source>garbage</source>
        <translation>basura</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>DC %1 at %2</source>
        <translation>DC %1 en %2</translation>
    </message>
    <message>
        <source>Telethon would refuse it with &quot;ValueError: Not a valid string&quot;: Telethon strings start with &quot;1&quot;.</source>
        <translation>Telethon la rechazaría con &quot;ValueError: Not a valid string&quot;: las cadenas de Telethon empiezan por &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;.</source>
        <translation>Telethon fallaría con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;: it picks its layout by length alone (352 characters after &quot;1&quot; = IPv4, anything else = IPv6) and this text holds %2 bytes.</source>
        <translation>Telethon fallaría con &quot;%1&quot;: elige su formato solo por la longitud (352 caracteres tras &quot;1&quot; = IPv4, cualquier otra = IPv6) y este texto contiene %2 bytes.</translation>
    </message>
    <message>
        <source>Telethon would load it without an error but misread it as its IPv%1 layout: %2.</source>
        <translation>Telethon la cargaría sin errores, pero la leería mal como su formato IPv%1: %2.</translation>
    </message>
    <message>
        <source>GramJS would refuse it with &quot;Error: Not a valid string&quot;: GramJS strings start with &quot;1&quot;.</source>
        <translation>GramJS la rechazaría con &quot;Error: Not a valid string&quot;: las cadenas de GramJS empiezan por &quot;1&quot;.</translation>
    </message>
    <message>
        <source>GramJS&apos;s base64 decoder would turn it into bytes of no known layout.</source>
        <translation>El decodificador base64 de GramJS la convertiría en bytes sin ningún formato conocido.</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv4 string and misread it.</source>
        <translation>GramJS la tomaría por una cadena IPv4 de Telethon y la leería mal.</translation>
    </message>
    <message>
        <source>GramJS would read past the end of the data (RangeError).</source>
        <translation>GramJS leería más allá del final de los datos (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and read past the end (RangeError).</source>
        <translation>GramJS la tomaría por una cadena IPv6 de Telethon y leería más allá del final (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and misread it.</source>
        <translation>GramJS la tomaría por una cadena IPv6 de Telethon y la leería mal.</translation>
    </message>
    <message>
        <source>GramJS would read a negative address length (%1) and fail.</source>
        <translation>GramJS leería una longitud de dirección negativa (%1) y fallaría.</translation>
    </message>
    <message>
        <source>GramJS would read a %1-byte address and then an auth key of %2 bytes instead of 256; it cannot log in with that.</source>
        <translation>GramJS leería una dirección de %1 bytes y luego una clave de autorización de %2 bytes en lugar de 256; con eso no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>GramJS reads the port as a signed 16-bit number: it would get %1 and could not save the session.</source>
        <translation>GramJS lee el puerto como número de 16 bits con signo: obtendría %1 y no podría guardar la sesión.</translation>
    </message>
    <message>
        <source>GramJS would load it without an error but misread it.</source>
        <translation>GramJS la cargaría sin errores, pero la leería mal.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: it is not base64.</source>
        <translation>mtcute la rechazaría: no es base64.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: its first byte is 0x%1 where mtcute&apos;s session version 3 belongs.</source>
        <translation>mtcute la rechazaría: su primer byte es 0x%1, donde debería ir la versión de sesión 3 de mtcute.</translation>
    </message>
    <message>
        <source>mtcute would load it without an error but misread it.</source>
        <translation>mtcute la cargaría sin errores, pero la leería mal.</translation>
    </message>
    <message>
        <source>mtcute would fail: %1</source>
        <translation>mtcute fallaría: %1</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;.</source>
        <translation>Pyrogram fallaría con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;: it picks its layout by length (351 or 356 characters = old layouts, anything else = the new 362-character one) and this text holds %2 bytes.</source>
        <translation>Pyrogram fallaría con &quot;%1&quot;: elige su formato por la longitud (351 o 356 caracteres = formatos antiguos, cualquier otra = el nuevo de 362 caracteres) y este texto contiene %2 bytes.</translation>
    </message>
    <message>
        <source>Pyrogram would load it without an error but misread it: %1.</source>
        <translation>Pyrogram la cargaría sin errores, pero la leería mal: %1.</translation>
    </message>
    <message>
        <source>MTKruto would fail (judging by @mtcute/convert&apos;s MTKruto reader): %1</source>
        <translation>MTKruto fallaría (a juzgar por el lector de MTKruto de @mtcute/convert): %1</translation>
    </message>
    <message>
        <source>MTKruto would load it without an error but misread it: %1.</source>
        <translation>MTKruto la cargaría sin errores, pero la leería mal: %1.</translation>
    </message>
</context>
<context>
    <name>Tdata</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes, a Telegram Desktop file has at least 24.</source>
        <translation>%1 está truncado: %2 bytes, y un archivo de Telegram Desktop tiene al menos 24.</translation>
    </message>
    <message>
        <source>%1 does not start with TDF$; it is not a Telegram Desktop file.</source>
        <translation>%1 no empieza por TDF$; no es un archivo de Telegram Desktop.</translation>
    </message>
    <message>
        <source>%1 fails its MD5 check (truncated or damaged, %2 bytes).</source>
        <translation>%1 no supera su comprobación MD5 (truncado o dañado, %2 bytes).</translation>
    </message>
    <message>
        <source>%1 not found.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: truncated at byte %2 of its payload while reading %3.</source>
        <translation>%1 está dañado: truncado en el byte %2 de su contenido al leer %3.</translation>
    </message>
    <message>
        <source>Wrong passcode: the local key in %1 does not decrypt with it.</source>
        <translation>Código de acceso incorrecto: la clave local de %1 no se descifra con él.</translation>
    </message>
    <message>
        <source>%1 is damaged: the encrypted local key is malformed.</source>
        <translation>%1 está dañado: la clave local cifrada está mal formada.</translation>
    </message>
    <message>
        <source>%1 is damaged: the account list does not decrypt.</source>
        <translation>%1 está dañado: la lista de cuentas no se descifra.</translation>
    </message>
    <message>
        <source> (account list)</source>
        <translation> (lista de cuentas)</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Cuenta %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not decrypt with the local key.</source>
        <translation>%1 está dañado: no se descifra con la clave local.</translation>
    </message>
    <message>
        <source>%1: the first setting block is 0x%2, not the MTP authorization (0x4b).</source>
        <translation>%1: el primer bloque de ajustes es 0x%2, no la autorización MTP (0x4b).</translation>
    </message>
    <message>
        <source>Account %1: %2 bytes of further settings were not read.</source>
        <translation>Cuenta %1: no se leyeron %2 bytes de ajustes adicionales.</translation>
    </message>
    <message>
        <source> (MTP authorization)</source>
        <translation> (autorización MTP)</translation>
    </message>
    <message>
        <source>Account %1&apos;s map file is missing or damaged (%2/maps): %3</source>
        <translation>El archivo de mapa de la cuenta %1 falta o está dañado (%2/maps): %3</translation>
    </message>
    <message>
        <source>Account %1 uses a legacy map key; its map was not checked.</source>
        <translation>La cuenta %1 usa una clave de mapa antigua; su mapa no se comprobó.</translation>
    </message>
    <message>
        <source>%1 does not decrypt with the local key.</source>
        <translation>%1 no se descifra con la clave local.</translation>
    </message>
    <message>
        <source>key_datas not found here; did you mean %1?</source>
        <translation>No se encontró key_datas aquí; ¿quería decir %1?</translation>
    </message>
    <message>
        <source>key_datas not found in %1; this is not a Telegram Desktop tdata folder (it is usually ~/.local/share/TelegramDesktop/tdata).</source>
        <translation>No se encontró key_datas en %1; no es una carpeta tdata de Telegram Desktop (suele estar en ~/.local/share/TelegramDesktop/tdata).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no accounts.</source>
        <translation>%1 no lista ninguna cuenta.</translation>
    </message>
    <message>
        <source>Nothing to write: no session given for the tdata folder.</source>
        <translation>Nada que escribir: no se indicó ninguna sesión para la carpeta tdata.</translation>
    </message>
    <message>
        <source>Account %1 has no auth key for its home DC %2; tdata needs one.</source>
        <translation>La cuenta %1 no tiene clave de autorización para su DC principal %2; tdata necesita una.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large for a Telegram Desktop settings file.</source>
        <translation>%1 ocupa %2 MiB: demasiado para ser un archivo de ajustes de Telegram Desktop.</translation>
    </message>
    <message>
        <source>Cannot encrypt the Telegram Desktop files (OpenSSL failed); nothing was written.</source>
        <translation>No se pueden cifrar los archivos de Telegram Desktop (falló OpenSSL); no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode: it opens only with it.</source>
        <translation>%1 está protegido por un código de acceso local: solo se abre con él.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id (account %1).</source>
        <translation>Telegram Desktop necesita el ID de usuario de la cuenta (cuenta %1).</translation>
    </message>
    <message>
        <source>Stale legacy copies beside the current files were ignored: %1. They may still decrypt to an older account list and auth key; delete them or keep them as private as the session.</source>
        <translation>Se ignoraron copias antiguas obsoletas junto a los archivos actuales: %1. Aún pueden descifrarse a una lista de cuentas y una clave de autorización anteriores; bórrelas o manténgalas tan privadas como la sesión.</translation>
    </message>
    <message>
        <source>This tdata lists %1 accounts: official Telegram Desktop loads at most 6 and, with more, starts logged out and rewrites the key file (forks allow more).</source>
        <translation>Este tdata lista %1 cuentas: Telegram Desktop oficial carga como máximo 6 y, con más, arranca sin sesión y reescribe el archivo de claves (los forks admiten más).</translation>
    </message>
    <message>
        <source>its map ends inside an entry</source>
        <translation>su mapa termina en medio de una entrada</translation>
    </message>
    <message>
        <source>its map holds an entry of type %1, which Telegram Desktop does not know</source>
        <translation>su mapa contiene una entrada de tipo %1, que Telegram Desktop no conoce</translation>
    </message>
    <message>
        <source>its map ends inside an entry of type %1</source>
        <translation>su mapa termina en medio de una entrada de tipo %1</translation>
    </message>
    <message>
        <source>Account %1: %2. Telegram Desktop would not load this account (it reads the login only after the whole map); Feroscope read the login, which is intact.</source>
        <translation>Cuenta %1: %2. Telegram Desktop no cargaría esta cuenta (lee el inicio de sesión solo después del mapa completo); Feroscope leyó el inicio de sesión, que está intacto.</translation>
    </message>
</context>
<context>
    <name>TdlStore</name>
    <message>
        <source>The top-level key &quot;%1&quot; is not a bucket; tdl keeps only namespaces there.</source>
        <translation>La clave de primer nivel «%1» no es un bucket; tdl solo guarda espacios de nombres ahí.</translation>
    </message>
    <message>
        <source>logged out (app %1, no session)</source>
        <translation>sesión cerrada (app %1, sin sesión)</translation>
    </message>
    <message>
        <source>logged out (an empty namespace)</source>
        <translation>sesión cerrada (un espacio de nombres vacío)</translation>
    </message>
    <message>
        <source>its session does not decode: %1</source>
        <translation>su sesión no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>Namespace %1: %2</source>
        <translation>Espacio de nombres %1: %2</translation>
    </message>
    <message>
        <source>This bbolt file holds no namespace buckets: not a tdl store.</source>
        <translation>Este archivo bbolt no contiene buckets de espacios de nombres: no es un almacén de tdl.</translation>
    </message>
    <message numerus="yes">
        <source>legacy one-file store, %n namespace(s)</source>
        <translation>
            <numerusform>almacén antiguo de un solo archivo, %n espacio de nombres</numerusform>
            <numerusform>almacén antiguo de un solo archivo, %n espacios de nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n logged in</source>
        <translation>
            <numerusform>, %n con sesión iniciada</numerusform>
            <numerusform>, %n con sesión iniciada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Telethon2Sqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: %2 &quot;%3&quot; is not host:port.</source>
        <translation>Fila de datacenter del DC %1: %2 «%3» no es host:puerto.</translation>
    </message>
    <message>
        <source>datacenter row: DC id %1 is out of range.</source>
        <translation>Fila de datacenter: el id de DC %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: auth is %2 bytes; an auth key has 256.</source>
        <translation>Fila de datacenter del DC %1: auth tiene %2 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>No user row: the session is not logged in (or was upgraded from Telethon 1). Telethon 2 then connects to DC %1 and uses its key, so DC %1 is shown as the home DC.</source>
        <translation>Sin fila user: la sesión no ha iniciado sesión (o se actualizó desde Telethon 1). Telethon 2 se conecta entonces al DC %1 y usa su clave, así que el DC %1 se muestra como DC principal.</translation>
    </message>
    <message>
        <source>user.dc is %1, not a DC id.</source>
        <translation>user.dc es %1, no un id de DC.</translation>
    </message>
    <message>
        <source>The user table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>La tabla user tiene más de una fila; Telethon 2 solo lee la primera, y nosotros también.</translation>
    </message>
    <message>
        <source>The state row of %1 holds values out of range (pts %2, qts %3, seq %4).</source>
        <translation>La fila state de %1 tiene valores fuera de rango (pts %2, qts %3, seq %4).</translation>
    </message>
    <message>
        <source>The state table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>La tabla state tiene más de una fila; Telethon 2 solo lee la primera, y nosotros también.</translation>
    </message>
    <message>
        <source>channelstate row of channel %1: pts %2 is out of range.</source>
        <translation>Fila de channelstate del canal %1: pts %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon 2 session (no version, datacenter and channelstate tables).</source>
        <translation>%1 es una base de datos SQLite pero no una sesión de Telethon 2 (no tiene las tablas version, datacenter y channelstate).</translation>
    </message>
    <message>
        <source>Telethon 2, schema version %1</source>
        <translation>Telethon 2, versión de esquema %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 2 writes 10 and refuses any other); we read it as it is.</source>
        <translation>Versión de esquema %1 (Telethon 2 escribe 10 y rechaza cualquier otra); la leemos tal cual.</translation>
    </message>
    <message>
        <source>Telethon 2 stores the home DC in its user row, which needs the user id: without one it would connect to DC %1, not DC %2. Give the account&apos;s user id with --user-id.</source>
        <translation>Telethon 2 guarda el DC principal en su fila user, que necesita el id de usuario: sin él se conectaría al DC %1, no al DC %2. Indique el id de usuario de la cuenta con --user-id.</translation>
    </message>
</context>
<context>
    <name>TelethonSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>This Telethon database holds no session yet (the sessions table is empty).</source>
        <translation>Esta base de datos de Telethon aún no contiene ninguna sesión (la tabla sessions está vacía).</translation>
    </message>
    <message>
        <source>sessions.port is %1, not a port number.</source>
        <translation>sessions.port es %1, no un número de puerto.</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key tiene %1 bytes; una clave de autorización tiene 256.</translation>
    </message>
    <message>
        <source>The sessions table has more than one row; Telethon reads only the first, and so did we.</source>
        <translation>La tabla sessions tiene más de una fila; Telethon solo lee la primera, y nosotros también.</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row&apos;s key were skipped (%1): Telethon reads only the first row for a key, and so did we.</source>
        <translation>Se omitieron las filas que repiten la clave de una fila anterior (%1): Telethon solo lee la primera fila de cada clave, y nosotros también.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon session (no version, sessions and entities tables).</source>
        <translation>%1 es una base de datos SQLite, pero no una sesión de Telethon (no tiene las tablas version, sessions y entities).</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>versión de esquema %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 1.25 writes 7); Telethon would migrate it on open, we read it as it is.</source>
        <translation>Versión de esquema %1 (Telethon 1.25 escribe la 7); Telethon la migraría al abrirla, nosotros la leemos tal cual.</translation>
    </message>
    <message>
        <source>The session has no entry for its home DC %1; Telethon needs the home DC&apos;s address.</source>
        <translation>La sesión no tiene entrada para su DC principal %1; Telethon necesita la dirección del DC principal.</translation>
    </message>
    <message>
        <source>The home DC&apos;s address &quot;%1&quot; has no host and port; Telethon needs both.</source>
        <translation>La dirección &quot;%1&quot; del DC principal no tiene host y puerto; Telethon necesita ambos.</translation>
    </message>
</context>
<context>
    <name>TelethonString</name>
    <message>
        <source>Telethon string</source>
        <translation>cadena de Telethon</translation>
    </message>
    <message>
        <source>Not a Telethon string: it must start with the version character &quot;1&quot;.</source>
        <translation>No es una cadena de Telethon: debe empezar con el carácter de versión &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Not a Telethon string: it holds %1 bytes, but a Telethon string holds %2 (IPv4) or %3 (IPv6).</source>
        <translation>No es una cadena de Telethon: contiene %1 bytes, pero una cadena de Telethon contiene %2 (IPv4) o %3 (IPv6).</translation>
    </message>
    <message>
        <source>%1, %2 characters</source>
        <translation>%1, %2 caracteres</translation>
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
        <translation>La clave de autorización son todo bytes cero, que es lo que escribe Telethon cuando no hay clave.</translation>
    </message>
    <message>
        <source>The home DC address &quot;%1&quot; is a host name; a Telethon string stores the IP address in binary, so it needs an IP literal.</source>
        <translation>La dirección &quot;%1&quot; del DC principal es un nombre de host; una cadena de Telethon guarda la dirección IP en binario, así que necesita una IP literal.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Telethon string has for it.</source>
        <translation>El ID de DC %1 no cabe en el único byte que tiene para él una cadena de Telethon.</translation>
    </message>
    <message>
        <source>Telethon itself would not load this text as it is (it needs the &apos;=&apos; padding and exactly %1 characters); convert it to a Telethon string to get one it loads.</source>
        <translation>El propio Telethon no cargaría este texto tal como está (necesita el relleno &apos;=&apos; y exactamente %1 caracteres); conviértalo a una cadena de Telethon para obtener una que cargue.</translation>
    </message>
</context>
<context>
    <name>Tgnet</name>
    <message>
        <source>%1 at byte %2 is 0x%3, neither true nor false</source>
        <translation>%1 en el byte %2 es 0x%3, ni true ni false</translation>
    </message>
    <message>
        <source>%1 at byte %2 is %3, far more than a tgnet.dat holds</source>
        <translation>%1 en el byte %2 es %3, mucho más de lo que contiene un tgnet.dat</translation>
    </message>
    <message>
        <source>truncated at byte %1 while reading %2</source>
        <translation>truncado en el byte %1 al leer %2</translation>
    </message>
    <message>
        <source>datacenter version %1 (the app reads 2 to 13)</source>
        <translation>versión de centro de datos %1 (la app lee de 2 a 13)</translation>
    </message>
    <message>
        <source>the permanent auth key of DC %1 is not 256 bytes</source>
        <translation>la clave de autorización permanente del DC %1 no tiene 256 bytes</translation>
    </message>
    <message numerus="yes">
        <source>Not a tgnet.dat: %n byte(s), less than its size field.</source>
        <translation>
            <numerusform>No es un tgnet.dat: %n byte, menos que su campo de tamaño.</numerusform>
            <numerusform>No es un tgnet.dat: %n bytes, menos que su campo de tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a tgnet.dat: its size field says %1 bytes, and the file has %2 after it.</source>
        <translation>No es un tgnet.dat: su campo de tamaño dice %1 bytes y el archivo tiene %2 después.</translation>
    </message>
    <message>
        <source>tgnet.dat: %1.</source>
        <translation>tgnet.dat: %1.</translation>
    </message>
    <message>
        <source>tgnet.dat: config version %1; the app writes 1 to 5.</source>
        <translation>tgnet.dat: versión de configuración %1; la app escribe de 1 a 5.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2: %3.</source>
        <translation>tgnet.dat: centro de datos %1 de %2: %3.</translation>
    </message>
    <message>
        <source>The temporary (PFS) auth keys are not kept: a client makes new ones when it connects.</source>
        <translation>Las claves de autorización temporales (PFS) no se conservan: un cliente crea otras al conectarse.</translation>
    </message>
    <message>
        <source>The server salts are not kept: a client gets new ones when it connects.</source>
        <translation>Las sales del servidor no se conservan: un cliente obtiene otras al conectarse.</translation>
    </message>
    <message>
        <source>Some addresses carry an MTProxy secret, which is not kept.</source>
        <translation>Algunas direcciones llevan un secreto de MTProxy, que no se conserva.</translation>
    </message>
    <message>
        <source>tgnet.dat needs the home DC %1 among its datacenters.</source>
        <translation>tgnet.dat necesita el DC principal %1 entre sus centros de datos.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random number.</source>
        <translation>OpenSSL no pudo generar un número aleatorio.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2 names DC %3 a second time; the file is damaged.</source>
        <translation>tgnet.dat: el centro de datos %1 de %2 nombra el DC %3 por segunda vez; el archivo está dañado.</translation>
    </message>
</context>
<context>
    <name>UserConfig</name>
    <message>
        <source>userconfing.xml is not readable XML (%1, line %2).</source>
        <translation>userconfing.xml no es XML legible (%1, línea %2).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is not Base64.</source>
        <translation>userconfing.xml: la entrada user no es Base64.</translation>
    </message>
    <message numerus="yes">
        <source>userconfing.xml: the user entry holds %n byte(s), no TL object.</source>
        <translation>
            <numerusform>userconfing.xml: la entrada user contiene %n byte, ningún objeto TL.</numerusform>
            <numerusform>userconfing.xml: la entrada user contiene %n bytes, ningún objeto TL.</numerusform>
        </translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is a TL object 0x%1, not a user constructor Feroscope knows (userEmpty, user of layer 144 or 227).</source>
        <translation>userconfing.xml: la entrada user es un objeto TL 0x%1, no un constructor de usuario que Feroscope conozca (userEmpty, user de la capa 144 o 227).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user object ends before its id.</source>
        <translation>userconfing.xml: el objeto de usuario termina antes de su id.</translation>
    </message>
</context>
<context>
    <name>WTelegramCodec</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a WTelegramClient session.</source>
        <translation>%1 es demasiado grande para ser una sesión de WTelegramClient.</translation>
    </message>
    <message numerus="yes">
        <source>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n byte(s)).</source>
        <translation>
            <numerusform>No es una sesión de WTelegramClient: ninguna cabecera señala un bloque y, como bloque suelto, tendría al menos 64 bytes, un IV y bloques AES completos (tiene %n byte).</numerusform>
            <numerusform>No es una sesión de WTelegramClient: ninguna cabecera señala un bloque y, como bloque suelto, tendría al menos 64 bytes, un IV y bloques AES completos (tiene %n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>a %1-byte block at byte %2</source>
        <translation>un bloque de %1 bytes en el byte %2</translation>
    </message>
    <message>
        <source>a bare %1-byte block</source>
        <translation>un bloque suelto de %1 bytes</translation>
    </message>
    <message>
        <source>This is a WTelegramClient session (%1), encrypted with the app&apos;s api_hash or its session_key: a session key is needed to read it.</source>
        <translation>Es una sesión de WTelegramClient (%1), cifrada con el api_hash o el session_key de la app: se necesita una clave de sesión para leerla.</translation>
    </message>
    <message>
        <source>Read as a bare block (a custom stream&apos;s save, no file header).</source>
        <translation>Leído como bloque suelto (guardado de un flujo propio, sin cabecera).</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n byte(s) of older saves besides the current block. They decrypt with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</source>
        <translation>
            <numerusform>El archivo contiene %n byte de guardados anteriores además del bloque actual. Se descifran con la misma clave a claves de autorización anteriores: mantenga el archivo privado o conviértalo a un archivo nuevo, que solo contiene el bloque actual.</numerusform>
            <numerusform>El archivo contiene %n bytes de guardados anteriores además del bloque actual. Se descifran con la misma clave a claves de autorización anteriores: mantenga el archivo privado o conviértalo a un archivo nuevo, que solo contiene el bloque actual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>Se descarta %n entrada de DC sin clave ni dirección.</numerusform>
            <numerusform>Se descartan %n entradas de DC sin clave ni dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed DC entry(ies) repeat a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</source>
        <translation>
            <numerusform>%n entrada de DC con clave repite un id de DC (y el indicador de medios) de una anterior: WTelegramClient guarda una sesión por DC; se escribe la primera.</numerusform>
            <numerusform>%n entradas de DC con clave repiten un id de DC (y el indicador de medios) de una anterior: WTelegramClient guarda una sesión por DC; se escribe la primera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time offset (and, on entries without a key, the salt) of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Se descarta el desfase horario (y, en entradas sin clave, la sal) de %n entrada de DC.</numerusform>
            <numerusform>Se descarta el desfase horario (y, en entradas sin clave, la sal) de %n entradas de DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>Se descarta %n par en caché.</numerusform>
            <numerusform>Se descartan %n pares en caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>A WTelegramClient session is encrypted with the app&apos;s api_hash or its session_key: give that key (--session-key or --session-key-file).</source>
        <translation>Una sesión de WTelegramClient se cifra con el api_hash o el session_key de la app: indique esa clave (--session-key o --session-key-file).</translation>
    </message>
    <message>
        <source>WTelegramClient stores the api_id the session was made with.</source>
        <translation>WTelegramClient guarda el api_id con el que se creó la sesión.</translation>
    </message>
    <message>
        <source>WTelegramClient needs an auth key for the home DC %1.</source>
        <translation>WTelegramClient necesita una clave de autorización para el DC principal %1.</translation>
    </message>
</context>
<context>
    <name>WTelegramFile</name>
    <message>
        <source>OpenSSL could not set up AES-CBC.</source>
        <translation>OpenSSL no pudo preparar AES-CBC.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the padding of the decrypted block is wrong): give the app&apos;s session_key or api_hash.</source>
        <translation>La clave de sesión no abre esta sesión de WTelegramClient (el relleno del bloque descifrado es incorrecto): indique el session_key o el api_hash de la app.</translation>
    </message>
    <message numerus="yes">
        <source>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n character(s).</source>
        <translation>
            <numerusform>Una clave de sesión de WTelegramClient es el api_hash de la app (32 dígitos hex) o su session_key (32, 48 o 64 dígitos hex); la clave dada tiene %n carácter.</numerusform>
            <numerusform>Una clave de sesión de WTelegramClient es el api_hash de la app (32 dígitos hex) o su session_key (32, 48 o 64 dígitos hex); la clave dada tiene %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WTelegramClient block is %1 bytes: a block is 64 bytes or more, the IV and whole AES blocks.</source>
        <translation>El bloque de WTelegramClient tiene %1 bytes: un bloque tiene 64 bytes o más, el IV y bloques AES completos.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the integrity check of the decrypted block fails): give the app&apos;s session_key or api_hash.</source>
        <translation>La clave de sesión no abre esta sesión de WTelegramClient (falla la comprobación de integridad del bloque descifrado): indique el session_key o el api_hash de la app.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random IV.</source>
        <translation>OpenSSL no pudo generar un IV aleatorio.</translation>
    </message>
    <message>
        <source>OpenSSL could not hash the session.</source>
        <translation>OpenSSL no pudo calcular el hash de la sesión.</translation>
    </message>
</context>
<context>
    <name>WTelegramJson</name>
    <message>
        <source>WTelegramClient session: %1 is not an object.</source>
        <translation>Sesión de WTelegramClient: %1 no es un objeto.</translation>
    </message>
    <message>
        <source>WTelegramClient session: the flags of %1 are neither a number nor flag names.</source>
        <translation>Sesión de WTelegramClient: los indicadores de %1 no son ni un número ni nombres de indicadores.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no DC id.</source>
        <translation>Sesión de WTelegramClient: %1 no tiene id de DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no port from 0 to 65535.</source>
        <translation>Sesión de WTelegramClient: %1 no tiene un puerto de 0 a 65535.</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.3 or older</source>
        <translation>WTelegramClient 4.3.3 o anterior</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.4 to 4.3.14</source>
        <translation>WTelegramClient 4.3.4 a 4.3.14</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.15 or newer</source>
        <translation>WTelegramClient 4.3.15 o posterior</translation>
    </message>
    <message>
        <source>The decrypted WTelegramClient block is not a JSON object (%1 at character %2).</source>
        <translation>El bloque descifrado de WTelegramClient no es un objeto JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>WTelegramClient session: MainDC is missing or not a DC id.</source>
        <translation>Sesión de WTelegramClient: MainDC falta o no es un id de DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DCSessions has the key &quot;%1&quot;, not a DC id.</source>
        <translation>Sesión de WTelegramClient: DCSessions tiene la clave «%1», que no es un id de DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DC session %1 is not an object.</source>
        <translation>Sesión de WTelegramClient: la sesión de DC %1 no es un objeto.</translation>
    </message>
    <message>
        <source>the DataCenter of DC session %1</source>
        <translation>el DataCenter de la sesión de DC %1</translation>
    </message>
    <message>
        <source>WTelegramClient session: the AuthKey of DC session %1 is not 256 bytes of Base64.</source>
        <translation>Sesión de WTelegramClient: el AuthKey de la sesión de DC %1 no son 256 bytes en Base64.</translation>
    </message>
    <message>
        <source>DcOptions[%1]</source>
        <translation>DcOptions[%1]</translation>
    </message>
    <message>
        <source>Some DC options carry an MTProxy secret or the this_port_only flag, which Feroscope does not keep; a copy written by Feroscope leaves them out (the app gets them back with its next help.getConfig).</source>
        <translation>Algunas opciones de DC llevan un secreto de MTProxy o el indicador this_port_only, que Feroscope no conserva; una copia escrita por Feroscope los omite (la app los recupera con su próximo help.getConfig).</translation>
    </message>
    <message>
        <source>The future server salts of each DC session are not kept (the app asks for new ones when it needs them); only each DC&apos;s current salt is.</source>
        <translation>Las sales futuras del servidor de cada sesión de DC no se conservan (la app pide otras cuando las necesita); solo la sal actual de cada DC.</translation>
    </message>
</context>
<context>
    <name>fero::gui::AboutDialog</name>
    <message>
        <source>About Feroscope</source>
        <translation>Acerca de Feroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A session manager for Telegram client sessions: ferogram&apos;s binary files, strings and databases, and those of Telethon, Pyrogram, GramJS, mtcute, MTKruto and Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope works offline. It never writes to a session when it opens it; auth keys stay hidden until you reveal them, are never logged, and copies of secrets leave the clipboard after a while.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un gestor de sesiones de clientes de Telegram: archivos binarios, cadenas y bases de datos de ferogram, y los de Telethon, Pyrogram, GramJS, mtcute, MTKruto y Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope funciona sin conexión. Nunca escribe en una sesión al abrirla; las claves de autorización permanecen ocultas hasta que las revela, nunca se registran, y las copias de secretos salen del portapapeles al cabo de un rato.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>none granted yet: all rights reserved</source>
        <translation>aún no concedida: todos los derechos reservados</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
</context>
<context>
    <name>fero::gui::ChannelPtsModel</name>
    <message>
        <source>Channel id</source>
        <translation>ID de canal</translation>
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
        <translation>Contadores</translation>
    </message>
    <message>
        <source>DC Table</source>
        <translation>Tabla de DC</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Min Peers</source>
        <translation>Min peers</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>Pts de canales</translation>
    </message>
    <message>
        <source>Compare Sessions</source>
        <translation>Comparar sesiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>Mostrar filas sin &amp;cambios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The two sessions are identical.</source>
        <translation>Las dos sesiones son idénticas.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
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
        <translation>medios</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estático</translation>
    </message>
    <message>
        <source>TCPO</source>
        <translation>TCPO</translation>
    </message>
    <message>
        <source>unknown bits 0x%1</source>
        <translation>bits desconocidos 0x%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>home</source>
        <translation>principal</translation>
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
        <translation>sin clave</translation>
    </message>
    <message>
        <source>The MTProto auth_key_id: safe to share, identifies the key without revealing it.</source>
        <translation>El auth_key_id de MTProto: se puede compartir sin riesgo; identifica la clave sin revelarla.</translation>
    </message>
    <message>
        <source>The account lives on this DC.</source>
        <translation>La cuenta reside en este DC.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>ID de la clave de autorización</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Clave de autorización</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Primera sal</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>Desfase (s)</translation>
    </message>
    <message>
        <source>shown below</source>
        <translation>mostrada abajo</translation>
    </message>
    <message>
        <source>The auth key is shown below the table. Hide it with Hide Key.</source>
        <translation>La clave de autorización se muestra bajo la tabla. Ocúltela con «Ocultar clave».</translation>
    </message>
    <message>
        <source>The auth key is hidden. Select the row and use Reveal Key to show it.</source>
        <translation>La clave de autorización está oculta. Seleccione la fila y use «Mostrar clave» para verla.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DcsTab</name>
    <message>
        <source>Reveal Key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>Hide All Keys</source>
        <translation>Ocultar todas las claves</translation>
    </message>
    <message>
        <source>Auth keys are hidden. The auth key id names a key without revealing it: compare ids, not keys. Select a row and press Reveal Key to see one key.</source>
        <translation>Las claves de autorización están ocultas. El ID de la clave de autorización identifica una clave sin revelarla: compare ID, no claves. Seleccione una fila y pulse Mostrar clave para ver una clave.</translation>
    </message>
    <message>
        <source>Hide Key</source>
        <translation>Ocultar clave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copy the revealed auth key; the clipboard is cleared after the timeout (Ctrl+Shift+K)</source>
        <translation>Copia la clave de autorización mostrada; el portapapeles se vacía tras el tiempo de espera (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>The auth key in hex. Anyone who has it can use the account.</source>
        <translation>La clave de autorización en hexadecimal. Quien la tenga puede usar la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Auth key of DC %1, hidden again in %n second(s) (or now with Hide Key):</source>
        <translation>
            <numerusform>Clave de autorización del DC %1; se oculta de nuevo en %n segundo (o ya con «Ocultar clave»):</numerusform>
            <numerusform>Clave de autorización del DC %1; se oculta de nuevo en %n segundos (o ya con «Ocultar clave»):</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the auth key of the selected DC (Ctrl+R)</source>
        <translation>Ocultar la clave de autorización del DC seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show the auth key of the selected DC (Ctrl+R)</source>
        <translation>Mostrar la clave de autorización del DC seleccionado (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>fero::gui::DeleteDialog</name>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation>Eliminar sesiones</translation>
    </message>
    <message>
        <source>Move to the &amp;trash (can be restored)</source>
        <translation>Mover a la &amp;papelera (se puede restaurar)</translation>
    </message>
    <message>
        <source>Delete &amp;permanently</source>
        <translation>Eliminar &amp;definitivamente</translation>
    </message>
    <message>
        <source>Clear the session &amp;rows only (the database file stays, as ferogram&apos;s own delete does)</source>
        <translation>Vaciar solo las &amp;filas de la sesión (el archivo de base de datos se conserva, como hace el borrado de ferogram)</translation>
    </message>
    <message>
        <source>Also remove the leftover files listed (backups, temporary files)</source>
        <translation>Eliminar también los archivos sobrantes de la lista (copias de seguridad, archivos temporales)</translation>
    </message>
    <message>
        <source>These files will be moved to the trash:</source>
        <translation>Estos archivos se moverán a la papelera:</translation>
    </message>
    <message>
        <source>These files will be deleted permanently. This cannot be undone:</source>
        <translation>Estos archivos se eliminarán definitivamente. No se puede deshacer:</translation>
    </message>
    <message numerus="yes">
        <source>The session rows of %n database(s) will be deleted; the file(s) stay:</source>
        <translation>
            <numerusform>Se eliminarán las filas de sesión de %n base de datos; el archivo se conserva:</numerusform>
            <numerusform>Se eliminarán las filas de sesión de %n bases de datos; los archivos se conservan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found beside it (kept):</source>
        <translation>También se encontró al lado (se conserva):</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>Eliminar &amp;definitivamente</translation>
    </message>
    <message>
        <source>&amp;Clear Rows</source>
        <translation>&amp;Vaciar filas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) to the trash.</source>
        <translation>
            <numerusform>Se movió %n sesión a la papelera.</numerusform>
            <numerusform>Se movieron %n sesiones a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) permanently.</source>
        <translation>
            <numerusform>Se eliminó %n sesión definitivamente.</numerusform>
            <numerusform>Se eliminaron %n sesiones definitivamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the session rows of %n database(s).</source>
        <translation>
            <numerusform>Se vaciaron las filas de sesión de %n base de datos.</numerusform>
            <numerusform>Se vaciaron las filas de sesión de %n bases de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be deleted:</source>
        <translation>No se pudo eliminar todo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the folder and the %n file(s) in it)</source>
        <translation>
            <numerusform>%1 (la carpeta y el %n archivo que contiene)</numerusform>
            <numerusform>%1 (la carpeta y los %n archivos que contiene)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;In use:&lt;/b&gt; another program has %1 open (a -wal or -journal file exists). Close it first: a running client may write the session again after it is deleted, or lose what it has not saved.</source>
        <translation>&lt;b&gt;En uso:&lt;/b&gt; otro programa tiene abierto %1 (existe un archivo -wal o -journal). Ciérrelo primero: un cliente en ejecución puede volver a escribir la sesión después de eliminarla, o perder lo que no haya guardado.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DiffModel</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>ID de la clave de autorización</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Primera sal</translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation>Desfase horario</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Hash de acceso</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>ID de peer</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>ID de canal</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <translation>presente, distinto</translation>
    </message>
    <message>
        <source>None in A</source>
        <translation>Nada en A</translation>
    </message>
    <message>
        <source>None in B</source>
        <translation>Nada en B</translation>
    </message>
    <message>
        <source>Unix time %1</source>
        <translation>Hora Unix %1</translation>
    </message>
</context>
<context>
    <name>fero::gui::DuplicateKeysDialog</name>
    <message>
        <source>Duplicate Keys</source>
        <translation>Claves duplicadas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Keep This One, Trash the Others…</source>
        <translation>&amp;Conservar esta, las demás a la papelera…</translation>
    </message>
    <message>
        <source>Keep the selected session and move the others of its group to the trash (you confirm the list first)</source>
        <translation>Conservar la sesión seleccionada y mover las demás de su grupo a la papelera (antes confirma la lista)</translation>
    </message>
    <message>
        <source>&amp;Show in Library</source>
        <translation>&amp;Mostrar en la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share key %1</source>
        <translation>
            <numerusform>%n sesión comparte la clave %1</numerusform>
            <numerusform>%n sesiones comparten la clave %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share %1 keys</source>
        <translation>
            <numerusform>%n sesión comparte %1 claves</numerusform>
            <numerusform>%n sesiones comparten %1 claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth key ids: %1</source>
        <translation>ID de claves de autorización: %1</translation>
    </message>
    <message>
        <source>not stored in a file</source>
        <translation>no guardada en un archivo</translation>
    </message>
    <message>
        <source>No two sessions in the library share an auth key.</source>
        <translation>No hay dos sesiones en la biblioteca que compartan una clave de autorización.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of sessions share auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</source>
        <translation>
            <numerusform>%n grupo de sesiones comparte claves de autorización. Telegram cierra todas las copias cuando una clave se usa desde dos lugares: conserve una sesión de cada grupo.</numerusform>
            <numerusform>%n grupos de sesiones comparten claves de autorización. Telegram cierra todas las copias cuando una clave se usa desde dos lugares: conserve una sesión de cada grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not stored in a file (remove it from the library instead)</source>
        <translation>%1: no guardada en un archivo (quítela de la biblioteca en su lugar)</translation>
    </message>
    <message>
        <source>%1: the same source as the session kept</source>
        <translation>%1: la misma fuente que la sesión conservada</translation>
    </message>
    <message>
        <source>%1: its source holds other accounts too, which would go with it</source>
        <translation>%1: su fuente contiene también otras cuentas, que se irían con ella</translation>
    </message>
    <message>
        <source>Not offered for the trash: %1.</source>
        <translation>No se ofrece para la papelera: %1.</translation>
    </message>
</context>
<context>
    <name>fero::gui::ExportDialog</name>
    <message>
        <source>Export Sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Export %n session(s) into one folder: %1</source>
        <translation>
            <numerusform>Exportar %n sesión a una carpeta: %1</numerusform>
            <numerusform>Exportar %n sesiones a una carpeta: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 to another format or version.</source>
        <translation>Exportar %1 a otro formato o versión.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>each session&apos;s own user id</source>
        <translation>el ID de usuario propio de cada sesión</translation>
    </message>
    <message>
        <source>unknown: it will be written as 0</source>
        <translation>desconocido: se escribirá 0</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Save to a &amp;file:</source>
        <translation>Guardar en un &amp;archivo:</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the &amp;clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>Copiar al &amp;portapapeles (se vacía tras %n segundo)</numerusform>
            <numerusform>Copiar al &amp;portapapeles (se vacía tras %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>Copiar al &amp;portapapeles</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>&amp;Reemplazar los archivos existentes</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>&amp;Reemplazar el archivo si existe</translation>
    </message>
    <message>
        <source>v%1 (opens with %2)</source>
        <translation>v%1 (se abre con %2)</translation>
    </message>
    <message>
        <source>-converted</source>
        <translation>-convertida</translation>
    </message>
    <message>
        <source>The user id must be a whole number.</source>
        <translation>El ID de usuario debe ser un número entero.</translation>
    </message>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Elija dónde escribir la sesión.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the file if it exists&quot; or choose another name.</source>
        <translation>%1 ya existe. Marque &quot;Reemplazar el archivo si existe&quot; o elija otro nombre.</translation>
    </message>
    <message>
        <source>Nothing is lost: the target keeps everything the session holds.</source>
        <translation>No se pierde nada: el destino conserva todo lo que contiene la sesión.</translation>
    </message>
    <message>
        <source>The target cannot hold:</source>
        <translation>El destino no puede contener:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tick the confirmation: this export loses data.</source>
        <translation>Marque la confirmación: esta exportación pierde datos.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Se copió %1 al portapapeles; se vaciará en %n segundo.</numerusform>
            <numerusform>Se copió %1 al portapapeles; se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) into %1.</source>
        <translation>
            <numerusform>Se escribió %n sesión en %1.</numerusform>
            <numerusform>Se escribieron %n sesiones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions were not written:</source>
        <translation>Algunas sesiones no se escribieron:</translation>
    </message>
    <message>
        <source>Compact, Pyrogram and mtcute strings, Pyrogram databases and tdata store the account&apos;s user id. Leave empty to use the one the session carries.</source>
        <translation>Las cadenas compactas, de Pyrogram y de mtcute, las bases de datos de Pyrogram y tdata guardan el ID de usuario de la cuenta. Déjelo vacío para usar el que lleva la sesión.</translation>
    </message>
    <message>
        <source>from my.telegram.org; or tick the old layout below</source>
        <translation>de my.telegram.org; o marque abajo el formato antiguo</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s string stores the api_id of the app that logged in. Feroscope never invents one.</source>
        <translation>La cadena de Pyrogram guarda el api_id de la aplicación con la que se inició sesión. Feroscope nunca se inventa uno.</translation>
    </message>
    <message>
        <source>&amp;API id:</source>
        <translation>ID de &amp;API:</translation>
    </message>
    <message>
        <source>as the session says</source>
        <translation>según indica la sesión</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>servidores de producción</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>servidores de prueba</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Servidores:</translation>
    </message>
    <message>
        <source>none: Telegram Desktop opens it without asking</source>
        <translation>ninguno: Telegram Desktop lo abre sin preguntar</translation>
    </message>
    <message>
        <source>The local passcode the new tdata folder gets.</source>
        <translation>El código de acceso local que recibe la nueva carpeta tdata.</translation>
    </message>
    <message>
        <source>Local &amp;passcode:</source>
        <translation>&amp;Código de acceso local:</translation>
    </message>
    <message>
        <source>The api id must be a whole number.</source>
        <translation>El ID de API debe ser un número entero.</translation>
    </message>
    <message>
        <source>refuse: I will clean the session first</source>
        <translation>rechazar: limpiaré la sesión antes</translation>
    </message>
    <message>
        <source>keep the first of each</source>
        <translation>conservar la primera de cada una</translation>
    </message>
    <message>
        <source>keep the last of each</source>
        <translation>conservar la última de cada una</translation>
    </message>
    <message>
        <source>The target cannot hold two entries with the same key. The entries not kept are listed below as losses.</source>
        <translation>El destino no puede contener dos entradas con la misma clave. Las entradas no conservadas se listan abajo como pérdidas.</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplicados:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;old 64-bit layout</source>
        <translation>Usar el formato &amp;antiguo de 64 bits</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s old 64-bit string layout needs no api id; Pyrogram 1.x and 2.x read it.</source>
        <translation>El antiguo formato de 64 bits de las cadenas de Pyrogram no necesita ID de API; Pyrogram 1.x y 2.x lo leen.</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>En la carpeta:</translation>
    </message>
    <message>
        <source>required: this format cannot do without it</source>
        <translation>obligatorio: este formato no puede prescindir de él</translation>
    </message>
    <message>
        <source>Save as a &amp;folder:</source>
        <translation>Guardar como &amp;carpeta:</translation>
    </message>
    <message>
        <source>&amp;Replace the folder if it exists</source>
        <translation>&amp;Reemplazar la carpeta si existe</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder name.</source>
        <translation>%1 es un archivo; elija un nombre de carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the folder if it exists&quot; or choose another name.</source>
        <translation>%1 ya existe. Marque «Reemplazar la carpeta si existe» o elija otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, &amp;lose the %n item(s) listed above</source>
        <translation>
            <numerusform>Sí, &amp;perder el %n elemento de arriba</numerusform>
            <numerusform>Sí, &amp;perder los %n elementos de arriba</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Where to Create the %1</source>
        <translation>Elegir dónde crear: %1</translation>
    </message>
    <message>
        <source>The same passcode again, to catch a typo.</source>
        <translation>El mismo código otra vez, para detectar una errata.</translation>
    </message>
    <message>
        <source>Type the passcode again in &quot;Repeat passcode&quot;.</source>
        <translation>Escriba el código otra vez en «Repetir el código de acceso».</translation>
    </message>
    <message>
        <source>The two passcodes differ: type them again.</source>
        <translation>Los dos códigos no coinciden: escríbalos de nuevo.</translation>
    </message>
    <message>
        <source>Repea&amp;t passcode:</source>
        <translation>Repe&amp;tir el código de acceso:</translation>
    </message>
</context>
<context>
    <name>fero::gui::FindBar</name>
    <message>
        <source>Find in JSON…</source>
        <translation>Buscar en el JSON…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>fero::gui::HelpWindow</name>
    <message>
        <source>Feroscope Help</source>
        <translation>Ayuda de Feroscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope shows what is inside a Telegram client session and converts it between libraries and versions. It never writes to a session when it opens it.&lt;/p&gt;&lt;h3&gt;Open sessions&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Open Session…&lt;/b&gt; for a file or a SQLite database, &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; for a folder of sessions (Telegram Desktop&apos;s tdata and GramJS stores are folders too), or paste a string session with &lt;b&gt;Ctrl+V&lt;/b&gt;. You can also drop files and folders onto the window. Everything you open is listed in the library on the left; icons after a name flag a risk (point at one for details).&lt;/p&gt;&lt;h3&gt;Look inside&lt;/h3&gt;&lt;p&gt;Select a session to see it in the tabs: &lt;b&gt;Overview&lt;/b&gt; (format, where it opens, health), &lt;b&gt;DCs&lt;/b&gt; (the data centres and their auth key ids; a key is shown only when you reveal it), &lt;b&gt;Updates&lt;/b&gt; (the update counters), &lt;b&gt;Peers&lt;/b&gt; and &lt;b&gt;Min Peers&lt;/b&gt; (the peer cache, searchable and sortable) and &lt;b&gt;Raw JSON&lt;/b&gt; (the whole session, keys masked).&lt;/p&gt;&lt;h3&gt;Export and convert&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Session ▸ Export / Convert…&lt;/b&gt; writes the session as another format or version, to a file, a database or a string. Before anything is written it lists what the target cannot hold; you export only after agreeing to lose that. Files are written owner-only (0600) and atomically.&lt;/p&gt;&lt;h3&gt;Secrets&lt;/h3&gt;&lt;p&gt;Whoever holds an auth key holds the account. Keys are hidden until you reveal one, are hidden again after a minute, and a copied key or string leaves the clipboard after a timeout.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; does the same from scripts: run &lt;code&gt;feroscope-cli --help&lt;/code&gt; for its commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope muestra lo que hay dentro de una sesión de cliente de Telegram y la convierte entre bibliotecas y versiones. Nunca escribe en una sesión al abrirla.&lt;/p&gt;&lt;h3&gt;Abrir sesiones&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;Archivo ▸ Abrir sesión…&lt;/b&gt; para un archivo o una base de datos SQLite, &lt;b&gt;Archivo ▸ Abrir carpeta…&lt;/b&gt; para una carpeta de sesiones (el tdata de Telegram Desktop y los almacenes de GramJS también son carpetas), o pegue una sesión de cadena con &lt;b&gt;Ctrl+V&lt;/b&gt;. También puede soltar archivos y carpetas sobre la ventana. Todo lo que abre aparece en la biblioteca de la izquierda; los iconos tras un nombre señalan un riesgo (apunte a uno para ver los detalles).&lt;/p&gt;&lt;h3&gt;Ver el contenido&lt;/h3&gt;&lt;p&gt;Seleccione una sesión para verla en las pestañas: &lt;b&gt;Resumen&lt;/b&gt; (formato, dónde se abre, estado), &lt;b&gt;DC&lt;/b&gt; (los centros de datos y los id de sus claves; una clave solo se muestra si la revela), &lt;b&gt;Actualizaciones&lt;/b&gt; (los contadores), &lt;b&gt;Peers&lt;/b&gt; y &lt;b&gt;Min peers&lt;/b&gt; (la caché de peers, con búsqueda y orden) y &lt;b&gt;JSON en bruto&lt;/b&gt; (toda la sesión, con las claves ocultas).&lt;/p&gt;&lt;h3&gt;Exportar y convertir&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sesión ▸ Exportar / Convertir…&lt;/b&gt; escribe la sesión en otro formato o versión, como archivo, base de datos o cadena. Antes de escribir nada enumera lo que el destino no puede guardar; solo exporta tras aceptar esa pérdida. Los archivos se escriben solo para usted (0600) y de forma atómica.&lt;/p&gt;&lt;h3&gt;Secretos&lt;/h3&gt;&lt;p&gt;Quien tiene una clave de autorización tiene la cuenta. Las claves están ocultas hasta que revela una, se ocultan de nuevo al cabo de un minuto, y una clave o cadena copiada sale del portapapeles tras un plazo.&lt;/p&gt;&lt;h3&gt;Línea de órdenes&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; hace lo mismo desde scripts: ejecute &lt;code&gt;feroscope-cli --help&lt;/code&gt; para ver sus órdenes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Atajos de teclado&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryModel</name>
    <message>
        <source>The file is missing: it was moved or deleted since it was added.</source>
        <translation>Falta el archivo: se movió o eliminó después de añadirlo.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <source>Pasted strings</source>
        <translation>Cadenas pegadas</translation>
    </message>
    <message>
        <source>Unsaved copies</source>
        <translation>Copias sin guardar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>examinando…</translation>
    </message>
    <message>
        <source>no sessions found</source>
        <translation>no se encontraron sesiones</translation>
    </message>
    <message>
        <source>This folder is missing: it was moved or deleted.</source>
        <translation>Falta esta carpeta: se movió o se eliminó.</translation>
    </message>
    <message>
        <source>Sessions found in %1</source>
        <translation>Sesiones encontradas en %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session stored as a folder (%2)</source>
        <translation>%1: una sesión guardada como carpeta (%2)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>The home DC: the data center the account lives on</source>
        <translation>El DC principal: el centro de datos en el que reside la cuenta</translation>
    </message>
    <message>
        <source>The auth key id of the home DC&apos;s key: safe to share; the same id in two sessions means one key in two places</source>
        <translation>El ID de la clave de autorización del DC principal: se puede compartir sin riesgo; el mismo ID en dos sesiones significa una misma clave en dos sitios</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Right-click a column header to show or hide columns (size, modified, flags as text).</source>
        <translation>Haga clic con el botón derecho en un encabezado de columna para mostrar u ocultar columnas (tamaño, modificado, flags como texto).</translation>
    </message>
    <message>
        <source>The session&apos;s size on disk (with its -wal, or a folder&apos;s files)</source>
        <translation>El tamaño de la sesión en el disco (con su -wal, o los archivos de una carpeta)</translation>
    </message>
    <message>
        <source>When the session last changed on disk</source>
        <translation>Cuándo cambió la sesión en el disco por última vez</translation>
    </message>
    <message>
        <source>passcode needed</source>
        <translation>se necesita el código</translation>
    </message>
    <message>
        <source>Protected by a local passcode: select it and choose Enter Passcode… to see its accounts.</source>
        <translation>Protegido por un código de acceso local: selecciónelo y elija Introducir código de acceso… para ver sus cuentas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account index %1</source>
        <translation>cuenta con índice %1</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ranura %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>espacio de nombres %1</translation>
    </message>
    <message>
        <source>%1 (not supported)</source>
        <translation>%1 (no compatible)</translation>
    </message>
    <message>
        <source>The %1 is no longer in %2.</source>
        <translation>%2 ya no contiene: %1.</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryPane</name>
    <message>
        <source>ferogram SQLite v8</source>
        <translation>SQLite de ferogram v8</translation>
    </message>
    <message>
        <source>readable by others, in use</source>
        <translation>legible por otros, en uso</translation>
    </message>
    <message>
        <source>Filter by name, format, key id, user id or path</source>
        <translation>Filtrar por nombre, formato, id de clave, id de usuario o ruta</translation>
    </message>
    <message>
        <source>Shows the sessions whose name, format, auth key id, user id or path contain every word typed here. Esc clears it.</source>
        <translation>Muestra las sesiones cuyo nombre, formato, id de clave de autorización, id de usuario o ruta contienen cada palabra escrita aquí. Esc lo vacía.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>fero::gui::MainWindow</name>
    <message>
        <source>&amp;Export / Convert…</source>
        <translation>&amp;Exportar / convertir…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <source>Remove Selected &amp;Peers</source>
        <translation>Eliminar los &amp;peers seleccionados</translation>
    </message>
    <message>
        <source>Prune All &amp;Min Peers</source>
        <translation>Eliminar todos los &amp;min peers</translation>
    </message>
    <message>
        <source>Clear &amp;Channel pts</source>
        <translation>Vaciar los pts de &amp;canales</translation>
    </message>
    <message>
        <source>Copy &amp;Report</source>
        <translation>Copiar el &amp;informe</translation>
    </message>
    <message>
        <source>Feroscope</source>
        <translation>Feroscope</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>Se volvió a cargar %1: cambió en el disco.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Add session files or databases to the library</source>
        <translation>Añade archivos de sesión o bases de datos a la biblioteca</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Read the selected session or folder again</source>
        <translation>Vuelve a leer la sesión o carpeta seleccionada</translation>
    </message>
    <message>
        <source>Remove from &amp;Library</source>
        <translation>Quitar de la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay where they are)</source>
        <translation>Olvida las entradas seleccionadas (los archivos se quedan donde están)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Language, clipboard timeout, your ferogram release</source>
        <translation>Idioma, tiempo de espera del portapapeles, su versión de ferogram</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Feroscope</source>
        <translation>Cierra Feroscope</translation>
    </message>
    <message>
        <source>&amp;About Feroscope</source>
        <translation>&amp;Acerca de Feroscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>La versión de Qt en uso</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Muestra la pestaña %1</translation>
    </message>
    <message>
        <source>Not available in this build yet</source>
        <translation>Aún no disponible en esta compilación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Clean &amp;Peer Cache</source>
        <translation>Limpiar la caché de &amp;peers</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop scanning folders (Esc)</source>
        <translation>Detiene el examen de carpetas (Esc)</translation>
    </message>
    <message>
        <source>demo.session</source>
        <translation>demo.session</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 cancelled: %n session(s) found so far.</source>
        <translation>
            <numerusform>Se canceló el examen de %1: hasta ahora se encontró %n sesión.</numerusform>
            <numerusform>Se canceló el examen de %1: hasta ahora se encontraron %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found, %2 could not be read.</source>
        <translation>
            <numerusform>%1: se encontró %n sesión; %2 no se pudieron leer.</numerusform>
            <numerusform>%1: se encontraron %n sesiones; %2 no se pudieron leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found.</source>
        <translation>
            <numerusform>%1: se encontró %n sesión.</numerusform>
            <numerusform>%1: se encontraron %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted string %1</source>
        <translation>Cadena pegada %1</translation>
    </message>
    <message>
        <source>%1 — Feroscope</source>
        <translation>%1 — Feroscope</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the library</source>
        <translation>
            <numerusform>%n sesión en la biblioteca</numerusform>
            <numerusform>%n sesiones en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning %p%</source>
        <translation>Examinando %p%</translation>
    </message>
    <message>
        <source>Open Sessions</source>
        <translation>Abrir sesiones</translation>
    </message>
    <message>
        <source>Sessions (*.session *.sqlite *.db *.txt *.string);;All files (*)</source>
        <translation>Sesiones (*.session *.sqlite *.db *.txt *.string);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Folder of Sessions</source>
        <translation>Abrir carpeta de sesiones</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>Se volvió a cargar %1.</translation>
    </message>
    <message>
        <source>The dropped text is not a string session: %1</source>
        <translation>El texto soltado no es una cadena de sesión: %1</translation>
    </message>
    <message>
        <source>Telegram Desktop Passcode</source>
        <translation>Código de acceso de Telegram Desktop</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode. Enter it to open the accounts (it is kept in memory only).</source>
        <translation>%1 está protegido por un código de acceso local. Introdúzcalo para abrir las cuentas (solo se conserva en memoria).</translation>
    </message>
    <message>
        <source>Add every session found in a folder, or a Telegram Desktop tdata or GramJS store folder</source>
        <translation>Añade todas las sesiones encontradas en una carpeta, o una carpeta tdata de Telegram Desktop o de almacén de GramJS</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>&amp;Pegar del portapapeles</translation>
    </message>
    <message>
        <source>Check the string session on the clipboard: its format, and what else it could be</source>
        <translation>Comprueba la cadena de sesión del portapapeles: su formato y qué otra cosa podría ser</translation>
    </message>
    <message>
        <source>Type or paste a string session of any library into a masked box</source>
        <translation>Escriba o pegue una cadena de sesión de cualquier biblioteca en un cuadro enmascarado</translation>
    </message>
    <message>
        <source>Opened the pasted string: %1 It is kept in memory only.</source>
        <translation>Se abrió la cadena pegada: %1 Solo se conserva en memoria.</translation>
    </message>
    <message>
        <source>Wrong passcode: it does not open %1. Try again.</source>
        <translation>Código de acceso incorrecto: no abre %1. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a string session first, or use File ▸ Paste String… (Ctrl+Shift+V) to type one.</source>
        <translation>El portapapeles no contiene texto. Copie primero una cadena de sesión o use Archivo ▸ Pegar cadena… (Ctrl+Mayús+V) para escribir una.</translation>
    </message>
    <message>
        <source>Remove Selected M&amp;in Peers</source>
        <translation>Eliminar los m&amp;in peers seleccionados</translation>
    </message>
    <message>
        <source>Write the selected sessions in another format or version, or copy one as a string</source>
        <translation>Escribe las sesiones seleccionadas en otro formato o versión, o copia una como cadena</translation>
    </message>
    <message>
        <source>Copy the session as a string of its own library; the clipboard is cleared after the timeout</source>
        <translation>Copia la sesión como cadena de su propia biblioteca; el portapapeles se vacía tras el tiempo de espera</translation>
    </message>
    <message>
        <source>Move the selected session files to the trash, or delete them permanently</source>
        <translation>Mueve los archivos de sesión seleccionados a la papelera o los elimina definitivamente</translation>
    </message>
    <message>
        <source>Compare two sessions: DCs, counters and the peer cache side by side</source>
        <translation>Compara dos sesiones: DC, contadores y caché de peers lado a lado</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the peers selected in the Peers tab</source>
        <translation>Crea una copia sin guardar sin los peers seleccionados en la pestaña Peers</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the min peers selected in the Min Peers tab</source>
        <translation>Crea una copia sin guardar sin los min peers seleccionados en la pestaña Min peers</translation>
    </message>
    <message>
        <source>Make an unsaved copy without any min peers</source>
        <translation>Crea una copia sin guardar sin ningún min peer</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the per-channel pts</source>
        <translation>Crea una copia sin guardar sin los pts de canales</translation>
    </message>
    <message>
        <source>Copy a summary that is safe to paste into a bug report (no keys, no access hashes)</source>
        <translation>Copia un resumen que se puede pegar sin riesgo en un informe de error (sin claves ni hashes de acceso)</translation>
    </message>
    <message numerus="yes">
        <source>Copied a secret: the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Se copió un secreto: el portapapeles se vaciará en %n s.</numerusform>
            <numerusform>Se copió un secreto: el portapapeles se vaciará en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected Telegram Desktop folder with its local passcode</source>
        <translation>Abre la carpeta de Telegram Desktop seleccionada con su código de acceso local</translation>
    </message>
    <message>
        <source>%1 stays locked: no passcode given.</source>
        <translation>%1 sigue bloqueado: no se indicó ningún código de acceso.</translation>
    </message>
    <message>
        <source>Opening %1 with its passcode…</source>
        <translation>Abriendo %1 con su código de acceso…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Select a session in the library first</source>
        <translation>Seleccione primero una sesión en la biblioteca</translation>
    </message>
    <message>
        <source>Locked by a local passcode: enter it first (Enter Passcode…)</source>
        <translation>Bloqueado por un código de acceso local: introdúzcalo primero (Introducir código de acceso…)</translation>
    </message>
    <message>
        <source>None of the selected sessions could be read: nothing to export</source>
        <translation>No se pudo leer ninguna de las sesiones seleccionadas: nada que exportar</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to export</source>
        <translation>No se pudo leer esta sesión: nada que exportar</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to copy</source>
        <translation>No se pudo leer esta sesión: nada que copiar</translation>
    </message>
    <message>
        <source>None of the selected sessions is stored in a file: nothing to delete</source>
        <translation>Ninguna de las sesiones seleccionadas está guardada en un archivo: nada que eliminar</translation>
    </message>
    <message>
        <source>The file is no longer there: nothing to delete</source>
        <translation>El archivo ya no existe: nada que eliminar</translation>
    </message>
    <message>
        <source>The demo session has no file to delete</source>
        <translation>La sesión de demostración no tiene ningún archivo que eliminar</translation>
    </message>
    <message>
        <source>A pasted string has no file to delete</source>
        <translation>Una cadena pegada no tiene ningún archivo que eliminar</translation>
    </message>
    <message>
        <source>An unsaved copy has nothing on disk to delete</source>
        <translation>Una copia sin guardar no tiene nada en el disco que eliminar</translation>
    </message>
    <message>
        <source>This session has no file to delete</source>
        <translation>Esta sesión no tiene ningún archivo que eliminar</translation>
    </message>
    <message>
        <source>This session could not be read</source>
        <translation>No se pudo leer esta sesión</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n edited cop(ies) not saved yet: %1.

Save the changes before quitting?</source>
        <translation>
            <numerusform>%n copia editada aún sin guardar: %1.

¿Guardar los cambios antes de salir?</numerusform>
            <numerusform>%n copias editadas aún sin guardar: %1.

¿Guardar los cambios antes de salir?</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo session is missing from this build.</source>
        <translation>La sesión de demostración no está incluida en esta compilación.</translation>
    </message>
    <message>
        <source>Paste S&amp;tring…</source>
        <translation>Pegar cade&amp;na…</translation>
    </message>
    <message>
        <source>Opened the pasted string. It is kept in memory only.</source>
        <translation>Se abrió la cadena pegada. Solo se guarda en memoria.</translation>
    </message>
    <message>
        <source>Copy Strin&amp;g Session</source>
        <translation>Copiar la ca&amp;dena de sesión</translation>
    </message>
    <message>
        <source>Enter Pass&amp;code…</source>
        <translation>&amp;Introducir código de acceso…</translation>
    </message>
    <message>
        <source>Make the selected session files, and those in selected folders, readable by you only (mode 0600)</source>
        <translation>Hacer que los archivos de sesión seleccionados, y los de las carpetas seleccionadas, solo los pueda leer usted (modo 0600)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Restrict &amp;Permissions</source>
        <translation>Restringir &amp;permisos</translation>
    </message>
    <message>
        <source>Feroscope &amp;Help</source>
        <translation>A&amp;yuda de Feroscope</translation>
    </message>
    <message>
        <source>How to open, inspect and convert sessions, and the keyboard shortcuts</source>
        <translation>Cómo abrir, inspeccionar y convertir sesiones, y los atajos de teclado</translation>
    </message>
    <message>
        <source>Version, licence and the libraries Feroscope runs with</source>
        <translation>Versión, licencia y las bibliotecas con las que funciona Feroscope</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n remembered folder(s): %1</source>
        <translation>
            <numerusform>Se volvió a abrir %n carpeta recordada: %1</numerusform>
            <numerusform>Se volvieron a abrir %n carpetas recordadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search where you are: the Peers or Min Peers search or the Raw JSON find bar when they have focus, else the library&apos;s filter</source>
        <translation>Busca donde está: en la búsqueda de Peers o Min peers o en la barra de búsqueda del JSON en bruto cuando tienen el foco; si no, en el filtro de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last removal from the library or peer-cache cleaning</source>
        <translation>Deshacer la última eliminación de la biblioteca o limpieza de la caché de pares</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Volver a hacer lo que Deshacer revirtió</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 ya no está.</translation>
    </message>
    <message>
        <source>%1 Undo with %2.</source>
        <translation>%1 Deshaga con %2.</translation>
    </message>
    <message>
        <source>WTelegramClient Session Key</source>
        <translation>Clave de sesión de WTelegramClient</translation>
    </message>
    <message>
        <source>%1 is encrypted with the app&apos;s api_hash or its session_key. Enter that key (hex digits) to open it (it is kept in memory only).</source>
        <translation>%1 está cifrado con el api_hash o el session_key de la app. Introduzca esa clave (dígitos hex) para abrirlo (solo se guarda en memoria).</translation>
    </message>
    <message>
        <source>Duplicate &amp;Keys…</source>
        <translation>Cla&amp;ves duplicadas…</translation>
    </message>
    <message>
        <source>Sessions in the library that share an auth key, and a way to keep one of each</source>
        <translation>Sesiones de la biblioteca que comparten una clave de autorización, y una forma de conservar una de cada grupo</translation>
    </message>
    <message>
        <source>Re&amp;scan Folders</source>
        <translation>Volver a e&amp;xaminar carpetas</translation>
    </message>
    <message>
        <source>Read every file of the library&apos;s folders again, not only those that changed since the last scan</source>
        <translation>Volver a leer todos los archivos de las carpetas de la biblioteca, no solo los que cambiaron desde el último examen</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeerTableModel</name>
    <message>
        <source>not cached</source>
        <translation>no está en caché</translation>
    </message>
    <message>
        <source>Double-click to show this peer in the Peers tab.</source>
        <translation>Haga doble clic para mostrar este peer en la pestaña Peers.</translation>
    </message>
    <message>
        <source>The peer cache holds no peer with this id.</source>
        <translation>La caché de peers no contiene ningún peer con este ID.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Seen in peer id</source>
        <translation>Visto en el ID de peer</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <source>Peer in cache</source>
        <translation>Peer en caché</translation>
    </message>
    <message>
        <source>User in cache</source>
        <translation>Usuario en caché</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeersTab</name>
    <message>
        <source>No min peers stored. Min peers are users the client saw only inside a message (&quot;min&quot; users).</source>
        <translation>No hay min peers guardados. Los min peers son usuarios que el cliente solo vio dentro de un mensaje (usuarios &quot;min&quot;).</translation>
    </message>
    <message>
        <source>%1 min-user contexts: the user was seen in message &quot;Message id&quot; of &quot;Seen in peer id&quot;. Double-click a row to jump to the cached peer.</source>
        <translation>%1 contextos de usuarios min: el usuario se vio en el mensaje &quot;ID de mensaje&quot; de &quot;Visto en el ID de peer&quot;. Haga doble clic en una fila para ir al peer en caché.</translation>
    </message>
    <message>
        <source>Search user, peer or message id (digits)…</source>
        <translation>Buscar id de usuario, de peer o de mensaje (dígitos)…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
</context>
<context>
    <name>fero::gui::OverviewTab</name>
    <message>
        <source>&lt;h3&gt;No session selected&lt;/h3&gt;&lt;p&gt;Pick a session in the library on the left to see what is inside it.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;File ▸ Open Session…&lt;/b&gt; (Ctrl+O), &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; (Ctrl+Shift+O), drop files or folders onto this window, or copy a string session and press &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Feroscope never writes to a session when it opens it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay ninguna sesión seleccionada&lt;/h3&gt;&lt;p&gt;Elija una sesión en la biblioteca de la izquierda para ver lo que contiene.&lt;/p&gt;&lt;p&gt;Para añadir una: &lt;b&gt;Archivo ▸ Abrir sesión…&lt;/b&gt; (Ctrl+O), &lt;b&gt;Archivo ▸ Abrir carpeta…&lt;/b&gt; (Ctrl+Mayús+O), suelte archivos o carpetas en esta ventana, o copie una cadena de sesión y pulse &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Feroscope nunca escribe en una sesión al abrirla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Opens in:</source>
        <translation>Se abre en:</translation>
    </message>
    <message>
        <source>Home DC:</source>
        <translation>DC principal:</translation>
    </message>
    <message>
        <source>Home auth key id:</source>
        <translation>ID de clave de autorización (principal):</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>DC entries:</source>
        <translation>Entradas de DC:</translation>
    </message>
    <message>
        <source>Cached peers:</source>
        <translation>Peers en caché:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>Por tipo:</translation>
    </message>
    <message>
        <source>Min peers:</source>
        <translation>Min peers:</translation>
    </message>
    <message>
        <source>Channel pts:</source>
        <translation>Pts de canales:</translation>
    </message>
    <message>
        <source>Future auth token:</source>
        <translation>Token de autorización futuro:</translation>
    </message>
    <message>
        <source>Size as binary file:</source>
        <translation>Tamaño como archivo binario:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Tamaño del archivo:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permisos:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificado:</translation>
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
        <translation>ninguna: esta sesión no ha iniciado sesión en su DC principal</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>cuenta de usuario</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>servidores de prueba</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>no se guarda en este formato</translation>
    </message>
    <message>
        <source>%1 (%2 with an auth key)</source>
        <translation>%1 (%2 con clave de autorización)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>present, empty</source>
        <translation>presente, vacío</translation>
    </message>
    <message>
        <source>present (hidden; see Raw to reveal)</source>
        <translation>presente (oculto; muéstrelo en JSON en bruto)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>a pasted string (kept in memory only, never saved)</source>
        <translation>una cadena pegada (solo en memoria, nunca se guarda)</translation>
    </message>
    <message>
        <source>the demo session bundled with Feroscope (random keys, not a real account)</source>
        <translation>la sesión de demostración incluida con Feroscope (claves aleatorias, no es una cuenta real)</translation>
    </message>
    <message>
        <source>an unsaved copy</source>
        <translation>una copia sin guardar</translation>
    </message>
    <message>
        <source>an unsaved copy of %1</source>
        <translation>una copia sin guardar de %1</translation>
    </message>
    <message>
        <source>%1 — other users can read it; use Restrict permissions</source>
        <translation>%1 — otros usuarios pueden leerlo; use Restringir permisos</translation>
    </message>
    <message>
        <source>%1 — only you can read it</source>
        <translation>%1 — solo usted puede leerlo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>ID de usuario:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Servidores:</translation>
    </message>
    <message>
        <source>API id:</source>
        <translation>ID de API:</translation>
    </message>
    <message>
        <source>Takeout id:</source>
        <translation>ID de takeout:</translation>
    </message>
    <message>
        <source>Media DC:</source>
        <translation>DC de medios:</translation>
    </message>
    <message>
        <source>Self user:</source>
        <translation>Usuario propio:</translation>
    </message>
    <message>
        <source>0 (unknown)</source>
        <translation>0 (desconocido)</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>servidores de producción</translation>
    </message>
    <message>
        <source>DC %1 (%2)</source>
        <translation>DC %1 (%2)</translation>
    </message>
    <message>
        <source>none stored (the main DC serves media)</source>
        <translation>ninguno guardado (el DC principal sirve los medios)</translation>
    </message>
    <message>
        <source>stored (user id %1%2)</source>
        <translation>guardado (ID de usuario %1%2)</translation>
    </message>
    <message>
        <source>, bot</source>
        <translation>, bot</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
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
            <numerusform>%Ln canal de difusión</numerusform>
            <numerusform>%Ln canales de difusión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln megagroup(s)</source>
        <translation>
            <numerusform>%Ln megagrupo</numerusform>
            <numerusform>%Ln megagrupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gigagroup(s)</source>
        <translation>
            <numerusform>%Ln gigagrupo</numerusform>
            <numerusform>%Ln gigagrupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s) without kind</source>
        <translation>
            <numerusform>%Ln canal sin tipo</numerusform>
            <numerusform>%Ln canales sin tipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min channel(s)</source>
        <translation>
            <numerusform>%Ln canal min</numerusform>
            <numerusform>%Ln canales min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communit(y/ies)</source>
        <translation>
            <numerusform>%Ln comunidad</numerusform>
            <numerusform>%Ln comunidades</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Enter Passcode…</source>
        <translation>Introducir código de acceso…</translation>
    </message>
    <message>
        <source>Type the local passcode to read the accounts (kept in memory only)</source>
        <translation>Introduzca el código de acceso local para leer las cuentas (solo se conserva en memoria)</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode.

Its accounts, keys and peers are read once you enter it. Feroscope keeps the passcode in memory only, for as long as the folder is in the library, and never saves it.</source>
        <translation>%1 está protegido por un código de acceso local.

Sus cuentas, claves y peers se leen en cuanto lo introduzca. Feroscope conserva el código de acceso solo en memoria, mientras la carpeta esté en la biblioteca, y nunca lo guarda.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Restrict Permissions…</source>
        <translation>Restringir permisos…</translation>
    </message>
    <message>
        <source>Make the selected sessions readable by you only (mode 0600)</source>
        <translation>Hacer que solo usted pueda leer las sesiones seleccionadas (modo 0600)</translation>
    </message>
    <message>
        <source>Restrict the Whole Folder…</source>
        <translation>Restringir toda la carpeta…</translation>
    </message>
    <message>
        <source>Make every session found in this folder readable by you only</source>
        <translation>Hacer que solo usted pueda leer todas las sesiones de esta carpeta</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>El archivo ya no está.</translation>
    </message>
    <message>
        <source>It was moved, renamed or deleted since it was added. Remove it from the library or put the file back; Feroscope notices when it returns (View ▸ Reload, F5).</source>
        <translation>Se movió, se renombró o se eliminó después de añadirlo. Quítelo de la biblioteca o vuelva a poner el archivo; Feroscope lo nota cuando vuelve (Ver ▸ Recargar, F5).</translation>
    </message>
    <message>
        <source>This entry cannot be read.</source>
        <translation>Esta entrada no se puede leer.</translation>
    </message>
</context>
<context>
    <name>fero::gui::PasteDialog</name>
    <message>
        <source>Paste String Session</source>
        <translation>Pegar cadena de sesión</translation>
    </message>
    <message>
        <source>Paste a string session here (Ctrl+V)</source>
        <translation>Pegue aquí una cadena de sesión (Ctrl+V)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>A string session logs in whoever holds it. Feroscope keeps it in memory only: it is not saved, not remembered and not shown.</source>
        <translation>Una cadena de sesión inicia sesión a quien la tenga. Feroscope solo la guarda en memoria: no se guarda, no se recuerda y no se muestra.</translation>
    </message>
    <message>
        <source>String session:</source>
        <translation>Cadena de sesión:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Other readings that were tried, and why they were rejected, appear here.</source>
        <translation>Aquí aparecen las otras lecturas que se probaron y por qué se descartaron.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detectado:</translation>
    </message>
    <message>
        <source>nothing pasted yet</source>
        <translation>aún no se ha pegado nada</translation>
    </message>
    <message>
        <source>%1 (%2), as chosen.</source>
        <translation>%1 (%2), según lo elegido.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>No es un %1: %2</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Otras lecturas</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows.</source>
        <translation>No es una cadena de sesión que Feroscope conozca.</translation>
    </message>
    <message>
        <source>Other readings (%1)</source>
        <translation>Otras lecturas (%1)</translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerCacheCleaner</name>
    <message>
        <source>No min peers selected.</source>
        <translation>No hay min peers seleccionados.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n min peer(s).</source>
        <translation>
            <numerusform>Se eliminó %n min peer.</numerusform>
            <numerusform>Se eliminaron %n min peers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerTableModel</name>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>canal (difusión)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>canal (megagrupo)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>canal (gigagrupo)</translation>
    </message>
    <message>
        <source>channel (kind not stored)</source>
        <translation>canal (tipo no guardado)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>canal min</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>ID de peer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Hash de acceso</translation>
    </message>
    <message>
        <source>Stored flags</source>
        <translation>Flags guardados</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nombres de usuario</translation>
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
        <translation>Buscar ID o hash de acceso (dígitos)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Chats (basic groups)</source>
        <translation>Chats (grupos básicos)</translation>
    </message>
    <message>
        <source>Channels (all kinds)</source>
        <translation>Canales (todos los tipos)</translation>
    </message>
    <message>
        <source>Broadcast channels</source>
        <translation>Canales de difusión</translation>
    </message>
    <message>
        <source>Megagroups</source>
        <translation>Megagrupos</translation>
    </message>
    <message>
        <source>Gigagroups</source>
        <translation>Gigagrupos</translation>
    </message>
    <message>
        <source>Channels without kind</source>
        <translation>Canales sin tipo</translation>
    </message>
    <message>
        <source>Min channels</source>
        <translation>Canales min</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <source>Copy Rows as Text</source>
        <translation>Copiar filas como texto</translation>
    </message>
    <message>
        <source>Copy Rows as JSON</source>
        <translation>Copiar filas como JSON</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No peers cached.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A client fills this cache with the access hashes of the users, groups and channels it meets; a fresh login has none yet. Sessions of libraries that keep no peer cache (string sessions) show none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay peers en caché.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un cliente llena esta caché con los hashes de acceso de los usuarios, grupos y canales que encuentra; un inicio de sesión reciente aún no tiene ninguno. Las sesiones de bibliotecas que no guardan caché de peers (cadenas de sesión) tampoco muestran ninguno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>Shows peers whose id or access hash contains these digits; Bot API ids (-100… for channels, -… for basic groups) match too</source>
        <translation>Muestra los peers cuyo ID o hash de acceso contiene estas cifras; también los ID de la Bot API (-100… para canales, -… para grupos básicos)</translation>
    </message>
</context>
<context>
    <name>fero::gui::RawTab</name>
    <message>
        <source>Reveal auth keys and token</source>
        <translation>Mostrar claves de autorización y token</translation>
    </message>
    <message>
        <source>Shows the secret values in this JSON. Anyone who sees them can use the account.</source>
        <translation>Muestra los valores secretos de este JSON. Cualquiera que los vea puede usar la cuenta.</translation>
    </message>
</context>
<context>
    <name>fero::gui::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no está)</translation>
    </message>
    <message>
        <source>No Recent Sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>fero::gui::SecretTextEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>fero::gui::SessionView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>&amp;DCs</source>
        <translation>&amp;DC</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Ac&amp;tualizaciones</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>&amp;Peers</translation>
    </message>
    <message>
        <source>&amp;Min Peers</source>
        <translation>&amp;Min peers</translation>
    </message>
    <message>
        <source>What this session is and what looks wrong (Ctrl+1)</source>
        <translation>Qué es esta sesión y qué parece estar mal (Ctrl+1)</translation>
    </message>
    <message>
        <source>Data centres, addresses and auth key ids (Ctrl+2)</source>
        <translation>Centros de datos, direcciones e ID de claves de autorización (Ctrl+2)</translation>
    </message>
    <message>
        <source>Update counters and per-channel pts (Ctrl+3)</source>
        <translation>Contadores de actualizaciones y pts por canal (Ctrl+3)</translation>
    </message>
    <message>
        <source>The access-hash cache (Ctrl+4)</source>
        <translation>La caché de hashes de acceso (Ctrl+4)</translation>
    </message>
    <message>
        <source>Users seen only inside messages (Ctrl+5)</source>
        <translation>Usuarios vistos solo dentro de mensajes (Ctrl+5)</translation>
    </message>
    <message>
        <source>The canonical JSON (Ctrl+6)</source>
        <translation>El JSON canónico (Ctrl+6)</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>JSON en &amp;bruto</translation>
    </message>
</context>
<context>
    <name>fero::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>ferogram %1 (reads binary up to v%2)</source>
        <translation>ferogram %1 (lee binarios hasta la v%2)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Feroscope starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Feroscope.</translation>
    </message>
    <message>
        <source>Clear copied secrets after:</source>
        <translation>Borrar los secretos copiados tras:</translation>
    </message>
    <message>
        <source>ferogram release I use:</source>
        <translation>Mi versión de ferogram:</translation>
    </message>
    <message>
        <source>Sessions newer than this release can open are flagged &quot;too new&quot; in the library: that release would set them aside as .bak and start logged out.</source>
        <translation>Las sesiones más nuevas de lo que esta versión puede abrir se marcan como &quot;demasiado nueva&quot; en la biblioteca: esa versión las apartaría como .bak y empezaría sin sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>fero::gui::UpdatesTab</name>
    <message>
        <source>Update state</source>
        <translation>Estado de actualizaciones</translation>
    </message>
    <message>
        <source>Initialised:</source>
        <translation>Inicializado:</translation>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1 (clock skew?)</source>
        <translation>dentro de %1 (¿reloj desajustado?)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no — pts is 0: the client will fetch the state from scratch</source>
        <translation>no — pts es 0: el cliente obtendrá el estado desde cero</translation>
    </message>
    <message>
        <source>0 (never set)</source>
        <translation>0 (nunca establecido)</translation>
    </message>
    <message>
        <source>%1 (%2) — Unix time %3</source>
        <translation>%1 (%2) — hora Unix %3</translation>
    </message>
    <message>
        <source>No per-channel pts stored.</source>
        <translation>No hay pts por canal guardados.</translation>
    </message>
    <message>
        <source>Per-channel pts: %1 channel(s)</source>
        <translation>Pts por canal: %1 canales</translation>
    </message>
</context>
<context>
    <name>fero::gui::WindowActions</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles vaciado.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Write the cleaned copy over its original (the previous file goes to the trash)</source>
        <translation>Escribe la copia limpia sobre su original (el archivo anterior va a la papelera)</translation>
    </message>
    <message>
        <source>Save Changes &amp;As…</source>
        <translation>Guardar cambios c&amp;omo…</translation>
    </message>
    <message>
        <source>Write the cleaned copy to a new file (owner-only)</source>
        <translation>Escribe la copia limpia en un archivo nuevo (solo para el propietario)</translation>
    </message>
    <message>
        <source>Only sessions stored in files can be deleted; remove others from the library (Del).</source>
        <translation>Solo se pueden eliminar las sesiones guardadas en archivos; quite las demás de la biblioteca (Supr).</translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation>Comparar %1 con…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select peers in the Peers tab first.</source>
        <translation>Seleccione primero peers en la pestaña Peers.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>%1 (cleaned)</source>
        <translation>%1 (limpia)</translation>
    </message>
    <message>
        <source>%1 Unsaved: use Save Changes (Ctrl+S) or Save Changes As (Ctrl+Shift+S).</source>
        <translation>%1 Sin guardar: use Guardar cambios (Ctrl+S) o Guardar cambios como (Ctrl+Mayús+S).</translation>
    </message>
    <message>
        <source>Include &amp;Ids in Reports</source>
        <translation>Incluir I&amp;D en los informes</translation>
    </message>
    <message>
        <source>Copy Report adds the user id and peer ids (never keys or access hashes)</source>
        <translation>Copiar el informe añade el ID de usuario y los ID de peers (nunca claves ni hashes de acceso)</translation>
    </message>
    <message>
        <source>Select min peers in the Min Peers tab first.</source>
        <translation>Seleccione primero min peers en la pestaña Min peers.</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in this file&apos;s version v%1</source>
        <translation>la cadena propia de ferogram, en la versión de este archivo (v%1)</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in the newest version v%1 (this file&apos;s version cannot be written)</source>
        <translation>la cadena propia de ferogram, en la versión más reciente v%1 (la versión de este archivo no se puede escribir)</translation>
    </message>
    <message>
        <source>the format this string already is</source>
        <translation>el formato que ya tiene esta cadena</translation>
    </message>
    <message>
        <source>Copy String Session</source>
        <translation>Copiar la cadena de sesión</translation>
    </message>
    <message>
        <source>The string loses data. Copy it anyway?</source>
        <translation>La cadena pierde datos. ¿Copiarla de todos modos?</translation>
    </message>
    <message>
        <source>Copies the %1.

The string cannot hold:
%2</source>
        <translation>Se copia: %1.

La cadena no puede contener:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Anyway</source>
        <translation>Copiar de &amp;todos modos</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) could not be read and are left out of the export.</source>
        <translation>
            <numerusform>%n sesión seleccionada no se pudo leer y queda fuera de la exportación.</numerusform>
            <numerusform>%n sesiones seleccionadas no se pudieron leer y quedan fuera de la exportación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing copied; the clipboard is unchanged.</source>
        <translation>No se copió nada; el portapapeles no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copiado: %1. El portapapeles se vaciará en %n s.</numerusform>
            <numerusform>Copiado: %1. El portapapeles se vaciará en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>%1 has no string of its own; ferogram&apos;s string v%2 holds the login</source>
        <translation>%1 no tiene cadena propia; la cadena de ferogram v%2 conserva el inicio de sesión</translation>
    </message>
    <message>
        <source>the string form of %1, the library this database belongs to</source>
        <translation>la forma de cadena de %1, la biblioteca a la que pertenece esta base de datos</translation>
    </message>
    <message>
        <source>the string form of %1, the library this store belongs to</source>
        <translation>la forma de cadena de %1, la biblioteca a la que pertenece este almacén</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, convert and clean up Telegram client sessions.</source>
        <translation>Inspecciona, convierte y limpia sesiones de clientes de Telegram.</translation>
    </message>
    <message>
        <source>Session files, databases or folders to open.</source>
        <translation>Archivos de sesión, bases de datos o carpetas que abrir.</translation>
    </message>
    <message>
        <source>Show tab &lt;n&gt; (1-6) of the session view.</source>
        <translation>Muestra la pestaña &lt;n&gt; (1-6) de la vista de sesión.</translation>
    </message>
    <message>
        <source>Open the Export dialog for the selected session with target &lt;format&gt; (a format id such as telethon-string).</source>
        <translation>Abre el diálogo de exportación de la sesión seleccionada con el formato de destino &lt;format&gt; (un ID de formato como telethon-string).</translation>
    </message>
    <message>
        <source>Open Paste String with the text of &lt;file&gt; in it.</source>
        <translation>Abre «Pegar cadena» con el texto de &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open Compare for the selected session and the session at &lt;path&gt;.</source>
        <translation>Abrir Comparar para la sesión seleccionada y la sesión en &lt;path&gt;.</translation>
    </message>
</context>
</TS>
