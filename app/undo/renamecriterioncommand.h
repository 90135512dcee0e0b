#pragma once

#include "undo/rankcommand.h"

// Renames a criterion.
class RenameCriterionCommand : public RankCommand
{
public:
    RenameCriterionCommand(RankDocument *document, qint64 criterionId, const QString &before,
                           const QString &after);
    void redo() override;
    void undo() override;

private:
    qint64 m_criterionId;
    QString m_before;
    QString m_after;
};
