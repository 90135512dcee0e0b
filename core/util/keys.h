#pragma once

#include <QString>

namespace rw::Keys {

// Stable keys name programs ("mgh-im"), tracks ("mgh-im.primary-care"),
// continuity sites ("mgh-im@beacon-hill") and features ("mgh-im#asylum-clinic")
// across databases, note files and scripts. User-added rows start with "my-"
// so a later catalog can never take their key.
bool isValidSlug(const QString &slug);
bool isValidProgramKey(const QString &key);
bool isValidTrackKey(const QString &key);
bool isValidSiteKey(const QString &key);
bool isValidFeatureKey(const QString &key);
bool isUserKey(const QString &key);

// "Mass General Brigham – Salem!" -> "mass-general-brigham-salem"
QString slugify(const QString &text, int maxLength = 48);
QString trackKey(const QString &programKey, const QString &slug);
QString siteKey(const QString &programKey, const QString &slug);
QString featureKey(const QString &programKey, const QString &slug);
// The program key at the front of a track, site or feature key.
QString programOf(const QString &key);

inline QString userPrefix()
{
    return QStringLiteral("my-");
}

} // namespace rw::Keys
