#include "exchange/notesimporter.h"

#include "exchange/notesexporter.h"
#include "model/program.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "storage/programrepository.h"
#include "storage/sqlvalues.h"
#include "util/inerttext.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return NotesFormat::timestamp(time);
}

// What is stored from this peer, by the file's item id.
struct StoredNote
{
    qint64 id = 0;
    NoteTarget::Kind kind = NoteTarget::Kind::Program;
    qint64 rowId = 0;
    QString body;
    QDateTime modified;
};

Result<QHash<QString, StoredNote>> storedNotes(Database &db, qint64 peerId)
{
    QHash<QString, StoredNote> stored;
    auto query = prepare(db,
                         QStringLiteral("SELECT id, external_id, program_id, track_id, site_id, "
                                        "body, modified FROM notes WHERE peer_id = ?"));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(peerId);
    if (auto status = execute(*query, NotesImporter::tr("reading the classmate's notes")); !status)
        return status.error();
    while (query->next()) {
        StoredNote note;
        note.id = query->value(0).toLongLong();
        if (!query->value(2).isNull()) {
            note.kind = NoteTarget::Kind::Program;
            note.rowId = query->value(2).toLongLong();
        } else if (!query->value(3).isNull()) {
            note.kind = NoteTarget::Kind::Track;
            note.rowId = query->value(3).toLongLong();
        } else {
            note.kind = NoteTarget::Kind::Site;
            note.rowId = query->value(4).toLongLong();
        }
        note.body = query->value(5).toString();
        note.modified = NotesFormat::parseTimestamp(query->value(6).toString());
        stored.insert(query->value(1).toString(), note);
    }
    return stored;
}

// A name from the file for a row of the user's own: no active characters.
QString cleanName(const QString &name, const QString &fallback)
{
    const QString clean = InertText::cleanName(name, 300);
    return clean.isEmpty() ? fallback : clean;
}

QString programLabel(const NoteTargetRef &ref)
{
    return ref.institution.trimmed() + QStringLiteral(" — ") + ref.program.trimmed();
}

} // namespace

QString NotesImporter::defaultPeerName(const NotesFile &file)
{
    return InertText::cleanName(file.exportedBy, PeerRepository::kMaxNameLength);
}

QString NotesImporter::changeId(ImportItemPlan::Change change)
{
    switch (change) {
    case ImportItemPlan::Change::New:
        return QStringLiteral("new");
    case ImportItemPlan::Change::Updated:
        return QStringLiteral("updated");
    case ImportItemPlan::Change::Unchanged:
        return QStringLiteral("unchanged");
    case ImportItemPlan::Change::KeptNewer:
        return QStringLiteral("kept");
    case ImportItemPlan::Change::Skipped:
        return QStringLiteral("skipped");
    case ImportItemPlan::Change::AddedAsOwn:
        return QStringLiteral("new-program");
    }
    return {};
}

QString NotesImporter::changeName(ImportItemPlan::Change change)
{
    switch (change) {
    case ImportItemPlan::Change::New:
        return tr("New");
    case ImportItemPlan::Change::Updated:
        return tr("Updated");
    case ImportItemPlan::Change::Unchanged:
        return tr("Unchanged");
    case ImportItemPlan::Change::KeptNewer:
        return tr("Unchanged (the stored copy is newer)");
    case ImportItemPlan::Change::Skipped:
        return tr("Skipped");
    case ImportItemPlan::Change::AddedAsOwn:
        return tr("New, with its program added");
    }
    return {};
}

