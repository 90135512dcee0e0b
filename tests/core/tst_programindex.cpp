#include "search/programindex.h"

#include <QTest>

using namespace rw;

namespace {

ProgramIndex::TrackEntry track(const QString &text, TrackType type, quint32 categories = 0)
{
    return {ProgramIndex::foldUtf8(text), type, categories};
}

// Two Boston programs and one in Worcester.
ProgramIndex sample()
{
    ProgramIndex index;
    QList<ProgramIndex::ProgramEntry> entries;
    entries.append({QStringLiteral("mgh"),
                    ProgramIndex::foldUtf8(QStringLiteral(
                        "Massachusetts General Hospital\nBoston\nChelsea HealthCare Center")),
                    QStringLiteral("MA"),
                    ProgramIndex::categoryBit(QStringLiteral("research")),
                    {track(QStringLiteral("Categorical"), TrackType::Categorical),
                     track(QStringLiteral("Primary Care"), TrackType::PrimaryCare,
                           ProgramIndex::categoryBit(QStringLiteral("advocacy")))}});
    entries.append(
        {QStringLiteral("bwh"),
         ProgramIndex::foldUtf8(QStringLiteral("Brigham and Women’s\nBoston\nAtrius")),
         QStringLiteral("MA"),
         0,
         {track(QStringLiteral("Primary Care and Population Medicine"), TrackType::PrimaryCare)}});
    entries.append({QStringLiteral("umass"),
                    ProgramIndex::foldUtf8(QStringLiteral("UMass Chan\nWorcester\nQuébec fellows")),
                    QStringLiteral("ma"),
                    0,
                    {track(QStringLiteral("Categorical"), TrackType::Categorical),
                     track(QStringLiteral("Primary Care"), TrackType::PrimaryCare)}});
    index.setEntries(entries);
    return index;
}

} // namespace

class TestProgramIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds()
    {
        QCOMPARE(ProgramIndex::fold(QStringLiteral("Québec")), QStringLiteral("quebec"));
        QCOMPARE(ProgramIndex::foldUtf8(QStringLiteral("Québec")), QByteArrayLiteral("quebec"));
        QCOMPARE(ProgramIndex::fold(QStringLiteral("MGH")), QStringLiteral("mgh"));
        QCOMPARE(ProgramIndex::terms(QStringLiteral("  Primary   CARE ")),
                 (QStringList {QStringLiteral("primary"), QStringLiteral("care")}));
    }

    void emptyQueryMatchesEverything()
    {
        const auto matches = sample().match(QString(), {});
        QVERIFY(matches.all);
        QCOMPARE(matches.programCount, 3);
        QCOMPARE(matches.trackCount, 5);
        QVERIFY(matches.program(2));
        QVERIFY(matches.track(2, 1));
    }

    void programTextMatchesAllItsTracks()
    {
        const auto matches = sample().match(QStringLiteral("chelsea"), {});
        QVERIFY(!matches.all);
        QCOMPARE(matches.programCount, 1);
        QVERIFY(matches.program(0));
        QVERIFY(matches.track(0, 0) && matches.track(0, 1));
        QVERIFY(!matches.program(1));
    }

    void everyWordMustMatchInProgramOrTrack()
    {
        // "boston" is program text, "primary" track text: only primary-care tracks in Boston.
        const auto matches = sample().match(QStringLiteral("Boston primary"), {});
        QCOMPARE(matches.programCount, 2);
        QCOMPARE(matches.trackCount, 2);
        QVERIFY(!matches.track(0, 0));
        QVERIFY(matches.track(0, 1));
        QVERIFY(matches.track(1, 0));
        QVERIFY(!matches.program(2));
        QCOMPARE(sample().match(QStringLiteral("boston zebra"), {}).programCount, 0);
    }

    void accentsAndCaseDoNotMatter()
    {
        QCOMPARE(sample().match(QStringLiteral("QUEBEC"), {}).programCount, 1);
        QCOMPARE(sample().match(QStringLiteral("women’s"), {}).programCount, 1);
    }

    void facets()
    {
        const ProgramIndex index = sample();
        SearchFacets byType;
        byType.trackType = TrackType::Categorical;
        auto matches = index.match({}, byType);
        QCOMPARE(matches.programCount, 2);
        QCOMPARE(matches.trackCount, 2);

        SearchFacets byState;
        byState.state = QStringLiteral("MA");
        QCOMPARE(index.match({}, byState).programCount, 3); // state compared without case
        byState.state = QStringLiteral("IL");
        QCOMPARE(index.match({}, byState).programCount, 0);

        SearchFacets byCategory;
        byCategory.category = QStringLiteral("advocacy"); // a track's own feature
        matches = index.match({}, byCategory);
        QCOMPARE(matches.programCount, 1);
        QCOMPARE(matches.trackCount, 1);
        QVERIFY(matches.track(0, 1));
        byCategory.category = QStringLiteral("research"); // program-wide: every track
        QCOMPARE(index.match({}, byCategory).trackCount, 2);

        SearchFacets both = byType;
        both.category = QStringLiteral("research");
        QCOMPARE(index.match(QStringLiteral("boston"), both).trackCount, 1);
    }

    void facetValues()
    {
        const ProgramIndex index = sample();
        QCOMPARE(index.states(), QStringList {QStringLiteral("MA")});
        QCOMPARE(index.categories(),
                 (QStringList {QStringLiteral("advocacy"), QStringLiteral("research")}));
    }

    void typingOnNarrowsThePreviousMatches()
    {
        const ProgramIndex index = sample();
        const auto bos = index.match(QStringLiteral("bos"), {});
        QCOMPARE(bos.programCount, 2);
        // Extending a word can only narrow: the result is the same as a full scan.
        const auto narrowed = index.match(QStringLiteral("boston prim"), {}, &bos);
        const auto full = index.match(QStringLiteral("boston prim"), {});
        QCOMPARE(narrowed.programs, full.programs);
        QCOMPARE(narrowed.tracks, full.tracks);
        QCOMPARE(narrowed.trackCount, full.trackCount);
        // Narrowing really skips what did not match before: pretend nothing did.
        ProgramIndex::Matches none = bos;
        none.programs.fill(false);
        QCOMPARE(index.match(QStringLiteral("boston"), {}, &none).programCount, 0);
        // A query that is not an extension (or other facets, or a changed
        // index) scans everything again.
        QCOMPARE(index.match(QStringLiteral("worcester"), {}, &none).programCount, 1);
        SearchFacets facets;
        facets.state = QStringLiteral("MA");
        QCOMPARE(index.match(QStringLiteral("boston"), facets, &none).programCount, 2);
        none.narrowable = false;
        QCOMPARE(index.match(QStringLiteral("boston"), {}, &none).programCount, 2);
    }

    void programWithoutTracksIsFoundByItsText()
    {
        ProgramIndex index;
        index.setEntries({{QStringLiteral("x"), QByteArrayLiteral("lonely"), {}, 0, {}}});
        QCOMPARE(index.match(QStringLiteral("lone"), {}).programCount, 1);
        SearchFacets byType;
        byType.trackType = TrackType::Preliminary;
        QCOMPARE(index.match(QStringLiteral("lone"), byType).programCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestProgramIndex)
#include "tst_programindex.moc"
