#include "exchange/notesexporter.h"

#include "exchange/notesfilewriter.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/namerepository.h"
#include "storage/noterepository.h"
#include "storage/peerrepository.h"
#include "storage/ranklistrepository.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace rw {

namespace {

const QString kExportIdMeta = QStringLiteral("notes_export_id");

// The rows a note file names, loaded once and looked up by id or key.
struct CatalogRows
{
    NamedRows rows;
    QHash<qint64, int> programById;
    QHash<qint64, int> trackById;
    QHash<QString, int> programByKey;
    QHash<QString, int> trackByKey;
    QHash<QString, int> siteByKey;
    QHash<qint64, QString> firstCode; // by program id: its first track's NRMP code

    static Result<CatalogRows> load(const Database &db)
    {
        auto named = NameRepository(db).rows(NameRepository::Rows::All);
        if (!named)
            return named.error();
        CatalogRows loaded;
        loaded.rows = std::move(*named);
        for (int i = 0; i < int(loaded.rows.programs.size()); ++i) {
            loaded.programById.insert(loaded.rows.programs.at(i).id, i);
            loaded.programByKey.insert(loaded.rows.programs.at(i).key, i);
        }
        for (int i = 0; i < int(loaded.rows.tracks.size()); ++i) {
            const NamedRows::Track &track = loaded.rows.tracks.at(i);
            loaded.trackById.insert(track.id, i);
            loaded.trackByKey.insert(track.key, i);
            if (!track.nrmpCode.isEmpty() && !loaded.firstCode.contains(track.programId))
                loaded.firstCode.insert(track.programId, track.nrmpCode);
        }
        for (int i = 0; i < int(loaded.rows.sites.size()); ++i)
            loaded.siteByKey.insert(loaded.rows.sites.at(i).key, i);
        return loaded;
    }

    qint64 programOfTrack(qint64 trackId) const
    {
        const int track = trackById.value(trackId, -1);
        return track < 0 ? 0 : rows.tracks.at(track).programId;
    }
    // The id of the program a note is on, itself or through its track or site.
    qint64 programOf(const NoteTarget &target) const
    {
        if (target.kind == NoteTarget::Kind::Program) {
            const int program = programByKey.value(target.key, -1);
            return program < 0 ? 0 : rows.programs.at(program).id;
        }
        if (target.kind == NoteTarget::Kind::Track) {
            const int track = trackByKey.value(target.key, -1);
            return track < 0 ? 0 : rows.tracks.at(track).programId;
        }
        const int site = siteByKey.value(target.key, -1);
        return site < 0 ? 0 : rows.sites.at(site).programId;
    }

