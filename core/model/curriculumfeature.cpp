#include "model/curriculumfeature.h"

#include <QCoreApplication>
#include <QStringList>

namespace rw::FeatureCategory {

QStringList ids()
{
    return {
        QStringLiteral("ambulatory"),
        QStringLiteral("advocacy"),
        QStringLiteral("global-health"),
        QStringLiteral("research"),
        QStringLiteral("leadership"),
        QStringLiteral("electives"),
        QStringLiteral("self-design"),
        QStringLiteral("conferences"),
        QStringLiteral("retreats"),
        QStringLiteral("mentoring"),
        QStringLiteral("education"),
        QStringLiteral("quality"),
        QStringLiteral("population-health"),
        QStringLiteral("benefits"),
        QStringLiteral("other"),
    };
}

bool isValid(const QString &id)
{
    return ids().contains(id);
}

QString displayName(const QString &id)
{
    const char *context = "rw::FeatureCategory";
    if (id == u"ambulatory")
        return QCoreApplication::translate(context, "Ambulatory training");
    if (id == u"advocacy")
        return QCoreApplication::translate(context, "Advocacy");
    if (id == u"global-health")
        return QCoreApplication::translate(context, "Global health");
    if (id == u"research")
        return QCoreApplication::translate(context, "Research");
    if (id == u"leadership")
        return QCoreApplication::translate(context, "Leadership");
    if (id == u"electives")
        return QCoreApplication::translate(context, "Electives");
    if (id == u"self-design")
        return QCoreApplication::translate(context, "Self-design and away rotations");
    if (id == u"conferences")
        return QCoreApplication::translate(context, "Conferences");
    if (id == u"retreats")
        return QCoreApplication::translate(context, "Retreats and cohort");
    if (id == u"mentoring")
        return QCoreApplication::translate(context, "Mentoring and careers");
    if (id == u"education")
        return QCoreApplication::translate(context, "Medical education");
    if (id == u"quality")
        return QCoreApplication::translate(context, "Quality improvement");
    if (id == u"population-health")
        return QCoreApplication::translate(context, "Population health and policy");
    if (id == u"benefits")
        return QCoreApplication::translate(context, "Wellness and benefits");
    return QCoreApplication::translate(context, "Other");
}

} // namespace rw::FeatureCategory
