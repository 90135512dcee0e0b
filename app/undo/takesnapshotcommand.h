#pragma once

#include "model/snapshot.h"
#include "undo/rankcommand.h"

// Takes a snapshot of a list by hand.
class TakeSnapshotCommand : public RankCommand
{
public:
    TakeSnapshotCommand(RankDocument *document, qint64 listId, const QString &label);
    void redo() override;
    void undo() override;

private:
    qint64 m_listId;
    QString m_label;
    rw::Snapshot m_snapshot;
};
