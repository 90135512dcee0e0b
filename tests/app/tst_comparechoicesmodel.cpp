#include "models/comparechoicesmodel.h"
#include "storage/programrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rw;

class TestCompareChoicesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    // Every program, then its tracks as "Program — Track", with their keys.
    void programsThenTheirTracks()
    {
        test::TempDatabase temp;
        auto programs = ProgramRepository(temp.db()).listSummaries();
        QVERIFY(programs.ok());
        CompareChoicesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrograms(*programs);
        int expected = 0;
        for (const Program &program : *programs)
            expected += 1 + int(program.tracks.size());
        QCOMPARE(model.rowCount(), expected);
        const QModelIndexList found = model.match(model.index(0, 0), CompareChoicesModel::KeyRole,
                                                  QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(found.size(), 1);
        const QModelIndex track = found.constFirst();
        QVERIFY(track.data().toString().endsWith(QStringLiteral(" — Primary Care")));
        // The program's own row comes before its tracks.
        const QModelIndex program =
            model.match(model.index(0, 0), CompareChoicesModel::KeyRole, QStringLiteral("mgh-im"))
                .constFirst();
        QVERIFY(program.row() < track.row());
        QVERIFY(track.data().toString().startsWith(program.data().toString()));
        QCOMPARE(program.data(Qt::EditRole), program.data());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompareChoicesModel)
#include "tst_comparechoicesmodel.moc"
