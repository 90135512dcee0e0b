#include "rank/rankdocument.h"

#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/snapshotrepository.h"

using namespace rw;

RankDocument::RankDocument(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    reload(Everything);
}

const RankList *RankDocument::currentList() const
{
    for (const RankList &list : m_lists) {
        if (list.id == m_currentListId)
            return &list;
    }
    return nullptr;
}

void RankDocument::setCurrentList(qint64 listId)
{
    if (listId == m_currentListId)
        return;
    m_currentListId = listId;
    loadAnalysis();
    loadSnapshots();
    Q_EMIT currentListChanged();
    Q_EMIT analysisChanged();
    Q_EMIT snapshotsChanged();
}

const Criterion *RankDocument::criterion(qint64 id) const
{
    for (const Criterion &c : m_criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int RankDocument::criterionIndex(qint64 id) const
{
    for (int i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria.at(i).id == id)
            return i;
    }
    return -1;
}

void RankDocument::previewWeight(qint64 criterionId, double weight)
{
    const int index = criterionIndex(criterionId);
    if (index < 0)
        return;
    m_criteria[index].weight = weight;
    if (m_analysis) {
        const int inAnalysis = m_analysis->indexOfCriterion(criterionId);
        if (inAnalysis >= 0)
            m_analysis->setWeight(inAnalysis, weight);
    }
    Q_EMIT scoresChanged();
}

void RankDocument::applyWeight(qint64 criterionId, double weight)
{
    previewWeight(criterionId, weight);
    Q_EMIT criteriaChanged();
}

void RankDocument::reload(Changes changes)
{
    const qint64 before = m_currentListId;
    if (changes & Lists)
        loadLists();
    if (changes & Criteria)
        loadCriteria();
    if (changes & Tracks)
        loadTracks();
    const bool listSwitched = before != m_currentListId;
    if (changes & (Criteria | Ratings | Entries | Lists | Tracks))
        loadAnalysis();
    if (changes & (Snapshots | Lists) || listSwitched)
        loadSnapshots();

    if (changes & Lists)
        Q_EMIT listsChanged();
    if (listSwitched)
        Q_EMIT currentListChanged();
    if (changes & Criteria)
        Q_EMIT criteriaChanged();
    if (changes & Tracks)
        Q_EMIT tracksChanged();
    if (changes & (Criteria | Ratings | Entries | Lists | Tracks))
        Q_EMIT analysisChanged();
    if (changes & (Snapshots | Lists) || listSwitched)
        Q_EMIT snapshotsChanged();
}

void RankDocument::reportError(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
    reload(Everything);
}

void RankDocument::loadLists()
{
    auto lists = RankListRepository(m_db).all();
    if (!lists) {
        Q_EMIT errorOccurred(lists.message());
        return;
    }
    m_lists = *lists;
    bool found = false;
    for (const RankList &list : std::as_const(m_lists))
        found = found || list.id == m_currentListId;
    if (!found)
        m_currentListId = m_lists.isEmpty() ? 0 : m_lists.constFirst().id;
}

void RankDocument::loadCriteria()
{
    auto criteria = CriterionRepository(m_db).all();
    if (!criteria) {
        Q_EMIT errorOccurred(criteria.message());
        return;
    }
    m_criteria = *criteria;
}

void RankDocument::loadAnalysis()
{
    m_analysis.reset();
    if (m_currentListId == 0)
        return;
    auto analysis = RankService(m_db).analyse(m_currentListId);
    if (!analysis) {
        Q_EMIT errorOccurred(analysis.message());
        return;
    }
    m_analysis = std::move(*analysis);
}

void RankDocument::loadSnapshots()
{
    m_snapshots.clear();
    if (m_currentListId == 0)
        return;
    auto snapshots = SnapshotRepository(m_db).all(m_currentListId);
    if (!snapshots) {
        Q_EMIT errorOccurred(snapshots.message());
        return;
    }
    m_snapshots = *snapshots;
}

void RankDocument::loadTracks()
{
    auto programs = ProgramRepository(m_db).listSummaries();
    if (!programs) {
        Q_EMIT errorOccurred(programs.message());
        return;
    }
    m_tracks.clear();
    qsizetype count = 0;
    for (const Program &program : std::as_const(*programs))
        count += program.tracks.size();
    m_tracks.reserve(count);
    for (const Program &program : std::as_const(*programs)) {
        for (const Track &track : program.tracks) {
            TrackRef ref;
            ref.id = track.id;
            ref.key = track.key;
            ref.label = program.name + QStringLiteral(" — ") + track.name;
            ref.nrmpCode = track.nrmpCode;
            m_tracks.append(ref);
        }
    }
}
