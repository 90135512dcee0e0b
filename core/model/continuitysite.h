#pragma once

#include "model/fact.h"

#include <QStringList>

#include <optional>

namespace rw {

struct SiteLanguage
{
    enum class Kind { Staff, Interpreter };
    QString language;
    Kind kind = Kind::Staff;
    friend bool operator==(const SiteLanguage &, const SiteLanguage &) = default;
};

struct SiteService
{
    enum class Kind { Subspecialty, Service, Program };
    QString name;
    Kind kind = Kind::Service;
    friend bool operator==(const SiteService &, const SiteService &) = default;
};

QString siteLanguageKindId(SiteLanguage::Kind kind);
std::optional<SiteLanguage::Kind> siteLanguageKindFromId(const QString &id);
QString siteServiceKindId(SiteService::Kind kind);
std::optional<SiteService::Kind> siteServiceKindFromId(const QString &id);

// Residents placed, kept as written ("2-10", "20+", "60") with the numbers
// read out of it for sorting and scoring.
struct ResidentsPlaced
{
    QString text;
    std::optional<int> min;
    std::optional<int> max; // empty for open-ended ("20+")

    static std::optional<ResidentsPlaced> parse(const QString &text);
};

// A clinic where residents keep their own patient panel for the whole residency.
struct ContinuitySite
{
    qint64 id = 0;
    qint64 programId = 0;
    QString key;
    QString programKey;
    QString name;
    QString shortName;
    QStringList trackKeys;
    ResidentsPlaced residentsPlaced;
    std::optional<double> distanceMiles;
    QString location;
    QList<SiteLanguage> languages;
    QList<SiteService> services;
    QList<Fact> facts;
    QString description;
    Origin origin = Origin::Catalog;
    QString source;
};

} // namespace rw
