#include "exchange/csvcolumns.h"

#include <QTest>

using namespace rw;

namespace {
CsvTable table(const QByteArray &csv)
{
    auto parsed = CsvReader::parse(csv, QStringLiteral("t.csv"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.message()));
    return *parsed;
}
} // namespace

// Which column of a spreadsheet is which.
class TestCsvColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersNameTheirRoleCaseInsensitively_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("role");
        QTest::newRow("program") << QStringLiteral("program") << int(CsvRole::Program);
        QTest::newRow("Program Name") << QStringLiteral("Program Name") << int(CsvRole::Program);
        QTest::newRow("INSTITUTION") << QStringLiteral("INSTITUTION") << int(CsvRole::Institution);
        QTest::newRow("Track") << QStringLiteral(" Track ") << int(CsvRole::Track);
        QTest::newRow("NRMP code") << QStringLiteral("NRMP  code") << int(CsvRole::NrmpCode);
        QTest::newRow("nrmp code:") << QStringLiteral("nrmp code:") << int(CsvRole::NrmpCode);
        QTest::newRow("City") << QStringLiteral("City") << int(CsvRole::City);
        QTest::newRow("state") << QStringLiteral("state") << int(CsvRole::State);
        QTest::newRow("Rank") << QStringLiteral("RANK") << int(CsvRole::Rank);
        QTest::newRow("Score") << QStringLiteral("Score") << int(CsvRole::Score);
        QTest::newRow("other") << QStringLiteral("Teaching") << -1;
        QTest::newRow("programs") << QStringLiteral("Programs") << -1;
    }
    void headersNameTheirRoleCaseInsensitively()
    {
        QFETCH(QString, header);
        QFETCH(int, role);
        const auto found = CsvColumns::roleForHeader(header);
        QCOMPARE(found ? int(*found) : -1, role);
    }

    void ratingHeadersAvoidOtherRoles()
    {
        QCOMPARE(CsvColumns::ratingHeader(QStringLiteral("Teaching")), QStringLiteral("Teaching"));
        QCOMPARE(CsvColumns::ratingHeader(QStringLiteral("City")), QStringLiteral("City (rating)"));
        QCOMPARE(CsvColumns::ratingNameFromHeader(QStringLiteral("City (Rating)")),
                 QStringLiteral("City"));
        QVERIFY(CsvColumns::ratingNameFromHeader(QStringLiteral("City")).isEmpty());
    }

    void ratingsAreWholeNumbersOneToFive_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("value"); // 0: not a rating
        QTest::addColumn<bool>("number");
        QTest::newRow("4") << QStringLiteral("4") << 4 << true;
        QTest::newRow(" 5 ") << QStringLiteral(" 5 ") << 5 << true;
        QTest::newRow("4.0") << QStringLiteral("4.0") << 4 << true;
        QTest::newRow("4,0") << QStringLiteral("4,0") << 4 << true;
        QTest::newRow("3.5") << QStringLiteral("3.5") << 0 << true;
        QTest::newRow("7") << QStringLiteral("7") << 0 << true;
        QTest::newRow("0") << QStringLiteral("0") << 0 << true;
        QTest::newRow("good") << QStringLiteral("good") << 0 << false;
        QTest::newRow("blank") << QString() << 0 << false;
    }
    void ratingsAreWholeNumbersOneToFive()
    {
        QFETCH(QString, cell);
        QFETCH(int, value);
        QFETCH(bool, number);
        bool isNumber = false;
        const auto rating = CsvColumns::parseRating(cell, &isNumber);
        QCOMPARE(rating.value_or(0), value);
        QCOMPARE(isNumber, number);
    }

    void detectsRatingColumnsByTheirValues()
    {
        const CsvTable t = table("Program,Teaching,Notes,Positions,Gut,Empty,,Typo,Kind (rating)\n"
                                 "A,4,nice,12,5,,,4,x\n"
                                 "B,,long call,10,3,,,7,\n"
                                 "C,2,,8,1,,,5,\n");
        const QList<CsvColumn> columns = CsvColumns::detect(t);
        QCOMPARE(columns.size(), 9);
        QCOMPARE(columns.at(0).role, CsvRole::Program);
        QCOMPARE(columns.at(1).role, CsvRole::Rating);
        QCOMPARE(columns.at(1).criterionName, QStringLiteral("Teaching"));
        QCOMPARE(columns.at(1).samples, QStringList({QStringLiteral("4"), QStringLiteral("2")}));
        QCOMPARE(columns.at(2).role, CsvRole::Ignored);
        QVERIFY(columns.at(2).reason.contains(QStringLiteral("“nice”")));
        QCOMPARE(columns.at(3).role, CsvRole::Ignored); // numbers, none 1 to 5
        QVERIFY(columns.at(3).reason.contains(QStringLiteral("12")));
        QCOMPARE(columns.at(4).role, CsvRole::Rating);
        QCOMPARE(columns.at(5).role, CsvRole::Rating); // empty: a criterion with no ratings
        QCOMPARE(columns.at(6).role, CsvRole::Ignored); // no header
        // Mostly ratings with a stray 7: still a rating column, so the 7 is an error.
        QCOMPARE(columns.at(7).role, CsvRole::Rating);
        // Named a rating by its header, whatever its values.
        QCOMPARE(columns.at(8).role, CsvRole::Rating);
        QCOMPARE(columns.at(8).criterionName, QStringLiteral("Kind"));
    }

    void overridesWin()
    {
        const CsvTable t = table("Hospital Name,Teaching\nA,4\n");
        QList<CsvColumn> columns = CsvColumns::detect(t);
        QCOMPARE(columns.at(0).role, CsvRole::Ignored);
        columns = CsvColumns::detect(t, {{0, CsvRole::Program}, {1, CsvRole::Ignored}});
        QCOMPARE(columns.at(0).role, CsvRole::Program);
        QVERIFY(columns.at(0).chosen);
        QCOMPARE(columns.at(1).role, CsvRole::Ignored);
    }

    void roleIdsRoundTrip()
    {
        for (CsvRole role : allCsvRoles()) {
            QCOMPARE(csvRoleFromId(csvRoleId(role)), std::optional<CsvRole>(role));
            QVERIFY(!csvRoleDisplayName(role).isEmpty());
        }
        QVERIFY(!csvRoleFromId(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCsvColumns)
#include "tst_csvcolumns.moc"
