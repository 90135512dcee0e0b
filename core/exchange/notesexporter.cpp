#include "exchange/notesexporter.h"

#include "exchange/notesfilewriter.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "util/inerttext.h"

#include <QHash>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace rw {

namespace {

const QString kAuthorSetting = QStringLiteral("sharing/authorName");
const QString kExportIdMeta = QStringLiteral("notes_export_id");

// The rows a note file names, loaded once and looked up by id.
struct CatalogRows
{
    struct ProgramInfo
    {
        QString key, name, institution, city, state, code;
    };
    struct TrackInfo
    {
        qint64 program = 0;
        QString key, name, type, code;
    };
    struct SiteInfo
    {
        qint64 program = 0;
        QString key, name;
    };
    QHash<qint64, ProgramInfo> programs;
    QHash<qint64, TrackInfo> tracks;
    QHash<qint64, SiteInfo> sites;

    NoteTargetRef programRef(qint64 id) const
    {
        const ProgramInfo &p = programs[id];
        NoteTargetRef ref;
        ref.kind = NoteTarget::Kind::Program;
        ref.key = p.key;
        ref.nrmpCode = p.code;
        ref.institution = p.institution;
        ref.program = p.name;
        ref.city = p.city;
        ref.state = p.state;
        return ref;
    }
    NoteTargetRef trackRef(qint64 id) const
    {
        const TrackInfo &t = tracks[id];
        NoteTargetRef ref = programRef(t.program);
        ref.kind = NoteTarget::Kind::Track;
        ref.key = t.key;
        ref.nrmpCode = t.code;
        ref.track = t.name;
        ref.trackType = t.type;
        return ref;
    }
    NoteTargetRef siteRef(qint64 id) const
    {
        const SiteInfo &s = sites[id];
        NoteTargetRef ref = programRef(s.program);
        ref.kind = NoteTarget::Kind::Site;
        ref.key = s.key;
        ref.site = s.name;
        return ref;
    }
};

Result<CatalogRows> loadRows(Database &db)
{
    CatalogRows rows;
    auto programs = prepare(
        db,
        QStringLiteral("SELECT p.id, p.key, p.name, COALESCE(i.name, ''), p.city, p.state, "
                       "(SELECT t.nrmp_code FROM tracks t WHERE t.program_id = p.id AND "
                       "t.nrmp_code IS NOT NULL ORDER BY t.position LIMIT 1) "
                       "FROM programs p LEFT JOIN institutions i ON i.id = p.institution_id"));
    if (!programs)
        return programs.error();
    programs->setForwardOnly(true);
    if (auto status = execute(*programs, NotesExporter::tr("reading programs")); !status)
        return status.error();
    while (programs->next()) {
        rows.programs.insert(programs->value(0).toLongLong(),
                             {programs->value(1).toString(), programs->value(2).toString(),
                              programs->value(3).toString(), programs->value(4).toString(),
                              programs->value(5).toString(), programs->value(6).toString()});
    }
    auto tracks = prepare(db,
                          QStringLiteral("SELECT id, program_id, key, name, type, nrmp_code "
                                         "FROM tracks"));
    if (!tracks)
        return tracks.error();
    tracks->setForwardOnly(true);
    if (auto status = execute(*tracks, NotesExporter::tr("reading tracks")); !status)
        return status.error();
    while (tracks->next()) {
        rows.tracks.insert(tracks->value(0).toLongLong(),
                           {tracks->value(1).toLongLong(), tracks->value(2).toString(),
                            tracks->value(3).toString(), tracks->value(4).toString(),
                            tracks->value(5).toString()});
    }
    auto sites = prepare(db, QStringLiteral("SELECT id, program_id, key, name FROM sites"));
    if (!sites)
        return sites.error();
    sites->setForwardOnly(true);
    if (auto status = execute(*sites, NotesExporter::tr("reading continuity sites")); !status)
        return status.error();
    while (sites->next()) {
        rows.sites.insert(
            sites->value(0).toLongLong(),
            {sites->value(1).toLongLong(), sites->value(2).toString(), sites->value(3).toString()});
    }
    return rows;
}

struct ListRow
{
    qint64 id = 0;
    QString name;
    QString kind;
};

Result<QList<ListRow>> loadLists(Database &db)
{
    QList<ListRow> lists;
    auto query = prepare(db, QStringLiteral("SELECT id, name, kind FROM rank_lists ORDER BY id"));
    if (!query)
        return query.error();
    if (auto status = execute(*query, NotesExporter::tr("reading rank lists")); !status)
        return status.error();
    while (query->next())
        lists.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return lists;
}

// The list the option names, case-insensitively, or NotFound naming the lists there are.
Result<ListRow> findList(const QList<ListRow> &lists, const QString &name)
{
    QStringList names;
    for (const ListRow &list : lists) {
        if (list.name.compare(name, Qt::CaseInsensitive) == 0)
            return list;
        names.append(QStringLiteral("“") + list.name + QStringLiteral("”"));
    }
    if (names.isEmpty())
        return Error::notFound(
            NotesExporter::tr("There is no list named “%1”: you have no rank lists yet.")
                .arg(name));
    return Error::notFound(NotesExporter::tr("There is no list named “%1”. Your lists: %2.")
                               .arg(name, names.join(QStringLiteral(", "))));
}

// Assembles the file from the database; `idPrefix` starts every item id.
Result<NotesFile> assemble(Database &db, const ExportOptions &options, const QString &idPrefix,
                           const QList<qint64> &selection)
{
    auto rows = loadRows(db);
    if (!rows)
        return rows.error();
    const QSet<qint64> selected(selection.cbegin(), selection.cend());
    auto programOfTrack = [&](qint64 trackId) {
        return rows->tracks.value(trackId).program;
    };

    NotesFile file;
    file.exportedBy = options.author;
    file.exportedAt = QDateTime::currentDateTimeUtc();

    auto notes = prepare(
        db,
        QStringLiteral("SELECT n.id, n.body, n.created, n.modified, n.program_id, n.track_id, "
                       "n.site_id, COALESCE(n.program_id, t.program_id, s.program_id) "
                       "FROM notes n LEFT JOIN tracks t ON t.id = n.track_id "
                       "LEFT JOIN sites s ON s.id = n.site_id "
                       "WHERE n.peer_id IS NULL ORDER BY 8, n.created, n.id"));
    if (!notes)
        return notes.error();
    notes->setForwardOnly(true);
    if (auto status = execute(*notes, NotesExporter::tr("reading your notes")); !status)
        return status.error();
    while (notes->next()) {
        if (!selected.contains(notes->value(7).toLongLong()))
            continue;
        NoteItem item;
        item.body = notes->value(1).toString();
        if (item.body.trimmed().isEmpty())
            continue;
        item.id = idPrefix + u'-' + notes->value(0).toString();
        item.created = QDateTime::fromString(notes->value(2).toString(), Qt::ISODateWithMs);
        item.modified = QDateTime::fromString(notes->value(3).toString(), Qt::ISODateWithMs);
        if (!notes->value(4).isNull())
            item.target = rows->programRef(notes->value(4).toLongLong());
        else if (!notes->value(5).isNull())
            item.target = rows->trackRef(notes->value(5).toLongLong());
        else
            item.target = rows->siteRef(notes->value(6).toLongLong());
        file.items.append(item);
    }

    if (options.weights) {
        auto criteria = prepare(db,
                                QStringLiteral("SELECT name, kind, parameter, direction, "
                                               "weight FROM criteria ORDER BY position, id"));
        if (!criteria)
            return criteria.error();
        if (auto status = execute(*criteria, NotesExporter::tr("reading criteria")); !status)
            return status.error();
        while (criteria->next()) {
            file.criteria.append({criteria->value(0).toString(), criteria->value(1).toString(),
                                  criteria->value(2).toString(), criteria->value(3).toInt() >= 0,
                                  criteria->value(4).toDouble()});
        }
    }
    if (options.ratings) {
        auto ratings = prepare(db,
                               QStringLiteral("SELECT r.track_id, c.name, r.value FROM ratings "
                                              "r JOIN criteria c ON c.id = r.criterion_id "
                                              "ORDER BY r.track_id, c.position, c.id"));
        if (!ratings)
            return ratings.error();
        ratings->setForwardOnly(true);
        if (auto status = execute(*ratings, NotesExporter::tr("reading ratings")); !status)
            return status.error();
        while (ratings->next()) {
            const qint64 track = ratings->value(0).toLongLong();
            if (!selected.contains(programOfTrack(track)))
                continue;
            file.ratings.append(
                {rows->trackRef(track), ratings->value(1).toString(), ratings->value(2).toInt()});
        }
    }
    if (options.lists || options.ranks) {
        auto lists = loadLists(db);
        if (!lists)
            return lists.error();
        QList<ListRow> shared;
        if (options.lists) {
            shared = *lists;
        } else if (!options.listName.isEmpty()) {
            auto list = findList(*lists, options.listName);
            if (!list)
                return list.error();
            shared.append(*list);
        } else {
            // Ranks alone: the first primary list, else the first list.
            auto primary = std::find_if(lists->cbegin(), lists->cend(),
                                        [](const ListRow &l) { return l.kind == u"primary"; });
            if (primary != lists->cend())
                shared.append(*primary);
            else if (!lists->isEmpty())
                shared.append(lists->constFirst());
        }
        auto entries = prepare(db,
                               QStringLiteral("SELECT track_id, position, pinned FROM "
                                              "rank_entries WHERE list_id = ? ORDER BY "
                                              "position"));
        if (!entries)
            return entries.error();
        for (const ListRow &row : std::as_const(shared)) {
            SharedList list;
            list.name = options.lists ? row.name : QString();
            list.kind = row.kind;
            entries->bindValue(0, row.id);
            if (auto status = execute(*entries, NotesExporter::tr("reading a rank list")); !status)
                return status.error();
            while (entries->next()) {
                const qint64 track = entries->value(0).toLongLong();
                if (!selected.contains(programOfTrack(track)))
                    continue;
                SharedListEntry entry;
                entry.track = rows->trackRef(track);
                if (options.ranks) {
                    entry.position = entries->value(1).toInt();
                    entry.pinned = entries->value(2).toBool();
                }
                list.entries.append(entry);
            }
            entries->finish();
            // Without ranks the order would give them away: sort by key instead.
            if (!options.ranks) {
                std::sort(list.entries.begin(), list.entries.end(),
                          [](const SharedListEntry &a, const SharedListEntry &b) {
                              return a.track.key < b.track.key;
                          });
            }
            file.lists.append(list);
        }
    }
    return file;
}

} // namespace

