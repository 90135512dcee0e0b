#include "ranking/listdetails.h"

#include "ranking/rankservice.h"
#include "storage/statement.h"

#include <QRegularExpression>

namespace rw {

Result<ListForExport> ListDetails::forExport(Database &db, const QString &listName)
{
    RankService service(db);
    auto list = service.findList(listName);
    if (!list)
        return list.error();
    auto analysis = service.analyse(list->id);
    if (!analysis)
        return analysis.error();
    auto places = ListDetails::places(db, list->id);
    if (!places)
        return places.error();
    return ListForExport {std::move(*list), std::move(*analysis), std::move(*places)};
}

QString EntryPlace::cityState() const
{
    if (city.isEmpty())
        return state;
    if (state.isEmpty())
        return city;
    return city + QStringLiteral(", ") + state;
}

Result<QHash<qint64, EntryPlace>> ListDetails::places(const Database &db, qint64 listId)
{
    auto query =
        Statement::select(db,
                          QStringLiteral("SELECT e.track_id, coalesce(i.name, ''), p.city, p.state "
                                         "FROM rank_entries e JOIN tracks t ON t.id = e.track_id "
                                         "JOIN programs p ON p.id = t.program_id "
                                         "LEFT JOIN institutions i ON i.id = p.institution_id "
                                         "WHERE e.list_id = ?"),
                          {listId}, tr("reading where the list's programs are"));
    if (!query)
        return query.error();
    QHash<qint64, EntryPlace> places;
    while (query->next()) {
        places.insert(
            query->value(0).toLongLong(),
            {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
    }
    return places;
}

Result<QHash<qint64, QStringList>> ListDetails::ownNotes(const Database &db, qint64 listId)
{
    // Two indexed lookups (notes on the track, notes on its program) rather
    // than one join on an OR, which SQLite would answer with a scan.
    auto query = Statement::select(
        db,
        QStringLiteral(
            "SELECT e.track_id, n.body, 0 AS on_program, n.modified FROM rank_entries e "
            "JOIN notes n ON n.track_id = e.track_id "
            "WHERE e.list_id = ? AND n.peer_id IS NULL "
            "UNION ALL "
            "SELECT e.track_id, n.body, 1, n.modified FROM rank_entries e "
            "JOIN tracks t ON t.id = e.track_id JOIN notes n ON n.program_id = t.program_id "
            "WHERE e.list_id = ? AND n.peer_id IS NULL "
            "ORDER BY 1, 3, 4 DESC"),
        {listId, listId}, tr("reading your notes on the list"));
    if (!query)
        return query.error();
    QHash<qint64, QStringList> notes;
    while (query->next()) {
        const QString line = flattenNote(query->value(1).toString());
        if (!line.isEmpty())
            notes[query->value(0).toLongLong()].append(line);
    }
    return notes;
}

QString ListDetails::flattenNote(const QString &body)
{
    static const QRegularExpression lineMarker(
        QStringLiteral("^\\s*(#{1,6}\\s+|[-*+]\\s+|\\d{1,3}[.)]\\s+|>\\s*|-{3,}\\s*$)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|`"));
    QStringList words;
    const QStringList lines = body.split(u'\n');
    for (QString line : lines) {
        line.remove(lineMarker);
        line.remove(emphasis);
        line = line.simplified();
        if (!line.isEmpty())
            words.append(line);
    }
    return words.join(u' ');
}

} // namespace rw
