#include "undo/removecriterioncommand.h"

#include "storage/criterionrepository.h"

RemoveCriterionCommand::RemoveCriterionCommand(RankDocument *document,
                                               const rw::Criterion &criterion,
                                               const QList<rw::Rating> &ratings)
    : RankCommand(document, tr("Remove criterion “%1”").arg(criterion.name))
    , m_criterion(criterion)
    , m_ratings(ratings)
{ }

void RemoveCriterionCommand::redo()
{
    finish(rw::CriterionRepository(database()).remove(m_criterion.id), RankDocument::Criteria);
}

void RemoveCriterionCommand::undo()
{
    finish(rw::CriterionRepository(database()).restore(m_criterion, m_ratings),
           RankDocument::Criteria);
}
