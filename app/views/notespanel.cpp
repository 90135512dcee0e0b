#include "views/notespanel.h"

#include "icons.h"
#include "models/notelistmodel.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "text/displayformat.h"
#include "text/lightmarkdown.h"
#include "text/notetemplates.h"
#include "undo/notecommands.h"
#include "util/keys.h"
#include "widgets/noteeditor.h"
#include "widgets/safetextbrowser.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace rw;

namespace {

NoteTarget targetFor(const QString &key)
{
    if (Keys::isValidTrackKey(key))
        return {NoteTarget::Kind::Track, key};
    if (Keys::isValidSiteKey(key))
        return {NoteTarget::Kind::Site, key};
    return {NoteTarget::Kind::Program, key};
}

QString timeText(const QDateTime &time)
{
    return DisplayFormat::dateTime(time);
}

} // namespace

NotesPanel::NotesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new NoteListModel(this))
    , m_targetBox(new QComboBox(this))
    , m_authorBox(new QComboBox(this))
    , m_newButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_previewButton(new QToolButton(this))
    , m_list(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new NoteEditor(this))
    , m_viewer(new SafeTextBrowser(this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("<b>Notes on</b>"), this);
    title->setBuddy(m_targetBox);
    m_targetBox->setAccessibleName(tr("Write notes on"));
    m_targetBox->setToolTip(tr("The program, track or continuity site these notes are about"));
    m_targetBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetBox->setMinimumContentsLength(14);
    connect(m_targetBox, &QComboBox::activated, this, &NotesPanel::targetChosen);

    m_authorBox->setAccessibleName(tr("Show notes by"));
    m_authorBox->setToolTip(tr("Show notes by everyone, only yours, or one classmate’s"));
    m_authorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_authorBox, &QComboBox::activated, this, [this] {
        flush();
        m_model->setAuthorFilter(m_authorBox->currentData().toString());
        selectCurrentRow();
    });

    auto *templates = new QMenu(this);
    QAction *blank = templates->addAction(tr("Blank Note"));
    connect(blank, &QAction::triggered, this, [this] { newNote(); });
    templates->addSeparator();
    for (const NoteTemplate &t : NoteTemplates::all()) {
        QAction *action = templates->addAction(tr("From Template: %1").arg(t.name));
        connect(action, &QAction::triggered, this, [this, id = t.id] { newNote(id); });
    }
    m_newButton->setText(tr("New Note"));
    m_newButton->setIcon(Icons::themed(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_newButton->setMenu(templates);
    m_newButton->setToolTip(tr("Start a new note; the arrow offers templates for an interview "
                               "day, pros and cons, questions…"));
    connect(m_newButton, &QToolButton::clicked, this, [this] { newNote(); });

    m_deleteButton->setIcon(Icons::themed(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    m_deleteButton->setText(tr("Delete Note"));
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_deleteButton->setToolTip(tr("Delete this note (you can undo it)"));
    m_deleteButton->setAccessibleName(tr("Delete note"));
    connect(m_deleteButton, &QToolButton::clicked, this, &NotesPanel::deleteCurrentNote);

    m_previewButton->setText(tr("Preview"));
    m_previewButton->setIcon(Icons::themedOnly(QStringLiteral("document-preview")));
    m_previewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("Show your note formatted (headings, lists, bold)"));
    connect(m_previewButton, &QToolButton::toggled, this, &NotesPanel::updateView);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addWidget(m_targetBox, 1);
    auto *showLabel = new QLabel(tr("&by"), this);
    showLabel->setBuddy(m_authorBox);
    header->addWidget(showLabel);
    header->addWidget(m_authorBox);
    header->addSpacing(6);
    header->addWidget(m_newButton);
    header->addWidget(m_previewButton);
    header->addWidget(m_deleteButton);

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(150);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_saving && current.isValid())
                    showNote(current.row());
            });

    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setAccessibleDescription(tr(
        "Your private note, saved as you type; Markdown-style headings, lists, bold and italics"));
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    connect(m_editor, &NoteEditor::saveRequested, this, &NotesPanel::save);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->isDirty())
            m_status->setText(tr("Saving…"));
    });
    m_viewer->setAccessibleName(tr("Note, formatted"));
    m_viewer->setAccessibleDescription(tr("The note as it looks formatted, read-only"));
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_viewer);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("notesSplitter"));
    split->addWidget(m_list);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Note status"));
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_workspace, &Workspace::flushRequested, this, &NotesPanel::flush);
    connect(m_workspace, &Workspace::changed, this, [this](const Workspace::Changed &change) {
        if (change.what & Workspace::Peers)
            reloadAuthors();
        if ((change.what & Workspace::Notes)
            && (change.key.isEmpty() || Keys::programOf(change.key) == m_program.key))
            reload();
    });
    connect(m_workspace, &Workspace::databaseChanged, this, &NotesPanel::clear);
    clear();
}

