#include "exchange/csv.h"
#include "exchange/csvimporter.h"
#include "exchange/targetmatcher.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

namespace {

NoteTargetRef ref(NoteTarget::Kind kind, const QString &key, const QString &institution,
                  const QString &program, const QString &part = {}, const QString &code = {})
{
    NoteTargetRef r;
    r.kind = kind;
    r.key = key;
    r.institution = institution;
    r.program = program;
    r.nrmpCode = code;
    if (kind == NoteTarget::Kind::Track)
        r.track = part;
    if (kind == NoteTarget::Kind::Site)
        r.site = part;
    return r;
}

const QString kMgh = QStringLiteral("Massachusetts General Hospital");
const QString kMghIm = QStringLiteral("Massachusetts General Hospital Internal Medicine Residency");

} // namespace

class TestTargetMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void matchesByKeyThenCodeThenNames()
    {
        test::TempDatabase temp;
        const QString tufts = test::addUserProgram(
            temp.db(), QStringLiteral("Tufts IM"), QStringLiteral("Tufts Medical Center"),
            {{QStringLiteral("Categorical"), QStringLiteral("1234140C0")}});
        auto matcher = TargetMatcher::load(temp.db());
        QVERIFY(matcher.ok());
        using K = NoteTarget::Kind;
        using H = TargetMatch::How;

        TargetMatch m =
            matcher->match(ref(K::Track, QStringLiteral("mgh-im.primary-care"), QStringLiteral("x"),
                               QStringLiteral("y"), QStringLiteral("z")));
        QCOMPARE(m.how, H::Key);
        QCOMPARE(m.target.key, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(m.label, kMghIm + QStringLiteral(" › Primary Care"));

        // A user key never matches by key: another database's my-tufts-im is another program.
        m = matcher->match(ref(K::Track, tufts + QStringLiteral(".categorical"),
                               QStringLiteral("Other"), QStringLiteral("Other"),
                               QStringLiteral("Other"), QStringLiteral("1234140C0")));
        QCOMPARE(m.how, H::NrmpCode);
        QCOMPARE(m.target.key, tufts + QStringLiteral(".categorical"));
        m = matcher->match(ref(K::Track, tufts + QStringLiteral(".categorical"),
                               QStringLiteral("Other"), QStringLiteral("Other"),
                               QStringLiteral("Categorical")));
        QCOMPARE(m.how, H::None);

        // A program or site carries a track's code: its first seven characters name the program.
        m = matcher->match(ref(K::Program, QStringLiteral("my-elsewhere"), QStringLiteral("O"),
                               QStringLiteral("O"), {}, QStringLiteral("1234140P1")));
        QCOMPARE(m.how, H::NrmpCode);
        QCOMPARE(m.target.key, tufts);

        // Names: institution and program, then the track within it.
        m = matcher->match(ref(K::Track, QStringLiteral("their-mgh.pc"), kMgh.toUpper(),
                               kMghIm + QStringLiteral("."), QStringLiteral("primary  care")));
        QCOMPARE(m.how, H::Names);
        QCOMPARE(m.target.key, QStringLiteral("mgh-im.primary-care"));
        // The program's own name with another institution does not match.
        m = matcher->match(
            ref(K::Program, QStringLiteral("their-mgh"), QStringLiteral("Tufts"), kMghIm));
        QCOMPARE(m.how, H::None);

        // A known program without the track or site: the note goes on the program.
        m = matcher->match(ref(K::Track, QStringLiteral("mgh-im.night-float"), kMgh, kMghIm,
                               QStringLiteral("Night Float")));
        QCOMPARE(m.how, H::ProgramOnly);
        QCOMPARE(m.target, (NoteTarget {K::Program, QStringLiteral("mgh-im")}));
        QVERIFY(m.reason.contains(QStringLiteral("Night Float")));
        m = matcher->match(
            ref(K::Site, QStringLiteral("mgh-im@somewhere"), kMgh, kMghIm, QStringLiteral("IMA")));
        QCOMPARE(m.how, H::Names); // by the site's short name
        QCOMPARE(m.target.key, QStringLiteral("mgh-im@ima"));
    }

    // One matcher for note files and spreadsheets: a track named as people
    // name it in a spreadsheet ("Primary Care Track") lands where the
    // spreadsheet import puts it.
    void namesTracksAsTheSpreadsheetImportDoes()
    {
        test::TempDatabase temp;
        const QString track = QStringLiteral("Primary Care Track");
        auto csv =
            CsvReader::parse("Program,Track\n\"" + kMghIm.toUtf8() + "\"," + track.toUtf8() + "\n",
                             QStringLiteral("sheet.csv"));
        QVERIFY(csv.ok());
        auto plan = CsvImporter(temp.db()).plan(*csv, {}, QStringLiteral("sheet.csv"));
        QVERIFY(plan.ok() && plan->ok());
        QCOMPARE(plan->rows.at(0).trackKey, QStringLiteral("mgh-im.primary-care"));

        auto matcher = TargetMatcher::load(temp.db());
        QVERIFY(matcher.ok());
        const TargetMatch m = matcher->match(
            ref(NoteTarget::Kind::Track, QStringLiteral("their-mgh.pc"), kMgh, kMghIm, track));
        QCOMPARE(m.target.key, plan->rows.at(0).trackKey);
    }

    void ambiguousNamesMatchNothing()
    {
        test::TempDatabase temp(false);
        for (int i = 0; i < 2; ++i)
            test::addUserProgram(temp.db(), QStringLiteral("Internal Medicine"),
                                 QStringLiteral("Same Hospital"), {{QStringLiteral("Cat"), {}}});
        auto matcher = TargetMatcher::load(temp.db());
        const TargetMatch m = matcher->match(ref(NoteTarget::Kind::Program, QStringLiteral("x"),
                                                 QStringLiteral("Same Hospital"),
                                                 QStringLiteral("Internal Medicine")));
        QCOMPARE(m.how, TargetMatch::How::None);
        QVERIFY(m.reason.contains(QStringLiteral("2 programs")));
    }
};

QTEST_GUILESS_MAIN(TestTargetMatcher)
#include "tst_targetmatcher.moc"
