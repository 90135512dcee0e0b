#include "scoring/normalization.h"
#include "scoring/scoretable.h"

#include <QTest>

using namespace rw;

// The weighted score and the normalisation rules of DESIGN.md.
class TestScoreTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedMeanOverPresentCriteria()
    {
        ScoreTable table(2, 3);
        table.setWeight(0, 2);
        table.setWeight(1, 1);
        table.setWeight(2, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.5);
        table.setValue(0, 2, 0.0);
        // Track 1 misses criterion 2: left out, not counted as 0.
        table.setValue(1, 0, 0.5);
        table.setValue(1, 1, 1.0);
        table.recompute();
        QCOMPARE(*table.score(0), (2 * 1.0 + 0.5 + 0.0) / 4);
        QCOMPARE(*table.score(1), (2 * 0.5 + 1.0) / 3);
        QCOMPARE(table.contribution(0, 0) + table.contribution(0, 1) + table.contribution(0, 2),
                 *table.score(0));
        QCOMPARE(table.contribution(1, 2), 0.0);
        QVERIFY(!table.value(1, 2));
        QVERIFY(!table.hasValue(1, 2));
    }

    void noValueMeansNoScore()
    {
        ScoreTable table(3, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 0);
        table.setValue(0, 0, 0.0); // a real 0 is a score of 0
        table.setValue(1, 1, 1.0); // only a zero-weight criterion: no score
        table.recompute();
        QCOMPARE(*table.score(0), 0.0);
        QVERIFY(!table.score(1));
        QVERIFY(!table.score(2));
        QVERIFY(std::isnan(table.scores()[2]));
    }

    void weightChangeRecomputes()
    {
        ScoreTable table(1, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.0);
        table.recompute();
        QCOMPARE(*table.score(0), 0.5);
        table.setWeight(1, 3);
        table.recompute();
        QCOMPARE(*table.score(0), 0.25);
        table.setWeight(1, -5); // negative weights are clamped to 0
        table.recompute();
        QCOMPARE(*table.score(0), 1.0);
    }

    void ratingsNormalise()
    {
        const auto v = Normalization::normalize(CriterionKind::Rating, Direction::HigherIsBetter,
                                                {1.0, 2.0, 3.0, 4.0, 5.0, std::nullopt});
        QCOMPARE(*v[0], 0.0);
        QCOMPARE(*v[1], 0.25);
        QCOMPARE(*v[2], 0.5);
        QCOMPARE(*v[4], 1.0);
        QVERIFY(!v[5]);
        const auto flipped =
            Normalization::normalize(CriterionKind::Rating, Direction::LowerIsBetter, {1.0, 4.0});
        QCOMPARE(*flipped[0], 1.0);
        QCOMPARE(*flipped[1], 0.25);
    }

    void attributesMinMax()
    {
        const auto v = Normalization::normalize(CriterionKind::Attribute, Direction::HigherIsBetter,
                                                {30.0, std::nullopt, 50.0, 40.0});
        QCOMPARE(*v[0], 0.0);
        QVERIFY(!v[1]); // missing stays missing, never 0
        QCOMPARE(*v[2], 1.0);
        QCOMPARE(*v[3], 0.5);
        const auto lower = Normalization::normalize(CriterionKind::Attribute,
                                                    Direction::LowerIsBetter, {30.0, 50.0, 40.0});
        QCOMPARE(*lower[0], 1.0);
        QCOMPARE(*lower[1], 0.0);
        QCOMPARE(*lower[2], 0.5);
        // One distinct value tells nothing apart: the middle.
        const auto flat = Normalization::normalize(
            CriterionKind::Attribute, Direction::HigherIsBetter, {12.0, std::nullopt, 12.0});
        QCOMPARE(*flat[0], 0.5);
        QVERIFY(!flat[1]);
        QCOMPARE(*flat[2], 0.5);
    }

    void featuresArePresence()
    {
        const auto v = Normalization::normalize(CriterionKind::Feature, Direction::HigherIsBetter,
                                                {1.0, 0.0, std::nullopt});
        QCOMPARE(*v[0], 1.0);
        QCOMPARE(*v[1], 0.0);
        QVERIFY(!v[2]);
        const auto flipped =
            Normalization::normalize(CriterionKind::Feature, Direction::LowerIsBetter, {1.0, 0.0});
        QCOMPARE(*flipped[0], 0.0);
        QCOMPARE(*flipped[1], 1.0);
    }
};

QTEST_GUILESS_MAIN(TestScoreTable)
#include "tst_scoretable.moc"
