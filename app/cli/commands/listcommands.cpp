// list …, lists: rank lists, their order, pins and snapshots.

#include "jsonformat.h"
#include "rankcommandsupport.h"
#include "ranking/rankservice.h"
#include "ranking/snapshotdiff.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QJsonArray>

namespace rw::cli {

namespace {

class ListCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::ListCommands)

public:
    static int lists(Context &context, Database &db, const QString &format);
    static int create(Context &context, Database &db);
    static int remove(Context &context, Database &db);
    static int add(Context &context);
    static int move(Context &context);
    static int pin(Context &context);
    static int unpin(Context &context);
    static int removeEntry(Context &context);
    static int sort(Context &context, Database &db);
    static int snapshot(Context &context, Database &db);
    static int snapshots(Context &context, Database &db, const QString &format);
    static int restore(Context &context);

private:
    // What every entry edit needs: the list, the track, the current order.
    struct Edit
    {
        Database *db = nullptr;
        RankList list;
        TrackRef track;
        ListOrder order;
    };
    static std::optional<Edit> begin(Context &context, int *exitCode);
    static int apply(Context &context, const Edit &edit, const Result<ListOrder> &planned,
                     const QString &done);
    static int setPinned(Context &context, bool pinned);
    static Result<int> parsePosition(const QString &text);
};

Result<int> ListCommands::parsePosition(const QString &text)
{
    bool ok = false;
    const int position = text.trimmed().toInt(&ok);
    if (!ok || position < 1)
        return Error::input(tr("A position must be a whole number from 1, not “%1”.").arg(text));
    return position;
}

std::optional<ListCommands::Edit> ListCommands::begin(Context &context, int *exitCode)
{
    Edit edit;
    auto db = context.database();
    if (!db) {
        *exitCode = context.fail(db.error());
        return std::nullopt;
    }
    edit.db = *db;
    RankListRepository lists(**db);
    auto list = lists.byName(context.args.at(0));
    if (!list) {
        *exitCode = context.fail(list.error());
        return std::nullopt;
    }
    edit.list = *list;
    auto track = lists.track(context.args.at(1));
    if (!track) {
        *exitCode = context.fail(track.error());
        return std::nullopt;
    }
    edit.track = *track;
    auto order = lists.order(list->id);
    if (!order) {
        *exitCode = context.fail(order.error());
        return std::nullopt;
    }
    edit.order = *order;
    return edit;
}

int ListCommands::apply(Context &context, const Edit &edit, const Result<ListOrder> &planned,
                        const QString &done)
{
    if (!planned)
        return context.fail(planned.error());
    if (auto status = RankService(*edit.db).applyOrder(edit.list.id, *planned); !status)
        return context.fail(status.error());
    context.out << done << "\n";
    auto entries = RankListRepository(*edit.db).entries(edit.list.id);
    if (entries)
        RankCommands::printWarnings(context, NrmpRules::check(*entries));
    return Success;
}

int ListCommands::lists(Context &context, Database &db, const QString &format)
{
    RankListRepository repository(db);
    auto lists = repository.all();
    if (!lists)
        return context.fail(lists.error());
    QJsonArray array;
    for (const RankList &list : *lists) {
        auto entries = repository.entries(list.id);
        if (!entries)
            return context.fail(entries.error());
        if (format == u"json") {
            array.append(QJsonObject {
                {QStringLiteral("name"), list.name},
                {QStringLiteral("kind"), rankListKindId(list.kind)},
                {QStringLiteral("ranks"), int(entries->size())},
                {QStringLiteral("program_codes"), NrmpRules::programCodeCount(*entries)},
                {QStringLiteral("created"), list.created.toString(Qt::ISODate)}});
        } else {
            context.out << "  " << list.name << "  (" << rankListKindDisplayName(list.kind) << ", "
                        << tr("%n rank(s)", nullptr, int(entries->size())) << ")\n";
        }
    }
    if (format == u"json")
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
    else if (lists->isEmpty())
        context.out << tr("No rank lists yet. Create one with “list create NAME”.") << "\n";
    return Success;
}

