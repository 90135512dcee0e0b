#include "models/programtreemodel.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/searchtextrepository.h"
#include "storage/trackrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

namespace {

void load(ProgramTreeModel &model, Database &db)
{
    auto programs = ProgramRepository(db).listSummaries();
    model.setPrograms(*programs);
    QCOMPARE(model.keysWithoutEntry().size(), programs->size());
    model.setEntries(*SearchTextRepository(db).entries(*programs));
    QVERIFY(model.hasAllEntries());
}

} // namespace

class TestProgramTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void modelPassesTester()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex mgh = model.indexOfProgram(QStringLiteral("mgh-im"));
        QCOMPARE(model.rowCount(mgh), 3);
        QCOMPARE(model.data(model.index(0, ProgramTreeModel::TypeColumn, mgh)).toString(),
                 QStringLiteral("Categorical"));
        QCOMPARE(model.data(model.index(mgh.row(), ProgramTreeModel::TypeColumn)).toString(),
                 QStringLiteral("Categorical, Primary Care, Global Primary Care"));
        QCOMPARE(model.data(model.index(mgh.row(), ProgramTreeModel::SitesColumn)).toInt(), 13);
        QCOMPARE(model.indexOfKey(QStringLiteral("mgh-im.primary-care")).parent(), mgh);
        QCOMPARE(model.indexOfKey(QStringLiteral("mgh-im@chelsea")), mgh);
        QVERIFY(!model.indexOfKey(QStringLiteral("nope")).isValid());
    }

    void notesColumnFollowsUpdates()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        const QModelIndex mgh = model.indexOfProgram(QStringLiteral("mgh-im"));
        const QModelIndex notes = model.index(mgh.row(), ProgramTreeModel::NotesColumn);
        QVERIFY(!notes.data().isValid()); // no notes: blank, not 0
        QVERIFY(NoteRepository(temp.db())
                    .add({NoteTarget::Kind::Track, QStringLiteral("mgh-im.primary-care")},
                         QStringLiteral("x"))
                    .ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateProgram(*ProgramRepository(temp.db()).summary(QStringLiteral("mgh-im")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(notes.data().toInt(), 1);
        const QModelIndex track = model.indexOfKey(QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(model.index(track.row(), ProgramTreeModel::NotesColumn, mgh).data().toInt(), 1);
    }

    // Reading the list again keeps the search text of the programs still
    // there; a new program waits for its own.
    void entriesFollowTheirProgramsAcrossReloads()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        Program program;
        program.name = QStringLiteral("Aardvark Medicine");
        program.institutionName = QStringLiteral("Aardvark Hospital");
        Track track;
        track.name = QStringLiteral("Categorical");
        program.tracks.append(track);
        auto key = ProgramRepository(temp.db()).addProgram(program);
        QVERIFY(key.ok());
        model.setPrograms(*ProgramRepository(temp.db()).listSummaries());
        QCOMPARE(model.keysWithoutEntry(), QStringList {*key});
        QCOMPARE(model.searchIndex().match(QStringLiteral("chelsea"), {}).programCount, 1);
        QCOMPARE(model.searchIndex().match(QStringLiteral("aardvark"), {}).programCount, 0);
        model.updateEntry(
            *key,
            *SearchTextRepository(temp.db()).entry(*ProgramRepository(temp.db()).summary(*key)));
        QVERIFY(model.hasAllEntries());
        QCOMPARE(model.searchIndex().match(QStringLiteral("aardvark"), {}).programCount, 1);
    }

    // One program added, edited or gone without the others read again;
    // the others keep their search text.
    void replacesOneProgram()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        ProgramRepository repository(temp.db());
        Program program;
        program.name = QStringLiteral("Aardvark Medicine");
        program.institutionName = QStringLiteral("Aardvark Hospital");
        Track track;
        track.name = QStringLiteral("Categorical");
        program.tracks.append(track);
        auto key = repository.addProgram(program);
        QVERIFY(key.ok());
        model.replaceProgram(*key, *repository.summary(*key));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(ProgramTreeModel::KeyRole).toString(), *key); // by name
        QCOMPARE(model.keysWithoutEntry(), QStringList {*key});

        // A track added: its entry is read again; a name edited: kept.
        model.updateEntry(*key, *SearchTextRepository(temp.db()).entry(*repository.summary(*key)));
        QVERIFY(model.hasAllEntries());
        Track second;
        second.name = QStringLiteral("Primary Care");
        second.type = TrackType::PrimaryCare;
        QVERIFY(TrackRepository(temp.db()).add(*key, second).ok());
        model.replaceProgram(*key, *repository.summary(*key));
        QCOMPARE(model.keysWithoutEntry(), QStringList {*key});
        QCOMPARE(model.rowCount(model.indexOfProgram(*key)), 2);
        QVERIFY(model.searchIndex().match(QStringLiteral("chelsea"), {}).programCount == 1);

        QVERIFY(repository.deleteItem(*key).ok());
        model.replaceProgram(*key, std::nullopt);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.contains(*key));
        QVERIFY(model.hasAllEntries());
        QVERIFY(model.indexOfProgram(QStringLiteral("umass-im")).isValid());
        QCOMPARE(model.programAt(model.indexOfProgram(QStringLiteral("umass-im")))->key,
                 QStringLiteral("umass-im"));
        QCOMPARE(model.searchIndex().match(QStringLiteral("chelsea"), {}).programCount, 1);
    }

    // The model sorts itself, both levels, and a filter keeps the order.
    void sortsAndFiltersInPlace()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        model.sort(ProgramTreeModel::SitesColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("mgh-im"));
        // A persistent index follows its row through a sort.
        const QPersistentModelIndex umass = model.indexOfProgram(QStringLiteral("umass-im"));
        model.sort(ProgramTreeModel::LocationColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("umass-im"));
        QCOMPARE(umass.row(), 0);
        QCOMPARE(umass.data(ProgramTreeModel::KeyRole).toString(), QStringLiteral("umass-im"));
        model.sort(ProgramTreeModel::NameColumn, Qt::DescendingOrder);
        const QModelIndex mgh = model.indexOfProgram(QStringLiteral("mgh-im"));
        QStringList tracks;
        for (int row = 0; row < model.rowCount(mgh); ++row)
            tracks.append(model.index(row, 0, mgh).data().toString());
        QStringList sorted = tracks;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) > 0;
        });
        QCOMPARE(tracks, sorted);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, 0).data().toString());
        sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) > 0;
        });
        QCOMPARE(names, sorted);

        model.setMatches(model.searchIndex().match(QStringLiteral("global"), {}));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex program = model.index(0, 0);
        QCOMPARE(program.data(ProgramTreeModel::KeyRole).toString(), QStringLiteral("mgh-im"));
        // "global" is in the program's curriculum text, so every track stays.
        QCOMPARE(model.rowCount(program), 3);
        SearchFacets facets;
        facets.trackType = TrackType::GlobalPrimaryCare;
        model.setMatches(model.searchIndex().match({}, facets));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        const QModelIndex track = model.index(0, 0, model.index(0, 0));
        QCOMPARE(track.data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("mgh-im.global-primary-care"));
        QCOMPARE(model.trackAt(track)->type, TrackType::GlobalPrimaryCare);
        // Filtered out, yet still loaded.
        QVERIFY(!model.indexOfProgram(QStringLiteral("umass-im")).isValid());
        QVERIFY(model.contains(QStringLiteral("umass-im")));
        model.setMatches(model.searchIndex().match({}, {}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(names.constFirst(), model.index(0, 0).data().toString());
    }
};

QTEST_MAIN(TestProgramTreeModel)
#include "tst_programtreemodel.moc"
