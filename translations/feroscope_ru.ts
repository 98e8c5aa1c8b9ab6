<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountChoice</name>
    <message>
        <source>%1: &quot;%2&quot; is neither an account position (0 is the first) nor a native id (index:N, slot:N or name:X).</source>
        <translation>%1: «%2» — не позиция аккаунта (0 — первый) и не собственный идентификатор (index:N, slot:N или name:X).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the source holds %n account(s), numbered from 0; there is no account %2.</source>
        <translation>
            <numerusform>%1: в источнике %n аккаунт, нумерация с 0; аккаунта %2 нет.</numerusform>
            <numerusform>%1: в источнике %n аккаунта, нумерация с 0; аккаунта %2 нет.</numerusform>
            <numerusform>%1: в источнике %n аккаунтов, нумерация с 0; аккаунта %2 нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is a native account id, and this source has none: give a position (0 is the first).</source>
        <translation>%1: %2 — собственный идентификатор аккаунта, а у этого источника их нет: укажите позицию (0 — первый).</translation>
    </message>
    <message>
        <source>%1: the source has no account %2; its accounts are %3.</source>
        <translation>%1: в источнике нет аккаунта %2; его аккаунты: %3.</translation>
    </message>
</context>
<context>
    <name>AndroidCodec</name>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n запись DC без ключа и адреса отбрасывается.</numerusform>
            <numerusform>%n записи DC без ключа и адреса отбрасываются.</numerusform>
            <numerusform>%n записей DC без ключа и адреса отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) are dropped: tgnet.dat keeps one permanent key per DC.</source>
        <translation>
            <numerusform>%n ключ авторизации отбрасывается: tgnet.dat хранит один постоянный ключ на DC.</numerusform>
            <numerusform>%n ключа авторизации отбрасываются: tgnet.dat хранит один постоянный ключ на DC.</numerusform>
            <numerusform>%n ключей авторизации отбрасываются: tgnet.dat хранит один постоянный ключ на DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt (or a time offset other than the home DC&apos;s) of %n DC entry(ies) is dropped.</source>
        <translation>
            <numerusform>Соль (или смещение времени, отличное от домашнего DC) %n записи DC отбрасывается.</numerusform>
            <numerusform>Соль (или смещение времени, отличное от домашнего DC) %n записей DC отбрасывается.</numerusform>
            <numerusform>Соль (или смещение времени, отличное от домашнего DC) %n записей DC отбрасывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n кэшированный собеседник отбрасывается.</numerusform>
            <numerusform>%n кэшированных собеседника отбрасываются.</numerusform>
            <numerusform>%n кэшированных собеседников отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot flag is unknown: the user object in userconfing.xml says &quot;not a bot&quot;.</source>
        <translation>Флаг бота неизвестен: объект пользователя в userconfing.xml говорит «не бот».</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Аккаунт %1: %2</translation>
    </message>
    <message>
        <source>Telegram Android keeps the account&apos;s user id in userconfing.xml.</source>
        <translation>Telegram Android хранит идентификатор пользователя аккаунта в userconfing.xml.</translation>
    </message>
    <message>
        <source>tgnet.dat needs an auth key for the home DC %1.</source>
        <translation>tgnet.dat нужен ключ авторизации для домашнего DC %1.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android вмещает не более %1 аккаунтов; в этом источнике %2.</translation>
    </message>
</context>
<context>
    <name>AndroidFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a tgnet.dat.</source>
        <translation>%1 слишком велик для tgnet.dat.</translation>
    </message>
    <message>
        <source>%1 is read instead of tgnet.dat: the app&apos;s last save did not finish, and the app itself would replace tgnet.dat with it on its next start.</source>
        <translation>Вместо tgnet.dat читается %1: последнее сохранение приложения не завершилось, и приложение само заменит им tgnet.dat при следующем запуске.</translation>
    </message>
    <message>
        <source>%1 is missing: the account&apos;s user id is unknown.</source>
        <translation>%1 отсутствует: идентификатор пользователя аккаунта неизвестен.</translation>
    </message>
    <message>
        <source>%1 is a logged-out tgnet.dat: it holds no datacenter and no key.</source>
        <translation>%1 — tgnet.dat без входа: в нём нет ни дата-центра, ни ключа.</translation>
    </message>
    <message>
        <source>%1 holds no files/tgnet.dat: not a Telegram Android app folder.</source>
        <translation>В %1 нет files/tgnet.dat: это не папка приложения Telegram Android.</translation>
    </message>
    <message>
        <source>Slot %1 (%2) is logged out: it holds no datacenter and no key.</source>
        <translation>Слот %1 (%2) без входа: в нём нет ни дата-центра, ни ключа.</translation>
    </message>
    <message>
        <source>Every account of %1 is logged out.</source>
        <translation>Все аккаунты в %1 без входа.</translation>
    </message>
    <message>
        <source>Telegram Android holds at most %1 accounts; this source has %2.</source>
        <translation>Telegram Android вмещает не более %1 аккаунтов; в этом источнике %2.</translation>
    </message>
    <message>
        <source>Telegram Android needs the user id of account %1.</source>
        <translation>Telegram Android нужен идентификатор пользователя аккаунта %1.</translation>
    </message>
