#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "model/snapshot.h"
#include "ranking/listanalysis.h"
#include "storage/ranklistrepository.h"
#include "util/result.h"
#include "workspace.h"

#include <QList>
#include <QObject>

#include <optional>

namespace rw {
class Database;
}

// The rank list builder's state for the window: the lists, the current
// list's analysis (entries, scores, computed order), the criteria and the
// current list's snapshots, read from the workspace's database. It follows
// Workspace::changed() (edits, undo, redo) and re-reads what changed; views
// listen to its signals. A weight being dragged is previewed in memory
// (previewWeight) and written only when let go. Changes to programs and
// tracks are read when the owner asks (reload()), as the page is shown.
class RankDocument : public QObject
{
    Q_OBJECT

public:
    explicit RankDocument(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    rw::Database &database() const { return *m_workspace->database(); }

    const QList<rw::RankList> &lists() const { return m_lists; }
    qint64 currentListId() const { return m_currentListId; }
    const rw::RankList *currentList() const;
    // Switches the list shown (not an edit: not undoable).
    void setCurrentList(qint64 listId);

    // The current list's analysis; nullptr when there is no list.
    const rw::ListAnalysis *analysis() const { return m_analysis ? &*m_analysis : nullptr; }
    const QList<rw::Criterion> &criteria() const { return m_criteria; }
    const QList<rw::Snapshot> &snapshots() const { return m_snapshots; }
    // Every track that can still be added (not withdrawn), labelled, by name.
    const QList<rw::TrackRef> &tracks() const { return m_tracks; }
    const rw::Criterion *criterion(qint64 id) const;
    int criterionIndex(qint64 id) const;

    // Shows a weight without writing it (while a slider is dragged).
    void previewWeight(qint64 criterionId, double weight);
    // Shows the weights as stored without re-reading the list (only the
    // scores and the computed order move, within a frame even for 300 ranks).
    void reloadWeights();

    // Re-reads what changed and tells the views.
    void reload(Workspace::Changes changes = Workspace::Everything);

Q_SIGNALS:
    void listsChanged();
    void currentListChanged();
    // Entries, criteria, ratings or scores changed: views rebuild.
    void analysisChanged();
    // Only scores and the computed order moved (a weight preview).
    void scoresChanged();
    void criteriaChanged();
    void snapshotsChanged();
    void tracksChanged();
    void errorOccurred(const QString &message);

private:
    void followChange(const Workspace::Changed &change);
    bool setWeightShown(qint64 criterionId, double weight);
    void loadLists();
    void loadAnalysis();
    void loadSnapshots();
    void loadCriteria();
    void loadTracks();

    Workspace *m_workspace;
    QList<rw::RankList> m_lists;
    qint64 m_currentListId = 0;
    std::optional<rw::ListAnalysis> m_analysis;
    QList<rw::Criterion> m_criteria;
    QList<rw::Snapshot> m_snapshots;
    QList<rw::TrackRef> m_tracks;
};
