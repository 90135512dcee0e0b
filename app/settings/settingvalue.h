#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <type_traits>

namespace rw {

// One setting: its key, its type and its default, declared once (see
// appsettings.h) and read and written only through it, so that no key is
// spelled twice and no caller converts a QVariant by hand. Modelled on
// qBittorrent's SettingValue<T>. A stored value of the wrong type reads as
// the default.
template<typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    { }

    QString key() const { return QString::fromLatin1(m_key); }
    const T &defaultValue() const { return m_default; }

    T get() const { return get(m_default); }
    // The stored value, or `fallback` when there is none (for defaults that
    // depend on the machine, such as the home folder).
    T get(const T &fallback) const
    {
        const QVariant value = QSettings().value(key());
        if (!value.isValid())
            return fallback;
        if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int number = value.toInt(&ok);
            return ok ? number : fallback;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (value.typeId() == QMetaType::Bool)
                return value.toBool();
            const QString text = value.toString();
            if (text == u"true" || text == u"1")
                return true;
            if (text == u"false" || text == u"0")
                return false;
            return fallback;
        } else {
            return value.canConvert<T>() ? value.value<T>() : fallback;
        }
    }
    bool isSet() const { return QSettings().contains(key()); }
    void set(const T &value) const { QSettings().setValue(key(), QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(key()); }

private:
    const char *m_key;
    T m_default;
};

} // namespace rw