</context>
<context>
    <name>Base64</name>
    <message>
        <source>base64 decode error: invalid character %1 at offset %2.</source>
        <translation>ошибка декодирования base64: недопустимый символ %1 в позиции %2.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: &apos;=&apos; at offset %1 is followed by more text at offset %2.</source>
        <translation>ошибка декодирования base64: недопустимое выравнивание: после &apos;=&apos; в позиции %1 идёт ещё текст в позиции %2.</translation>
    </message>
    <message>
        <source>base64 decode error: %1 at offset %2 is not in the URL-safe alphabet that this text otherwise uses (%3 at offset %4); a text mixing both alphabets is corrupted.</source>
        <translation>ошибка декодирования base64: %1 в позиции %2 не входит в URL-безопасный алфавит, которым написан остальной текст (%3 в позиции %4); текст, смешивающий оба алфавита, повреждён.</translation>
    </message>
    <message>
        <source>base64 decode error: invalid input length: %1 symbols cannot be base64 (one symbol too many or too few; was the text cut off?).</source>
        <translation>ошибка декодирования base64: недопустимая длина: %1 символов не могут быть base64 (на один символ больше или меньше; текст обрезан?).</translation>
    </message>
    <message>
        <source>base64 decode error: invalid padding: %1 &apos;=&apos; after %2 symbols.</source>
        <translation>ошибка декодирования base64: недопустимое выравнивание: %1 &apos;=&apos; после %2 символов.</translation>
    </message>
    <message>
        <source>The text contains %1 white-space characters inside it; they were ignored, but ferogram itself would reject the string.</source>
        <translation>Текст содержит пробельные символы (%1); они проигнорированы, но сам ferogram отклонил бы эту строку.</translation>
    </message>
    <message>
        <source>The text ends in &apos;=&apos; padding; it was accepted, but ferogram itself would reject the string (it expects base64 without padding).</source>
        <translation>Текст заканчивается выравниванием &apos;=&apos;; он принят, но сам ferogram отклонил бы строку (он ожидает base64 без выравнивания).</translation>
    </message>
    <message>
        <source>The text uses the standard base64 alphabet (&apos;+&apos; and &apos;/&apos;); it was accepted, but ferogram itself would reject the string (it expects the URL-safe alphabet, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>Текст использует стандартный алфавит base64 (&apos;+&apos; и &apos;/&apos;); он принят, но сам ferogram отклонил бы строку (он ожидает URL-безопасный алфавит, &apos;-&apos; и &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The last base64 symbol has unused bits set; ferogram itself would reject the string.</source>
        <translation>В последнем символе base64 установлены неиспользуемые биты; сам ferogram отклонил бы строку.</translation>
    </message>
    <message>
        <source>base64 decode error: the text is not valid base64.</source>
        <translation>ошибка декодирования base64: текст не является корректным base64.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>%1: no session found in this folder</source>
        <translation>%1: в этой папке не найдено ни одной сессии</translation>
    </message>
    <message>
        <source>Some inputs cannot be read; nothing was written:</source>
        <translation>Некоторые входные данные не читаются; ничего не записано:</translation>
    </message>
    <message>
        <source>No input to convert.</source>
        <translation>Нет входных данных для преобразования.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 существует и не является папкой.</translation>
    </message>
    <message>
        <source>Some inputs cannot be converted; nothing was written:</source>
        <translation>Некоторые входные данные нельзя преобразовать; ничего не записано:</translation>
    </message>
    <message>
        <source>%1 and %2 would both be written to %3</source>
        <translation>%1 и %2 были бы записаны в один файл %3</translation>
    </message>
    <message>
        <source>%1 would be overwritten by a converted file</source>
        <translation>%1 был бы перезаписан преобразованным файлом</translation>
    </message>
    <message>
        <source>Output names collide; nothing was written:</source>
        <translation>Имена выходных файлов совпадают; ничего не записано:</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1: %2 (files written before it are kept)</source>
        <translation>%1: %2 (файлы, записанные до этого, сохранены)</translation>
    </message>
    <message>
        <source>allow overwriting to replace them</source>
        <translation>разрешите перезапись, чтобы заменить их</translation>
    </message>
    <message>
        <source>These outputs already exist (%1); nothing was written:</source>
        <translation>Эти выходные файлы уже существуют (%1); ничего не записано:</translation>
    </message>
    <message>
        <source>accept the loss to go ahead</source>
        <translation>примите потерю, чтобы продолжить</translation>
    </message>
    <message>
        <source>The conversion would lose data (%1); nothing was written:</source>
        <translation>Преобразование приведёт к потере данных (%1); ничего не записано:</translation>
    </message>
    <message>
        <source>Resuming and overwriting exclude each other.</source>
        <translation>Продолжение и перезапись исключают друг друга.</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Cannot read the batch journal %1: %2</source>
        <translation>Не удаётся прочитать журнал пакета %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the batch journal %1: %2</source>
        <translation>Не удаётся записать журнал пакета %1: %2</translation>
    </message>
    <message>
        <source>Another conversion is writing into %1 (its journal %2 is locked); wait for it to finish.</source>
        <translation>В %1 пишет другое преобразование (его журнал %2 заблокирован); дождитесь его завершения.</translation>
    </message>
    <message>
        <source>Cannot empty the batch journal %1: %2</source>
        <translation>Не удаётся очистить журнал пакета %1: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>неполная запись</translation>
    </message>
</context>
<context>
    <name>Bbolt</name>
    <message>
        <source>a bucket&apos;s root page %1 is outside the file</source>
        <translation>корневая страница %1 бакета лежит за пределами файла</translation>
    </message>
    <message>
        <source>page %1 is outside the file</source>
        <translation>страница %1 лежит за пределами файла</translation>
    </message>
    <message>
        <source>page %1 runs past the end of the file</source>
        <translation>страница %1 выходит за конец файла</translation>
    </message>
    <message>
        <source>page %1 is reached twice (a loop in the tree)</source>
        <translation>страница %1 достигается дважды (цикл в дереве)</translation>
    </message>
    <message>
        <source>an inline bucket is shorter than a page header</source>
        <translation>встроенный бакет короче заголовка страницы</translation>
    </message>
    <message>
        <source>page %1&apos;s %2 elements do not fit it</source>
        <translation>%2 элементов страницы %1 в неё не помещаются</translation>
    </message>
    <message>
        <source>page %1 is neither a branch nor a leaf (flags 0x%2)</source>
        <translation>страница %1 не является ни ветвью, ни листом (флаги 0x%2)</translation>
    </message>
    <message>
        <source>element %1 of page %2 points past the page</source>
        <translation>элемент %1 страницы %2 указывает за пределы страницы</translation>
    </message>
    <message>
        <source>bucket value of element %1 of page %2 is too short</source>
        <translation>значение бакета элемента %1 страницы %2 слишком короткое</translation>
    </message>
    <message>
        <source>buckets are nested deeper than %1</source>
        <translation>бакеты вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>Its first page is a bbolt meta page (magic 0xED0CDAED, version 2, %1-byte pages, checksum valid): a bbolt database, as tdl keeps its logins.</source>
        <translation>Первая страница — мета-страница bbolt (magic 0xED0CDAED, версия 2, страницы по %1 байт, контрольная сумма верна): база данных bbolt, в которой tdl хранит входы.</translation>
    </message>
    <message>
        <source>Not a bbolt database: no valid meta page (magic 0xED0CDAED, version 2, checksum) at the start.</source>
        <translation>Не база данных bbolt: в начале нет корректной мета-страницы (magic 0xED0CDAED, версия 2, контрольная сумма).</translation>
    </message>
    <message>
        <source>The bbolt database is cut short: %1 bytes, less than its two meta pages.</source>
        <translation>База данных bbolt обрезана: %1 байт, меньше двух её мета-страниц.</translation>
    </message>
    <message>
        <source>The bbolt database is damaged: %1.</source>
        <translation>База данных bbolt повреждена: %1.</translation>
    </message>
</context>
<context>
    <name>BinaryFormat</name>
    <message>
        <source>the version byte</source>
        <translation>байт версии</translation>
    </message>
    <message>
        <source>the home DC id</source>
        <translation>ID домашнего DC</translation>
    </message>
    <message>
        <source>the DC count</source>
        <translation>количество DC</translation>
    </message>
    <message>
        <source>the DC id of DC entry %1 of %2</source>
        <translation>ID DC в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the key-presence byte of DC entry %1 of %2</source>
        <translation>байт наличия ключа в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the auth key of DC entry %1 of %2</source>
        <translation>ключ авторизации в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the first salt of DC entry %1 of %2</source>
        <translation>первая соль в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the time offset of DC entry %1 of %2</source>
        <translation>смещение времени в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the address length of DC entry %1 of %2</source>
        <translation>длина адреса в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the address of DC entry %1 of %2</source>
        <translation>адрес в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the flags of DC entry %1 of %2</source>
        <translation>флаги в записи DC %1 из %2</translation>
    </message>
    <message>
        <source>the update counters (pts, qts, date, seq)</source>
        <translation>счётчики обновлений (pts, qts, date, seq)</translation>
    </message>
    <message>
        <source>the channel count</source>
        <translation>количество каналов</translation>
    </message>
    <message>
        <source>channel %1 of %2</source>
        <translation>канал %1 из %2</translation>
    </message>
    <message>
        <source>the peer count</source>
        <translation>количество пиров</translation>
    </message>
    <message>
        <source>peer %1 of %2</source>
        <translation>пир %1 из %2</translation>
    </message>
    <message>
        <source>the min-peer count</source>
        <translation>количество min-пиров</translation>
    </message>
    <message>
        <source>min peer %1 of %2</source>
        <translation>min-пир %1 из %2</translation>
    </message>
    <message>
        <source>the token presence byte</source>
        <translation>байт наличия токена</translation>
    </message>
    <message>
        <source>the future auth token length</source>
        <translation>длина будущего токена авторизации</translation>
    </message>
    <message>
        <source>the future auth token</source>
        <translation>будущий токен авторизации</translation>
    </message>
    <message>
        <source>truncated session: needed %1 bytes for %2 at byte %3, %4 left</source>
        <translation>сессия обрезана: для %2 в байте %3 нужно %1 байт, осталось %4</translation>
    </message>
    <message>
        <source>%1 DC entries have a key-presence byte other than 0 or 1 (first: DC entry %2, byte %3); ferogram reads them as having no key.</source>
        <translation>Записей DC с байтом наличия ключа, отличным от 0 и 1: %1 (первая: запись DC %2, байт %3); ferogram читает их как записи без ключа.</translation>
    </message>
    <message>
        <source>%1 DC addresses are not valid UTF-8 (first: DC entry %2); the invalid bytes read as U+FFFD, as ferogram reads them, so writing this session changes those addresses.</source>
        <translation>Адресов DC, не являющихся корректным UTF-8: %1 (первый: запись DC %2); недопустимые байты читаются как U+FFFD, как это делает ferogram, поэтому запись этой сессии изменит эти адреса.</translation>
    </message>
    <message>
        <source>%1 DC entries have flag bits ferogram does not define (first: DC entry %2, flags %3); they are kept as they are.</source>
        <translation>Записей DC с флагами, которые ferogram не определяет: %1 (первая: запись DC %2, флаги %3); они сохраняются как есть.</translation>
    </message>
    <message>
        <source>%1 peers have a peer type byte above 2 (first: peer %2, byte %3); ferogram reads them as neither channel nor chat.</source>
        <translation>Пиров с байтом типа больше 2: %1 (первый: пир %2, байт %3); ferogram читает их ни как канал, ни как чат.</translation>
    </message>
    <message>
        <source>%1 peers have an unknown channel kind byte (first: peer %2, byte %3); ferogram reads it as no kind.</source>
        <translation>Пиров с неизвестным байтом типа канала: %1 (первый: пир %2, байт %3); ferogram читает его как «без типа».</translation>
    </message>
    <message>
        <source>%1 peers have a community byte above 1 (first: peer %2, byte %3); ferogram reads any value but 0 as a community.</source>
        <translation>Пиров с байтом сообщества больше 1: %1 (первый: пир %2, байт %3); ferogram считает сообществом любое значение, кроме 0.</translation>
    </message>
    <message>
        <source>The token presence byte is %1 (neither 0 nor 1); ferogram reads it as no token and ignores what follows.</source>
        <translation>Байт наличия токена равен %1 (не 0 и не 1); ferogram считает, что токена нет, и игнорирует всё, что следует дальше.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the session data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>Байты после конца данных сессии (%1, начиная с байта %2) игнорируются, как их игнорирует ferogram.</translation>
    </message>
    <message>
        <source>The file looks corrupted by a writer that overflowed a count field: %1 (at byte %2) says %3, but %4 fits the data exactly. ferogram reads %3 and ignores the rest, and so does Feroscope; the rest may be the true data.</source>
        <translation>Похоже, файл повреждён программой, у которой переполнилось поле счётчика: %1 (в байте %2) содержит %3, но данным точно соответствует %4. ferogram читает %3 и игнорирует остальное, Feroscope тоже; остальное может быть настоящими данными.</translation>
    </message>
    <message>
        <source>The number of ignored bytes is a multiple of 256: the file may have been corrupted by a writer that overflowed a count field.</source>
        <translation>Число проигнорированных байтов кратно 256: возможно, файл повреждён программой, у которой переполнилось поле счётчика.</translation>
    </message>
    <message>
        <source>binary v1 (legacy, no version byte)</source>
        <translation>двоичный v1 (устаревший, без байта версии)</translation>
    </message>
    <message>
        <source>binary v%1</source>
        <translation>двоичный v%1</translation>
    </message>
    <message>
        <source>empty session data</source>
        <translation>пустые данные сессии</translation>
    </message>
    <message>
        <source>This file also reads completely as a legacy v1 file (no version byte, home DC %1); it was read as version %2, as ferogram reads it.</source>
        <translation>Этот файл также полностью читается как устаревший файл v1 (без байта версии, домашний DC %1); он прочитан как версия %2, как его читает ferogram.</translation>
    </message>
    <message>
        <source>Read as a legacy v1 file (no version byte, home DC %1). ferogram takes the first byte %2 as version %3 and %4; convert the file to a current version before using it with ferogram.</source>
        <translation>Прочитан как устаревший файл v1 (без байта версии, домашний DC %1). ferogram принимает первый байт %2 за версию %3 и %4; преобразуйте файл в актуальную версию, прежде чем использовать его с ferogram.</translation>
    </message>
    <message>
        <source>misreads it</source>
        <translation>читает его неверно</translation>
    </message>
    <message>
        <source>fails to read it</source>
        <translation>не может его прочитать</translation>
    </message>
    <message>
        <source>ferogram cannot read this file (%1). It looks corrupted by a writer that overflowed a count field: %2 (at byte %3) says %4, but the data holds %5, and Feroscope read it that way. The session is over the binary format&apos;s limits: save it in a format without them (SQLite keeps everything).</source>
        <translation>ferogram не может прочитать этот файл (%1). Похоже, он повреждён программой, у которой переполнилось поле счётчика: %2 (в байте %3) содержит %4, но данные содержат %5, и Feroscope прочитал их именно так. Сессия превышает пределы двоичного формата: сохраните её в формате без этих пределов (SQLite сохраняет всё).</translation>
    </message>
    <message>
        <source>read as a legacy v1 file (no version byte) it ends at byte %1 of %2</source>
        <translation>при чтении как устаревшего файла v1 (без байта версии) он заканчивается на байте %1 из %2</translation>
    </message>
    <message>
        <source>reading it as a legacy v1 file (no version byte) fails: %1</source>
        <translation>чтение как устаревшего файла v1 (без байта версии) не удаётся: %1</translation>
    </message>
    <message>
        <source>not a ferogram session: the first byte %1 is no version ferogram writes (2 to 8), and %2.</source>
        <translation>не сессия ferogram: первый байт %1 не является версией, которую пишет ferogram (от 2 до 8), и %2.</translation>
    </message>
    <message>
        <source>cannot write binary version %1: Feroscope writes versions %2 to %3.</source>
        <translation>невозможно записать двоичную версию %1: Feroscope записывает версии с %2 по %3.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the session has %2 %3, the format holds at most %4. ferogram would write a corrupt file; remove entries or choose a format without this limit (SQLite).</source>
        <translation>невозможно записать двоичный v%1: в сессии %3: %2, а формат вмещает не более %4. ferogram записал бы повреждённый файл; удалите записи или выберите формат без этого ограничения (SQLite).</translation>
    </message>
    <message>
        <source>DC entries</source>
        <translation>записей DC</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC entry %2 (DC %3) is %4 bytes of UTF-8, the format holds at most 255.</source>
        <translation>невозможно записать двоичный v%1: адрес в записи DC %2 (DC %3) занимает %4 байт UTF-8, а формат вмещает не более 255.</translation>
    </message>
    <message>
        <source>channel pts entries</source>
        <translation>записей pts каналов</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>пиров</translation>
    </message>
    <message>
        <source>min peers</source>
        <translation>min-пиров</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the future auth token is %2 bytes, the format holds at most 65535.</source>
        <translation>невозможно записать двоичный v%1: будущий токен авторизации занимает %2 байт, а формат вмещает не более 65535.</translation>
    </message>
    <message>
        <source>cannot write binary v%1: the address of DC %2 is %3 bytes of UTF-8, the format holds at most 255.</source>
        <translation>невозможно записать двоичный v%1: адрес DC %2 занимает %3 байт UTF-8, а формат вмещает не более 255.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>See: feroscope-cli %1 --help</source>
        <translation>См.: feroscope-cli %1 --help</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (known: %3).</source>
        <translation>%1: неизвестный формат &quot;%2&quot; (известные: %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not supported by this build yet (supported: %3).</source>
        <translation>%1: %2 пока не поддерживается этой сборкой (поддерживаются: %3).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>Standard input is too large to be a session.</source>
        <translation>Стандартный ввод слишком велик для сессии.</translation>
    </message>
    <message>
        <source>Nothing is lost in this conversion.</source>
        <translation>При этом преобразовании ничего не теряется.</translation>
    </message>
    <message>
        <source>This conversion loses:</source>
        <translation>При этом преобразовании теряется:</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data; pass --accept-loss to go ahead.</source>
        <translation>Преобразование с потерей данных отклонено; чтобы продолжить, укажите --accept-loss.</translation>
    </message>
    <message>
        <source>Refusing a conversion that loses data (pass --accept-loss to go ahead): %1</source>
        <translation>Преобразование с потерей данных отклонено (чтобы продолжить, укажите --accept-loss): %1</translation>
    </message>
    <message>
        <source>Only string formats can be written to standard output; %1 needs a file.</source>
        <translation>В стандартный вывод можно записывать только строковые форматы; для %1 нужен файл.</translation>
    </message>
    <message>
        <source>%1 is a folder; use --out-dir to convert into a folder.</source>
        <translation>%1 — папка; для преобразования в папку используйте --out-dir.</translation>
    </message>
    <message>
        <source>note: the source holds %1 accounts; converting account 0 (choose with --account N).</source>
        <translation>примечание: источник содержит учётных записей: %1; преобразуется учётная запись 0 (выбор: --account N).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 уже существует; укажите --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Записано: %1 (%2).</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be part of a batch conversion.</source>
        <translation>Стандартный ввод (-) не может участвовать в пакетном преобразовании.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <source>convert needs --to FORMAT (one of: %1).</source>
        <translation>для convert нужен --to FORMAT (один из: %1).</translation>
    </message>
    <message>
        <source>--to: %1 cannot be written yet.</source>
        <translation>--to: %1 пока нельзя записывать.</translation>
    </message>
    <message>
        <source>--format-version: &quot;%1&quot; is not a number.</source>
        <translation>--format-version: &quot;%1&quot; — не число.</translation>
    </message>
    <message>
        <source>--format-version: %1 can be written in versions %2 to %3, not %4.</source>
        <translation>--format-version: %1 можно записать в версиях с %2 по %3, но не %4.</translation>
    </message>
    <message>
        <source>--user-id: &quot;%1&quot; is not a 64-bit integer.</source>
        <translation>--user-id: &quot;%1&quot; — не 64-битное целое число.</translation>
    </message>
    <message>
        <source>--api-id: &quot;%1&quot; is not an api_id (a positive 32-bit number).</source>
        <translation>--api-id: &quot;%1&quot; — не api_id (положительное 32-битное число).</translation>
    </message>
    <message>
        <source>convert --out-dir needs at least one input.</source>
        <translation>для convert --out-dir нужен хотя бы один вход.</translation>
    </message>
    <message>
        <source>convert takes IN and OUT (or several inputs with --out-dir DIR).</source>
        <translation>convert принимает IN и OUT (или несколько входов с --out-dir DIR).</translation>
    </message>
    <message>
        <source>diff takes exactly two sessions: A and B.</source>
        <translation>diff принимает ровно две сессии: A и B.</translation>
    </message>
    <message>
        <source>note: a source holds several accounts; comparing the first of each.</source>
        <translation>примечание: источник содержит несколько учётных записей; сравниваются первые из каждого.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[д/Н]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>delete takes exactly one PATH.</source>
        <translation>delete принимает ровно один PATH.</translation>
    </message>
    <message>
        <source>--permanent and --rows-only exclude each other.</source>
        <translation>--permanent и --rows-only несовместимы.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder; delete removes one session file.</source>
        <translation>%1 — папка; delete удаляет один файл сессии.</translation>
    </message>
    <message>
        <source>the session rows of %1 (the database file stays)</source>
        <translation>строки сессии в %1 (файл базы данных остаётся)</translation>
    </message>
    <message>
        <source>Move to the trash: %1?</source>
        <translation>Переместить в корзину: %1?</translation>
    </message>
    <message>
        <source>Delete permanently: %1?</source>
        <translation>Удалить навсегда: %1?</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>Очистить %1?</translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: no terminal to ask on. Pass --yes to delete %1.</source>
        <translation>Удаление без подтверждения отклонено: нет терминала для вопроса. Укажите --yes, чтобы удалить %1.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>restrict takes exactly one PATH.</source>
        <translation>restrict принимает ровно один PATH.</translation>
    </message>
    <message>
        <source>%1: mode %2 -&gt; %3</source>
        <translation>%1: режим %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inspect takes exactly one PATH (or - for standard input).</source>
        <translation>inspect принимает ровно один PATH (или - для стандартного ввода).</translation>
    </message>
    <message>
        <source>locate takes no arguments.</source>
        <translation>locate не принимает аргументов.</translation>
    </message>
    <message>
        <source>No tdata folder in the usual places (see --all for the list searched).</source>
        <translation>В обычных местах папок tdata нет (список проверенных мест: --all).</translation>
    </message>
    <message>
        <source>(local passcode set)</source>
        <translation>(задан локальный код-пароль)</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>--peer: &quot;%1&quot; is not a peer id (a whole number).</source>
        <translation>--peer: &quot;%1&quot; — не ID пира (целое число).</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; convert it first.</source>
        <translation>Эта сборка не может записать %1; сначала преобразуйте его.</translation>
    </message>
    <message>
        <source>--format-version: expected %1..%2, got &quot;%3&quot;.</source>
        <translation>--format-version: ожидалось %1..%2, получено &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The input is %1 (version %2), which cannot be written any more; pass --format-version %3..%4 to choose the version of the output.</source>
        <translation>Вход — %1 (версия %2), которую больше нельзя записать; укажите --format-version %3..%4, чтобы выбрать версию результата.</translation>
    </message>
    <message>
        <source>prune takes exactly two paths: IN and OUT.</source>
        <translation>prune принимает ровно два пути: IN и OUT.</translation>
    </message>
    <message>
        <source>Nothing to remove: pass --min-peers, --channel-pts or --peer ID.</source>
        <translation>Нечего удалять: укажите --min-peers, --channel-pts или --peer ID.</translation>
    </message>
    <message>
        <source>%1 is a folder; OUT must be a file.</source>
        <translation>%1 — папка; OUT должен быть файлом.</translation>
    </message>
    <message>
        <source>note: %1 holds several accounts; cleaning the first.</source>
        <translation>примечание: %1 содержит несколько учётных записей; очищается первая.</translation>
    </message>
    <message>
        <source>Not in the peer cache of %1: %2. Nothing was written.</source>
        <translation>Нет в кэше пиров %1: %2. Ничего не записано.</translation>
    </message>
    <message>
        <source>Writing %1 loses:</source>
        <translation>При записи %1 теряется:</translation>
    </message>
    <message>
        <source>Refusing to lose data; pass --accept-loss to go ahead.</source>
        <translation>Потеря данных отклонена; чтобы продолжить, укажите --accept-loss.</translation>
    </message>
    <message>
        <source>Sessions in %1: %2</source>
        <translation>Сессии в %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, home DC %3, key id %4, peers: %5, mode %6</source>
        <translation>%1, %2, домашний DC %3, ID ключа %4, пиров: %5, режим %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>SAME AUTH KEY as %1: two clients using one key get logged out by Telegram.</source>
        <translation>ТОТ ЖЕ КЛЮЧ АВТОРИЗАЦИИ, что и у %1: Telegram разлогинивает два клиента, использующих один ключ.</translation>
    </message>
    <message>
        <source>related files: %1</source>
        <translation>связанные файлы: %1</translation>
    </message>
    <message>
        <source>Unreadable candidates:</source>
        <translation>Нечитаемые кандидаты:</translation>
    </message>
    <message>
        <source>scan takes exactly one FOLDER.</source>
        <translation>scan принимает ровно одну папку FOLDER.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>Local passcode of %1: </source>
        <translation>Локальный код-пароль для %1: </translation>
    </message>
    <message>
        <source>DC table (entries: %1, auth keys: %2)</source>
        <translation>Таблица DC (записей: %1, ключей авторизации: %2)</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>флаги</translation>
    </message>
    <message>
        <source>auth key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <source>first salt</source>
        <translation>первая соль</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>key:</source>
        <translation>ключ:</translation>
    </message>
    <message>
        <source>Cached peers: %1</source>
        <translation>Пиры в кэше: %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-пиры</translation>
    </message>
    <message>
        <source>Update state</source>
        <translation>Состояние обновлений</translation>
    </message>
    <message>
        <source>pts %1, qts %2, seq %3, date %4</source>
        <translation>pts %1, qts %2, seq %3, дата %4</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>pts каналов</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Server salt</source>
        <translation>Соль сервера</translation>
    </message>
    <message>
        <source>seq_no</source>
        <translation>seq_no</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой (layer)</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>не хранится в этом формате</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Account values</source>
        <translation>Значения учётной записи</translation>
    </message>
    <message>
        <source>  Address</source>
        <translation>  Адрес</translation>
    </message>
    <message>
        <source> (IPv6)</source>
        <translation> (IPv6)</translation>
    </message>
    <message>
        <source>not stored (the known address of DC %1 is used)</source>
        <translation>не хранится (используется известный адрес DC %1)</translation>
    </message>
    <message>
        <source>  User id</source>
        <translation>  ID пользователя</translation>
    </message>
    <message>
        <source>  Bot</source>
        <translation>  Бот</translation>
    </message>
    <message>
        <source>  Test mode</source>
        <translation>  Тестовый режим</translation>
    </message>
    <message>
        <source>  API id</source>
        <translation>  ID API</translation>
    </message>
    <message>
        <source>  Takeout id</source>
        <translation>  ID takeout</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 bytes, mode %2</source>
        <translation>%1 байт, режим %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Opens in</source>
        <translation>Открывается в</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>%1 (showing account %2; choose with --account N)</source>
        <translation>%1 (показана учётная запись %2; выбор: --account N)</translation>
    </message>
    <message>
        <source>user id %1, main DC %2</source>
        <translation>ID пользователя %1, основной DC %2</translation>
    </message>
    <message>
        <source>Detected as</source>
        <translation>Определён как</translation>
    </message>
    <message>
        <source>  auth key id %1</source>
        <translation>  ID ключа авторизации %1</translation>
    </message>
    <message>
        <source>  no auth key</source>
        <translation>  нет ключа авторизации</translation>
    </message>
    <message>
        <source>Home DC</source>
        <translation>Домашний DC</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Токен авторизации</translation>
    </message>
    <message>
        <source>hidden (length: %1 bytes)</source>
        <translation>скрыт (длина: %1 байт)</translation>
    </message>
    <message>
        <source>Binary size</source>
        <translation>Двоичный размер</translation>
    </message>
    <message>
        <source>%1 bytes as a binary v%2 file</source>
        <translation>%1 байт в виде двоичного файла v%2</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: feroscope-cli --help</source>
        <translation>Неизвестная команда &quot;%1&quot;. См.: feroscope-cli --help</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(учётная запись %1)</translation>
    </message>
    <message>
        <source>pass --keep first or --keep last (the others are dropped and listed in the loss report)</source>
        <translation>укажите --keep first или --keep last (остальные отбрасываются и перечисляются в отчёте о потерях)</translation>
    </message>
    <message>
        <source>pass --accept-loss to go ahead</source>
        <translation>укажите --accept-loss, чтобы продолжить</translation>
    </message>
    <message>
        <source>pass --force to replace them</source>
        <translation>укажите --force, чтобы заменить их</translation>
    </message>
    <message>
        <source>--keep: &quot;%1&quot; is neither first nor last.</source>
        <translation>--keep: &quot;%1&quot; — ни first, ни last.</translation>
    </message>
    <message>
        <source>Standard input can hold only one of the session, the passcode and the output passcode; give the others as files.</source>
        <translation>Стандартный ввод может содержать только что-то одно: сессию, код-пароль или выходной код-пароль; остальное передайте файлами.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the session and the passcode; give --passcode-file a file.</source>
        <translation>Стандартный ввод не может содержать одновременно сессию и код-пароль; передайте в --passcode-file файл.</translation>
    </message>
    <message>
        <source>%1 beside the session is readable by other users (mode %2); it belongs to the session and can hold its keys. &quot;feroscope-cli restrict&quot; on the session restricts it too.</source>
        <translation>%1 рядом с сессией доступен для чтения другим пользователям (режим %2); он относится к сессии и может содержать её ключи. &quot;feroscope-cli restrict&quot; для сессии ограничит доступ и к нему.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: не удаётся прочитать %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds more than %3 bytes; it is not a passcode file.</source>
        <translation>%1: %2 содержит больше %3 байт; это не файл с код-паролем.</translation>
    </message>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>Укажите либо %1, либо %2, но не оба.</translation>
    </message>
    <message>
        <source>%1 (mode %2)</source>
        <translation>%1 (режим %2)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные</translation>
    </message>
    <message>
        <source>%1 Give it with --passcode or --passcode-file.</source>
        <translation>%1 Укажите его с помощью --passcode или --passcode-file.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>write</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>FORMAT (the input&apos;s is detected; --from forces one, --to chooses the output&apos;s):</source>
        <translation>ФОРМАТ (формат входа определяется сам; --from задаёт его принудительно, --to выбирает формат выхода):</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 unreadable or invalid input, 3 refused, 4 I/O failure.</source>
        <translation>Коды выхода: 0 успех, 1 ошибка вызова, 2 нечитаемый или неверный вход, 3 отказ, 4 ошибка ввода-вывода.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>--pyrogram-old-layout applies to --to %1 only.</source>
        <translation>--pyrogram-old-layout действует только с --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode applies to --to %1 only.</source>
        <translation>--out-passcode действует только с --to %1.</translation>
    </message>
    <message>
        <source>--out-passcode-file applies to --to %1 only.</source>
        <translation>--out-passcode-file действует только с --to %1.</translation>
    </message>
    <message>
        <source>Give it with --user-id.</source>
        <translation>Укажите его через --user-id.</translation>
    </message>
    <message>
        <source>Give it with --api-id, or pass --pyrogram-old-layout to write the old 64-bit layout.</source>
        <translation>Укажите его через --api-id или передайте --pyrogram-old-layout, чтобы записать старый 64-битный формат.</translation>
    </message>
    <message>
        <source>checking inputs</source>
        <translation>проверка входных файлов</translation>
    </message>
    <message>
        <source>writing outputs</source>
        <translation>запись результатов</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) converted into %1</source>
        <translation>
            <numerusform>%n сессия преобразована в %1</numerusform>
            <numerusform>%n сессии преобразованы в %1</numerusform>
            <numerusform>%n сессий преобразовано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already complete by the journal, skipped</source>
        <translation>
            <numerusform>; %n уже готова по журналу, пропущена</numerusform>
            <numerusform>; %n уже готовы по журналу, пропущены</numerusform>
            <numerusform>; %n уже готовы по журналу, пропущены</numerusform>
        </translation>
    </message>
    <message>
        <source>--resume and --force exclude each other: resuming keeps what an earlier run completed, --force replaces it.</source>
        <translation>--resume и --force исключают друг друга: продолжение сохраняет то, что завершил предыдущий запуск, --force заменяет это.</translation>
    </message>
    <message>
        <source>--resume applies to batch conversion (--out-dir DIR) only.</source>
        <translation>--resume применяется только к пакетному преобразованию (--out-dir DIR).</translation>
    </message>
    <message>
        <source>--json and --json-lines exclude each other.</source>
        <translation>--json и --json-lines исключают друг друга.</translation>
    </message>
    <message>
        <source>(account %1, %2)</source>
        <translation>(аккаунт %1, %2)</translation>
    </message>
    <message>
        <source>Session key (api_hash or session_key) of %1: </source>
        <translation>Ключ сессии (api_hash или session_key) для %1: </translation>
    </message>
    <message>
        <source>%1 Give it with --session-key or --session-key-file.</source>
        <translation>%1 Укажите его через --session-key или --session-key-file.</translation>
    </message>
    <message>
        <source>Give either a passcode (a tdata input) or a session key (a WTelegramClient input), not both.</source>
        <translation>Укажите либо код-пароль (вход tdata), либо ключ сессии (вход WTelegramClient), но не оба.</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>CompactString</name>
    <message>
        <source>invalid or truncated session data: %1</source>
        <translation>неверные или обрезанные данные сессии: %1</translation>
    </message>
    <message>
        <source>the string is empty.</source>
        <translation>строка пуста.</translation>
    </message>
    <message>
        <source>unsupported version: %1 (ferogram compact strings start with version 1 or 2).</source>
        <translation>неподдерживаемая версия: %1 (компактные строки ferogram начинаются с версии 1 или 2).</translation>
    </message>
    <message>
        <source>it ends at byte %1, before the ip type byte.</source>
        <translation>она заканчивается на байте %1, до байта типа IP.</translation>
    </message>
    <message>
        <source>unknown ip type byte: %1 at byte 2 (a compact string holds 4 or 6).</source>
        <translation>неизвестный байт типа IP: %1 в байте 2 (компактная строка содержит 4 или 6).</translation>
    </message>
    <message>
        <source>a V%1 string with an IPv%2 address holds %3 bytes, this one %4.</source>
        <translation>строка V%1 с адресом IPv%2 содержит %3 байт, а эта — %4.</translation>
    </message>
    <message>
        <source>compact string V%1</source>
        <translation>компактная строка V%1</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the compact string data (from byte %2) are ignored, as ferogram ignores them.</source>
        <translation>Байты после конца данных компактной строки (%1, начиная с байта %2) игнорируются, как их игнорирует ferogram.</translation>
    </message>
    <message>
        <source>a compact string is version 1 or 2, not %1.</source>
        <translation>компактная строка бывает версии 1 или 2, но не %1.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC id %1 does not fit its one-byte DC id (0 to 255).</source>
        <translation>невозможно записать компактную строку: ID домашнего DC %1 не помещается в её однобайтовый ID DC (от 0 до 255).</translation>
    </message>
    <message>
        <source>cannot write a compact string: the home DC %1 has no DC entry with an auth key, and a compact string holds exactly that.</source>
        <translation>невозможно записать компактную строку: у домашнего DC %1 нет записи DC с ключом авторизации, а компактная строка хранит именно её.</translation>
    </message>
    <message>
        <source>cannot write a compact string: the address &quot;%1&quot; of DC %2 is not an IP address and port (a hostname or zone id cannot be stored in a compact string).</source>
        <translation>невозможно записать компактную строку: адрес &quot;%1&quot; DC %2 не является IP-адресом с портом (имя хоста или идентификатор зоны нельзя сохранить в компактной строке).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>community</source>
        <translation>сообщество</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>обычная группа</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>the last one is kept</source>
        <translation>сохраняется последнее вхождение</translation>
    </message>
    <message>
        <source>the first one is kept</source>
        <translation>сохраняется первое вхождение</translation>
    </message>
    <message>
        <source>A DC %1 entry with flags 0x%2 (%3, %4) is dropped: the database keeps one entry per dc_id and flags, and %5.</source>
        <translation>Запись DC %1 с флагами 0x%2 (%3, %4) отбрасывается: база данных хранит одну запись на каждую пару dc_id и флагов, и %5.</translation>
    </message>
    <message>
        <source>auth key id %1</source>
        <translation>ID ключа авторизации %1</translation>
    </message>
    <message>
        <source>no auth key</source>
        <translation>без ключа авторизации</translation>
    </message>
    <message>
        <source>Peer %1 (a %2) is dropped: the database keeps one peer per id, and %3.</source>
        <translation>Пир %1 (%2) отбрасывается: база данных хранит одного пира на ID, и %3.</translation>
    </message>
    <message>
        <source>Min peer %1 (seen in peer %2, message %3) is dropped: the database keeps one min peer per user_id, and %4.</source>
        <translation>Min-пир %1 (замечен в пире %2, сообщение %3) отбрасывается: база данных хранит одного min-пира на user_id, и %4.</translation>
    </message>
    <message>
        <source>The pts %1 of channel %2 is dropped: the database keeps one pts per channel, and %3.</source>
        <translation>pts %1 канала %2 отбрасывается: база данных хранит один pts на канал, и %3.</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>user id %1</source>
        <translation>ID пользователя %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>флаг бота (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>бот</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>не бот</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>флаг тестового режима (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>тестовые серверы</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий режим</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>соль сервера %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>В %1 нет поля для этих значений учётной записи, они отбрасываются: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The future auth token (%n byte(s)) is dropped: %1.</source>
        <translation>
            <numerusform>Будущий токен авторизации (%n байт) отбрасывается: %1.</numerusform>
            <numerusform>Будущий токен авторизации (%n байта) отбрасывается: %1.</numerusform>
            <numerusform>Будущий токен авторизации (%n байт) отбрасывается: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram binary v%1 file</source>
        <translation>Двоичный файл ferogram v%1</translation>
    </message>
    <message>
        <source>binary files hold it from v7 (ferogram 0.6.4) on</source>
        <translation>двоичные файлы хранят его начиная с v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (binary v8 and newer only); those that are neither channel nor chat read back as users.</source>
        <translation>
            <numerusform>%n пир-сообщество теряет флаг сообщества (только двоичный v8 и новее); те, что не являются ни каналом, ни чатом, читаются обратно как пользователи.</numerusform>
            <numerusform>%n пира-сообщества теряют флаг сообщества (только двоичный v8 и новее); те, что не являются ни каналом, ни чатом, читаются обратно как пользователи.</numerusform>
            <numerusform>%n пиров-сообществ теряют флаг сообщества (только двоичный v8 и новее); те, что не являются ни каналом, ни чатом, читаются обратно как пользователи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and newer only).</source>
        <translation>
            <numerusform>%n тип канала (вещательный, мегагруппа, гигагруппа) отбрасывается (только двоичный v6 и новее).</numerusform>
            <numerusform>%n типа каналов (вещательный, мегагруппа, гигагруппа) отбрасываются (только двоичный v6 и новее).</numerusform>
            <numerusform>%n типов каналов (вещательный, мегагруппа, гигагруппа) отбрасываются (только двоичный v6 и новее).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and channels).</source>
        <translation>
            <numerusform>%n обычная группа теряет флаг чата (двоичные v2–v4 записывали только пользователей и каналы).</numerusform>
            <numerusform>%n обычные группы теряют флаг чата (двоичные v2–v4 записывали только пользователей и каналы).</numerusform>
            <numerusform>%n обычных групп теряют флаг чата (двоичные v2–v4 записывали только пользователей и каналы).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are saved as chats: a binary file has one peer type, so the channel flag is dropped.</source>
        <translation>
            <numerusform>%n пир с флагами и чата, и канала сохраняется как чат: в двоичном файле у пира один тип, поэтому флаг канала отбрасывается.</numerusform>
            <numerusform>%n пира с флагами и чата, и канала сохраняются как чаты: в двоичном файле у пира один тип, поэтому флаг канала отбрасывается.</numerusform>
            <numerusform>%n пиров с флагами и чата, и канала сохраняются как чаты: в двоичном файле у пира один тип, поэтому флаг канала отбрасывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped (legacy v1 holds the DC table only).</source>
        <translation>
            <numerusform>%n кэшированный пир отбрасывается (устаревший v1 хранит только таблицу DC).</numerusform>
            <numerusform>%n кэшированных пира отбрасываются (устаревший v1 хранит только таблицу DC).</numerusform>
            <numerusform>%n кэшированных пиров отбрасываются (устаревший v1 хранит только таблицу DC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n значение pts канала отбрасывается.</numerusform>
            <numerusform>%n значения pts каналов отбрасываются.</numerusform>
            <numerusform>%n значений pts каналов отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Счётчики обновлений (pts, qts, date, seq) отбрасываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped (binary v4 and newer only).</source>
        <translation>
            <numerusform>%n min-пир отбрасывается (только двоичный v4 и новее).</numerusform>
            <numerusform>%n min-пира отбрасываются (только двоичный v4 и новее).</numerusform>
            <numerusform>%n min-пиров отбрасываются (только двоичный v4 и новее).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The flags of %n DC table row(s) are dropped (binary v3 and newer only).</source>
        <translation>
            <numerusform>Флаги %n строки таблицы DC отбрасываются (только двоичный v3 и новее).</numerusform>
            <numerusform>Флаги %n строк таблицы DC отбрасываются (только двоичный v3 и новее).</numerusform>
            <numerusform>Флаги %n строк таблицы DC отбрасываются (только двоичный v3 и новее).</numerusform>
        </translation>
    </message>
    <message>
        <source>A ferogram SQLite database</source>
        <translation>База данных SQLite ferogram</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a compact string holds one DC.</source>
        <translation>
            <numerusform>%n другая строка таблицы DC отбрасывается: компактная строка хранит один DC.</numerusform>
            <numerusform>%n другие строки таблицы DC отбрасываются: компактная строка хранит один DC.</numerusform>
            <numerusform>%n других строк таблицы DC отбрасываются: компактная строка хранит один DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n ключ авторизации других записей DC отбрасывается (эти входы теряются).</numerusform>
            <numerusform>%n ключа авторизации других записей DC отбрасываются (эти входы теряются).</numerusform>
            <numerusform>%n ключей авторизации других записей DC отбрасываются (эти входы теряются).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped (only IPv6 survives).</source>
        <translation>Флаги 0x%1 сохраняемой записи DC отбрасываются (остаётся только IPv6).</translation>
    </message>
    <message>
        <source>The time offset (%1 s) of the kept DC entry is dropped.</source>
        <translation>Смещение времени (%1 с) сохраняемой записи DC отбрасывается.</translation>
    </message>
    <message>
        <source>The server salt is dropped: a V2 string has no salt field.</source>
        <translation>Соль сервера отбрасывается: в строке V2 нет поля соли.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n кэшированный пир отбрасывается.</numerusform>
            <numerusform>%n кэшированных пира отбрасываются.</numerusform>
            <numerusform>%n кэшированных пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min-пир отбрасывается.</numerusform>
            <numerusform>%n min-пира отбрасываются.</numerusform>
            <numerusform>%n min-пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>compact strings have no field for it</source>
        <translation>в компактных строках нет поля для него</translation>
    </message>
    <message>
        <source>The user id is not known: the string will carry 0 (give the account&apos;s user id to avoid this).</source>
        <translation>ID пользователя неизвестен: строка будет содержать 0 (укажите ID пользователя учётной записи, чтобы этого избежать).</translation>
    </message>
    <message>
        <source>seq_no is not known: the V1 string will carry 0.</source>
        <translation>seq_no неизвестен: строка V1 будет содержать 0.</translation>
    </message>
    <message>
        <source>The layer is not known: the V1 string will carry 0.</source>
        <translation>Слой (layer) неизвестен: строка V1 будет содержать 0.</translation>
    </message>
    <message>
        <source>A compact V%1 string</source>
        <translation>Компактная строка V%1</translation>
    </message>
    <message>
        <source>Feroscope cannot write %1 yet.</source>
        <translation>Feroscope пока не умеет записывать %1.</translation>
    </message>
    <message>
        <source>%1 can be written in versions %2 to %3, not %4.</source>
        <translation>%1 можно записать в версиях с %2 по %3, но не %4.</translation>
    </message>
    <message>
        <source>%1 is written to a file, not encoded into bytes.</source>
        <translation>%1 записывается в файл, а не кодируется в байты.</translation>
    </message>
    <message>
        <source>A ferogram SQLite database cannot hold these entries (its primary keys allow one row each): %1. To go ahead, %2, or write a binary file, which keeps them all.</source>
        <translation>База данных SQLite ferogram не может хранить эти записи (её первичные ключи допускают по одной строке): %1. Чтобы продолжить, %2 или запишите двоичный файл, который сохранит их все.</translation>
    </message>
    <message>
        <source>keep the first or the last of each (the others are dropped and listed in the loss report)</source>
        <translation>сохраните из каждой группы первую или последнюю запись (остальные отбрасываются и перечисляются в отчёте о потерях)</translation>
    </message>
    <message>
        <source>databases hold it from v7 (ferogram 0.6.4) on</source>
        <translation>базы данных хранят его начиная с v7 (ferogram 0.6.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) lose the community flag (the is_community column exists from ferogram 0.6.5 on: version 8).</source>
        <translation>
            <numerusform>%n пир-сообщество теряет флаг сообщества (столбец is_community есть начиная с ferogram 0.6.5: версия 8).</numerusform>
            <numerusform>%n пира-сообщества теряют флаг сообщества (столбец is_community есть начиная с ferogram 0.6.5: версия 8).</numerusform>
            <numerusform>%n пиров-сообществ теряют флаг сообщества (столбец is_community есть начиная с ferogram 0.6.5: версия 8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 on: version 6).</source>
        <translation>
            <numerusform>%n тип канала отбрасывается (столбец channel_kind есть начиная с ferogram 0.5.2: версия 6).</numerusform>
            <numerusform>%n типа каналов отбрасываются (столбец channel_kind есть начиная с ferogram 0.5.2: версия 6).</numerusform>
            <numerusform>%n типов каналов отбрасываются (столбец channel_kind есть начиная с ferogram 0.5.2: версия 6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <source>%1 is read from a file, not from bytes.</source>
        <translation>%1 читается из файла, а не из байтов.</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>как %1: %2</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>компактная строка ferogram</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read (%1).</source>
        <translation>Это не сессия, которую может прочитать Feroscope (%1).</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>This looks like a WTelegramClient session file (its header names an encrypted block); it needs its session key, which can only be given for a file: open it by its path.</source>
        <translation>Похоже на файл сессии WTelegramClient (его заголовок указывает на зашифрованный блок); нужен ключ сессии, а его можно указать только для файла: откройте его по пути.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Выберите, куда записать сессию.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 — папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>%1 is not a string; it can only be written to a file.</source>
        <translation>%1 — не строка; её можно записать только в файл.</translation>
    </message>
    <message>
        <source>Choose a folder to write into.</source>
        <translation>Выберите папку для записи.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>%1: %2 already exists (tick &quot;Replace existing files&quot; to overwrite it).</source>
        <translation>%1: %2 уже существует (отметьте «Заменять существующие файлы», чтобы перезаписать его).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the exported sessions.</source>
        <translation>Не удаётся создать папку для экспортированных сессий.</translation>
    </message>
    <message>
        <source>Enter the user id above.</source>
        <translation>Введите ID пользователя выше.</translation>
    </message>
    <message>
        <source>Enter the API id above, or choose the old layout.</source>
        <translation>Введите API ID выше или выберите старый формат.</translation>
    </message>
</context>
<context>
    <name>FailureExplanation</name>
    <message>
        <source>As a %1: %2.</source>
        <translation>Как %1: %2.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>компактная строка ferogram</translation>
    </message>
    <message>
        <source>The file is not there.</source>
        <translation>Файла нет.</translation>
    </message>
    <message>
        <source>A folder that holds no session Feroscope can read.</source>
        <translation>Папка, в которой нет сессий, читаемых Feroscope.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>A save that was interrupted, or a file created but never written.</source>
        <translation>Прерванное сохранение или файл, который создали, но так и не записали.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Файл не читается: %1.</translation>
    </message>
    <message>
        <source>You may not have permission to read it.</source>
        <translation>Возможно, у вас нет прав на чтение.</translation>
    </message>
    <message>
        <source>Not a session Feroscope can read.</source>
        <translation>Это не сессия, которую может прочитать Feroscope.</translation>
    </message>
    <message>
        <source>A SQLite database, but not a session store Feroscope knows.</source>
        <translation>База SQLite, но не хранилище сессий, известное Feroscope.</translation>
    </message>
    <message>
        <source>The file reads now; it changed since it was listed. Reload it (F5).</source>
        <translation>Теперь файл читается: он изменился после добавления в список. Перезагрузите его (F5).</translation>
    </message>
    <message>
        <source>Text, but not a session string Feroscope knows.</source>
        <translation>Текст, но не строковая сессия, известная Feroscope.</translation>
    </message>
    <message>
        <source>It matches no library&apos;s string layout: perhaps not a session at all.</source>
        <translation>Не совпадает ни с одним форматом строк библиотек: возможно, это вообще не сессия.</translation>
    </message>
    <message>
        <source>A damaged ferogram session file.</source>
        <translation>Повреждённый файл сессии ferogram.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten.</source>
        <translation>Вероятно, файл ferogram v%1, обрезанный или перезаписанный.</translation>
    </message>
    <message>
        <source>Probably a ferogram v%1 file, cut short or overwritten: %2.</source>
        <translation>Вероятно, файл ferogram v%1, обрезанный или перезаписанный: %2.</translation>
    </message>
    <message>
        <source>Its first byte (0x%1) starts no session format Feroscope knows: perhaps another program&apos;s file.</source>
        <translation>Первый байт (0x%1) не начинает ни один известный Feroscope формат сессии: возможно, это файл другой программы.</translation>
    </message>
    <message>
        <source>A %1 session, which Feroscope recognises but cannot open.</source>
        <translation>Сессия %1: Feroscope её распознаёт, но открыть не может.</translation>
    </message>
</context>
<context>
    <name>FolderStorage</name>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>Не удаётся прочитать папку %1: %2</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>Не удаётся проверить %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Не удаётся открыть папку %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; open the folder it points to instead. Nothing was changed.</source>
        <translation>%1 — символическая ссылка; откройте вместо неё папку, на которую она указывает. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>Не удаётся создать папку данных %1, в которой находится корзина; ничего не перемещено.</translation>
    </message>
    <message>
        <source>Cannot move the folder %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>Не удаётся переместить папку %1 в корзину; ничего не перемещено. Если вы этого хотите, удалите папку навсегда.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Не удаётся удалить %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) inside were already deleted.</source>
        <translation>
            <numerusform> %n элемент внутри уже удалён.</numerusform>
            <numerusform> %n элемента внутри уже удалены.</numerusform>
            <numerusform> %n элементов внутри уже удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the folder %1: %2</source>
        <translation>Не удаётся удалить папку %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database; it has no session rows to clear.</source>
        <translation>%1 — папка, а не база данных; в ней нет строк сессии для очистки.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>Не удаётся изменить права доступа %1: %2</translation>
    </message>
</context>
<context>
    <name>FolderWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 уже существует; выберите другое имя или разрешите перезапись.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone (write to the folder it points to, or choose another name).</source>
        <translation>%1 — символическая ссылка; она не трогается (записывайте в папку, на которую она указывает, или выберите другое имя).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 существует и не является папкой.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Не удаётся создать временную папку в %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1: %2</source>
        <translation>Не удаётся переместить новую папку на место %1: %2</translation>
    </message>
    <message>
        <source>Cannot swap the new folder into place at %1: %2</source>
        <translation>Не удаётся подменить %1 новой папкой: %2</translation>
    </message>
    <message>
        <source>Cannot move the old %1 aside.</source>
        <translation>Не удаётся переместить старый %1 в сторону.</translation>
    </message>
    <message>
        <source>Cannot move the new folder into place at %1.</source>
        <translation>Не удаётся переместить новую папку на место %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?)</source>
        <translation>Не удаётся записать %1: записано только %2 из %3 байт (диск заполнен?)</translation>
    </message>
</context>
<context>
    <name>ForeignBase64</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 пусто.</translation>
    </message>
    <message>
        <source>The %1 is not base64: the character &apos;%2&apos; at position %3 %4. Paste the whole string exactly as the library printed it.</source>
        <translation>%1 — не base64: символ &apos;%2&apos; в позиции %3 %4. Вставьте строку целиком, в точности как её вывела библиотека.</translation>
    </message>
    <message>
        <source>follows the &apos;=&apos; padding</source>
        <translation>стоит после выравнивания &apos;=&apos;</translation>
    </message>
    <message>
        <source>is outside both base64 alphabets</source>
        <translation>не входит ни в один из алфавитов base64</translation>
    </message>
    <message>
        <source>The %1 is cut short or has an extra character: %2 base64 characters cannot encode whole bytes (one more than a multiple of 4).</source>
        <translation>%1 обрезано или содержит лишний символ: %2 символов base64 не кодируют целое число байтов (на один больше кратного 4).</translation>
    </message>
    <message>
        <source>The %1 is not valid base64 (the last characters do not form whole bytes).</source>
        <translation>%1 — некорректный base64 (последние символы не образуют целых байтов).</translation>
    </message>
</context>
<context>
    <name>ForeignFileConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: %1 keeps one DC.</source>
        <translation>
            <numerusform>%n запись DC, кроме записи домашнего DC, отбрасывается: %1 хранит один DC.</numerusform>
            <numerusform>%n записи DC, кроме записи домашнего DC, отбрасываются: %1 хранит один DC.</numerusform>
            <numerusform>%n записей DC, кроме записи домашнего DC, отбрасываются: %1 хранит один DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>%n ключ авторизации других записей DC отбрасывается.</numerusform>
            <numerusform>%n ключа авторизации других записей DC отбрасываются.</numerusform>
            <numerusform>%n ключей авторизации других записей DC отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s salt, time offset and flags are dropped.</source>
        <translation>Соль, смещение времени и флаги сохраняемой записи DC отбрасываются.</translation>
    </message>
    <message numerus="yes">
        <source>The broadcast/megagroup kind of %n channel(s) is dropped.</source>
        <translation>
            <numerusform>Тип «вещательный/мегагруппа» %n канала отбрасывается.</numerusform>
            <numerusform>Тип «вещательный/мегагруппа» %n каналов отбрасывается.</numerusform>
            <numerusform>Тип «вещательный/мегагруппа» %n каналов отбрасывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) are stored as plain peers.</source>
        <translation>
            <numerusform>%n пир-сообщество сохраняется как обычный пир.</numerusform>
            <numerusform>%n пира-сообщества сохраняются как обычные пиры.</numerusform>
            <numerusform>%n пиров-сообществ сохраняются как обычные пиры.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) flagged both chat and channel are stored as chats.</source>
        <translation>
            <numerusform>%n пир с флагами и чата, и канала сохраняется как чат.</numerusform>
            <numerusform>%n пира с флагами и чата, и канала сохраняются как чаты.</numerusform>
            <numerusform>%n пиров с флагами и чата, и канала сохраняются как чаты.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Счётчики обновлений (pts, qts, date, seq) отбрасываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n значение pts канала отбрасывается.</numerusform>
            <numerusform>%n значения pts каналов отбрасываются.</numerusform>
            <numerusform>%n значений pts каналов отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min-пир отбрасывается.</numerusform>
            <numerusform>%n min-пира отбрасываются.</numerusform>
            <numerusform>%n min-пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped.</source>
        <translation>Будущий токен авторизации отбрасывается.</translation>
    </message>
    <message>
        <source>The address %1 is not stored: Pyrogram uses its own table.</source>
        <translation>Адрес %1 не сохраняется: Pyrogram использует свою таблицу.</translation>
    </message>
    <message>
        <source>The user id is not known: Pyrogram treats a session without one as logged out (give the account&apos;s user id).</source>
        <translation>ID пользователя неизвестен: Pyrogram считает сессию без него разлогиненной (укажите ID пользователя учётной записи).</translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.</source>
        <translation>
            <numerusform>%n запись DC отбрасывается: tdata хранит по одному ключу авторизации на ID DC и не хранит адресов.</numerusform>
            <numerusform>%n записи DC отбрасываются: tdata хранит по одному ключу авторизации на ID DC и не хранит адресов.</numerusform>
            <numerusform>%n записей DC отбрасываются: tdata хранит по одному ключу авторизации на ID DC и не хранит адресов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n кэшированный пир отбрасывается.</numerusform>
            <numerusform>%n кэшированных пира отбрасываются.</numerusform>
            <numerusform>%n кэшированных пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the home DC&apos;s address and port, and DC %2 has none.</source>
        <translation>%1 нужны адрес и порт домашнего DC, а у DC %2 их нет.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs every account&apos;s user id.</source>
        <translation>Telegram Desktop нужен ID пользователя каждой учётной записи.</translation>
    </message>
    <message>
        <source>tdata needs an auth key for the home DC %1.</source>
        <translation>tdata нужен ключ авторизации для домашнего DC %1.</translation>
    </message>
    <message>
        <source>%1 stores the home DC&apos;s entry, and DC %2 has none in this session.</source>
        <translation>%1 хранит запись домашнего DC, а у DC %2 в этой сессии её нет.</translation>
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
            <numerusform>%n пир отбрасывается: ни один маркированный ID не читается обратно как тот же пир (%1).</numerusform>
            <numerusform>%n пира отбрасываются: ни один маркированный ID не читается обратно как тот же пир (%1).</numerusform>
            <numerusform>%n пиров отбрасываются: ни один маркированный ID не читается обратно как тот же пир (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.</source>
        <translation>
            <numerusform>%n пир имеет тот же маркированный ID, что и более поздний пир, который его заменяет: одна строка на ID.</numerusform>
            <numerusform>%n пира имеют тот же маркированный ID, что и более поздний пир, который их заменяет: одна строка на ID.</numerusform>
            <numerusform>%n пиров имеют тот же маркированный ID, что и более поздний пир, который их заменяет: одна строка на ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) that are not channels carry a channel kind, which is dropped.</source>
        <translation>
            <numerusform>%n пир, не являющийся каналом, несёт тип канала, который отбрасывается.</numerusform>
            <numerusform>%n пира, не являющихся каналами, несут тип канала, который отбрасывается.</numerusform>
            <numerusform>%n пиров, не являющихся каналами, несут тип канала, который отбрасывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gigagroup(s) are stored as &quot;supergroup&quot; and read back as megagroups: Pyrogram has no gigagroup type.</source>
        <translation>
            <numerusform>%n гигагруппа сохраняется как &quot;supergroup&quot; и читается обратно как мегагруппа: в Pyrogram нет типа гигагруппы.</numerusform>
            <numerusform>%n гигагруппы сохраняются как &quot;supergroup&quot; и читаются обратно как мегагруппы: в Pyrogram нет типа гигагруппы.</numerusform>
            <numerusform>%n гигагрупп сохраняются как &quot;supergroup&quot; и читаются обратно как мегагруппы: в Pyrogram нет типа гигагруппы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) of unknown kind (%1 of them without an access hash) are stored as &quot;channel&quot; and read back as broadcast channels: Pyrogram&apos;s peer type has no unknown kind.</source>
        <translation>
            <numerusform>%n канал неизвестного типа (без хэша доступа: %1) сохраняется как &quot;channel&quot; и читается обратно как вещательный канал: в типе пира Pyrogram нет неизвестного типа.</numerusform>
            <numerusform>%n канала неизвестного типа (из них без хэша доступа: %1) сохраняются как &quot;channel&quot; и читаются обратно как вещательные каналы: в типе пира Pyrogram нет неизвестного типа.</numerusform>
            <numerusform>%n каналов неизвестного типа (из них без хэша доступа: %1) сохраняются как &quot;channel&quot; и читаются обратно как вещательные каналы: в типе пира Pyrogram нет неизвестного типа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the account&apos;s own state in update_state row 0 and channels under their positive ids.</source>
        <translation>
            <numerusform>%n значение pts канала с ID канала 0 или меньше не записывается: Telethon хранит собственное состояние учётной записи в строке 0 таблицы update_state, а каналы — под их положительными ID.</numerusform>
            <numerusform>%n значения pts каналов с ID канала 0 или меньше не записываются: Telethon хранит собственное состояние учётной записи в строке 0 таблицы update_state, а каналы — под их положительными ID.</numerusform>
            <numerusform>%n значений pts каналов с ID канала 0 или меньше не записываются: Telethon хранит собственное состояние учётной записи в строке 0 таблицы update_state, а каналы — под их положительными ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per channel (the last).</source>
        <translation>
            <numerusform>%n значение pts канала повторяет ID более ранней записи; Telethon хранит одну строку на канал (последнюю).</numerusform>
            <numerusform>%n значения pts каналов повторяют ID более ранней записи; Telethon хранит одну строку на канал (последнюю).</numerusform>
            <numerusform>%n значений pts каналов повторяют ID более ранней записи; Telethon хранит одну строку на канал (последнюю).</numerusform>
        </translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation>ID пользователя %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>флаг бота (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>бот</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>не бот</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>флаг тестового режима (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>тестовые серверы</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий режим</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>соль сервера %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>%1 has no field for these account values, they are dropped: %2.</source>
        <translation>В %1 нет поля для этих значений учётной записи, они отбрасываются: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: they read back with the DC&apos;s usual address and none of the others.</source>
        <translation>
            <numerusform>%n сохраняемая запись DC имеет адрес, соль, смещение времени или флаги, которые tdata не хранит: она читается обратно с обычным адресом DC и без остального.</numerusform>
            <numerusform>%n сохраняемые записи DC имеют адрес, соль, смещение времени или флаги, которые tdata не хранит: они читаются обратно с обычным адресом DC и без остального.</numerusform>
            <numerusform>%n сохраняемых записей DC имеют адрес, соль, смещение времени или флаги, которые tdata не хранит: они читаются обратно с обычным адресом DC и без остального.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Учётная запись %1: %2</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id.</source>
        <translation>Telegram Desktop нужен ID пользователя аккаунта.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have more than one username; %1 keeps only the first.</source>
        <translation>
            <numerusform>У %n пира больше одного имени пользователя; %1 хранит только первое.</numerusform>
            <numerusform>У %n пиров больше одного имени пользователя; %1 хранит только первое.</numerusform>
            <numerusform>У %n пиров больше одного имени пользователя; %1 хранит только первое.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum or direct-messages peer(s) are stored as &quot;supergroup&quot;: %1 has no such type.</source>
        <translation>
            <numerusform>%n пир-форум или пир личных сообщений сохраняется как «supergroup»: в %1 нет такого типа.</numerusform>
            <numerusform>%n пира-форума или личных сообщений сохраняются как «supergroup»: в %1 нет такого типа.</numerusform>
            <numerusform>%n пиров-форумов или личных сообщений сохраняются как «supergroup»: в %1 нет такого типа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s) that are not channels are stored as plain peers.</source>
        <translation>
            <numerusform>%n пир-сообщество, не являющийся каналом, сохраняется как обычный пир.</numerusform>
            <numerusform>%n пира-сообщества, не являющиеся каналами, сохраняются как обычные пиры.</numerusform>
            <numerusform>%n пиров-сообществ, не являющихся каналами, сохраняются как обычные пиры.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) of no channel are dropped: %1 has no update_state table.</source>
        <translation>
            <numerusform>%n строка update_state, не относящаяся к каналу, отбрасывается: в %1 нет таблицы update_state.</numerusform>
            <numerusform>%n строки update_state, не относящиеся к каналам, отбрасываются: в %1 нет таблицы update_state.</numerusform>
            <numerusform>%n строк update_state, не относящихся к каналам, отбрасываются: в %1 нет таблицы update_state.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DC entry has no address; Kurigram&apos;s own table gives %1.</source>
        <translation>У записи DC нет адреса; собственная таблица Kurigram даёт %1.</translation>
    </message>
    <message>
        <source>Kurigram knows test DCs 1 to 3 only and fails on a test session on DC %1; it cannot be written as a Kurigram database.</source>
        <translation>Kurigram знает только тестовые DC с 1 по 3 и падает на тестовой сессии на DC %1; её нельзя записать как базу данных Kurigram.</translation>
    </message>
    <message>
        <source>DC %1 has no address in this session and none in Kurigram&apos;s table; Kurigram stores the address it connects to.</source>
        <translation>У DC %1 нет адреса ни в этой сессии, ни в таблице Kurigram; Kurigram хранит адрес, к которому подключается.</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the account&apos;s usernames; dropped: %3.</source>
        <translation>%1 хранит %2 из имён пользователя аккаунта; отброшены: %3.</translation>
    </message>
    <message>
        <source>%1 has no field for the account&apos;s premium flag, it is dropped.</source>
        <translation>В %1 нет поля для признака Premium аккаунта; он отбрасывается.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are dropped; the permanent keys are kept.</source>
        <translation>
            <numerusform>%n временный (PFS) ключ авторизации отбрасывается; постоянные ключи сохраняются.</numerusform>
            <numerusform>%n временных (PFS) ключа авторизации отбрасываются; постоянные ключи сохраняются.</numerusform>
            <numerusform>%n временных (PFS) ключей авторизации отбрасываются; постоянные ключи сохраняются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The future salts of %n DC(s) are dropped.</source>
        <translation>
            <numerusform>Будущие соли %n DC отбрасываются.</numerusform>
            <numerusform>Будущие соли %n DC отбрасываются.</numerusform>
            <numerusform>Будущие соли %n DC отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The addresses of %n DC entry(ies) besides the main and media DC are dropped: mtcute keeps only their auth keys.</source>
        <translation>
            <numerusform>Адрес %n записи DC помимо основного и медиа-DC отбрасывается: mtcute хранит только её ключ.</numerusform>
            <numerusform>Адреса %n записей DC помимо основного и медиа-DC отбрасываются: mtcute хранит только их ключи.</numerusform>
            <numerusform>Адреса %n записей DC помимо основного и медиа-DC отбрасываются: mtcute хранит только их ключи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC number that already has one are dropped: mtcute keeps one key per DC number.</source>
        <translation>
            <numerusform>%n лишний ключ авторизации для номера DC, у которого уже есть ключ, отбрасывается: mtcute хранит один ключ на номер DC.</numerusform>
            <numerusform>%n лишних ключа авторизации для номера DC, у которого уже есть ключ, отбрасываются: mtcute хранит один ключ на номер DC.</numerusform>
            <numerusform>%n лишних ключей авторизации для номера DC, у которого уже есть ключ, отбрасываются: mtcute хранит один ключ на номер DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The salt and time offset of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Соль и смещение времени %n записи DC отбрасываются.</numerusform>
            <numerusform>Соль и смещение времени %n записей DC отбрасываются.</numerusform>
            <numerusform>Соль и смещение времени %n записей DC отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: mtcute stores none for basic groups.</source>
        <translation>
            <numerusform>Access hash %n обычной группы отбрасывается: mtcute не хранит его для обычных групп.</numerusform>
            <numerusform>Access hash %n обычных групп отбрасываются: mtcute не хранит их для обычных групп.</numerusform>
            <numerusform>Access hash %n обычных групп отбрасываются: mtcute не хранит их для обычных групп.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) with a channel id of 0 or below are not written: mtcute keys channels by their positive ids.</source>
        <translation>
            <numerusform>%n значение pts канала с id канала 0 или меньше не записывается: mtcute хранит каналы по положительным id.</numerusform>
            <numerusform>%n значения pts каналов с id канала 0 или меньше не записываются: mtcute хранит каналы по положительным id.</numerusform>
            <numerusform>%n значений pts каналов с id канала 0 или меньше не записываются: mtcute хранит каналы по положительным id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) repeat the id of an earlier entry; mtcute keeps one per channel (the last).</source>
        <translation>
            <numerusform>%n значение pts канала повторяет id более ранней записи; mtcute хранит одно на канал (последнее).</numerusform>
            <numerusform>%n значения pts каналов повторяют id более ранней записи; mtcute хранит одно на канал (последнее).</numerusform>
            <numerusform>%n значений pts каналов повторяют id более ранней записи; mtcute хранит одно на канал (последнее).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no media-only, CDN or static entries.</source>
        <translation>
            <numerusform>%n запись DC отбрасывается: Telethon 2 хранит один адрес IPv4 и один IPv6 на DC и никаких медиа-, CDN- или статических записей.</numerusform>
            <numerusform>%n записи DC отбрасываются: Telethon 2 хранит один адрес IPv4 и один IPv6 на DC и никаких медиа-, CDN- или статических записей.</numerusform>
            <numerusform>%n записей DC отбрасываются: Telethon 2 хранит один адрес IPv4 и один IPv6 на DC и никаких медиа-, CDN- или статических записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more auth key(s) of a DC that already has one are dropped: Telethon 2 keeps one key per DC.</source>
        <translation>
            <numerusform>%n лишний ключ авторизации DC, у которого уже есть ключ, отбрасывается: Telethon 2 хранит один ключ на DC.</numerusform>
            <numerusform>%n лишних ключа авторизации DC, у которого уже есть ключ, отбрасываются: Telethon 2 хранит один ключ на DC.</numerusform>
            <numerusform>%n лишних ключей авторизации DC, у которого уже есть ключ, отбрасываются: Telethon 2 хранит один ключ на DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: Telethon 2 keeps no peer cache.</source>
        <translation>
            <numerusform>%n кэшированный пир отбрасывается: у Telethon 2 нет кэша пиров.</numerusform>
            <numerusform>%n кэшированных пира отбрасываются: у Telethon 2 нет кэша пиров.</numerusform>
            <numerusform>%n кэшированных пиров отбрасываются: у Telethon 2 нет кэша пиров.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tdata would hold %1 accounts: official Telegram Desktop rejects a key file with more than 6, starts logged out and overwrites it. Pick one account (--account), or confirm the copy is for a fork that allows more (--accept-loss).</source>
        <translation>В этой tdata было бы %1 аккаунтов: официальный Telegram Desktop отвергает файл ключей, где их больше 6, запускается без входа и перезаписывает его. Выберите один аккаунт (--account) или подтвердите, что копия для форка, допускающего больше (--accept-loss).</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have no last_update_on; %1 stores the time of writing.</source>
        <translation>
            <numerusform>У %n пира нет last_update_on; %1 запишет время записи.</numerusform>
            <numerusform>У %n пиров нет last_update_on; %1 запишет время записи.</numerusform>
            <numerusform>У %n пиров нет last_update_on; %1 запишет время записи.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignFileOpen</name>
    <message>
        <source>%1 (by its header); as a ferogram binary file: %2</source>
        <translation>%1 (по заголовку); как бинарный файл ferogram: %2</translation>
    </message>
