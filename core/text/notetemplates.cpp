#include "text/notetemplates.h"

#include "text/displayformat.h"

namespace rw {

namespace {

QString sections(const QString &title, const QStringList &headings)
{
    QString body = QStringLiteral("# ") + title + QStringLiteral("\n");
    for (const QString &heading : headings)
        body += QStringLiteral("\n## ") + heading + QStringLiteral("\n- \n");
    return body;
}

} // namespace

QList<NoteTemplate> NoteTemplates::all(const QDate &day)
{
    const QString date = DisplayFormat::date(day);
    return {
        {QStringLiteral("interview-day"), tr("Interview day"),
         sections(tr("Interview day, %1").arg(date),
                  {tr("Impressions"), tr("Pros"), tr("Cons"), tr("Questions to follow up"),
                   tr("Residents’ mood"), tr("People I met")})},
        {QStringLiteral("pros-cons"), tr("Pros and cons"),
         sections(tr("Pros and cons"), {tr("Pros"), tr("Cons"), tr("Deal breakers")})},
        {QStringLiteral("questions"), tr("Questions to ask"),
         sections(tr("Questions to ask"),
                  {tr("For the program director"), tr("For residents"),
                   tr("About the continuity clinic")})},
        {QStringLiteral("residents"), tr("Residents’ mood"),
         sections(tr("Residents’ mood, %1").arg(date),
                  {tr("How they talked about the program"), tr("Workload and wellness"),
                   tr("Would they choose it again?")})},
    };
}

NoteTemplate NoteTemplates::byId(const QString &id, const QDate &day)
{
    const QList<NoteTemplate> templates = all(day);
    for (const NoteTemplate &t : templates) {
        if (t.id == id)
            return t;
    }
    return {};
}

} // namespace rw
