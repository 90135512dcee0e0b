#include "text/displayformat.h"

#include "model/continuitysite.h"

#include <cmath>

namespace rw {

QString DisplayFormat::number(double value, int decimals, const QLocale &locale)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    if (rounded == std::floor(rounded) && std::abs(rounded) < 1e15)
        return locale.toString(qint64(rounded));
    QString text = locale.toString(rounded, 'f', decimals);
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QString DisplayFormat::score(std::optional<double> score, const QLocale &locale)
{
    if (!score)
        return missingMark();
    const double rounded = std::round(*score * 10.0) / 10.0;
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 1);
}

QString DisplayFormat::weight(double weight, const QLocale &locale)
{
    return number(weight, 3, locale);
}

QString DisplayFormat::percent(double fraction, const QLocale &locale)
{
    return withUnit(number(fraction * 100.0, 1, locale), Unit::Percent);
}

QString DisplayFormat::withUnit(const QString &number, Unit unit)
{
    switch (unit) {
    case Unit::None:
        break;
    case Unit::Percent:
        return tr("%1%").arg(number);
    case Unit::Months:
        return tr("%1 months").arg(number);
    case Unit::Miles:
        return tr("%1 mi").arg(number);
    }
    return number;
}

QString DisplayFormat::range(const Range &range, Unit unit, const QLocale &locale)
{
    auto n = [&locale](double value) {
        return number(value, 1, locale);
    };
    if (range.min && range.max && *range.min != *range.max)
        return withUnit(tr("%1–%2").arg(n(*range.min), n(*range.max)), unit);
    if (range.min && range.max)
        return withUnit(n(*range.min), unit);
    if (range.min) {
        return unit == Unit::None ? tr("%1+").arg(n(*range.min))
                                  : tr("at least %1").arg(withUnit(n(*range.min), unit));
    }
    if (range.max)
        return tr("up to %1").arg(withUnit(n(*range.max), unit));
    return {};
}

QString DisplayFormat::residentsPlaced(const ResidentsPlaced &placed, const QLocale &locale)
{
    if (!placed.min)
        return placed.text;
    return range(
        {double(*placed.min), placed.max ? std::optional<double>(*placed.max) : std::nullopt},
        Unit::None, locale);
}

QString DisplayFormat::distance(double miles, const QLocale &locale)
{
    return withUnit(number(miles, 1, locale), Unit::Miles);
}

QString DisplayFormat::criterionValue(const Criterion &criterion, std::optional<double> raw,
                                      const QLocale &locale)
{
    if (!raw)
        return tr("missing");
    switch (criterion.kind) {
    case CriterionKind::Rating:
        return locale.toString(int(*raw));
    case CriterionKind::Feature:
        return *raw > 0 ? tr("Yes") : tr("No");
    case CriterionKind::Attribute:
        break;
    }
    const QString shown = number(*raw, 1, locale);
    const auto attribute = criterion.attribute();
    if (!attribute)
        return shown;
    switch (*attribute) {
    case CriterionAttribute::AmbulatoryShare:
        return withUnit(shown, Unit::Percent);
    case CriterionAttribute::ContinuitySites:
        return tr("%n site(s)", nullptr, int(*raw));
    case CriterionAttribute::AmbulatoryMonths:
        return withUnit(shown, Unit::Months);
    case CriterionAttribute::Positions:
        return tr("%1 positions").arg(shown);
    }
    return shown;
}

QString DisplayFormat::dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::compactDateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : date(local.date(), locale);
}

QString DisplayFormat::date(QDate day, const QLocale &locale)
{
    return locale.toString(day, QLocale::ShortFormat);
}

QString DisplayFormat::longDate(QDate day, const QLocale &locale)
{
    return locale.toString(day, QLocale::LongFormat);
}

} // namespace rw