</context>
<context>
    <name>ForeignStringConvert</name>
    <message>
        <source>user id %1</source>
        <translation>ID пользователя %1</translation>
    </message>
    <message>
        <source>bot flag (%1)</source>
        <translation>флаг бота (%1)</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>бот</translation>
    </message>
    <message>
        <source>not a bot</source>
        <translation>не бот</translation>
    </message>
    <message>
        <source>test mode flag (%1)</source>
        <translation>флаг тестового режима (%1)</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>тестовые серверы</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий режим</translation>
    </message>
    <message>
        <source>api id %1</source>
        <translation>ID API %1</translation>
    </message>
    <message>
        <source>takeout id %1</source>
        <translation>ID takeout %1</translation>
    </message>
    <message>
        <source>server salt %1</source>
        <translation>соль сервера %1</translation>
    </message>
    <message>
        <source>seq_no %1</source>
        <translation>seq_no %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>A %1 has no field for these account values, they are dropped: %2.</source>
        <translation>В формате «%1» нет поля для этих значений учётной записи, они отбрасываются: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media DC.</source>
        <translation>
            <numerusform>%n другая строка таблицы DC отбрасывается: строка mtcute хранит домашний DC и один медиа-DC.</numerusform>
            <numerusform>%n другие строки таблицы DC отбрасываются: строка mtcute хранит домашний DC и один медиа-DC.</numerusform>
            <numerusform>%n других строк таблицы DC отбрасываются: строка mtcute хранит домашний DC и один медиа-DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other DC table row(s) are dropped: a %1 holds one DC.</source>
        <translation>
            <numerusform>%n другая строка таблицы DC отбрасывается: формат «%1» хранит один DC.</numerusform>
            <numerusform>%n другие строки таблицы DC отбрасываются: формат «%1» хранит один DC.</numerusform>
            <numerusform>%n других строк таблицы DC отбрасываются: формат «%1» хранит один DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped (those logins are lost).</source>
        <translation>
            <numerusform>%n ключ авторизации других записей DC отбрасывается (эти входы теряются).</numerusform>
            <numerusform>%n ключа авторизации других записей DC отбрасываются (эти входы теряются).</numerusform>
            <numerusform>%n ключей авторизации других записей DC отбрасываются (эти входы теряются).</numerusform>
        </translation>
    </message>
    <message>
        <source>The flags 0x%1 of the kept DC entry are dropped.</source>
        <translation>Флаги 0x%1 сохраняемой записи DC отбрасываются.</translation>
    </message>
    <message>
        <source>The flags 0x%1 of the media DC entry are dropped.</source>
        <translation>Флаги 0x%1 записи медиа-DC отбрасываются.</translation>
    </message>
    <message>
        <source>The time offset of the kept DC entry is dropped.</source>
        <translation>Смещение времени сохраняемой записи DC отбрасывается.</translation>
    </message>
    <message>
        <source>The server salt of the kept DC entry is dropped.</source>
        <translation>Соль сервера сохраняемой записи DC отбрасывается.</translation>
    </message>
    <message>
        <source>The address %1 is not stored, and no address is known for %2 DC %3: reading the string back gives an entry without an address.</source>
        <translation>Адрес %1 не сохраняется, а для DC %3 (%2) адрес неизвестен: при обратном чтении строки получится запись без адреса.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый режим</translation>
    </message>
    <message>
        <source>The address %1 is not stored: reading the string back gives DC %2&apos;s usual address %3.</source>
        <translation>Адрес %1 не сохраняется: при обратном чтении строки получится обычный адрес DC %2 — %3.</translation>
    </message>
    <message>
        <source>The update counters (pts, qts, date, seq) are dropped.</source>
        <translation>Счётчики обновлений (pts, qts, date, seq) отбрасываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts value(s) are dropped.</source>
        <translation>
            <numerusform>%n значение pts канала отбрасывается.</numerusform>
            <numerusform>%n значения pts каналов отбрасываются.</numerusform>
            <numerusform>%n значений pts каналов отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n кэшированный пир отбрасывается.</numerusform>
            <numerusform>%n кэшированных пира отбрасываются.</numerusform>
            <numerusform>%n кэшированных пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) are dropped.</source>
        <translation>
            <numerusform>%n min-пир отбрасывается.</numerusform>
            <numerusform>%n min-пира отбрасываются.</numerusform>
            <numerusform>%n min-пиров отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached upload(s) (Telethon sent_files) are dropped.</source>
        <translation>
            <numerusform>%n кэшированная загрузка (sent_files Telethon) отбрасывается.</numerusform>
            <numerusform>%n кэшированные загрузки (sent_files Telethon) отбрасываются.</numerusform>
            <numerusform>%n кэшированных загрузок (sent_files Telethon) отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is dropped: session strings have no field for it.</source>
        <translation>Будущий токен авторизации отбрасывается: в строковых сессиях нет поля для него.</translation>
    </message>
    <message>
        <source>The user id is not known: the Pyrogram string will carry 0 and Pyrogram asks Telegram on start (give the user id to avoid this).</source>
        <translation>ID пользователя неизвестен: строка Pyrogram будет содержать 0, и Pyrogram запросит его у Telegram при запуске (чтобы избежать этого, укажите ID пользователя).</translation>
    </message>
</context>
<context>
    <name>ForeignStrings</name>
    <message>
        <source>The %1 is cut short: its data ends at byte %2 while reading %3 (%4 more bytes needed). Copy the whole string again.</source>
        <translation>%1 обрезано: данные заканчиваются на байте %2 при чтении %3 (не хватает %4 байт). Скопируйте строку целиком ещё раз.</translation>
    </message>
    <message>
        <source>ferogram compact string</source>
        <translation>компактная строка ferogram</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not &quot;host:port&quot;</source>
        <translation>его адрес &quot;%1&quot; не в виде &quot;host:port&quot;</translation>
    </message>
    <message>
        <source>its port is 0</source>
        <translation>его порт равен 0</translation>
    </message>
    <message>
        <source>its address text &quot;%1&quot; is neither an IP address nor a host name</source>
        <translation>текст его адреса &quot;%1&quot; не является ни IP-адресом, ни именем хоста</translation>
    </message>
    <message>
        <source>its IPv6 address %1 is not a public (2000::/3) address</source>
        <translation>его IPv6-адрес %1 не является публичным (2000::/3)</translation>
    </message>
    <message>
        <source>its IPv4 address %1 is not a public address</source>
        <translation>его IPv4-адрес %1 не является публичным</translation>
    </message>
    <message>
        <source>byte %1 (test mode) holds 0x%2, where Pyrogram writes 0 or 1</source>
        <translation>байт %1 (тестовый режим) содержит 0x%2, а Pyrogram пишет туда 0 или 1</translation>
    </message>
    <message>
        <source>the last byte (is_bot) holds 0x%1, where Pyrogram writes 0 or 1</source>
        <translation>последний байт (is_bot) содержит 0x%1, а Pyrogram пишет туда 0 или 1</translation>
    </message>
    <message>
        <source>it holds no session</source>
        <translation>в нём нет сессии</translation>
    </message>
    <message>
        <source>its DC id would be %1, and Telegram&apos;s DCs are 1 to 5</source>
        <translation>его ID DC был бы %1, а DC Telegram — с 1 по 5</translation>
    </message>
    <message>
        <source>it has no entry for its home DC %1</source>
        <translation>в нём нет записи для домашнего DC %1</translation>
    </message>
    <message>
        <source>its home DC has no auth key</source>
        <translation>у его домашнего DC нет ключа авторизации</translation>
    </message>
    <message>
        <source>DC entry %1&apos;s address &quot;%2&quot; is not &quot;host:port&quot;</source>
        <translation>адрес &quot;%2&quot; записи DC %1 не в виде &quot;host:port&quot;</translation>
    </message>
    <message>
        <source>bytes 1-2 hold %1, the length of the address text &quot;%2&quot; that follows: that is the GramJS layout, which has the size of a Telethon IPv6 string</source>
        <translation>байты 1–2 содержат %1 — длину следующего за ними текста адреса &quot;%2&quot;: это формат GramJS, совпадающий по размеру со строкой Telethon IPv6</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 — не строковый формат.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>it decodes to plausible values too, but the %1 reading needs more structure to succeed and was preferred</source>
        <translation>он тоже даёт правдоподобные значения, но чтение как %1 требует больше структуры и поэтому было предпочтено</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>Не %1: %2</translation>
    </message>
    <message>
        <source>as a %1: %2</source>
        <translation>как %1: %2</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows (%1).</source>
        <translation>Это не строковая сессия, известная Feroscope (%1).</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>Read as a %1, but the values look wrong: %2.</source>
        <translation>Прочитано как %1, но значения выглядят неверными: %2.</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has an empty address. Set one before a client uses this session.</source>
        <translation>Для DC %2 (%1) адрес неизвестен; у записи DC пустой адрес. Задайте его, прежде чем клиент начнёт использовать эту сессию.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый режим</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий режим</translation>
    </message>
    <message>
        <source>The session has no auth key for its home DC %1, and a %2 holds exactly that key. Log in first or pick a session with a key.</source>
        <translation>У сессии нет ключа авторизации для домашнего DC %1, а формат «%2» хранит именно этот ключ. Сначала войдите в аккаунт или выберите сессию с ключом.</translation>
    </message>
    <message>
        <source>The home DC %1 address &quot;%2&quot; is not &quot;ip:port&quot;, which a %3 needs.</source>
        <translation>Адрес &quot;%2&quot; домашнего DC %1 не в виде &quot;ip:port&quot;, а формату «%3» нужен именно такой.</translation>
    </message>
</context>
<context>
    <name>FormatNames</name>
    <message>
        <source>ferogram binary file</source>
        <translation>двоичный файл ferogram</translation>
    </message>
    <message>
        <source>ferogram SQLite database</source>
        <translation>база данных SQLite ferogram</translation>
    </message>
    <message>
        <source>ferogram native string</source>
        <translation>нативная строка ferogram</translation>
    </message>
    <message>
        <source>ferogram compact string V2</source>
        <translation>компактная строка ferogram V2</translation>
    </message>
    <message>
        <source>ferogram compact string V1</source>
        <translation>компактная строка ferogram V1</translation>
    </message>
    <message>
        <source>Telethon string</source>
        <translation>строка Telethon</translation>
    </message>
    <message>
        <source>Telethon SQLite session</source>
        <translation>сессия SQLite Telethon</translation>
    </message>
    <message>
        <source>Pyrogram string</source>
        <translation>строка Pyrogram</translation>
    </message>
    <message>
        <source>Pyrogram SQLite session</source>
        <translation>сессия SQLite Pyrogram</translation>
    </message>
    <message>
        <source>GramJS string</source>
        <translation>строка GramJS</translation>
    </message>
    <message>
        <source>GramJS store folder</source>
        <translation>папка хранилища GramJS</translation>
    </message>
    <message>
        <source>mtcute string</source>
        <translation>строка mtcute</translation>
    </message>
    <message>
        <source>MTKruto string</source>
        <translation>строка MTKruto</translation>
    </message>
    <message>
        <source>Telegram Desktop tdata</source>
        <translation>tdata Telegram Desktop</translation>
    </message>
    <message>
        <source>ferogram file v%1</source>
        <translation>файл ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram SQLite v%1</source>
        <translation>SQLite ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram native v%1</source>
        <translation>нативная ferogram v%1</translation>
    </message>
    <message>
        <source>ferogram compact V2</source>
        <translation>компактная ferogram V2</translation>
    </message>
    <message>
        <source>ferogram compact V1</source>
        <translation>компактная ferogram V1</translation>
    </message>
    <message>
        <source>Telethon SQLite</source>
        <translation>SQLite Telethon</translation>
    </message>
    <message>
        <source>Pyrogram SQLite</source>
        <translation>SQLite Pyrogram</translation>
    </message>
    <message>
        <source>GramJS store</source>
        <translation>хранилище GramJS</translation>
    </message>
    <message>
        <source>Telegram tdata</source>
        <translation>tdata Telegram</translation>
    </message>
    <message>
        <source>Kurigram SQLite session</source>
        <translation>SQLite-сессия Kurigram</translation>
    </message>
    <message>
        <source>Kurigram SQLite</source>
        <translation>Kurigram SQLite</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite session</source>
        <translation>SQLite-сессия PyroTGFork</translation>
    </message>
    <message>
        <source>PyroTGFork SQLite</source>
        <translation>PyroTGFork SQLite</translation>
    </message>
    <message>
        <source>Pyrofork SQLite session</source>
        <translation>SQLite-сессия Pyrofork</translation>
    </message>
    <message>
        <source>Pyrofork SQLite</source>
        <translation>Pyrofork SQLite</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite session</source>
        <translation>сессия SQLite Telethon 2</translation>
    </message>
    <message>
        <source>Telethon 2 SQLite</source>
        <translation>Telethon 2 SQLite</translation>
    </message>
    <message>
        <source>mtcute SQLite storage</source>
        <translation>хранилище SQLite mtcute</translation>
    </message>
    <message>
        <source>mtcute SQLite</source>
        <translation>mtcute SQLite</translation>
    </message>
    <message>
        <source>grammers TL session file</source>
        <translation>файл сессии grammers (TL)</translation>
    </message>
    <message>
        <source>grammers TL</source>
        <translation>grammers TL</translation>
    </message>
    <message>
        <source>grammers SQLite session</source>
        <translation>сессия grammers SQLite</translation>
    </message>
    <message>
        <source>grammers SQLite</source>
        <translation>grammers SQLite</translation>
    </message>
    <message>
        <source>gotd session JSON</source>
        <translation>JSON сессии gotd</translation>
    </message>
    <message>
        <source>gotd JSON</source>
        <translation>gotd JSON</translation>
    </message>
    <message>
        <source>tdl bbolt store</source>
        <translation>хранилище tdl (bbolt)</translation>
    </message>
    <message>
        <source>tdl store</source>
        <translation>хранилище tdl</translation>
    </message>
    <message>
        <source>WTelegramClient session file</source>
        <translation>файл сессии WTelegramClient</translation>
    </message>
    <message>
        <source>WTelegramClient session</source>
        <translation>сессия WTelegramClient</translation>
    </message>
    <message>
        <source>Telegram Android tgnet.dat</source>
        <translation>tgnet.dat Telegram Android</translation>
    </message>
    <message>
        <source>Android tgnet.dat</source>
        <translation>tgnet.dat Android</translation>
    </message>
</context>
<context>
    <name>GotdConvert</name>
    <message numerus="yes">
        <source>%n DC entry(ies) besides the home DC&apos;s are dropped: gotd keeps one DC.</source>
        <translation>
            <numerusform>Отбрасывается %n запись DC помимо домашнего: gotd хранит один DC.</numerusform>
            <numerusform>Отбрасываются %n записи DC помимо домашнего: gotd хранит один DC.</numerusform>
            <numerusform>Отбрасываются %n записей DC помимо домашнего: gotd хранит один DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) of other DC entries are dropped.</source>
        <translation>
            <numerusform>Отбрасывается %n ключ авторизации других записей DC.</numerusform>
            <numerusform>Отбрасываются %n ключа авторизации других записей DC.</numerusform>
            <numerusform>Отбрасываются %n ключей авторизации других записей DC.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept DC entry&apos;s time offset is dropped.</source>
        <translation>Сдвиг времени сохраняемой записи DC отбрасывается.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: gotd&apos;s session JSON has no peer cache.</source>
        <translation>
            <numerusform>Отбрасывается %n кэшированный пир: в JSON сессии gotd нет кэша пиров.</numerusform>
            <numerusform>Отбрасываются %n кэшированных пира: в JSON сессии gotd нет кэша пиров.</numerusform>
            <numerusform>Отбрасываются %n кэшированных пиров: в JSON сессии gotd нет кэша пиров.</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd would not load it: %1</source>
        <translation>gotd не загрузит это: %1</translation>
    </message>
</context>
<context>
    <name>GotdJson</name>
    <message>
        <source>It is JSON starting with {&quot;Version&quot;:, the envelope gotd&apos;s session.FileStorage writes: gotd session JSON.</source>
        <translation>Это JSON, начинающийся с {&quot;Version&quot;:, — оболочка, которую пишет session.FileStorage из gotd: JSON сессии gotd.</translation>
    </message>
    <message>
        <source>Not gotd session JSON: %1 at character %2.</source>
        <translation>Не JSON сессии gotd: %1 на символе %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>Not gotd session JSON: it has no &quot;Version&quot; and &quot;Data&quot; object.</source>
        <translation>Не JSON сессии gotd: нет &quot;Version&quot; и объекта &quot;Data&quot;.</translation>
    </message>
    <message>
        <source>gotd session JSON of version %1: gotd only loads version 1 (any other it treats as &quot;no session&quot; and logs in again).</source>
        <translation>JSON сессии gotd версии %1: gotd загружает только версию 1 (любую другую считает «нет сессии» и входит заново).</translation>
    </message>
    <message>
        <source>gotd session JSON without Data.%1.</source>
        <translation>JSON сессии gotd без Data.%1.</translation>
    </message>
    <message>
        <source>Data.AuthKey is %1 bytes; an auth key has 256.</source>
        <translation>Data.AuthKey занимает %1 байт; ключ авторизации — 256.</translation>
    </message>
    <message>
        <source>Data.AuthKeyID (%1) is not the key&apos;s id (%2): gotd refuses such a session (&quot;corrupted key&quot;).</source>
        <translation>Data.AuthKeyID (%1) не совпадает с id ключа (%2): gotd отклоняет такую сессию («corrupted key»).</translation>
    </message>
    <message numerus="yes">
        <source>version 1, no address, %n DC option(s) in its config</source>
        <translation>
            <numerusform>версия 1, без адреса, %n вариант DC в конфигурации</numerusform>
            <numerusform>версия 1, без адреса, %n варианта DC в конфигурации</numerusform>
            <numerusform>версия 1, без адреса, %n вариантов DC в конфигурации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version 1, address %1, %n DC option(s) in its config</source>
        <translation>
            <numerusform>версия 1, адрес %1, %n вариант DC в конфигурации</numerusform>
            <numerusform>версия 1, адрес %1, %n варианта DC в конфигурации</numerusform>
            <numerusform>версия 1, адрес %1, %n вариантов DC в конфигурации</numerusform>
        </translation>
    </message>
    <message>
        <source>gotd session JSON needs the home DC&apos;s auth key, and DC %1 has none.</source>
        <translation>JSON сессии gotd нужен ключ авторизации домашнего DC, а у DC %1 его нет.</translation>
    </message>
</context>
<context>
    <name>GramjsStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not the JSON value GramJS writes (%2).</source>
        <translation>%1 — не то JSON-значение, которое пишет GramJS (%2).</translation>
    </message>
    <message>
        <source>%1 is not a 256-byte JSON Buffer ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</source>
        <translation>%1 — не 256-байтовый JSON Buffer ({&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[...]}).</translation>
    </message>
    <message>
        <source>%1: data[%2] is not a byte value.</source>
        <translation>%1: data[%2] — не значение байта.</translation>
    </message>
    <message>
        <source>%1 is not a GramJS entity row [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</source>
        <translation>%1 — не строка сущности GramJS [&quot;id&quot;,&quot;hash&quot;,username,phone,name,&quot;date&quot;].</translation>
    </message>
    <message>
        <source>%1 is not a GramJS store folder: no &quot;&lt;name&gt;%3AdcId&quot; file in it.</source>
        <translation>%1 — не папка хранилища GramJS: в ней нет файла &quot;&lt;name&gt;%3AdcId&quot;.</translation>
    </message>
    <message>
        <source>StoreSession &quot;%1&quot;</source>
        <translation>StoreSession &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The GramJS store %1 lacks a serverAddress or port file.</source>
        <translation>В хранилище GramJS %1 нет файла serverAddress или port.</translation>
    </message>
    <message>
        <source>Files not read: %1.</source>
        <translation>Непрочитанные файлы: %1.</translation>
    </message>
    <message>
        <source>GramJS refuses the session name &quot;%1&quot;; choose another folder name.</source>
        <translation>GramJS не принимает имя сессии &quot;%1&quot;; выберите другое имя папки.</translation>
    </message>
    <message>
        <source>The home DC %1 has no address; GramJS needs its serverAddress and port.</source>
        <translation>У домашнего DC %1 нет адреса; GramJS нужны его serverAddress и порт.</translation>
    </message>
</context>
<context>
    <name>GramjsString</name>
    <message>
        <source>GramJS string</source>
        <translation>строка GramJS</translation>
    </message>
    <message>
        <source>Not a GramJS string: it must start with the version character &quot;1&quot;.</source>
        <translation>Не строка GramJS: она должна начинаться с символа версии &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Not a GramJS string: %1 bytes are left over after the auth key (byte %2). It may be another library&apos;s string.</source>
        <translation>Не строка GramJS: после ключа авторизации остаются лишние байты (%1, байт %2). Возможно, это строка другой библиотеки.</translation>
    </message>
    <message>
        <source>Not a GramJS string: the address text at byte 3 is not UTF-8.</source>
        <translation>Не строка GramJS: текст адреса в байте 3 — не UTF-8.</translation>
    </message>
    <message>
        <source>%1 address text, %2 characters</source>
        <translation>текст адреса (%1), символов: %2</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>имя хоста</translation>
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
        <translation>Порт %1 больше 32767: сам GramJS читает его как %2 и не сможет снова сохранить сессию.</translation>
    </message>
    <message>
        <source>GramJS writes the standard base64 alphabet with &apos;=&apos; padding; this text differs (GramJS still reads it).</source>
        <translation>GramJS пишет стандартный алфавит base64 с выравниванием &apos;=&apos;; этот текст отличается (GramJS всё равно его читает).</translation>
    </message>
    <message>
        <source>Port %1 is above 32767: GramJS stores the port as a signed 16-bit number, would read it as %2 and cannot save it. Use an address with a port up to 32767.</source>
        <translation>Порт %1 больше 32767: GramJS хранит порт как знаковое 16-битное число, прочитал бы его как %2 и не смог бы сохранить. Используйте адрес с портом не выше 32767.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a GramJS string has for it.</source>
        <translation>ID DC %1 не помещается в единственный байт, отведённый для него в строке GramJS.</translation>
    </message>
    <message>
        <source>The address text is %1 bytes long; GramJS reads at most 32767.</source>
        <translation>Длина текста адреса — %1 байт; GramJS читает не более 32767.</translation>
    </message>
</context>
<context>
    <name>GrammersConvert</name>
    <message>
        <source>The session does not say whether user %1 is a bot; grammers stores the flag, and it is written as &quot;not a bot&quot;.</source>
        <translation>Сессия не говорит, бот ли пользователь %1; grammers хранит этот флаг, и он записывается как «не бот».</translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped: the grammers TL file has no peer cache.</source>
        <translation>
            <numerusform>Отбрасывается %n кэшированный пир: в TL-файле grammers нет кэша пиров.</numerusform>
            <numerusform>Отбрасываются %n кэшированных пира: в TL-файле grammers нет кэша пиров.</numerusform>
            <numerusform>Отбрасываются %n кэшированных пиров: в TL-файле grammers нет кэша пиров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) with an id above %1 are dropped: grammers cannot key them.</source>
        <translation>
            <numerusform>Отбрасывается %n канал с id больше %1: grammers не может сделать его ключом.</numerusform>
            <numerusform>Отбрасываются %n канала с id больше %1: grammers не может сделать их ключами.</numerusform>
            <numerusform>Отбрасываются %n каналов с id больше %1: grammers не может сделать их ключами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access hash of %n basic group(s) is dropped: grammers stores none for them.</source>
        <translation>
            <numerusform>Access hash %n обычной группы отбрасывается: grammers не хранит его для них.</numerusform>
            <numerusform>Access hash %n обычных групп отбрасывается: grammers не хранит его для них.</numerusform>
            <numerusform>Access hash %n обычных групп отбрасывается: grammers не хранит его для них.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammersDcs</name>
    <message>
        <source>The store has no entry for its home DC %1, and grammers has no built-in address for it.</source>
        <translation>В хранилище нет записи для домашнего DC %1, и у grammers нет встроенного адреса для него.</translation>
    </message>
    <message>
        <source>The store has no entry for its home DC %1; grammers uses its built-in address %2:443, and so did we.</source>
        <translation>В хранилище нет записи для домашнего DC %1; grammers использует встроенный адрес %2:443, и мы тоже.</translation>
    </message>
    <message numerus="yes">
        <source>%n media-only DC entry(s) are not written: grammers keeps one entry per DC.</source>
        <translation>
            <numerusform>%n запись DC только для медиа не записывается: grammers хранит одну запись на DC.</numerusform>
            <numerusform>%n записи DC только для медиа не записываются: grammers хранит одну запись на DC.</numerusform>
            <numerusform>%n записей DC только для медиа не записываются: grammers хранит одну запись на DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) with a host name or no port are not written: grammers stores IP addresses.</source>
        <translation>
            <numerusform>%n запись DC с именем хоста или без порта не записывается: grammers хранит IP-адреса.</numerusform>
            <numerusform>%n записи DC с именем хоста или без порта не записываются: grammers хранит IP-адреса.</numerusform>
            <numerusform>%n записей DC с именем хоста или без порта не записываются: grammers хранит IP-адреса.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) of DCs without an IPv4 address are not written: grammers 0.8 needs one in every DC.</source>
        <translation>
            <numerusform>%n запись DC без IPv4-адреса не записывается: grammers 0.8 нужен такой адрес в каждом DC.</numerusform>
            <numerusform>%n записи DC без IPv4-адреса не записываются: grammers 0.8 нужен такой адрес в каждом DC.</numerusform>
            <numerusform>%n записей DC без IPv4-адреса не записываются: grammers 0.8 нужен такой адрес в каждом DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) repeat a DC&apos;s IPv4 or IPv6 address; grammers keeps the first of each.</source>
        <translation>
            <numerusform>%n запись DC повторяет IPv4- или IPv6-адрес DC; grammers хранит первую из них.</numerusform>
            <numerusform>%n записи DC повторяют IPv4- или IPv6-адрес DC; grammers хранит первую из них.</numerusform>
            <numerusform>%n записей DC повторяют IPv4- или IPv6-адрес DC; grammers хранит первую из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auth key(s) differ from the key of their DC&apos;s first entry; grammers keeps one key per DC.</source>
        <translation>
            <numerusform>%n ключ авторизации отличается от ключа первой записи своего DC; grammers хранит один ключ на DC.</numerusform>
            <numerusform>%n ключа авторизации отличаются от ключа первой записи своего DC; grammers хранит один ключ на DC.</numerusform>
            <numerusform>%n ключей авторизации отличаются от ключа первой записи своего DC; grammers хранит один ключ на DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 port(s) differ from the DC&apos;s IPv4 port; grammers 0.8 keeps one port per DC.</source>
        <translation>
            <numerusform>%n IPv6-порт отличается от IPv4-порта DC; grammers 0.8 хранит один порт на DC.</numerusform>
            <numerusform>%n IPv6-порта отличаются от IPv4-порта DC; grammers 0.8 хранит один порт на DC.</numerusform>
            <numerusform>%n IPv6-портов отличаются от IPv4-порта DC; grammers 0.8 хранит один порт на DC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry a salt or time offset; grammers stores neither.</source>
        <translation>
            <numerusform>%n запись DC содержит соль или сдвиг времени; grammers не хранит ни того, ни другого.</numerusform>
            <numerusform>%n записи DC содержат соль или сдвиг времени; grammers не хранит ни того, ни другого.</numerusform>
            <numerusform>%n записей DC содержат соль или сдвиг времени; grammers не хранит ни того, ни другого.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an IPv4 address for the home DC %2 (grammers 0.8 requires one in every DC), and the session has none.</source>
        <translation>%1 нужен IPv4-адрес для домашнего DC %2 (grammers 0.8 требует его в каждом DC), а в сессии его нет.</translation>
    </message>