Result<ImportPreview> NotesImporter::preview(const NotesFile &file,
                                             const ImportOptions &options) const
{
    ImportPreview plan;
    plan.peerName = options.peerName.isEmpty() ? defaultPeerName(file) : options.peerName;
    if (const QString problem = PeerRepository::nameProblem(plan.peerName); !problem.isEmpty()) {
        if (options.peerName.isEmpty())
            return Error::input(tr("The file does not name its author usably (%1) Choose a name "
                                   "for the classmate.")
                                    .arg(problem));
        return Error::input(problem);
    }

    auto matcher = TargetMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    auto peer = PeerRepository(m_db).find(plan.peerName);
    if (!peer)
        return peer.error();
    QHash<QString, StoredNote> stored;
    if (*peer) {
        plan.peerExists = true;
        plan.peerName = (*peer)->name;
        plan.previousFileExportedAt = (*peer)->fileExportedAt;
        plan.olderThanPrevious =
            (*peer)->fileExportedAt.isValid() && file.exportedAt < (*peer)->fileExportedAt;
        auto notes = storedNotes(m_db, (*peer)->id);
        if (!notes)
            return notes.error();
        stored = std::move(*notes);
    }

    // Importing one's own file would copy one's notes as a classmate's: say so.
    const QString ownPrefix = NotesExporter(m_db).existingExportId();
    if (!ownPrefix.isEmpty() && !file.items.isEmpty())
        plan.fromThisDatabase = file.items.constFirst().id.startsWith(ownPrefix + u'-');

    QSet<QString> groups;
    plan.items.reserve(file.items.size());
    for (qsizetype i = 0; i < file.items.size(); ++i) {
        const NoteItem &item = file.items.at(i);
        ImportItemPlan step;
        step.index = i;
        step.match = matcher->match(item.target);
        ImportCounts &counts = plan.counts;
        if (!step.match.matched()) {
            ++counts.unmatched;
            if (options.addUnmatched) {
                step.change = ImportItemPlan::Change::AddedAsOwn;
                ++counts.added;
                const QString group = TargetMatcher::programIdentity(item.target);
                if (!groups.contains(group)) {
                    groups.insert(group);
                    plan.programsToAdd.append(programLabel(item.target));
                }
            } else {
                step.change = ImportItemPlan::Change::Skipped;
                ++counts.skipped;
            }
            plan.items.append(step);
            continue;
        }
        ++counts.matched;
        const auto found = stored.constFind(item.id);
        if (found == stored.constEnd()) {
            step.change = ImportItemPlan::Change::New;
            ++counts.added;
        } else {
            step.existingNoteId = found->id;
            const bool sameTarget =
                found->kind == step.match.target.kind && found->rowId == step.match.rowId;
            if (item.modified < found->modified) {
                step.change = ImportItemPlan::Change::KeptNewer;
                ++counts.unchanged;
                ++counts.keptNewer;
            } else if (sameTarget && found->body == item.body && found->modified == item.modified) {
                step.change = ImportItemPlan::Change::Unchanged;
                ++counts.unchanged;
            } else {
                step.change = ImportItemPlan::Change::Updated;
                ++counts.updated;
            }
        }
        plan.items.append(step);
    }
    plan.counts.programsAdded = int(plan.programsToAdd.size());
    return plan;
}

