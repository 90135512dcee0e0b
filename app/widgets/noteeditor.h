#pragma once

#include <QPlainTextEdit>
#include <QTimer>

// The plain-text editor for one own note. It never asks to be saved: after
// a short pause in typing, at the latest a second after the first unsaved
// keystroke, and when it loses focus it emits saveRequested(), so a crash
// loses at most the last second of typing. Its own undo is off: Ctrl+Z goes
// to the window's undo stack, where saved edits live.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 500;
    static constexpr int kMaxWaitMs = 1000;

    explicit NoteEditor(QWidget *parent = nullptr);

    // Replaces the text without it counting as typing; keeps the cursor
    // where it was as far as the new text allows.
    void setTextSilently(const QString &text);
    bool isDirty() const { return m_dirty; }
    // Called once the text has been saved.
    void markSaved();

Q_SIGNALS:
    void saveRequested();

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void textEdited();
    void timeUp();

    QTimer m_idle;
    QTimer m_maxWait;
    bool m_dirty = false;
    bool m_loading = false;
};
