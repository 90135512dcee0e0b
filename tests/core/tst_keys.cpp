#include "model/continuitysite.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QTest>

using namespace rw;

class TestKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("Internal Medicine")
                               << QStringLiteral("internal-medicine");
        QTest::newRow("accents") << QStringLiteral("Hôpital Saint-Luc")
                                 << QStringLiteral("hopital-saint-luc");
        QTest::newRow("punctuation")
            << QStringLiteral("  Mass General – Revere! ") << QStringLiteral("mass-general-revere");
        QTest::newRow("empty") << QString() << QStringLiteral("item");
        QTest::newRow("symbols only") << QStringLiteral("!!!") << QStringLiteral("item");
    }
    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Keys::slugify(text), slug);
        QVERIFY(Keys::isValidSlug(Keys::slugify(text)));
    }

    void keyShapes()
    {
        QVERIFY(Keys::isValidProgramKey(QStringLiteral("mgh-im")));
        QVERIFY(!Keys::isValidProgramKey(QStringLiteral("MGH")));
        QVERIFY(!Keys::isValidProgramKey(QStringLiteral("-x")));
        QVERIFY(Keys::isValidTrackKey(QStringLiteral("mgh-im.primary-care")));
        QVERIFY(!Keys::isValidTrackKey(QStringLiteral("mgh-im")));
        QVERIFY(Keys::isValidSiteKey(QStringLiteral("mgh-im@ima")));
        QVERIFY(Keys::isValidFeatureKey(QStringLiteral("mgh-im#asylum-clinic")));
        QCOMPARE(Keys::programOf(QStringLiteral("mgh-im@ima")), QStringLiteral("mgh-im"));
        QCOMPARE(Keys::programOf(QStringLiteral("mgh-im.categorical")), QStringLiteral("mgh-im"));
        QVERIFY(Keys::isUserKey(QStringLiteral("my-stanford")));
    }

    void nrmpCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("categorical") << QStringLiteral("1234140C0") << true;
        QTest::newRow("preliminary") << QStringLiteral("1234140P1") << true;
        QTest::newRow("lower case and spaces") << QStringLiteral(" 1234140c0 ") << true;
        QTest::newRow("too short") << QStringLiteral("123414C0") << false;
        QTest::newRow("digit for letter") << QStringLiteral("123414000") << false;
        QTest::newRow("letter at end") << QStringLiteral("1234140CC") << false;
        QTest::newRow("dashes") << QStringLiteral("1234-140-C0") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void nrmpCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(NrmpCode::isValid(code), valid);
        QCOMPARE(NrmpCode::problem(code).isEmpty(), valid);
    }

    void residentsPlaced()
    {
        QCOMPARE(ResidentsPlaced::parse(QStringLiteral("2-10"))->max, 10);
        QCOMPARE(ResidentsPlaced::parse(QStringLiteral("2–10"))->min, 2);
        QVERIFY(!ResidentsPlaced::parse(QStringLiteral("20+"))->max.has_value());
        QCOMPARE(ResidentsPlaced::parse(QStringLiteral("60"))->max, 60);
        QVERIFY(!ResidentsPlaced::parse(QStringLiteral("10-2")).has_value());
        QVERIFY(!ResidentsPlaced::parse(QStringLiteral("many")).has_value());
        QVERIFY(ResidentsPlaced::parse(QString())->text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