</context>
<context>
    <name>GrammersSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Не удаётся прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv4 &quot;%2&quot; is not an IPv4 socket address.</source>
        <translation>строка dc_option DC %1: ipv4 «%2» — не адрес сокета IPv4.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: ipv6 &quot;%2&quot; is not an IPv6 socket address.</source>
        <translation>строка dc_option DC %1: ipv6 «%2» — не адрес сокета IPv6.</translation>
    </message>
    <message>
        <source>dc_option row of DC %1: auth_key is %2 bytes; an auth key has 256.</source>
        <translation>строка dc_option DC %1: auth_key занимает %2 байт; ключ авторизации — 256.</translation>
    </message>
    <message>
        <source>An SQLite database with grammers&apos; dc_home, dc_option and peer_info tables (Telethon has sessions/entities, Pyrogram peers with access_hash): a grammers SQLite session.</source>
        <translation>База SQLite с таблицами grammers dc_home, dc_option и peer_info (у Telethon — sessions/entities, у Pyrogram — peers с access_hash): сессия grammers SQLite.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a grammers session (no dc_home, dc_option and peer_info tables).</source>
        <translation>%1 — база SQLite, но не сессия grammers (нет таблиц dc_home, dc_option и peer_info).</translation>
    </message>
    <message>
        <source>user_version %1</source>
        <translation>user_version %1</translation>
    </message>
    <message>
        <source>user_version is %1 (grammers 0.8 writes 1); read as version 1.</source>
        <translation>user_version равен %1 (grammers 0.8 пишет 1); прочитано как версия 1.</translation>
    </message>
</context>
<context>
    <name>GrammersTl</name>
    <message>
        <source>The grammers session file is cut short: it ends at byte %1 while reading %2 (%3 more bytes needed; grammers would say &quot;malformed data&quot;).</source>
        <translation>Файл сессии grammers обрезан: он кончается на байте %1 при чтении %2 (не хватает %3 байт; grammers сообщит «malformed data»).</translation>
    </message>
    <message>
        <source>Unknown constructor 0x%1 at byte %2 (%3): grammers would refuse the file (&quot;unsupported version&quot;).</source>
        <translation>Неизвестный конструктор 0x%1 на байте %2 (%3): grammers отклонит файл («unsupported version»).</translation>
    </message>
    <message>
        <source>DC %1 has a WebSocket entry (%2); grammers 0.8 skips those, and so did we.</source>
        <translation>У DC %1 есть запись WebSocket (%2); grammers 0.8 их пропускает, и мы тоже.</translation>
    </message>
    <message>
        <source>DC %1&apos;s port is %2, not a port number.</source>
        <translation>Порт DC %1 равен %2 — это не номер порта.</translation>
    </message>
    <message>
        <source>DC %1&apos;s auth key is %2 bytes; an auth key has 256.</source>
        <translation>Ключ авторизации DC %1 занимает %2 байт; ключ — 256.</translation>
    </message>
    <message>
        <source>DC %1&apos;s entry has no address.</source>
        <translation>У записи DC %1 нет адреса.</translation>
    </message>
    <message>
        <source>user.bot at byte %1 is 0x%2, not a TL Bool.</source>
        <translation>user.bot на байте %1 равен 0x%2 — это не TL Bool.</translation>
    </message>
    <message>
        <source>The channel count %1 does not fit the %2 bytes left.</source>
        <translation>Число каналов %1 не помещается в оставшиеся %2 байт.</translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.8 address layout (both addresses in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL-сессия, раскладка адресов grammers 0.8 (оба адреса в %n записи DC)</numerusform>
            <numerusform>TL-сессия, раскладка адресов grammers 0.8 (оба адреса в каждой из %n записей DC)</numerusform>
            <numerusform>TL-сессия, раскладка адресов grammers 0.8 (оба адреса в каждой из %n записей DC)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TL session, grammers 0.7 address layout (one address in each of %n DC entry(s))</source>
        <translation>
            <numerusform>TL-сессия, раскладка адресов grammers 0.7 (один адрес в %n записи DC)</numerusform>
            <numerusform>TL-сессия, раскладка адресов grammers 0.7 (один адрес в каждой из %n записей DC)</numerusform>
            <numerusform>TL-сессия, раскладка адресов grammers 0.7 (один адрес в каждой из %n записей DC)</numerusform>
        </translation>
    </message>
    <message>
        <source>TL session, mixed address layouts (%1 DC entries of grammers 0.8, %2 of 0.7)</source>
        <translation>TL-сессия, смешанные раскладки адресов (%1 записей DC от grammers 0.8, %2 от 0.7)</translation>
    </message>
    <message>
        <source>It starts with grammers&apos; session constructor 0xa73eb8ce, a flags word of %1 and a TL vector: a grammers TL session file.</source>
        <translation>Файл начинается с конструктора сессии grammers 0xa73eb8ce, слова флагов %1 и TL-вектора: файл сессии grammers (TL).</translation>
    </message>
    <message>
        <source>Not a grammers session file: it starts with 0x%1, not the session constructor 0xa73eb8ce.</source>
        <translation>Не файл сессии grammers: он начинается с 0x%1, а не с конструктора сессии 0xa73eb8ce.</translation>
    </message>
    <message>
        <source>The DC count %1 does not fit the %2 bytes left.</source>
        <translation>Число DC %1 не помещается в оставшиеся %2 байт.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the session are ignored.</source>
        <translation>
            <numerusform>%n байт после сессии игнорируется.</numerusform>
            <numerusform>%n байта после сессии игнорируются.</numerusform>
            <numerusform>%n байт после сессии игнорируются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(s) carry one address (flags 5 or 6): written by grammers 0.7 or older, octets in network order, and read so. grammers 0.8 itself would read an IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 layout.</source>
        <translation>
            <numerusform>%n запись DC содержит один адрес (флаги 5 или 6): записана grammers 0.7 или старше, октеты в сетевом порядке, так и прочитана. Сам grammers 0.8 прочитал бы IPv4-адрес задом наперёд и упал бы на записи только с IPv6; Feroscope пишет раскладку 0.8.</numerusform>
            <numerusform>%n записи DC содержат один адрес (флаги 5 или 6): записаны grammers 0.7 или старше, октеты в сетевом порядке, так и прочитаны. Сам grammers 0.8 прочитал бы IPv4-адрес задом наперёд и упал бы на записи только с IPv6; Feroscope пишет раскладку 0.8.</numerusform>
            <numerusform>%n записей DC содержат один адрес (флаги 5 или 6): записаны grammers 0.7 или старше, октеты в сетевом порядке, так и прочитаны. Сам grammers 0.8 прочитал бы IPv4-адрес задом наперёд и упал бы на записи только с IPv6; Feroscope пишет раскладку 0.8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>%1: %2 entries, more than the %3 a ferogram binary file can hold; it can only be kept as a SQLite database.</source>
        <translation>%1: %2 записей — больше %3, которые вмещает двоичный файл ferogram; сессию можно хранить только как базу данных SQLite.</translation>
    </message>
    <message>
        <source>%1: %2 entries, close to the binary format&apos;s limit of %3 (ferogram&apos;s writer silently corrupts the file beyond it).</source>
        <translation>%1: %2 записей — близко к пределу двоичного формата в %3 (при его превышении ferogram незаметно повреждает файл).</translation>
    </message>
    <message>
        <source>users</source>
        <translation>пользователи</translation>
    </message>
    <message>
        <source>basic groups</source>
        <translation>обычные группы</translation>
    </message>
    <message>
        <source>broadcast channels</source>
        <translation>вещательные каналы</translation>
    </message>
    <message>
        <source>megagroups</source>
        <translation>мегагруппы</translation>
    </message>
    <message>
        <source>gigagroups</source>
        <translation>гигагруппы</translation>
    </message>
    <message>
        <source>channels of unknown kind</source>
        <translation>каналы неизвестного типа</translation>
    </message>
    <message>
        <source>min channels (no access hash)</source>
        <translation>min-каналы (без хэша доступа)</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>сообщества</translation>
    </message>
    <message>
        <source>every ferogram release with the sqlite-session feature (0.3.0 and newer)</source>
        <translation>любой выпуск ferogram с функцией sqlite-session (0.3.0 и новее)</translation>
    </message>
    <message>
        <source>every ferogram release that reads compact strings</source>
        <translation>любой выпуск ferogram, читающий компактные строки</translation>
    </message>
    <message>
        <source>no ferogram release directly (convert it first)</source>
        <translation>ни один выпуск ferogram напрямую (сначала преобразуйте)</translation>
    </message>
    <message>
        <source>The home DC %1 has no entry in the DC table: the client cannot reach the account&apos;s data centre.</source>
        <translation>У домашнего DC %1 нет записи в таблице DC: клиент не сможет связаться с дата-центром учётной записи.</translation>
    </message>
    <message>
        <source>The session has no DC table and no auth key: it is not logged in.</source>
        <translation>В сессии нет таблицы DC и ключа авторизации: вход не выполнен.</translation>
    </message>
    <message>
        <source>The home DC %1 has no auth key: this session is not logged in.</source>
        <translation>У домашнего DC %1 нет ключа авторизации: в этой сессии вход не выполнен.</translation>
    </message>
    <message>
        <source>DC %1 with flags 0x%2 appears %3 times in the DC table; the client uses only one of them and a SQLite database cannot store them all.</source>
        <translation>DC %1 с флагами 0x%2 встречается в таблице DC %3 раз(а); клиент использует только одну запись, а база данных SQLite не может сохранить их все.</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>Таблица DC</translation>
    </message>
    <message>
        <source>Cached peers</source>
        <translation>Кэшированные пиры</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-пиры</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>pts каналов</translation>
    </message>
    <message>
        <source>Future auth token bytes</source>
        <translation>Байты будущего токена авторизации</translation>
    </message>
    <message>
        <source>The address of DC %1 is %2 bytes long; the binary format holds at most 255.</source>
        <translation>Адрес DC %1 занимает %2 байт; двоичный формат вмещает не более 255.</translation>
    </message>
    <message>
        <source>The min-peer cache holds %1 entries; ferogram never prunes it, and it slows every load and save.</source>
        <translation>Кэш min-пиров содержит записей: %1; ferogram никогда его не чистит, и он замедляет каждую загрузку и сохранение.</translation>
    </message>
    <message>
        <source>The update state is not initialised (pts %1): the client will fetch its state from scratch and may miss updates that happened while it was away.</source>
        <translation>Состояние обновлений не инициализировано (pts %1): клиент получит состояние заново и может пропустить обновления, пришедшие в его отсутствие.</translation>
    </message>
    <message>
        <source>Legacy v1 file (no version byte, DC table only): ferogram guesses this layout from the first byte; convert it to a current version to be safe.</source>
        <translation>Устаревший файл v1 (без байта версии, только таблица DC): ferogram угадывает этот формат по первому байту; для надёжности преобразуйте его в актуальную версию.</translation>
    </message>
    <message>
        <source>Only %1 can open this file; older releases treat it as damaged, rename it to .bak and start logged out. Convert it to an older version for them.</source>
        <translation>Открыть этот файл может только %1; более старые выпуски считают его повреждённым, переименовывают в .bak и запускаются без входа. Для них преобразуйте файл в более старую версию.</translation>
    </message>
    <message numerus="yes">
        <source>%n community peer(s): only ferogram 0.6.5 and newer keep them; older releases read them as plain peers and drop the flag on their next save.</source>
        <translation>
            <numerusform>%n пир-сообщество: сохраняет его только ferogram 0.6.5 и новее; более старые выпуски читают его как обычного пира и сбрасывают флаг при следующем сохранении.</numerusform>
            <numerusform>%n пира-сообщества: сохраняет их только ferogram 0.6.5 и новее; более старые выпуски читают их как обычных пиров и сбрасывают флаг при следующем сохранении.</numerusform>
            <numerusform>%n пиров-сообществ: сохраняет их только ferogram 0.6.5 и новее; более старые выпуски читают их как обычных пиров и сбрасывают флаг при следующем сохранении.</numerusform>
        </translation>
    </message>
    <message>
        <source>The future auth token is kept only by ferogram 0.6.4 and newer; older releases drop it on their next save.</source>
        <translation>Будущий токен авторизации сохраняет только ferogram 0.6.4 и новее; более старые выпуски отбрасывают его при следующем сохранении.</translation>
    </message>
    <message>
        <source>no ferogram release (every release misreads this file)</source>
        <translation>ни один выпуск ferogram (все выпуски читают этот файл неверно)</translation>
    </message>
    <message>
        <source>no ferogram release (every release fails to read this file)</source>
        <translation>ни один выпуск ferogram (все выпуски выдают ошибку при чтении этого файла)</translation>
    </message>
    <message>
        <source>every ferogram release (%1 and newer)</source>
        <translation>любой выпуск ferogram (%1 и новее)</translation>
    </message>
    <message>
        <source>ferogram %1 and newer</source>
        <translation>ferogram %1 и новее</translation>
    </message>
</context>
<context>
    <name>LibraryFlags</name>
    <message>
        <source>readable by others</source>
        <translation>доступен другим</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>too new for %1</source>
        <translation>слишком новая для %1</translation>
    </message>
    <message numerus="yes">
        <source>same key as %n other(s)</source>
        <translation>
            <numerusform>тот же ключ, что у %n другой</numerusform>
            <numerusform>тот же ключ, что у %n других</numerusform>
            <numerusform>тот же ключ, что у %n других</numerusform>
        </translation>
    </message>
    <message>
        <source>same key elsewhere</source>
        <translation>тот же ключ в другом месте</translation>
    </message>
    <message>
        <source>Other users can read this session (mode %1): anyone who reads it can use the account. Use File ▸ Restrict Permissions.</source>
        <translation>Эту сессию могут читать другие пользователи (режим %1): любой, кто её прочитает, может пользоваться аккаунтом. Используйте Файл ▸ Ограничить права доступа.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Another program has this database open (a -wal or -journal file exists); what you see is a snapshot.</source>
        <translation>Эту базу данных открыла другая программа (существует файл -wal или -journal); вы видите снимок.</translation>
    </message>
    <message>
        <source>ferogram %1 cannot open this version: it would rename the file to .bak and start logged out. Export it as an older version.</source>
        <translation>ferogram %1 не может открыть эту версию: он переименует файл в .bak и запустится без входа. Экспортируйте её в более старую версию.</translation>
    </message>
    <message>
        <source>The same auth key is in: %1. Two clients using one key log each other out.</source>
        <translation>Тот же ключ авторизации находится в: %1. Два клиента с одним ключом разлогинивают друг друга.</translation>
    </message>
    <message>
        <source>Icons after a name flag a risk:
• open padlock: other users can read the session
• clock: another program has the database open (in use)
• up arrow: too new for ferogram %1 (the release chosen in Settings)
• key: the same auth key is in another session
Point at an icon for details.</source>
        <translation>Значки после имени предупреждают о риске:
• открытый замок: сессию могут читать другие пользователи
• часы: базу данных открыла другая программа (используется)
• стрелка вверх: слишком новая для ferogram %1 (выпуск, выбранный в настройках)
• ключ: тот же ключ авторизации есть в другой сессии
Наведите указатель на значок, чтобы узнать подробности.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1, account %2 of %3</source>
        <translation>%1, учётная запись %2 из %3</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message>
        <source>Remove from Library</source>
        <translation>Убрать из библиотеки</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Row(s) from Library</source>
        <translation>
            <numerusform>Убрать %n строку из библиотеки</numerusform>
            <numerusform>Убрать %n строки из библиотеки</numerusform>
            <numerusform>Убрать %n строк из библиотеки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MtcuteSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Не удаётся прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <source>The key_value entry %1 is not what mtcute writes: %2</source>
        <translation>Запись key_value %1 не такая, как пишет mtcute: %2</translation>
    </message>
    <message>
        <source>key_value entry %1</source>
        <translation>запись key_value %1</translation>
    </message>
    <message>
        <source>version %1 (mtcute knows 1 and 2)</source>
        <translation>версия %1 (mtcute знает 1 и 2)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>порт %1</translation>
    </message>
    <message>
        <source>key_value entry current_user</source>
        <translation>запись key_value current_user</translation>
    </message>
    <message>
        <source>version %1 (mtcute writes 1)</source>
        <translation>версия %1 (mtcute пишет 1)</translation>
    </message>
    <message>
        <source>not a Vector&lt;mt_future_salt&gt;</source>
        <translation>не Vector&lt;mt_future_salt&gt;</translation>
    </message>
    <message>
        <source>entry %1 is not an mt_future_salt</source>
        <translation>элемент %1 не mt_future_salt</translation>
    </message>
    <message>
        <source>%1 bytes left over</source>
        <translation>лишних байт: %1</translation>
    </message>
    <message>
        <source>%1 bytes where mtcute writes 4</source>
        <translation>%1 байт там, где mtcute пишет 4</translation>
    </message>
    <message>
        <source>not a channel id with a 4-byte pts</source>
        <translation>не id канала с 4-байтовым pts</translation>
    </message>
    <message>
        <source>auth_keys row: DC id %1 is out of range.</source>
        <translation>Строка auth_keys: id DC %1 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>Строка auth_keys для DC %1: ключ длиной %2 байт; у ключа авторизации 256.</translation>
    </message>
    <message>
        <source>temp_auth_keys row: DC %1, index %2 is out of range.</source>
        <translation>Строка temp_auth_keys: DC %1, индекс %2 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>temp_auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.</source>
        <translation>Строка temp_auth_keys для DC %1: ключ длиной %2 байт; у ключа авторизации 256.</translation>
    </message>
    <message>
        <source>peers row %1: the hash &quot;%2&quot; is not &quot;&lt;low&gt;|&lt;high&gt;&quot;.</source>
        <translation>Строка peers %1: хеш «%2» не в виде «&lt;low&gt;|&lt;high&gt;».</translation>
    </message>
    <message>
        <source>peers row %1: usernames is not a JSON list.</source>
        <translation>Строка peers %1: usernames не является списком JSON.</translation>
    </message>
    <message>
        <source>message_refs row: message id %1 is out of range.</source>
        <translation>Строка message_refs: id сообщения %1 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>mtcute would migrate this database on open (%1 not at the version 0.29.7 writes); we read it as it is.</source>
        <translation>mtcute перенёс бы эту базу при открытии (%1 не в версии, которую пишет 0.29.7); мы читаем её как есть.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an mtcute storage (no mtcute_migrations, auth_keys and key_value tables).</source>
        <translation>%1 — база данных SQLite, но не хранилище mtcute (нет таблиц mtcute_migrations, auth_keys и key_value).</translation>
    </message>
    <message>
        <source>mtcute storage (migrations: %1), %2 journal</source>
        <translation>хранилище mtcute (миграции: %1), журнал %2</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>rollback</translation>
    </message>
    <message>
        <source>%1 is an mtcute storage without a main DC (no dc_main key): no session was saved in it.</source>
        <translation>%1 — хранилище mtcute без основного DC (нет ключа dc_main): сессия в нём не сохранялась.</translation>
    </message>
    <message>
        <source>auth_keys holds no key for the main DC %1: the session is not logged in.</source>
        <translation>В auth_keys нет ключа для основного DC %1: сессия не авторизована.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary (PFS) auth key(s) are stored beside the permanent ones; they are shown, never used as the login.</source>
        <translation>
            <numerusform>Рядом с постоянными хранится %n временный (PFS) ключ авторизации; он показывается, но никогда не используется для входа.</numerusform>
            <numerusform>Рядом с постоянными хранятся %n временных (PFS) ключа авторизации; они показываются, но никогда не используются для входа.</numerusform>
            <numerusform>Рядом с постоянными хранятся %n временных (PFS) ключей авторизации; они показываются, но никогда не используются для входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only some of updates_pts, updates_qts, updates_date and updates_seq are stored: mtcute reads no update state from this file.</source>
        <translation>Сохранены лишь некоторые из updates_pts, updates_qts, updates_date и updates_seq: mtcute не читает из этого файла состояние обновлений.</translation>
    </message>
    <message>
        <source>key_value entries Feroscope does not know were left out: %1.</source>
        <translation>Записи key_value, неизвестные Feroscope, пропущены: %1.</translation>
    </message>
    <message>
        <source>mtcute stores the main DC&apos;s address and port, and DC %1 has none.</source>
        <translation>mtcute хранит адрес и порт основного DC, а у DC %1 их нет.</translation>
    </message>
</context>
<context>
    <name>MtcuteString</name>
    <message>
        <source>mtcute string</source>
        <translation>строка mtcute</translation>
    </message>
    <message>
        <source>%1 of the mtcute string</source>
        <translation>%1 строки mtcute</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has version %2; mtcute knows versions 1 and 2.</source>
        <translation>%1 строки mtcute имеет версию %2; mtcute знает версии 1 и 2.</translation>
    </message>
    <message>
        <source>The %1 of the mtcute string has %2 bytes left over.</source>
        <translation>В %1 строки mtcute остаются лишние байты: %2.</translation>
    </message>
    <message>
        <source>Not an mtcute string: it starts with byte 0x%1, and mtcute 0.29.7 reads only session version 3.</source>
        <translation>Не строка mtcute: она начинается с байта 0x%1, а mtcute 0.29.7 читает только версию сессии 3.</translation>
    </message>
    <message>
        <source>Not an mtcute string: %1 bytes are left over after the auth key (byte %2).</source>
        <translation>Не строка mtcute: после ключа авторизации остаются лишние байты (%1, байт %2).</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s is_bot value 0x%1 is neither TL true nor TL false.</source>
        <translation>Значение is_bot 0x%1 в строке mtcute — ни TL true, ни TL false.</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>Ключ авторизации в строке mtcute имеет длину %1 байт, а не 256.</translation>
    </message>
    <message>
        <source>main DC</source>
        <translation>основной DC</translation>
    </message>
    <message>
        <source>media DC</source>
        <translation>медиа-DC</translation>
    </message>
    <message>
        <source>The mtcute string&apos;s main and media DC disagree about test mode; mtcute rejects such a string.</source>
        <translation>Основной DC и медиа-DC в строке mtcute расходятся в тестовом режиме; mtcute отклоняет такую строку.</translation>
    </message>
    <message>
        <source>version 3</source>
        <translation>версия 3</translation>
    </message>
    <message>
        <source>no media DC</source>
        <translation>без медиа-DC</translation>
    </message>
    <message>
        <source>self user</source>
        <translation>собственный пользователь</translation>
    </message>
    <message>
        <source>no self user</source>
        <translation>без собственного пользователя</translation>
    </message>
    <message>
        <source>The string sets mtcute&apos;s legacy test-mode flag; both DCs are test DCs.</source>
        <translation>В строке установлен устаревший флаг тестового режима mtcute; оба DC — тестовые.</translation>
    </message>
    <message>
        <source>mtcute writes URL-safe base64 without &apos;=&apos; padding; this text differs (mtcute still reads it).</source>
        <translation>mtcute пишет URL-безопасный base64 без выравнивания &apos;=&apos;; этот текст отличается (mtcute всё равно его читает).</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte an mtcute string has for it.</source>
        <translation>ID DC %1 не помещается в единственный байт, отведённый для него в строке mtcute.</translation>
    </message>
</context>
<context>
    <name>MtkrutoString</name>
    <message>
        <source>MTKruto string</source>
        <translation>строка MTKruto</translation>
    </message>
    <message>
        <source>The MTKruto string is cut short: it ends with a zero byte whose run length is missing. Copy the whole string again.</source>
        <translation>Строка MTKruto обрезана: она заканчивается нулевым байтом без длины серии. Скопируйте строку целиком ещё раз.</translation>
    </message>
    <message>
        <source>Not an MTKruto string: %1 bytes are left over after the auth key.</source>
        <translation>Не строка MTKruto: после ключа авторизации остаются лишние байты (%1).</translation>
    </message>
    <message>
        <source>Not an MTKruto string: its DC field is &quot;%1&quot;, not a DC number with an optional &quot;-test&quot;.</source>
        <translation>Не строка MTKruto: её поле DC — &quot;%1&quot;, а не номер DC с необязательным &quot;-test&quot;.</translation>
    </message>
    <message>
        <source>The MTKruto string&apos;s auth key is %1 bytes long, not 256.</source>
        <translation>Ключ авторизации в строке MTKruto имеет длину %1 байт, а не 256.</translation>
    </message>
    <message>
        <source>test DC %1</source>
        <translation>тестовый DC %1</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>MTKruto strings are URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>Строки MTKruto — это URL-безопасный base64 без выравнивания &apos;=&apos;; этот текст отличается.</translation>
    </message>
    <message>
        <source>DC id %1 cannot be written to an MTKruto string.</source>
        <translation>ID DC %1 нельзя записать в строку MTKruto.</translation>
    </message>
</context>
<context>
    <name>NativeString</name>
    <message>
        <source>native string of %1</source>
        <translation>нативная строка из %1</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Feroscope cannot read %1 yet.</source>
        <translation>Feroscope пока не умеет читать %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the database: %1</source>
        <translation>Не удаётся создать временную папку для базы данных: %1</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1); every ferogram save leaves 0644. Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>Файл доступен для чтения другим пользователям (режим %1); каждое сохранение ferogram оставляет 0644. Ограничьте доступ владельцем (0600): ключ авторизации в нём — это полноценный вход в аккаунт.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a session file (use scan to list the sessions in a folder).</source>
        <translation>%1 — папка, а не файл сессии (чтобы перечислить сессии в папке, используйте scan).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large to be a ferogram session (the largest possible binary file is about 3 MiB).</source>
        <translation>%1 занимает %2 МиБ: это слишком много для сессии ferogram (самый большой возможный двоичный файл — около 3 МиБ).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a ferogram session.</source>
        <translation>%1 слишком велик для сессии ferogram.</translation>
    </message>
    <message>
        <source>%1 is not a string format.</source>
        <translation>%1 — не строковый формат.</translation>
    </message>
    <message>
        <source>The file is readable by other users (mode %1). Restrict it to the owner (0600): the auth key in it is a full login.</source>
        <translation>Файл доступен для чтения другим пользователям (режим %1). Ограничьте доступ владельцем (0600): ключ авторизации в нём — это полный вход в аккаунт.</translation>
    </message>
</context>
<context>
    <name>PermissionsAction</name>
    <message>
        <source>%1 can be read by other users of this computer (mode %2). Anyone who can read it can use the account.

Restrict it to you only (mode 0600)?</source>
        <translation>%1 могут читать другие пользователи этого компьютера (режим %2). Любой, кто может его прочитать, может пользоваться аккаунтом.

Ограничить доступ только вами (режим 0600)?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Restrict Permissions</source>
        <translation>Ограничить права доступа</translation>
    </message>
    <message>
        <source>%1 is now readable by you only.</source>
        <translation>Теперь %1 можете читать только вы.</translation>
    </message>
    <message>
        <source>Files in %1 can be read by other users of this computer. Anyone who can read them can use the accounts.

Restrict the folder to you only (every file in it 0600, its folders 0700)?</source>
        <translation>Файлы в %1 могут читать другие пользователи этого компьютера. Любой, кто может их прочитать, может пользоваться аккаунтами.

Ограничить доступ к папке только вами (каждый файл в ней — 0600, её папки — 0700)?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are now readable by you only.</source>
        <translation>
            <numerusform>%n сессия теперь доступна для чтения только вам.</numerusform>
            <numerusform>%n сессии теперь доступны для чтения только вам.</numerusform>
            <numerusform>%n сессий теперь доступны для чтения только вам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) can be read by other users of this computer:

%1

Anyone who can read them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?</source>
        <translation>
            <numerusform>%n выбранную сессию могут читать другие пользователи этого компьютера:

%1

Кто может её прочитать, может пользоваться аккаунтом. Ограничить доступ только вами (файлы 0600, папки сессий 0700)?</numerusform>
            <numerusform>%n выбранные сессии могут читать другие пользователи этого компьютера:

%1

Кто может их прочитать, может пользоваться аккаунтами. Ограничить доступ только вами (файлы 0600, папки сессий 0700)?</numerusform>
            <numerusform>%n выбранных сессий могут читать другие пользователи этого компьютера:

%1

