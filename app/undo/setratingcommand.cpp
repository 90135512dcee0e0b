#include "undo/setratingcommand.h"

#include "storage/criterionrepository.h"

SetRatingCommand::SetRatingCommand(RankDocument *document, qint64 trackId, qint64 criterionId,
                                   std::optional<int> before, std::optional<int> after,
                                   const QString &text)
    : RankCommand(document, text)
    , m_trackId(trackId)
    , m_criterionId(criterionId)
    , m_before(before)
    , m_after(after)
{ }

void SetRatingCommand::apply(std::optional<int> value)
{
    finish(rw::CriterionRepository(database()).setRating(m_trackId, m_criterionId, value),
           RankDocument::Ratings);
}

void SetRatingCommand::redo()
{
    apply(m_after);
}

void SetRatingCommand::undo()
{
    apply(m_before);
}