int ListCommands::create(Context &context, Database &db)
{
    const RankListKind kind = context.flag(QStringLiteral("supplemental"))
        ? RankListKind::Supplemental
        : RankListKind::Primary;
    auto list = RankListRepository(db).create(context.args.at(0), kind);
    if (!list)
        return context.fail(list.error());
    context.out
        << tr("Created the %1 list “%2”.").arg(rankListKindDisplayName(kind).toLower(), list->name)
        << "\n";
    return Success;
}

int ListCommands::remove(Context &context, Database &db)
{
    RankListRepository lists(db);
    auto list = lists.byName(context.args.at(0));
    if (!list)
        return context.fail(list.error());
    if (auto status = lists.remove(list->id); !status)
        return context.fail(status.error());
    context.out << tr("Deleted the list “%1” with its snapshots.").arg(list->name) << "\n";
    return Success;
}

int ListCommands::add(Context &context)
{
    std::optional<int> position;
    if (context.options.contains(QStringLiteral("position"))) {
        auto parsed = parsePosition(context.option(QStringLiteral("position")));
        if (!parsed)
            return context.fail(parsed.error());
        position = *parsed;
    }
    int code = Success;
    auto edit = begin(context, &code);
    if (!edit)
        return code;
    auto planned = RankService::planAdd(edit->order, edit->track, position, edit->list.name);
    const int at = position.value_or(int(edit->order.size()) + 1);
    return apply(
        context, *edit, planned,
        tr("Added %1 to “%2” at rank %3.").arg(edit->track.label, edit->list.name).arg(at));
}

int ListCommands::move(Context &context)
{
    auto position = parsePosition(context.args.at(2));
    if (!position)
        return context.fail(position.error());
    int code = Success;
    auto edit = begin(context, &code);
    if (!edit)
        return code;
    auto planned = RankService::planMove(edit->order, edit->track, *position, edit->list.name);
    return apply(context, *edit, planned,
                 tr("Moved %1 to rank %2 of “%3”.")
                     .arg(edit->track.label)
                     .arg(*position)
                     .arg(edit->list.name));
}

int ListCommands::setPinned(Context &context, bool pinned)
{
    int code = Success;
    auto edit = begin(context, &code);
    if (!edit)
        return code;
    auto planned = RankService::planSetPinned(edit->order, edit->track, pinned, edit->list.name);
    return apply(
        context, *edit, planned,
        (pinned ? tr("Pinned %1: sort by score leaves it where it is.") : tr("Unpinned %1."))
            .arg(edit->track.label));
}

int ListCommands::pin(Context &context)
{
    return setPinned(context, true);
}

int ListCommands::unpin(Context &context)
{
    return setPinned(context, false);
}

int ListCommands::removeEntry(Context &context)
{
    int code = Success;
    auto edit = begin(context, &code);
    if (!edit)
        return code;
    auto planned = RankService::planRemove(edit->order, edit->track, edit->list.name);
    return apply(context, *edit, planned,
                 tr("Removed %1 from “%2”.").arg(edit->track.label, edit->list.name));
}

int ListCommands::sort(Context &context, Database &db)
{
    auto list = RankListRepository(db).byName(context.args.at(0));
    if (!list)
        return context.fail(list.error());
    RankService service(db);
    auto snapshot = service.sortByScore(list->id);
    if (!snapshot)
        return context.fail(snapshot.error());
    auto entries = RankListRepository(db).entries(list->id);
    if (!entries)
        return context.fail(entries.error());
    const auto changes = SnapshotDiff::compare(*snapshot, *entries);
    int moved = 0;
    for (const SnapshotChange &change : changes)
        moved += change.kind == SnapshotChange::Kind::Moved ? 1 : 0;
    context.out << tr("Sorted “%1” by score (pinned entries kept): %n entry(ies) moved. The order "
                      "before is snapshot %2.",
                      nullptr, moved)
                       .arg(list->name)
                       .arg(snapshot->id)
                << "\n";
    return Success;
}

