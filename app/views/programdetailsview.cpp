#include "views/programdetailsview.h"

#include "text/displayformat.h"
#include "text/lightmarkdown.h"
#include "widgets/safetextbrowser.h"

#include <QDesktopServices>
#include <QLocale>
#include <QMap>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace rw;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceNote(const QString &source)
{
    return QStringLiteral("<span class='src'>")
        + ProgramDetailsView::tr("Source: %1").arg(esc(source)) + QStringLiteral("</span>");
}

// Rankwise's own action links ("rankwise:note/KEY"); keys are validated
// slugs, escaped all the same.
QString actionLink(const QString &action, const QString &key, const QString &text)
{
    return QStringLiteral("<a href=\"rankwise:%1/%2\">%3</a>").arg(action, esc(key), esc(text));
}

QString actionLinks(const QString &key, Origin origin)
{
    QStringList links {
        actionLink(QStringLiteral("note"), key, ProgramDetailsView::tr("Write a note"))};
    if (origin == Origin::User) {
        links.append(actionLink(QStringLiteral("edit"), key, ProgramDetailsView::tr("Edit")));
        links.append(actionLink(QStringLiteral("delete"), key, ProgramDetailsView::tr("Delete")));
    }
    return QStringLiteral("<span class='actions'>") + links.join(QStringLiteral(" · "))
        + QStringLiteral("</span>");
}

QString factRows(const QList<Fact> &facts)
{
    QString html;
    for (const Fact &fact : facts)
        html += QStringLiteral("<tr><td class='label' width='32%'>%1</td><td>%2</td></tr>")
                    .arg(esc(fact.label), esc(fact.value));
    return html;
}

QString notesHtml(const Program &program, const QList<Note> &notes)
{
    QMap<QString, QString> targets;
    targets.insert(program.key, ProgramDetailsView::tr("the program"));
    for (const Track &track : program.tracks)
        targets.insert(track.key, ProgramDetailsView::tr("the %1 track").arg(track.name));
    for (const ContinuitySite &site : program.sites)
        targets.insert(site.key, site.name);
    QString html = QStringLiteral("<h2><a name=\"notes\"></a>%1</h2>")
                       .arg(esc(ProgramDetailsView::tr("Notes")));
    for (const Note &note : notes) {
        const QString who = note.isOwn() ? ProgramDetailsView::tr("You") : note.author;
        html +=
            QStringLiteral("<p class='sub'><b>%1</b> %2 · %3</p><div class='note'>%4</div>")
                .arg(esc(who),
                     esc(ProgramDetailsView::tr("on %1").arg(
                         targets.value(note.target.key, note.target.key))),
                     esc(DisplayFormat::dateTime(note.modified)), LightMarkdown::toHtml(note.body));
    }
    return html;
}

} // namespace

ProgramDetailsView::ProgramDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new SafeTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setAccessibleName(tr("Program details"));
    m_browser->setAccessibleDescription(tr("Facts about the selected program and its tracks, sites "
                                           "and curriculum, each with its source"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ProgramDetailsView::openLink);
    clear();
}

void ProgramDetailsView::clear()
{
    m_shownKey.clear();
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(esc(tr("Select a program to see its tracks, continuity sites and "
                                       "curriculum."))));
}

