#include "storage/searchtextrepository.h"

#include "model/curriculumfeature.h"
#include "search/foldedwords.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace rw {

namespace {

// Up to this many programs are read by id (index lookups); more, and every
// row is read once in table order, which is faster than that many lookups.
constexpr qsizetype kLookupLimit = 500;

struct TrackText
{
    FoldedWords words;
    quint32 categories = 0;
};

// What is collected per program before it becomes an index entry.
struct ProgramText
{
    FoldedWords words;
    quint32 categories = 0;
    QHash<qint64, TrackText> tracks;
};

// " AND <column> IN (1,2,3)" for the programs asked for, or nothing when
// all are. The ids come from the database, never from the user.
QString restriction(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QStringLiteral(" AND %1 IN (%2)").arg(column, numbers.join(u','));
}

Error cancelled()
{
    return Error::internal(SearchTextRepository::tr("Reading text for the filter was cancelled."));
}

template<typename Row>
Status eachRow(const Database &db, const QString &sql, Row row, const std::atomic_bool *cancel)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (auto status = execute(*query, SearchTextRepository::tr("reading text for the filter"));
        !status)
        return status;
    while (query->next()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return cancelled();
        row(*query);
    }
    return {};
}

} // namespace

Result<QList<ProgramIndex::ProgramEntry>>
SearchTextRepository::entries(const QList<Program> &programs) const
{
    return build(programs);
}

Result<ProgramIndex::ProgramEntry> SearchTextRepository::entry(const Program &program) const
{
    auto built = build({program});
    if (!built)
        return built.error();
    return built->constFirst();
}