QString NotesExporter::savedAuthorName()
{
    return QSettings().value(kAuthorSetting).toString();
}

void NotesExporter::saveAuthorName(const QString &name)
{
    QSettings().setValue(kAuthorSetting, name);
}

ExportSummary NotesExporter::summarize(const NotesFile &file)
{
    ExportSummary summary;
    summary.notes = int(file.items.size());
    QSet<QString> programs;
    for (const NoteItem &item : file.items)
        programs.insert(item.target.institution + u'\x1f' + item.target.program);
    summary.programs = int(programs.size());
    summary.ratings = int(file.ratings.size());
    summary.criteria = int(file.criteria.size());
    summary.lists = int(file.lists.size());
    return summary;
}

Result<QStringList> NotesExporter::listNames() const
{
    auto lists = loadLists(m_db);
    if (!lists)
        return lists.error();
    QStringList names;
    for (const ListRow &list : *lists)
        names.append(list.name);
    return names;
}

Result<QList<qint64>> NotesExporter::selectedPrograms(const ExportOptions &options) const
{
    QList<qint64> ids;
    switch (options.selection) {
    case ExportOptions::Selection::All: {
        auto query = prepare(m_db, QStringLiteral("SELECT id FROM programs"));
        if (!query)
            return query.error();
        if (auto status = execute(*query, tr("reading programs")); !status)
            return status.error();
        while (query->next())
            ids.append(query->value(0).toLongLong());
        return ids;
    }
    case ExportOptions::Selection::Programs: {
        if (options.programKeys.isEmpty())
            return Error::input(tr("Choose at least one program to share notes on."));
        auto query = prepare(m_db, QStringLiteral("SELECT id FROM programs WHERE key = ?"));
        if (!query)
            return query.error();
        for (const QString &key : options.programKeys) {
            query->bindValue(0, key);
            if (auto status = execute(*query, tr("finding “%1”").arg(key)); !status)
                return status.error();
            if (!query->next())
                return Error::notFound(tr("There is no program with the key “%1”.").arg(key));
            ids.append(query->value(0).toLongLong());
            query->finish();
        }
        return ids;
    }
    case ExportOptions::Selection::List: {
        auto lists = loadLists(m_db);
        if (!lists)
            return lists.error();
        auto list = findList(*lists, options.listName);
        if (!list)
            return list.error();
        auto query = prepare(m_db,
                             QStringLiteral("SELECT DISTINCT t.program_id FROM "
                                            "rank_entries e JOIN tracks t ON t.id = "
                                            "e.track_id WHERE e.list_id = ?"));
        if (!query)
            return query.error();
        query->addBindValue(list->id);
        if (auto status = execute(*query, tr("reading the list")); !status)
            return status.error();
        while (query->next())
            ids.append(query->value(0).toLongLong());
        return ids;
    }
    }
    return ids;
}