void ProgramDetailsView::showProgram(const Program &program, const QList<Resource> &resources,
                                     const QList<Note> &notes)
{
    // Keep the reading position when the same program is shown again
    // (after a note was saved, say).
    const bool same = m_shownKey == program.key;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(toHtml(program, resources, notes));
    m_shownKey = program.key;
    if (same)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void ProgramDetailsView::openLink(const QUrl &url)
{
    // Only web addresses leave the app, and only to the system browser.
    if (url.scheme() == u"https" || url.scheme() == u"http") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.scheme().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    if (url.scheme() != u"rankwise")
        return;
    const QString path = url.path();
    const QString action = path.section(u'/', 0, 0);
    const QString key = path.section(u'/', 1);
    if (action == u"note")
        Q_EMIT noteTargetRequested(key);
    else if (action == u"edit")
        Q_EMIT editRequested(key);
    else if (action == u"delete")
        Q_EMIT deleteRequested(key);
}

QString ProgramDetailsView::toHtml(const Program &program, const QList<Resource> &resources,
                                   const QList<Note> &notes)
{
    QString html = QStringLiteral(
        "<style>h1{font-size:x-large;margin-bottom:2px} h2{font-size:large;margin-top:16px}"
        " h3{margin-bottom:2px} .sub{color:gray} .src{color:gray;font-size:small}"
        " td.label{padding-right:12px;font-weight:600} td{vertical-align:top}"
        " .actions{font-size:small;font-weight:normal} .badge{font-size:small;font-weight:600}"
        " .note{margin-left:12px}</style>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(program.name));
    html +=
        QStringLiteral("<p>%1 &nbsp; %2</p>")
            .arg(program.origin == Origin::User
                     ? QStringLiteral("<span class='badge'>%1</span>").arg(esc(tr("Added by you")))
                     : QStringLiteral("<span class='src'>%1</span>")
                           .arg(esc(tr("From the catalog (read-only; annotate it with "
                                       "notes)"))),
                 actionLinks(program.key, program.origin));
    if (!notes.isEmpty())
        html += QStringLiteral("<p><a href=\"#notes\">%1</a></p>")
                    .arg(esc(tr("Notes on this program: %1 (read them)").arg(notes.size())));
    QString place = program.city;
    if (!program.state.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(", ")) + program.state;
    html += QStringLiteral("<p>%1%2</p>")
                .arg(esc(program.institutionName),
                     place.isEmpty() ? QString() : QStringLiteral(" · ") + esc(place));
    if (!program.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(program.description));
    const QUrl website(program.website);
    if (!program.website.isEmpty() && (website.scheme() == u"https" || website.scheme() == u"http"))
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(esc(QString::fromUtf8(website.toEncoded())), esc(tr("Open the website")));

    QString facts;
    if (!program.specialty.isEmpty())
        facts += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                     .arg(esc(tr("Specialty")), esc(program.specialty));
    if (!program.scheduleModel.isEmpty())
        facts += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                     .arg(esc(tr("Schedule")), esc(program.scheduleModel));
    if (!program.ambulatoryShare.isEmpty())
        facts += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                     .arg(esc(tr("Ambulatory share")),
                          esc(DisplayFormat::range(program.ambulatoryShare,
                                                   DisplayFormat::Unit::Percent)));
    if (!program.ambulatoryMonths.isEmpty())
        facts += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                     .arg(esc(tr("Ambulatory months")),
                          esc(DisplayFormat::range(program.ambulatoryMonths,
                                                   DisplayFormat::Unit::Months)));
    if (program.positions)
        facts += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                     .arg(esc(tr("Positions")), QLocale().toString(*program.positions));
    facts += factRows(program.facts);
    if (!facts.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(facts);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Tracks")));
    for (const Track &track : program.tracks) {
        html += QStringLiteral("<h3>%1 <span class='sub'>(%2)</span> &nbsp; %3</h3>")
                    .arg(esc(track.name), esc(trackTypeDisplayName(track.type)),
                         actionLinks(track.key, track.origin));
        QString rows;
        rows += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                    .arg(esc(tr("NRMP code")),
                         track.nrmpCode.isEmpty() ? esc(tr("not known")) : esc(track.nrmpCode));
        if (!track.scheduleModel.isEmpty())
            rows += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                        .arg(esc(tr("Schedule")), esc(track.scheduleModel));
        if (!track.ambulatoryShare.isEmpty())
            rows += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                        .arg(esc(tr("Ambulatory share")),
                             esc(DisplayFormat::range(track.ambulatoryShare,
                                                      DisplayFormat::Unit::Percent)));
        rows += factRows(track.facts);
        html += QStringLiteral("<table>%1</table>").arg(rows);
        if (!track.description.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(track.description));
        html += QStringLiteral("<p>%1</p>").arg(sourceNote(track.source));
    }

    if (!program.sites.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(tr("Continuity sites (%n)", nullptr, int(program.sites.size()))));
        QMap<QString, QString> trackNames;
        for (const Track &track : program.tracks)
            trackNames.insert(track.key, track.name);
        for (const ContinuitySite &site : program.sites) {
            html += QStringLiteral("<h3>%1 &nbsp; %2</h3>")
                        .arg(esc(site.name), actionLinks(site.key, site.origin));
            QStringList served;
            for (const QString &key : site.trackKeys)
                served.append(trackNames.value(key, key));
            QString rows;
            auto row = [&rows](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    rows += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                                .arg(esc(label), esc(value));
            };
            row(tr("Tracks"), served.join(QStringLiteral(", ")));
            row(tr("Residents placed"), DisplayFormat::residentsPlaced(site.residentsPlaced));
            if (site.distanceMiles)
                row(tr("Distance"),
                    tr("%1 from campus").arg(DisplayFormat::distance(*site.distanceMiles)));
            row(tr("Location"), site.location);
            QStringList staff;
            QStringList interpreters;
            for (const SiteLanguage &language : site.languages)
                (language.kind == SiteLanguage::Kind::Staff ? staff : interpreters)
                    .append(language.language);
            row(tr("Staff languages"), staff.join(QStringLiteral(", ")));
            row(tr("Interpreters"), interpreters.join(QStringLiteral(", ")));
            QStringList subspecialties;
            QStringList services;
            QStringList programs;
            for (const SiteService &service : site.services) {
                if (service.kind == SiteService::Kind::Subspecialty)
                    subspecialties.append(service.name);
                else if (service.kind == SiteService::Kind::Program)
                    programs.append(service.name);
                else
                    services.append(service.name);
            }
            row(tr("On-site subspecialties"), subspecialties.join(QStringLiteral(", ")));
            row(tr("Services"), services.join(QStringLiteral(", ")));
            row(tr("Programs"), programs.join(QStringLiteral(", ")));
            rows += factRows(site.facts);
            html += QStringLiteral("<table>%1</table>").arg(rows);
            if (!site.description.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(esc(site.description));
            html += QStringLiteral("<p>%1</p>").arg(sourceNote(site.source));
        }
    }

    if (!program.features.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Curriculum")));
        QMap<QString, QList<const CurriculumFeature *>> byCategory;
        for (const CurriculumFeature &feature : program.features)
            byCategory[feature.category].append(&feature);
        QMap<QString, QString> trackNames;
        for (const Track &track : program.tracks)
            trackNames.insert(track.key, track.name);
        for (const QString &category : FeatureCategory::ids()) {
            const auto features = byCategory.value(category);
            if (features.isEmpty())
                continue;
            html +=
                QStringLiteral("<h3>%1</h3><ul>").arg(esc(FeatureCategory::displayName(category)));
            for (const CurriculumFeature *feature : features) {
                QString item = QStringLiteral("<b>%1</b>").arg(esc(feature->name));
                if (!feature->duration.isEmpty())
                    item += QStringLiteral(" (%1)").arg(esc(feature->duration));
                if (!feature->trackKey.isEmpty())
                    item += QStringLiteral(" <span class='sub'>— %1</span>")
                                .arg(esc(tr("%1 track").arg(trackNames.value(feature->trackKey))));
                if (!feature->description.isEmpty())
                    item += QStringLiteral("<br>%1").arg(esc(feature->description));
                item += QStringLiteral("<br>") + sourceNote(feature->source);
                html += QStringLiteral("<li>%1</li>").arg(item);
            }
            html += QStringLiteral("</ul>");
        }
    }

    if (!program.partners.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Partnering institutions")));
        for (const Partner &partner : program.partners)
            html += QStringLiteral("<li><b>%1</b>%2<br>%3</li>")
                        .arg(esc(partner.name),
                             partner.role.isEmpty() ? QString()
                                                    : QStringLiteral(" — ") + esc(partner.role),
                             sourceNote(partner.source));
        html += QStringLiteral("</ul>");
    }

    QList<const Resource *> linked;
    for (const Resource &resource : resources) {
        if (program.resourceKeys.contains(resource.key))
            linked.append(&resource);
    }
    if (!linked.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Resources")));
        for (const Resource *resource : linked) {
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(esc(resource->name), esc(resource->description));
            QStringList offerings;
            for (const ResourceOffering &offering : resource->offerings)
                offerings.append(esc(offering.name));
            if (!offerings.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(offerings.join(QStringLiteral(" · ")));
            html += QStringLiteral("<p>%1</p>").arg(sourceNote(resource->source));
        }
    }

    if (!notes.isEmpty())
        html += notesHtml(program, notes);

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Sources")), esc(program.sources().join(QStringLiteral(", "))));
    return html;
}
