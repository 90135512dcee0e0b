#include "compare/comparison.h"
#include "storage/noterepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

namespace {

const CompareRow *findRow(const QList<CompareSection> &sections, const QString &label)
{
    for (const CompareSection &section : sections) {
        for (const CompareRow &row : section.rows) {
            if (row.label == label)
                return &row;
        }
    }
    return nullptr;
}

// A provider as the rank list builder would write one.
class FixedRows : public CompareRowProvider
{
public:
    Result<QList<CompareSection>> sections(Database &,
                                           const QList<CompareItem> &items) const override
    {
        CompareRow row {QStringLiteral("Gut feeling"), {}, true};
        for (qsizetype i = 0; i < items.size(); ++i)
            row.cells.append({QString::number(i + 3), {}});
        return QList<CompareSection> {{QStringLiteral("Your ratings"), {row}}};
    }
};

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void loadsProgramsAndTracks()
    {
        test::TempDatabase temp;
        auto program = Comparison::load(temp.db(), QStringLiteral("mgh-im"));
        QVERIFY(program.ok());
        QVERIFY(program->trackKey.isEmpty());
        QCOMPARE(program->title(), program->program.name);
        auto track = Comparison::load(temp.db(), QStringLiteral("mgh-im.primary-care"));
        QVERIFY(track.ok());
        QCOMPARE(track->key(), QStringLiteral("mgh-im.primary-care"));
        QVERIFY(track->title().endsWith(QStringLiteral("— Primary Care")));
        QCOMPARE(Comparison::load(temp.db(), QStringLiteral("mgh-im.nope")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(Comparison::load(temp.db(), QStringLiteral("nope")).error().kind,
                 Error::Kind::NotFound);
    }

    void factsLineUpAndMarkDifferences()
    {
        test::TempDatabase temp;
        QList<CompareItem> items {*Comparison::load(temp.db(), QStringLiteral("mgh-im")),
                                  *Comparison::load(temp.db(), QStringLiteral("umass-im"))};
        const QList<CompareSection> sections = Comparison::facts(items);
        QVERIFY(sections.size() >= 2);
        for (const CompareSection &section : sections) {
            for (const CompareRow &row : section.rows) {
                QCOMPARE(row.cells.size(), 2);
                QVERIFY2(!row.allEmpty(), qPrintable(row.label)); // rows nobody has are left out
            }
        }
        const CompareRow *institution = findRow(sections, QStringLiteral("Institution"));
        QVERIFY(institution && institution->differs());
        const CompareRow *sites = findRow(sections, QStringLiteral("Number of sites"));
        QVERIFY(sites);
        QCOMPARE(sites->cells.at(0).text, QStringLiteral("13"));
        // UMass has no sites recorded: an empty cell (the view shows "—"), not "0".
        QVERIFY2(sites->cells.at(1).isEmpty(), qPrintable(sites->cells.at(1).text));
        QVERIFY(sites->differs());
        // Each curriculum category is its own row.
        QVERIFY(findRow(sections, QStringLiteral("Advocacy")));
    }

    void equalRowsDoNotDiffer()
    {
        test::TempDatabase temp;
        QList<CompareItem> items {
            *Comparison::load(temp.db(), QStringLiteral("mgh-im.categorical")),
            *Comparison::load(temp.db(), QStringLiteral("mgh-im.primary-care"))};
        const QList<CompareSection> sections = Comparison::facts(items);
        const CompareRow *institution = findRow(sections, QStringLiteral("Institution"));
        QVERIFY(institution && !institution->differs());
        const CompareRow *tracks = findRow(sections, QStringLiteral("Tracks"));
        QVERIFY(tracks && tracks->differs());
        QVERIFY(tracks->cells.at(1).text.startsWith(QStringLiteral("Primary Care")));
    }

    void notesAndProviderRows()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                         QStringLiteral("# Big\n<b>not bold</b>"))
                    .ok());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Track, QStringLiteral("mgh-im.categorical")},
                         QStringLiteral("categorical only"))
                    .ok());
        QList<CompareItem> items {
            *Comparison::load(temp.db(), QStringLiteral("mgh-im.primary-care")),
            *Comparison::load(temp.db(), QStringLiteral("umass-im"))};
        NoteRowProvider noteRows;
        FixedRows ratings;
        auto sections = Comparison::build(temp.db(), items, {&noteRows, &ratings});
        QVERIFY(sections.ok());
        QCOMPARE(sections->constLast().title, QStringLiteral("Your ratings"));
        const CompareRow *gut = findRow(*sections, QStringLiteral("Gut feeling"));
        QVERIFY(gut && gut->differs());

        const CompareRow *own = findRow(*sections, QStringLiteral("Your notes"));
        QVERIFY(own);
        QVERIFY(!own->comparable && !own->differs());
        // The track's column has the program's note, not the other track's.
        QVERIFY(own->cells.at(0).html.contains(QStringLiteral("<h3>Big</h3>")));
        QVERIFY(own->cells.at(0).html.contains(QStringLiteral("&lt;b&gt;not bold")));
        QVERIFY(!own->cells.at(0).text.contains(QStringLiteral("categorical only")));
        QVERIFY(own->cells.at(1).isEmpty());
        QVERIFY(!findRow(*sections, QStringLiteral("Classmates’ notes")));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
