#include "ranking/listdetails.h"

#include "ranking/rankservice.h"
#include "storage/noterepository.h"
#include "storage/ranklistrepository.h"

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
    auto places = RankListRepository(db).places(list->id);
    if (!places)
        return places.error();
    return ListForExport {std::move(*list), std::move(*analysis), std::move(*places)};
}

Result<QHash<qint64, QStringList>> ListDetails::ownNotes(Database &db, qint64 listId)
{
    auto bodies = NoteRepository(db).ownNotesOnList(listId);
    if (!bodies)
        return bodies.error();
    QHash<qint64, QStringList> notes;
    for (auto it = bodies->cbegin(); it != bodies->cend(); ++it) {
        for (const QString &body : it.value()) {
            const QString line = flattenNote(body);
            if (!line.isEmpty())
                notes[it.key()].append(line);
        }
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
