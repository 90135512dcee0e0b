// notes add, notes list: the user's notes on programs, tracks and sites.

#include "command.h"
#include "jsonformat.h"
#include "storage/database.h"
#include "storage/noterepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace rw::cli {

namespace {

class NoteCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::NoteCommands)

public:
    static int add(Context &context);
    static int list(Context &context, Database &db, const QString &format);

private:
    static QJsonObject toJson(const Note &note);
    static QString timestamp(const QDateTime &time);
};

QString NoteCommands::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject NoteCommands::toJson(const Note &note)
{
    return {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("target"), note.target.key},
        {QStringLiteral("target_kind"), noteTargetKindId(note.target.kind)},
        {QStringLiteral("body"), note.body},
        {QStringLiteral("author"), JsonFormat::nullable(note.author)},
        {QStringLiteral("own"), note.isOwn()},
        {QStringLiteral("created"), timestamp(note.created)},
        {QStringLiteral("modified"), timestamp(note.modified)},
    };
}

int NoteCommands::add(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    QString body = context.args.at(1);
    if (body == u"-") {
        // "-" reads the note from standard input, for longer text.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(Error::io(tr("Cannot read the note from standard input.")));
        const QByteArray bytes = in.read(NoteRepository::kMaxBodyLength * 4 + 1);
        body = QString::fromUtf8(bytes);
        if (body.endsWith(u'\n'))
            body.chop(1);
    }
    if (body.trimmed().isEmpty())
        return context.fail(Error::input(tr("The note is empty; give its text after the key.")));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    NoteRepository notes(**db);
    auto target = notes.resolveTarget(context.args.constFirst());
    if (!target)
        return context.fail(target.error());
    auto note = notes.add(*target, body);
    if (!note)
        return context.fail(note.error());
    if (*format == u"json")
        context.out << QString::fromUtf8(JsonFormat::toBytes(toJson(*note)));
    else
        context.out << note->id << "\n";
    return Success;
}

int NoteCommands::list(Context &context, Database &db, const QString &format)
{
    auto notes = NoteRepository(db).all(context.args.value(0));
    if (!notes)
        return context.fail(notes.error());
    if (format == u"json") {
        QJsonArray array;
        for (const Note &note : *notes)
            array.append(toJson(note));
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    for (const Note &note : *notes) {
        const QString who = note.isOwn() ? tr("you") : note.author;
        context.out << "#" << note.id << "  " << note.target.key << "  " << who << "  "
                    << note.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    << "\n";
        for (const QString &line : note.body.split(u'\n'))
            context.out << "    " << line << "\n";
        context.out << "\n";
    }
    return Success;
}

} // namespace

void registerNoteCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("notes"), QStringLiteral("add")},
                 QStringLiteral("TARGET_KEY TEXT"),
                 NoteCommands::tr("Write a note of yours on a program, track or site; prints "
                                  "its id. TEXT “-” reads standard input."),
                 {formatOption()}, 2, &NoteCommands::add);
    registry.add({{QStringLiteral("notes"), QStringLiteral("list")},
                  QStringLiteral("[TARGET_KEY]"),
                  NoteCommands::tr("List notes (yours and classmates’), all or on one program "
                                   "(with its tracks and sites), track or site."),
                  {formatOption()},
                  0,
                  1,
                  withFormatAndDatabase(&NoteCommands::list)});
}

} // namespace rw::cli
