#pragma once

#include "undo/rankcommand.h"

#include <optional>

// Rates a track on a criterion, or clears the rating (std::nullopt).
class SetRatingCommand : public RankCommand
{
public:
    SetRatingCommand(RankDocument *document, qint64 trackId, qint64 criterionId,
                     std::optional<int> before, std::optional<int> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(std::optional<int> value);

    qint64 m_trackId;
    qint64 m_criterionId;
    std::optional<int> m_before;
    std::optional<int> m_after;
};