Result<QStringList> NotesImporter::addUnmatchedPrograms(const NotesFile &file,
                                                        const ImportPreview &plan,
                                                        const QString &peerName)
{
    Q_UNUSED(peerName);
    struct Group
    {
        NoteTargetRef program;
        QList<NoteTargetRef> tracks;
        QList<NoteTargetRef> sites;
    };
    QStringList order;
    QHash<QString, Group> groups;
    for (const ImportItemPlan &step : plan.items) {
        if (step.change != ImportItemPlan::Change::AddedAsOwn)
            continue;
        const NoteTargetRef &ref = file.items.at(step.index).target;
        const QString identity = TargetMatcher::programIdentity(ref);
        if (!groups.contains(identity)) {
            order.append(identity);
            groups[identity].program = ref;
        }
        Group &group = groups[identity];
        if (group.program.city.isEmpty())
            group.program.city = ref.city;
        if (group.program.state.isEmpty())
            group.program.state = ref.state;
        if (ref.kind == NoteTarget::Kind::Track)
            group.tracks.append(ref);
        else if (ref.kind == NoteTarget::Kind::Site)
            group.sites.append(ref);
    }

    auto codeTaken = prepare(m_db, QStringLiteral("SELECT 1 FROM tracks WHERE nrmp_code = ?"));
    if (!codeTaken)
        return codeTaken.error();
    auto programRow =
        prepare(m_db, QStringLiteral("SELECT id, source FROM programs WHERE key = ?"));
    if (!programRow)
        return programRow.error();
    auto addSite = prepare(m_db,
                           QStringLiteral("INSERT INTO sites(key, program_id, position, name, "
                                          "origin, source) VALUES (?, ?, ?, ?, 'user', ?)"));
    if (!addSite)
        return addSite.error();

    QStringList keys;
    ProgramRepository programs(m_db);
    for (const QString &identity : std::as_const(order)) {
        const Group &group = groups.value(identity);
        Program program;
        program.name = cleanName(group.program.program, tr("Unnamed program"));
        program.institutionName = cleanName(group.program.institution, tr("Unnamed institution"));
        program.city = InertText::cleanName(group.program.city, 100);
        program.state = InertText::cleanName(group.program.state, 100);
        QSet<QString> trackNames;
        QSet<QString> codes;
        for (const NoteTargetRef &ref : group.tracks) {
            const QString normalized = TargetMatcher::normalize(ref.track);
            if (trackNames.contains(normalized))
                continue;
            trackNames.insert(normalized);
            Track track;
            track.name = cleanName(ref.track, tr("Unnamed track"));
            track.type = trackTypeFromId(ref.trackType).value_or(TrackType::Other);
            if (!ref.nrmpCode.isEmpty() && !codes.contains(ref.nrmpCode)) {
                codeTaken->bindValue(0, ref.nrmpCode);
                if (auto status = execute(*codeTaken, tr("checking NRMP codes")); !status)
                    return status.error();
                if (!codeTaken->next()) {
                    track.nrmpCode = ref.nrmpCode;
                    codes.insert(ref.nrmpCode);
                }
                codeTaken->finish();
            }
            program.tracks.append(track);
        }
        // A program is ranked through its tracks, so it needs one to exist.
        if (program.tracks.isEmpty()) {
            Track track;
            track.name = tr("Main track");
            track.type = TrackType::Other;
            program.tracks.append(track);
        }
        auto key = programs.addProgram(program);
        if (!key)
            return Error {
                key.error().kind,
                tr("Adding “%1” as your own program failed: %2").arg(program.name, key.message())};
        keys.append(*key);

        programRow->bindValue(0, *key);
        if (auto status = execute(*programRow, tr("reading the added program")); !status)
            return status.error();
        if (!programRow->next())
            return Error::internal(tr("The added program “%1” is missing.").arg(*key));
        const qint64 programId = programRow->value(0).toLongLong();
        const QString source = programRow->value(1).toString();
        programRow->finish();
        QSet<QString> siteNames;
        QSet<QString> slugs;
        int position = 0;
        for (const NoteTargetRef &ref : group.sites) {
            const QString normalized = TargetMatcher::normalize(ref.site);
            if (siteNames.contains(normalized))
                continue;
            siteNames.insert(normalized);
            const QString name = cleanName(ref.site, tr("Unnamed site"));
            QString slug = Keys::slugify(name, 40);
            for (int n = 2; slugs.contains(slug); ++n)
                slug = Keys::slugify(name, 40) + u'-' + QString::number(n);
            slugs.insert(slug);
            SqlValues::bindAll(*addSite,
                               {Keys::siteKey(*key, slug), programId, position++, name, source});
            if (auto status = execute(*addSite, tr("adding the site “%1”").arg(name)); !status)
                return status.error();
        }
    }
    return keys;
}

