// Folder sessions as fuzz input: a valid folder copied from the test vectors
// into the scratch folder, one of whose files the input replaces. Shared by
// the gramjsstore and tdata targets and by roundtripfiles, so the same bytes
// mean the same folder in all of them (and seeds carry over).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

namespace fuzz {

// A GramJS StoreSession folder (gramjs_store_dc4). Input: the first byte
// picks one of its files, or a new, unknown key (index = byte modulo the
// number of files + 1); the rest becomes that file's content.
class GramjsStoreInput {
public:
    explicit GramjsStoreInput(const QString &scratchName);
    const QString &folder() const { return m_folder; }
    // Writes the input into the folder; false (nothing changed) when empty.
    bool apply(QByteArrayView input);
    // Puts back what apply() replaced.
    void restore();

private:
    QString m_folder;
    std::vector<std::pair<QString, QByteArray>> m_files; // name -> original content (empty: absent)
    std::size_t m_changed = 0;
};

// A Telegram Desktop tdata folder. Input: the first byte picks
//   bits 0-4: a file (key_datas, a data file or a map file; index modulo
//             the folder's file count, in path order);
//   bit 5:    the folder: 0 = tdata_two_accounts, no local passcode;
//             1 = tdata_single_passcode, passcode TdataInput::Passcode;
//   bits 6-7: the layer the rest of the input replaces:
//             0: the raw file bytes;
//             1: the TDF$ payload (header and a valid MD5 added);
//             2/3: the decrypted content (encrypted with the folder's local
//                  key and wrapped), so the parsers behind the checksum and
//                  the encryption see arbitrary bytes too.
class TdataInput {
public:
    static constexpr char Passcode[] = "correct horse"; // the tdata_single_passcode vector's
    enum class Role { KeyFile, DataFile, MapFile };
    struct File {
        QString path;
        Role role;
        QByteArray original;
    };
    struct Folder {
        QString path;
        QString passcode;
        std::vector<File> files;
        QByteArray version;            // the TDF$ version bytes of key_datas
        QByteArray salt, keyEncrypted; // key_datas fields kept when fuzzing the account list
        QByteArray passcodeKey;        // derived once from salt and passcode (100,000 rounds when non-empty)
        QByteArray localKey;
    };

    // Copies the vector folders; only what `passcodeFolder` asks for pays
    // the passcode folder's key derivation (once).
    explicit TdataInput(const QString &scratchName, bool passcodeFolder = true);

    // Writes the input into its folder and returns that folder, or nullptr
    // (nothing changed) when the input is empty.
    const Folder *apply(QByteArrayView input);
    void restore();

    // The selector byte and content that reproduce the original file at a
    // layer: one seed per folder, file and layer.
    std::vector<QByteArray> seeds() const;

    // The key read() derives for a folder's salt and passcode, from the
    // cache: the passcode folder's 100,000 PBKDF2 rounds ran once, at
    // start-up. Passed to fero::tdata::read as its PasscodeKeyFunction.
    static QByteArray cachedPasscodeKey(QByteArrayView salt, QByteArrayView passcodeUtf8);

private:
    std::vector<Folder> m_folders;
    const File *m_changed = nullptr;
};

} // namespace fuzz
