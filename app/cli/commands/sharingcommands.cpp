// notes-export, notes-import, peers, peers remove: trading note files with classmates.

#include "command.h"
#include "exchange/notesexporter.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "jsonformat.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "util/inerttext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rw::cli {

namespace {

class SharingCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::SharingCommands)

public:
    static int exportNotes(Context &context);
    static int importNotes(Context &context);
    static int peers(Context &context, Database &db, const QString &format);
    static int removePeer(Context &context, Database &db);

    static QString howId(TargetMatch::How how);
    static QString dateText(const QDateTime &time);
};

QString SharingCommands::howId(TargetMatch::How how)
{
    switch (how) {
    case TargetMatch::How::Key:
        return QStringLiteral("key");
    case TargetMatch::How::NrmpCode:
        return QStringLiteral("nrmp-code");
    case TargetMatch::How::Names:
        return QStringLiteral("names");
    case TargetMatch::How::ProgramOnly:
        return QStringLiteral("program-only");
    case TargetMatch::How::None:
        break;
    }
    return QStringLiteral("none");
}

QString SharingCommands::dateText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// "a,b" "c" -> a, b, c; values are trimmed and empty ones dropped.
QStringList commaValues(const QStringList &options)
{
    QStringList values;
    for (const QString &option : options) {
        for (const QString &part : option.split(u',')) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
    }
    return values;
}

int SharingCommands::exportNotes(Context &context)
{
    ExportOptions options;
    const QStringList keys = commaValues(context.optionValues(QStringLiteral("programs")));
    const bool byPrograms = context.flag(QStringLiteral("programs"));
    const bool byList = context.flag(QStringLiteral("list"));
    if (byPrograms && byList)
        return context.usageError(tr("Give either --programs or --list, not both."));
    if (byPrograms) {
        if (keys.isEmpty())
            return context.usageError(tr("--programs needs at least one program key."));
        options.selection = ExportOptions::Selection::Programs;
        options.programKeys = keys;
    } else if (byList) {
        options.selection = ExportOptions::Selection::List;
        options.listName = context.option(QStringLiteral("list"));
    }
    for (const QString &part : commaValues(context.optionValues(QStringLiteral("include")))) {
        const QString what = part.toLower();
        if (what == u"ratings")
            options.ratings = true;
        else if (what == u"ranks")
            options.ranks = true;
        else if (what == u"weights")
            options.weights = true;
        else if (what == u"lists")
            options.lists = true;
        else
            return context.usageError(
                tr("--include takes ratings, ranks, weights and lists, not “%1”.").arg(part));
    }
    options.author =
        context.option(QStringLiteral("author"), Settings::sharingAuthor.get()).trimmed();
    if (options.author.isEmpty())
        return context.usageError(tr("Say who the notes are from: --author NAME."));

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    const QString path = context.args.constFirst();
    auto summary = NotesExporter(**db).exportTo(path, options);
    if (!summary)
        return context.fail(summary.error());

    context.out << tr("Wrote %n note(s)", nullptr, summary->notes) << " "
                << tr("on %n program(s) to %1.", nullptr, summary->programs).arg(path) << "\n";
    QStringList included;
    if (options.ratings)
        included << tr("%n rating(s)", nullptr, summary->ratings);
    if (options.weights)
        included << tr("%n criteria with weights", nullptr, summary->criteria);
    if (options.ranks || options.lists)
        included << tr("%n list(s)", nullptr, summary->lists)
                + (options.ranks ? tr(" with ranks") : QString());
    if (included.isEmpty())
        context.out << tr("No ratings, ranks, weights or lists were included.") << "\n";
    else
        context.out << tr("Also included: %1.").arg(included.join(QStringLiteral(", "))) << "\n";
    return Success;
}

