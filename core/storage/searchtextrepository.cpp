#include "storage/searchtextrepository.h"

#include "model/curriculumfeature.h"
#include "search/foldedwords.h"
#include "storage/statement.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace rw {

namespace {

// Up to this many programs are read by id (index lookups); more, and every
// row is read once, which is faster than that many lookups.
constexpr qsizetype kLookupLimit = 500;

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

// Never shown: a cancelled build's result is dropped unread.
Error cancelled()
{
    return Error::internal(QStringLiteral("cancelled"));
}

// The text of every program, its tracks, sites, curriculum and notes, one
// query each, each in program id order. SQLite joins a program's many small
// rows into one string (in C), so a few values per program cross into Qt
// rather than one per site, feature and note. The first column is always
// the program's id.
struct Queries
{
    QString programs; // id, text
    QString tracks; // program, track id, text
    QString sites; // program, text (with the sites' languages and services)
    QString features; // program, categories, text of the program-wide curriculum
    QString trackFeatures; // program, track, categories, text
    QString notes; // program, track (or NULL), text

    explicit Queries(const QList<qint64> &ids)
    {
        const QString p = restriction(QStringLiteral("p.id"), ids);
        const QString t = restriction(QStringLiteral("t.program_id"), ids);
        const QString s = restriction(QStringLiteral("s.program_id"), ids);
        const QString f = restriction(QStringLiteral("f.program_id"), ids);
        programs = QStringLiteral(
                       "SELECT p.id, p.name || ' ' || COALESCE(i.name, '') || ' ' || p.city || ' ' "
                       "|| p.state || ' ' || p.specialty || ' ' || p.schedule_model || ' ' || "
                       "p.description || ' ' || p.key FROM programs p LEFT JOIN institutions i "
                       "ON i.id = p.institution_id WHERE 1 = 1%1 ORDER BY p.id")
                       .arg(p);
        tracks = QStringLiteral("SELECT t.program_id, t.id, t.name || ' ' || COALESCE(t.nrmp_code, "
                                "'') || ' ' || t.schedule_model || ' ' || t.description || ' ' || "
                                "t.key FROM tracks t WHERE t.withdrawn = 0%1 ORDER BY t.program_id")
                     .arg(t);
        // Grouped in the order of an index: no sorting of everyone's rows.
        sites = QStringLiteral(
                    "SELECT s.program_id, group_concat(s.name || ' ' || s.short_name || ' ' || "
                    "s.location || ' ' || s.description || ' ' || COALESCE((SELECT "
                    "group_concat(l.language, ' ') FROM site_languages l WHERE l.site_id = "
                    "s.id), '') || ' ' || COALESCE((SELECT group_concat(v.name, ' ') FROM "
                    "site_services v WHERE v.site_id = s.id), ''), ' ') FROM sites s "
                    "WHERE s.withdrawn = 0%1 GROUP BY s.program_id ORDER BY s.program_id")
                    .arg(s);
        const QString featureText =
            QStringLiteral("f.name || ' ' || f.duration || ' ' || f.description");
        features = QStringLiteral("SELECT f.program_id, group_concat(DISTINCT CASE WHEN "
                                  "f.track_id IS NULL THEN f.category END), group_concat(CASE "
                                  "WHEN f.track_id IS NULL THEN %1 END, ' ') FROM features f "
                                  "WHERE 1 = 1%2 GROUP BY f.program_id ORDER BY f.program_id")
                       .arg(featureText, f);
        trackFeatures = QStringLiteral("SELECT f.program_id, f.track_id, group_concat(DISTINCT "
                                       "f.category), group_concat(%1, ' ') FROM features f "
                                       "WHERE f.track_id IS NOT NULL%2 GROUP BY f.program_id, "
                                       "f.track_id ORDER BY f.program_id")
                            .arg(featureText, f);
        // Notes on the program, its tracks and its sites, own and peers', with
        // the author's name so "alex" finds what Alex wrote. A track's notes
        // are its own text; site notes belong to the whole program.
        const QString text = QStringLiteral("n.body || ' ' || COALESCE(pe.name, '')");
        notes = QStringLiteral(
                    "SELECT program_id, track_id, group_concat(text, ' ') FROM ("
                    "SELECT n.program_id AS program_id, NULL AS track_id, %1 AS text "
                    "FROM notes n LEFT JOIN peers pe ON pe.id = n.peer_id "
                    "WHERE n.program_id IS NOT NULL%2 "
                    "UNION ALL SELECT t.program_id, n.track_id, %1 FROM tracks t "
                    "JOIN notes n ON n.track_id = t.id LEFT JOIN peers pe ON pe.id = n.peer_id "
                    "WHERE t.withdrawn = 0%3 "
                    "UNION ALL SELECT s.program_id, NULL, %1 FROM sites s "
                    "JOIN notes n ON n.site_id = s.id LEFT JOIN peers pe ON pe.id = n.peer_id "
                    "WHERE s.withdrawn = 0%4) GROUP BY program_id, track_id ORDER BY program_id")
                    .arg(text, restriction(QStringLiteral("n.program_id"), ids), t, s);
    }
};

// The curriculum categories named in `ids` (as group_concat gives them):
// their bits, and their names for the text.
quint32 addCategories(const QString &ids, QString &text)
{
    quint32 bits = 0;
    for (const QString &category : ids.split(u',', Qt::SkipEmptyParts)) {
        bits |= ProgramIndex::categoryBit(category);
        text += u' ' + FeatureCategory::displayName(category);
    }
    return bits;
}

// One query's rows, walked a program at a time alongside the others.
class Stream
{
public:
    Status open(const Database &db, const QString &sql)
    {
        m_query.emplace(db, sql);
        if (auto status =
                m_query->exec({}, SearchTextRepository::tr("reading text for the filter"));
            !status)
            return status;
        advance();
        return {};
    }
    // Calls `row` for each of `programId`'s rows (skipping those of
    // programs before it, which are not asked for).
    template<typename Row>
    void take(qint64 programId, Row row)
    {
        while (m_current < programId)
            advance();
        while (m_current == programId) {
            row(*m_query);
            advance();
        }
    }

private:
    void advance()
    {
        m_current =
            m_query->next() ? m_query->value(0).toLongLong() : std::numeric_limits<qint64>::max();
    }

