#include "model/continuitysite.h"
#include "text/displayformat.h"

#include <QTest>

using namespace rw;

// Pins every format people read, so that the window, the PDF, the CSV file
// and the CLI (which all go through DisplayFormat) cannot drift apart again.
class TestDisplayFormat : public QObject
{
    Q_OBJECT

    const QLocale c = QLocale::c();
    const QLocale us {QLocale::English, QLocale::UnitedStates};
    const QLocale fr {QLocale::French, QLocale::France};

    static Criterion attribute(const QString &parameter)
    {
        Criterion criterion;
        criterion.kind = CriterionKind::Attribute;
        criterion.parameter = parameter;
        return criterion;
    }

private Q_SLOTS:
    void scoresHaveOneDecimal()
    {
        QCOMPARE(DisplayFormat::score(65.0, c), QStringLiteral("65.0"));
        QCOMPARE(DisplayFormat::score(93.75, c), QStringLiteral("93.8"));
        QCOMPARE(DisplayFormat::score(43.75, us), QStringLiteral("43.8"));
        QCOMPARE(DisplayFormat::score(100.0, us), QStringLiteral("100.0"));
        QCOMPARE(DisplayFormat::score(0.04, c), QStringLiteral("0.0"));
        QCOMPARE(DisplayFormat::score(-0.04, c), QStringLiteral("0.0")); // never "-0.0"
        QCOMPARE(DisplayFormat::score(-2.5, c), QStringLiteral("-2.5"));
        QCOMPARE(DisplayFormat::score(72.5, fr), QStringLiteral("72,5"));
        QCOMPARE(DisplayFormat::score(std::nullopt, c), DisplayFormat::missingMark());
        QCOMPARE(DisplayFormat::missingMark(), QStringLiteral("–"));
    }

    void numbersDropTrailingZeros()
    {
        QCOMPARE(DisplayFormat::number(15.0, 2, c), QStringLiteral("15"));
        QCOMPARE(DisplayFormat::number(2.50, 2, c), QStringLiteral("2.5"));
        QCOMPARE(DisplayFormat::number(0.125, 2, c), QStringLiteral("0.13"));
        QCOMPARE(DisplayFormat::number(-0.001, 2, c), QStringLiteral("0"));
        QCOMPARE(DisplayFormat::number(1.05, 1, fr), QStringLiteral("1,1"));
        QCOMPARE(DisplayFormat::number(100.0, 1, fr), QStringLiteral("100"));
        QCOMPARE(DisplayFormat::weight(15, c), QStringLiteral("15"));
        QCOMPARE(DisplayFormat::weight(2.5, us), QStringLiteral("2.5"));
        QCOMPARE(DisplayFormat::weight(1.0 / 3.0, c), QStringLiteral("0.333"));
    }

    void percentages()
    {
        QCOMPARE(DisplayFormat::percent(0.25, c), QStringLiteral("25%"));
        QCOMPARE(DisplayFormat::percent(1.0 / 3.0, c), QStringLiteral("33.3%"));
        QCOMPARE(DisplayFormat::percent(0.75, us), QStringLiteral("75%"));
        QCOMPARE(DisplayFormat::percent(0.125, fr), QStringLiteral("12,5%"));
    }

    void ranges()
    {
        using Unit = DisplayFormat::Unit;
        QCOMPARE(DisplayFormat::range({2, 10}, Unit::None, c), QStringLiteral("2–10"));
        QCOMPARE(DisplayFormat::range({20, std::nullopt}, Unit::None, c), QStringLiteral("20+"));
        QCOMPARE(DisplayFormat::range({std::nullopt, 15}, Unit::Months, c),
                 QStringLiteral("up to 15 months"));
        QCOMPARE(DisplayFormat::range({std::nullopt, 15}, Unit::None, c),
                 QStringLiteral("up to 15"));
        QCOMPARE(DisplayFormat::range({40, std::nullopt}, Unit::Percent, c),
                 QStringLiteral("at least 40%"));
        QCOMPARE(DisplayFormat::range({40, 50}, Unit::Percent, c), QStringLiteral("40–50%"));
        QCOMPARE(DisplayFormat::range({12, 12}, Unit::Months, c), QStringLiteral("12 months"));
        QCOMPARE(DisplayFormat::range({0.5, 3.25}, Unit::Miles, c), QStringLiteral("0.5–3.3 mi"));
        QCOMPARE(DisplayFormat::range({1.5, 2}, Unit::Miles, fr), QStringLiteral("1,5–2 mi"));
        QVERIFY(DisplayFormat::range({}, Unit::Percent, c).isEmpty());
    }

