#pragma once

#include "model/program.h"
#include "model/resource.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rw {

// Writes the bundled catalog's rows (CatalogUpdater decides what): upserts
// by key, so that ids, and every note, rating and list entry pointing at
// them, survive. A row whose key the user's own row holds is never written:
// its upsert returns 0. Each statement is prepared once for a whole catalog.
// Use inside Database::write().
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::CatalogRepository)

public:
    enum class Table { Programs, Tracks, Sites };

    explicit CatalogRepository(Database &db);

    Result<qint64> upsertInstitution(const Institution &institution);
    // With its offerings replaced.
    Result<qint64> upsertResource(const Resource &resource);
    // The program's row with its facts, partners and resources replaced
    // (not its tracks, sites or features).
    Result<qint64> upsertProgram(const Program &program, qint64 institutionId,
                                 const QList<qint64> &resourceIds);
    // With its facts replaced.
    Result<qint64> upsertTrack(qint64 programId, int position, const Track &track);
    // With the tracks it serves (by id), languages, services and facts replaced.
    Result<qint64> upsertSite(qint64 programId, int position, const ContinuitySite &site,
                              const QList<qint64> &trackIds);
    // Replaces the catalog's features of a program; a feature's track by key.
    Status replaceFeatures(qint64 programId, const QList<CurriculumFeature> &features,
                           const QHash<QString, qint64> &trackIds);
    // Marks withdrawn the catalog's programs, or one program's tracks or
    // sites, whose keys are not among `keys`.
    Status withdrawAllBut(Table table, qint64 programId, const QStringList &keys);

private:
    Status clear(Statement &statement, qint64 id, const QString &doing);

    Database &m_db;
    Statement m_institution;
    Statement m_resource, m_clearOfferings, m_addOffering;
    Statement m_program, m_clearProgramFacts, m_clearPartners, m_clearProgramResources;
    Statement m_addProgramFact, m_addPartner, m_addProgramResource;
    Statement m_track, m_clearTrackFacts, m_addTrackFact;
    Statement m_site, m_clearSiteTracks, m_clearLanguages, m_clearServices, m_clearSiteFacts;
    Statement m_addSiteTrack, m_addLanguage, m_addService, m_addSiteFact;
    Statement m_clearFeatures, m_addFeature;
    Statement m_withdrawPrograms, m_withdrawTracks, m_withdrawSites;
};

} // namespace rw
