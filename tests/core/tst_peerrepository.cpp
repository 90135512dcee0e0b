#include "databasedump.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "sharingfixtures.h"
#include "storage/peerrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

class TestPeerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void listsPeersWithTheirNotes()
    {
        test::TempDatabase temp;
        PeerRepository peers(temp.db());
        QVERIFY(peers.peers()->isEmpty());
        test::importNotesAs(temp.db(), QStringLiteral("Sam"));
        test::importNotesAs(temp.db(), QStringLiteral("Alex"));
        auto list = peers.peers();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("Alex"));
        QCOMPARE(list->at(0).noteCount, 2);
        QCOMPARE(list->at(0).fileExportedAt, QDateTime(QDate(2025, 1, 20), QTime(18, 30), Qt::UTC));
        QVERIFY(list->at(0).importedAt.isValid());

        // Names are found whatever their case.
        auto found = peers.find(QStringLiteral("ALEX"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->name, QStringLiteral("Alex"));
        QVERIFY(!peers.find(QStringLiteral("Jo"))->has_value());
    }

    void removesOnlyThatLayer()
    {
        test::TempDatabase temp;
        test::importNotesAs(temp.db(), QStringLiteral("Sam"));
        test::importNotesAs(temp.db(), QStringLiteral("Alex"));
        const Note own = test::addOwnNote(temp.db(), NoteTarget::Kind::Program,
                                          QStringLiteral("mgh-im"), QStringLiteral("mine"));
        PeerRepository peers(temp.db());
        auto removed = peers.remove(QStringLiteral("sam"));
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 2);
        QCOMPARE(peers.peers()->size(), 1);
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 3);
        QVERIFY(NoteRepository(temp.db()).note(own.id).ok());

        auto missing = peers.remove(QStringLiteral("Sam"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.message().contains(QStringLiteral("Known: “Alex”")));
    }

    void layerRestoresExactly()
    {
        test::TempDatabase temp;
        test::importNotesAs(temp.db(), QStringLiteral("Alex"));
        const QString before = test::databaseDump(temp.db());
        PeerRepository peers(temp.db());
        auto layer = peers.layer(QStringLiteral("Alex"));
        QVERIFY(layer.ok());
        QCOMPARE(layer->notes.size(), 2);
        QVERIFY(peers.remove(QStringLiteral("Alex")).ok());
        QVERIFY(test::databaseDump(temp.db()) != before);
        auto restored = peers.restoreLayer(*layer);
        QVERIFY2(restored.ok(), test::why(restored).constData());
        QCOMPARE(test::databaseDump(temp.db()), before);
        // Restoring over an existing peer is refused, and changes nothing.
        QVERIFY(!peers.restoreLayer(*layer).ok());
        QCOMPARE(test::databaseDump(temp.db()), before);
    }

    void checksNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("Alex Kim") << true;
        QTest::newRow("accents") << QStringLiteral("José Núñez") << true;
        QTest::newRow("arabic") << QStringLiteral("ليلى") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral("   ") << false;
        QTest::newRow("padded") << QStringLiteral(" Alex") << false;
        QTest::newRow("newline") << QStringLiteral("Al\nex") << false;
        QTest::newRow("rlo") << QStringLiteral("Al\u202Eex") << false;
        QTest::newRow("escape") << QStringLiteral("Al\u001Bex") << false;
        QTest::newRow("long") << QString(101, u'a') << false;
    }

    void checksNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(PeerRepository::checkName(name).ok(), ok);
    }
};

QTEST_GUILESS_MAIN(TestPeerRepository)
#include "tst_peerrepository.moc"
