#include "rank/rankdocument.h"

#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/snapshotrepository.h"

using namespace rw;

RankDocument::RankDocument(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::changed, this, &RankDocument::followChange);
    reload(Workspace::Everything);
}

void RankDocument::followChange(const Workspace::Changed &change)
{
    if (!m_workspace->database())
        return;
    // Programs and tracks are re-read when the page is next shown (RankPage).
    const Workspace::Changes changes =
        change.what & ~(Workspace::Programs | Workspace::Tracks | Workspace::Sites);
    if (changes == Workspace::Weights)
        reloadWeights();
    else if (changes != Workspace::Changes())
        reload(changes);
    if (change.listId != 0)
        setCurrentList(change.listId); // one just made or brought back
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
    if (setWeightShown(criterionId, weight))
        Q_EMIT scoresChanged();
}

bool RankDocument::setWeightShown(qint64 criterionId, double weight)
{
    const int index = criterionIndex(criterionId);
    if (index < 0)
        return false;
    m_criteria[index].weight = weight;
    if (m_analysis) {
        const int inAnalysis = m_analysis->indexOfCriterion(criterionId);
        if (inAnalysis >= 0)
            m_analysis->setWeight(inAnalysis, weight);
    }
    return true;
}

void RankDocument::reloadWeights()
{
    auto stored = CriterionRepository(database()).all();
    if (!stored) {
        Q_EMIT errorOccurred(stored.message());
        return;
    }
    for (const Criterion &criterion : std::as_const(*stored)) {
        const int index = criterionIndex(criterion.id);
        if (index < 0) // added elsewhere: a full re-read
            return reload(Workspace::Criteria);
        if (m_criteria.at(index).weight != criterion.weight)
            setWeightShown(criterion.id, criterion.weight);
    }
    Q_EMIT scoresChanged();
    Q_EMIT criteriaChanged();
}

void RankDocument::reload(Workspace::Changes changes)
{
    using W = Workspace;
    const qint64 before = m_currentListId;
    const bool lists = changes & W::Lists;
    const bool tracks = changes & (W::Programs | W::Tracks);
    const bool analysis =
        changes & (W::Criteria | W::Weights | W::Ratings | W::Entries | W::Lists) || tracks;
    const bool snapshots = changes & (W::Snapshots | W::Lists);
    if (lists)
        loadLists();
    if (changes & (W::Criteria | W::Weights))
        loadCriteria();
    if (tracks)
        loadTracks();
    const bool listSwitched = before != m_currentListId;
    if (analysis || listSwitched)
        loadAnalysis();
    if (snapshots || listSwitched)
        loadSnapshots();

    if (lists)
        Q_EMIT listsChanged();
    if (listSwitched)
        Q_EMIT currentListChanged();
    if (changes & (W::Criteria | W::Weights))
        Q_EMIT criteriaChanged();
    if (tracks)
        Q_EMIT tracksChanged();
    if (analysis || listSwitched)
        Q_EMIT analysisChanged();
    if (snapshots || listSwitched)
        Q_EMIT snapshotsChanged();
}

void RankDocument::loadLists()
{
    auto lists = RankListRepository(database()).all();
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
    auto criteria = CriterionRepository(database()).all();
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
    auto analysis = RankService(database()).analyse(m_currentListId);
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
    auto snapshots = SnapshotRepository(database()).all(m_currentListId);
    if (!snapshots) {
        Q_EMIT errorOccurred(snapshots.message());
        return;
    }
    m_snapshots = *snapshots;
}

void RankDocument::loadTracks()
{
    auto programs = ProgramRepository(database()).listSummaries();
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