    std::optional<Statement> m_query;
    qint64 m_current = std::numeric_limits<qint64>::min();
};

// A track's text before it becomes part of an entry.
struct TrackText
{
    FoldedWords words;
    quint32 categories = 0;
};

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
    // The programs in id order, the order every query returns its rows in,
    // so that one program's text is gathered, folded and done with before
    // the next: memory holds the entries, never everybody's raw text.
    QList<qsizetype> byId(programs.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(),
              [&](qsizetype a, qsizetype b) { return programs.at(a).id < programs.at(b).id; });
    QList<qint64> ids;
    if (programs.size() <= kLookupLimit) {
        for (const Program &program : programs)
            ids.append(program.id);
    }
    const Queries sql(ids);
    Stream programText, trackText, siteText, featureText, trackFeatureText, noteText;
    for (auto [stream, query] :
         {std::pair {&programText, &sql.programs}, std::pair {&trackText, &sql.tracks},
          std::pair {&siteText, &sql.sites}, std::pair {&featureText, &sql.features},
          std::pair {&trackFeatureText, &sql.trackFeatures}, std::pair {&noteText, &sql.notes}}) {
        if (Status status = stream->open(m_db, *query); !status)
            return status.error();
    }

    QList<ProgramIndex::ProgramEntry> entries(programs.size());
    QHash<qint64, TrackText> tracks;
    for (qsizetype index : std::as_const(byId)) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return cancelled();
        const Program &program = programs.at(index);
        FoldedWords words;
        quint32 categories = 0;
        tracks.clear();
        auto addText = [&](const Statement &q) {
            words.add(q.value(1).toString());
        };
        programText.take(program.id, addText);
        trackText.take(program.id, [&](const Statement &q) {
            tracks[q.value(1).toLongLong()].words.add(q.value(2).toString());
        });
        siteText.take(program.id, addText);
        featureText.take(program.id, [&](const Statement &q) {
            QString text = q.value(2).toString();
            categories |= addCategories(q.value(1).toString(), text);
            words.add(text);
        });
        trackFeatureText.take(program.id, [&](const Statement &q) {
            TrackText &track = tracks[q.value(1).toLongLong()];
            QString text = q.value(3).toString();
            track.categories |= addCategories(q.value(2).toString(), text);
            track.words.add(text);
        });
        noteText.take(program.id, [&](const Statement &q) {
            if (q.value(1).isNull())
                words.add(q.value(2).toString());
            else
                tracks[q.value(1).toLongLong()].words.add(q.value(2).toString());
        });

        ProgramIndex::ProgramEntry &entry = entries[index];
        entry.key = program.key;
        entry.state = program.state;
        entry.categories = categories;
        entry.text = words.take();
        entry.tracks.reserve(program.tracks.size());
        for (const Track &track : program.tracks) {
            TrackText &t = tracks[track.id];
            ProgramIndex::TrackEntry trackEntry;
            trackEntry.type = track.type;
            trackEntry.categories = t.categories;
            t.words.add(trackTypeDisplayName(track.type));
            trackEntry.text = t.words.take(entry.text);
            entry.tracks.append(std::move(trackEntry));
        }
    }
    return entries;
}

} // namespace rw
