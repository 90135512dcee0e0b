#include "ranking/listanalysis.h"

#include <QTest>

using namespace rw;

// Scores, computed positions, missing values and withdrawn entries, on a
// list built in memory.
class TestListAnalysis : public QObject
{
    Q_OBJECT

private:
    static RankEntry entry(int position, const QString &key, bool withdrawn = false)
    {
        RankEntry e;
        e.trackId = position;
        e.trackKey = key;
        e.trackName = key;
        e.programName = QStringLiteral("P");
        e.position = position;
        e.withdrawn = withdrawn;
        return e;
    }

    static Criterion criterion(const QString &name, double weight, CriterionKind kind,
                               Direction direction = Direction::HigherIsBetter)
    {
        Criterion c;
        c.id = qHash(name);
        c.name = name;
        c.weight = weight;
        c.kind = kind;
        c.direction = direction;
        c.parameter = kind == CriterionKind::Attribute ? QStringLiteral("positions") : QString();
        return c;
    }

    // Rating (w 3), attribute "positions" lower-is-better (w 1).
    static ListAnalysis sample()
    {
        using O = std::optional<double>;
        const QList<Criterion> criteria {
            criterion(QStringLiteral("Culture"), 3, CriterionKind::Rating),
            criterion(QStringLiteral("Size"), 1, CriterionKind::Attribute,
                      Direction::LowerIsBetter)};
        const QList<RankEntry> entries {
            entry(1, QStringLiteral("a.x")), entry(2, QStringLiteral("b.x")),
            entry(3, QStringLiteral("c.x")), entry(4, QStringLiteral("d.x"), true),
            entry(5, QStringLiteral("e.x"))};
        // raw, row-major: culture rating, positions
        std::vector<O> raw {
            O(3), O(10), // a: culture 0.5, size best (1.0) -> (1.5 + 1) / 4 = 0.625
            O(5), O(30), // b: culture 1.0, size worst (0.0) -> 3 / 4 = 0.75
            O(),  O(20), // c: culture missing, size 0.5 -> 0.5
            O(5), O(1), // d: withdrawn: ignored (and not part of min-max)
            O(),  O(), // e: nothing -> no score
        };
        return ListAnalysis(RankList {}, criteria, entries, raw);
    }

private Q_SLOTS:
    void scoresAndComputedOrder()
    {
        const ListAnalysis a = sample();
        QCOMPARE(*a.score(0), 62.5);
        QCOMPARE(*a.score(1), 75.0);
        QCOMPARE(*a.score(2), 50.0);
        QVERIFY(!a.score(3));
        QVERIFY(!a.score(4));
        QCOMPARE(*a.computedPosition(1), 1);
        QCOMPARE(*a.computedPosition(0), 2);
        QCOMPARE(*a.computedPosition(2), 3);
        QVERIFY(!a.computedPosition(3));
        QVERIFY(!a.computedPosition(4));
        // a is ranked 1st by the user, 2nd by score: the user ranks it one place higher.
        QCOMPARE(*a.distance(0), 1);
        QCOMPARE(*a.distance(1), -1);
        QCOMPARE(a.computedOrder(), (std::vector<int> {1, 0, 2}));
        QCOMPARE(a.scoredUserOrder(), (std::vector<int> {0, 1, 2}));
    }

    void missingIsNamed()
    {
        const ListAnalysis a = sample();
        QVERIFY(a.missing(0).isEmpty());
        QCOMPARE(a.missing(2), QStringList {QStringLiteral("Culture")});
        QCOMPARE(a.missing(4), (QStringList {QStringLiteral("Culture"), QStringLiteral("Size")}));
        QVERIFY(a.missing(3).isEmpty()); // withdrawn: flagged instead
        QCOMPARE(*a.rawValue(0, 1), 10.0);
        QCOMPARE(*a.normalizedValue(0, 1), 1.0);
        QCOMPARE(a.contribution(0, 0) + a.contribution(0, 1), *a.score(0));
        QCOMPARE(a.contribution(0, 0), 37.5);
    }

