#pragma once

#include "undo/databasecommand.h"

#include <concepts>

// How one kind of value is written and what writing it changes.
template<typename Key, typename Value>
struct ValueProperty
{
    // Consecutive changes of the same key with the same id merge into one
    // undo step (QUndoCommand::id()); -1: each change is its own step.
    int mergeId = -1;
    rw::Status (*write)(rw::Database &db, const Key &key, const Value &value) = nullptr;
    Workspace::Changed (*changed)(const Key &key) = nullptr;
};

// A value of one thing set from `before` to `after` (a criterion's weight, a
// rating, a program's fields), as Tiled's ChangeValue<Object, Value> does it;
// the property (see undo/valuecommands.h) says how to write it. Consecutive
// changes of one value merge, and a step that ends where it began goes away.
template<typename Key, typename Value>
class ChangeValue : public DatabaseCommand
{
public:
    ChangeValue(Workspace *workspace, const ValueProperty<Key, Value> &property,
                const QString &text, Key key, Value before, Value after)
        : DatabaseCommand(workspace, text)
        , m_property(property)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    int id() const override { return m_property.mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack offers only commands with the same id: the same property.
        const auto *next = static_cast<const ChangeValue *>(other);
        if (next->m_key != m_key)
            return false;
        m_after = next->m_after;
        if constexpr (std::equality_comparable<Value>)
            setObsolete(m_after == m_before);
        return true;
    }

protected:
    rw::Status doRedo() override { return m_property.write(database(), m_key, m_after); }
    rw::Status doUndo() override { return m_property.write(database(), m_key, m_before); }
    Workspace::Changed changed() const override { return m_property.changed(m_key); }

private:
    const ValueProperty<Key, Value> &m_property;
    Key m_key;
    Value m_before;
    Value m_after;
};
