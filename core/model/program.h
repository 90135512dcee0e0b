#pragma once

#include "model/continuitysite.h"
#include "model/curriculumfeature.h"
#include "model/fact.h"
#include "model/resource.h"
#include "model/track.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

struct Institution
{
    qint64 id = 0;
    QString key;
    QString name;
    QString source;
};

// An organisation a program is built on together with its sponsor.
struct Partner
{
    QString name;
    QString role;
    QString source;
};

// A residency program: the catalog's unit of browsing. It is ranked through
// its tracks.
struct Program
{
    qint64 id = 0;
    QString key;
    QString name;
    QString institutionKey;
    QString institutionName;
    QString specialty;
    QString city;
    QString state;
    QString description;
    QString website;
    std::optional<int> positions;
    QString scheduleModel;
    Range ambulatoryShare;
    Range ambulatoryMonths;
    Origin origin = Origin::Catalog;
    QString source;
    QList<Fact> facts;
    QList<Partner> partners;
    QStringList resourceKeys;

    QList<Track> tracks;
    // Number of continuity sites; filled by list queries that skip the sites themselves.
    int siteCount = 0;
    // Notes on the program, its tracks and its sites; filled by listSummaries().
    int noteCount = 0;
    QList<ContinuitySite> sites;
    QList<CurriculumFeature> features;

    // Every distinct source named by the program and its parts, in order of appearance.
    QStringList sources() const;
};

} // namespace rw