int ListCommands::snapshot(Context &context, Database &db)
{
    auto list = RankListRepository(db).byName(context.args.at(0));
    if (!list)
        return context.fail(list.error());
    auto snapshot = SnapshotRepository(db).take(list->id, context.option(QStringLiteral("label")),
                                                SnapshotReason::Manual);
    if (!snapshot)
        return context.fail(snapshot.error());
    context.out << tr("Took snapshot %1 of “%2” (%n rank(s)).", nullptr,
                      int(snapshot->entries.size()))
                       .arg(snapshot->id)
                       .arg(list->name)
                << "\n";
    return Success;
}

int ListCommands::snapshots(Context &context, Database &db, const QString &format)
{
    RankListRepository lists(db);
    auto list = lists.byName(context.args.at(0));
    if (!list)
        return context.fail(list.error());
    auto snapshots = SnapshotRepository(db).all(list->id);
    if (!snapshots)
        return context.fail(snapshots.error());
    auto current = lists.entries(list->id);
    if (!current)
        return context.fail(current.error());
    QJsonArray array;
    for (const Snapshot &s : *snapshots) {
        const auto changes = SnapshotDiff::compare(s, *current);
        int moved = 0, added = 0, removed = 0;
        for (const SnapshotChange &change : changes) {
            moved += change.kind == SnapshotChange::Kind::Moved;
            added += change.kind == SnapshotChange::Kind::Added;
            removed += change.kind == SnapshotChange::Kind::Removed;
        }
        if (format == u"json") {
            QJsonArray entries;
            for (const SnapshotEntry &e : s.entries) {
                entries.append(QJsonObject {{QStringLiteral("position"), e.position},
                                            {QStringLiteral("track_key"), e.trackKey},
                                            {QStringLiteral("label"), e.label},
                                            {QStringLiteral("pinned"), e.pinned}});
            }
            array.append(
                QJsonObject {{QStringLiteral("id"), s.id},
                             {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("label"), JsonFormat::nullable(s.label)},
                             {QStringLiteral("reason"), snapshotReasonId(s.reason)},
                             {QStringLiteral("entries"), entries},
                             {QStringLiteral("changes_since"),
                              QJsonObject {{QStringLiteral("moved"), moved},
                                           {QStringLiteral("added"), added},
                                           {QStringLiteral("removed"), removed}}}});
        } else {
            context.out << "  " << s.id << "  " << s.takenAt.toLocalTime().toString(Qt::ISODate)
                        << "  " << snapshotReasonDisplayName(s.reason);
            if (!s.label.isEmpty())
                context.out << " — " << s.label;
            context.out << "\n      "
                        << tr("%n rank(s); since then: ", nullptr, int(s.entries.size()))
                        << tr("%1 moved, %2 added, %3 removed").arg(moved).arg(added).arg(removed)
                        << "\n";
        }
    }
    if (format == u"json")
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
    else if (snapshots->isEmpty())
        context.out << tr("No snapshots of “%1” yet.").arg(list->name) << "\n";
    return Success;
}

int ListCommands::restore(Context &context)
{
    bool ok = false;
    const qint64 id = context.args.at(1).toLongLong(&ok);
    if (!ok)
        return context.fail(
            Error::input(tr("A snapshot id is a number (see “list snapshots NAME”), not “%1”.")
                             .arg(context.args.at(1))));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto list = RankListRepository(**db).byName(context.args.at(0));
    if (!list)
        return context.fail(list.error());
    auto snapshot = SnapshotRepository(**db).byId(id);
    if (!snapshot)
        return context.fail(snapshot.error());
    if (snapshot->listId != list->id)
        return context.fail(Error::input(
            tr("Snapshot %1 belongs to another list, not “%2”.").arg(id).arg(list->name)));
    auto restored = RankService(**db).restoreSnapshot(id);
    if (!restored)
        return context.fail(restored.error());
    context.out << tr("Restored snapshot %1 of “%2”; the order before is snapshot %3.")
                       .arg(id)
                       .arg(list->name)
                       .arg(restored->automatic.id)
                << "\n";
    for (const QString &key : std::as_const(restored->skipped))
        context.err << tr("warning: %1 no longer exists and was left out.").arg(key) << Qt::endl;
    return Success;
}

} // namespace

