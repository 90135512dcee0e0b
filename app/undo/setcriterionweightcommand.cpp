#include "undo/setcriterionweightcommand.h"

#include "storage/criterionrepository.h"

SetCriterionWeightCommand::SetCriterionWeightCommand(RankDocument *document, qint64 criterionId,
                                                     const QString &name, double before,
                                                     double after)
    : RankCommand(document, tr("Set weight of “%1”").arg(name))
    , m_criterionId(criterionId)
    , m_before(before)
    , m_after(after)
{ }

void SetCriterionWeightCommand::apply(double weight)
{
    const rw::Status written = rw::CriterionRepository(database()).setWeight(m_criterionId, weight);
    if (!written)
        finish(written, RankDocument::Criteria);
    else
        document()->applyWeight(m_criterionId, weight); // nothing else to re-read
}

void SetCriterionWeightCommand::redo()
{
    apply(m_after);
}

void SetCriterionWeightCommand::undo()
{
    apply(m_before);
}

bool SetCriterionWeightCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCriterionWeightCommand *>(other);
    if (next->m_criterionId != m_criterionId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}
