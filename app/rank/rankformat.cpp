#include "rank/rankformat.h"

#include <QLocale>

QString RankFormat::score(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 1) : missingMark();
}

QString RankFormat::weight(double weight)
{
    return QLocale().toString(weight, 'g', 6);
}

QString RankFormat::percent(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString RankFormat::rawValue(const rw::Criterion &criterion, std::optional<double> raw)
{
    if (!raw)
        return tr("missing");
    const QLocale locale;
    switch (criterion.kind) {
    case rw::CriterionKind::Rating:
        return locale.toString(int(*raw));
    case rw::CriterionKind::Feature:
        return *raw > 0 ? tr("Yes") : tr("No");
    case rw::CriterionKind::Attribute:
        break;
    }
    const QString number = locale.toString(*raw, 'g', 4);
    const auto attribute = criterion.attribute();
    if (!attribute)
        return number;
    switch (*attribute) {
    case rw::CriterionAttribute::AmbulatoryShare:
        return tr("%1 %").arg(number);
    case rw::CriterionAttribute::ContinuitySites:
        return tr("%n site(s)", nullptr, int(*raw));
    case rw::CriterionAttribute::AmbulatoryMonths:
        return tr("%1 months").arg(number);
    case rw::CriterionAttribute::Positions:
        return tr("%1 positions").arg(number);
    }
    return number;
}