    NoteTargetRef programRef(qint64 id) const
    {
        NoteTargetRef ref;
        ref.kind = NoteTarget::Kind::Program;
        if (const int index = programById.value(id, -1); index >= 0) {
            const NamedRows::Program &p = rows.programs.at(index);
            ref.key = p.key;
            ref.nrmpCode = firstCode.value(id);
            ref.institution = p.institution;
            ref.program = p.name;
            ref.city = p.city;
            ref.state = p.state;
        }
        return ref;
    }
    NoteTargetRef trackRef(qint64 id) const
    {
        NoteTargetRef ref = programRef(programOfTrack(id));
        ref.kind = NoteTarget::Kind::Track;
        ref.nrmpCode.clear();
        if (const int index = trackById.value(id, -1); index >= 0) {
            const NamedRows::Track &t = rows.tracks.at(index);
            ref.key = t.key;
            ref.nrmpCode = t.nrmpCode;
            ref.track = t.name;
            ref.trackType = t.type;
        }
        return ref;
    }
    NoteTargetRef ref(const NoteTarget &target) const
    {
        if (target.kind == NoteTarget::Kind::Track) {
            const int index = trackByKey.value(target.key, -1);
            return trackRef(index < 0 ? 0 : rows.tracks.at(index).id);
        }
        NoteTargetRef ref = programRef(programOf(target));
        if (target.kind == NoteTarget::Kind::Site) {
            ref.kind = NoteTarget::Kind::Site;
            ref.key.clear();
            if (const int index = siteByKey.value(target.key, -1); index >= 0) {
                ref.key = rows.sites.at(index).key;
                ref.site = rows.sites.at(index).name;
            }
        }
        return ref;
    }
};

// The list the option names, case-insensitively, or NotFound naming the lists there are.
Result<RankList> findList(const QList<RankList> &lists, const QString &name)
{
    QStringList names;
    for (const RankList &list : lists) {
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

// The user's rank lists in the order they were made.
Result<QList<RankList>> loadLists(Database &db)
{
    auto lists = RankListRepository(db).all();
    if (!lists)
        return lists.error();
    std::sort(lists->begin(), lists->end(),
              [](const RankList &a, const RankList &b) { return a.id < b.id; });
    return lists;
}

// The ids of the programs whose notes go in.
Result<QList<qint64>> selectedPrograms(Database &db, const ExportOptions &options,
                                       const CatalogRows &rows)
{
    QList<qint64> ids;
    switch (options.selection) {
    case ExportOptions::Selection::All:
        for (const NamedRows::Program &program : rows.rows.programs)
            ids.append(program.id);
        return ids;
    case ExportOptions::Selection::Programs:
        if (options.programKeys.isEmpty())
            return Error::input(
                NotesExporter::tr("Choose at least one program to share notes on."));
        for (const QString &key : options.programKeys) {
            const int index = rows.programByKey.value(key, -1);
            if (index < 0)
                return Error::notFound(
                    NotesExporter::tr("There is no program with the key “%1”.").arg(key));
            ids.append(rows.rows.programs.at(index).id);
        }
        return ids;
    case ExportOptions::Selection::List: {
        auto lists = loadLists(db);
        if (!lists)
            return lists.error();
        auto list = findList(*lists, options.listName);
        if (!list)
            return list.error();
        auto order = RankListRepository(db).order(list->id);
        if (!order)
            return order.error();
        for (const EntryState &entry : std::as_const(*order)) {
            const qint64 program = rows.programOfTrack(entry.trackId);
            if (!ids.contains(program))
                ids.append(program);
        }
        return ids;
    }
    }
    return ids;
}

// Assembles the file from the database; `idPrefix` starts every item id.
Result<NotesFile> assemble(Database &db, const ExportOptions &options, const QString &idPrefix,
                           const CatalogRows &rows, const QList<qint64> &selection)
{
    const QSet<qint64> selected(selection.cbegin(), selection.cend());

    NotesFile file;
    file.exportedBy = options.author;
    file.exportedAt = QDateTime::currentDateTimeUtc();

    auto notes = NoteRepository(db).ownNotes();
    if (!notes)
        return notes.error();
    // By program, and within one oldest first (the order they come in).
    QList<QPair<qint64, const Note *>> byProgram;
    byProgram.reserve(notes->size());
    for (const Note &note : std::as_const(*notes))
        byProgram.append({rows.programOf(note.target), &note});
    std::stable_sort(byProgram.begin(), byProgram.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[programId, note] : std::as_const(byProgram)) {
        if (!selected.contains(programId) || note->body.trimmed().isEmpty())
            continue;
        NoteItem item;
        item.body = note->body;
        item.id = idPrefix + u'-' + QString::number(note->id);
        item.created = note->created;
        item.modified = note->modified;
        item.target = rows.ref(note->target);
        file.items.append(item);
    }

    CriterionRepository criteriaRepository(db);
    if (options.weights || options.ratings) {
        auto criteria = criteriaRepository.all();
        if (!criteria)
            return criteria.error();
        if (options.weights) {
            for (const Criterion &c : std::as_const(*criteria)) {
                file.criteria.append({c.name, criterionKindId(c.kind), c.parameter,
                                      c.direction == Direction::HigherIsBetter, c.weight});
            }
        }
        if (options.ratings) {
            auto ratings = criteriaRepository.ratings();
            if (!ratings)
                return ratings.error();
            QHash<qint64, int> order; // criterion id -> place
            for (int i = 0; i < int(criteria->size()); ++i)
                order.insert(criteria->at(i).id, i);
            std::stable_sort(ratings->begin(), ratings->end(),
                             [&](const Rating &a, const Rating &b) {
                                 if (a.trackId != b.trackId)
                                     return a.trackId < b.trackId;
                                 return order.value(a.criterionId) < order.value(b.criterionId);
                             });
            for (const Rating &rating : std::as_const(*ratings)) {
                if (!selected.contains(rows.programOfTrack(rating.trackId)))
                    continue;
                file.ratings.append({rows.trackRef(rating.trackId),
                                     criteria->at(order.value(rating.criterionId)).name,
                                     rating.value});
            }
        }
    }
    if (options.lists || options.ranks) {
        auto lists = loadLists(db);
        if (!lists)
            return lists.error();
        QList<RankList> shared;
        if (options.lists) {
            shared = *lists;
        } else if (!options.listName.isEmpty()) {
            auto list = findList(*lists, options.listName);
            if (!list)
                return list.error();
            shared.append(*list);
        } else {
            // Ranks alone: the first primary list, else the first list.
            auto primary = std::find_if(lists->cbegin(), lists->cend(), [](const RankList &l) {
                return l.kind == RankListKind::Primary;
            });
            if (primary != lists->cend())
                shared.append(*primary);
            else if (!lists->isEmpty())
                shared.append(lists->constFirst());
        }
        for (const RankList &row : std::as_const(shared)) {
            SharedList list;
            list.name = options.lists ? row.name : QString();
            list.kind = rankListKindId(row.kind);
            auto order = RankListRepository(db).order(row.id);
            if (!order)
                return order.error();
            for (qsizetype i = 0; i < order->size(); ++i) {
                const EntryState &state = order->at(i);
                if (!selected.contains(rows.programOfTrack(state.trackId)))
                    continue;
                SharedListEntry entry;
                entry.track = rows.trackRef(state.trackId);
                if (options.ranks) {
                    entry.position = int(i + 1);
                    entry.pinned = state.pinned;
                }
                list.entries.append(entry);
            }
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
    for (const RankList &list : std::as_const(*lists))
        names.append(list.name);
    return names;
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
    auto rows = CatalogRows::load(m_db);
    if (!rows)
        return rows.error();
    auto selection = selectedPrograms(m_db, options, *rows);
    if (!selection)
        return selection.error();
    auto file = assemble(m_db, options, QStringLiteral("preview"), *rows, *selection);
    if (!file)
        return file.error();
    return summarize(*file);
}

Result<NotesFile> NotesExporter::build(const ExportOptions &options)
{
    if (options.author.trimmed().isEmpty())
        return Error::input(tr("Say who the notes are from: give the name your classmates will "
                               "see."));
    if (Status name = PeerRepository::checkName(options.author); !name)
        return name.error();
    auto rows = CatalogRows::load(m_db);
    if (!rows)
        return rows.error();
    auto selection = selectedPrograms(m_db, options, *rows);
    if (!selection)
        return selection.error();
    auto id = exportId();
    if (!id)
        return id.error();
    return assemble(m_db, options, *id, *rows, *selection);
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
