#include "exchange/namematcher.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

class TestNameMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void normalizes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("case") << QStringLiteral("Primary CARE") << QStringLiteral("primary care");
        QTest::newRow("diacritics")
            << QStringLiteral("Hôpital Saint-Éloi") << QStringLiteral("hopital saint eloi");
        QTest::newRow("apostrophes") << QStringLiteral("St. Elizabeth’s Medical Center")
                                     << QStringLiteral("st elizabeths medical center");
        QTest::newRow("ampersand")
            << QStringLiteral("Brigham & Women's") << QStringLiteral("brigham and womens");
        QTest::newRow("spaces") << QStringLiteral("  A \t B--C ") << QStringLiteral("a b c");
        QTest::newRow("ligature") << QStringLiteral("ﬁrst") << QStringLiteral("first");
    }

    void normalizes()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalized);
        QCOMPARE(NameMatcher::normalize(name), normalized);
    }

    void trackNamesCompareWithoutTrackOrProgram()
    {
        QCOMPARE(NameMatcher::trackNameKey(QStringLiteral("Primary Care Track")),
                 QStringLiteral("primary care"));
        QCOMPARE(NameMatcher::trackNameKey(QStringLiteral("Research program")),
                 QStringLiteral("research"));
        QCOMPARE(NameMatcher::trackNameKey(QStringLiteral("Track")), QStringLiteral("track"));
    }

    void findsByNameCodeAndKey()
    {
        test::TempDatabase temp;
        const QString tufts = test::addUserProgram(
            temp.db(), QStringLiteral("Tufts IM"), QStringLiteral("Tufts Medical Center"),
            {{QStringLiteral("Categorical"), QStringLiteral("1234140C0")}});
        auto names = NameMatcher::load(temp.db(), NameRepository::Rows::Shown);
        QVERIFY(names.ok());
        const int mgh = names->programByKey(QStringLiteral("mgh-im"));
        QVERIFY(mgh >= 0);
        QCOMPARE(names->programsByNames(QStringLiteral("MASSACHUSETTS General Hospital"),
                                        names->program(mgh).name),
                 QList<int> {mgh});
        const int track = names->trackByName(mgh, QStringLiteral("primary-care track"));
        QVERIFY(track >= 0);
        QCOMPARE(names->track(track).key, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(names->siteByName(mgh, QStringLiteral("ima")),
                 names->siteByKey(QStringLiteral("mgh-im@ima")));
        const int byCode = names->trackByCode(QStringLiteral(" 1234140c0"));
        QVERIFY(byCode >= 0);
        QCOMPARE(names->track(byCode).key, tufts + QStringLiteral(".categorical"));
        QCOMPARE(names->programsByCodePart(QStringLiteral("1234140P1")),
                 QList<int> {names->track(byCode).program});
    }
};

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
