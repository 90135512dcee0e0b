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
