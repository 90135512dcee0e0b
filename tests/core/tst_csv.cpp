#include "exchange/csv.h"

#include <QTest>

using namespace rw;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotingAndLineBreaks()
    {
        const QByteArray csv = "Program,Notes,Rank\r\n"
                               "\"Mass General, IM\",\"said \"\"great\"\"\nsecond line\",1\r\n"
                               "UMass,,2\r\n";
        auto table = CsvReader::parse(csv, QStringLiteral("in.csv"));
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.message()));
        QCOMPARE(table->header,
                 (QStringList {QStringLiteral("Program"), QStringLiteral("Notes"),
                               QStringLiteral("Rank")}));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("Mass General, IM"));
        QCOMPARE(table->rows.at(0).at(1), QStringLiteral("said \"great\"\nsecond line"));
        QCOMPARE(table->rows.at(1).at(1), QString());
        QCOMPARE(table->rowLines, (QList<int> {2, 4}));
        QVERIFY(!table->hadByteOrderMark);
    }

    void semicolonsAndByteOrderMark()
    {
        const QByteArray csv = "\xEF\xBB\xBFProgram;Location;Rank\nHôpital;\"Montréal; QC\";3\n";
        auto table = CsvReader::parse(csv, QStringLiteral("in.csv"));
        QVERIFY(table.ok());
        QVERIFY(table->hadByteOrderMark);
        QCOMPARE(table->separator, QChar(u';'));
        QCOMPARE(table->header.constFirst(), QStringLiteral("Program"));
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("Hôpital"));
        QCOMPARE(table->rows.at(0).at(1), QStringLiteral("Montréal; QC"));
    }

    void padsShortRowsAndSkipsBlankLines()
    {
        auto table = CsvReader::parse("a,b,c\n1\n\n2,3,4,,\n", QStringLiteral("in.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0), (QStringList {QStringLiteral("1"), QString(), QString()}));
        QCOMPARE(table->rows.at(1).size(), 3);
        QCOMPARE(table->rowLines.at(1), 4);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unbalanced quote")
            << QByteArray("Program,Rank\nA,1\n\"B,2\nC,3\n")
            << QStringLiteral("line 3, column 1: the quote that opens this field is never closed");
        QTest::newRow("stray quote") << QByteArray("Program,Rank\nA\"x,1\n")
                                     << QStringLiteral("line 2, column 1: a quote inside a field");
        QTest::newRow("text after quote")
            << QByteArray("Program,Rank\n\"A\"x,1\n")
            << QStringLiteral("line 2, column 1: text after the closing quote");
        QTest::newRow("too many fields")
            << QByteArray("Program,Rank\nA,1,extra\n")
            << QStringLiteral("line 2, column 3: this row has 3 fields but the header has 2");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
        // Found by fuzz_csvimport: a header of only whitespace names nothing.
        QTest::newRow("blank header names")
            << QByteArray("\f\n,\n")
            << QStringLiteral("line 1, column 1: the header row has no column names");
        QTest::newRow("spaces for names")
            << QByteArray(" ; \nA;1\n") << QStringLiteral("the header row has no column names");
        QTest::newRow("latin-1") << QByteArray("Program\nH\xF4pital\n")
                                 << QStringLiteral("not valid UTF-8 (byte offset 9)");
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        auto table = CsvReader::parse(csv, QStringLiteral("list.csv"));
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::Input);
        QVERIFY2(table.message().contains(expected), qPrintable(table.message()));
        QVERIFY(table.message().startsWith(QStringLiteral("list.csv")));
    }

    void writerQuotesWhatNeedsIt()
    {
        CsvWriter writer;
        writer.addRow({QStringLiteral("Rank"), QStringLiteral("Program")});
        writer.addRow({QStringLiteral("1"), QStringLiteral("A, \"B\"")});
        writer.addRow({QStringLiteral("2"), QStringLiteral("two\nlines")});
        writer.addRow({QStringLiteral("3"), QStringLiteral(" padded ")});
        QCOMPARE(writer.bytes(),
                 QByteArray("\xEF\xBB\xBFRank,Program\r\n1,\"A, "
                            "\"\"B\"\"\"\r\n2,\"two\nlines\"\r\n3,\" padded \"\r\n"));
    }

    // Found by fuzz_csvimport: a one-column file whose header holds the other
    // separator, and a file opening with blank lines, read back as written.
    void eitherSeparatorIsQuotedAndBlankLinesDoNotHideTheHeader()
    {
        CsvWriter writer;
        writer.addRow({QStringLiteral("Program; name")});
        writer.addRow({QStringLiteral("a;b")});
        QCOMPARE(writer.bytes(), QByteArray("\xEF\xBB\xBF\"Program; name\"\r\n\"a;b\"\r\n"));
        auto table = CsvReader::parse(writer.bytes(), QStringLiteral("one.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table->header, QStringList({QStringLiteral("Program; name")}));
        QCOMPARE(table->rows.at(0), QStringList({QStringLiteral("a;b")}));

        auto late = CsvReader::parse("\r\n\nProgram;Rank\nA;1\n", QStringLiteral("late.csv"));
        QVERIFY(late.ok());
        QCOMPARE(late->separator, QChar(u';'));
        QCOMPARE(late->header, QStringList({QStringLiteral("Program"), QStringLiteral("Rank")}));
        QCOMPARE(late->rowLines, QList<int>({4}));
    }

    void roundTrip()
    {
        const QList<QStringList> rows {
            {QStringLiteral("Program"), QStringLiteral("Note")},
            {QStringLiteral("=cmd|' /C calc'!A0"),
             QStringLiteral("semi;colon, comma \"quote\"\r\nnew line")},
            {QStringLiteral("-5"), QStringLiteral("@home")},
        };
        for (const QChar separator : {QChar(u','), QChar(u';')}) {
            CsvWriter writer(separator);
            for (const QStringList &row : rows) {
                QStringList escaped;
                for (const QString &field : row)
                    escaped.append(CsvWriter::escapeFormula(field));
                writer.addRow(escaped);
            }
            auto table = CsvReader::parse(writer.bytes(), QStringLiteral("rt.csv"));
            QVERIFY(table.ok());
            QCOMPARE(table->separator, separator);
            QCOMPARE(table->rows.at(0).at(0),
                     QStringLiteral("'=cmd|' /C calc'!A0")); // inert in a spreadsheet
            QCOMPARE(CsvWriter::unescapeFormula(table->rows.at(0).at(0)), rows.at(1).at(0));
            QCOMPARE(CsvWriter::unescapeFormula(table->rows.at(0).at(1)), rows.at(1).at(1));
            QCOMPARE(CsvWriter::unescapeFormula(table->rows.at(1).at(1)), QStringLiteral("@home"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
