#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "util/result.h"

#include <QObject>

#include <optional>

class DatabaseCommand;
class RankDocument;
class Workspace;

// Every edit the rank list builder's widgets can make, checked with the
// core's rules first and then pushed as an undo command through the
// workspace. What is refused (by the checks or by the command's first run)
// comes back as an Error and also through `refused` (the page's message
// bar), with nothing pushed and nothing written, so widgets may ignore the
// returned status.
class RankController : public QObject
{
    Q_OBJECT

public:
    RankController(Workspace *workspace, RankDocument *document, QObject *parent = nullptr);

    RankDocument *document() const { return m_document; }
    Workspace *workspace() const { return m_workspace; }

    // Criteria
    rw::Status addCriterion(const rw::Criterion &criterion);
    rw::Status addSuggestedCriteria();
    rw::Status removeCriterion(qint64 criterionId);
    rw::Status setWeight(qint64 criterionId, double weight);
    rw::Status renameCriterion(qint64 criterionId, const QString &name);
    rw::Status setDirection(qint64 criterionId, rw::Direction direction);
    rw::Status setRating(qint64 trackId, qint64 criterionId, std::optional<int> value);
    // The user's value of any criterion (a rating goes to setRating); a fact
    // criterion's value wins over the catalog's, std::nullopt clears it back.
    rw::Status setValue(qint64 trackId, qint64 criterionId, std::optional<double> value);

    // Lists
    rw::Status createList(const QString &name, rw::RankListKind kind);
    rw::Status deleteCurrentList();
    rw::Status addTrack(const QString &trackKey, std::optional<int> position = std::nullopt);
    rw::Status moveEntry(qint64 trackId, int position);
    rw::Status setPinned(qint64 trackId, bool pinned);
    rw::Status togglePinned(qint64 trackId);
    rw::Status removeEntry(qint64 trackId);
    rw::Status sortByScore();
    rw::Status takeSnapshot(const QString &label);
    rw::Status restoreSnapshot(qint64 snapshotId);

    // A problem found by a widget before any edit (nothing to add, say).
    void reportProblem(const QString &message) { Q_EMIT refused(message); }

Q_SIGNALS:
    void refused(const QString &message);

private:
    rw::Status refuse(const rw::Error &error);
    rw::Status push(DatabaseCommand *command);
    // The current list and its order, or why an entry edit cannot start.
    rw::Result<rw::ListOrder> currentOrder() const;
    rw::Status changeOrder(qint64 listId, const rw::ListOrder &before, const rw::ListOrder &after,
                           const QString &text);

    Workspace *m_workspace;
    RankDocument *m_document;
};
