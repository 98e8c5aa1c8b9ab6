// Secret memory hygiene: SecretBuffer reserves exactly, grows only by
// allocate-copy-wipe and wipes every block it frees (seen through its
// release observer, which runs while the block is still allocated); the
// wiping helpers leave shared copies alone; AuthKey's hex forms match Qt's;
// the tdata crypto refuses wrong key sizes instead of reading past them.
#include "base/secret.h"
#include "formats/tdesktop/tdatacrypto.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace fero;

namespace {

// What the observer saw: each released block's size and whether every byte
// of it was zero at that moment.
struct Released {
    qsizetype capacity;
    bool allZero;
};
std::vector<Released> released;

void recordRelease(const char *block, qsizetype capacity)
{
    released.push_back({capacity, std::all_of(block, block + capacity, [](char c) { return c == 0; })});
}

// Installs the observer for one test and removes it again.
struct ObserveReleases {
    ObserveReleases()
    {
        released.clear();
        SecretBuffer::setReleaseObserver(recordRelease);
    }
    ~ObserveReleases() { SecretBuffer::setReleaseObserver(nullptr); }
};

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(seed + i % 251 + 1); // never zero
    return out;
}

} // namespace

class TestSecret : public QObject {
    Q_OBJECT

private slots:
    void reservesExactlyAndNeverMoves()
    {
        const ObserveReleases observe;
        {
            SecretBuffer buffer(300);
            QCOMPARE(buffer.capacity(), 300);
            const char *block = buffer.data();
            buffer.append(pattern(256, 'a'));
            buffer.appendBe32(0x01020304);
            buffer.append('x');
            buffer.append(pattern(39, 'b'));
            QCOMPARE(buffer.size(), 300);
            QVERIFY(buffer.data() == block); // filled to the reservation: no reallocation
            QVERIFY(released.empty());
            QCOMPARE(buffer.view().sliced(256, 5), QByteArrayView("\x01\x02\x03\x04x"));
        }
        QCOMPARE(released.size(), std::size_t(1));
        QCOMPARE(released[0].capacity, 300);
        QVERIFY(released[0].allZero);
    }

    void growthWipesTheOldBlock()
    {
        const ObserveReleases observe;
        {
            SecretBuffer buffer(16);
            buffer.append(pattern(16, 'k'));
            buffer.append(pattern(100, 'm')); // beyond the reservation: a new block
            QCOMPARE(buffer.size(), 116);
            QVERIFY(buffer.capacity() >= 116);
            QCOMPARE(buffer.view(), QByteArrayView(pattern(16, 'k') + pattern(100, 'm')));
            QCOMPARE(released.size(), std::size_t(1)); // the 16-byte block, while still ours
            QCOMPARE(released[0].capacity, 16);
            QVERIFY(released[0].allZero);

            buffer.reserve(4096); // explicit growth: the same
            QCOMPARE(buffer.view(), QByteArrayView(pattern(16, 'k') + pattern(100, 'm')));
            QCOMPARE(released.size(), std::size_t(2));
            QVERIFY(released[1].allZero);
            buffer.reserve(10); // never shrinks
            QCOMPARE(buffer.capacity(), 4096);
        }
        QCOMPARE(released.size(), std::size_t(3));
        QVERIFY(released[2].allZero);
        QCOMPARE(released[2].capacity, 4096);
    }

