#pragma once

namespace rw {

// Sets the organisation and application names every face uses, so the app,
// the CLI and the tests agree on where data and settings live
// (~/.local/share/Rankwise/Rankwise, ~/.config/Rankwise/Rankwise.conf).
void setApplicationIdentity();

} // namespace rw
