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
    if (id == u"ambulatory")
        return QCoreApplication::translate("rw::FeatureCategory", "Ambulatory training");
    if (id == u"advocacy")
        return QCoreApplication::translate("rw::FeatureCategory", "Advocacy");
    if (id == u"global-health")
        return QCoreApplication::translate("rw::FeatureCategory", "Global health");
    if (id == u"research")
        return QCoreApplication::translate("rw::FeatureCategory", "Research");
    if (id == u"leadership")
        return QCoreApplication::translate("rw::FeatureCategory", "Leadership");
    if (id == u"electives")
        return QCoreApplication::translate("rw::FeatureCategory", "Electives");
    if (id == u"self-design")
        return QCoreApplication::translate("rw::FeatureCategory", "Self-design and away rotations");
    if (id == u"conferences")
        return QCoreApplication::translate("rw::FeatureCategory", "Conferences");
    if (id == u"retreats")
        return QCoreApplication::translate("rw::FeatureCategory", "Retreats and cohort");
    if (id == u"mentoring")
        return QCoreApplication::translate("rw::FeatureCategory", "Mentoring and careers");
    if (id == u"education")
        return QCoreApplication::translate("rw::FeatureCategory", "Medical education");
    if (id == u"quality")
        return QCoreApplication::translate("rw::FeatureCategory", "Quality improvement");
    if (id == u"population-health")
        return QCoreApplication::translate("rw::FeatureCategory", "Population health and policy");
    if (id == u"benefits")
        return QCoreApplication::translate("rw::FeatureCategory", "Wellness and benefits");
    return QCoreApplication::translate("rw::FeatureCategory", "Other");
}

} // namespace rw::FeatureCategory
