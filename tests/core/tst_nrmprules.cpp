#include "ranking/nrmprules.h"

#include <QTest>

using namespace rw;

class TestNrmpRules : public QObject
{
    Q_OBJECT

private:
    static QList<RankEntry> entries(int count, bool withCodes = true)
    {
        QList<RankEntry> list;
        for (int i = 0; i < count; ++i) {
            RankEntry e;
            e.trackKey = QStringLiteral("p%1.t").arg(i);
            e.trackName = QStringLiteral("T");
            e.programName = QStringLiteral("P%1").arg(i);
            e.position = i + 1;
            if (withCodes)
                e.nrmpCode = QString::number(1000 + i) + QStringLiteral("140C0");
            list.append(e);
        }
        return list;
    }

    static bool has(const QList<NrmpRules::Warning> &warnings, NrmpRules::Warning::Kind kind)
    {
        for (const auto &w : warnings) {
            if (w.kind == kind)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void programCodes()
    {
        QVERIFY(!has(NrmpRules::check(entries(20)), NrmpRules::Warning::Kind::ExtraFees));
        QVERIFY(has(NrmpRules::check(entries(21)), NrmpRules::Warning::Kind::ExtraFees));
        // Unknown codes still count: every track has one in the NRMP's system.
        auto mixed = entries(20);
        mixed.append(entries(1, false));
        QCOMPARE(NrmpRules::programCodeCount(mixed), 21);
        // The same code twice counts once.
        auto twice = entries(2);
        twice[1].nrmpCode = twice[0].nrmpCode.toLower();
        QCOMPARE(NrmpRules::programCodeCount(twice), 1);
    }

    void manyRanks()
    {
        QVERIFY(!has(NrmpRules::check(entries(100)), NrmpRules::Warning::Kind::ManyRanks));
        QVERIFY(has(NrmpRules::check(entries(101)), NrmpRules::Warning::Kind::ManyRanks));
    }

    void invalidCodesAndWithdrawn()
    {
        auto list = entries(3);
        list[1].nrmpCode = QStringLiteral("12-34");
        list[2].withdrawn = true;
        const auto warnings = NrmpRules::check(list);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).kind, NrmpRules::Warning::Kind::InvalidCode);
        QCOMPARE(warnings.at(0).trackKey, list.at(1).trackKey);
        QVERIFY(warnings.at(0).message.contains(QStringLiteral("12-34")));
        QCOMPARE(warnings.at(1).kind, NrmpRules::Warning::Kind::Withdrawn);
    }

    void roomForRanks()
    {
        QVERIFY(NrmpRules::checkRoomFor(299, QStringLiteral("X")).ok());
        auto refused = NrmpRules::checkRoomFor(300, QStringLiteral("X"));
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        QVERIFY(refused.message().contains(QStringLiteral("301")));
    }
};

QTEST_GUILESS_MAIN(TestNrmpRules)
#include "tst_nrmprules.moc"