void registerListCommands(CommandRegistry &registry)
{
    const QString nameTrack = QStringLiteral("NAME TRACK_KEY");
    registry.add({QStringLiteral("lists")}, {}, ListCommands::tr("List the rank lists."),
                 {formatOption()}, 0, withFormatAndDatabase(&ListCommands::lists));
    registry.add({QStringLiteral("list"), QStringLiteral("create")}, QStringLiteral("NAME"),
                 ListCommands::tr("Create a rank list (primary unless --supplemental)."),
                 {{QStringLiteral("supplemental"),
                   {},
                   ListCommands::tr("a supplemental list for preliminary positions")}},
                 1, withDatabase(&ListCommands::create));
    registry.add({QStringLiteral("list"), QStringLiteral("delete")}, QStringLiteral("NAME"),
                 ListCommands::tr("Delete a rank list with its snapshots."), {}, 1,
                 withDatabase(&ListCommands::remove));
    registry.add({QStringLiteral("list"), QStringLiteral("add")}, nameTrack,
                 ListCommands::tr(
                     "Add a track to a list, at the end or at --position N (at most 300 ranks)."),
                 {{QStringLiteral("position"), QStringLiteral("N"),
                   ListCommands::tr("the rank to insert it at")}},
                 2, &ListCommands::add);
    registry.add({QStringLiteral("list"), QStringLiteral("move")},
                 QStringLiteral("NAME TRACK_KEY POSITION"),
                 ListCommands::tr("Move an entry to another rank."), {}, 3, &ListCommands::move);
    registry.add({QStringLiteral("list"), QStringLiteral("pin")}, nameTrack,
                 ListCommands::tr("Pin an entry so that sort by score leaves it in place."), {}, 2,
                 &ListCommands::pin);
    registry.add({QStringLiteral("list"), QStringLiteral("unpin")}, nameTrack,
                 ListCommands::tr("Unpin an entry."), {}, 2, &ListCommands::unpin);
    registry.add({QStringLiteral("list"), QStringLiteral("remove")}, nameTrack,
                 ListCommands::tr("Remove an entry from a list."), {}, 2,
                 &ListCommands::removeEntry);
    registry.add({QStringLiteral("list"), QStringLiteral("sort")}, QStringLiteral("NAME"),
                 ListCommands::tr(
                     "Sort by score, keeping pinned entries in place (a snapshot is taken first)."),
                 {}, 1, withDatabase(&ListCommands::sort));
    registry.add({QStringLiteral("list"), QStringLiteral("snapshot")}, QStringLiteral("NAME"),
                 ListCommands::tr("Take a dated copy of a list."),
                 {{QStringLiteral("label"), QStringLiteral("TEXT"),
                   ListCommands::tr("a note to recognise it by")}},
                 1, withDatabase(&ListCommands::snapshot));
    registry.add({QStringLiteral("list"), QStringLiteral("snapshots")}, QStringLiteral("NAME"),
                 ListCommands::tr("List a list's snapshots and what changed since each."),
                 {formatOption()}, 1, withFormatAndDatabase(&ListCommands::snapshots));
    registry.add(
        {QStringLiteral("list"), QStringLiteral("restore")}, QStringLiteral("NAME SNAPSHOT_ID"),
        ListCommands::tr("Put a snapshot's order back (the current order is snapshotted first)."),
        {}, 2, &ListCommands::restore);
}

} // namespace rw::cli
