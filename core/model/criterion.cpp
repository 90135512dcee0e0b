#include "model/criterion.h"

#include "model/curriculumfeature.h"

#include <QCoreApplication>

#include <cmath>

namespace rw {

QString criterionKindId(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Attribute:
        return QStringLiteral("attribute");
    case CriterionKind::Feature:
        return QStringLiteral("feature");
    case CriterionKind::Rating:
        break;
    }
    return QStringLiteral("rating");
}

std::optional<CriterionKind> criterionKindFromId(const QString &id)
{
    if (id == u"rating")
        return CriterionKind::Rating;
    if (id == u"attribute")
        return CriterionKind::Attribute;
    if (id == u"feature")
        return CriterionKind::Feature;
    return std::nullopt;
}

QString directionId(Direction direction)
{
    return direction == Direction::LowerIsBetter ? QStringLiteral("lower")
                                                 : QStringLiteral("higher");
}

int directionValue(Direction direction)
{
    return direction == Direction::LowerIsBetter ? -1 : 1;
}

Direction directionFromValue(int value)
{
    return value < 0 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
}

namespace {

struct AttributeName
{
    CriterionAttribute attribute;
    QLatin1String id;
    const char *label; // in the rw::Criterion context
};

// The one table of attribute criteria, in the order they are offered.
const AttributeName kAttributeNames[] = {
    {CriterionAttribute::AmbulatoryShare, QLatin1String("ambulatory-share"),
     QT_TRANSLATE_NOOP("rw::Criterion", "Ambulatory share")},
    {CriterionAttribute::ContinuitySites, QLatin1String("continuity-sites"),
     QT_TRANSLATE_NOOP("rw::Criterion", "Continuity sites")},
    {CriterionAttribute::Positions, QLatin1String("positions"),
     QT_TRANSLATE_NOOP("rw::Criterion", "Positions")},
    {CriterionAttribute::AmbulatoryMonths, QLatin1String("ambulatory-months"),
     QT_TRANSLATE_NOOP("rw::Criterion", "Ambulatory months")},
};

const AttributeName &nameOf(CriterionAttribute attribute)
{
    for (const AttributeName &name : kAttributeNames) {
        if (name.attribute == attribute)
            return name;
    }
    Q_UNREACHABLE();
}

} // namespace

QString criterionAttributeId(CriterionAttribute attribute)
{
    return nameOf(attribute).id;
}

std::optional<CriterionAttribute> criterionAttributeFromId(const QString &id)
{
    for (const AttributeName &name : kAttributeNames) {
        if (id == name.id)
            return name.attribute;
    }
    return std::nullopt;
}

namespace CriterionAttributes {

QList<CriterionAttribute> all()
{
    QList<CriterionAttribute> attributes;
    for (const AttributeName &name : kAttributeNames)
        attributes.append(name.attribute);
    return attributes;
}

QStringList ids()
{
    QStringList ids;
    for (const AttributeName &name : kAttributeNames)
        ids.append(name.id);
    return ids;
}

QString displayName(CriterionAttribute attribute)
{
    return Criterion::tr(nameOf(attribute).label);
}

} // namespace CriterionAttributes

std::optional<CriterionAttribute> Criterion::attribute() const
{
    if (kind != CriterionKind::Attribute)
        return std::nullopt;
    return criterionAttributeFromId(parameter);
}

QString Criterion::kindSpec() const
{
    if (kind == CriterionKind::Rating)
        return criterionKindId(kind);
    return criterionKindId(kind) + u':' + parameter;
}

QString Criterion::kindDisplay() const
{
    switch (kind) {
    case CriterionKind::Attribute: {
        const auto fact = attribute();
        return Criterion::tr("Fact: %1")
            .arg(fact ? CriterionAttributes::displayName(*fact) : parameter);
    }
    case CriterionKind::Feature:
        return Criterion::tr("Feature: %1").arg(FeatureCategory::displayName(parameter));
    case CriterionKind::Rating:
        break;
    }
    return Criterion::tr("Your rating (1–5)");
}

namespace CriterionRules {

Result<std::pair<CriterionKind, QString>> parseKindSpec(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    const qsizetype colon = trimmed.indexOf(u':');
    const QString kindText = colon < 0 ? trimmed : trimmed.left(colon);
    const QString parameter = colon < 0 ? QString() : trimmed.mid(colon + 1);
    const auto kind = criterionKindFromId(kindText);
    if (!kind) {
        return Error::input(
            Criterion::tr("“%1” is not a criterion kind: use rating, attribute:FIELD or "
                          "feature:CATEGORY.")
                .arg(spec));
    }
    switch (*kind) {
    case CriterionKind::Rating:
        if (colon >= 0)
            return Error::input(
                Criterion::tr("A rating criterion takes no parameter (“%1”).").arg(spec));
        return std::pair {*kind, QString()};
    case CriterionKind::Attribute:
        if (!criterionAttributeFromId(parameter)) {
            return Error::input(
                Criterion::tr("“%1” is not a program fact a criterion can use; use one of: "
                              "%2.")
                    .arg(parameter, CriterionAttributes::ids().join(u", ")));
        }
        break;
    case CriterionKind::Feature:
        if (!FeatureCategory::isValid(parameter)) {
            return Error::input(Criterion::tr("“%1” is not a curriculum category; use one of: %2.")
                                    .arg(parameter, FeatureCategory::ids().join(u", ")));
        }
        break;
    }
    return std::pair {*kind, parameter};
}

Result<QString> checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::input(Criterion::tr("A criterion needs a name."));
    if (trimmed.size() > kMaxNameLength) {
        return Error::input(
            Criterion::tr("A criterion name can have at most %1 characters.").arg(kMaxNameLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::input(
                Criterion::tr("A criterion name cannot contain control characters."));
    }
    return trimmed;
}

Status checkWeight(double weight)
{
    if (!std::isfinite(weight) || weight < 0 || weight > kMaxWeight) {
        return Error::input(Criterion::tr("A weight must be a number from 0 to %1, not %2.")
                                .arg(kMaxWeight)
                                .arg(weight));
    }
    return {};
}

Result<double> parseWeight(const QString &text)
{
    bool ok = false;
    const double weight = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(weight)) {
        return Error::input(Criterion::tr("A weight must be a number from 0 to %1, not “%2”.")
                                .arg(kMaxWeight)
                                .arg(text));
    }
    if (auto status = checkWeight(weight); !status)
        return status.error();
    return weight;
}

} // namespace CriterionRules

QList<Criterion> suggestedCriteria()
{
    auto make = [](const char *name, double weight, CriterionKind kind, const char *parameter) {
        Criterion c;
        c.name = Criterion::tr(name);
        c.weight = weight;
        c.kind = kind;
        c.parameter = QString::fromLatin1(parameter);
        return c;
    };
    // Weights add up to 100 so that they read as percentages at first.
    return {
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Location"), 15, CriterionKind::Rating, ""),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Program culture"), 20, CriterionKind::Rating, ""),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Ambulatory training"), 10, CriterionKind::Feature,
             "ambulatory"),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Continuity site"), 10, CriterionKind::Rating, ""),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Advocacy"), 5, CriterionKind::Feature, "advocacy"),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Research"), 5, CriterionKind::Feature, "research"),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Fellowship prospects"), 10, CriterionKind::Rating,
             ""),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Wellness"), 5, CriterionKind::Rating, ""),
        make(QT_TRANSLATE_NOOP("rw::Criterion", "Gut feeling"), 20, CriterionKind::Rating, ""),
    };
}

} // namespace rw
