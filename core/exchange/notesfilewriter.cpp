#include "exchange/notesfilewriter.h"

#include "util/fileio.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return NotesFormat::timestamp(time);
}

void putIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QJsonObject NotesFileWriter::targetToJson(const NoteTargetRef &ref)
{
    QJsonObject target;
    target.insert(QStringLiteral("kind"), noteTargetKindId(ref.kind));
    target.insert(QStringLiteral("key"), ref.key);
    putIfSet(target, QStringLiteral("nrmp_code"), ref.nrmpCode);
    target.insert(QStringLiteral("institution"), ref.institution);
    target.insert(QStringLiteral("program"), ref.program);
    if (ref.kind == NoteTarget::Kind::Track) {
        target.insert(QStringLiteral("track"), ref.track);
        putIfSet(target, QStringLiteral("track_type"), ref.trackType);
    }
    if (ref.kind == NoteTarget::Kind::Site)
        target.insert(QStringLiteral("site"), ref.site);
    putIfSet(target, QStringLiteral("city"), ref.city);
    putIfSet(target, QStringLiteral("state"), ref.state);
    return target;
}

QByteArray NotesFileWriter::toJson(const NotesFile &file)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), NotesFormat::formatName());
    root.insert(QStringLiteral("version"), NotesFormat::kVersion);
    root.insert(QStringLiteral("exported_by"), file.exportedBy);
    root.insert(QStringLiteral("exported_at"), timestamp(file.exportedAt));

    QJsonArray items;
    for (const NoteItem &item : file.items) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), item.id);
        object.insert(QStringLiteral("target"), targetToJson(item.target));
        object.insert(QStringLiteral("body"), item.body);
        object.insert(QStringLiteral("created"), timestamp(item.created));
        object.insert(QStringLiteral("modified"), timestamp(item.modified));
        items.append(object);
    }
    root.insert(QStringLiteral("items"), items);

    if (!file.criteria.isEmpty()) {
        QJsonArray criteria;
        for (const SharedCriterion &criterion : file.criteria) {
            QJsonObject object;
            object.insert(QStringLiteral("name"), criterion.name);
            object.insert(QStringLiteral("kind"), criterion.kind);
            putIfSet(object, QStringLiteral("parameter"), criterion.parameter);
            object.insert(QStringLiteral("direction"),
                          criterion.higherIsBetter ? QStringLiteral("higher")
                                                   : QStringLiteral("lower"));
            object.insert(QStringLiteral("weight"), criterion.weight);
            criteria.append(object);
        }
        root.insert(QStringLiteral("criteria"), criteria);
    }
    if (!file.ratings.isEmpty()) {
        QJsonArray ratings;
        for (const SharedRating &rating : file.ratings) {
            QJsonObject object;
            object.insert(QStringLiteral("track"), targetToJson(rating.track));
            object.insert(QStringLiteral("criterion"), rating.criterion);
            object.insert(QStringLiteral("value"), rating.value);
            ratings.append(object);
        }
        root.insert(QStringLiteral("ratings"), ratings);
    }
    if (!file.lists.isEmpty()) {
        QJsonArray lists;
        for (const SharedList &list : file.lists) {
            QJsonObject object;
            putIfSet(object, QStringLiteral("name"), list.name);
            object.insert(QStringLiteral("kind"), list.kind);
            QJsonArray entries;
            for (const SharedListEntry &entry : list.entries) {
                QJsonObject e;
                e.insert(QStringLiteral("track"), targetToJson(entry.track));
                if (entry.position) {
                    e.insert(QStringLiteral("position"), *entry.position);
                    e.insert(QStringLiteral("pinned"), entry.pinned);
                }
                entries.append(e);
            }
            object.insert(QStringLiteral("entries"), entries);
            lists.append(object);
        }
        root.insert(QStringLiteral("lists"), lists);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status NotesFileWriter::write(const QString &path, const NotesFile &file)
{
    return FileIo::saveFile(path, toJson(file));
}

} // namespace rw