Result<ImportResult> NotesImporter::apply(const NotesFile &file, const ImportOptions &options)
{
    ImportResult result;
    Status status = m_db.write([&]() -> Status {
        auto plan = preview(file, options);
        if (!plan)
            return plan.error();
        result.preview = *plan;
        ImportPreview writing = *plan;

        if (options.addUnmatched && plan->counts.programsAdded > 0) {
            // Institutions the added programs create are undone with them.
            auto last =
                prepare(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM institutions"));
            if (!last)
                return last.error();
            if (auto done = execute(*last, tr("reading the institutions")); !done)
                return done;
            const qint64 lastInstitution = last->next() ? last->value(0).toLongLong() : 0;
            last->finish();
            auto keys = addUnmatchedPrograms(file, *plan, plan->peerName);
            if (!keys)
                return keys.error();
            result.addedProgramKeys = *keys;
            auto institutions =
                prepare(m_db, QStringLiteral("SELECT key FROM institutions WHERE id > ?"));
            if (!institutions)
                return institutions.error();
            institutions->addBindValue(lastInstitution);
            if (auto done = execute(*institutions, tr("reading the institutions")); !done)
                return done;
            while (institutions->next())
                result.addedInstitutionKeys.append(institutions->value(0).toString());

            // The added programs now match by names: plan again to attach the notes.
            ImportOptions again = options;
            again.peerName = plan->peerName;
            again.addUnmatched = false;
            auto replanned = preview(file, again);
            if (!replanned)
                return replanned.error();
            writing = *replanned;
        }

        auto now = timestamp(QDateTime::currentDateTimeUtc());
        auto existing = PeerRepository(m_db).find(writing.peerName);
        if (!existing)
            return existing.error();
        if (*existing) {
            result.peerId = (*existing)->id;
            auto update = prepare(m_db,
                                  QStringLiteral("UPDATE peers SET imported_at = ?, "
                                                 "file_exported_at = MAX(file_exported_at, ?) "
                                                 "WHERE id = ?"));
            if (!update)
                return update.error();
            SqlValues::bindAll(*update, {now, timestamp(file.exportedAt), result.peerId});
            if (auto done = execute(*update, tr("saving the classmate")); !done)
                return done;
        } else {
            auto insert = prepare(m_db,
                                  QStringLiteral("INSERT INTO peers(name, imported_at, "
                                                 "file_exported_at) VALUES (?, ?, ?)"));
            if (!insert)
                return insert.error();
            SqlValues::bindAll(*insert, {writing.peerName, now, timestamp(file.exportedAt)});
            if (auto done = execute(*insert, tr("saving the classmate")); !done)
                return done;
            result.peerId = insert->lastInsertId().toLongLong();
        }

        // One statement per target column, with the peer's id written in:
        // every bound value costs Qt Sql a lookup, and this runs 50,000 times.
        std::optional<QSqlQuery> inserts[3];
        for (NoteTarget::Kind kind :
             {NoteTarget::Kind::Program, NoteTarget::Kind::Track, NoteTarget::Kind::Site}) {
            const QString column = kind == NoteTarget::Kind::Program ? QStringLiteral("program_id")
                : kind == NoteTarget::Kind::Track                    ? QStringLiteral("track_id")
                                                                     : QStringLiteral("site_id");
            auto insert = prepare(m_db,
                                  QStringLiteral("INSERT INTO notes(%1, body, created, "
                                                 "modified, peer_id, external_id, "
                                                 "peer_target) VALUES (?, ?, ?, ?, %2, ?, ?)")
                                      .arg(column)
                                      .arg(result.peerId));
            if (!insert)
                return insert.error();
            inserts[int(kind)] = std::move(*insert);
        }
        auto update = prepare(m_db,
                              QStringLiteral("UPDATE notes SET program_id = ?, track_id = ?, "
                                             "site_id = ?, body = ?, created = ?, modified = ?, "
                                             "peer_target = ? WHERE id = ?"));
        if (!update)
            return update.error();
        for (const ImportItemPlan &step : std::as_const(writing.items)) {
            if (step.change != ImportItemPlan::Change::New
                && step.change != ImportItemPlan::Change::Updated)
                continue;
            const NoteItem &item = file.items.at(step.index);
            const NoteTarget::Kind kind = step.match.target.kind;
            const QVariant row(step.match.rowId);
            const QVariant programId = kind == NoteTarget::Kind::Program ? row : QVariant();
            const QVariant trackId = kind == NoteTarget::Kind::Track ? row : QVariant();
            const QVariant siteId = kind == NoteTarget::Kind::Site ? row : QVariant();
            if (step.change == ImportItemPlan::Change::New) {
                QSqlQuery &insert = *inserts[int(kind)];
                SqlValues::bindAll(insert,
                                   {row, item.body, timestamp(item.created),
                                    timestamp(item.modified), item.id, item.target.label()});
                if (auto done = execute(insert, tr("saving the classmate's notes")); !done)
                    return done;
            } else {
                SqlValues::bindAll(*update,
                                   {programId, trackId, siteId, item.body, timestamp(item.created),
                                    timestamp(item.modified), item.target.label(),
                                    step.existingNoteId});
                if (auto done = execute(*update, tr("saving the classmate's notes")); !done)
                    return done;
            }
        }
        result.preview.peerName = writing.peerName;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

} // namespace rw
