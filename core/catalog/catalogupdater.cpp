#include "catalog/catalogupdater.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QHash>

namespace rw {

namespace {

const QString kVersionKey = QStringLiteral("catalog_version");

using Table = CatalogRepository::Table;

class Writer
{
public:
    explicit Writer(Database &db)
        : m_rows(db)
    { }

    Status write(const Catalog &catalog);

private:
    Status writeProgram(const Program &program);
    Status writeTracks(qint64 programId, const Program &program);
    Status writeSites(qint64 programId, const Program &program);

    CatalogRepository m_rows;
    QHash<QString, qint64> m_institutionIds;
    QHash<QString, qint64> m_resourceIds;
    QHash<QString, qint64> m_trackIds;
};

Status Writer::writeTracks(qint64 programId, const Program &program)
{
    QStringList keys;
    for (qsizetype i = 0; i < program.tracks.size(); ++i) {
        const Track &track = program.tracks.at(i);
        auto id = m_rows.upsertTrack(programId, int(i), track);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::conflict(
                CatalogUpdater::tr("The catalog's track key “%1” is taken by a track you added.")
                    .arg(track.key));
        m_trackIds.insert(track.key, *id);
        keys.append(track.key);
    }
    return m_rows.withdrawAllBut(Table::Tracks, programId, keys);
}

Status Writer::writeSites(qint64 programId, const Program &program)
{
    QStringList keys;
    for (qsizetype i = 0; i < program.sites.size(); ++i) {
        const ContinuitySite &site = program.sites.at(i);
        QList<qint64> trackIds;
        for (const QString &trackKey : site.trackKeys)
            trackIds.append(m_trackIds.value(trackKey));
        auto id = m_rows.upsertSite(programId, int(i), site, trackIds);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::conflict(
                CatalogUpdater::tr("The catalog's site key “%1” is taken by a site you added.")
                    .arg(site.key));
        keys.append(site.key);
    }
    return m_rows.withdrawAllBut(Table::Sites, programId, keys);
}

Status Writer::writeProgram(const Program &program)
{
    QList<qint64> resourceIds;
    for (const QString &resourceKey : program.resourceKeys)
        resourceIds.append(m_resourceIds.value(resourceKey));
    auto id =
        m_rows.upsertProgram(program, m_institutionIds.value(program.institutionKey), resourceIds);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::conflict(
            CatalogUpdater::tr("The catalog's program key “%1” is taken by a program you added.")
                .arg(program.key));
    if (auto done = writeTracks(*id, program); !done)
        return done;
    if (auto done = writeSites(*id, program); !done)
        return done;
    // Nothing of the user's points at a feature, so the catalog's features
    // of a program are simply replaced.
    return m_rows.replaceFeatures(*id, program.features, m_trackIds);
}

Status Writer::write(const Catalog &catalog)
{
    for (const Institution &institution : catalog.institutions) {
        auto id = m_rows.upsertInstitution(institution);
        if (!id)
            return id.error();
        m_institutionIds.insert(institution.key, *id);
    }
    for (const Resource &resource : catalog.resources) {
        auto id = m_rows.upsertResource(resource);
        if (!id)
            return id.error();
        m_resourceIds.insert(resource.key, *id);
    }
    QStringList programKeys;
    for (const Program &program : catalog.programs) {
        if (auto done = writeProgram(program); !done)
            return done;
        programKeys.append(program.key);
    }
    return m_rows.withdrawAllBut(Table::Programs, 0, programKeys);
}

} // namespace

int CatalogUpdater::installedVersion(const Database &db)
{
    return db.meta(kVersionKey, QStringLiteral("0")).toInt();
}

Result<CatalogUpdater::Outcome> CatalogUpdater::apply(Database &db, const Catalog &catalog,
                                                      bool force)
{
    Outcome outcome;
    outcome.previousVersion = installedVersion(db);
    outcome.version = catalog.version;
    if (!force && outcome.previousVersion >= catalog.version) {
        outcome.version = outcome.previousVersion;
        return outcome;
    }
    Status status = db.write([&]() -> Status {
        // Re-read inside the lock: another process may have updated meanwhile.
        if (!force && installedVersion(db) >= catalog.version)
            return {};
        Writer writer(db);
        if (auto done = writer.write(catalog); !done)
            return done;
        outcome.changed = true;
        return db.setMeta(kVersionKey, QString::number(catalog.version));
    });
    if (!status)
        return status.error();
    return outcome;
}

} // namespace rw
