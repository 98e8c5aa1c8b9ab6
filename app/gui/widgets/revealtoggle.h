// The eye button at the end of a masked field (passcodes, pasted strings):
// shows what was typed, or masks it again. The icon comes from the desktop's
// theme, or is drawn (no theme has to be installed); the action's text and
// tooltip say Show / Hide, so a screen reader and a keyboard user find it.
#pragma once

class QAction;
class QLineEdit;

namespace fero::gui {

// Adds the toggle to field (already in Password echo mode) and returns it.
QAction *addRevealToggle(QLineEdit *field);

} // namespace fero::gui
