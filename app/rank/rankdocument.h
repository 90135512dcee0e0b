#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "model/snapshot.h"
#include "ranking/listanalysis.h"
#include "storage/ranklistrepository.h"
#include "util/result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace rw {
class Database;
}

// The rank list builder's state for the window: the lists, the current
// list's analysis (entries, scores, computed order), the criteria and the
// current list's snapshots. Undo commands write through the core and then
// call reload(); views listen to the signals. A weight being dragged is
// previewed in memory (previewWeight) and written only when let go.
class RankDocument : public QObject
{
    Q_OBJECT

public:
    enum Change {
        Criteria = 0x1,
        Ratings = 0x2,
        Entries = 0x4,
        Lists = 0x8,
        Snapshots = 0x10,
        Tracks = 0x20, // the catalog or the user's programs
        Everything = 0x3f,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit RankDocument(rw::Database &db, QObject *parent = nullptr);

    rw::Database &database() const { return m_db; }

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
    // A weight just written: shown without re-reading the list (only the
    // scores and the computed order move, within a frame even for 300 ranks).
    void applyWeight(qint64 criterionId, double weight);

    // Re-reads what changed and tells the views.
    void reload(Changes changes = Everything);
    // A failed write in a command: shown to the user, the document re-read.
    void reportError(const rw::Error &error);

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
    void loadLists();
    void loadAnalysis();
    void loadSnapshots();
    void loadCriteria();
    void loadTracks();

    rw::Database &m_db;
    QList<rw::RankList> m_lists;
    qint64 m_currentListId = 0;
    std::optional<rw::ListAnalysis> m_analysis;
    QList<rw::Criterion> m_criteria;
    QList<rw::Snapshot> m_snapshots;
    QList<rw::TrackRef> m_tracks;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RankDocument::Changes)