void NotesPanel::clear()
{
    flush();
    m_program = {};
    m_target = {};
    m_currentId = 0;
    m_viewingPeer = false;
    m_model->setNotes({});
    m_targetBox->clear();
    m_editor->setTextSilently({});
    m_editor->setPlaceholderText(tr("Select a program to write notes on it."));
    reloadAuthors();
    updateView();
    updateStatus();
}

void NotesPanel::setProgram(const Program &program, const QString &targetKey)
{
    const bool sameProgram = program.key == m_program.key && !m_target.key.isEmpty();
    QString key = targetKey;
    if (key.isEmpty())
        key = sameProgram ? m_target.key : program.key;
    flush();
    m_program = program;
    fillTargets(key);
    // The target may be gone (a deleted site): then the program itself.
    const QString chosen = m_targetBox->currentData().toString();
    if (!sameProgram || chosen != m_target.key)
        setTarget(chosen);
    else
        reload();
}

void NotesPanel::setTarget(const QString &targetKey)
{
    flush();
    const int index = m_targetBox->findData(targetKey);
    if (index < 0)
        return;
    m_targetBox->setCurrentIndex(index);
    m_target = targetFor(targetKey);
    m_currentId = 0;
    m_viewingPeer = false;
    m_editor->setTextSilently({});
    m_editor->setPlaceholderText(tr("Write your notes here; they are saved as you type.\n\n"
                                    "# heading   - list item   **bold**   *italics*"));
    reload();
}

void NotesPanel::targetChosen()
{
    setTarget(m_targetBox->currentData().toString());
}

void NotesPanel::fillTargets(const QString &selectKey)
{
    QHash<QString, int> counts;
    if (Database *db = m_workspace->database()) {
        if (auto notes = NoteRepository(*db).notesForProgram(m_program.key)) {
            for (const Note &note : *notes)
                ++counts[note.target.key];
        }
    }
    auto label = [&](const QString &text, const QString &key) {
        const int count = counts.value(key);
        return count > 0 ? tr("%1 (%2)").arg(text).arg(count) : text;
    };
    QList<QPair<QString, QString>> items {{label(m_program.name, m_program.key), m_program.key}};
    for (const Track &track : std::as_const(m_program.tracks))
        items.append({label(tr("Track: %1").arg(track.name), track.key), track.key});
    for (const ContinuitySite &site : std::as_const(m_program.sites))
        items.append({label(tr("Site: %1").arg(site.name), site.key), site.key});
    const QSignalBlocker blocker(m_targetBox);
    // Refreshing counts after each save must not disturb an open list.
    bool sameKeys = m_targetBox->count() == items.size();
    for (qsizetype i = 0; sameKeys && i < items.size(); ++i)
        sameKeys = m_targetBox->itemData(int(i)).toString() == items.at(i).second;
    if (sameKeys) {
        for (qsizetype i = 0; i < items.size(); ++i)
            m_targetBox->setItemText(int(i), items.at(i).first);
    } else {
        m_targetBox->clear();
        for (const auto &[text, key] : std::as_const(items))
            m_targetBox->addItem(text, key);
    }
    const int index = m_targetBox->findData(selectKey);
    m_targetBox->setCurrentIndex(index < 0 ? 0 : index);
}

