#include "exchange/jsonprecheck.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesfilewriter.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

QByteArray minimalFile(const QByteArray &items)
{
    return QByteArrayLiteral("{\"format\":\"rankwise-notes\",\"version\":1,\"exported_by\":\"A\","
                             "\"exported_at\":\"2025-01-20T18:30:00Z\",\"items\":[")
        + items + QByteArrayLiteral("]}");
}

QByteArray programItem(const QByteArray &id, const QByteArray &body)
{
    return QByteArrayLiteral("{\"id\":\"") + id
        + QByteArrayLiteral("\",\"target\":{\"kind\":\"program\",\"key\":\"mgh-im\","
                            "\"institution\":\"I\",\"program\":\"P\"},\"body\":\"")
        + body
        + QByteArrayLiteral("\",\"created\":\"2025-01-10T21:05:00Z\","
                            "\"modified\":\"2025-01-10T21:05:00Z\"}");
}

} // namespace

class TestNotesFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void readsAValidFile()
    {
        auto file = NotesFileReader::readFile(
            test::dataPath(QStringLiteral("notes/good/two-notes.rwnotes")));
        QVERIFY2(file.ok(), test::why(file).constData());
        QCOMPARE(file->exportedBy, QStringLiteral("Alex Kim"));
        QCOMPARE(file->exportedAt, QDateTime(QDate(2025, 1, 20), QTime(18, 30), Qt::UTC));
        QCOMPARE(file->items.size(), 2);
        const NoteItem &track = file->items.at(1);
        QCOMPARE(track.id, QStringLiteral("a1b2c3d4e5f60718-2"));
        QCOMPARE(track.target.kind, NoteTarget::Kind::Track);
        QCOMPARE(track.target.key, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(track.target.nrmpCode, QStringLiteral("1234140M0"));
        QCOMPARE(track.target.track, QStringLiteral("Primary Care"));
        QCOMPARE(track.target.trackType, QStringLiteral("primary-care"));
        QCOMPARE(track.body, QStringLiteral("Continuity clinic half-days every week."));
        QVERIFY(!file->hasPrivateParts());
    }

    // The example in docs/notes-format.md is a file this reader accepts.
    void acceptsTheDocumentedExample()
    {
        const QString doc = QString::fromUtf8(
            test::readFile(test::dataPath(QStringLiteral("../../docs/notes-format.md"))));
        const qsizetype example = doc.indexOf(QStringLiteral("## Example"));
        QVERIFY(example > 0);
        const qsizetype start = doc.indexOf(QStringLiteral("```json\n"), example) + 8;
        const qsizetype end = doc.indexOf(QStringLiteral("```"), start);
        QVERIFY(start > 8 && end > start);
        auto file = NotesFileReader::parse(doc.mid(start, end - start).toUtf8());
        QVERIFY2(file.ok(), test::why(file).constData());
        QCOMPARE(file->items.size(), 3);
        QCOMPARE(file->ratings.size(), 1);
        QCOMPARE(file->lists.at(0).entries.at(0).position, std::optional<int>(1));
    }

    void keepsHostileTextAsText()
    {
        auto file = NotesFileReader::readFile(
            test::dataPath(QStringLiteral("notes/good/hostile-text.rwnotes")));
        QVERIFY2(file.ok(), test::why(file).constData());
        const QString body = file->items.at(0).body;
        QVERIFY(body.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QVERIFY(body.contains(QChar(0x202E)));
        QVERIFY(body.contains(QChar(0x1B)));
        QVERIFY(file->exportedBy.contains(QChar(0x202E)));
        // Offsets other than Z are read as the same instant in UTC.
        QCOMPARE(file->exportedAt, QDateTime(QDate(2025, 1, 21), QTime(8, 0), Qt::UTC));
    }

    // Every file in tests/data/notes/bad is refused with the message in expected.tsv.
    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString dir = test::dataPath(QStringLiteral("notes/bad"));
        QFile list(dir + QStringLiteral("/expected.tsv"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> listed;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString name = line.section(u'\t', 0, 0);
            listed.insert(name);
            QTest::newRow(qPrintable(name)) << dir + u'/' + name << line.section(u'\t', 1);
        }
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.rwnotes")}, QDir::Files);
        for (const QString &name : files)
            QVERIFY2(listed.contains(name), qPrintable(name + u" has no line in expected.tsv"));
        QVERIFY(files.size() >= 25);
    }

    void refusesMalformedFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY(QFile::exists(path));
        auto file = NotesFileReader::readFile(path);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::Input);
        QVERIFY2(file.message().contains(expected),
                 qPrintable(u"message: " + file.message() + u"\nexpected: " + expected));
        // The message starts with the file's name.
        QVERIFY(file.message().startsWith(u"“" + QFileInfo(path).fileName() + u"”"));
    }

    void refusesFilesOver20MegabytesBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.rwnotes"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // Valid JSON padded with spaces: only the size is wrong.
        const QByteArray head = minimalFile(programItem("a", "x"));
        QVERIFY(out.write(head) == head.size());
        QVERIFY(out.resize(NotesFormat::kMaxFileBytes + 1));
        out.close();
        auto file = NotesFileReader::readFile(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.message().contains(QStringLiteral("can be at most 20 MB")),
                 qPrintable(file.message()));

        QByteArray bytes(NotesFormat::kMaxFileBytes + 1, ' ');
        auto parsed = NotesFileReader::parse(bytes);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.message().contains(QStringLiteral("at most 20 MB")));
    }

    void acceptsExactlyTheLimits()
    {
        QByteArray items;
        items.reserve(NotesFormat::kMaxItems * 120);
        for (int i = 0; i < NotesFormat::kMaxItems; ++i) {
            if (i)
                items += ',';
            items += programItem("n" + QByteArray::number(i), "x");
        }
        auto file = NotesFileReader::parse(minimalFile(items));
        QVERIFY2(file.ok(), test::why(file).constData());
        QCOMPARE(file->items.size(), NotesFormat::kMaxItems);

        const QByteArray longest(NotesFormat::kMaxBodyLength, 'y');
        file = NotesFileReader::parse(minimalFile(programItem("a", longest)));
        QVERIFY2(file.ok(), test::why(file).constData());
        QCOMPARE(file->items.at(0).body.size(), NotesFormat::kMaxBodyLength);
    }

    void acceptsAByteOrderMark()
    {
        auto file = NotesFileReader::parse(
            QByteArray(QByteArray("\xEF\xBB\xBF") + minimalFile(programItem("a", "x"))));
        QVERIFY2(file.ok(), test::why(file).constData());
    }

    void checksUtf8ByteByByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("badAt");
        QTest::newRow("ascii") << QByteArray("plain") << -1;
        QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << -1;
        QTest::newRow("three-byte") << QByteArray("\xE2\x80\xAE") << -1;
        QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << -1;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << 1;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80") << 0;
        QTest::newRow("truncated at end") << QByteArray("abc\xE2\x80") << 3;
        QTest::newRow("bad second") << QByteArray("\xC3(") << 0;
        QTest::newRow("bad third") << QByteArray("\xE2\x80(") << 0;
    }

    void checksUtf8ByteByByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, badAt);
        QCOMPARE(JsonPrecheck::invalidUtf8At(bytes), qsizetype(badAt));
    }

    void prechecksStructure()
    {
        // Brackets inside strings do not count as nesting.
        QVERIFY(!JsonPrecheck::check("{\"a\":\"[[[[[[[[[[{{{{{{{\"}", 2));
        QVERIFY(JsonPrecheck::check("{\"a\":[[1]]}", 2));
        // Escaped quotes do not end a string.
        QVERIFY(!JsonPrecheck::check("{\"a\":\"x\\\"[[[[[[\",\"b\":1}", 2));
        // The same field twice, also when spelled with an escape.
        auto twice = JsonPrecheck::check("{\"body\":1,\"b\\u006fdy\":2}", 6);
        QVERIFY(twice);
        QVERIFY(twice->message.contains(QStringLiteral("“body” appears twice")));
        QCOMPARE(twice->offset, 10);
        // The same name in different objects is fine.
        QVERIFY(!JsonPrecheck::check("[{\"a\":1},{\"a\":2}]", 6));
        QVERIFY(!JsonPrecheck::check("{\"a\":{\"a\":1}}", 6));
        // A surrogate pair escape is a character; halves alone are not.
        QVERIFY(!JsonPrecheck::check("[\"\\ud83d\\ude00\"]", 6));
        QVERIFY(JsonPrecheck::check("[\"\\ude00\"]", 6));
        QVERIFY(JsonPrecheck::check("[\"\\ud83d x\"]", 6));
        QCOMPARE(JsonPrecheck::where("ab\ncd", 4), QStringLiteral("byte 4 (line 2, column 2)"));
    }

    void formatsAndParsesTimestamps()
    {
        // The hand-written form is exactly Qt's ISO form, which the database stores.
        QDateTime time(QDate(1999, 12, 31), QTime(23, 59, 58, 7), Qt::UTC);
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(NotesFormat::timestamp(time), time.toString(Qt::ISODateWithMs));
            QCOMPARE(NotesFormat::parseTimestamp(NotesFormat::timestamp(time)), time);
            time = time.addMSecs(qint64(i) * 7919 * 3607 + 13);
        }
        const QDateTime local(QDate(2025, 1, 20), QTime(13, 30), Qt::OffsetFromUTC, -5 * 3600);
        QCOMPARE(NotesFormat::timestamp(local), QStringLiteral("2025-01-20T18:30:00.000Z"));
        QCOMPARE(NotesFormat::parseTimestamp(u"2025-01-20T13:30:00-05:00"), local.toUTC());
        QCOMPARE(NotesFormat::parseTimestamp(u"2025-01-20T18:30:00.5Z").time().msec(), 500);
        for (const char16_t *bad :
             {u"2025-01-20T18:30:00", u"2025-01-20 18:30:00Z", u"2025-02-30T18:30:00Z",
              u"2025-01-20T24:00:00Z", u"2025-01-20T18:30:00.1234Z", u"2025-01-20T18:30:00+5:00",
              u"2025-01-20T18:30:00Zjunk", u"２０２５-01-20T18:30:00Z"})
            QVERIFY2(!NotesFormat::parseTimestamp(bad).isValid(),
                     qPrintable(QString::fromUtf16(bad)));
    }

    void roundTripsThroughTheWriter()
    {
        auto file = NotesFileReader::readFile(
            test::dataPath(QStringLiteral("notes/good/hostile-text.rwnotes")));
        QVERIFY(file.ok());
        file->criteria.append(
            {QStringLiteral("Location"), QStringLiteral("rating"), {}, true, 2.5});
        file->ratings.append({file->items.at(1).target, QStringLiteral("Location"), 4});
        SharedList list;
        list.name = QStringLiteral("Main");
        list.kind = QStringLiteral("primary");
        list.entries.append({file->items.at(1).target, 1, true});
        file->lists.append(list);

        auto again = NotesFileReader::parse(NotesFileWriter::toJson(*file));
        QVERIFY2(again.ok(), test::why(again).constData());
        QCOMPARE(again->exportedBy, file->exportedBy);
        QCOMPARE(again->exportedAt, file->exportedAt);
        QCOMPARE(again->items.size(), file->items.size());
        for (qsizetype i = 0; i < file->items.size(); ++i) {
            QCOMPARE(again->items.at(i).id, file->items.at(i).id);
            QCOMPARE(again->items.at(i).body, file->items.at(i).body);
            QCOMPARE(again->items.at(i).modified, file->items.at(i).modified);
            QCOMPARE(again->items.at(i).target.label(), file->items.at(i).target.label());
        }
        QCOMPARE(again->criteria.at(0).weight, 2.5);
        QCOMPARE(again->ratings.at(0).value, 4);
        QCOMPARE(again->lists.at(0).entries.at(0).position, std::optional<int>(1));
        QVERIFY(again->lists.at(0).entries.at(0).pinned);
    }

    void writesWithASaveFile()
    {
        QTemporaryDir dir;
        NotesFile file;
        file.exportedBy = QStringLiteral("A");
        file.exportedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(NotesFileWriter::write(dir.filePath(QStringLiteral("out.rwnotes")), file).ok());
        QVERIFY(NotesFileReader::readFile(dir.filePath(QStringLiteral("out.rwnotes"))).ok());
        auto failed =
            NotesFileWriter::write(dir.filePath(QStringLiteral("no/such/dir/x.rwnotes")), file);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestNotesFileReader)
#include "tst_notesfilereader.moc"