Кто может их прочитать, может пользоваться аккаунтами. Ограничить доступ только вами (файлы 0600, папки сессий 0700)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected session(s) are already readable by you only.</source>
        <translation>
            <numerusform>%n выбранная сессия уже доступна для чтения только вам.</numerusform>
            <numerusform>%n выбранные сессии уже доступны для чтения только вам.</numerusform>
            <numerusform>%n выбранных сессий уже доступны для чтения только вам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already were.</source>
        <translation>
            <numerusform>%n уже была такой.</numerusform>
            <numerusform>%n уже были такими.</numerusform>
            <numerusform>%n уже были такими.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be restricted.</source>
        <translation>
            <numerusform>%n не удалось ограничить.</numerusform>
            <numerusform>%n не удалось ограничить.</numerusform>
            <numerusform>%n не удалось ограничить.</numerusform>
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
        <translation>Не удалось отключить дампы памяти (setrlimit: %1); при сбое ключи авторизации могут попасть на диск.</translation>
    </message>
    <message>
        <source>The process could not be made non-dumpable (prctl: %1); a crash or a debugger may expose auth keys.</source>
        <translation>Не удалось сделать процесс недоступным для дампа (prctl: %1); при сбое или через отладчик ключи авторизации могут быть раскрыты.</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <source>Nothing was removed.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n peer(s), </source>
        <translation>
            <numerusform>Удалено: %n пир, </numerusform>
            <numerusform>Удалено: %n пира, </numerusform>
            <numerusform>Удалено: %n пиров, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min peer(s) and </source>
        <translation>
            <numerusform>%n min-пир и </numerusform>
            <numerusform>%n min-пира и </numerusform>
            <numerusform>%n min-пиров и </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel pts entries.</source>
        <translation>
            <numerusform>%n запись pts канала.</numerusform>
            <numerusform>%n записи pts каналов.</numerusform>
            <numerusform>%n записей pts каналов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PyrogramLayout</name>
    <message>
        <source>the version table has a &quot;version&quot; column: a Telethon session</source>
        <translation>в таблице version есть столбец «version»: это сессия Telethon</translation>
    </message>
    <message>
        <source>no sessions, peers and version(number) tables</source>
        <translation>нет таблиц sessions, peers и version(number)</translation>
    </message>
    <message>
        <source>sessions has server_address and port columns</source>
        <translation>в sessions есть столбцы server_address и port</translation>
    </message>
    <message>
        <source>a usernames(id, username) table without server_address</source>
        <translation>таблица usernames(id, username) без server_address</translation>
    </message>
    <message>
        <source>a usernames table keyed by username, with peer_id</source>
        <translation>таблица usernames с ключом по имени пользователя и столбцом peer_id</translation>
    </message>
    <message>
        <source>version 4 with update_state and peers.username (no usernames table yet)</source>
        <translation>версия 4 с update_state и peers.username (таблицы usernames ещё нет)</translation>
    </message>
    <message>
        <source>peers.username, no usernames and no update_state table</source>
        <translation>peers.username, нет таблиц usernames и update_state</translation>
    </message>
    <message>
        <source>sessions, peers and version(number) tables, none of a fork&apos;s marks</source>
        <translation>таблицы sessions, peers и version(number), без признаков какого-либо форка</translation>
    </message>
</context>
<context>
    <name>PyrogramSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Не удаётся прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <source>This Pyrogram database holds no session (the sessions table is empty).</source>
        <translation>Эта база данных Pyrogram не содержит сессии (таблица sessions пуста).</translation>
    </message>
    <message>
        <source>No address is known for %1 DC %2; the DC entry has none.</source>
        <translation>Для DC %2 (%1) адрес неизвестен; у записи DC его нет.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый режим</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий режим</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key содержит %1 байт; у ключа авторизации их 256.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have an unknown type; their kind was taken from the id.</source>
        <translation>
            <numerusform>У %n пира неизвестный тип; его вид определён по ID.</numerusform>
            <numerusform>У %n пиров неизвестный тип; их вид определён по ID.</numerusform>
            <numerusform>У %n пиров неизвестный тип; их вид определён по ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra tables not read (a Pyrogram fork&apos;s?): %1.</source>
        <translation>Дополнительные таблицы не прочитаны (от форка Pyrogram?): %1.</translation>
    </message>
    <message>
        <source>Version 1 peers use an older id scheme; they were not read.</source>
        <translation>Пиры версии 1 используют старую схему ID; они не прочитаны.</translation>
    </message>
    <message>
        <source>sessions.server_address/port hold no usable address; the known address of DC %1 is shown.</source>
        <translation>В sessions.server_address/port нет пригодного адреса; показан известный адрес DC %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) still have a username in peers.username, left by an upgrade; the fork reads usernames only from its usernames table, and so does Feroscope.</source>
        <translation>
            <numerusform>У %n пира в peers.username осталось имя пользователя после обновления; форк читает имена только из своей таблицы usernames, Feroscope тоже.</numerusform>
            <numerusform>У %n пиров в peers.username осталось имя пользователя после обновления; форк читает имена только из своей таблицы usernames, Feroscope тоже.</numerusform>
            <numerusform>У %n пиров в peers.username осталось имя пользователя после обновления; форк читает имена только из своей таблицы usernames, Feroscope тоже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) belong to no cached peer; they were not read.</source>
        <translation>
            <numerusform>%n имя пользователя не принадлежит ни одному сохранённому пиру; оно не прочитано.</numerusform>
            <numerusform>%n имени пользователя не принадлежат ни одному сохранённому пиру; они не прочитаны.</numerusform>
            <numerusform>%n имён пользователей не принадлежат ни одному сохранённому пиру; они не прочитаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update_state row(s) are neither the account&apos;s (id 0) nor a channel&apos;s; they are kept as they are but not shown as counters.</source>
        <translation>
            <numerusform>%n строка update_state не относится ни к аккаунту (id 0), ни к каналу; она сохраняется как есть, но не показывается как счётчики.</numerusform>
            <numerusform>%n строки update_state не относятся ни к аккаунту (id 0), ни к каналу; они сохраняются как есть, но не показываются как счётчики.</numerusform>
            <numerusform>%n строк update_state не относятся ни к аккаунту (id 0), ни к каналу; они сохраняются как есть, но не показываются как счётчики.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some update_state values do not fit 32 bits; the counters show them cut to 32 bits.</source>
        <translation>Некоторые значения update_state не помещаются в 32 бита; счётчики показывают их усечёнными до 32 бит.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Pyrogram session (%2).</source>
        <translation>%1 — база данных SQLite, но не сессия Pyrogram (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Schema version %1 where %2 writes %3 (an older or half-upgraded file); the library would upgrade it on open, Feroscope reads it as it is.</source>
        <translation>Версия схемы %1, тогда как %2 пишет %3 (более старый или наполовину обновлённый файл); библиотека обновила бы его при открытии, Feroscope читает его как есть.</translation>
    </message>
    <message>
        <source>%1 is damaged: its update_state table holds the row id %2 more than once.</source>
        <translation>%1 повреждён: в его таблице update_state строка с id %2 встречается несколько раз.</translation>
    </message>
</context>
<context>
    <name>PyrogramString</name>
    <message>
        <source>Pyrogram string</source>
        <translation>строка Pyrogram</translation>
    </message>
    <message>
        <source>new layout with api_id</source>
        <translation>новый формат с api_id</translation>
    </message>
    <message>
        <source>old 64-bit layout</source>
        <translation>старый 64-битный формат</translation>
    </message>
    <message>
        <source>old 32-bit layout</source>
        <translation>старый 32-битный формат</translation>
    </message>
    <message>
        <source>Not a Pyrogram string: it holds %1 bytes (%2 characters), but Pyrogram&apos;s layouts hold 271 (362 characters), 267 (356) or 263 (351).</source>
        <translation>Не строка Pyrogram: она содержит %1 байт (%2 символов), а форматы Pyrogram содержат 271 (362 символа), 267 (356) или 263 (351).</translation>
    </message>
    <message>
        <source>A yes/no byte holds %1 instead of 0 or 1; Pyrogram reads any non-zero value as yes.</source>
        <translation>Байт «да/нет» содержит %1 вместо 0 или 1; Pyrogram считает любое ненулевое значение за «да».</translation>
    </message>
    <message>
        <source>The user id is above 2^53; @mtcute/convert would round it.</source>
        <translation>ID пользователя больше 2^53; @mtcute/convert округлил бы его.</translation>
    </message>
    <message>
        <source>This old 32-bit layout is read by Pyrogram but not by @mtcute/convert.</source>
        <translation>Этот старый 32-битный формат читает Pyrogram, но не @mtcute/convert.</translation>
    </message>
    <message>
        <source>Pyrogram writes URL-safe base64 without &apos;=&apos; padding; this text differs.</source>
        <translation>Pyrogram пишет URL-безопасный base64 без выравнивания &apos;=&apos;; этот текст отличается.</translation>
    </message>
    <message>
        <source>Feroscope does not write Pyrogram&apos;s old 32-bit layout (user ids no longer fit it); write the new layout or the old 64-bit one.</source>
        <translation>Feroscope не записывает старый 32-битный формат Pyrogram (ID пользователей в него больше не помещаются); используйте новый формат или старый 64-битный.</translation>
    </message>
    <message>
        <source>api_id %1 does not fit Pyrogram&apos;s unsigned 32-bit field.</source>
        <translation>api_id %1 не помещается в беззнаковое 32-битное поле Pyrogram.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Pyrogram string has for it.</source>
        <translation>ID DC %1 не помещается в единственный байт, отведённый для него в строке Pyrogram.</translation>
    </message>
    <message>
        <source>User id %1 is negative; Pyrogram stores an unsigned number.</source>
        <translation>ID пользователя %1 отрицателен; Pyrogram хранит беззнаковое число.</translation>
    </message>
    <message>
        <source>A Pyrogram string (new layout) needs the api_id of the app that logged in, and this session does not carry one. The old 64-bit layout needs none, and Pyrogram still reads it.</source>
        <translation>Строке Pyrogram (новый формат) нужен api_id приложения, которое выполнило вход, а в этой сессии его нет. Старому 64-битному формату он не нужен, и Pyrogram его по-прежнему читает.</translation>
    </message>
</context>
<context>
    <name>Recognised</name>
    <message>
        <source>This is a MadelineProto (PHP) session: it stores the login as serialized PHP objects that only MadelineProto itself can load, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Это сессия MadelineProto (PHP): вход хранится в виде сериализованных объектов PHP, которые может загрузить только сам MadelineProto, поэтому Feroscope распознаёт её, но не может открыть или преобразовать.</translation>
    </message>
    <message>
        <source>an external</source>
        <translation>внешней</translation>
    </message>
    <message>
        <source>Its data is not in this folder but in a %1 database.</source>
        <translation>Её данные не в этой папке, а в базе данных %1.</translation>
    </message>
    <message>
        <source>This is a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): TDLib keeps the login inside its own encrypted event log, whose contents are internal to TDLib, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Это база данных TDLib (её используют Telegram X, Unigram, боты и инструменты на TDLib): TDLib хранит вход в собственном зашифрованном журнале событий, содержимое которого внутреннее для TDLib, поэтому Feroscope распознаёт её, но не может открыть или преобразовать.</translation>
    </message>
    <message>
        <source>This is the encrypted message and file cache of a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): its key is inside TDLib&apos;s own encrypted event log, so Feroscope recognises it but cannot open or convert it.</source>
        <translation>Это зашифрованный кэш сообщений и файлов базы данных TDLib (её используют Telegram X, Unigram, боты и инструменты на TDLib): его ключ находится в собственном зашифрованном журнале событий TDLib, поэтому Feroscope распознаёт его, но не может открыть или преобразовать.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Copied the session report (with ids) to the clipboard.</source>
        <translation>Отчёт о сессии (с ID) скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Copied the session report to the clipboard; it holds no keys and no ids.</source>
        <translation>Отчёт о сессии скопирован в буфер обмена; в нём нет ключей и ID.</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Скрыть текст</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Показать текст</translation>
    </message>
</context>
<context>
    <name>SaveChangesHelper</name>
    <message>
        <source>Saving in this format loses: %1</source>
        <translation>При сохранении в этом формате теряется: %1</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1: %2</source>
        <translation>Не удаётся сохранить предыдущую версию %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 before saving over it; nothing was saved.</source>
        <translation>Не удаётся скопировать %1 перед перезаписью; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cannot move the previous version of %1 to the trash (%2); nothing was saved. Use Save As… instead.</source>
        <translation>Не удаётся переместить предыдущую версию %1 в корзину (%2); ничего не сохранено. Используйте «Сохранить как…».</translation>
    </message>
    <message>
        <source>%1 cannot be written by this build; use Export to save in another format.</source>
        <translation>Эта сборка не может записать %1; используйте «Экспорт», чтобы сохранить в другом формате.</translation>
    </message>
    <message>
        <source>This session was read as version %1, which cannot be written; use Export to choose a version.</source>
        <translation>Эта сессия прочитана как версия %1, которую нельзя записать; используйте «Экспорт», чтобы выбрать версию.</translation>
    </message>
    <message>
        <source>Use Save to write over the original; Save As writes a new file.</source>
        <translation>«Сохранить» перезаписывает оригинал; «Сохранить как» создаёт новый файл.</translation>
    </message>
    <message>
        <source>This session has no file to save over; use Save As…</source>
        <translation>У этой сессии нет файла для перезаписи; используйте «Сохранить как…»</translation>
    </message>
    <message>
        <source>A %1 cannot be saved over in place; use Export into a new folder.</source>
        <translation>Формат «%1» нельзя перезаписать на месте; экспортируйте в новую папку.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it first, or use Save As…</source>
        <translation>%1 изменился на диске после чтения; сначала перезагрузите его или используйте «Сохранить как…»</translation>
    </message>
    <message>
        <source>%1 is in use by another program (its -wal or -journal file exists); close that program first, or use Save As…</source>
        <translation>%1 используется другой программой (существует его файл -wal или -journal); сначала закройте эту программу или используйте «Сохранить как…»</translation>
    </message>
    <message>
        <source>Cannot prepare the new version beside %1: %2</source>
        <translation>Не удаётся подготовить новую версию рядом с %1: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk while saving; nothing was replaced (the previous version is also in the trash).</source>
        <translation>%1 изменился на диске во время сохранения; ничего не заменено (предыдущая версия тоже в корзине).</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Не удаётся заменить %1: %2</translation>
    </message>
    <message>
        <source>Save Cleaned Session As</source>
        <translation>Сохранить очищенную сессию как</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Saving in this format loses:
%1

Save anyway?</source>
        <translation>При сохранении в этом формате теряется:
%1

Всё равно сохранить?</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save the changes over %1?

The previous version is moved to the trash first, so it can be restored.</source>
        <translation>Сохранить изменения поверх %1?

Предыдущая версия сначала будет перемещена в корзину, её можно будет восстановить.</translation>
    </message>
    <message>
        <source>Saving in this format also loses:
%1</source>
        <translation>При сохранении в этом формате также теряется:
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in the trash.</source>
        <translation>Сохранено: %1; предыдущая версия в корзине.</translation>
    </message>
    <message>
        <source>the temporary folder %1 could not be locked</source>
        <translation>не удалось заблокировать временную папку %1</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>cannot read it: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>не папка</translation>
    </message>
    <message>
        <source>passcode needed: open it with its local passcode to list its accounts</source>
        <translation>нужен код-пароль: откройте с локальным код-паролем, чтобы увидеть учётные записи</translation>
    </message>
    <message>
        <source>%1#account %2</source>
        <translation>%1#учётная запись %2</translation>
    </message>
    <message>
        <source>session key needed: open it with the app&apos;s api_hash or session_key</source>
        <translation>нужен ключ сессии: откройте с api_hash или session_key приложения</translation>
    </message>
</context>
<context>
    <name>ScanCache</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Не удаётся создать папку для %1.</translation>
    </message>
</context>
<context>
    <name>SessionDiff</name>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 unchanged</source>
        <translation>%1: добавлено %2, удалено %3, изменено %4, без изменений %5</translation>
    </message>
    <message>
        <source>%1, auth key id %2, first salt %3, time offset %4</source>
        <translation>%1, ID ключа авторизации %2, первая соль %3, смещение времени %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1, access hash %2</source>
        <translation>%1, хэш доступа %2</translation>
    </message>
    <message>
        <source>The sessions are identical.</source>
        <translation>Сессии идентичны.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Счётчики</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>future auth token %1</source>
        <translation>будущий токен авторизации %1</translation>
    </message>
    <message>
        <source>DC table</source>
        <translation>Таблица DC</translation>
    </message>
    <message>
        <source>DC %1 (%2)</source>
        <translation>DC %1 (%2)</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Пиры</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>канал %1</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>пир %1</translation>
    </message>
    <message>
        <source>Min peers</source>
        <translation>Min-пиры</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>seen in peer %1, message %2</source>
        <translation>замечен в пире %1, сообщение %2</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>pts каналов</translation>
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
        <translation>никогда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>media</source>
        <translation>медиа</translation>
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
        <translation>статический</translation>
    </message>
    <message>
        <source>community</source>
        <translation>сообщество</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>обычная группа</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>канал (вещательный)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>канал (мегагруппа)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>канал (гигагруппа)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>min-канал</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>The source holds no session.</source>
        <translation>Источник не содержит сессии.</translation>
    </message>
    <message>
        <source>Feroscope %1 session report</source>
        <translation>Отчёт о сессии Feroscope %1</translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation>Формат: %1 (%2)</translation>
    </message>
    <message>
        <source>Version: %1, layout: %2</source>
        <translation>Версия: %1, структура: %2</translation>
    </message>
    <message>
        <source>Opens with: %1</source>
        <translation>Открывается в: %1</translation>
    </message>
    <message>
        <source>Account: %1 of %2</source>
        <translation>Учётная запись: %1 из %2</translation>
    </message>
    <message>
        <source>Home DC: %1</source>
        <translation>Домашний DC: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>ID пользователя: %1</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Бот: %1</translation>
    </message>
    <message>
        <source>Test servers: %1</source>
        <translation>Тестовые серверы: %1</translation>
    </message>
    <message>
        <source>DC table (%1 entries):</source>
        <translation>Таблица DC (записей: %1):</translation>
    </message>
    <message>
        <source> [home]</source>
        <translation> [домашний]</translation>
    </message>
    <message>
        <source>  DC %1%2  %3  flags: %4  auth key id: %5  time offset: %6</source>
        <translation>  DC %1%2  %3  флаги: %4  ID ключа авторизации: %5  смещение времени: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Updates state:</source>
        <translation>Состояние обновлений:</translation>
    </message>
    <message>
        <source>  pts %1, qts %2, seq %3, date %4, initialised: %5</source>
        <translation>  pts %1, qts %2, seq %3, дата %4, инициализировано: %5</translation>
    </message>
    <message>
        <source>  channel pts entries: %1</source>
        <translation>  записей pts каналов: %1</translation>
    </message>
    <message>
        <source>Peer cache (%1 peers):</source>
        <translation>Кэш пиров (пиров: %1):</translation>
    </message>
    <message>
        <source>  users: %1</source>
        <translation>  пользователи: %1</translation>
    </message>
    <message>
        <source>  basic groups: %1</source>
        <translation>  обычные группы: %1</translation>
    </message>
    <message>
        <source>  broadcast channels: %1</source>
        <translation>  вещательные каналы: %1</translation>
    </message>
    <message>
        <source>  megagroups: %1</source>
        <translation>  мегагруппы: %1</translation>
    </message>
    <message>
        <source>  gigagroups: %1</source>
        <translation>  гигагруппы: %1</translation>
    </message>
    <message>
        <source>  channels without kind: %1</source>
        <translation>  каналы без типа: %1</translation>
    </message>
    <message>
        <source>  min channels: %1</source>
        <translation>  min-каналы: %1</translation>
    </message>
    <message>
        <source>  communities: %1</source>
        <translation>  сообщества: %1</translation>
    </message>
    <message>
        <source>  min peers: %1</source>
        <translation>  min-пиры: %1</translation>
    </message>
    <message>
        <source>Future auth token: %1</source>
        <translation>Будущий токен авторизации: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