    void resizeAndClear()
    {
        const ObserveReleases observe;
        SecretBuffer buffer;
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.capacity(), 0);
        buffer.resize(8);
        QCOMPARE(buffer.view(), QByteArrayView(QByteArray(8, '\0')));
        std::fill(buffer.data(), buffer.data() + 8, char(0x5a));
        buffer.resize(3);
        QCOMPARE(buffer.size(), 3);
        // The dropped bytes are still inside our allocation: wiped.
        QVERIFY(std::all_of(buffer.data() + 3, buffer.data() + 8, [](char c) { return c == 0; }));
        QCOMPARE(buffer.view(), QByteArrayView("\x5a\x5a\x5a"));
        buffer.clear();
        QCOMPARE(buffer.size(), 0);
        QCOMPARE(buffer.capacity(), 0);
        QCOMPARE(released.size(), std::size_t(1));
        QVERIFY(released[0].allZero);
    }

    void moveHandsOverTheBlock()
    {
        const ObserveReleases observe;
        {
            SecretBuffer a(32);
            a.append(pattern(32, 'p'));
            const char *block = a.data();
            SecretBuffer b(std::move(a));
            QVERIFY(b.data() == block);
            QCOMPARE(a.size(), 0); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
            QVERIFY(a.data() == nullptr);
            SecretBuffer c(8);
            c = std::move(b); // c's own block is wiped and freed
            QVERIFY(c.data() == block);
            QCOMPARE(released.size(), std::size_t(1));
            QCOMPARE(released[0].capacity, 8);
        }
        QCOMPARE(released.size(), std::size_t(2)); // the 32-byte block, once
        QVERIFY(released[1].allZero);
    }

    void wipingLeavesSharedCopiesAlone()
    {
        QByteArray bytes = pattern(64, 'z');
        const QByteArray shared = bytes;
        secureWipe(bytes);
        QVERIFY(bytes.isEmpty());
        QCOMPARE(shared, pattern(64, 'z'));

        QString text = QStringLiteral("correct horse battery staple");
        const QString sharedText = text;
        secureWipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(sharedText, QStringLiteral("correct horse battery staple"));
    }

    void authKeyHex()
    {
        const AuthKey key = *AuthKey::fromBytes(pattern(256, 'q'));
        QCOMPARE(key.toHex(), pattern(256, 'q').toHex());
        QCOMPARE(key.toHexString(), QString::fromLatin1(pattern(256, 'q').toHex()));
        QCOMPARE(key.toHex().capacity(), 512); // one exact allocation
    }

    void cryptoRefusesWrongSizes()
    {
        const QByteArray key = pattern(256, 'l');
        QVERIFY(tdatacrypto::encryptLocal("data", key.first(255)).isEmpty());
        QVERIFY(tdatacrypto::encryptLocal("data", key + 'x').isEmpty());
        const QByteArray blob = tdatacrypto::encryptLocal("hello, tdata", key);
        QCOMPARE(blob.size(), 16 + 16); // msg_key + one block (4-byte length + 12 bytes)
        const tdatacrypto::Decrypted back = tdatacrypto::decryptLocal(blob, key);
        QVERIFY(back.data);
        QCOMPARE(*back.data, QByteArray("hello, tdata"));
        QVERIFY(!tdatacrypto::decryptLocal(blob, key.first(255)).data);
        QByteArray wrong = key;
        wrong[100] = char(wrong[100] ^ 1);
        const tdatacrypto::Decrypted bad = tdatacrypto::decryptLocal(blob, wrong);
        QVERIFY(!bad.data);
        QCOMPARE(bad.problem, tdatacrypto::DecryptProblem::BadKey);
        // Every length up to two blocks pads to whole blocks and reads back.
        for (int n = 0; n < 40; ++n) {
            const QByteArray plain = pattern(n, 'r');
            const auto again = tdatacrypto::decryptLocal(tdatacrypto::encryptLocal(plain, key), key);
            QVERIFY(again.data);
            QCOMPARE(*again.data, plain);
        }
    }

    void passcodeKeyIsStable()
    {
        // Fed to SHA-512 in parts now; tst_tdata's cryptoSteps checks the
        // value against the vectors. Here: stable, salted, passcode-bound.
        const QByteArray salt = pattern(32, 's');
        const QByteArray none = tdatacrypto::passcodeKey(salt, QByteArray());
        QCOMPARE(none.size(), 256);
        QVERIFY(none != QByteArray(256, '\0'));
        QCOMPARE(tdatacrypto::passcodeKey(salt, QByteArray()), none);
        QVERIFY(tdatacrypto::passcodeKey(pattern(32, 't'), QByteArray()) != none);
        QVERIFY(tdatacrypto::passcodeKey(salt, "1") != none);
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