QString NotesExporter::existingExportId() const
{
    return m_db.meta(kExportIdMeta);
}

Result<QString> NotesExporter::exportId()
{
    QString id = m_db.meta(kExportIdMeta);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    Status status = m_db.write([&]() -> Status { return m_db.setMeta(kExportIdMeta, id); });
    if (!status)
        return status.error();
    return id;
}

Result<ExportSummary> NotesExporter::count(const ExportOptions &options) const
{
    auto selection = selectedPrograms(options);
    if (!selection)
        return selection.error();
    auto file = assemble(m_db, options, QStringLiteral("preview"), *selection);
    if (!file)
        return file.error();
    return summarize(*file);
}

Result<NotesFile> NotesExporter::build(const ExportOptions &options)
{
    if (options.author.trimmed().isEmpty())
        return Error::input(tr("Say who the notes are from: give the name your classmates will "
                               "see."));
    if (const QString problem = PeerRepository::nameProblem(options.author); !problem.isEmpty())
        return Error::input(problem);
    auto selection = selectedPrograms(options);
    if (!selection)
        return selection.error();
    auto id = exportId();
    if (!id)
        return id.error();
    return assemble(m_db, options, *id, *selection);
}

Result<ExportSummary> NotesExporter::exportTo(const QString &path, const ExportOptions &options)
{
    auto file = build(options);
    if (!file)
        return file.error();
    if (auto status = NotesFileWriter::write(path, *file); !status)
        return status.error();
    return summarize(*file);
}

} // namespace rw