int SharingCommands::importNotes(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    ImportOptions options;
    options.peerName = context.option(QStringLiteral("from")).trimmed();
    if (context.flag(QStringLiteral("from"))) {
        if (Status name = PeerRepository::checkName(options.peerName); !name)
            return context.fail(Error::input(tr("--from: %1").arg(name.message())));
    }
    options.addUnmatched = context.flag(QStringLiteral("add-unmatched"));
    const bool dryRun = context.flag(QStringLiteral("dry-run"));

    // Read and check the whole file before the database is even opened.
    auto file = NotesFileReader::readFile(context.args.constFirst());
    if (!file)
        return context.fail(
            Error {file.error().kind, file.message() + u' ' + tr("Nothing was imported.")});
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    NotesImporter importer(**db);
    ImportPreview plan;
    if (dryRun) {
        auto preview = importer.preview(*file, options);
        if (!preview)
            return context.fail(preview.error());
        plan = *preview;
    } else {
        auto result = importer.apply(*file, options);
        if (!result)
            return context.fail(result.error());
        plan = result->preview;
    }
    const ImportCounts &c = plan.counts;

    if (*format == u"json") {
        QJsonObject object;
        object.insert(QStringLiteral("peer"), plan.peerName);
        object.insert(QStringLiteral("file_exported_at"),
                      file->exportedAt.toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("older_than_previous"), plan.olderThanPrevious);
        object.insert(QStringLiteral("from_this_database"), plan.fromThisDatabase);
        object.insert(QStringLiteral("dry_run"), dryRun);
        object.insert(QStringLiteral("matched"), c.matched);
        object.insert(QStringLiteral("unmatched"), c.unmatched);
        object.insert(QStringLiteral("new"), c.added);
        object.insert(QStringLiteral("updated"), c.updated);
        object.insert(QStringLiteral("unchanged"), c.unchanged);
        object.insert(QStringLiteral("kept_newer"), c.keptNewer);
        object.insert(QStringLiteral("skipped"), c.skipped);
        object.insert(QStringLiteral("programs_added"), c.programsAdded);
        QJsonObject shared;
        shared.insert(QStringLiteral("criteria"), int(file->criteria.size()));
        shared.insert(QStringLiteral("ratings"), int(file->ratings.size()));
        shared.insert(QStringLiteral("lists"), int(file->lists.size()));
        object.insert(QStringLiteral("not_stored"), shared);
        QJsonArray items;
        for (const ImportItemPlan &step : std::as_const(plan.items)) {
            const NoteItem &item = file->items.at(step.index);
            QJsonObject entry;
            entry.insert(QStringLiteral("id"), item.id);
            entry.insert(QStringLiteral("target_key"), item.target.key);
            entry.insert(QStringLiteral("target"), item.target.label());
            entry.insert(QStringLiteral("matched_to"),
                         step.match.matched() ? QJsonValue(step.match.target.key) : QJsonValue());
            entry.insert(QStringLiteral("how"), howId(step.match.how));
            entry.insert(QStringLiteral("change"), NotesImporter::changeId(step.change));
            entry.insert(QStringLiteral("reason"), step.match.reason);
            items.append(entry);
        }
        object.insert(QStringLiteral("items"), items);
        context.out << QString::fromUtf8(JsonFormat::toBytes(object));
        return Success;
    }

    QTextStream &out = context.out;
    out << tr("Notes from “%1”, file written %2")
               .arg(InertText::visibleLine(plan.peerName), dateText(file->exportedAt))
        << "\n";
    if (plan.fromThisDatabase)
        out << tr("This file was exported from this very database: its notes are your own, "
                  "stored again as a classmate's.")
            << "\n";
    if (plan.olderThanPrevious)
        out << tr("This file is older than the one imported before (%1): notes you already have "
                  "from this classmate are kept as they are.")
                   .arg(dateText(plan.previousFileExportedAt))
            << "\n";
    const QList<QPair<QString, int>> rows {
        {tr("matched"), c.matched}, {tr("unmatched"), c.unmatched}, {tr("new"), c.added},
        {tr("updated"), c.updated}, {tr("unchanged"), c.unchanged},
    };
    for (const auto &[label, value] : rows)
        out << "  " << label.leftJustified(12) << value << "\n";
    for (const ImportItemPlan &step : std::as_const(plan.items)) {
        if (step.match.matched())
            continue;
        const NoteTargetRef &target = file->items.at(step.index).target;
        out << "  - " << InertText::visibleLine(target.institution) << " — "
            << InertText::visibleLine(target.label()) << ": "
            << (step.change == ImportItemPlan::Change::AddedAsOwn ? tr("its program is added")
                                                                  : tr("skipped"))
            << "\n";
    }
    if (c.skipped > 0)
        out << tr("%n note(s) matched nothing here and were skipped; --add-unmatched adds their "
                  "programs as your own.",
                  nullptr, c.skipped)
            << "\n";
    if (c.programsAdded > 0)
        out << tr("%n program(s) added as your own.", nullptr, c.programsAdded) << "\n";
    if (file->hasPrivateParts())
        out << tr("The file also shares %1 rating(s), %2 criteria and %3 list(s); they are shown "
                  "in the app's import preview and never stored.")
                   .arg(file->ratings.size())
                   .arg(file->criteria.size())
                   .arg(file->lists.size())
            << "\n";
    if (dryRun)
        out << tr("Dry run: nothing was written.") << "\n";
    return Success;
}

