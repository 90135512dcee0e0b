#include "undo/renamecriterioncommand.h"

#include "storage/criterionrepository.h"

RenameCriterionCommand::RenameCriterionCommand(RankDocument *document, qint64 criterionId,
                                               const QString &before, const QString &after)
    : RankCommand(document, tr("Rename criterion “%1” to “%2”").arg(before, after))
    , m_criterionId(criterionId)
    , m_before(before)
    , m_after(after)
{ }

void RenameCriterionCommand::redo()
{
    finish(rw::CriterionRepository(database()).rename(m_criterionId, m_after),
           RankDocument::Criteria);
}

void RenameCriterionCommand::undo()
{
    finish(rw::CriterionRepository(database()).rename(m_criterionId, m_before),
           RankDocument::Criteria);
}