    void weightChangeReorders()
    {
        ListAnalysis a = sample();
        QCOMPARE(a.weightShare(0), 0.75);
        a.setWeight(1, 9); // size now dominates: a (best size) overtakes b
        QCOMPARE(a.weightShare(1), 0.75);
        QCOMPARE(*a.computedPosition(0), 1);
        QCOMPARE(a.criteria().at(1).weight, 9.0);
        a.setWeight(0, 0);
        a.setWeight(1, 0);
        QVERIFY(!a.score(0)); // no weighted value: no score
        QVERIFY(a.computedOrder().empty());
    }

    void tiesFollowTheManualOrder()
    {
        using O = std::optional<double>;
        const QList<Criterion> criteria {
            criterion(QStringLiteral("Culture"), 1, CriterionKind::Rating)};
        const QList<RankEntry> entries {entry(1, QStringLiteral("a.x")),
                                        entry(2, QStringLiteral("b.x")),
                                        entry(3, QStringLiteral("c.x"))};
        const ListAnalysis a(RankList {}, criteria, entries, {O(3), O(4), O(3)});
        QCOMPARE(a.computedOrder(), (std::vector<int> {1, 0, 2}));
        const auto pairs = a.stability();
        QCOMPARE(pairs.size(), size_t(2));
        QVERIFY(!pairs[0].tied);
        QVERIFY(pairs[1].tied);
        const auto agreement = a.agreement();
        QCOMPARE(agreement.disagreements.size(), size_t(1)); // a above b, b scores higher
    }

    // Issue 14's hand-worked example. Weights: Culture (rating) 4, Size
    // (attribute "positions", higher is better) 2, Research (feature) 2,
    // Teaching (rating) 2; total 10. Sizes 10, 30, 20 scale to 0, 1, 0.5.
    // c's Research is 0: the user said "No", overriding the catalog.
    static ListAnalysis coverageSample()
    {
        using O = std::optional<double>;
        Criterion research = criterion(QStringLiteral("Research"), 2, CriterionKind::Feature);
        research.parameter = QStringLiteral("research");
        const QList<Criterion> criteria {
            criterion(QStringLiteral("Culture"), 4, CriterionKind::Rating),
            criterion(QStringLiteral("Size"), 2, CriterionKind::Attribute), research,
            criterion(QStringLiteral("Teaching"), 2, CriterionKind::Rating)};
        const QList<RankEntry> entries {
            entry(1, QStringLiteral("a.x")), entry(2, QStringLiteral("b.x")),
            entry(3, QStringLiteral("c.x")), entry(4, QStringLiteral("d.x")),
            entry(5, QStringLiteral("e.x")), entry(6, QStringLiteral("f.x"), true)};
        std::vector<O> raw {
            O(5), O(10), O(1), O(3), // a: N = 4 + 0 + 2 + 1 = 7 of 10
            O(2), O(30), O(),  O(), // b: N = 1 + 2 = 3 on 6
            O(),  O(20), O(0), O(5), // c: N = 1 + 0 + 2 = 3 on 6
            O(4), O(),   O(1), O(1), // d: N = 3 + 2 + 0 = 5 on 8
            O(),  O(),   O(),  O(), // e: nothing
            O(5), O(10), O(1), O(5), // f: withdrawn
        };
        return ListAnalysis(RankList {}, criteria, entries, raw);
    }