void NotesPanel::reloadAuthors()
{
    const QString current =
        m_authorBox->count() ? m_authorBox->currentData().toString() : NoteListModel::allAuthors();
    QStringList peers;
    if (Database *db = m_workspace->database()) {
        if (auto authors = NoteRepository(*db).authors())
            peers = *authors;
    }
    QStringList shown;
    for (int i = 2; i < m_authorBox->count(); ++i)
        shown.append(m_authorBox->itemData(i).toString());
    if (m_authorBox->count() >= 2 && shown == peers)
        return;
    const QSignalBlocker blocker(m_authorBox);
    m_authorBox->clear();
    m_authorBox->addItem(tr("everyone"), NoteListModel::allAuthors());
    m_authorBox->addItem(tr("me"), NoteListModel::ownAuthor());
    for (const QString &peer : std::as_const(peers))
        m_authorBox->addItem(peer, peer);
    const int index = m_authorBox->findData(current);
    m_authorBox->setCurrentIndex(index < 0 ? 0 : index);
    m_model->setAuthorFilter(m_authorBox->currentData().toString());
}

void NotesPanel::reload()
{
    Database *db = m_workspace->database();
    if (!db || m_target.key.isEmpty())
        return;
    auto notes = NoteRepository(*db).notesFor(m_target);
    if (!notes) {
        updateStatus(notes.message());
        return;
    }
    const bool keepFocus = m_list->hasFocus();
    reloadAuthors(); // an import may have brought a new classmate
    m_model->setNotes(*notes);
    fillTargets(m_target.key);
    if (!m_saving) {
        const auto stored = std::find_if(notes->cbegin(), notes->cend(),
                                         [this](const Note &n) { return n.id == m_currentId; });
        if (m_currentId != 0 && stored != notes->cend()) {
            m_saved = *stored;
            if (!m_editor->isDirty() && m_editor->toPlainText() != stored->body)
                m_editor->setTextSilently(stored->body);
        } else if (m_currentId != 0) {
            // The note went away (its creation was undone): back to a draft.
            m_currentId = 0;
            m_editor->setTextSilently({});
        } else if (!m_viewingPeer && !m_editor->isDirty() && m_editor->toPlainText().isEmpty()) {
            const auto own = std::find_if(notes->cbegin(), notes->cend(),
                                          [](const Note &n) { return n.isOwn(); });
            if (own != notes->cend()) {
                m_currentId = own->id;
                m_saved = *own;
                m_editor->setTextSilently(own->body);
            }
        }
    }
    selectCurrentRow();
    if (keepFocus)
        m_list->setFocus();
    updateView();
    updateStatus();
}

void NotesPanel::selectCurrentRow()
{
    const bool saving = std::exchange(m_saving, true); // no showNote() from here
    const int row = m_currentId ? m_model->rowOf(m_currentId) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->selectionModel()->clear();
    m_saving = saving;
    // The list earns its place once there is something to choose between.
    const int rows = m_model->rowCount();
    m_list->setVisible(rows > 1 || (rows == 1 && row != 0));
}

void NotesPanel::showNote(int row)
{
    const Note *note = m_model->noteAt(row);
    if (!note)
        return;
    const Note chosen = *note;
    flush();
    if (chosen.isOwn()) {
        m_viewingPeer = false;
        m_currentId = chosen.id;
        m_saved = chosen;
        m_editor->setTextSilently(chosen.body);
    } else {
        m_viewingPeer = true;
        m_currentId = 0;
        m_saved = chosen;
    }
    updateView();
    updateStatus();
}

void NotesPanel::showDraft(const QString &body)
{
    m_currentId = 0;
    m_viewingPeer = false;
    m_editor->setTextSilently(body);
    selectCurrentRow();
}

