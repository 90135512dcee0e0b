#include "undo/addcriterioncommand.h"

#include "storage/criterionrepository.h"

AddCriterionCommand::AddCriterionCommand(RankDocument *document, const rw::Criterion &criterion)
    : RankCommand(document, tr("Add criterion “%1”").arg(criterion.name))
    , m_criterion(criterion)
{ }

void AddCriterionCommand::redo()
{
    rw::CriterionRepository criteria(database());
    if (m_criterion.id == 0) {
        auto added = criteria.add(m_criterion);
        if (added)
            m_criterion = *added;
        finish(added ? rw::Status() : rw::Status(added.error()), RankDocument::Criteria);
        return;
    }
    finish(criteria.restore(m_criterion, {}), RankDocument::Criteria);
}

void AddCriterionCommand::undo()
{
    finish(rw::CriterionRepository(database()).remove(m_criterion.id), RankDocument::Criteria);
}