</context>
<context>
    <name>SqliteAccess</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; SQLite files cannot be opened. Install the Qt 6 SQL SQLite plugin.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен; файлы SQLite открыть нельзя. Установите плагин SQLite для Qt 6 SQL.</translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2</source>
        <translation>Не удаётся открыть %1 как SQLite: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver gave no SQLite handle for %1.</source>
        <translation>Драйвер SQLite для Qt не выдал дескриптор SQLite для %1.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (SQLite: &quot;%2&quot;). Close the program that uses it, or try again in a moment.</source>
        <translation>%1 используется другой программой (SQLite: &quot;%2&quot;). Закройте программу, которая её использует, или повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: &quot;%2&quot;). Restore it from a backup; do not let a client open it, it would start an empty session.</source>
        <translation>%1 повреждён (SQLite: &quot;%2&quot;). Восстановите его из резервной копии; не давайте клиенту его открывать — он начнёт пустую сессию.</translation>
    </message>
    <message>
        <source>Cannot read %1 (SQLite: &quot;%2&quot;).</source>
        <translation>Не удаётся прочитать %1 (SQLite: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file: no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 — пустой файл: в нём нет сохранённой сессии, и это ещё не база данных ferogram.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite file.</source>
        <translation>%1 — не файл SQLite.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read a snapshot of %1: %2</source>
        <translation>Не удаётся создать временную папку для чтения снимка %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a private snapshot of %1 into %2.</source>
        <translation>Не удаётся записать личный снимок %1 в %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while a snapshot was taken. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 используется другой программой: файл постоянно менялся во время снятия снимка. Закройте программу, которая его использует, или повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: it kept changing while it was read. Close the program that uses it, or try again in a moment.</source>
        <translation>%1 используется другой программой: файл постоянно менялся во время чтения. Закройте программу, которая его использует, или повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>SqliteCreate</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Не удаётся создать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction in %1: %2</source>
        <translation>Не удаётся начать транзакцию в %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit %1: %2</source>
        <translation>Не удаётся зафиксировать %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>Не удаётся подготовить &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>Не удаётся выполнить &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 уже существует; выберите другое имя или разрешите перезапись.</translation>
    </message>
    <message>
        <source>%1 exists and is not a file.</source>
        <translation>%1 существует и не является файлом.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Не удаётся создать временный файл рядом с %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>Не удаётся переместить новую базу данных на место %1.</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>the real number %1</source>
        <translation>вещественное число %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte(s)</source>
        <translation>
            <numerusform>текст длиной %n байт</numerusform>
            <numerusform>текст длиной %n байта</numerusform>
            <numerusform>текст длиной %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>текст &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>a blob of %n byte(s)</source>
        <translation>
            <numerusform>blob длиной %n байт</numerusform>
            <numerusform>blob длиной %n байта</numerusform>
            <numerusform>blob длиной %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope cannot hold the value either and leaves the row out.</source>
        <translation>%1, строка %2: %3. ferogram пропускает эту строку при загрузке; Feroscope тоже не может хранить это значение и не включает строку.</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram skips this row when loading; Feroscope keeps it (%4).</source>
        <translation>%1, строка %2: %3. ferogram пропускает эту строку при загрузке; Feroscope её сохраняет (%4).</translation>
    </message>
    <message>
        <source>%1 row %2: %3. ferogram reads it as %4, and so does Feroscope.</source>
        <translation>%1, строка %2: %3. ferogram читает это как %4, Feroscope тоже.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with values ferogram skips or bends.</source>
        <translation>
            <numerusform>%1: ещё %n строка со значениями, которые ferogram пропускает или искажает.</numerusform>
            <numerusform>%1: ещё %n строки со значениями, которые ferogram пропускает или искажает.</numerusform>
            <numerusform>%1: ещё %n строк со значениями, которые ferogram пропускает или искажает.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2, outside the range its field can hold</source>
        <translation>%1 содержит %2 — вне диапазона, который вмещает его поле</translation>
    </message>
    <message>
        <source>%1 holds %2, not an integer</source>
        <translation>%1 содержит %2, а не целое число</translation>
    </message>
    <message>
        <source>meta home_dc_id: %1. ferogram reads the home DC as 0, and so does Feroscope.</source>
        <translation>meta home_dc_id: %1. ferogram читает домашний DC как 0, Feroscope тоже.</translation>
    </message>
    <message>
        <source>meta future_auth_token holds %1, not a blob. ferogram reads the token as absent, and so does Feroscope.</source>
        <translation>meta future_auth_token содержит %1, а не blob. ferogram считает, что токена нет, Feroscope тоже.</translation>
    </message>
    <message>
        <source>dc_id %1 flags %2</source>
        <translation>dc_id %1 флаги %2</translation>
    </message>
    <message>
        <source>addr holds %1, not text</source>
        <translation>addr содержит %1, а не текст</translation>
    </message>
    <message>
        <source>addr is not valid UTF-8 text</source>
        <translation>addr — некорректный текст UTF-8</translation>
    </message>
    <message>
        <source>addr is stored as a blob, not as text</source>
        <translation>addr хранится как blob, а не как текст</translation>
    </message>
    <message>
        <source>its bytes are valid UTF-8: &quot;%1&quot;</source>
        <translation>его байты — корректный UTF-8: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>auth_key is %1, not 256 bytes</source>
        <translation>auth_key — %1, а не 256 байт</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>auth_key holds %1, not a blob</source>
        <translation>auth_key содержит %1, а не blob</translation>
    </message>
    <message>
        <source>update_state: %1. ferogram then reads pts, qts, date and seq all as 0, and so does Feroscope (stored: %2, %3, %4, %5).</source>
        <translation>update_state: %1. Тогда ferogram читает pts, qts, date и seq как 0, Feroscope тоже (сохранено: %2, %3, %4, %5).</translation>
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
        <translation>ненулевое значение читается как «истина»</translation>
    </message>
    <message>
        <source>%1 holds %2, not 0 or 1</source>
        <translation>%1 содержит %2, а не 0 или 1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>истина</translation>
    </message>
    <message>
        <source>channel_kind holds %1, not 0, 1 or 2</source>
        <translation>channel_kind содержит %1, а не 0, 1 или 2</translation>
    </message>
    <message>
        <source>kind %1 (its low byte)</source>
        <translation>тип %1 (его младший байт)</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>без типа</translation>
    </message>
    <message>
        <source>user_id %1</source>
        <translation>user_id %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon session, not a ferogram one. Open it as a Telethon session.</source>
        <translation>%1 — база данных SQLite другой программы: сессия Telethon, а не ferogram. Откройте её как сессию Telethon.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Pyrogram session, not a ferogram one. Open it as a Pyrogram session.</source>
        <translation>%1 — база данных SQLite другой программы: сессия Pyrogram, а не ferogram. Откройте её как сессию Pyrogram.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database (no tables): no session saved in it, and not a ferogram database yet.</source>
        <translation>%1 — пустая база данных SQLite (без таблиц): в ней нет сохранённой сессии, и это ещё не база данных ferogram.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a ferogram session database (it has no meta and dcs tables).</source>
        <translation>%1 — база данных SQLite другой программы, а не база сессий ferogram (в ней нет таблиц meta и dcs).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet (its meta table is empty).</source>
        <translation>%1 — база данных ferogram, в которой ещё нет сохранённой сессии (её таблица meta пуста).</translation>
    </message>
    <message>
        <source>%1 is a ferogram database with no session saved yet: its meta table is empty, so ferogram starts an empty session. Other tables still hold rows (%2), which ferogram ignores.</source>
        <translation>%1 — база данных ferogram, в которой ещё нет сохранённой сессии: её таблица meta пуста, поэтому ferogram начинает пустую сессию. В других таблицах ещё есть строки (%2), которые ferogram игнорирует.</translation>
    </message>
    <message>
        <source>meta has no home_dc_id row; the home DC reads as 0.</source>
        <translation>в meta нет строки home_dc_id; домашний DC читается как 0.</translation>
    </message>
    <message>
        <source>meta holds keys ferogram does not use: %1.</source>
        <translation>meta содержит ключи, которые ferogram не использует: %1.</translation>
    </message>
    <message>
        <source>The database also holds tables ferogram does not use: %1.</source>
        <translation>База данных также содержит таблицы, которые ferogram не использует: %1.</translation>
    </message>
    <message>
        <source>SQLite generation E (ferogram 0.6.5)</source>
        <translation>SQLite, поколение E (ferogram 0.6.5)</translation>
    </message>
    <message>
        <source>SQLite generation C with a token row (ferogram 0.6.4)</source>
        <translation>SQLite, поколение C со строкой токена (ferogram 0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation C (ferogram 0.5.2 to 0.6.4)</source>
        <translation>SQLite, поколение C (ferogram 0.5.2–0.6.4)</translation>
    </message>
    <message>
        <source>SQLite generation B (ferogram 0.4.1 to 0.5.1)</source>
        <translation>SQLite, поколение B (ferogram 0.4.1–0.5.1)</translation>
    </message>
    <message>
        <source>SQLite generation A (ferogram 0.3.0 to 0.4.0)</source>
        <translation>SQLite, поколение A (ferogram 0.3.0–0.4.0)</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: a Telethon 2 session, not a ferogram one. Open it as a Telethon 2 session.</source>
        <translation>%1 — база данных SQLite другой программы: сессия Telethon 2, а не ferogram. Откройте её как сессию Telethon 2.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program: an mtcute storage, not a ferogram session. Open it as an mtcute SQLite storage.</source>
        <translation>%1 — база данных SQLite другой программы: хранилище mtcute, а не сессия ferogram. Откройте её как хранилище SQLite mtcute.</translation>
    </message>
</context>
<context>
    <name>SqliteDbWrite</name>
    <message>
        <source>%1 DC entries with dc_id %2 and flags 0x%3 (the dcs table keeps one per dc_id and flags)</source>
        <translation>записей DC с dc_id %2 и флагами 0x%3: %1 (таблица dcs хранит одну на пару dc_id и флаги)</translation>
    </message>
    <message>
        <source>%1 peers with id %2 (for example a user and a channel sharing a bare id; the peers table keeps one per id)</source>
        <translation>пиров с ID %2: %1 (например, пользователь и канал с одинаковым «голым» ID; таблица peers хранит одного на ID)</translation>
    </message>
    <message>
        <source>%1 min peers with user_id %2 (the min_peers table keeps one per user_id)</source>
        <translation>min-пиров с user_id %2: %1 (таблица min_peers хранит одного на user_id)</translation>
    </message>
    <message>
        <source>%1 channel pts entries with channel_id %2 (the channel_pts table keeps one per channel_id)</source>
        <translation>записей pts каналов с channel_id %2: %1 (таблица channel_pts хранит одну на channel_id)</translation>
    </message>
    <message>
        <source>ferogram databases are written in format versions 5 to 8, not %1.</source>
        <translation>базы данных ferogram записываются в версиях формата с 5 по 8, но не %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1 as a ferogram database: its schema cannot hold these entries:
- %2
Keep one of each, or write a binary file, which keeps them all.</source>
        <translation>Невозможно записать %1 как базу данных ferogram: её схема не может хранить эти записи:
- %2
Оставьте по одной или запишите двоичный файл — он сохраняет все.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 уже существует; выберите другое имя или разрешите замену.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 существует и не является обычным файлом; он не трогается.</translation>
    </message>
    <message>
        <source>%1 has a %2 file beside it: a program has the database open (or crashed with it open). Replacing it now would mix two databases; close that program first.</source>
        <translation>Рядом с %1 есть файл %2: какая-то программа открыла базу данных (или аварийно завершилась, не закрыв её). Замена сейчас смешает две базы данных; сначала закройте эту программу.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Не удаётся создать временный файл в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>Не удаётся записать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1: %2</source>
        <translation>Не удаётся переместить новую базу данных на место %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the data folder %1 that holds the trash; nothing was moved.</source>
        <translation>Не удаётся создать папку данных %1, в которой находится корзина; ничего не перемещено.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash; nothing was moved. Delete it permanently instead if that is what you want.</source>
        <translation>Не удаётся переместить %1 в корзину; ничего не перемещено. Если вы этого хотите, удалите файл навсегда.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.%3</source>
        <translation>Не удаётся удалить %1: %2.%3</translation>
    </message>
    <message>
        <source> Already deleted: %1.</source>
        <translation> Уже удалено: %1.</translation>
    </message>
    <message>
        <source>%1 is not a ferogram database; only those can have their session rows cleared.</source>
        <translation>%1 — не база данных ferogram; очищать строки сессии можно только у них.</translation>
    </message>
    <message>
        <source>Cannot clear %1 in %2: %3; nothing was changed.</source>
        <translation>Не удаётся очистить %1 в %2: %3; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%n строка из %1</numerusform>
            <numerusform>%n строки из %1</numerusform>
            <numerusform>%n строк из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot clear the session rows of %1: %2; nothing was changed.</source>
        <translation>Не удаётся очистить строки сессии в %1: %2; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or ask to replace it.</source>
        <translation>%1 уже существует; выберите другое имя или разрешите замену.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is left alone, and so is the file it points to. Save to that file&apos;s own path or choose another name.</source>
        <translation>%1 — символическая ссылка; она не трогается, как и файл, на который она указывает. Сохраните по собственному пути этого файла или выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it is left alone.</source>
        <translation>%1 существует и не является обычным файлом; он не трогается.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Не удаётся записать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the original is unchanged.</source>
        <translation>Не удаётся записать %1: %2; оригинал не изменён.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was not recreated. Save it as a new file instead.</source>
        <translation>%1 больше не существует; он не был создан заново. Сохраните его как новый файл.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (a running client may have saved it); nothing was written. Open it again to see the new content.</source>
        <translation>%1 изменился на диске после чтения (возможно, его сохранил работающий клиент); ничего не записано. Откройте его снова, чтобы увидеть новое содержимое.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is left alone.</source>
        <translation>%1 — не обычный файл; он не трогается.</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>Не удаётся проверить %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; restrict the file it points to instead. Nothing was changed.</source>
        <translation>%1 — символическая ссылка; ограничьте вместо неё файл, на который она указывает. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; its permissions were left alone.</source>
        <translation>%1 — не обычный файл; его права доступа не изменены.</translation>
    </message>
    <message>
        <source>Cannot change the permissions of %1: %2</source>
        <translation>Не удаётся изменить права доступа %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to change its permissions: %2</source>
        <translation>Не удаётся открыть %1 для изменения прав доступа: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>записано только %1 из %2 байт (диск заполнен?)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; no permissions were changed.</source>
        <translation>%1 — не обычный файл; права доступа не изменены.</translation>
    </message>
    <message>
        <source>%1 Already restricted: %2.</source>
        <translation>%1 Уже ограничено: %2.</translation>
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
        <translation>Символ &apos;%1&apos; в позиции %2 — не base64, а любая строковая сессия состоит из base64: в этом месте текст повреждён.</translation>
    </message>
    <message>
        <source>It looks like a %1 with a damaged character: &apos;%2&apos; at position %3 is not base64.</source>
        <translation>Похоже, это %1 с повреждённым символом: &apos;%2&apos; в позиции %3 — не base64.</translation>
    </message>
    <message>
        <source>It looks like a Pyrogram string cut short: %1 of %2 characters (the new layout; the old layouts have 356 or 351).</source>
        <translation>Похоже, это обрезанная строка Pyrogram: %1 из %2 символов (новый формат; в старых форматах 356 или 351).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters (the %4 layout).</source>
        <translation>Похоже, это обрезанная %1: %2 из %3 символов (формат %4).</translation>
    </message>
    <message>
        <source>It looks like a %1 cut short: %2 of %3 characters.</source>
        <translation>Похоже, это обрезанная %1: %2 из %3 символов.</translation>
    </message>
</context>
<context>
    <name>StringVerdicts</name>
    <message>
        <source>garbage</source>
        <translation>мусор</translation>
    </message>
    <message>
        <source>DC %1</source>
        <translation>DC %1</translation>
    </message>
    <message>
        <source>DC %1 at %2</source>
        <translation>DC %1 по адресу %2</translation>
    </message>
    <message>
        <source>Telethon would refuse it with &quot;ValueError: Not a valid string&quot;: Telethon strings start with &quot;1&quot;.</source>
        <translation>Telethon отклонил бы её с ошибкой &quot;ValueError: Not a valid string&quot;: строки Telethon начинаются с &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;.</source>
        <translation>Telethon завершился бы ошибкой &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Telethon would fail with &quot;%1&quot;: it picks its layout by length alone (352 characters after &quot;1&quot; = IPv4, anything else = IPv6) and this text holds %2 bytes.</source>
        <translation>Telethon завершился бы ошибкой &quot;%1&quot;: он выбирает формат только по длине (352 символа после &quot;1&quot; — IPv4, иначе — IPv6), а в этом тексте %2 байт.</translation>
    </message>
    <message>
        <source>Telethon would load it without an error but misread it as its IPv%1 layout: %2.</source>
        <translation>Telethon загрузил бы её без ошибки, но неверно прочитал бы как свой формат IPv%1: %2.</translation>
    </message>
    <message>
        <source>GramJS would refuse it with &quot;Error: Not a valid string&quot;: GramJS strings start with &quot;1&quot;.</source>
        <translation>GramJS отклонил бы её с ошибкой &quot;Error: Not a valid string&quot;: строки GramJS начинаются с &quot;1&quot;.</translation>
    </message>
    <message>
        <source>GramJS&apos;s base64 decoder would turn it into bytes of no known layout.</source>
        <translation>Декодер base64 в GramJS превратил бы её в байты неизвестного формата.</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv4 string and misread it.</source>
        <translation>GramJS принял бы её за строку Telethon IPv4 и прочитал бы неверно.</translation>
    </message>
    <message>
        <source>GramJS would read past the end of the data (RangeError).</source>
        <translation>GramJS читал бы за концом данных (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and read past the end (RangeError).</source>
        <translation>GramJS принял бы её за строку Telethon IPv6 и читал бы за концом (RangeError).</translation>
    </message>
    <message>
        <source>GramJS would take it for a Telethon IPv6 string and misread it.</source>
        <translation>GramJS принял бы её за строку Telethon IPv6 и прочитал бы неверно.</translation>
    </message>
    <message>
        <source>GramJS would read a negative address length (%1) and fail.</source>
        <translation>GramJS прочитал бы отрицательную длину адреса (%1) и завершился бы ошибкой.</translation>
    </message>
    <message>
        <source>GramJS would read a %1-byte address and then an auth key of %2 bytes instead of 256; it cannot log in with that.</source>
        <translation>GramJS прочитал бы адрес длиной %1 байт, а затем ключ авторизации длиной %2 байт вместо 256; с ним войти нельзя.</translation>
    </message>
    <message>
        <source>GramJS reads the port as a signed 16-bit number: it would get %1 and could not save the session.</source>
        <translation>GramJS читает порт как знаковое 16-битное число: он получил бы %1 и не смог бы сохранить сессию.</translation>
    </message>
    <message>
        <source>GramJS would load it without an error but misread it.</source>
        <translation>GramJS загрузил бы её без ошибки, но прочитал бы неверно.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: it is not base64.</source>
        <translation>mtcute отклонил бы её: это не base64.</translation>
    </message>
    <message>
        <source>mtcute would refuse it: its first byte is 0x%1 where mtcute&apos;s session version 3 belongs.</source>
        <translation>mtcute отклонил бы её: её первый байт — 0x%1, а там должна быть версия сессии mtcute 3.</translation>
    </message>
    <message>
        <source>mtcute would load it without an error but misread it.</source>
        <translation>mtcute загрузил бы её без ошибки, но прочитал бы неверно.</translation>
    </message>
    <message>
        <source>mtcute would fail: %1</source>
        <translation>mtcute завершился бы ошибкой: %1</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;.</source>
        <translation>Pyrogram завершился бы ошибкой &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pyrogram would fail with &quot;%1&quot;: it picks its layout by length (351 or 356 characters = old layouts, anything else = the new 362-character one) and this text holds %2 bytes.</source>
        <translation>Pyrogram завершился бы ошибкой &quot;%1&quot;: он выбирает формат по длине (351 или 356 символов — старые форматы, иначе — новый из 362 символов), а в этом тексте %2 байт.</translation>
    </message>
    <message>
        <source>Pyrogram would load it without an error but misread it: %1.</source>
        <translation>Pyrogram загрузил бы её без ошибки, но прочитал бы неверно: %1.</translation>
    </message>
    <message>
        <source>MTKruto would fail (judging by @mtcute/convert&apos;s MTKruto reader): %1</source>
        <translation>MTKruto завершился бы ошибкой (судя по читателю MTKruto в @mtcute/convert): %1</translation>
    </message>
    <message>
        <source>MTKruto would load it without an error but misread it: %1.</source>
        <translation>MTKruto загрузил бы её без ошибки, но прочитал бы неверно: %1.</translation>
    </message>
</context>
<context>
    <name>Tdata</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes, a Telegram Desktop file has at least 24.</source>
        <translation>%1 обрезан: %2 байт, а файл Telegram Desktop содержит не менее 24.</translation>
    </message>
    <message>
        <source>%1 does not start with TDF$; it is not a Telegram Desktop file.</source>
        <translation>%1 не начинается с TDF$; это не файл Telegram Desktop.</translation>
    </message>
    <message>
        <source>%1 fails its MD5 check (truncated or damaged, %2 bytes).</source>
        <translation>%1 не проходит проверку MD5 (обрезан или повреждён, %2 байт).</translation>
    </message>
    <message>
        <source>%1 not found.</source>
        <translation>%1 не найден.</translation>
    </message>
    <message>
        <source>%1 is damaged: truncated at byte %2 of its payload while reading %3.</source>
        <translation>%1 повреждён: обрезан на байте %2 полезных данных при чтении %3.</translation>
    </message>
    <message>
        <source>Wrong passcode: the local key in %1 does not decrypt with it.</source>
        <translation>Неверный код-пароль: локальный ключ в %1 им не расшифровывается.</translation>
    </message>
    <message>
        <source>%1 is damaged: the encrypted local key is malformed.</source>
        <translation>%1 повреждён: зашифрованный локальный ключ имеет неверный формат.</translation>
    </message>
    <message>
        <source>%1 is damaged: the account list does not decrypt.</source>
        <translation>%1 повреждён: список учётных записей не расшифровывается.</translation>
    </message>
    <message>
        <source> (account list)</source>
        <translation> (список учётных записей)</translation>
    </message>
    <message>
        <source>Account %1 (%2): %3</source>
        <translation>Учётная запись %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not decrypt with the local key.</source>
        <translation>%1 повреждён: он не расшифровывается локальным ключом.</translation>
    </message>
    <message>
        <source>%1: the first setting block is 0x%2, not the MTP authorization (0x4b).</source>
        <translation>%1: первый блок настроек — 0x%2, а не MTP-авторизация (0x4b).</translation>
    </message>
    <message>
        <source>Account %1: %2 bytes of further settings were not read.</source>
        <translation>Учётная запись %1: не прочитаны дополнительные настройки (%2 байт).</translation>
    </message>
    <message>
        <source> (MTP authorization)</source>
        <translation> (MTP-авторизация)</translation>
    </message>
    <message>
        <source>Account %1&apos;s map file is missing or damaged (%2/maps): %3</source>
        <translation>Файл карты учётной записи %1 отсутствует или повреждён (%2/maps): %3</translation>
    </message>
    <message>
        <source>Account %1 uses a legacy map key; its map was not checked.</source>
        <translation>Учётная запись %1 использует устаревший ключ карты; её карта не проверялась.</translation>
    </message>
    <message>
        <source>%1 does not decrypt with the local key.</source>
        <translation>%1 не расшифровывается локальным ключом.</translation>
    </message>
    <message>
        <source>key_datas not found here; did you mean %1?</source>
        <translation>key_datas здесь не найден; возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <source>key_datas not found in %1; this is not a Telegram Desktop tdata folder (it is usually ~/.local/share/TelegramDesktop/tdata).</source>
        <translation>key_datas не найден в %1; это не папка tdata Telegram Desktop (обычно она находится в ~/.local/share/TelegramDesktop/tdata).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n учётная запись</numerusform>
            <numerusform>%n учётные записи</numerusform>
            <numerusform>%n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no accounts.</source>
        <translation>%1 не содержит списка учётных записей.</translation>
    </message>
    <message>
        <source>Nothing to write: no session given for the tdata folder.</source>
        <translation>Нечего записывать: для папки tdata не указана сессия.</translation>
    </message>
    <message>
        <source>Account %1 has no auth key for its home DC %2; tdata needs one.</source>
        <translation>У учётной записи %1 нет ключа авторизации для домашнего DC %2; tdata он нужен.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far too large for a Telegram Desktop settings file.</source>
        <translation>%1 занимает %2 МиБ: это слишком много для файла настроек Telegram Desktop.</translation>
    </message>
    <message>
        <source>Cannot encrypt the Telegram Desktop files (OpenSSL failed); nothing was written.</source>
        <translation>Не удаётся зашифровать файлы Telegram Desktop (ошибка OpenSSL); ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode: it opens only with it.</source>
        <translation>%1 защищена локальным код-паролем: открыть её можно только с ним.</translation>
    </message>
    <message>
        <source>Telegram Desktop needs the account&apos;s user id (account %1).</source>
        <translation>Telegram Desktop нужен ID пользователя аккаунта (аккаунт %1).</translation>
    </message>
    <message>
        <source>Stale legacy copies beside the current files were ignored: %1. They may still decrypt to an older account list and auth key; delete them or keep them as private as the session.</source>
        <translation>Устаревшие старые копии рядом с текущими файлами пропущены: %1. Они всё ещё могут расшифровываться в старый список аккаунтов и старый ключ авторизации; удалите их или храните так же закрыто, как сессию.</translation>
    </message>
    <message>
        <source>This tdata lists %1 accounts: official Telegram Desktop loads at most 6 and, with more, starts logged out and rewrites the key file (forks allow more).</source>
        <translation>В этой tdata %1 аккаунтов: официальный Telegram Desktop загружает не больше 6, а при большем числе запускается без входа и перезаписывает файл ключей (форки допускают больше).</translation>
    </message>
    <message>
        <source>its map ends inside an entry</source>
        <translation>его карта обрывается посреди записи</translation>
    </message>
    <message>
        <source>its map holds an entry of type %1, which Telegram Desktop does not know</source>
        <translation>в его карте есть запись типа %1, которого Telegram Desktop не знает</translation>
    </message>
    <message>
        <source>its map ends inside an entry of type %1</source>
        <translation>его карта обрывается посреди записи типа %1</translation>
    </message>
    <message>
        <source>Account %1: %2. Telegram Desktop would not load this account (it reads the login only after the whole map); Feroscope read the login, which is intact.</source>
        <translation>Учётная запись %1: %2. Telegram Desktop не загрузил бы эту учётную запись (он читает вход только после всей карты); Feroscope прочитал вход, он цел.</translation>
    </message>
</context>
<context>
    <name>TdlStore</name>
    <message>
        <source>The top-level key &quot;%1&quot; is not a bucket; tdl keeps only namespaces there.</source>
        <translation>Ключ верхнего уровня «%1» — не бакет; tdl хранит там только пространства имён.</translation>
    </message>
    <message>
        <source>logged out (app %1, no session)</source>
        <translation>выход выполнен (приложение %1, нет сессии)</translation>
    </message>
    <message>
        <source>logged out (an empty namespace)</source>
        <translation>выход выполнен (пустое пространство имён)</translation>
    </message>
    <message>
        <source>its session does not decode: %1</source>
        <translation>его сессия не декодируется: %1</translation>
    </message>
    <message>
        <source>Namespace %1: %2</source>
        <translation>Пространство имён %1: %2</translation>
    </message>
    <message>
        <source>This bbolt file holds no namespace buckets: not a tdl store.</source>
        <translation>В этом файле bbolt нет бакетов пространств имён: это не хранилище tdl.</translation>
    </message>
    <message numerus="yes">
        <source>legacy one-file store, %n namespace(s)</source>
        <translation>
            <numerusform>старое однофайловое хранилище, %n пространство имён</numerusform>
            <numerusform>старое однофайловое хранилище, %n пространства имён</numerusform>
            <numerusform>старое однофайловое хранилище, %n пространств имён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n logged in</source>
        <translation>
            <numerusform>, %n с входом</numerusform>
            <numerusform>, %n с входом</numerusform>
            <numerusform>, %n с входом</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Telethon2Sqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Не удаётся прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: %2 &quot;%3&quot; is not host:port.</source>
        <translation>Строка datacenter для DC %1: %2 «%3» не в виде host:port.</translation>
    </message>
    <message>
        <source>datacenter row: DC id %1 is out of range.</source>
        <translation>Строка datacenter: id DC %1 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>datacenter row of DC %1: auth is %2 bytes; an auth key has 256.</source>
        <translation>Строка datacenter для DC %1: auth длиной %2 байт; у ключа авторизации 256.</translation>
    </message>
    <message>
        <source>No user row: the session is not logged in (or was upgraded from Telethon 1). Telethon 2 then connects to DC %1 and uses its key, so DC %1 is shown as the home DC.</source>
        <translation>Нет строки user: сессия не авторизована (или обновлена из Telethon 1). Тогда Telethon 2 подключается к DC %1 и использует его ключ, поэтому DC %1 показан как домашний.</translation>
    </message>
    <message>
        <source>user.dc is %1, not a DC id.</source>
        <translation>user.dc равно %1, это не id DC.</translation>
    </message>
    <message>
        <source>The user table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>В таблице user больше одной строки; Telethon 2 читает только первую, и мы тоже.</translation>
    </message>
    <message>
        <source>The state row of %1 holds values out of range (pts %2, qts %3, seq %4).</source>
        <translation>Строка state в %1 содержит значения вне диапазона (pts %2, qts %3, seq %4).</translation>
    </message>
    <message>
        <source>The state table has more than one row; Telethon 2 reads only the first, and so did we.</source>
        <translation>В таблице state больше одной строки; Telethon 2 читает только первую, и мы тоже.</translation>
    </message>
    <message>
        <source>channelstate row of channel %1: pts %2 is out of range.</source>
        <translation>Строка channelstate канала %1: pts %2 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon 2 session (no version, datacenter and channelstate tables).</source>
        <translation>%1 — база данных SQLite, но не сессия Telethon 2 (нет таблиц version, datacenter и channelstate).</translation>
    </message>
    <message>
        <source>Telethon 2, schema version %1</source>
        <translation>Telethon 2, версия схемы %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 2 writes 10 and refuses any other); we read it as it is.</source>
        <translation>Версия схемы %1 (Telethon 2 пишет 10 и отвергает любую другую); мы читаем её как есть.</translation>
    </message>
    <message>
        <source>Telethon 2 stores the home DC in its user row, which needs the user id: without one it would connect to DC %1, not DC %2. Give the account&apos;s user id with --user-id.</source>
        <translation>Telethon 2 хранит домашний DC в строке user, для которой нужен id пользователя: без него он подключится к DC %1, а не к DC %2. Укажите id пользователя аккаунта через --user-id.</translation>
    </message>
</context>
<context>
    <name>TelethonSqlite</name>
    <message>
        <source>Cannot read the %1 table of %2: %3</source>
        <translation>Не удаётся прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <source>This Telethon database holds no session yet (the sessions table is empty).</source>
        <translation>Эта база данных Telethon пока не содержит сессии (таблица sessions пуста).</translation>
    </message>
    <message>
        <source>sessions.port is %1, not a port number.</source>
        <translation>sessions.port равен %1 — это не номер порта.</translation>
    </message>
    <message>
        <source>sessions.auth_key is %1 bytes; an auth key has 256.</source>
        <translation>sessions.auth_key содержит %1 байт; у ключа авторизации их 256.</translation>
    </message>
    <message>
        <source>The sessions table has more than one row; Telethon reads only the first, and so did we.</source>
        <translation>В таблице sessions больше одной строки; Telethon читает только первую, мы тоже.</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row&apos;s key were skipped (%1): Telethon reads only the first row for a key, and so did we.</source>
        <translation>Строки, повторяющие ключ более ранней строки, пропущены (%1): Telethon читает только первую строку для ключа, мы тоже.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Telethon session (no version, sessions and entities tables).</source>
        <translation>%1 — база данных SQLite, но не сессия Telethon (нет таблиц version, sessions и entities).</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>версия схемы %1</translation>
    </message>
    <message>
        <source>Schema version %1 (Telethon 1.25 writes 7); Telethon would migrate it on open, we read it as it is.</source>
        <translation>Версия схемы %1 (Telethon 1.25 пишет 7); Telethon перенёс бы её при открытии, мы читаем её как есть.</translation>
    </message>
    <message>
        <source>The session has no entry for its home DC %1; Telethon needs the home DC&apos;s address.</source>
        <translation>В сессии нет записи для домашнего DC %1; Telethon нужен адрес домашнего DC.</translation>
    </message>
    <message>
        <source>The home DC&apos;s address &quot;%1&quot; has no host and port; Telethon needs both.</source>
        <translation>В адресе домашнего DC &quot;%1&quot; нет хоста и порта; Telethon нужны оба.</translation>
    </message>
</context>
<context>
    <name>TelethonString</name>
    <message>
        <source>Telethon string</source>
        <translation>строка Telethon</translation>
    </message>
    <message>
        <source>Not a Telethon string: it must start with the version character &quot;1&quot;.</source>
        <translation>Не строка Telethon: она должна начинаться с символа версии &quot;1&quot;.</translation>
    </message>
    <message>
        <source>Not a Telethon string: it holds %1 bytes, but a Telethon string holds %2 (IPv4) or %3 (IPv6).</source>
        <translation>Не строка Telethon: она содержит %1 байт, а строка Telethon — %2 (IPv4) или %3 (IPv6).</translation>
    </message>
    <message>
        <source>%1, %2 characters</source>
        <translation>%1, символов: %2</translation>
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
        <translation>Ключ авторизации состоит только из нулевых байтов — так Telethon записывает отсутствие ключа.</translation>
    </message>
    <message>
        <source>The home DC address &quot;%1&quot; is a host name; a Telethon string stores the IP address in binary, so it needs an IP literal.</source>
        <translation>Адрес домашнего DC &quot;%1&quot; — имя хоста; строка Telethon хранит IP-адрес в двоичном виде, поэтому нужен IP-адрес.</translation>
    </message>
    <message>
        <source>DC id %1 does not fit the single byte a Telethon string has for it.</source>
        <translation>ID DC %1 не помещается в единственный байт, отведённый для него в строке Telethon.</translation>
    </message>
    <message>
        <source>Telethon itself would not load this text as it is (it needs the &apos;=&apos; padding and exactly %1 characters); convert it to a Telethon string to get one it loads.</source>
        <translation>Сам Telethon не загрузит этот текст в таком виде (ему нужно выравнивание &apos;=&apos; и ровно %1 символов); преобразуйте его в строку Telethon, чтобы получить ту, которую он загрузит.</translation>
    </message>
</context>
<context>
    <name>Tgnet</name>
    <message>
        <source>%1 at byte %2 is 0x%3, neither true nor false</source>
        <translation>%1 в байте %2 равно 0x%3, ни true, ни false</translation>
    </message>
    <message>
        <source>%1 at byte %2 is %3, far more than a tgnet.dat holds</source>
        <translation>%1 в байте %2 равно %3 — намного больше, чем бывает в tgnet.dat</translation>
    </message>
    <message>
        <source>truncated at byte %1 while reading %2</source>
        <translation>обрыв на байте %1 при чтении %2</translation>
    </message>
    <message>
        <source>datacenter version %1 (the app reads 2 to 13)</source>
        <translation>версия дата-центра %1 (приложение читает 2–13)</translation>
    </message>
    <message>
        <source>the permanent auth key of DC %1 is not 256 bytes</source>
        <translation>постоянный ключ авторизации DC %1 не равен 256 байтам</translation>
    </message>
    <message numerus="yes">
        <source>Not a tgnet.dat: %n byte(s), less than its size field.</source>
        <translation>
            <numerusform>Не tgnet.dat: %n байт, меньше поля размера.</numerusform>
            <numerusform>Не tgnet.dat: %n байта, меньше поля размера.</numerusform>
            <numerusform>Не tgnet.dat: %n байтов, меньше поля размера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a tgnet.dat: its size field says %1 bytes, and the file has %2 after it.</source>
        <translation>Не tgnet.dat: поле размера говорит %1 байт, а после него в файле %2.</translation>
    </message>
    <message>
        <source>tgnet.dat: %1.</source>
        <translation>tgnet.dat: %1.</translation>
    </message>
    <message>
        <source>tgnet.dat: config version %1; the app writes 1 to 5.</source>
        <translation>tgnet.dat: версия конфигурации %1; приложение пишет 1–5.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2: %3.</source>
        <translation>tgnet.dat: дата-центр %1 из %2: %3.</translation>
    </message>
    <message>
        <source>The temporary (PFS) auth keys are not kept: a client makes new ones when it connects.</source>
        <translation>Временные (PFS) ключи авторизации не сохраняются: клиент создаёт новые при подключении.</translation>
    </message>
    <message>
        <source>The server salts are not kept: a client gets new ones when it connects.</source>
        <translation>Серверные соли не сохраняются: клиент получает новые при подключении.</translation>
    </message>
    <message>
        <source>Some addresses carry an MTProxy secret, which is not kept.</source>
        <translation>У некоторых адресов есть секрет MTProxy, он не сохраняется.</translation>
    </message>
    <message>
        <source>tgnet.dat needs the home DC %1 among its datacenters.</source>
        <translation>tgnet.dat нужен домашний DC %1 среди дата-центров.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random number.</source>
        <translation>OpenSSL не смог получить случайное число.</translation>
    </message>
    <message>
        <source>tgnet.dat: datacenter %1 of %2 names DC %3 a second time; the file is damaged.</source>
        <translation>tgnet.dat: дата-центр %1 из %2 повторно называет DC %3; файл повреждён.</translation>
    </message>
</context>
<context>
    <name>UserConfig</name>
    <message>
        <source>userconfing.xml is not readable XML (%1, line %2).</source>
        <translation>userconfing.xml — нечитаемый XML (%1, строка %2).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is not Base64.</source>
        <translation>userconfing.xml: запись user — не Base64.</translation>
    </message>
    <message numerus="yes">
        <source>userconfing.xml: the user entry holds %n byte(s), no TL object.</source>
        <translation>
            <numerusform>userconfing.xml: в записи user %n байт, это не объект TL.</numerusform>
            <numerusform>userconfing.xml: в записи user %n байта, это не объект TL.</numerusform>
            <numerusform>userconfing.xml: в записи user %n байтов, это не объект TL.</numerusform>
        </translation>
    </message>
    <message>
        <source>userconfing.xml: the user entry is a TL object 0x%1, not a user constructor Feroscope knows (userEmpty, user of layer 144 or 227).</source>
        <translation>userconfing.xml: запись user — объект TL 0x%1, не известный Feroscope конструктор пользователя (userEmpty, user слоя 144 или 227).</translation>
    </message>
    <message>
        <source>userconfing.xml: the user object ends before its id.</source>
        <translation>userconfing.xml: объект пользователя заканчивается до идентификатора.</translation>
    </message>
</context>
<context>
    <name>WTelegramCodec</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a WTelegramClient session.</source>
        <translation>%1 слишком велик для сессии WTelegramClient.</translation>
    </message>
    <message numerus="yes">
        <source>Not a WTelegramClient session: no file header names a block in it, and as a bare block it would be at least 64 bytes, an IV and whole AES blocks (it is %n byte(s)).</source>
        <translation>
            <numerusform>Не сессия WTelegramClient: нет заголовка, указывающего на блок, а как голый блок она была бы не меньше 64 байт — IV и целые блоки AES (в ней %n байт).</numerusform>
            <numerusform>Не сессия WTelegramClient: нет заголовка, указывающего на блок, а как голый блок она была бы не меньше 64 байт — IV и целые блоки AES (в ней %n байта).</numerusform>
            <numerusform>Не сессия WTelegramClient: нет заголовка, указывающего на блок, а как голый блок она была бы не меньше 64 байт — IV и целые блоки AES (в ней %n байтов).</numerusform>
        </translation>
    </message>
    <message>
        <source>a %1-byte block at byte %2</source>
        <translation>блок из %1 байт в байте %2</translation>
    </message>
    <message>
        <source>a bare %1-byte block</source>
        <translation>голый блок из %1 байт</translation>
    </message>
    <message>
        <source>This is a WTelegramClient session (%1), encrypted with the app&apos;s api_hash or its session_key: a session key is needed to read it.</source>
        <translation>Это сессия WTelegramClient (%1), зашифрованная api_hash или session_key приложения: для чтения нужен ключ сессии.</translation>
    </message>
    <message>
        <source>Read as a bare block (a custom stream&apos;s save, no file header).</source>
        <translation>Прочитано как голый блок (сохранение собственного потока, без заголовка).</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n byte(s) of older saves besides the current block. They decrypt with the same key to older auth keys: keep the file private, or convert it to a new file, which holds the current block only.</source>
        <translation>
            <numerusform>Кроме текущего блока, в файле %n байт старых сохранений. Они расшифровываются тем же ключом в старые ключи авторизации: держите файл закрытым или преобразуйте его в новый файл, где только текущий блок.</numerusform>
            <numerusform>Кроме текущего блока, в файле %n байта старых сохранений. Они расшифровываются тем же ключом в старые ключи авторизации: держите файл закрытым или преобразуйте его в новый файл, где только текущий блок.</numerusform>
            <numerusform>Кроме текущего блока, в файле %n байтов старых сохранений. Они расшифровываются тем же ключом в старые ключи авторизации: держите файл закрытым или преобразуйте его в новый файл, где только текущий блок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DC entry(ies) without a key or an address are dropped.</source>
        <translation>
            <numerusform>%n запись DC без ключа и адреса отбрасывается.</numerusform>
            <numerusform>%n записи DC без ключа и адреса отбрасываются.</numerusform>
            <numerusform>%n записей DC без ключа и адреса отбрасываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyed DC entry(ies) repeat a DC id (and media flag) an earlier one has: WTelegramClient keeps one session per DC, the first is written.</source>
        <translation>
            <numerusform>%n запись DC с ключом повторяет id DC (и флаг медиа) предыдущей: WTelegramClient хранит одну сессию на DC, записывается первая.</numerusform>
            <numerusform>%n записи DC с ключом повторяют id DC (и флаг медиа) предыдущей: WTelegramClient хранит одну сессию на DC, записывается первая.</numerusform>
            <numerusform>%n записей DC с ключом повторяют id DC (и флаг медиа) предыдущей: WTelegramClient хранит одну сессию на DC, записывается первая.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time offset (and, on entries without a key, the salt) of %n DC entry(ies) are dropped.</source>
        <translation>
            <numerusform>Смещение времени (и у записей без ключа — соль) %n записи DC отбрасывается.</numerusform>
            <numerusform>Смещение времени (и у записей без ключа — соль) %n записей DC отбрасывается.</numerusform>
            <numerusform>Смещение времени (и у записей без ключа — соль) %n записей DC отбрасывается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached peer(s) are dropped.</source>
        <translation>
            <numerusform>%n кэшированный собеседник отбрасывается.</numerusform>
            <numerusform>%n кэшированных собеседника отбрасываются.</numerusform>
            <numerusform>%n кэшированных собеседников отбрасываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>A WTelegramClient session is encrypted with the app&apos;s api_hash or its session_key: give that key (--session-key or --session-key-file).</source>
        <translation>Сессия WTelegramClient зашифрована api_hash или session_key приложения: укажите этот ключ (--session-key или --session-key-file).</translation>
    </message>
    <message>
        <source>WTelegramClient stores the api_id the session was made with.</source>
        <translation>WTelegramClient хранит api_id, с которым создана сессия.</translation>
    </message>
    <message>
        <source>WTelegramClient needs an auth key for the home DC %1.</source>
        <translation>WTelegramClient нужен ключ авторизации для домашнего DC %1.</translation>
    </message>
</context>
<context>
    <name>WTelegramFile</name>
    <message>
        <source>OpenSSL could not set up AES-CBC.</source>
        <translation>OpenSSL не смог настроить AES-CBC.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the padding of the decrypted block is wrong): give the app&apos;s session_key or api_hash.</source>
        <translation>Ключ сессии не открывает эту сессию WTelegramClient (неверное дополнение расшифрованного блока): укажите session_key или api_hash приложения.</translation>
    </message>
    <message numerus="yes">
        <source>A WTelegramClient session key is the app&apos;s api_hash (32 hex digits) or its session_key (32, 48 or 64 hex digits); the key given has %n character(s).</source>
        <translation>
            <numerusform>Ключ сессии WTelegramClient — это api_hash приложения (32 шестнадцатеричные цифры) или его session_key (32, 48 или 64 цифры); в данном ключе %n символ.</numerusform>
            <numerusform>Ключ сессии WTelegramClient — это api_hash приложения (32 шестнадцатеричные цифры) или его session_key (32, 48 или 64 цифры); в данном ключе %n символа.</numerusform>
            <numerusform>Ключ сессии WTelegramClient — это api_hash приложения (32 шестнадцатеричные цифры) или его session_key (32, 48 или 64 цифры); в данном ключе %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WTelegramClient block is %1 bytes: a block is 64 bytes or more, the IV and whole AES blocks.</source>
        <translation>Блок WTelegramClient — %1 байт: блок не меньше 64 байт, это IV и целые блоки AES.</translation>
    </message>
    <message>
        <source>The session key does not open this WTelegramClient session (the integrity check of the decrypted block fails): give the app&apos;s session_key or api_hash.</source>
        <translation>Ключ сессии не открывает эту сессию WTelegramClient (проверка целостности расшифрованного блока не проходит): укажите session_key или api_hash приложения.</translation>
    </message>
    <message>
        <source>OpenSSL could not produce a random IV.</source>
        <translation>OpenSSL не смог получить случайный IV.</translation>
    </message>
    <message>
        <source>OpenSSL could not hash the session.</source>
        <translation>OpenSSL не смог вычислить хеш сессии.</translation>
    </message>
</context>
<context>
    <name>WTelegramJson</name>
    <message>
        <source>WTelegramClient session: %1 is not an object.</source>
        <translation>Сессия WTelegramClient: %1 — не объект.</translation>
    </message>
    <message>
        <source>WTelegramClient session: the flags of %1 are neither a number nor flag names.</source>
        <translation>Сессия WTelegramClient: флаги %1 — ни число, ни имена флагов.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no DC id.</source>
        <translation>Сессия WTelegramClient: у %1 нет id DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: %1 has no port from 0 to 65535.</source>
        <translation>Сессия WTelegramClient: у %1 нет порта от 0 до 65535.</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.3 or older</source>
        <translation>WTelegramClient 4.3.3 или старше</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.4 to 4.3.14</source>
        <translation>WTelegramClient 4.3.4–4.3.14</translation>
    </message>
    <message>
        <source>WTelegramClient 4.3.15 or newer</source>
        <translation>WTelegramClient 4.3.15 или новее</translation>
    </message>
    <message>
        <source>The decrypted WTelegramClient block is not a JSON object (%1 at character %2).</source>
        <translation>Расшифрованный блок WTelegramClient — не объект JSON (%1 в символе %2).</translation>
    </message>
    <message>
        <source>WTelegramClient session: MainDC is missing or not a DC id.</source>
        <translation>Сессия WTelegramClient: MainDC отсутствует или не является id DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DCSessions has the key &quot;%1&quot;, not a DC id.</source>
        <translation>Сессия WTelegramClient: в DCSessions ключ «%1», а не id DC.</translation>
    </message>
    <message>
        <source>WTelegramClient session: DC session %1 is not an object.</source>
        <translation>Сессия WTelegramClient: сессия DC %1 — не объект.</translation>
    </message>
    <message>
        <source>the DataCenter of DC session %1</source>
        <translation>DataCenter сессии DC %1</translation>
    </message>
    <message>
        <source>WTelegramClient session: the AuthKey of DC session %1 is not 256 bytes of Base64.</source>
        <translation>Сессия WTelegramClient: AuthKey сессии DC %1 — не 256 байт в Base64.</translation>
    </message>
    <message>
        <source>DcOptions[%1]</source>
        <translation>DcOptions[%1]</translation>
    </message>
    <message>
        <source>Some DC options carry an MTProxy secret or the this_port_only flag, which Feroscope does not keep; a copy written by Feroscope leaves them out (the app gets them back with its next help.getConfig).</source>
        <translation>У некоторых вариантов DC есть секрет MTProxy или флаг this_port_only, которые Feroscope не сохраняет; копия, записанная Feroscope, их не содержит (приложение получит их снова при следующем help.getConfig).</translation>
    </message>
    <message>
        <source>The future server salts of each DC session are not kept (the app asks for new ones when it needs them); only each DC&apos;s current salt is.</source>
        <translation>Будущие серверные соли каждой сессии DC не сохраняются (приложение запросит новые, когда понадобится); сохраняется только текущая соль каждого DC.</translation>
    </message>
</context>
<context>
    <name>fero::gui::AboutDialog</name>
    <message>
        <source>About Feroscope</source>
        <translation>О программе Feroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Feroscope %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A session manager for Telegram client sessions: ferogram&apos;s binary files, strings and databases, and those of Telethon, Pyrogram, GramJS, mtcute, MTKruto and Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope works offline. It never writes to a session when it opens it; auth keys stay hidden until you reveal them, are never logged, and copies of secrets leave the clipboard after a while.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Менеджер сессий клиентов Telegram: двоичные файлы, строки и базы данных ferogram, а также сессии Telethon, Pyrogram, GramJS, mtcute, MTKruto и Telegram Desktop.&lt;/p&gt;&lt;p&gt;Feroscope работает без сети. Он никогда не записывает в сессию при открытии; ключи авторизации скрыты, пока вы их не покажете, никогда не попадают в журналы, а скопированные секреты через некоторое время удаляются из буфера обмена.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>none granted yet: all rights reserved</source>
        <translation>пока не предоставлена: все права защищены</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Копировать сведения о версии</translation>
    </message>
</context>
<context>
    <name>fero::gui::ChannelPtsModel</name>
    <message>
        <source>Channel id</source>
        <translation>ID канала</translation>
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
        <translation>Счётчики</translation>
    </message>
    <message>
        <source>DC Table</source>
        <translation>Таблица DC</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Пиры</translation>
    </message>
    <message>
        <source>Min Peers</source>
        <translation>Min-пиры</translation>
    </message>
    <message>
        <source>Channel pts</source>
        <translation>pts каналов</translation>
    </message>
    <message>
        <source>Compare Sessions</source>
        <translation>Сравнение сессий</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>Показывать &amp;неизменённые строки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The two sessions are identical.</source>
        <translation>Две сессии идентичны.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлен</numerusform>
            <numerusform>%n добавлено</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалён</numerusform>
            <numerusform>%n удалено</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменён</numerusform>
            <numerusform>%n изменено</numerusform>
            <numerusform>%n изменено</numerusform>
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
        <translation>медиа</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>static</source>
        <translation>статический</translation>
    </message>
    <message>
        <source>TCPO</source>
        <translation>TCPO</translation>
    </message>
    <message>
        <source>unknown bits 0x%1</source>
        <translation>неизвестные биты 0x%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
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
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>The MTProto auth_key_id: safe to share, identifies the key without revealing it.</source>
        <translation>auth_key_id MTProto: им можно делиться — он указывает на ключ, не раскрывая его.</translation>
    </message>
    <message>
        <source>The account lives on this DC.</source>
        <translation>Учётная запись находится на этом DC.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>ID ключа авторизации</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Ключ авторизации</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Первая соль</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>Смещение (с)</translation>
    </message>
    <message>
        <source>shown below</source>
        <translation>показан ниже</translation>
    </message>
    <message>
        <source>The auth key is shown below the table. Hide it with Hide Key.</source>
        <translation>Ключ авторизации показан под таблицей. Скройте его кнопкой «Скрыть ключ».</translation>
    </message>
    <message>
        <source>The auth key is hidden. Select the row and use Reveal Key to show it.</source>
        <translation>Ключ авторизации скрыт. Выберите строку и нажмите «Показать ключ», чтобы увидеть его.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DcsTab</name>
    <message>
        <source>Reveal Key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Hide All Keys</source>
        <translation>Скрыть все ключи</translation>
    </message>
    <message>
        <source>Auth keys are hidden. The auth key id names a key without revealing it: compare ids, not keys. Select a row and press Reveal Key to see one key.</source>
        <translation>Ключи авторизации скрыты. ID ключа авторизации обозначает ключ, не раскрывая его: сравнивайте ID, а не ключи. Чтобы увидеть ключ, выберите строку и нажмите «Показать ключ».</translation>
    </message>
    <message>
        <source>Hide Key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>Копировать ключ</translation>
    </message>
    <message>
        <source>Copy the revealed auth key; the clipboard is cleared after the timeout (Ctrl+Shift+K)</source>
        <translation>Копировать показанный ключ авторизации; буфер обмена очищается по истечении тайм-аута (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>The auth key in hex. Anyone who has it can use the account.</source>
        <translation>Ключ авторизации в шестнадцатеричном виде. Любой, у кого он есть, может пользоваться аккаунтом.</translation>
    </message>
    <message numerus="yes">
        <source>Auth key of DC %1, hidden again in %n second(s) (or now with Hide Key):</source>
        <translation>
            <numerusform>Ключ авторизации DC %1, снова скроется через %n секунду (или сразу — «Скрыть ключ»):</numerusform>
            <numerusform>Ключ авторизации DC %1, снова скроется через %n секунды (или сразу — «Скрыть ключ»):</numerusform>
            <numerusform>Ключ авторизации DC %1, снова скроется через %n секунд (или сразу — «Скрыть ключ»):</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the auth key of the selected DC (Ctrl+R)</source>
        <translation>Скрыть ключ авторизации выбранного DC (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show the auth key of the selected DC (Ctrl+R)</source>
        <translation>Показать ключ авторизации выбранного DC (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>fero::gui::DeleteDialog</name>
    <message>
        <source>Delete Session</source>
        <translation>Удаление сессии</translation>
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation>Удаление сессий</translation>
    </message>
    <message>
        <source>Move to the &amp;trash (can be restored)</source>
        <translation>Переместить в &amp;корзину (можно восстановить)</translation>
    </message>
    <message>
        <source>Delete &amp;permanently</source>
        <translation>Удалить &amp;навсегда</translation>
    </message>
    <message>
        <source>Clear the session &amp;rows only (the database file stays, as ferogram&apos;s own delete does)</source>
        <translation>Очистить только &amp;строки сессии (файл базы данных остаётся, как при удалении в самом ferogram)</translation>
    </message>
    <message>
        <source>Also remove the leftover files listed (backups, temporary files)</source>
        <translation>Также удалить перечисленные остаточные файлы (резервные копии, временные файлы)</translation>
    </message>
    <message>
        <source>These files will be moved to the trash:</source>
        <translation>Эти файлы будут перемещены в корзину:</translation>
    </message>
    <message>
        <source>These files will be deleted permanently. This cannot be undone:</source>
        <translation>Эти файлы будут удалены навсегда. Это нельзя отменить:</translation>
    </message>
    <message numerus="yes">
        <source>The session rows of %n database(s) will be deleted; the file(s) stay:</source>
        <translation>
            <numerusform>Строки сессий в %n базе данных будут удалены; файл остаётся:</numerusform>
            <numerusform>Строки сессий в %n базах данных будут удалены; файлы остаются:</numerusform>
            <numerusform>Строки сессий в %n базах данных будут удалены; файлы остаются:</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found beside it (kept):</source>
        <translation>Также найдено рядом (сохраняется):</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>Удалить &amp;навсегда</translation>
    </message>
    <message>
        <source>&amp;Clear Rows</source>
        <translation>&amp;Очистить строки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) to the trash.</source>
        <translation>
            <numerusform>%n сессия перемещена в корзину.</numerusform>
            <numerusform>%n сессии перемещены в корзину.</numerusform>
            <numerusform>%n сессий перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) permanently.</source>
        <translation>
            <numerusform>%n сессия удалена навсегда.</numerusform>
            <numerusform>%n сессии удалены навсегда.</numerusform>
            <numerusform>%n сессий удалено навсегда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the session rows of %n database(s).</source>
        <translation>
            <numerusform>Строки сессий очищены в %n базе данных.</numerusform>
            <numerusform>Строки сессий очищены в %n базах данных.</numerusform>
            <numerusform>Строки сессий очищены в %n базах данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be deleted:</source>
        <translation>Удалить удалось не всё:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the folder and the %n file(s) in it)</source>
        <translation>
            <numerusform>%1 (папка и %n файл в ней)</numerusform>
            <numerusform>%1 (папка и %n файла в ней)</numerusform>
            <numerusform>%1 (папка и %n файлов в ней)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;In use:&lt;/b&gt; another program has %1 open (a -wal or -journal file exists). Close it first: a running client may write the session again after it is deleted, or lose what it has not saved.</source>
        <translation>&lt;b&gt;Используется:&lt;/b&gt; %1 открыт другой программой (существует файл -wal или -journal). Сначала закройте её: работающий клиент может снова записать сессию после удаления или потерять то, что ещё не сохранил.</translation>
    </message>
</context>
<context>
    <name>fero::gui::DiffModel</name>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>ID ключа авторизации</translation>
    </message>
    <message>
        <source>First salt</source>
        <translation>Первая соль</translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation>Смещение времени</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Хэш доступа</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>ID пира</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID сообщения</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>ID канала</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
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
        <translation>есть, отличается</translation>
    </message>
    <message>
        <source>None in A</source>
        <translation>Нет в A</translation>
    </message>
    <message>
        <source>None in B</source>
        <translation>Нет в B</translation>
    </message>
    <message>
        <source>Unix time %1</source>
        <translation>Unix-время %1</translation>
    </message>
</context>
<context>
    <name>fero::gui::DuplicateKeysDialog</name>
    <message>
        <source>Duplicate Keys</source>
        <translation>Повторяющиеся ключи</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>&amp;Keep This One, Trash the Others…</source>
        <translation>&amp;Оставить эту, остальные в корзину…</translation>
    </message>
    <message>
        <source>Keep the selected session and move the others of its group to the trash (you confirm the list first)</source>
        <translation>Оставить выбранную сессию, а остальные из её группы переместить в корзину (сначала вы подтверждаете список)</translation>
    </message>
    <message>
        <source>&amp;Show in Library</source>
        <translation>&amp;Показать в библиотеке</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share key %1</source>
        <translation>
            <numerusform>%n сессия с общим ключом %1</numerusform>
            <numerusform>%n сессии с общим ключом %1</numerusform>
            <numerusform>%n сессий с общим ключом %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) share %1 keys</source>
        <translation>
            <numerusform>%n сессия с общими ключами (%1)</numerusform>
            <numerusform>%n сессии с общими ключами (%1)</numerusform>
            <numerusform>%n сессий с общими ключами (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth key ids: %1</source>
        <translation>ID ключей авторизации: %1</translation>
    </message>
    <message>
        <source>not stored in a file</source>
        <translation>не хранится в файле</translation>
    </message>
    <message>
        <source>No two sessions in the library share an auth key.</source>
        <translation>Никакие две сессии в библиотеке не используют общий ключ авторизации.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of sessions share auth keys. Telegram logs out every copy when one key is used from two places: keep one session of each group.</source>
        <translation>
            <numerusform>%n группа сессий с общими ключами авторизации. Telegram завершает каждую копию, когда один ключ используется из двух мест: оставьте по одной сессии из каждой группы.</numerusform>
            <numerusform>%n группы сессий с общими ключами авторизации. Telegram завершает каждую копию, когда один ключ используется из двух мест: оставьте по одной сессии из каждой группы.</numerusform>
            <numerusform>%n групп сессий с общими ключами авторизации. Telegram завершает каждую копию, когда один ключ используется из двух мест: оставьте по одной сессии из каждой группы.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not stored in a file (remove it from the library instead)</source>
        <translation>%1: не хранится в файле (вместо этого уберите её из библиотеки)</translation>
    </message>
    <message>
        <source>%1: the same source as the session kept</source>
        <translation>%1: тот же источник, что и у оставленной сессии</translation>
    </message>
    <message>
        <source>%1: its source holds other accounts too, which would go with it</source>
        <translation>%1: в её источнике есть и другие учётные записи, которые ушли бы вместе с ней</translation>
    </message>
    <message>
        <source>Not offered for the trash: %1.</source>
        <translation>Не предложено для корзины: %1.</translation>
    </message>
</context>
<context>
    <name>fero::gui::ExportDialog</name>
    <message>
        <source>Export Sessions</source>
        <translation>Экспорт сессий</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Экспорт сессии</translation>
    </message>
    <message numerus="yes">
        <source>Export %n session(s) into one folder: %1</source>
        <translation>
            <numerusform>Экспорт %n сессии в одну папку: %1</numerusform>
            <numerusform>Экспорт %n сессий в одну папку: %1</numerusform>
            <numerusform>Экспорт %n сессий в одну папку: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 to another format or version.</source>
        <translation>Экспорт %1 в другой формат или версию.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>each session&apos;s own user id</source>
        <translation>собственный ID пользователя каждой сессии</translation>
    </message>
    <message>
        <source>unknown: it will be written as 0</source>
        <translation>неизвестен: будет записан 0</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID &amp;пользователя:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Save to a &amp;file:</source>
        <translation>Сохранить в &amp;файл:</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the &amp;clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>Копировать в &amp;буфер обмена (очистится через %n секунду)</numerusform>
            <numerusform>Копировать в &amp;буфер обмена (очистится через %n секунды)</numerusform>
            <numerusform>Копировать в &amp;буфер обмена (очистится через %n секунд)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>Копировать в &amp;буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>&amp;Заменять существующие файлы</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>&amp;Заменить файл, если он существует</translation>
    </message>
    <message>
        <source>v%1 (opens with %2)</source>
        <translation>v%1 (открывается в %2)</translation>
    </message>
    <message>
        <source>-converted</source>
        <translation>-преобразованная</translation>
    </message>
    <message>
        <source>The user id must be a whole number.</source>
        <translation>ID пользователя должен быть целым числом.</translation>
    </message>
    <message>
        <source>Choose where to write the session.</source>
        <translation>Выберите, куда записать сессию.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 — папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the file if it exists&quot; or choose another name.</source>
        <translation>%1 уже существует. Отметьте «Заменить файл, если он существует» или выберите другое имя.</translation>
    </message>
    <message>
        <source>Nothing is lost: the target keeps everything the session holds.</source>
        <translation>Ничего не теряется: целевой формат сохраняет всё содержимое сессии.</translation>
    </message>
    <message>
        <source>The target cannot hold:</source>
        <translation>Целевой формат не может хранить:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Tick the confirmation: this export loses data.</source>
        <translation>Отметьте подтверждение: при этом экспорте теряются данные.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 скопировано в буфер обмена; он очистится через %n секунду.</numerusform>
            <numerusform>%1 скопировано в буфер обмена; он очистится через %n секунды.</numerusform>
            <numerusform>%1 скопировано в буфер обмена; он очистится через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Записано: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) into %1.</source>
        <translation>
            <numerusform>%n сессия записана в %1.</numerusform>
            <numerusform>%n сессии записаны в %1.</numerusform>
            <numerusform>%n сессий записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sessions were not written:</source>
        <translation>Некоторые сессии не записаны:</translation>
    </message>
    <message>
        <source>Compact, Pyrogram and mtcute strings, Pyrogram databases and tdata store the account&apos;s user id. Leave empty to use the one the session carries.</source>
        <translation>Компактные строки, строки Pyrogram и mtcute, базы данных Pyrogram и tdata хранят ID пользователя учётной записи. Оставьте пустым, чтобы использовать ID из сессии.</translation>
    </message>
    <message>
        <source>from my.telegram.org; or tick the old layout below</source>
        <translation>с my.telegram.org; или отметьте ниже старый формат</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s string stores the api_id of the app that logged in. Feroscope never invents one.</source>
        <translation>Строка Pyrogram хранит api_id приложения, через которое выполнен вход. Feroscope никогда его не выдумывает.</translation>
    </message>
    <message>
        <source>&amp;API id:</source>
        <translation>ID &amp;API:</translation>
    </message>
    <message>
        <source>as the session says</source>
        <translation>как указано в сессии</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>рабочие серверы</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>тестовые серверы</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Серверы:</translation>
    </message>
    <message>
        <source>none: Telegram Desktop opens it without asking</source>
        <translation>нет: Telegram Desktop откроет её без запроса</translation>
    </message>
    <message>
        <source>The local passcode the new tdata folder gets.</source>
        <translation>Локальный код-пароль для новой папки tdata.</translation>
    </message>
    <message>
        <source>Local &amp;passcode:</source>
        <translation>Локальный &amp;код-пароль:</translation>
    </message>
    <message>
        <source>The api id must be a whole number.</source>
        <translation>ID API должен быть целым числом.</translation>
    </message>
    <message>
        <source>refuse: I will clean the session first</source>
        <translation>отказаться: я сначала очищу сессию</translation>
    </message>
    <message>
        <source>keep the first of each</source>
        <translation>оставлять первую из повторов</translation>
    </message>
    <message>
        <source>keep the last of each</source>
        <translation>оставлять последнюю из повторов</translation>
    </message>
    <message>
        <source>The target cannot hold two entries with the same key. The entries not kept are listed below as losses.</source>
        <translation>Целевой формат не может содержать две записи с одинаковым ключом. Не сохранённые записи перечислены ниже как потери.</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Дубликаты:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;old 64-bit layout</source>
        <translation>Использовать &amp;старый 64-битный формат</translation>
    </message>
    <message>
        <source>Pyrogram&apos;s old 64-bit string layout needs no api id; Pyrogram 1.x and 2.x read it.</source>
        <translation>Старому 64-битному формату строк Pyrogram не нужен API ID; его читают Pyrogram 1.x и 2.x.</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>В папку:</translation>
    </message>
    <message>
        <source>required: this format cannot do without it</source>
        <translation>обязательно: этот формат без него не обойдётся</translation>
    </message>
    <message>
        <source>Save as a &amp;folder:</source>
        <translation>Сохранить как &amp;папку:</translation>
    </message>
    <message>
        <source>&amp;Replace the folder if it exists</source>
        <translation>&amp;Заменить папку, если она существует</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder name.</source>
        <translation>%1 — это файл; выберите имя папки.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick &quot;Replace the folder if it exists&quot; or choose another name.</source>
        <translation>%1 уже существует. Отметьте «Заменить папку, если она существует» или выберите другое имя.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, &amp;lose the %n item(s) listed above</source>
        <translation>
            <numerusform>Да, &amp;потерять %n элемент из списка выше</numerusform>
            <numerusform>Да, &amp;потерять %n элемента из списка выше</numerusform>
            <numerusform>Да, &amp;потерять %n элементов из списка выше</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Where to Create the %1</source>
        <translation>Где создать: %1</translation>
    </message>
    <message>
        <source>The same passcode again, to catch a typo.</source>
        <translation>Тот же код-пароль ещё раз, чтобы поймать опечатку.</translation>
    </message>
    <message>
        <source>Type the passcode again in &quot;Repeat passcode&quot;.</source>
        <translation>Введите код-пароль ещё раз в поле «Повторите код-пароль».</translation>
    </message>
    <message>
        <source>The two passcodes differ: type them again.</source>
        <translation>Коды-пароли не совпадают: введите их заново.</translation>
    </message>
    <message>
        <source>Repea&amp;t passcode:</source>
        <translation>По&amp;вторите код-пароль:</translation>
    </message>
