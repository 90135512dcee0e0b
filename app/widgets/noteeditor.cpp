#include "widgets/noteeditor.h"

#include <QKeyEvent>

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(kMaxWaitMs);
    connect(&m_idle, &QTimer::timeout, this, &NoteEditor::timeUp);
    connect(&m_maxWait, &QTimer::timeout, this, &NoteEditor::timeUp);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::textEdited);
}

void NoteEditor::setTextSilently(const QString &text)
{
    const int position = textCursor().position();
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    setTextCursor(cursor);
    markSaved();
}

void NoteEditor::markSaved()
{
    m_dirty = false;
    m_idle.stop();
    m_maxWait.stop();
}

void NoteEditor::textEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_idle.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
}

void NoteEditor::timeUp()
{
    m_idle.stop();
    m_maxWait.stop();
    if (m_dirty)
        Q_EMIT saveRequested();
}

bool NoteEditor::event(QEvent *event)
{
    // A text editor claims Ctrl+Z for itself; declining the override lets
    // the shortcut reach the window's Undo and Redo actions.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_dirty)
        Q_EMIT saveRequested();
}
