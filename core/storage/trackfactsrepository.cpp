#include "storage/trackfactsrepository.h"

#include "model/fact.h"
#include "storage/statement.h"

namespace rw {

std::optional<double> TrackFacts::attribute(CriterionAttribute attribute) const
{
    switch (attribute) {
    case CriterionAttribute::AmbulatoryShare:
        return ambulatoryShare;
    case CriterionAttribute::ContinuitySites:
        return continuitySites;
    case CriterionAttribute::Positions:
        return positions;
    case CriterionAttribute::AmbulatoryMonths:
        return ambulatoryMonths;
    }
    return std::nullopt;
}

std::optional<double> TrackFacts::feature(const QString &category) const
{
    if (!featureCategories.contains(category))
        return std::nullopt;
    return 1.0;
}

namespace {

std::optional<double> column(const Statement &q, int index)
{
    return SqlValues::optionalDouble(q.value(index));
}

// The track's range if it has one, else the program's, as one number.
std::optional<double> trackOrProgram(const Range &track, const Range &program)
{
    return track.isEmpty() ? program.midpoint() : track.midpoint();
}

} // namespace

Result<QHash<qint64, TrackFacts>>
TrackFactsRepository::factsFor(const QList<qint64> &trackIds,
                               const std::optional<QStringList> &categories) const
{
    QHash<qint64, TrackFacts> facts;
    if (trackIds.isEmpty())
        return facts;
    QStringList marks;
    QVariantList ids;
    for (qint64 id : trackIds) {
        marks.append(QStringLiteral("?"));
        ids.append(id);
    }
    const QString in = QStringLiteral("(") + marks.join(u',') + QStringLiteral(")");

    // Sites count for a track through site_tracks; a program that links no
    // site to any track offers all its sites to every track.
    auto q = Statement::select(
        m_db,
        QStringLiteral(
            "SELECT t.id, (t.withdrawn <> 0 OR p.withdrawn <> 0), "
            "t.ambulatory_share_min, t.ambulatory_share_max, "
            "p.ambulatory_share_min, p.ambulatory_share_max, t.positions, p.positions, "
            "t.ambulatory_months_min, t.ambulatory_months_max, "
            "p.ambulatory_months_min, p.ambulatory_months_max, "
            "(SELECT count(*) FROM site_tracks st JOIN sites s ON s.id = st.site_id "
            " WHERE st.track_id = t.id AND s.withdrawn = 0), "
            "(SELECT count(*) FROM sites s WHERE s.program_id = p.id AND s.withdrawn = 0), "
            "(SELECT count(*) FROM site_tracks st JOIN sites s ON s.id = st.site_id "
            " WHERE s.program_id = p.id), p.source "
            "FROM tracks t JOIN programs p ON p.id = t.program_id WHERE t.id IN ")
            + in,
        ids, tr("reading program facts"));
    if (!q)
        return q.error();
    while (q->next()) {
        TrackFacts f;
        f.trackId = q->value(0).toLongLong();
        f.withdrawn = q->value(1).toBool();
        f.ambulatoryShare =
            trackOrProgram({column(*q, 2), column(*q, 3)}, {column(*q, 4), column(*q, 5)});
        f.positions = column(*q, 6) ? column(*q, 6) : column(*q, 7);
        f.ambulatoryMonths =
            trackOrProgram({column(*q, 8), column(*q, 9)}, {column(*q, 10), column(*q, 11)});
        const int linked = q->value(12).toInt();
        const int programSites = q->value(13).toInt();
        const bool programLinksSites = q->value(14).toInt() > 0;
        const int sites = programLinksSites ? linked : programSites;
        if (sites > 0)
            f.continuitySites = sites;
        f.source = q->value(15).toString();
        facts.insert(f.trackId, f);
    }

    if (categories && categories->isEmpty())
        return facts;
    QString only;
    if (categories) {
        QStringList categoryMarks;
        for (const QString &category : *categories) {
            categoryMarks.append(QStringLiteral("?"));
            ids.append(category);
        }
        only =
            QStringLiteral(" AND f.category IN (") + categoryMarks.join(u',') + QStringLiteral(")");
    }
    auto features = Statement::select(
        m_db,
        QStringLiteral("SELECT t.id, f.category, min(f.source) FROM tracks t JOIN features f "
                       "ON f.program_id = t.program_id AND (f.track_id IS NULL OR f.track_id = "
                       "t.id) WHERE t.id IN ")
            + in + only + QStringLiteral(" GROUP BY t.id, f.category"),
        ids, tr("reading curriculum features"));
    if (!features)
        return features.error();
    while (features->next()) {
        auto it = facts.find(features->value(0).toLongLong());
        if (it != facts.end()) {
            const QString category = features->value(1).toString();
            it->featureCategories.insert(category);
            it->featureSources.insert(category, features->value(2).toString());
        }
    }
    return facts;
}

} // namespace rw