Result<QList<ProgramIndex::ProgramEntry>>
SearchTextRepository::build(const QList<Program> &programs) const
{
    QHash<qint64, ProgramText> gathered;
    gathered.reserve(programs.size());
    QList<qint64> ids;
    for (const Program &program : programs) {
        gathered.insert(program.id, {});
        if (programs.size() <= kLookupLimit)
            ids.append(program.id);
    }
    auto programOf = [&](const QSqlQuery &q) -> ProgramText * {
        const auto it = gathered.find(q.value(0).toLongLong());
        return it == gathered.end() ? nullptr : &*it;
    };

    // The programs' and tracks' own text is read here too, so that the
    // programs given need only their ids and tracks (list summaries do).
    Status status = eachRow(
        m_db,
        QStringLiteral("SELECT p.id, p.name || ' ' || COALESCE(i.name, '') || ' ' || "
                       "p.city || ' ' || p.state || ' ' || p.specialty || ' ' || "
                       "p.schedule_model || ' ' || p.description || ' ' || p.key "
                       "FROM programs p LEFT JOIN institutions i ON i.id = p.institution_id "
                       "WHERE 1 = 1")
            + restriction(QStringLiteral("p.id"), ids),
        [&](const QSqlQuery &q) {
            if (ProgramText *p = programOf(q))
                p->words.add(q.value(1).toString());
        },
        m_cancel);
    if (!status)
        return status.error();
    status = eachRow(
        m_db,
        QStringLiteral("SELECT t.program_id, t.id, t.name || ' ' || COALESCE(t.nrmp_code, '') || "
                       "' ' || t.schedule_model || ' ' || t.description || ' ' || t.key "
                       "FROM tracks t WHERE t.withdrawn = 0")
            + restriction(QStringLiteral("t.program_id"), ids),
        [&](const QSqlQuery &q) {
            if (ProgramText *p = programOf(q))
                p->tracks[q.value(1).toLongLong()].words.add(q.value(2).toString());
        },
        m_cancel);
    if (!status)
        return status.error();
    // SQLite joins each program's many small rows into one string (in C),
    // so a few thousand values cross into Qt rather than a million.
    status = eachRow(
        m_db,
        QStringLiteral("SELECT program_id, group_concat(name || ' ' || short_name || ' ' || "
                       "location || ' ' || description, ' ') FROM sites WHERE withdrawn = 0")
            + restriction(QStringLiteral("program_id"), ids)
            + QStringLiteral(" GROUP BY program_id"),
        [&](const QSqlQuery &q) {
            if (ProgramText *p = programOf(q))
                p->words.add(q.value(1).toString());
        },
        m_cancel);
    if (!status)
        return status.error();
    const QString siteRestriction = restriction(QStringLiteral("s.program_id"), ids);
    status = eachRow(
        m_db,
        QStringLiteral("SELECT program_id, group_concat(word, ' ') FROM ("
                       "SELECT s.program_id AS program_id, l.language AS word "
                       "FROM sites s JOIN site_languages l ON l.site_id = s.id "
                       "WHERE s.withdrawn = 0%1 UNION ALL "
                       "SELECT s.program_id, v.name FROM sites s "
                       "JOIN site_services v ON v.site_id = s.id "
                       "WHERE s.withdrawn = 0%1) GROUP BY program_id")
            .arg(siteRestriction),
        [&](const QSqlQuery &q) {
            if (ProgramText *p = programOf(q))
                p->words.add(q.value(1).toString());
        },
        m_cancel);
    if (!status)
        return status.error();
    status = eachRow(
        m_db,
        QStringLiteral("SELECT program_id, track_id, group_concat(DISTINCT category), "
                       "group_concat(name || ' ' || duration || ' ' || description, ' ') "
                       "FROM features WHERE 1 = 1")
            + restriction(QStringLiteral("program_id"), ids)
            + QStringLiteral(" GROUP BY program_id, track_id"),
        [&](const QSqlQuery &q) {
            ProgramText *p = programOf(q);
            if (!p)
                return;
            quint32 categories = 0;
            QStringList names;
            for (const QString &category : q.value(2).toString().split(u',', Qt::SkipEmptyParts)) {
                categories |= ProgramIndex::categoryBit(category);
                names.append(FeatureCategory::displayName(category));
            }
            const QString text = names.join(u' ') + u' ' + q.value(3).toString();
            if (q.value(1).isNull()) {
                p->words.add(text);
                p->categories |= categories;
            } else {
                TrackText &track = p->tracks[q.value(1).toLongLong()];
                track.words.add(text);
                track.categories |= categories;
            }
        },
        m_cancel);
    if (!status)
        return status.error();
    // Notes on the program, its tracks and its sites, own and peers', with
    // the author's name so "alex" finds what Alex wrote. A track's notes
    // are its own text; site notes belong to the whole program.
    const QString noteText = QStringLiteral("n.body || ' ' || COALESCE(pe.name, '')");
    status = eachRow(
        m_db,
        QStringLiteral("SELECT program_id, track_id, group_concat(text, ' ') FROM ("
                       "SELECT n.program_id AS program_id, NULL AS track_id, %1 AS text "
                       "FROM notes n LEFT JOIN peers pe ON pe.id = n.peer_id "
                       "WHERE n.program_id IS NOT NULL%2 "
                       "UNION ALL SELECT t.program_id, n.track_id, %1 FROM tracks t "
                       "JOIN notes n ON n.track_id = t.id LEFT JOIN peers pe ON pe.id = n.peer_id "
                       "WHERE t.withdrawn = 0%3 "
                       "UNION ALL SELECT s.program_id, NULL, %1 FROM sites s "
                       "JOIN notes n ON n.site_id = s.id LEFT JOIN peers pe ON pe.id = n.peer_id "
                       "WHERE s.withdrawn = 0%4) GROUP BY program_id, track_id")
            .arg(noteText, restriction(QStringLiteral("n.program_id"), ids),
                 restriction(QStringLiteral("t.program_id"), ids),
                 restriction(QStringLiteral("s.program_id"), ids)),
        [&](const QSqlQuery &q) {
            ProgramText *p = programOf(q);
            if (!p)
                return;
            if (q.value(1).isNull())
                p->words.add(q.value(2).toString());
            else
                p->tracks[q.value(1).toLongLong()].words.add(q.value(2).toString());
        },
        m_cancel);
    if (!status)
        return status.error();

    QList<ProgramIndex::ProgramEntry> entries;
    entries.reserve(programs.size());
    for (const Program &program : programs) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return cancelled();
        ProgramText &p = gathered[program.id];
        ProgramIndex::ProgramEntry entry;
        entry.key = program.key;
        entry.state = program.state;
        entry.categories = p.categories;
        entry.text = p.words.take();
        entry.tracks.reserve(program.tracks.size());
        for (const Track &track : program.tracks) {
            TrackText &t = p.tracks[track.id];
            ProgramIndex::TrackEntry trackEntry;
            trackEntry.type = track.type;
            trackEntry.categories = t.categories;
            t.words.add(trackTypeDisplayName(track.type));
            trackEntry.text = t.words.take(entry.text);
            entry.tracks.append(std::move(trackEntry));
        }
        // Done with this program: its collected text goes now, not at the end.
        gathered.remove(program.id);
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace rw
