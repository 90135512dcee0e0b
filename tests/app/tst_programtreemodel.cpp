#include "models/programtreemodel.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/searchtextrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rw;

namespace {

void load(ProgramTreeModel &model, Database &db)
{
    auto programs = ProgramRepository(db).listPrograms();
    ProgramIndex index;
    index.setEntries(*SearchTextRepository(db).entries(*programs));
    model.setPrograms(*programs, index);
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
        model.updateEntry(QStringLiteral("mgh-im"),
                          *SearchTextRepository(temp.db()).entry(*model.programAt(mgh)));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(notes.data().toInt(), 1);
        const QModelIndex track = model.indexOfKey(QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(model.index(track.row(), ProgramTreeModel::NotesColumn, mgh).data().toInt(), 1);
    }

    void filtersAndSortsUnderAProxy()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, temp.db());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(ProgramTreeModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(ProgramTreeModel::SitesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("mgh-im"));
        proxy.sort(ProgramTreeModel::LocationColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("umass-im"));

        model.setMatches(model.searchIndex().match(QStringLiteral("global"), {}));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex program = proxy.index(0, 0);
        QCOMPARE(program.data(ProgramTreeModel::KeyRole).toString(), QStringLiteral("mgh-im"));
        // "global" is in the program's curriculum text, so every track stays.
        QCOMPARE(proxy.rowCount(program), 3);
        SearchFacets facets;
        facets.trackType = TrackType::GlobalPrimaryCare;
        model.setMatches(model.searchIndex().match({}, facets));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        const QModelIndex track = proxy.index(0, 0, proxy.index(0, 0));
        QCOMPARE(track.data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("mgh-im.global-primary-care"));
        QCOMPARE(model.trackAt(proxy.mapToSource(track))->type, TrackType::GlobalPrimaryCare);
        // Filtered out, yet still loaded.
        QVERIFY(!model.indexOfProgram(QStringLiteral("umass-im")).isValid());
        QVERIFY(model.contains(QStringLiteral("umass-im")));
        model.setMatches(model.searchIndex().match({}, {}));
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestProgramTreeModel)
#include "tst_programtreemodel.moc"