</context>
<context>
    <name>fero::gui::FindBar</name>
    <message>
        <source>Find in JSON…</source>
        <translation>Найти в JSON…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>fero::gui::HelpWindow</name>
    <message>
        <source>Feroscope Help</source>
        <translation>Справка Feroscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope shows what is inside a Telegram client session and converts it between libraries and versions. It never writes to a session when it opens it.&lt;/p&gt;&lt;h3&gt;Open sessions&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Open Session…&lt;/b&gt; for a file or a SQLite database, &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; for a folder of sessions (Telegram Desktop&apos;s tdata and GramJS stores are folders too), or paste a string session with &lt;b&gt;Ctrl+V&lt;/b&gt;. You can also drop files and folders onto the window. Everything you open is listed in the library on the left; icons after a name flag a risk (point at one for details).&lt;/p&gt;&lt;h3&gt;Look inside&lt;/h3&gt;&lt;p&gt;Select a session to see it in the tabs: &lt;b&gt;Overview&lt;/b&gt; (format, where it opens, health), &lt;b&gt;DCs&lt;/b&gt; (the data centres and their auth key ids; a key is shown only when you reveal it), &lt;b&gt;Updates&lt;/b&gt; (the update counters), &lt;b&gt;Peers&lt;/b&gt; and &lt;b&gt;Min Peers&lt;/b&gt; (the peer cache, searchable and sortable) and &lt;b&gt;Raw JSON&lt;/b&gt; (the whole session, keys masked).&lt;/p&gt;&lt;h3&gt;Export and convert&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Session ▸ Export / Convert…&lt;/b&gt; writes the session as another format or version, to a file, a database or a string. Before anything is written it lists what the target cannot hold; you export only after agreeing to lose that. Files are written owner-only (0600) and atomically.&lt;/p&gt;&lt;h3&gt;Secrets&lt;/h3&gt;&lt;p&gt;Whoever holds an auth key holds the account. Keys are hidden until you reveal one, are hidden again after a minute, and a copied key or string leaves the clipboard after a timeout.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; does the same from scripts: run &lt;code&gt;feroscope-cli --help&lt;/code&gt; for its commands.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Feroscope&lt;/h2&gt;&lt;p&gt;Feroscope показывает, что находится внутри сессии клиента Telegram, и преобразует её между библиотеками и версиями. Он никогда не записывает в сессию при открытии.&lt;/p&gt;&lt;h3&gt;Открытие сессий&lt;/h3&gt;&lt;p&gt;Используйте &lt;b&gt;Файл ▸ Открыть сессию…&lt;/b&gt; для файла или базы данных SQLite, &lt;b&gt;Файл ▸ Открыть папку…&lt;/b&gt; для папки с сессиями (tdata Telegram Desktop и хранилища GramJS — тоже папки) или вставьте строковую сессию через &lt;b&gt;Ctrl+V&lt;/b&gt;. Файлы и папки можно также перетащить в окно. Всё открытое появляется в библиотеке слева; значки после имени отмечают риск (наведите на значок, чтобы узнать подробности).&lt;/p&gt;&lt;h3&gt;Просмотр&lt;/h3&gt;&lt;p&gt;Выберите сессию, чтобы увидеть её на вкладках: &lt;b&gt;Обзор&lt;/b&gt; (формат, где открывается, состояние), &lt;b&gt;DC&lt;/b&gt; (дата-центры и ID их ключей авторизации; ключ показывается, только если вы его откроете), &lt;b&gt;Обновления&lt;/b&gt; (счётчики обновлений), &lt;b&gt;Пиры&lt;/b&gt; и &lt;b&gt;Min-пиры&lt;/b&gt; (кэш пиров, с поиском и сортировкой) и &lt;b&gt;Исходный JSON&lt;/b&gt; (вся сессия, ключи скрыты).&lt;/p&gt;&lt;h3&gt;Экспорт и преобразование&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Сессия ▸ Экспорт / преобразование…&lt;/b&gt; записывает сессию в другом формате или версии — в файл, базу данных или строку. Прежде чем что-либо записать, он перечисляет то, что целевой формат не может сохранить; экспорт выполняется, только когда вы согласитесь с потерей. Файлы записываются атомарно и доступны только вам (0600).&lt;/p&gt;&lt;h3&gt;Секреты&lt;/h3&gt;&lt;p&gt;Кто владеет ключом авторизации, тот владеет аккаунтом. Ключи скрыты, пока вы не откроете один, снова скрываются через минуту, а скопированный ключ или строка удаляются из буфера обмена по истечении времени.&lt;/p&gt;&lt;h3&gt;Командная строка&lt;/h3&gt;&lt;p&gt;&lt;code&gt;feroscope-cli&lt;/code&gt; делает то же самое из скриптов: выполните &lt;code&gt;feroscope-cli --help&lt;/code&gt;, чтобы увидеть его команды.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Сочетания клавиш&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryModel</name>
    <message>
        <source>The file is missing: it was moved or deleted since it was added.</source>
        <translation>Файл отсутствует: после добавления его переместили или удалили.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Не читается: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Базы данных</translation>
    </message>
    <message>
        <source>Pasted strings</source>
        <translation>Вставленные строки</translation>
    </message>
    <message>
        <source>Unsaved copies</source>
        <translation>Несохранённые копии</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>сканирование…</translation>
    </message>
    <message>
        <source>no sessions found</source>
        <translation>сессии не найдены</translation>
    </message>
    <message>
        <source>This folder is missing: it was moved or deleted.</source>
        <translation>Эта папка отсутствует: её переместили или удалили.</translation>
    </message>
    <message>
        <source>Sessions found in %1</source>
        <translation>Сессии, найденные в %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Auth key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Пиры</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n учётная запись</numerusform>
            <numerusform>%n учётные записи</numerusform>
            <numerusform>%n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session stored as a folder (%2)</source>
        <translation>%1: сессия, хранящаяся в виде папки (%2)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>учётная запись %1</translation>
    </message>
    <message>
        <source>The home DC: the data center the account lives on</source>
        <translation>Домашний DC: дата-центр, на котором находится учётная запись</translation>
    </message>
    <message>
        <source>The auth key id of the home DC&apos;s key: safe to share; the same id in two sessions means one key in two places</source>
        <translation>ID ключа авторизации домашнего DC: им можно делиться; одинаковый ID в двух сессиях означает один ключ в двух местах</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Right-click a column header to show or hide columns (size, modified, flags as text).</source>
        <translation>Щёлкните правой кнопкой мыши по заголовку столбца, чтобы показать или скрыть столбцы (размер, изменён, флаги текстом).</translation>
    </message>
    <message>
        <source>The session&apos;s size on disk (with its -wal, or a folder&apos;s files)</source>
        <translation>Размер сессии на диске (вместе с её -wal или файлами папки)</translation>
    </message>
    <message>
        <source>When the session last changed on disk</source>
        <translation>Когда сессия последний раз изменялась на диске</translation>
    </message>
    <message>
        <source>passcode needed</source>
        <translation>нужен код-пароль</translation>
    </message>
    <message>
        <source>Protected by a local passcode: select it and choose Enter Passcode… to see its accounts.</source>
        <translation>Защищено локальным код-паролем: выберите запись и нажмите «Ввести код-пароль…», чтобы увидеть её учётные записи.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account index %1</source>
        <translation>запись №%1</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>слот %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>пространство имён %1</translation>
    </message>
    <message>
        <source>%1 (not supported)</source>
        <translation>%1 (не поддерживается)</translation>
    </message>
    <message>
        <source>The %1 is no longer in %2.</source>
        <translation>В %2 больше нет: %1.</translation>
    </message>
