#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rankfixture.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace rw;

// Every edit kind through the controller: checked first, pushed as one
// undo command, undone and redone exactly; refusals push nothing.
class TestRankController : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankDocument document {&f.workspace};
        RankController controller {&f.workspace, &document};
        CriterionRepository criteria {f.temp.db()};
        SnapshotRepository snapshots {f.temp.db()};

        explicit Setup(bool withList = true)
            : f(withList)
        { }
    };

    // Each entry's score (-1 when it has none), in list order.
    static QList<double> scoresOf(const RankDocument &document)
    {
        QList<double> scores;
        const ListAnalysis *a = document.analysis();
        for (int e = 0; a && e < a->entries().size(); ++e)
            scores.append(a->score(e).value_or(-1));
        return scores;
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void criteriaEdits()
    {
        Setup s;
        // Add, undo, redo (same id).
        QVERIFY(s.controller
                    .addCriterion(test::makeCriterion(QStringLiteral("Commute"), 2,
                                                      CriterionKind::Rating, {}))
                    .ok());
        QCOMPARE(s.document.criteria().size(), 4);
        const qint64 id = s.document.criteria().constLast().id;
        s.stack.undo();
        QCOMPARE(s.criteria.all()->size(), 3);
        s.stack.redo();
        QCOMPARE(s.criteria.byName(QStringLiteral("Commute"))->id, id);

        // Weight changes of one criterion merge into one step.
        const int steps = s.stack.count();
        QVERIFY(s.controller.setWeight(s.f.culture.id, 4).ok());
        QVERIFY(s.controller.setWeight(s.f.culture.id, 5).ok());
        QCOMPARE(s.stack.count(), steps + 1);
        QCOMPARE(s.criteria.byId(s.f.culture.id)->weight, 5.0);
        QCOMPARE(s.document.criteria().at(0).weight, 5.0);
        s.stack.undo();
        QCOMPARE(s.criteria.byId(s.f.culture.id)->weight, 3.0);
        s.stack.redo();

        // Rename and direction.
        QVERIFY(s.controller.renameCriterion(s.f.culture.id, QStringLiteral("Vibe")).ok());
        QVERIFY(s.controller.setDirection(s.f.location.id, Direction::LowerIsBetter).ok());
        QCOMPARE(s.criteria.byId(s.f.location.id)->direction, Direction::LowerIsBetter);
        s.stack.undo();
        s.stack.undo();
        QCOMPARE(s.criteria.byId(s.f.culture.id)->name, QStringLiteral("Culture"));
        QCOMPARE(s.criteria.byId(s.f.location.id)->direction, Direction::HigherIsBetter);

        // Remove brings its ratings back on undo.
        const auto ratings = *s.criteria.ratingsFor(s.f.culture.id);
        QCOMPARE(ratings.size(), 3);
        QVERIFY(s.controller.removeCriterion(s.f.culture.id).ok());
        QVERIFY(!s.criteria.byId(s.f.culture.id).ok());
        s.stack.undo();
        QCOMPARE(*s.criteria.ratingsFor(s.f.culture.id), ratings);
        QCOMPARE(s.document.analysis()->criterionCount(), 4);
        // A fact criterion's values given by the user come back too.
        UserValueRepository values(s.f.temp.db());
        const auto mine = *values.forCriterion(s.f.advocacy.id);
        QCOMPARE(mine.size(), 2);
        QVERIFY(s.controller.removeCriterion(s.f.advocacy.id).ok());
        QVERIFY(values.forCriterion(s.f.advocacy.id)->isEmpty());
        s.stack.undo();
        QCOMPARE(*values.forCriterion(s.f.advocacy.id), mine);
        // And a fact value set through the controller is one undo step.
        QVERIFY(s.controller.setValue(s.f.tracks.at(1).id, s.f.advocacy.id, 0.0).ok());
        QCOMPARE(**values.value(s.f.tracks.at(1).id, s.f.advocacy.id), 0.0);
        QCOMPARE(s.controller.setValue(s.f.tracks.at(1).id, s.f.advocacy.id, 0.5).error().kind,
                 Error::Kind::Input);
        s.stack.undo();
        QVERIFY(!values.value(s.f.tracks.at(1).id, s.f.advocacy.id)->has_value());
    }

    // A weight written is shown without re-reading the list: only the
    // scores and the computed order move, and undo puts them back.
    void weightChangeMovesScoresWithoutARead()
    {
        Setup s;
        const QList<double> before = scoresOf(s.document);
        QSignalSpy reread(&s.document, &RankDocument::analysisChanged);
        QSignalSpy scores(&s.document, &RankDocument::scoresChanged);
        QSignalSpy criteria(&s.document, &RankDocument::criteriaChanged);
        QVERIFY(s.controller.setWeight(s.f.culture.id, 20).ok());
        QCOMPARE(reread.count(), 0);
        QCOMPARE(scores.count(), 1);
        QCOMPARE(criteria.count(), 1);
        QCOMPARE(s.document.criterion(s.f.culture.id)->weight, 20.0);
        const QList<double> after = scoresOf(s.document);
        QVERIFY(after != before);
        // The same as reading everything again.
        RankDocument fresh(&s.f.workspace);
        QCOMPARE(scoresOf(fresh), after);
        s.stack.undo();
        QCOMPARE(reread.count(), 0);
        QCOMPARE(scoresOf(s.document), before);
        QCOMPARE(s.criteria.byId(s.f.culture.id)->weight, 3.0);
    }

    void refusalsPushNothing()
    {
        Setup s;
        QSignalSpy refused(&s.controller, &RankController::refused);
        const int steps = s.stack.count();
        QCOMPARE(s.controller.setWeight(s.f.culture.id, -1).error().kind, Error::Kind::Input);
        QCOMPARE(s.controller.setWeight(s.f.culture.id, 1001).error().kind, Error::Kind::Input);
        QCOMPARE(
            s.controller.renameCriterion(s.f.culture.id, QStringLiteral("location")).error().kind,
            Error::Kind::Conflict);
        QCOMPARE(s.controller
                     .addCriterion(test::makeCriterion(QStringLiteral("culture"), 1,
                                                       CriterionKind::Rating, {}))
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        QCOMPARE(s.controller.setRating(s.f.tracks.at(0).id, s.f.culture.id, 6).error().kind,
                 Error::Kind::Input);
        QCOMPARE(s.controller.setRating(s.f.tracks.at(0).id, s.f.advocacy.id, 3).error().kind,
                 Error::Kind::Input);
        QCOMPARE(s.controller.addTrack(s.f.tracks.at(0).key).error().kind, Error::Kind::Conflict);
        QCOMPARE(s.controller.addTrack(QStringLiteral("mgh-im.nowhere")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(s.controller.moveEntry(s.f.tracks.at(0).id, 9).error().kind, Error::Kind::Input);
        QCOMPARE(
            s.controller.createList(QStringLiteral("main"), RankListKind::Primary).error().kind,
            Error::Kind::Conflict);
        QCOMPARE(s.controller.takeSnapshot(QString(300, u'x')).error().kind, Error::Kind::Input);
        QCOMPARE(s.stack.count(), steps);
        QCOMPARE(refused.size(), 11);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("weight")));
        // Unchanged values are not edits.
        QVERIFY(s.controller.setWeight(s.f.culture.id, 3).ok());
        QVERIFY(s.controller.setRating(s.f.tracks.at(0).id, s.f.culture.id, 2).ok());
        QVERIFY(s.controller.moveEntry(s.f.tracks.at(0).id, 1).ok());
        QCOMPARE(s.stack.count(), steps);
    }

    void refuses301stRank()
    {
        Setup s;
        QSqlQuery q(s.f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO programs(key, name, origin, source) VALUES "
                                      "('my-big', 'Big', 'user', 'added by user')")));
        const qint64 program = q.lastInsertId().toLongLong();
        ListOrder order;
        for (int i = 0; i <= 300; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tracks(key, program_id, position, name, "
                                          "type, origin, source) VALUES ('my-big.t%1', %2, %1, "
                                          "'T%1', 'categorical', 'user', 'x')")
                               .arg(i)
                               .arg(program)));
            if (i < 300)
                order.append({q.lastInsertId().toLongLong(), false});
        }
        QVERIFY(RankService(s.f.temp.db()).applyOrder(s.f.list.id, order).ok());
        s.document.reload();
        auto refused = s.controller.addTrack(QStringLiteral("my-big.t300"));
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        QVERIFY(refused.message().contains(QStringLiteral("301")));
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(s.document.analysis()->entryCount(), 300);
        // Past 100 ranks and 20 program codes: warnings, not refusals.
        QCOMPARE(s.document.analysis()->warnings().size(), 2);
    }

    void ratings()
    {
        Setup s;
        const qint64 bwh = s.f.tracks.at(3).id;
        QVERIFY(s.controller.setRating(bwh, s.f.culture.id, 4).ok());
        QCOMPARE(*s.criteria.rating(bwh, s.f.culture.id).value(), 4);
        QVERIFY(s.document.analysis()->score(3).has_value());
        // Changing the same rating again is the same undo step ...
        QVERIFY(s.controller.setRating(bwh, s.f.culture.id, 5).ok());
        QCOMPARE(s.stack.count(), 1);
        // ... and one that ends unrated, where it began, leaves no step.
        QVERIFY(s.controller.setRating(bwh, s.f.culture.id, std::nullopt).ok());
        QVERIFY(!s.criteria.rating(bwh, s.f.culture.id).value().has_value());
        QCOMPARE(s.stack.count(), 0);
        // Another track's rating is a step of its own.
        const qint64 umass = s.f.tracks.at(2).id;
        QVERIFY(s.controller.setRating(bwh, s.f.culture.id, 3).ok());
        QVERIFY(s.controller.setRating(umass, s.f.culture.id, 1).ok());
        QCOMPARE(s.stack.count(), 2);
        s.stack.undo();
        QCOMPARE(*s.criteria.rating(umass, s.f.culture.id).value(), 5);
        s.stack.undo();
        QVERIFY(!s.criteria.rating(bwh, s.f.culture.id).value().has_value());
        QVERIFY(s.stack.undoText().isEmpty());
    }

    void entryEdits()
    {
        Setup s;
        const QStringList start = s.f.keys();
        QVERIFY(s.controller.addTrack(QStringLiteral("mgh-im.global-primary-care"), 2).ok());
        QCOMPARE(s.f.keys().at(1), QStringLiteral("mgh-im.global-primary-care"));
        QVERIFY(s.controller.moveEntry(s.f.tracks.at(3).id, 1).ok());
        QCOMPARE(s.f.keys().at(0), s.f.tracks.at(3).key);
        QVERIFY(s.controller.togglePinned(s.f.tracks.at(3).id).ok());
        QVERIFY(s.f.order().at(0).pinned);
        QVERIFY(s.controller.removeEntry(s.f.tracks.at(1).id).ok());
        QVERIFY(!s.f.keys().contains(s.f.tracks.at(1).key));
        QCOMPARE(s.stack.count(), 4);
        QVERIFY(s.stack.undoText().contains(QStringLiteral("Remove")));
        for (int i = 0; i < 4; ++i)
            s.stack.undo();
        QCOMPARE(s.f.keys(), start);
        QVERIFY(!s.f.order().at(0).pinned);
        for (int i = 0; i < 4; ++i)
            s.stack.redo();
        QCOMPARE(s.f.keys().size(), 4);
        QVERIFY(s.f.order().at(0).pinned);
    }

    void sortByScoreWithUndo()
    {
        Setup s;
        QVERIFY(s.controller.setPinned(s.f.tracks.at(0).id, true).ok());
        const ListOrder before = s.f.order();
        QVERIFY(s.controller.sortByScore().ok());
        // mgh cat pinned first; then mgh pc 81.25, umass 75, bwh 0.
        QCOMPARE(s.f.keys(),
                 (QStringList {s.f.tracks.at(0).key, s.f.tracks.at(1).key, s.f.tracks.at(2).key,
                               s.f.tracks.at(3).key}));
        QCOMPARE(s.document.snapshots().size(), 1);
        QCOMPARE(s.document.snapshots().at(0).reason, SnapshotReason::BeforeSort);
        const qint64 snapshotId = s.document.snapshots().at(0).id;
        s.stack.undo();
        QCOMPARE(s.f.order(), before);
        QVERIFY(s.snapshots.all(s.f.list.id)->isEmpty());
        s.stack.redo();
        QCOMPARE(s.snapshots.all(s.f.list.id)->constFirst().id, snapshotId);
        QCOMPARE(s.f.order().at(1).trackId, s.f.tracks.at(1).id);
    }

    void snapshotsWithUndo()
    {
        Setup s;
        QVERIFY(s.controller.takeSnapshot(QStringLiteral("first")).ok());
        QCOMPARE(s.document.snapshots().size(), 1);
        const Snapshot first = s.document.snapshots().at(0);
        s.stack.undo();
        QVERIFY(s.document.snapshots().isEmpty());
        s.stack.redo();
        QCOMPARE(s.document.snapshots().at(0).id, first.id);

        const ListOrder original = s.f.order();
        QVERIFY(s.controller.moveEntry(s.f.tracks.at(3).id, 1).ok());
        QVERIFY(s.controller.removeEntry(s.f.tracks.at(2).id).ok());
        const ListOrder edited = s.f.order();
        QVERIFY(s.controller.restoreSnapshot(first.id).ok());
        QCOMPARE(s.f.order(), original);
        QCOMPARE(s.document.snapshots().size(), 2); // the automatic one before restoring
        QCOMPARE(s.document.snapshots().at(0).reason, SnapshotReason::BeforeRestore);
        s.stack.undo();
        QCOMPARE(s.f.order(), edited);
        QCOMPARE(s.document.snapshots().size(), 1);
        s.stack.redo();
        QCOMPARE(s.f.order(), original);
    }

    void listsWithUndo()
    {
        Setup s(false);
        QVERIFY(s.document.lists().isEmpty());
        QCOMPARE(s.controller.addTrack(s.f.tracks.at(0).key).error().kind, Error::Kind::NotFound);
        QVERIFY(s.controller.createList(QStringLiteral("Prelim"), RankListKind::Supplemental).ok());
        QCOMPARE(s.document.currentList()->name, QStringLiteral("Prelim"));
        QVERIFY(s.controller.addTrack(s.f.tracks.at(0).key).ok());
        QVERIFY(s.controller.takeSnapshot({}).ok());
        const RankList list = *s.document.currentList();
        QVERIFY(s.controller.deleteCurrentList().ok());
        QVERIFY(s.document.lists().isEmpty());
        QVERIFY(!s.document.analysis());
        s.stack.undo(); // delete undone: entries and snapshot are back
        QCOMPARE(s.document.currentListId(), list.id);
        QCOMPARE(s.document.analysis()->entryCount(), 1);
        QCOMPARE(s.document.snapshots().size(), 1);
        s.stack.undo();
        s.stack.undo();
        s.stack.undo(); // create undone
        QVERIFY(s.document.lists().isEmpty());
        s.stack.redo();
        QCOMPARE(s.document.lists().constFirst().id, list.id);
    }

    void suggestedCriteriaAsOneStep()
    {
        Setup s;
        QVERIFY(s.controller.addSuggestedCriteria().ok());
        QCOMPARE(s.document.criteria().size(), 10); // Location and Advocacy were there
        QCOMPARE(s.stack.count(), 1);
        s.stack.undo();
        QCOMPARE(s.document.criteria().size(), 3);
        s.stack.redo();
        QCOMPARE(s.controller.addSuggestedCriteria().error().kind, Error::Kind::Conflict);
    }

    void failedWriteIsReportedAndDropped()
    {
        Setup s;
        QSignalSpy errors(&s.controller, &RankController::refused);
        const ListOrder order = s.f.order();
        // Make every write of the order fail, as a full disk would.
        QSqlQuery q(s.f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_entries BEFORE INSERT ON rank_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        // Planned fine, but the write fails on the first run, inside the
        // push: refused where the user acted, rolled back, never a step.
        QCOMPARE(s.controller.moveEntry(s.f.tracks.at(0).id, 2).error().kind,
                 Error::Kind::Database);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("disk full")));
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(s.f.order(), order);
        QCOMPARE(s.document.analysis()->entries().at(0).trackId, s.f.tracks.at(0).id);
    }

    // A later undo that fails is reported by the workspace, the step goes,
    // and the document shows what is stored.
    void failedUndoIsReportedAndDropped()
    {
        Setup s;
        QVERIFY(s.controller.moveEntry(s.f.tracks.at(0).id, 2).ok());
        const ListOrder moved = s.f.order();
        QSignalSpy errors(&s.f.workspace, &Workspace::errorOccurred);
        QSqlQuery q(s.f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_entries BEFORE INSERT ON rank_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        s.stack.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("disk full")));
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(s.f.order(), moved);
        QCOMPARE(s.document.analysis()->entries().at(1).trackId, s.f.tracks.at(0).id);
    }
};

QTEST_MAIN(TestRankController)
#include "tst_rankcontroller.moc"