    void residentsPlaced()
    {
        auto shown = [this](const QString &written) {
            const auto placed = ResidentsPlaced::parse(written);
            return placed ? DisplayFormat::residentsPlaced(*placed, c) : QStringLiteral("?");
        };
        QCOMPARE(shown(QStringLiteral("2-10")), QStringLiteral("2–10"));
        QCOMPARE(shown(QStringLiteral("2 — 10")), QStringLiteral("2–10"));
        QCOMPARE(shown(QStringLiteral("20+")), QStringLiteral("20+"));
        QCOMPARE(shown(QStringLiteral("60")), QStringLiteral("60"));
        QCOMPARE(shown(QString()), QString());
        // Whatever has no numbers is shown as written.
        QCOMPARE(DisplayFormat::residentsPlaced({QStringLiteral("a few"), {}, {}}, c),
                 QStringLiteral("a few"));
    }

    void distances()
    {
        QCOMPARE(DisplayFormat::distance(3.2, c), QStringLiteral("3.2 mi"));
        QCOMPARE(DisplayFormat::distance(12.0, c), QStringLiteral("12 mi"));
        QCOMPARE(DisplayFormat::distance(0.449, fr), QStringLiteral("0,4 mi"));
    }

    void criterionValues()
    {
        Criterion rating;
        rating.kind = CriterionKind::Rating;
        QCOMPARE(DisplayFormat::criterionValue(rating, 4.0, c), QStringLiteral("4"));
        QCOMPARE(DisplayFormat::criterionValue(rating, std::nullopt, c), QStringLiteral("missing"));
        Criterion feature;
        feature.kind = CriterionKind::Feature;
        QCOMPARE(DisplayFormat::criterionValue(feature, 1.0, c), QStringLiteral("Yes"));
        QCOMPARE(DisplayFormat::criterionValue(feature, 0.0, c), QStringLiteral("No"));
        QCOMPARE(
            DisplayFormat::criterionValue(attribute(QStringLiteral("ambulatory-share")), 55.0, c),
            QStringLiteral("55%"));
        QCOMPARE(
            DisplayFormat::criterionValue(attribute(QStringLiteral("ambulatory-months")), 7.5, c),
            QStringLiteral("7.5 months"));
        QCOMPARE(DisplayFormat::criterionValue(attribute(QStringLiteral("positions")), 12.0, c),
                 QStringLiteral("12 positions"));
    }

    void dates()
    {
        const QDate day(2026, 12, 2);
        QCOMPARE(DisplayFormat::date(day, c), c.toString(day, QLocale::ShortFormat));
        QCOMPARE(DisplayFormat::longDate(day, us), QStringLiteral("Wednesday, December 2, 2026"));
        QVERIFY(DisplayFormat::date(day, us).contains(QStringLiteral("12/2/26")));
        // A moment is shown in local time, whatever zone it was stored in.
        const QDateTime utc(day, QTime(15, 40), Qt::UTC);
        QCOMPARE(DisplayFormat::dateTime(utc, us),
                 us.toString(utc.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(DisplayFormat::dateTime(QDateTime(), us).isEmpty());
        // Today's moments show the time only; older ones the day only.
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(DisplayFormat::compactDateTime(now, us),
                 us.toString(now.time(), QLocale::ShortFormat));
        const QDateTime older = now.addDays(-40);
        QCOMPARE(DisplayFormat::compactDateTime(older, us), DisplayFormat::date(older.date(), us));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
