#include "storage/searchtextrepository.h"

#include "model/curriculumfeature.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace rw {

namespace {

// Text collected per program and per track before folding.
struct Gathered
{
    QStringList programText;
    quint32 programCategories = 0;
    int noteCount = 0;
    QHash<qint64, QStringList> trackText;
    QHash<qint64, quint32> trackCategories;
    QHash<qint64, int> trackNotes;
};

template<typename Row>
Status eachRow(const Database &db, const QString &sql, qint64 onlyProgramId, Row row)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (onlyProgramId)
        query->addBindValue(onlyProgramId);
    if (auto status = execute(*query, SearchTextRepository::tr("reading text for the filter"));
        !status)
        return status;
    while (query->next())
        row(*query);
    return {};
}

QString programFilter(qint64 onlyProgramId, const QString &column)
{
    return onlyProgramId ? QStringLiteral(" AND %1 = ?").arg(column) : QString();
}

} // namespace

Result<QList<ProgramIndex::ProgramEntry>>
SearchTextRepository::entries(const QList<Program> &programs) const
{
    return build(programs, 0);
}

Result<ProgramIndex::ProgramEntry> SearchTextRepository::entry(const Program &program) const
{
    auto built = build({program}, program.id);
    if (!built)
        return built.error();
    return built->constFirst();
}

Result<QList<ProgramIndex::ProgramEntry>>
SearchTextRepository::build(const QList<Program> &programs, qint64 onlyProgramId) const
{
    QHash<qint64, Gathered> gathered;
    gathered.reserve(programs.size());
    for (const Program &program : programs)
        gathered.insert(program.id, {});

    auto programOf = [&](const QSqlQuery &q) -> Gathered * {
        const auto it = gathered.find(q.value(0).toLongLong());
        return it == gathered.end() ? nullptr : &*it;
    };

    Status status = eachRow(
        m_db,
        QStringLiteral("SELECT program_id, name, short_name, location, description FROM sites "
                       "WHERE withdrawn = 0")
            + programFilter(onlyProgramId, QStringLiteral("program_id")),
        onlyProgramId, [&](const QSqlQuery &q) {
            if (Gathered *g = programOf(q)) {
                for (int c = 1; c <= 4; ++c)
                    g->programText.append(q.value(c).toString());
            }
        });
    if (!status)
        return status.error();
    status = eachRow(m_db,
                     QStringLiteral("SELECT s.program_id, l.language FROM site_languages l "
                                    "JOIN sites s ON s.id = l.site_id WHERE s.withdrawn = 0")
                         + programFilter(onlyProgramId, QStringLiteral("s.program_id")),
                     onlyProgramId, [&](const QSqlQuery &q) {
                         if (Gathered *g = programOf(q))
                             g->programText.append(q.value(1).toString());
                     });
    if (!status)
        return status.error();
    status = eachRow(m_db,
                     QStringLiteral("SELECT s.program_id, v.name FROM site_services v "
                                    "JOIN sites s ON s.id = v.site_id WHERE s.withdrawn = 0")
                         + programFilter(onlyProgramId, QStringLiteral("s.program_id")),
                     onlyProgramId, [&](const QSqlQuery &q) {
                         if (Gathered *g = programOf(q))
                             g->programText.append(q.value(1).toString());
                     });
    if (!status)
        return status.error();
    status =
        eachRow(m_db,
                QStringLiteral("SELECT program_id, track_id, category, name, duration, description "
                               "FROM features WHERE 1 = 1")
                    + programFilter(onlyProgramId, QStringLiteral("program_id")),
                onlyProgramId, [&](const QSqlQuery &q) {
                    Gathered *g = programOf(q);
                    if (!g)
                        return;
                    const QString category = q.value(2).toString();
                    const QString text = FeatureCategory::displayName(category) + u'\n'
                        + q.value(3).toString() + u'\n' + q.value(4).toString() + u'\n'
                        + q.value(5).toString();
                    if (q.value(1).isNull()) {
                        g->programText.append(text);
                        g->programCategories |= ProgramIndex::categoryBit(category);
                    } else {
                        const qint64 track = q.value(1).toLongLong();
                        g->trackText[track].append(text);
                        g->trackCategories[track] |= ProgramIndex::categoryBit(category);
                    }
                });
    if (!status)
        return status.error();
    // Notes on the program, its tracks and its sites, own and peers', with
    // the author's name so "alex" finds what Alex wrote.
    status = eachRow(
        m_db,
        QStringLiteral("SELECT COALESCE(n.program_id, t.program_id, s.program_id), n.track_id, "
                       "n.body, COALESCE(pe.name, '') FROM notes n "
                       "LEFT JOIN tracks t ON t.id = n.track_id "
                       "LEFT JOIN sites s ON s.id = n.site_id "
                       "LEFT JOIN peers pe ON pe.id = n.peer_id "
                       "WHERE COALESCE(t.withdrawn, 0) = 0 AND COALESCE(s.withdrawn, 0) = 0")
            + programFilter(onlyProgramId,
                            QStringLiteral("COALESCE(n.program_id, t.program_id, s.program_id)")),
        onlyProgramId, [&](const QSqlQuery &q) {
            Gathered *g = programOf(q);
            if (!g)
                return;
            ++g->noteCount;
            const QString text = q.value(2).toString() + u'\n' + q.value(3).toString();
            if (q.value(1).isNull()) {
                g->programText.append(text);
            } else {
                const qint64 track = q.value(1).toLongLong();
                g->trackText[track].append(text);
                ++g->trackNotes[track];
            }
        });
    if (!status)
        return status.error();

    QList<ProgramIndex::ProgramEntry> entries;
    entries.reserve(programs.size());
    for (const Program &program : programs) {
        const Gathered &g = gathered[program.id];
        ProgramIndex::ProgramEntry entry;
        entry.key = program.key;
        entry.state = program.state;
        entry.categories = g.programCategories;
        entry.noteCount = g.noteCount;
        QStringList text {
            program.name,      program.institutionName, program.city,        program.state,
            program.specialty, program.scheduleModel,   program.description, program.key};
        text += g.programText;
        entry.text = ProgramIndex::foldUtf8(text.join(u'\n'));
        for (const Track &track : program.tracks) {
            ProgramIndex::TrackEntry trackEntry;
            trackEntry.type = track.type;
            trackEntry.categories = g.trackCategories.value(track.id);
            trackEntry.noteCount = g.trackNotes.value(track.id);
            QStringList trackText {track.name,        trackTypeDisplayName(track.type),
                                   track.nrmpCode,    track.scheduleModel,
                                   track.description, track.key};
            trackText += g.trackText.value(track.id);
            trackEntry.text = ProgramIndex::foldUtf8(trackText.join(u'\n'));
            entry.tracks.append(trackEntry);
        }
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace rw