int SharingCommands::peers(Context &context, Database &db, const QString &format)
{
    auto peers = PeerRepository(db).peers();
    if (!peers)
        return context.fail(peers.error());
    if (format == u"json") {
        QJsonArray array;
        for (const Peer &peer : *peers) {
            QJsonObject object;
            object.insert(QStringLiteral("name"), peer.name);
            object.insert(QStringLiteral("notes"), peer.noteCount);
            object.insert(QStringLiteral("imported_at"),
                          peer.importedAt.toString(Qt::ISODateWithMs));
            object.insert(QStringLiteral("file_exported_at"),
                          peer.fileExportedAt.isValid()
                              ? QJsonValue(peer.fileExportedAt.toString(Qt::ISODateWithMs))
                              : QJsonValue());
            array.append(object);
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (peers->isEmpty()) {
        context.out << tr("No classmate's notes have been imported.") << "\n";
        return Success;
    }
    for (const Peer &peer : *peers) {
        context.out << InertText::visibleLine(peer.name) << "\n    "
                    << tr("%n note(s)", nullptr, peer.noteCount) << " · "
                    << tr("imported %1").arg(dateText(peer.importedAt)) << " · "
                    << tr("file written %1").arg(dateText(peer.fileExportedAt)) << "\n";
    }
    return Success;
}

int SharingCommands::removePeer(Context &context, Database &db)
{
    const QString name = context.args.constFirst();
    auto removed = PeerRepository(db).remove(name);
    if (!removed)
        return context.fail(removed.error());
    context.out << tr("Removed “%1” and their %n note(s). Your own notes are untouched.", nullptr,
                      *removed)
                       .arg(InertText::visibleLine(name))
                << "\n";
    return Success;
}

} // namespace

void registerSharingCommands(CommandRegistry &registry)
{
    registry.add(
        {QStringLiteral("notes-export")}, QStringLiteral("OUT.rwnotes"),
        SharingCommands::tr("Write your notes to a file for classmates. Ratings, ranks, weights "
                            "and lists stay private unless --include names them."),
        {{QStringLiteral("programs"), QStringLiteral("KEY,KEY..."),
          SharingCommands::tr("only these programs (default: all)"), true},
         {QStringLiteral("list"), QStringLiteral("NAME"),
          SharingCommands::tr("only programs with a track on this list")},
         {QStringLiteral("include"), QStringLiteral("ratings,ranks,weights,lists"),
          SharingCommands::tr("also share these (default: none)"), true},
         {QStringLiteral("author"), QStringLiteral("NAME"),
          SharingCommands::tr("the name classmates see (default: the app's setting)")}},
        1, &SharingCommands::exportNotes);
    registry.add(
        {QStringLiteral("notes-import")}, QStringLiteral("IN.rwnotes"),
        SharingCommands::tr("Import a classmate's notes as their own layer beside yours. A bad "
                            "file is refused whole (exit 2) and nothing is written."),
        {{QStringLiteral("from"), QStringLiteral("NAME"),
          SharingCommands::tr("the classmate's name (default: the file's author)")},
         {QStringLiteral("add-unmatched"),
          {},
          SharingCommands::tr("add programs nothing here matches as your own (default: skip)")},
         {QStringLiteral("dry-run"),
          {},
          SharingCommands::tr("show what would happen; write nothing")},
         formatOption()},
        1, &SharingCommands::importNotes);
    registry.add({QStringLiteral("peers")}, {},
                 SharingCommands::tr("List the classmates whose notes you imported."),
                 {formatOption()}, 0, withFormatAndDatabase(&SharingCommands::peers));
    registry.add({QStringLiteral("peers"), QStringLiteral("remove")}, QStringLiteral("NAME"),
                 SharingCommands::tr("Remove a classmate and all their notes (yours stay)."), {}, 1,
                 withDatabase(&SharingCommands::removePeer));
}

} // namespace rw::cli
