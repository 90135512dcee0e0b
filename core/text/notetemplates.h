#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace rw {

// A starting point for a note, such as the questions a student wants to
// answer right after an interview day. Bodies use the light Markdown notes
// understand (see LightMarkdown).
struct NoteTemplate
{
    QString id;
    QString name;
    QString body;
};

class NoteTemplates
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoteTemplates)

public:
    // Every template, the interview-day one first; `day` fills in dates.
    static QList<NoteTemplate> all(const QDate &day = QDate::currentDate());
    // The template with this id, or an empty one.
    static NoteTemplate byId(const QString &id, const QDate &day = QDate::currentDate());
};

} // namespace rw
