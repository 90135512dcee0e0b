#include "undo/setcriteriondirectioncommand.h"

#include "storage/criterionrepository.h"

SetCriterionDirectionCommand::SetCriterionDirectionCommand(RankDocument *document,
                                                           const rw::Criterion &criterion,
                                                           rw::Direction after)
    : RankCommand(document,
                  (after == rw::Direction::LowerIsBetter ? tr("Lower is better for “%1”")
                                                         : tr("Higher is better for “%1”"))
                      .arg(criterion.name))
    , m_criterionId(criterion.id)
    , m_before(criterion.direction)
    , m_after(after)
{ }

void SetCriterionDirectionCommand::redo()
{
    finish(rw::CriterionRepository(database()).setDirection(m_criterionId, m_after),
           RankDocument::Criteria);
}

void SetCriterionDirectionCommand::undo()
{
    finish(rw::CriterionRepository(database()).setDirection(m_criterionId, m_before),
           RankDocument::Criteria);
}
