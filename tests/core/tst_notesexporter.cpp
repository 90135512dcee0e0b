#include "exchange/notesexporter.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesfilewriter.h"
#include "exchange/notesimporter.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

// A database with own notes on MGH and UMass, a peer's note, and ratings,
// criteria and lists.
struct Source
{
    test::TempDatabase temp;

    Source()
    {
        using K = NoteTarget::Kind;
        Database &db = temp.db();
        test::addOwnNote(db, K::Program, QStringLiteral("mgh-im"), QStringLiteral("mgh"));
        test::addOwnNote(db, K::Track, QStringLiteral("mgh-im.primary-care"),
                         QStringLiteral("mgh pc"));
        test::addOwnNote(db, K::Site, QStringLiteral("mgh-im@chelsea"), QStringLiteral("chelsea"));
        test::addOwnNote(db, K::Track, QStringLiteral("umass-im.primary-care"),
                         QStringLiteral("umass pc"));
        test::addOwnNote(db, K::Program, QStringLiteral("bwh-pcpm"), QStringLiteral("   "));
        test::addRankingData(db);
        // A classmate's note: never forwarded.
        NotesFile peer;
        peer.exportedBy = QStringLiteral("Sam");
        peer.exportedAt = QDateTime::currentDateTimeUtc();
        NoteItem item;
        item.id = QStringLiteral("s-1");
        item.target.kind = K::Program;
        item.target.key = QStringLiteral("bwh-pcpm");
        item.target.institution = QStringLiteral("I");
        item.target.program = QStringLiteral("P");
        item.body = QStringLiteral("sam's note");
        item.created = item.modified = peer.exportedAt;
        peer.items.append(item);
        if (!NotesImporter(db).apply(peer, {}).ok())
            qFatal("cannot import the peer's note");
    }

    NotesFile build(ExportOptions options)
    {
        if (options.author.isEmpty())
            options.author = QStringLiteral("Alex");
        auto file = NotesExporter(temp.db()).build(options);
        if (!file)
            qFatal("export failed: %s", qPrintable(file.message()));
        return *file;
    }
};

QStringList bodies(const NotesFile &file)
{
    QStringList list;
    for (const NoteItem &item : file.items)
        list.append(item.body);
    list.sort();
    return list;
}

} // namespace

class TestNotesExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void exportsOwnNotesOnly()
    {
        Source source;
        const NotesFile file = source.build({});
        // The blank note and the classmate's note stay behind.
        QCOMPARE(bodies(file),
                 (QStringList {QStringLiteral("chelsea"), QStringLiteral("mgh"),
                               QStringLiteral("mgh pc"), QStringLiteral("umass pc")}));
        QCOMPARE(file.exportedBy, QStringLiteral("Alex"));
        QCOMPARE(NotesExporter::summarize(file).programs, 2);
        for (const NoteItem &item : file.items) {
            QVERIFY(!item.target.institution.isEmpty());
            QVERIFY(!item.target.program.isEmpty());
            QVERIFY(item.created.isValid() && item.modified.isValid());
        }
        const NoteItem &site =
            *std::find_if(file.items.cbegin(), file.items.cend(),
                          [](const NoteItem &i) { return i.body == u"chelsea"; });
        QCOMPARE(site.target.kind, NoteTarget::Kind::Site);
        QCOMPARE(site.target.key, QStringLiteral("mgh-im@chelsea"));
        QCOMPARE(site.target.site, QStringLiteral("Chelsea HealthCare Center"));
        QCOMPARE(site.target.institution, QStringLiteral("Massachusetts General Hospital"));
        QCOMPARE(site.target.city, QStringLiteral("Boston"));
    }

    void isPrivateByDefault()
    {
        Source source;
        const NotesFile file = source.build({});
        QVERIFY(file.ratings.isEmpty());
        QVERIFY(file.criteria.isEmpty());
        QVERIFY(file.lists.isEmpty());
        const QByteArray json = NotesFileWriter::toJson(file);
        for (const char *word : {"ratings", "criteria", "lists", "position", "weight", "pinned",
                                 "Location", "Commute", "Main", "Prelims"})
            QVERIFY2(!json.contains(word), word);
    }

    void includesEachPrivatePartOnlyWhenAsked()
    {
        Source source;
        ExportOptions options;
        options.ratings = true;
        NotesFile file = source.build(options);
        QCOMPARE(file.ratings.size(), 2);
        QVERIFY(file.criteria.isEmpty());
        QVERIFY(file.lists.isEmpty());
        const SharedRating &rating = file.ratings.constFirst();
        QCOMPARE(rating.track.key, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(rating.criterion, QStringLiteral("Location"));
        QCOMPARE(rating.value, 4);

        options = {};
        options.weights = true;
        file = source.build(options);
        QVERIFY(file.ratings.isEmpty());
        QCOMPARE(file.criteria.size(), 2);
        QCOMPARE(file.criteria.at(0).weight, 3.0);
        QVERIFY(!file.criteria.at(1).higherIsBetter);
        QCOMPARE(file.criteria.at(1).parameter, QStringLiteral("distance"));

        // Ranks alone: the primary list's positions, without its name.
        options = {};
        options.ranks = true;
        file = source.build(options);
        QCOMPARE(file.lists.size(), 1);
        QVERIFY(file.lists.at(0).name.isEmpty());
        QCOMPARE(file.lists.at(0).kind, QStringLiteral("primary"));
        QCOMPARE(file.lists.at(0).entries.size(), 2);
        QCOMPARE(file.lists.at(0).entries.at(0).track.key, QStringLiteral("umass-im.primary-care"));
        QCOMPARE(file.lists.at(0).entries.at(0).position, std::optional<int>(1));
        QVERIFY(file.lists.at(0).entries.at(0).pinned);
        QVERIFY(!NotesFileWriter::toJson(file).contains("Main"));

        // Lists alone: names and membership, in key order, with no positions.
        options = {};
        options.lists = true;
        file = source.build(options);
        QCOMPARE(file.lists.size(), 2);
        QCOMPARE(file.lists.at(0).name, QStringLiteral("Main"));
        QCOMPARE(file.lists.at(1).name, QStringLiteral("Prelims"));
        QCOMPARE(file.lists.at(0).entries.at(0).track.key, QStringLiteral("mgh-im.primary-care"));
        QVERIFY(!file.lists.at(0).entries.at(0).position);
        QVERIFY(!NotesFileWriter::toJson(file).contains("position"));

        options.ranks = true;
        file = source.build(options);
        QCOMPARE(file.lists.at(0).entries.at(0).track.key, QStringLiteral("umass-im.primary-care"));
        QCOMPARE(file.lists.at(0).entries.at(1).position, std::optional<int>(2));

        // What was asked for reads back.
        auto again = NotesFileReader::parse(NotesFileWriter::toJson(file));
        QVERIFY2(again.ok(), test::why(again).constData());
        QCOMPARE(again->lists.size(), 2);
    }

    void selectsPrograms()
    {
        Source source;
        ExportOptions options;
        options.selection = ExportOptions::Selection::Programs;
        options.programKeys = {QStringLiteral("umass-im")};
        NotesFile file = source.build(options);
        QCOMPARE(bodies(file), QStringList {QStringLiteral("umass pc")});

        // Ratings follow the selection too.
        options.ratings = true;
        file = source.build(options);
        QCOMPARE(file.ratings.size(), 1);
        QCOMPARE(file.ratings.at(0).track.key, QStringLiteral("umass-im.categorical"));

        options = {};
        options.author = QStringLiteral("Alex");
        options.selection = ExportOptions::Selection::List;
        options.listName = QStringLiteral("main"); // names are case-insensitive
        file = source.build(options);
        QCOMPARE(bodies(file),
                 (QStringList {QStringLiteral("chelsea"), QStringLiteral("mgh"),
                               QStringLiteral("mgh pc"), QStringLiteral("umass pc")}));
        options.listName = QStringLiteral("Prelims");
        QCOMPARE(source.build(options).items.size(), 0);
    }

    void refusesBadChoices()
    {
        Source source;
        NotesExporter exporter(source.temp.db());
        ExportOptions options;
        options.author = QStringLiteral("Alex");
        options.selection = ExportOptions::Selection::Programs;
        options.programKeys = {QStringLiteral("nowhere-im")};
        auto file = exporter.build(options);
        QCOMPARE(file.error().kind, Error::Kind::NotFound);
        QVERIFY(file.message().contains(QStringLiteral("nowhere-im")));

        options.selection = ExportOptions::Selection::List;
        options.listName = QStringLiteral("Dream list");
        file = exporter.build(options);
        QCOMPARE(file.error().kind, Error::Kind::NotFound);
        QVERIFY(file.message().contains(QStringLiteral("“Main”, “Prelims”")));

        options = {};
        file = exporter.build(options);
        QCOMPARE(file.error().kind, Error::Kind::Input);
        options.author = QStringLiteral("Alex\u202E");
        QCOMPARE(exporter.build(options).error().kind, Error::Kind::Input);
    }

    void itemIdsAreStableAndUnique()
    {
        Source source;
        const NotesFile first = source.build({});
        const NotesFile second = source.build({});
        QSet<QString> ids;
        for (qsizetype i = 0; i < first.items.size(); ++i) {
            QCOMPARE(first.items.at(i).id, second.items.at(i).id);
            ids.insert(first.items.at(i).id);
        }
        QCOMPARE(ids.size(), first.items.size());
        // Another database gets other ids.
        Source other;
        QVERIFY(!ids.contains(other.build({}).items.at(0).id));
    }

    void writesTheFileAndCounts()
    {
        Source source;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.rwnotes"));
        ExportOptions options;
        options.author = QStringLiteral("Alex");
        auto summary = NotesExporter(source.temp.db()).exportTo(path, options);
        QVERIFY2(summary.ok(), test::why(summary).constData());
        QCOMPARE(summary->notes, 4);
        QCOMPARE(summary->programs, 2);
        auto counted = NotesExporter(source.temp.db()).count(options);
        QCOMPARE(counted->notes, 4);
        auto read = NotesFileReader::readFile(path);
        QVERIFY2(read.ok(), test::why(read).constData());
        QCOMPARE(read->items.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestNotesExporter)
#include "tst_notesexporter.moc"