</context>
<context>
    <name>fero::gui::LibraryPane</name>
    <message>
        <source>ferogram SQLite v8</source>
        <translation>SQLite ferogram v8</translation>
    </message>
    <message>
        <source>readable by others, in use</source>
        <translation>доступен другим, используется</translation>
    </message>
    <message>
        <source>Filter by name, format, key id, user id or path</source>
        <translation>Фильтр по имени, формату, ID ключа, ID пользователя или пути</translation>
    </message>
    <message>
        <source>Shows the sessions whose name, format, auth key id, user id or path contain every word typed here. Esc clears it.</source>
        <translation>Показывает сессии, у которых имя, формат, ID ключа авторизации, ID пользователя или путь содержат каждое введённое здесь слово. Esc очищает поле.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>fero::gui::MainWindow</name>
    <message>
        <source>&amp;Export / Convert…</source>
        <translation>&amp;Экспорт / преобразование…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>Remove Selected &amp;Peers</source>
        <translation>Удалить выбранных &amp;пиров</translation>
    </message>
    <message>
        <source>Prune All &amp;Min Peers</source>
        <translation>Удалить все &amp;min-пиры</translation>
    </message>
    <message>
        <source>Clear &amp;Channel pts</source>
        <translation>Очистить pts &amp;каналов</translation>
    </message>
    <message>
        <source>Copy &amp;Report</source>
        <translation>Копировать &amp;отчёт</translation>
    </message>
    <message>
        <source>Feroscope</source>
        <translation>Feroscope</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 перезагружен: он изменился на диске.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <source>Add session files or databases to the library</source>
        <translation>Добавить файлы сессий или базы данных в библиотеку</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Read the selected session or folder again</source>
        <translation>Заново прочитать выбранную сессию или папку</translation>
    </message>
    <message>
        <source>Remove from &amp;Library</source>
        <translation>Убрать из &amp;библиотеки</translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay where they are)</source>
        <translation>Забыть выбранные записи (файлы остаются на месте)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Language, clipboard timeout, your ferogram release</source>
        <translation>Язык, тайм-аут буфера обмена, ваш выпуск ferogram</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit Feroscope</source>
        <translation>Выйти из Feroscope</translation>
    </message>
    <message>
        <source>&amp;About Feroscope</source>
        <translation>О &amp;программе Feroscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Используемая версия Qt</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Показать вкладку %1</translation>
    </message>
    <message>
        <source>Not available in this build yet</source>
        <translation>Пока недоступно в этой сборке</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сессия</translation>
    </message>
    <message>
        <source>Clean &amp;Peer Cache</source>
        <translation>Очистить кэш &amp;пиров</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop scanning folders (Esc)</source>
        <translation>Остановить сканирование папок (Esc)</translation>
    </message>
    <message>
        <source>demo.session</source>
        <translation>demo.session</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 cancelled: %n session(s) found so far.</source>
        <translation>
            <numerusform>Сканирование %1 отменено: пока найдена %n сессия.</numerusform>
            <numerusform>Сканирование %1 отменено: пока найдено %n сессии.</numerusform>
            <numerusform>Сканирование %1 отменено: пока найдено %n сессий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found, %2 could not be read.</source>
        <translation>
            <numerusform>%1: найдена %n сессия, не прочитано: %2.</numerusform>
            <numerusform>%1: найдено %n сессии, не прочитано: %2.</numerusform>
            <numerusform>%1: найдено %n сессий, не прочитано: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) found.</source>
        <translation>
            <numerusform>%1: найдена %n сессия.</numerusform>
            <numerusform>%1: найдено %n сессии.</numerusform>
            <numerusform>%1: найдено %n сессий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted string %1</source>
        <translation>Вставленная строка %1</translation>
    </message>
    <message>
        <source>%1 — Feroscope</source>
        <translation>%1 — Feroscope</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the library</source>
        <translation>
            <numerusform>%n сессия в библиотеке</numerusform>
            <numerusform>%n сессии в библиотеке</numerusform>
            <numerusform>%n сессий в библиотеке</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning %p%</source>
        <translation>Сканирование %p%</translation>
    </message>
    <message>
        <source>Open Sessions</source>
        <translation>Открыть сессии</translation>
    </message>
    <message>
        <source>Sessions (*.session *.sqlite *.db *.txt *.string);;All files (*)</source>
        <translation>Сессии (*.session *.sqlite *.db *.txt *.string);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Folder of Sessions</source>
        <translation>Открыть папку с сессиями</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 перезагружен.</translation>
    </message>
    <message>
        <source>The dropped text is not a string session: %1</source>
        <translation>Перетащенный текст не является строковой сессией: %1</translation>
    </message>
    <message>
        <source>Telegram Desktop Passcode</source>
        <translation>Код-пароль Telegram Desktop</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode. Enter it to open the accounts (it is kept in memory only).</source>
        <translation>%1 защищена локальным код-паролем. Введите его, чтобы открыть учётные записи (он хранится только в памяти).</translation>
    </message>
    <message>
        <source>Add every session found in a folder, or a Telegram Desktop tdata or GramJS store folder</source>
        <translation>Добавить все сессии из папки либо папку tdata Telegram Desktop или хранилища GramJS</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>&amp;Вставить из буфера обмена</translation>
    </message>
    <message>
        <source>Check the string session on the clipboard: its format, and what else it could be</source>
        <translation>Проверить строковую сессию из буфера обмена: её формат и чем ещё она может быть</translation>
    </message>
    <message>
        <source>Type or paste a string session of any library into a masked box</source>
        <translation>Ввести или вставить строковую сессию любой библиотеки в скрытое поле</translation>
    </message>
    <message>
        <source>Opened the pasted string: %1 It is kept in memory only.</source>
        <translation>Вставленная строка открыта: %1 Она хранится только в памяти.</translation>
    </message>
    <message>
        <source>Wrong passcode: it does not open %1. Try again.</source>
        <translation>Неверный код-пароль: он не открывает %1. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a string session first, or use File ▸ Paste String… (Ctrl+Shift+V) to type one.</source>
        <translation>В буфере обмена нет текста. Сначала скопируйте строковую сессию или введите её через Файл ▸ Вставить строку… (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>Remove Selected M&amp;in Peers</source>
        <translation>Удалить &amp;выбранные min-пиры</translation>
    </message>
    <message>
        <source>Write the selected sessions in another format or version, or copy one as a string</source>
        <translation>Записать выбранные сессии в другом формате или версии либо скопировать одну из них как строку</translation>
    </message>
    <message>
        <source>Copy the session as a string of its own library; the clipboard is cleared after the timeout</source>
        <translation>Копировать сессию как строку её собственной библиотеки; буфер обмена очищается по истечении тайм-аута</translation>
    </message>
    <message>
        <source>Move the selected session files to the trash, or delete them permanently</source>
        <translation>Переместить выбранные файлы сессий в корзину или удалить их навсегда</translation>
    </message>
    <message>
        <source>Compare two sessions: DCs, counters and the peer cache side by side</source>
        <translation>Сравнить две сессии: DC, счётчики и кэш пиров бок о бок</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the peers selected in the Peers tab</source>
        <translation>Создать несохранённую копию без пиров, выбранных на вкладке «Пиры»</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the min peers selected in the Min Peers tab</source>
        <translation>Создать несохранённую копию без min-пиров, выбранных на вкладке «Min-пиры»</translation>
    </message>
    <message>
        <source>Make an unsaved copy without any min peers</source>
        <translation>Создать несохранённую копию вообще без min-пиров</translation>
    </message>
    <message>
        <source>Make an unsaved copy without the per-channel pts</source>
        <translation>Создать несохранённую копию без pts каналов</translation>
    </message>
    <message>
        <source>Copy a summary that is safe to paste into a bug report (no keys, no access hashes)</source>
        <translation>Копировать сводку, которую можно безопасно вставить в отчёт об ошибке (без ключей и хэшей доступа)</translation>
    </message>
    <message numerus="yes">
        <source>Copied a secret: the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Секрет скопирован: буфер обмена очистится через %n с.</numerusform>
            <numerusform>Секрет скопирован: буфер обмена очистится через %n с.</numerusform>
            <numerusform>Секрет скопирован: буфер обмена очистится через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected Telegram Desktop folder with its local passcode</source>
        <translation>Открыть выбранную папку Telegram Desktop с её локальным код-паролем</translation>
    </message>
    <message>
        <source>%1 stays locked: no passcode given.</source>
        <translation>Папка %1 остаётся заблокированной: код-пароль не введён.</translation>
    </message>
    <message>
        <source>Opening %1 with its passcode…</source>
        <translation>Открытие %1 с код-паролем…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Открыто: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Select a session in the library first</source>
        <translation>Сначала выберите сессию в библиотеке</translation>
    </message>
    <message>
        <source>Locked by a local passcode: enter it first (Enter Passcode…)</source>
        <translation>Заблокировано локальным код-паролем: сначала введите его («Ввести код-пароль…»)</translation>
    </message>
    <message>
        <source>None of the selected sessions could be read: nothing to export</source>
        <translation>Не удалось прочитать ни одну из выбранных сессий: нечего экспортировать</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to export</source>
        <translation>Не удалось прочитать эту сессию: нечего экспортировать</translation>
    </message>
    <message>
        <source>This session could not be read: nothing to copy</source>
        <translation>Не удалось прочитать эту сессию: нечего копировать</translation>
    </message>
    <message>
        <source>None of the selected sessions is stored in a file: nothing to delete</source>
        <translation>Ни одна из выбранных сессий не хранится в файле: нечего удалять</translation>
    </message>
    <message>
        <source>The file is no longer there: nothing to delete</source>
        <translation>Файла больше нет: нечего удалять</translation>
    </message>
    <message>
        <source>The demo session has no file to delete</source>
        <translation>У демонстрационной сессии нет файла для удаления</translation>
    </message>
    <message>
        <source>A pasted string has no file to delete</source>
        <translation>У вставленной строки нет файла для удаления</translation>
    </message>
    <message>
        <source>An unsaved copy has nothing on disk to delete</source>
        <translation>У несохранённой копии нет ничего на диске, что можно удалить</translation>
    </message>
    <message>
        <source>This session has no file to delete</source>
        <translation>У этой сессии нет файла для удаления</translation>
    </message>
    <message>
        <source>This session could not be read</source>
        <translation>Не удалось прочитать эту сессию</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n edited cop(ies) not saved yet: %1.

Save the changes before quitting?</source>
        <translation>
            <numerusform>%n изменённая копия ещё не сохранена: %1.

Сохранить изменения перед выходом?</numerusform>
            <numerusform>%n изменённые копии ещё не сохранены: %1.

Сохранить изменения перед выходом?</numerusform>
            <numerusform>%n изменённых копий ещё не сохранено: %1.

Сохранить изменения перед выходом?</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo session is missing from this build.</source>
        <translation>В этой сборке нет демонстрационной сессии.</translation>
    </message>
    <message>
        <source>Paste S&amp;tring…</source>
        <translation>Вст&amp;авить строку…</translation>
    </message>
    <message>
        <source>Opened the pasted string. It is kept in memory only.</source>
        <translation>Вставленная строка открыта. Она хранится только в памяти.</translation>
    </message>
    <message>
        <source>Copy Strin&amp;g Session</source>
        <translation>Копи&amp;ровать строковую сессию</translation>
    </message>
    <message>
        <source>Enter Pass&amp;code…</source>
        <translation>Ввести &amp;код-пароль…</translation>
    </message>
    <message>
        <source>Make the selected session files, and those in selected folders, readable by you only (mode 0600)</source>
        <translation>Сделать выбранные файлы сессий и файлы в выбранных папках доступными для чтения только вам (режим 0600)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>Restrict &amp;Permissions</source>
        <translation>Ограничить права &amp;доступа</translation>
    </message>
    <message>
        <source>Feroscope &amp;Help</source>
        <translation>&amp;Справка Feroscope</translation>
    </message>
    <message>
        <source>How to open, inspect and convert sessions, and the keyboard shortcuts</source>
        <translation>Как открывать, просматривать и преобразовывать сессии, и сочетания клавиш</translation>
    </message>
    <message>
        <source>Version, licence and the libraries Feroscope runs with</source>
        <translation>Версия, лицензия и библиотеки, с которыми работает Feroscope</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>П&amp;оиск</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n remembered folder(s): %1</source>
        <translation>
            <numerusform>Снова открыта %n запомненная папка: %1</numerusform>
            <numerusform>Снова открыты %n запомненные папки: %1</numerusform>
            <numerusform>Снова открыто %n запомненных папок: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search where you are: the Peers or Min Peers search or the Raw JSON find bar when they have focus, else the library&apos;s filter</source>
        <translation>Поиск там, где вы находитесь: в поиске по пирам или min-пирам или в строке поиска исходного JSON, если фокус там, иначе в фильтре библиотеки</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>От&amp;менить</translation>
    </message>
    <message>
        <source>Take back the last removal from the library or peer-cache cleaning</source>
        <translation>Отменить последнее удаление из библиотеки или очистку кэша пиров</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Снова выполнить то, что было отменено</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>От&amp;менить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 больше нет.</translation>
    </message>
    <message>
        <source>%1 Undo with %2.</source>
        <translation>%1 Отменить: %2.</translation>
    </message>
    <message>
        <source>WTelegramClient Session Key</source>
        <translation>Ключ сессии WTelegramClient</translation>
    </message>
    <message>
        <source>%1 is encrypted with the app&apos;s api_hash or its session_key. Enter that key (hex digits) to open it (it is kept in memory only).</source>
        <translation>%1 зашифрован api_hash или session_key приложения. Введите этот ключ (шестнадцатеричные цифры), чтобы открыть его (он хранится только в памяти).</translation>
    </message>
    <message>
        <source>Duplicate &amp;Keys…</source>
        <translation>Повторяющиеся &amp;ключи…</translation>
    </message>
    <message>
        <source>Sessions in the library that share an auth key, and a way to keep one of each</source>
        <translation>Сессии библиотеки с общим ключом авторизации и способ оставить по одной</translation>
    </message>
    <message>
        <source>Re&amp;scan Folders</source>
        <translation>&amp;Заново просканировать папки</translation>
    </message>
    <message>
        <source>Read every file of the library&apos;s folders again, not only those that changed since the last scan</source>
        <translation>Заново прочитать все файлы папок библиотеки, а не только изменившиеся с прошлого сканирования</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeerTableModel</name>
    <message>
        <source>not cached</source>
        <translation>нет в кэше</translation>
    </message>
    <message>
        <source>Double-click to show this peer in the Peers tab.</source>
        <translation>Дважды щёлкните, чтобы показать этого пира на вкладке «Пиры».</translation>
    </message>
    <message>
        <source>The peer cache holds no peer with this id.</source>
        <translation>В кэше пиров нет пира с этим ID.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Seen in peer id</source>
        <translation>Замечен в ID пира</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID сообщения</translation>
    </message>
    <message>
        <source>Peer in cache</source>
        <translation>Пир в кэше</translation>
    </message>
    <message>
        <source>User in cache</source>
        <translation>Пользователь в кэше</translation>
    </message>
</context>
<context>
    <name>fero::gui::MinPeersTab</name>
    <message>
        <source>No min peers stored. Min peers are users the client saw only inside a message (&quot;min&quot; users).</source>
        <translation>Min-пиры не сохранены. Min-пиры — это пользователи, которых клиент видел только внутри сообщений («min»-пользователи).</translation>
    </message>
    <message>
        <source>%1 min-user contexts: the user was seen in message &quot;Message id&quot; of &quot;Seen in peer id&quot;. Double-click a row to jump to the cached peer.</source>
        <translation>Контекстов min-пользователей: %1. Пользователь замечен в сообщении «ID сообщения» из «Замечен в ID пира». Дважды щёлкните строку, чтобы перейти к кэшированному пиру.</translation>
    </message>
    <message>
        <source>Search user, peer or message id (digits)…</source>
        <translation>Поиск по ID пользователя, пира или сообщения (цифры)…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>fero::gui::OverviewTab</name>
    <message>
        <source>&lt;h3&gt;No session selected&lt;/h3&gt;&lt;p&gt;Pick a session in the library on the left to see what is inside it.&lt;/p&gt;&lt;p&gt;To add one: &lt;b&gt;File ▸ Open Session…&lt;/b&gt; (Ctrl+O), &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; (Ctrl+Shift+O), drop files or folders onto this window, or copy a string session and press &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Feroscope never writes to a session when it opens it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Сессия не выбрана&lt;/h3&gt;&lt;p&gt;Выберите сессию в библиотеке слева, чтобы увидеть её содержимое.&lt;/p&gt;&lt;p&gt;Чтобы добавить сессию: &lt;b&gt;Файл ▸ Открыть сессию…&lt;/b&gt; (Ctrl+O), &lt;b&gt;Файл ▸ Открыть папку…&lt;/b&gt; (Ctrl+Shift+O), перетащите файлы или папки в это окно или скопируйте строковую сессию и нажмите &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Feroscope никогда ничего не записывает в сессию при её открытии.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Opens in:</source>
        <translation>Открывается в:</translation>
    </message>
    <message>
        <source>Home DC:</source>
        <translation>Домашний DC:</translation>
    </message>
    <message>
        <source>Home auth key id:</source>
        <translation>ID ключа авторизации (домашний):</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>DC entries:</source>
        <translation>Записи DC:</translation>
    </message>
    <message>
        <source>Cached peers:</source>
        <translation>Кэшированные пиры:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>По типам:</translation>
    </message>
    <message>
        <source>Min peers:</source>
        <translation>Min-пиры:</translation>
    </message>
    <message>
        <source>Channel pts:</source>
        <translation>pts каналов:</translation>
    </message>
    <message>
        <source>Future auth token:</source>
        <translation>Будущий токен авторизации:</translation>
    </message>
    <message>
        <source>Size as binary file:</source>
        <translation>Размер в виде двоичного файла:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Размер файла:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Права доступа:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Изменён:</translation>
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
        <translation>нет: в этой сессии не выполнен вход на домашнем DC</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>бот</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>учётная запись пользователя</translation>
    </message>
    <message>
        <source>test servers</source>
        <translation>тестовые серверы</translation>
    </message>
    <message>
        <source>not stored in this format</source>
        <translation>не хранится в этом формате</translation>
    </message>
    <message>
        <source>%1 (%2 with an auth key)</source>
        <translation>%1 (с ключом авторизации: %2)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>present, empty</source>
        <translation>есть, пустой</translation>
    </message>
    <message>
        <source>present (hidden; see Raw to reveal)</source>
        <translation>есть (скрыт; показать можно на вкладке «Исходный JSON»)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
    <message>
        <source>a pasted string (kept in memory only, never saved)</source>
        <translation>вставленная строка (только в памяти, никогда не сохраняется)</translation>
    </message>
    <message>
        <source>the demo session bundled with Feroscope (random keys, not a real account)</source>
        <translation>демонстрационная сессия из комплекта Feroscope (случайные ключи, не настоящий аккаунт)</translation>
    </message>
    <message>
        <source>an unsaved copy</source>
        <translation>несохранённая копия</translation>
    </message>
    <message>
        <source>an unsaved copy of %1</source>
        <translation>несохранённая копия %1</translation>
    </message>
    <message>
        <source>%1 — other users can read it; use Restrict permissions</source>
        <translation>%1 — другие пользователи могут его читать; используйте «Ограничить права доступа»</translation>
    </message>
    <message>
        <source>%1 — only you can read it</source>
        <translation>%1 — читать его можете только вы</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>ID пользователя:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Серверы:</translation>
    </message>
    <message>
        <source>API id:</source>
        <translation>ID API:</translation>
    </message>
    <message>
        <source>Takeout id:</source>
        <translation>ID takeout:</translation>
    </message>
    <message>
        <source>Media DC:</source>
        <translation>Медиа-DC:</translation>
    </message>
    <message>
        <source>Self user:</source>
        <translation>Собственный пользователь:</translation>
    </message>
    <message>
        <source>0 (unknown)</source>
        <translation>0 (неизвестно)</translation>
    </message>
    <message>
        <source>production servers</source>
        <translation>рабочие серверы</translation>
    </message>
    <message>
        <source>DC %1 (%2)</source>
        <translation>DC %1 (%2)</translation>
    </message>
    <message>
        <source>none stored (the main DC serves media)</source>
        <translation>не сохранён (медиа отдаёт основной DC)</translation>
    </message>
    <message>
        <source>stored (user id %1%2)</source>
        <translation>сохранён (ID пользователя %1%2)</translation>
    </message>
    <message>
        <source>, bot</source>
        <translation>, бот</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>не сохранён</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln пользователь</numerusform>
            <numerusform>%Ln пользователя</numerusform>
            <numerusform>%Ln пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broadcast channel(s)</source>
        <translation>
            <numerusform>%Ln вещательный канал</numerusform>
            <numerusform>%Ln вещательных канала</numerusform>
            <numerusform>%Ln вещательных каналов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln megagroup(s)</source>
        <translation>
            <numerusform>%Ln мегагруппа</numerusform>
            <numerusform>%Ln мегагруппы</numerusform>
            <numerusform>%Ln мегагрупп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gigagroup(s)</source>
        <translation>
            <numerusform>%Ln гигагруппа</numerusform>
            <numerusform>%Ln гигагруппы</numerusform>
            <numerusform>%Ln гигагрупп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s) without kind</source>
        <translation>
            <numerusform>%Ln канал без типа</numerusform>
            <numerusform>%Ln канала без типа</numerusform>
            <numerusform>%Ln каналов без типа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min channel(s)</source>
        <translation>
            <numerusform>%Ln min-канал</numerusform>
            <numerusform>%Ln min-канала</numerusform>
            <numerusform>%Ln min-каналов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communit(y/ies)</source>
        <translation>
            <numerusform>%Ln сообщество</numerusform>
            <numerusform>%Ln сообщества</numerusform>
            <numerusform>%Ln сообществ</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Enter Passcode…</source>
        <translation>Ввести код-пароль…</translation>
    </message>
    <message>
        <source>Type the local passcode to read the accounts (kept in memory only)</source>
        <translation>Ввести локальный код-пароль, чтобы прочитать учётные записи (хранится только в памяти)</translation>
    </message>
    <message>
        <source>%1 is protected by a local passcode.

Its accounts, keys and peers are read once you enter it. Feroscope keeps the passcode in memory only, for as long as the folder is in the library, and never saves it.</source>
        <translation>%1 защищена локальным код-паролем.

Её учётные записи, ключи и пиры будут прочитаны, как только вы его введёте. Feroscope хранит код-пароль только в памяти, пока папка находится в библиотеке, и никогда его не сохраняет.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Restrict Permissions…</source>
        <translation>Ограничить права доступа…</translation>
    </message>
    <message>
        <source>Make the selected sessions readable by you only (mode 0600)</source>
        <translation>Сделать выбранные сессии доступными для чтения только вам (режим 0600)</translation>
    </message>
    <message>
        <source>Restrict the Whole Folder…</source>
        <translation>Ограничить всю папку…</translation>
    </message>
    <message>
        <source>Make every session found in this folder readable by you only</source>
        <translation>Сделать все сессии из этой папки доступными для чтения только вам</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Файла больше нет.</translation>
    </message>
    <message>
        <source>It was moved, renamed or deleted since it was added. Remove it from the library or put the file back; Feroscope notices when it returns (View ▸ Reload, F5).</source>
        <translation>Его переместили, переименовали или удалили после добавления. Уберите его из библиотеки или верните файл на место; Feroscope заметит его возвращение (Вид ▸ Перезагрузить, F5).</translation>
    </message>
    <message>
        <source>This entry cannot be read.</source>
        <translation>Эту запись невозможно прочитать.</translation>
    </message>
</context>
<context>
    <name>fero::gui::PasteDialog</name>
    <message>
        <source>Paste String Session</source>
        <translation>Вставка строковой сессии</translation>
    </message>
    <message>
        <source>Paste a string session here (Ctrl+V)</source>
        <translation>Вставьте сюда строковую сессию (Ctrl+V)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>A string session logs in whoever holds it. Feroscope keeps it in memory only: it is not saved, not remembered and not shown.</source>
        <translation>Строковая сессия даёт вход любому, у кого она есть. Feroscope хранит её только в памяти: она не сохраняется, не запоминается и не показывается.</translation>
    </message>
    <message>
        <source>String session:</source>
        <translation>Строковая сессия:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Other readings that were tried, and why they were rejected, appear here.</source>
        <translation>Здесь появятся другие опробованные варианты чтения и причины, по которым они отклонены.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Определено:</translation>
    </message>
    <message>
        <source>nothing pasted yet</source>
        <translation>пока ничего не вставлено</translation>
    </message>
    <message>
        <source>%1 (%2), as chosen.</source>
        <translation>%1 (%2), как выбрано.</translation>
    </message>
    <message>
        <source>Not a %1: %2</source>
        <translation>Не %1: %2</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Другие прочтения</translation>
    </message>
    <message>
        <source>Not a session string Feroscope knows.</source>
        <translation>Это не строковая сессия, известная Feroscope.</translation>
    </message>
    <message>
        <source>Other readings (%1)</source>
        <translation>Другие прочтения (%1)</translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerCacheCleaner</name>
    <message>
        <source>No min peers selected.</source>
        <translation>Min-пиры не выбраны.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n min peer(s).</source>
        <translation>
            <numerusform>Удалено: %n min-пир.</numerusform>
            <numerusform>Удалено: %n min-пира.</numerusform>
            <numerusform>Удалено: %n min-пиров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fero::gui::PeerTableModel</name>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>channel (broadcast)</source>
        <translation>канал (вещательный)</translation>
    </message>
    <message>
        <source>channel (megagroup)</source>
        <translation>канал (мегагруппа)</translation>
    </message>
    <message>
        <source>channel (gigagroup)</source>
        <translation>канал (гигагруппа)</translation>
    </message>
    <message>
        <source>channel (kind not stored)</source>
        <translation>канал (тип не сохранён)</translation>
    </message>
    <message>
        <source>min channel</source>
        <translation>min-канал</translation>
    </message>
    <message>
        <source>community</source>
        <translation>сообщество</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>ID пира</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Access hash</source>
        <translation>Хэш доступа</translation>
    </message>
    <message>
        <source>Stored flags</source>
        <translation>Сохранённые флаги</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Имена пользователей</translation>
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
        <translation>Поиск по ID или хэшу доступа (цифры)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Chats (basic groups)</source>
        <translation>Чаты (обычные группы)</translation>
    </message>
    <message>
        <source>Channels (all kinds)</source>
        <translation>Каналы (все типы)</translation>
    </message>
    <message>
        <source>Broadcast channels</source>
        <translation>Вещательные каналы</translation>
    </message>
    <message>
        <source>Megagroups</source>
        <translation>Мегагруппы</translation>
    </message>
    <message>
        <source>Gigagroups</source>
        <translation>Гигагруппы</translation>
    </message>
    <message>
        <source>Channels without kind</source>
        <translation>Каналы без типа</translation>
    </message>
    <message>
        <source>Min channels</source>
        <translation>Min-каналы</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <source>Copy Rows as Text</source>
        <translation>Копировать строки как текст</translation>
    </message>
    <message>
        <source>Copy Rows as JSON</source>
        <translation>Копировать строки как JSON</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No peers cached.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A client fills this cache with the access hashes of the users, groups and channels it meets; a fresh login has none yet. Sessions of libraries that keep no peer cache (string sessions) show none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Кэш пиров пуст.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Клиент заполняет этот кэш хэшами доступа пользователей, групп и каналов, которые ему встречаются; после нового входа их ещё нет. У сессий библиотек, которые не ведут кэш пиров (строковые сессии), их тоже нет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Копировать строки</translation>
    </message>
    <message>
        <source>Shows peers whose id or access hash contains these digits; Bot API ids (-100… for channels, -… for basic groups) match too</source>
        <translation>Показывает пиров, чей ID или access hash содержит эти цифры; ID в формате Bot API (-100… для каналов, -… для обычных групп) тоже подходят</translation>
    </message>
</context>
<context>
    <name>fero::gui::RawTab</name>
    <message>
        <source>Reveal auth keys and token</source>
        <translation>Показать ключи авторизации и токен</translation>
    </message>
    <message>
        <source>Shows the secret values in this JSON. Anyone who sees them can use the account.</source>
        <translation>Показывает секретные значения в этом JSON. Любой, кто их увидит, сможет пользоваться аккаунтом.</translation>
    </message>
</context>
<context>
    <name>fero::gui::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (нет на месте)</translation>
    </message>
    <message>
        <source>No Recent Sessions</source>
        <translation>Нет недавних сессий</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>fero::gui::SecretTextEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
</context>
<context>
    <name>fero::gui::SessionView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;DCs</source>
        <translation>&amp;DC</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>О&amp;бновления</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>Пир&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Min Peers</source>
        <translation>&amp;Min-пиры</translation>
    </message>
    <message>
        <source>What this session is and what looks wrong (Ctrl+1)</source>
        <translation>Что это за сессия и что в ней не так (Ctrl+1)</translation>
    </message>
    <message>
        <source>Data centres, addresses and auth key ids (Ctrl+2)</source>
        <translation>Дата-центры, адреса и ID ключей авторизации (Ctrl+2)</translation>
    </message>
    <message>
        <source>Update counters and per-channel pts (Ctrl+3)</source>
        <translation>Счётчики обновлений и pts каналов (Ctrl+3)</translation>
    </message>
    <message>
        <source>The access-hash cache (Ctrl+4)</source>
        <translation>Кэш хэшей доступа (Ctrl+4)</translation>
    </message>
    <message>
        <source>Users seen only inside messages (Ctrl+5)</source>
        <translation>Пользователи, замеченные только в сообщениях (Ctrl+5)</translation>
    </message>
    <message>
        <source>The canonical JSON (Ctrl+6)</source>
        <translation>Канонический JSON (Ctrl+6)</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;Исходный JSON</translation>
    </message>
</context>
<context>
    <name>fero::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>ferogram %1 (reads binary up to v%2)</source>
        <translation>ferogram %1 (читает двоичные файлы до v%2)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time Feroscope starts.</source>
        <translation>Новый язык будет применён при следующем запуске Feroscope.</translation>
    </message>
    <message>
        <source>Clear copied secrets after:</source>
        <translation>Очищать скопированные секреты через:</translation>
    </message>
    <message>
        <source>ferogram release I use:</source>
        <translation>Мой выпуск ferogram:</translation>
    </message>
    <message>
        <source>Sessions newer than this release can open are flagged &quot;too new&quot; in the library: that release would set them aside as .bak and start logged out.</source>
        <translation>Сессии новее, чем может открыть этот выпуск, помечаются в библиотеке как «слишком новая»: этот выпуск отложил бы их как .bak и запустился бы без входа.</translation>
    </message>
</context>
<context>
    <name>fero::gui::UpdatesTab</name>
    <message>
        <source>Update state</source>
        <translation>Состояние обновлений</translation>
    </message>
    <message>
        <source>Initialised:</source>
        <translation>Инициализировано:</translation>
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
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>in %1 (clock skew?)</source>
        <translation>через %1 (сбиты часы?)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no — pts is 0: the client will fetch the state from scratch</source>
        <translation>нет — pts равен 0: клиент получит состояние заново</translation>
    </message>
    <message>
        <source>0 (never set)</source>
        <translation>0 (не задано)</translation>
    </message>
    <message>
        <source>%1 (%2) — Unix time %3</source>
        <translation>%1 (%2) — время Unix %3</translation>
    </message>
    <message>
        <source>No per-channel pts stored.</source>
        <translation>pts каналов не сохранены.</translation>
    </message>
    <message>
        <source>Per-channel pts: %1 channel(s)</source>
        <translation>pts каналов: каналов — %1</translation>
    </message>
</context>
<context>
    <name>fero::gui::WindowActions</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Буфер обмена очистится через %n с</numerusform>
            <numerusform>Буфер обмена очистится через %n с</numerusform>
            <numerusform>Буфер обмена очистится через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Буфер обмена очищен.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Write the cleaned copy over its original (the previous file goes to the trash)</source>
        <translation>Записать очищенную копию поверх оригинала (предыдущий файл попадёт в корзину)</translation>
    </message>
    <message>
        <source>Save Changes &amp;As…</source>
        <translation>Сохранить &amp;изменения как…</translation>
    </message>
    <message>
        <source>Write the cleaned copy to a new file (owner-only)</source>
        <translation>Записать очищенную копию в новый файл (доступ только владельцу)</translation>
    </message>
    <message>
        <source>Only sessions stored in files can be deleted; remove others from the library (Del).</source>
        <translation>Удалять можно только сессии, хранящиеся в файлах; остальные уберите из библиотеки (Del).</translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation>Сравнить %1 с…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Select peers in the Peers tab first.</source>
        <translation>Сначала выберите пиров на вкладке «Пиры».</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Нечего менять.</translation>
    </message>
    <message>
        <source>%1 (cleaned)</source>
        <translation>%1 (очищенная)</translation>
    </message>
    <message>
        <source>%1 Unsaved: use Save Changes (Ctrl+S) or Save Changes As (Ctrl+Shift+S).</source>
        <translation>%1 Не сохранено: используйте «Сохранить изменения» (Ctrl+S) или «Сохранить изменения как» (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Include &amp;Ids in Reports</source>
        <translation>&amp;Включать ID в отчёты</translation>
    </message>
    <message>
        <source>Copy Report adds the user id and peer ids (never keys or access hashes)</source>
        <translation>«Копировать отчёт» добавляет ID пользователя и ID пиров (но никогда — ключи или хэши доступа)</translation>
    </message>
    <message>
        <source>Select min peers in the Min Peers tab first.</source>
        <translation>Сначала выберите min-пиры на вкладке «Min-пиры».</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in this file&apos;s version v%1</source>
        <translation>собственная строка ferogram в версии этого файла (v%1)</translation>
    </message>
    <message>
        <source>ferogram&apos;s own string, in the newest version v%1 (this file&apos;s version cannot be written)</source>
        <translation>собственная строка ferogram в новейшей версии v%1 (версию этого файла записать нельзя)</translation>
    </message>
    <message>
        <source>the format this string already is</source>
        <translation>формат, в котором уже записана эта строка</translation>
    </message>
    <message>
        <source>Copy String Session</source>
        <translation>Копирование строковой сессии</translation>
    </message>
    <message>
        <source>The string loses data. Copy it anyway?</source>
        <translation>Строка теряет данные. Всё равно скопировать?</translation>
    </message>
    <message>
        <source>Copies the %1.

The string cannot hold:
%2</source>
        <translation>Будет скопировано: %1.

Строка не может хранить:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Anyway</source>
        <translation>Всё равно &amp;копировать</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) could not be read and are left out of the export.</source>
        <translation>
            <numerusform>%n выбранная сессия не прочитана и исключена из экспорта.</numerusform>
            <numerusform>%n выбранные сессии не прочитаны и исключены из экспорта.</numerusform>
            <numerusform>%n выбранных сессий не прочитано и исключено из экспорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing copied; the clipboard is unchanged.</source>
        <translation>Ничего не скопировано; буфер обмена не изменился.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Скопировано: %1. Буфер обмена очистится через %n с.</numerusform>
            <numerusform>Скопировано: %1. Буфер обмена очистится через %n с.</numerusform>
            <numerusform>Скопировано: %1. Буфер обмена очистится через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <source>%1 has no string of its own; ferogram&apos;s string v%2 holds the login</source>
        <translation>у %1 нет своей строки; вход хранит строка ferogram v%2</translation>
    </message>
    <message>
        <source>the string form of %1, the library this database belongs to</source>
        <translation>строковая форма %1 — библиотеки, которой принадлежит эта база данных</translation>
    </message>
    <message>
        <source>the string form of %1, the library this store belongs to</source>
        <translation>строковая форма %1 — библиотеки, которой принадлежит это хранилище</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, convert and clean up Telegram client sessions.</source>
        <translation>Просмотр, преобразование и очистка сессий клиентов Telegram.</translation>
    </message>
    <message>
        <source>Session files, databases or folders to open.</source>
        <translation>Файлы сессий, базы данных или папки для открытия.</translation>
    </message>
    <message>
        <source>Show tab &lt;n&gt; (1-6) of the session view.</source>
        <translation>Показать вкладку &lt;n&gt; (1–6) в окне сессии.</translation>
    </message>
    <message>
        <source>Open the Export dialog for the selected session with target &lt;format&gt; (a format id such as telethon-string).</source>
        <translation>Открыть окно экспорта выбранной сессии с целевым форматом &lt;format&gt; (идентификатор формата, например telethon-string).</translation>
    </message>
    <message>
        <source>Open Paste String with the text of &lt;file&gt; in it.</source>
        <translation>Открыть «Вставить строку» с текстом из &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open Compare for the selected session and the session at &lt;path&gt;.</source>
        <translation>Открыть сравнение выбранной сессии с сессией по пути &lt;path&gt;.</translation>
    </message>
</context>
</TS>
