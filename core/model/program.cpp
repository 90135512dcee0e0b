#include "model/program.h"

namespace rw {

QStringList Program::sources() const
{
    QStringList result;
    auto add = [&result](const QString &text) {
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    };
    add(source);
    for (const Fact &fact : facts)
        add(fact.source);
    for (const Partner &partner : partners)
        add(partner.source);
    for (const Track &track : tracks) {
        add(track.source);
        for (const Fact &fact : track.facts)
            add(fact.source);
    }
    for (const ContinuitySite &site : sites)
        add(site.source);
    for (const CurriculumFeature &feature : features)
        add(feature.source);
    return result;
}

} // namespace rw