void NotesPanel::newNote(const QString &templateId)
{
    if (m_target.key.isEmpty())
        return;
    flush();
    const QString body = templateId.isEmpty() ? QString() : NoteTemplates::byId(templateId).body;
    // An empty note (or draft) takes the template; otherwise start another.
    if (m_viewingPeer || !m_editor->toPlainText().trimmed().isEmpty())
        showDraft({});
    m_viewingPeer = false;
    m_previewButton->setChecked(false);
    updateView();
    if (!body.isEmpty()) {
        m_editor->setPlainText(body); // counts as typing, saved right away
        save();
        const qsizetype bullet = body.indexOf(QStringLiteral("\n- "));
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(bullet < 0 ? int(body.size()) : int(bullet + 3));
        m_editor->setTextCursor(cursor);
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    updateStatus();
}

void NotesPanel::deleteCurrentNote()
{
    flush();
    if (m_currentId == 0 || m_viewingPeer)
        return;
    if (Status status = m_workspace->push(new DeleteNoteCommand(m_workspace, m_saved)); !status)
        updateStatus(status.message());
}

void NotesPanel::flush()
{
    if (m_editor->isDirty())
        save();
}

void NotesPanel::save()
{
    if (!m_editor->isDirty() || m_saving || !m_workspace->database() || m_target.key.isEmpty())
        return;
    const QString body = m_editor->toPlainText();
    if (m_currentId == 0 && body.trimmed().isEmpty()) {
        m_editor->markSaved();
        return;
    }
    m_saving = true;
    Status status;
    if (m_currentId == 0) {
        auto *command = new AddNoteCommand(m_workspace, m_target, body);
        status = m_workspace->push(command);
        if (status)
            m_currentId = command->note().id;
    } else {
        status = m_workspace->push(new EditNoteCommand(m_workspace, m_saved, body));
    }
    m_saving = false;
    if (!status) {
        // Stay dirty: the next keystroke or focus change tries again.
        updateStatus(status.message());
        return;
    }
    m_editor->markSaved();
    if (auto stored = NoteRepository(*m_workspace->database()).note(m_currentId))
        m_saved = *stored;
    selectCurrentRow();
    updateView();
    updateStatus();
}

void NotesPanel::updateView()
{
    const bool hasTarget = !m_target.key.isEmpty();
    const bool showViewer = m_viewingPeer || (m_previewButton->isChecked() && hasTarget);
    if (showViewer) {
        const Note &note = m_saved;
        QString html;
        if (m_viewingPeer) {
            html = QStringLiteral("<p><i>%1</i></p>")
                       .arg(tr("By %1 · changed %2")
                                .arg(note.author, timeText(note.modified))
                                .toHtmlEscaped())
                + LightMarkdown::toHtml(note.body);
        } else {
            html = LightMarkdown::toHtml(m_editor->toPlainText());
        }
        m_viewer->setHtml(html);
        m_stack->setCurrentWidget(m_viewer);
    } else {
        m_stack->setCurrentWidget(m_editor);
    }
    // A database opened read-only (no write permission) can be read, not edited.
    const Database *db = m_workspace->database();
    const bool writable = db && !db->isReadOnly();
    m_editor->setEnabled(hasTarget);
    m_editor->setReadOnly(!writable);
    m_newButton->setEnabled(hasTarget && writable);
    m_targetBox->setEnabled(hasTarget);
    m_previewButton->setEnabled(hasTarget && !m_viewingPeer);
    m_deleteButton->setEnabled(m_currentId != 0 && !m_viewingPeer);
}

void NotesPanel::updateStatus(const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(error));
        return;
    }
    if (m_target.key.isEmpty()) {
        m_status->clear();
    } else if (m_viewingPeer) {
        m_status->setText(
            tr("%1’s note, imported from their note file; read-only.").arg(m_saved.author));
    } else if (m_currentId == 0) {
        m_status->setText(tr("New note: it is saved as you type."));
    } else {
        m_status->setText(tr("Saved · changed %1 · written %2")
                              .arg(timeText(m_saved.modified), timeText(m_saved.created)));
    }
}