    void coverageRangesAndProvisional()
    {
        ListAnalysis a = coverageSample();
        QCOMPARE(a.coverageThreshold(), 0.7);
        const double score[] = {70, 50, 50, 62.5};
        const double coverage[] = {100, 60, 60, 80};
        // Missing values at worst (0) and at best (1): low = N / 10, high = (N + missing) / 10.
        const double low[] = {70, 30, 30, 50};
        const double high[] = {70, 70, 70, 70};
        const bool provisional[] = {false, true, true, false};
        for (int e = 0; e < 4; ++e) {
            QCOMPARE(*a.score(e), score[e]);
            QCOMPARE(a.coverage(e), coverage[e]);
            QCOMPARE(a.scoreRange(e)->low, low[e]);
            QCOMPARE(a.scoreRange(e)->high, high[e]);
            QCOMPARE(a.isProvisional(e), provisional[e]);
        }
        // Nothing known: no score, no range, coverage 0, provisional.
        QVERIFY(!a.scoreRange(4));
        QCOMPARE(a.coverage(4), 0.0);
        QVERIFY(a.isProvisional(4));
        // Withdrawn: not scored, and not "provisional" either.
        QVERIFY(!a.scoreRange(5));
        QCOMPARE(a.coverage(5), 0.0);
        QVERIFY(!a.isProvisional(5));
        // a's range touches d's: not separable yet.
        QVERIFY(!a.separable(0, 3));

        // Teaching's weight to 0: a = 6 / 8 = 75 exactly; b = 3 on 6 of 8,
        // range 37.5..62.5, now clearly below a.
        a.setWeight(3, 0);
        QCOMPARE(a.scoreRange(0)->low, 75.0);
        QCOMPARE(a.scoreRange(0)->high, 75.0);
        QCOMPARE(a.coverage(1), 75.0);
        QCOMPARE(a.scoreRange(1)->low, 37.5);
        QCOMPARE(a.scoreRange(1)->high, 62.5);
        QVERIFY(a.separable(0, 1));
        QVERIFY(!a.isProvisional(1));
    }

    void aidsLeaveOutProvisionalEntries()
    {
        ListAnalysis a = coverageSample();
        // At 70%: only a and d count.
        const auto left = a.leftOut();
        QCOMPARE(left.size(), size_t(4));
        QCOMPARE(left[0].entry, 1);
        QCOMPARE(left[0].reason, ListAnalysis::LeftOutReason::LowCoverage);
        QCOMPARE(left[1].entry, 2);
        QCOMPARE(left[2].entry, 4);
        QCOMPARE(left[2].reason, ListAnalysis::LeftOutReason::NoScore);
        QCOMPARE(left[3].entry, 5);
        QCOMPARE(left[3].reason, ListAnalysis::LeftOutReason::Withdrawn);
        QCOMPARE(ListAnalysis::leftOutReasonId(left[0].reason), QStringLiteral("low-coverage"));
        const auto pairs = a.stability();
        QCOMPARE(pairs.size(), size_t(1));
        QCOMPARE(pairs[0].upper, 0);
        QCOMPARE(pairs[0].lower, 3);
        QCOMPARE(a.agreement().pairs, 1);
        QCOMPARE(*a.agreement().tau, 1.0);

        // At 60%, b and c (exactly 60%) count too.
        a.setCoverageThreshold(0.6);
        QCOMPARE(a.leftOut().size(), size_t(2));
        QCOMPARE(a.stability().size(), size_t(3));
        QCOMPARE(a.agreement().pairs, 6);

        // At 90%, only a: no verdict, but what to rate first: the heaviest
        // missing criterion (Culture, 4) of c and e, then b's Research.
        a.setCoverageThreshold(0.9);
        QVERIFY(a.stability().empty());
        QVERIFY(!a.agreement().tau);
        const auto first = a.rateFirst(3);
        QCOMPARE(first.size(), size_t(3));
        QCOMPARE(first[0].entry, 2);
        QCOMPARE(first[0].criterion, 0);
        QCOMPARE(first[1].entry, 4);
        QCOMPARE(first[1].criterion, 0);
        QCOMPARE(first[2].entry, 1);
        QCOMPARE(first[2].criterion, 2);
        QCOMPARE(a.rateFirst(-1).size(), size_t(2 + 1 + 1 + 4));
    }

    void warningsComeFromTheRules()
    {
        const ListAnalysis a = sample();
        const auto warnings = a.warnings();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).kind, NrmpRules::Warning::Kind::Withdrawn);
        QCOMPARE(warnings.at(0).trackKey, QStringLiteral("d.x"));
    }
};

QTEST_GUILESS_MAIN(TestListAnalysis)
#include "tst_listanalysis.moc"
